"""Review decisions: why a claim was rejected, keep/accept/edit/skip, the store log, and `summarizer review`."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from click.testing import CliRunner
from helpers import SEED_000, SEED_001

from summarizer.cli import cli
from summarizer.errors import InputError
from summarizer.pipeline import ClaimOutcome, SummarizeOptions, SummaryResult, SummaryStats
from summarizer.review import ReviewSession, load_review, reviewer_name
from summarizer.sources import load_sources
from summarizer.store import RunStore
from summarizer.verify import Verifier, VerifierConfig

RUN = "20260107-120000-abcdef"
# Hand-written claims about the seeds, each with the verdict the verifier must give (reasoned from the text):
VERIFIED = ("South Korean President Lee Jae-myung officially asked Chinese President Xi Jinping to serve as a "
            "mediator for the Korean Peninsula [1.4].")  # 1.4 says exactly this
WRONG_FIGURE = "Lee's approval rating hit 65 percent following his state visit to China [2.21]."  # 2.21 says 60 percent
DROPPED_HEDGE = ("Xi Jinping acknowledged the ongoing efforts but stressed that patience is still necessary for any "
                 "lasting resolution [1.13].")  # 1.13 says he "reportedly" acknowledged them
WRONG_CITATION = "Lee's approval rating hit 60 percent following his state visit to China [1.4]."  # true, but it is 2.21
LINES = [VERIFIED, WRONG_FIGURE, DROPPED_HEDGE, WRONG_CITATION]


def make_run(store: RunStore, lines=LINES, run_id: str = RUN, paths=(SEED_000, SEED_001)) -> SummaryResult:
    """Record a run whose claims (ids 1, 2, …) are ``lines``, verified against the seeds as the pipeline does."""
    sources = load_sources([str(p) for p in paths])
    verifier = Verifier(sources, VerifierConfig())
    claims = []
    for n, line in enumerate(lines, 1):
        report = verifier.check(line).claims[0]
        claims.append(ClaimOutcome(id=n, text=report.text, citations=report.citations, line=line,
                                   status="verified" if report.verdict == "supported" else "rejected",
                                   reasons=report.reasons, evidence=report.evidence, stage="draft"))
    verified = sum(c.status == "verified" for c in claims)
    result = SummaryResult(
        shape="summary", model="test-model", prompts={"draft": 1}, options=SummarizeOptions(),
        verifier=verifier.config.settings(),
        sources=[{"number": s.number, "path": s.path, "sha256": s.sha256, "sentences": len(s.sentences), "chars": len(s.text)}
                 for s in sources],
        claims=claims, stats=SummaryStats(claims=len(claims), verified=verified, rejected=len(claims) - verified),
    )
    store.save_run(run_id=run_id, created_at="2026-01-07T12:00:00+00:00", cache_key="k", model="test-model",
                   provider="test", result=result)
    return result


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("SUMMARIZER_REVIEWER", "alice")
    s = RunStore.in_home(tmp_path / "home")
    make_run(s)
    return s


def test_the_hand_written_run_has_the_verdicts_reasoned_from_the_seeds(store):
    review = load_review(store, RUN)
    assert [(c.id, c.status) for c in review.claims] == [(1, "verified"), (2, "rejected"), (3, "rejected"), (4, "rejected")]
    assert [c.id for c in review.under_review] == [2, 3, 4]
    assert [c.id for c in review.published] == [1]


def test_a_wrong_figure_is_highlighted_and_its_sentence_shown_with_its_neighbours(store):
    session = ReviewSession.open(store, RUN, reviewer="alice")
    e = session.explain(session.review.claim(2))
    assert e.unsupported == ["65 percent"]
    assert WRONG_FIGURE[e.highlights[0][0]:e.highlights[0][1]] == "65 percent"
    assert [r.code for r in e.reasons] == ["number_mismatch"]
    assert e.reasons[0].title == "a number or date in it is not in the cited sentences"
    assert "60 percent" in e.reasons[0].message
    assert [(s.id, s.cited) for s in e.context] == [("2.20", False), ("2.21", True), ("2.22", False)]
    sentences = {s.id: s.display_text for src in load_sources([str(SEED_000), str(SEED_001)]) for s in src.sentences}
    assert [s.text for s in e.context] == [sentences["2.20"], sentences["2.21"], sentences["2.22"]]
    assert e.suggestions == []  # the citation is right; the figure is wrong


def test_a_dropped_hedge_is_highlighted_in_the_cited_sentence(store):
    session = ReviewSession.open(store, RUN, reviewer="alice")
    e = session.explain(session.review.claim(3))
    assert [r.code for r in e.reasons] == ["hedge_dropped"]
    (cited,) = [s for s in e.context if s.cited]
    assert cited.id == "1.13"
    assert [cited.text[a:b] for a, b in cited.highlights] == ["reportedly"]
    assert [s.id for s in e.context] == ["1.12", "1.13", "1.14"]


def test_a_wrong_citation_gets_the_sentence_that_supports_the_claim(store):
    session = ReviewSession.open(store, RUN, reviewer="alice")
    e = session.explain(session.review.claim(4))
    assert "2.21" in [s.id for s in e.suggestions]
    assert "2.21" in e.suggested_citations
    assert e.suggestion_passes is True


def test_accept_needs_a_note_and_is_recorded_with_who_and_when(store):
    session = ReviewSession.open(store, RUN, reviewer="alice", need_sources=False)
    with pytest.raises(InputError, match="needs a note"):
        session.decide(2, "accept")
    with pytest.raises(InputError, match="needs a note"):
        session.decide(2, "accept", note="   ")
    decision = session.decide(2, "accept", note="Gallup's later poll says 65")
    assert (decision.reviewer, decision.note, decision.action) == ("alice", "Gallup's later poll says 65", "accept")
    assert decision.decided_at.startswith("20")
    again = load_review(store, RUN)  # a fresh read: the decision was committed
    claim = again.claim(2)
    assert (claim.status, claim.decided, claim.decision.note) == ("accepted", True, "Gallup's later poll says 65")
    assert [c.id for c in again.published] == [1, 2]
    (run,) = store.list_runs()
    assert (run.rejected, run.decided) == (3, 1)


def test_the_latest_decision_counts_and_skip_changes_nothing(store):
    session = ReviewSession.open(store, RUN, reviewer="alice", need_sources=False)
    session.decide(2, "accept", note="checked by phone")
    session.decide(2, "keep")
    session.decide(2, "skip")
    claim = load_review(store, RUN).claim(2)
    assert (claim.status, claim.decision.action, claim.decided) == ("rejected", "keep", True)
    assert [d.action for d in claim.history] == ["accept", "keep", "skip"]
    session.decide(3, "skip")
    assert load_review(store, RUN).claim(3).decided is False
    assert store.list_runs()[0].decided == 1


def test_an_edit_is_verified_at_once(store):
    session = ReviewSession.open(store, RUN, reviewer="alice")
    good = session.decide(2, "edit", text="Lee's approval rating hit 60 percent following his state visit to China [2.21].")
    assert good.verdict == "supported"
    claim = load_review(store, RUN).claim(2)
    assert (claim.status, claim.edited, claim.decided) == ("verified", True, True)
    assert claim.line.startswith("Lee's approval rating hit 60 percent")
    # Without markers, the claim keeps its own citations.
    kept = session.decide(4, "edit", text="Lee's approval rating hit 60 percent following his state visit to China.")
    assert kept.citations == ["1.4"] and kept.verdict == "rejected"
    claim = load_review(store, RUN).claim(4)
    assert (claim.status, claim.decided) == ("rejected", False)  # a failed edit settles nothing
    session.decide(4, "accept", note="the citation is off by one source; the figure is right")
    claim = load_review(store, RUN).claim(4)
    assert (claim.status, claim.line) == ("accepted", "Lee's approval rating hit 60 percent following his state visit to China [1.4].")


def test_only_rejected_claims_can_be_decided(store):
    session = ReviewSession.open(store, RUN, reviewer="alice", need_sources=False)
    with pytest.raises(InputError, match="was verified"):
        session.decide(1, "keep")
    with pytest.raises(InputError, match="no claim 99"):
        session.decide(99, "keep")
    with pytest.raises(InputError, match="unknown decision"):
        session.decide(2, "approve")


def test_a_source_changed_since_the_run_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_HOME", str(tmp_path / "home"))
    copy = tmp_path / "a.txt"
    shutil.copy(SEED_000, copy)
    store = RunStore.in_home(tmp_path / "home")
    make_run(store, [DROPPED_HEDGE], paths=(copy,))
    assert ReviewSession.open(store, RUN, reviewer="alice").sources[0].path == str(copy)
    copy.write_text("Something else entirely.\n", encoding="utf-8")
    with pytest.raises(InputError, match="has changed since the run"):
        ReviewSession.open(store, RUN, reviewer="alice")
    # --source points at a copy with the original text.
    assert ReviewSession.open(store, RUN, reviewer="alice", source_paths=[str(SEED_000)]).sources[0].path == str(SEED_000)


def test_reviewer_comes_from_the_argument_then_the_os_never_from_the_environment(monkeypatch):
    # SUMMARIZER_REVIEWER is the command line's (--reviewer's envvar); the library reads no environment.
    monkeypatch.delenv("SUMMARIZER_REVIEWER", raising=False)
    os_user = reviewer_name()
    assert os_user  # the OS user, or "unknown"
    monkeypatch.setenv("SUMMARIZER_REVIEWER", "bob")
    assert reviewer_name("carol") == "carol"
    assert reviewer_name() == reviewer_name("  ") == os_user


def test_a_version_1_database_gains_the_decisions_table(tmp_path):
    path = tmp_path / "runs.db"
    store = RunStore(path)
    make_run(store)
    with sqlite3.connect(path) as conn:  # back to what schema 1 had: no decisions table
        conn.execute("DROP TABLE decisions")
        conn.execute("PRAGMA user_version = 1")
    ReviewSession.open(store, RUN, reviewer="alice", need_sources=False).decide(2, "keep")
    assert store.list_runs()[0].decided == 1


# -- the command line ---------------------------------------------------------------------------------------


def test_review_json_lists_the_rejected_claims_with_why(store):
    result = CliRunner().invoke(cli, ["review", RUN, "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert [c["id"] for c in doc["rejected"]] == [2, 3, 4]
    assert doc["rejected"][0]["unsupported"] == ["65 percent"]
    assert doc["stats"]["undecided"] == 3 and doc["rejected"][0]["decision"] is None


def test_review_decide_records_one_decision(store):
    runner = CliRunner()
    result = runner.invoke(cli, ["review", RUN, "--decide", "2=accept"])
    assert result.exit_code == 2 and "needs a note" in result.output
    result = runner.invoke(cli, ["review", RUN, "--decide", "2=accept", "--note", "confirmed with Gallup"])
    assert result.exit_code == 0, result.output
    assert "claim 2 accepted" in result.output
    result = runner.invoke(cli, ["review", RUN, "--decide", "3=edit", "--text", "Xi acknowledged the efforts [1.13]."])
    assert result.exit_code == 1  # the edit still drops the hedge
    assert "hedge_dropped" in result.output
    result = runner.invoke(cli, ["review", RUN, "--decide", "nonsense"])
    assert result.exit_code == 2
    listing = runner.invoke(cli, ["runs"])
    assert "DECIDED" in listing.output and " 1/3 " in listing.output
    assert json.loads(runner.invoke(cli, ["runs", "--json"]).output)["runs"][0]["decided"] == 1


def test_interactive_review_saves_each_decision_as_it_is_made(store):
    # Keep claim 2, then the input ends (as if the terminal died) while claim 3 is shown.
    result = CliRunner().invoke(cli, ["review", RUN, "--no-color"], input="k\n")
    assert result.exit_code == 1  # click's Abort on end of input
    assert "Claim 2" in result.output and "«65 percent»" in result.output
    assert "[2.21]" in result.output and "Claim 3" in result.output
    review = load_review(store, RUN)
    assert review.claim(2).decision.action == "keep"
    assert review.claim(3).decision is None
    # Resuming walks only what is left: accept 3 with a note, edit 4 to the right citation.
    result = CliRunner().invoke(cli, ["review", "--no-color"], input=(
        "a\nthe wire copy drops 'reportedly'\n"
        "e\nLee's approval rating hit 60 percent following his state visit to China [2.21].\n"))
    assert result.exit_code == 0, result.output
    assert "Claim 2" not in result.output
    review = load_review(store, RUN)
    assert [(c.id, c.status) for c in review.under_review] == [(2, "rejected"), (3, "accepted"), (4, "verified")]
    assert review.stats().undecided == 0
    done = CliRunner().invoke(cli, ["review"])
    assert done.exit_code == 0 and "0 left to decide" in done.output


# -- a run whose source came from standard input ------------------------------------------------------


@pytest.fixture
def stdin_run(tmp_path, monkeypatch):
    """A run of `summarize -` (seed 000 piped in) through a local fake model: one verified, one rejected claim."""
    from summarizer.testing import FakeOpenAI, chat_completion

    monkeypatch.setenv("SUMMARIZER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("SUMMARIZER_REVIEWER", "alice")
    answer = {"claims": [{"text": VERIFIED, "citations": []}, {"text": "Lee met Xi eight times [1.4].", "citations": []}]}
    with FakeOpenAI() as fake:
        fake.enqueue(json=chat_completion(json.dumps(answer)))
        result = CliRunner().invoke(cli, ["summarize", "-", "--base-url", fake.base_url, "--max-repairs", "0",
                                          "--format", "json", "-q"], input=SEED_000.read_bytes())
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["sources"][0]["path"] == "<stdin>" and doc["stats"]["rejected"] == 1
    return doc["run"]


def test_a_run_summarized_from_stdin_is_reviewed_with_the_source_piped_in_again(stdin_run):
    result = CliRunner().invoke(cli, ["review", stdin_run, "--source", "-", "--json"], input=SEED_000.read_bytes())
    assert result.exit_code == 0, result.output
    (rejected,) = json.loads(result.stdout)["rejected"]
    assert rejected["context"] and rejected["context"][0]["id"].startswith("1.")
    decided = CliRunner().invoke(cli, ["review", stdin_run, "--source", "-", "--decide", "2=edit", "--text", VERIFIED],
                                 input=SEED_000.read_bytes())
    assert decided.exit_code == 0, decided.output
    exported = CliRunner().invoke(cli, ["export", stdin_run, "--source", "-", "--format", "json"], input=SEED_000.read_bytes())
    assert exported.exit_code == 0, exported.output


def test_a_run_from_stdin_without_source_says_how_to_give_it(stdin_run):
    result = CliRunner().invoke(cli, ["review", stdin_run, "--json"])
    assert result.exit_code == 2
    assert f"run {stdin_run} read standard input; give the file with --source FILE, or pipe it with --source -" in result.stderr
    piped = CliRunner().invoke(cli, ["review", stdin_run, "--source", "-", "--json"], input=SEED_001.read_bytes())
    assert piped.exit_code == 2 and "has changed since the run" in piped.stderr
    # The interactive review reads its answers from standard input, so the source cannot come from there too.
    interactive = CliRunner().invoke(cli, ["review", stdin_run, "--source", "-"], input=SEED_000.read_bytes())
    assert interactive.exit_code == 2 and "--json or --decide" in interactive.stderr


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"action": "accept", "note": "ok\x1b]0;pwned\x07"}, "control character"),
    ({"action": "accept", "note": "nul\x00"}, "control character"),
    ({"action": "accept", "note": "x" * 2001}, "at most 2,000"),
    ({"action": "edit", "text": "word " * 900 + "[1.1]"}, "at most 4,000"),
])
def test_a_note_or_edit_with_control_characters_or_too_long_is_refused_and_nothing_is_stored(store, kwargs, message):
    # A title-setting escape would reach terminals and exports as it is; a huge edit would tie up the verifier.
    session = ReviewSession.open(store, RUN, reviewer="alice", need_sources=False)
    action = kwargs.pop("action")
    with pytest.raises(InputError, match=message):
        session.decide(2, action, **kwargs)
    assert load_review(store, RUN).decisions == []
