"""Write the hand-written pipeline cases: eval/cassettes/*.json and eval/cases/pipeline-*.json.

    .venv/bin/python eval/make_pipeline_cases.py

No model is involved. eval/pipeline_answers.json holds, per case, a hand-written draft (each claim with its
gold label, type and reason) and, under each drafted claim, the correction to give if the verifier rejects
it (labelled too). All labels were decided by reading the sources, before the verifier ran. A local fake
OpenAI server (summarizer/testing/openai_server.py) answers the draft request with the draft and the repair request with
the corrections for exactly the claims the repair prompt lists; the real pipeline and client talk to it
while vcrpy records the exchange (authorization header filtered). Usage in the cassettes is what the fake
reports: prompt and answer tokens counted with tiktoken, not a provider's figures.

Run it again whenever a prompt, the pipeline or a verifier message changes (the eval then reports the
case's replay as failed until you do). The case files are rewritten: edit labels in pipeline_answers.json.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from pathlib import Path

from summarizer.cassettes import cassette_meta, recording
from summarizer.config import load_provider_config
from summarizer.evaluation import load_case
from summarizer.llm import ChatClient
from summarizer.pipeline import Pipeline, SummarizeOptions, claim_line
from summarizer.testing import FakeOpenAI, chat_completion
from summarizer.tokens import count_tokens

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

MODEL = "hand-written-eval"
COST_MODEL = "gpt-4o-mini"
# A fake key: the recording must not keep it (recording() refuses a file that holds it; a test checks too).
KEY = "sk-test-" + "m4Kp" * 6
ORIGIN_NOTE = (
    "HAND-WRITTEN: the draft and repair answers were written by the summarizer developers to look like a "
    "model's, with a few deliberate subtle errors; no model produced them. Recorded by eval/make_pipeline_cases.py "
    "against a local fake server; token usage was counted with tiktoken by the fake, and the cost is estimated "
    f"at {COST_MODEL} list prices."
)
SEEDS = ["seeds/000_68f33e168a8a8bf5.txt", "seeds/001_abb0a76ac8f2e367.txt"]

# Case metadata; sources are the seeds (by path) or the inline sources of an existing verifier case.
CASES = {
    "pipeline-seeds-lee-xi": {
        "description": "Summary of the two seed articles on Lee Jae-myung asking Xi Jinping to mediate: a hand-written "
                       "draft with a dropped hedge, a wrong figure, a swapped entity and an uncited sentence, then a repair round.",
        "domain": "politics / diplomacy",
        "format": "web news articles with boilerplate (the project's seeds 000 and 001)",
        "sources": [{"path": f"../../{p}", "name": p} for p in SEEDS],
    },
    "pipeline-earnings-orbis-q3": {
        "description": "Summary of a quarterly-results release and a markets story: a hand-written draft with a wrong "
                       "figure, a wrong date, an overgeneralisation, dropped hedge, altered quote and an uncited sentence, then a repair round.",
        "domain": "business / earnings",
        "format": "company results release + markets wire story",
        "from_case": "earnings-orbis-q3",
        "names": ["orbis-q3-results-release.txt", "markets-wire-orbis-shares.txt"],
    },
    "pipeline-science-naps-memory": {
        "description": "Summary of a science news story on naps and memory: a hand-written draft with transposed digits, "
                       "a flipped negation, a dropped hedge, a swapped funder and an invented cause, then a repair round.",
        "domain": "science / health",
        "format": "science news story",
        "from_case": "science-naps-memory",
        "names": ["naps-memory-study.txt"],
    },
}

_CLAIM_RE = re.compile(r"^Claim (\d+): (.*)$", re.MULTILINE)


def case_sources(meta: dict) -> list[dict]:
    """The sources entry of a case file: seed paths, or the verifier case's texts with display names."""
    if "sources" in meta:
        return meta["sources"]
    verifier_case = json.loads((HERE / "cases" / f"{meta['from_case']}.json").read_text(encoding="utf-8"))
    return [{"text": s["text"], "name": n} for s, n in zip(verifier_case["sources"], meta["names"], strict=True)]


def make_reply(draft: list[dict]):
    """The fake model: the draft for a Draft request, the prepared corrections for a RepairAnswer request."""
    by_line = {claim_line(c["text"], c["citations"]): c for c in draft}

    def reply(request: dict) -> dict:
        name = (request.get("response_format") or {}).get("json_schema", {}).get("name")
        if name == "Draft":
            answer = {"claims": [{"text": c["text"], "citations": c["citations"]} for c in draft]}
        elif name == "RepairAnswer":
            asked = _CLAIM_RE.findall(request["messages"][-1]["content"])
            answer = {"claims": [
                {"number": int(n), "text": by_line[line]["repair"]["text"],
                 "citations": by_line[line]["repair"]["citations"], "date": None}
                for n, line in asked
            ]}
        else:
            raise AssertionError(f"unexpected request for {name!r}")
        content = json.dumps(answer, ensure_ascii=False)
        prompt = sum(count_tokens(m["content"]).tokens + 4 for m in request["messages"])
        return chat_completion(content, model=MODEL, prompt_tokens=prompt, completion_tokens=count_tokens(content).tokens)

    return reply


def make_case(case_id: str, meta: dict, draft: list[dict]) -> None:
    case_path = HERE / "cases" / f"{case_id}.json"
    cassette_path = HERE / "cassettes" / f"{case_id}.json"
    # The labels: every drafted claim, and the repair of each drafted claim the repair round turns out to ask for.
    doc = {
        "kind": "pipeline",
        "id": case_id,
        "description": meta["description"],
        "domain": meta["domain"],
        "format": meta["format"],
        "origin": "hand-written",
        "origin_note": ORIGIN_NOTE,
        "model": MODEL,
        "recorded": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "prompts": {},
        "cost_model": COST_MODEL,
        "options": {"shape": "summary"},
        "sources": case_sources(meta),
        "cassette": f"../cassettes/{case_id}.json",
        "claims": [],
    }
    # Write a provisional case file so the case's sources load exactly as the suite will load them.
    case_path.write_text(json.dumps({**doc, "claims": [_label(c, "draft") for c in draft]}, indent=2, ensure_ascii=False) + "\n",
                         encoding="utf-8")
    sources = load_case(case_path, need_cassette=False).sources
    cassette_meta_ = cassette_meta(sources, "summary", MODEL, handwritten=True, note=ORIGIN_NOTE)
    cassette_meta_["case"] = case_id
    with FakeOpenAI(make_reply(draft)) as fake, recording(cassette_path, cassette_meta_, secrets=[KEY]):
        config = load_provider_config({"api_key": KEY, "base_url": fake.base_url, "model": MODEL}, env={}, dotenv_path=False)
        with ChatClient(config) as client:
            result = Pipeline(client, model=MODEL, options=SummarizeOptions(shape="summary")).run(sources)
    assert result.status == "done", result.error
    by_line = {claim_line(c["text"], c["citations"]): c for c in draft}
    by_id = {c.id: c for c in result.claims}
    labels = [_label(c, "draft") for c in draft]
    for outcome in result.claims:
        if outcome.repair_of is not None:
            original = by_line[by_id[outcome.repair_of].line]
            labels.append(_label(original, "repair"))
            assert labels[-1]["text"] == outcome.line, (labels[-1]["text"], outcome.line)
    doc["claims"] = labels
    doc["prompts"] = dict(result.prompts)
    case_path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{case_id}: {result.stats}, usage {result.usage.total_tokens} tokens")


def _label(claim: dict, stage: str) -> dict:
    if stage == "draft":
        return {"id": claim["id"], "stage": "draft", "text": claim_line(claim["text"], claim["citations"]),
                "label": claim["label"], "type": claim["type"], "reason": claim["reason"]}
    fix = claim["repair"]
    return {"id": "r" + claim["id"][1:], "stage": "repair", "repair_of": claim["id"],
            "text": claim_line(fix["text"], fix["citations"]), "label": fix["label"], "type": fix["type"], "reason": fix["reason"]}


def main() -> None:
    answers = json.loads((HERE / "pipeline_answers.json").read_text(encoding="utf-8"))
    (HERE / "cassettes").mkdir(exist_ok=True)
    for case_id, meta in CASES.items():
        make_case(case_id, meta, answers["cases"][case_id]["draft"])


if __name__ == "__main__":
    main()
