"""Constants shared by the tests: where the repository and its seeds are, and the fake API key."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_000 = SEEDS / "000_68f33e168a8a8bf5.txt"
SEED_001 = SEEDS / "001_abb0a76ac8f2e367.txt"
SEED_004 = SEEDS / "004_4da92a08a160fc06.txt"
# Shaped like a real key so scrubbing is tested on something realistic; the tests check it is never recorded.
FAKE_KEY = "sk-test-" + "x9Q2" * 6
