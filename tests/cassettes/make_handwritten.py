"""Write the hand-written demo cassettes from handwritten_answers.json (no model involved).

    .venv/bin/python tests/cassettes/make_handwritten.py

The cassettes go into the package (summarizer/data/cassettes/, package data: the no-key demo needs them in
an installed wheel too). A local fake OpenAI server (summarizer/testing/openai_server.py) answers each
request with the hand-written answer for its response schema (Draft, DigestDraft, RepairAnswer); the real pipeline and client talk to it while
vcrpy records the exchange. The cassettes are marked ``"handwritten": true`` and their model is called
``hand-written-demo``, so nobody mistakes them for a model's output. Run this again whenever a prompt or
a verifier message changes (tests/test_summarize_cli.py fails until you do).
"""

from __future__ import annotations

import json
from pathlib import Path

from summarizer.cassettes import cassette_meta, recording
from summarizer.config import CASSETTES_DIR, load_provider_config
from summarizer.llm import ChatClient
from summarizer.pipeline import Pipeline, SummarizeOptions
from summarizer.sources import load_sources
from summarizer.testing import FakeOpenAI, chat_completion
from summarizer.tokens import count_tokens

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

MODEL = "hand-written-demo"
# The same fake key the tests use: the recording must not keep it (the tests check that).
KEY = "sk-test-" + "x9Q2" * 6
SEEDS = ["seeds/000_68f33e168a8a8bf5.txt", "seeds/001_abb0a76ac8f2e367.txt"]
NOTE = (
    "HAND-WRITTEN: these answers were written by the summarizer developers, not produced by any model. "
    "Recorded with tests/cassettes/make_handwritten.py against a local fake server (summarizer/testing/openai_server.py). "
    "They serve the no-key demo and the tests."
)


def main() -> None:
    answers = json.loads((HERE / "handwritten_answers.json").read_text(encoding="utf-8"))
    sources = load_sources([str(ROOT / p) for p in SEEDS])
    # Record the paths as the README's demo command gives them (relative), not this machine's absolute ones.
    for src, rel in zip(sources, SEEDS):
        src.path = rel
    for shape in ("summary", "digest"):
        script = answers[shape]

        def reply(request: dict) -> dict:
            name = (request.get("response_format") or {}).get("json_schema", {}).get("name")
            content = json.dumps(script[name], ensure_ascii=False)
            prompt = sum(count_tokens(m["content"]).tokens + 4 for m in request["messages"])
            return chat_completion(content, model=MODEL, prompt_tokens=prompt, completion_tokens=count_tokens(content).tokens)

        path = CASSETTES_DIR / f"handwritten-seeds-{shape}.json"
        meta = cassette_meta(sources, shape, MODEL, handwritten=True, note=NOTE, options=SummarizeOptions(shape=shape))
        with FakeOpenAI(reply) as fake, recording(path, meta, secrets=[KEY]):
            config = load_provider_config({"api_key": KEY, "base_url": fake.base_url, "model": MODEL}, env={}, dotenv_path=False)
            with ChatClient(config) as client:
                result = Pipeline(client, model=MODEL, options=SummarizeOptions(shape=shape)).run(sources)
        print(f"{path.name}: {result.stats}")


if __name__ == "__main__":
    main()
