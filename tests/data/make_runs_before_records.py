"""Wrote tests/data/runs-before-records.db (run once with the code before records.py; kept to show how).

Usage: python tests/data/make_runs_before_records.py HOME  (then review RUN --decide 13=accept --note … on the demo run)
"""
import os, sys, shutil, subprocess
from pathlib import Path
from summarizer.testing import FakeOpenAI, chat_completion, error_body
from summarizer.config import load_provider_config
from summarizer.llm import ChatClient
from summarizer.pipeline import run_summary, SummarizeOptions
from summarizer.sources import load_sources
from summarizer.store import RunStore
from summarizer.errors import ProviderAuthError

home = Path(sys.argv[1]); shutil.rmtree(home, ignore_errors=True); home.mkdir(parents=True)
env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
env["SUMMARIZER_HOME"] = str(home)
# 1. the demo run (done, with one rejected claim), then a decision on it
subprocess.run([".venv/bin/summarizer", "summarize", "seeds/000_68f33e168a8a8bf5.txt", "seeds/001_abb0a76ac8f2e367.txt"],
               env=env, check=True, capture_output=True)
out = subprocess.run([".venv/bin/summarizer", "runs", "--json"], env=env, check=True, capture_output=True, text=True).stdout
print(out)
seeds = load_sources(["seeds/000_68f33e168a8a8bf5.txt", "seeds/001_abb0a76ac8f2e367.txt"])
store = RunStore.in_home(home)
KEY = "test-fixture-key"  # a fake key, shaped unlike a real one so secret scans stay quiet
# 2. a provider failure after one answered call: a failed run with partial steps and claims
with FakeOpenAI() as fake:
    fake.enqueue(json=chat_completion('{"claims": [{"text": "Lee asked Xi to mediate eight times.", "citations": ["1.2"]}]}'))
    fake.enqueue(status=401, json=error_body("Incorrect API key provided", type="invalid_request_error"))
    config = load_provider_config({"api_key": KEY, "base_url": fake.base_url}, env={}, dotenv_path=False)
    with ChatClient(config) as client:
        try:
            run_summary(seeds, lambda: client, model="gpt-4o-mini", provider="local", store=store, secrets=[KEY],
                        options=SummarizeOptions(max_repairs=1), note="fixture: provider failure in repair")
        except ProviderAuthError as e:
            print("failed as expected:", e)
# 3. a model whose answers are unusable twice: status failed from the pipeline itself
with FakeOpenAI() as fake:
    fake.enqueue(json=chat_completion("no markers here"), times=2)
    config = load_provider_config({"api_key": KEY, "base_url": fake.base_url, "structured": "off"}, env={}, dotenv_path=False)
    with ChatClient(config) as client:
        o = run_summary(seeds, lambda: client, model="gpt-4o-mini", provider="local", store=store, secrets=[KEY], use_cache=False)
        print("unusable:", o.result.status, o.result.error)
# 4. a digest
for r in store.list_runs(): print(r)
