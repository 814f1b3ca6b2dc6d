"""`summarizer export`: the summary with review decisions applied, in markdown, json and self-contained HTML."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner
from helpers import SEED_000, SEED_001
from test_review import RUN, VERIFIED, make_run

from summarizer.cli import cli
from summarizer.review import ReviewSession
from summarizer.sources import load_sources
from summarizer.store import RunStore

ACCEPTED_LINE = "Lee's approval rating hit 65 percent following his state visit to China [2.21]."
KEPT_LINE = ("Xi Jinping acknowledged the ongoing efforts but stressed that patience is still necessary for any "
             "lasting resolution [1.13].")


@pytest.fixture
def reviewed(tmp_path, monkeypatch):
    """The run of test_review with claim 2 accepted by alice, claim 3 kept rejected and claim 4 left undecided."""
    monkeypatch.setenv("SUMMARIZER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("SUMMARIZER_REVIEWER", "alice")
    store = RunStore.in_home(tmp_path / "home")
    make_run(store)
    session = ReviewSession.open(store, RUN, reviewer="alice", need_sources=False)
    session.decide(2, "accept", note="Gallup's later poll")
    session.decide(3, "keep")
    return store


def sentences():
    return {s.id: s.display_text for src in load_sources([str(SEED_000), str(SEED_001)]) for s in src.sentences}


def export(*args):
    result = CliRunner().invoke(cli, ["export", RUN, *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_markdown_marks_the_accepted_claim_and_leaves_out_the_rejected(reviewed):
    text = export("--format", "markdown")
    summary = text.split("\n## ")[0]
    assert f"{VERIFIED}\n" in summary and f"{VERIFIED} †" not in summary
    assert f"{ACCEPTED_LINE} †\n" in summary
    assert KEPT_LINE not in summary
    accepted = text.split("## † Accepted by a reviewer")[1].split("\n## ")[0]
    assert "Claim 2, alice" in accepted and "Gallup's later poll" in accepted and "number_mismatch" in accepted
    left_out = text.split("## Rejected and left out")[1].split("\n## ")[0]
    assert "Claim 3 (kept rejected by alice" in left_out and "Claim 4 (undecided" in left_out
    assert "1 of 4 claims verified, 1 accepted by a reviewer (†), 2 rejected and left out (1 not reviewed yet)" in text


def test_json_tells_verifier_passed_from_person_accepted(reviewed):
    doc = json.loads(export("--format", "json"))
    assert [(c["id"], c["status"], c["verified_by"]) for c in doc["claims"]] == [(1, "verified", "verifier"), (2, "accepted", "reviewer")]
    assert doc["claims"][1]["decision"]["note"] == "Gallup's later poll"
    assert [(c["id"], c["status"]) for c in doc["reviewed"]] == [(2, "accepted"), (3, "rejected"), (4, "rejected")]
    assert doc["sentences"]["2.21"] == sentences()["2.21"]
    assert doc["summary"].splitlines() == [VERIFIED, f"{ACCEPTED_LINE} †"]


def test_export_out_writes_the_file(reviewed, tmp_path):
    target = tmp_path / "summary.md"
    result = CliRunner().invoke(cli, ["export", "--out", str(target)])  # the latest run by default
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("# Summary\n")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


class _Page(HTMLParser):
    """Collects what the structure test checks: tags, attributes, text by element id, external references."""

    def __init__(self):
        super().__init__()
        self.elements: list[tuple[str, dict]] = []
        self.external: list[str] = []
        self.text_by_id: dict[str, str] = {}
        self._open: list[str | None] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.elements.append((tag, a))
        for key in ("src", "href"):
            if key in a and not a[key].startswith("#"):
                self.external.append(a[key])
        if tag == "link":
            self.external.append(str(a))
        self._in_style = tag == "style"
        if tag not in ("meta", "br", "img", "link", "input"):
            self._open.append(a.get("id"))

    def handle_endtag(self, tag):
        self._in_style = False
        if self._open:
            self._open.pop()

    def handle_data(self, data):
        if self._in_style:
            self.style += data
        for element_id in self._open:
            if element_id:
                self.text_by_id[element_id] = self.text_by_id.get(element_id, "") + data

    def having(self, tag, **attrs):
        return [a for t, a in self.elements if t == tag and all(
            (v in (a.get(k) or "").split()) if k == "class_" and False else a.get(k.rstrip("_")) == v or
            (k == "class_" and v in (a.get("class") or "").split()) for k, v in attrs.items())]


def test_html_structure_is_self_contained_and_complete(reviewed):
    page_text = export("--format", "html")
    page = _Page()
    page.feed(page_text)
    assert page.external == []  # no network: nothing but in-page anchors
    assert all("src" not in a for t, a in page.elements if t == "script")
    assert "@media print" in page.style
    known = sentences()
    # Each citation names its sentence(s); each is quoted in the list of cited sentences and in the tooltip.
    cites = page.having("a", class_="cite")
    assert cites
    for a in cites:
        for sid in a["data-sentences"].split():
            assert page.text_by_id["s-" + sid.replace(".", "-")] == known[sid]
    # The summary: verified claim 1, accepted claim 2 (marked †), nothing rejected.
    claims = page.having("p", class_="claim")
    assert [(a["data-claim"], a["data-status"]) for a in claims] == [("1", "verified"), ("2", "accepted")]
    assert "†" in page.text_by_id["claim-2"] and "†" not in page.text_by_id["claim-1"]
    assert "claim-3" not in page.text_by_id
    # The panel: every claim the verifier rejected, with its reasons and decision.
    panel = page.having("article", class_="rejected-claim")
    assert [(a["data-claim"], a["data-decision"]) for a in panel] == [("2", "accept"), ("3", "keep"), ("4", "undecided")]
    assert "Gallup's later poll" in page.text_by_id["review-2"]
    assert "hedge_dropped" in page.text_by_id["review-3"]
    assert "states as fact what the source only reports" in page.text_by_id["review-3"]
    assert "instead passes the verifier" in page.text_by_id["review-4"] and "[2.21]" in page.text_by_id["review-4"]
    assert page.having("mark", class_="unsupported")  # "65 percent" in claim 2
    assert page.having("aside", id="cite-view")


def test_html_escapes_text(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_HOME", str(tmp_path / "home"))
    store = RunStore.in_home(tmp_path / "home")
    make_run(store, ["Lee <script>alert(1)</script> asked Xi to mediate [1.4]."])
    page = CliRunner().invoke(cli, ["export", RUN, "--format", "html"]).output
    assert "<script>alert" not in page and "</script> asked" not in page
    # The claim is rejected, so it is in the panel only, where it reads as text (its unsupported words marked).
    parsed = _Page()
    parsed.feed(page)
    assert "Lee <script>alert(1)</script> asked Xi" in parsed.text_by_id["review-1"]


def test_a_digest_export_lays_out_sections_and_timeline_as_the_digest_does(tmp_path, monkeypatch):
    from helpers import ROOT

    monkeypatch.chdir(ROOT)  # the bundled cassettes answer for the seeds as named from the repository root
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("SUMMARIZER_HOME", str(tmp_path / "home"))
    seeds = [str(SEED_000.relative_to(ROOT)), str(SEED_001.relative_to(ROOT))]
    digest = CliRunner().invoke(cli, ["summarize", "--format", "digest", "-q", *seeds])
    assert digest.exit_code == 0, digest.output
    run_id = RunStore.in_home(tmp_path / "home").list_runs()[0].id
    exported = CliRunner().invoke(cli, ["export", run_id, "--format", "markdown"])
    assert exported.exit_code == 0, exported.output

    def body(text: str) -> list[str]:
        lines = text.splitlines()
        return lines[1:next(i for i, line in enumerate(lines) if line.startswith("## Rejected") or line == "## Sources")]

    assert "## Timeline" in body(digest.stdout)
    assert body(exported.stdout) == body(digest.stdout)
    # The headline is bold in both: the digest keeps its marker outside the bold, the export inside.
    assert digest.stdout.splitlines()[0].replace("** [", " [") + "**" == exported.stdout.splitlines()[0]


def test_decision_text_is_public_for_the_html_export(reviewed):
    from summarizer.render import decision_text
    from summarizer.review import load_review

    review = load_review(RunStore.in_home(reviewed.path.parent), RUN)
    assert decision_text(review.claim(3)).startswith("kept rejected by alice, ")
    assert decision_text(review.claim(4)) == "undecided"
