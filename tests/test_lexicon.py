"""Tests of verifier 2.0's lexicon (summarizer/verify/lexicon.py) and of the data it ships.

Every expected relation below was decided by hand from common English and then confirmed by reading
Princeton WordNet 3.0's own files (/usr/share/wordnet: index.*, data.*, *.exc) or, for the hand-kept
pairs, data/lexicon_extra.json; never by running the lexicon first. Where the lexicon disagrees with
what WordNet 3.0 itself says, the case would be kept and marked xfail(strict=True) with the reason.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from summarizer.verify.lexicon import WORDNET_FILE, LexiconError, check_manifest, default_lexicon

from helpers import ROOT

DATA = "summarizer.verify.data"
WORDNET_DIR = Path("/usr/share/wordnet")
_SINGLE_LOWER_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def data_bytes(name: str) -> bytes:
    return resources.files(DATA).joinpath(name).read_bytes()


@pytest.fixture(scope="module")
def lexicon():
    return default_lexicon()


# -- the shipped data and its manifest -----------------------------------------------------------

def test_manifest_records_the_sha256_of_the_shipped_wordnet_file():
    manifest = json.loads(data_bytes("MANIFEST.json"))
    entry = manifest["files"][WORDNET_FILE]
    packed = data_bytes(WORDNET_FILE)
    assert hashlib.sha256(packed).hexdigest() == entry["sha256"]
    assert len(packed) == entry["bytes"]
    # The same file read by path (what a reviewer would hash by hand).
    on_disk = (ROOT / "summarizer" / "verify" / "data" / WORDNET_FILE).read_bytes()
    assert hashlib.sha256(on_disk).hexdigest() == entry["sha256"]
    check_manifest(WORDNET_FILE, packed)  # the loader's own check accepts it


def test_wordnet_licence_ships_with_the_data():
    text = data_bytes("WORDNET-LICENSE.txt").decode("utf-8")
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in text
    manifest = json.loads(data_bytes("MANIFEST.json"))
    assert manifest["files"][WORDNET_FILE]["licence"] == "WORDNET-LICENSE.txt"


def test_a_tampered_copy_is_refused():
    with pytest.raises(LexiconError):
        check_manifest(WORDNET_FILE, b"not the data")


def test_the_loader_checks_the_header_and_each_block_it_reads():
    # What the loader checks at run time (format 4): the header's sha256 against the manifest, then each
    # block against the header's digest when it is first read. A damaged block is refused where it is
    # read, with the same error as a damaged file; an intact one is read as before.
    from summarizer.verify.lexicon import Lexicon, check_header

    packed = data_bytes(WORDNET_FILE)
    check_header(WORDNET_FILE, packed)
    with pytest.raises(LexiconError, match="header sha256"):
        check_header(WORDNET_FILE, b" " + packed)
    extra = json.loads(data_bytes("lexicon_extra.json"))
    settings = json.loads(data_bytes("alignment.json"))["lexicon"]
    header_end = packed.index(b"\n") + 1
    index = json.loads(packed[: header_end - 1])["tables"]["lemmas/n"]
    block = index["keys"].index("absolution")  # a block whose first key is known, so it is the one read
    at = header_end + index["offsets"][block] + 3
    damaged = packed[:at] + (b"X" if packed[at:at + 1] != b"X" else b"Y") + packed[at + 1:]
    assert Lexicon(packed, extra, settings).lemmas("absolution", "n") == ["absolution"]
    with pytest.raises(LexiconError, match=f"block {block} .* does not match its digest"):
        Lexicon(damaged, extra, settings).lemmas("absolution", "n")
    assert Lexicon(damaged, extra, settings).lemmas("dog", "n") == ["dog"]  # other blocks are intact


def test_a_file_the_manifest_does_not_list_is_refused():
    with pytest.raises(LexiconError):
        check_manifest("something_else.txt", data_bytes(WORDNET_FILE))


@pytest.mark.skipif(
    not (WORDNET_DIR / "data.noun").is_file(),
    reason="WordNet 3.0 is not installed at /usr/share/wordnet (apt-get install wordnet-base); "
    "cannot rebuild the lexicon to compare",
)
def test_the_build_script_regenerates_the_committed_file_byte_for_byte():
    # build() and serialise() are imported rather than main() run, because main() writes into the
    # package folder; serialise() is what main() writes. Measured: about 2 s.
    module = _build_script()
    packed = module.serialise(module.build(WORDNET_DIR))
    committed = data_bytes(WORDNET_FILE)
    assert hashlib.sha256(packed).hexdigest() == hashlib.sha256(committed).hexdigest()
    assert packed == committed


def _build_script():
    spec = importlib.util.spec_from_file_location("build_lexicon_under_test", ROOT / "scripts" / "build_lexicon.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_a_table_finds_every_key_across_block_boundaries_and_nothing_else(monkeypatch):
    # Blocks of two lines, so that first keys, last keys, a block of one line and keys that are
    # prefixes of one another ("ab" / "ab-c" / "abc") all fall on a boundary somewhere.
    from summarizer.verify.lexicon import _Table

    module = _build_script()
    monkeypatch.setattr(module, "BLOCK_LINES", 2)
    rows = {"a": ["x"], "ab": ["y", "z"], "ab-c": [], "abc": ["w"], "b": ["v"], "ba": ["u"], "zz": ["t"]}
    text = "\n".join(f"{key}\t{','.join(values)}" for key, values in sorted(rows.items()))
    packed = module.serialise({"format": 4, "tables": {"t": text, "empty": ""}})
    header_end = packed.index(b"\n")
    index = json.loads(packed[:header_end])["tables"]
    assert len(index["t"]["keys"]) == 4  # 7 lines in blocks of 2
    table = _Table(packed[header_end + 1:], index["t"], str)
    for key, values in rows.items():
        assert table.get(key) == values, key
        assert key in table
    for absent in ["", " ", "0", "aa", "ab-", "ab-cd", "abd", "b0", "c", "zz0", "zzz", "~"]:
        assert table.get(absent) is None, absent
        assert absent not in table
    with pytest.raises(KeyError):
        table["c"]
    assert _Table(packed[header_end + 1:], index["empty"], str).get("a") is None


def test_a_lexicon_file_of_another_format_is_refused():
    from summarizer.verify.lexicon import Lexicon

    old = json.dumps({"format": 2, "tables": {}}).encode() + b"\n"
    with pytest.raises(LexiconError, match="format 2, not 4"):
        Lexicon(old, {"version": 0, "synonyms": [], "antonyms": []}, {"primary_senses": 3, "hypernym_hops": 3})


# -- relations, decided from English and WordNet 3.0 ---------------------------------------------

@pytest.mark.parametrize(
    "claim_word, evidence_word",
    [
        ("prolong", "extend"),  # WordNet verb synset {prolong, protract, extend, draw_out}: "lengthen in time"
        ("extend", "prolong"),  # the same synset, read from the other side
        ("begin", "start"),  # verb synsets {begin, start, commence, ...}
        ("start", "begin"),
        ("buy", "purchase"),  # verb synset {buy, purchase}
        ("bought", "purchased"),  # inflected forms (verb.exc: bought → buy)
        ("big", "large"),  # adjective synset {large, big}
        ("quick", "fast"),  # "quick" is a satellite of the head "fast" (and {flying, quick, fast})
        ("interim", "temporary"),  # "interim" is a satellite of {impermanent, temporary}
        ("ill", "sick"),  # adjective synset {ill, sick}
    ],
)
def test_synonyms(lexicon, claim_word, evidence_word):
    assert lexicon.relation(claim_word, evidence_word) == "synonym"


def test_disputed_and_contested_are_related_through_their_verbs(lexicon):
    # In English "the disputed strait" and "the contested strait" say the same. WordNet 3.0 does not
    # put the adjectives in one synset ("disputed" is a satellite of "controversial"; "contested" is a
    # head of its own), but its verbs are linked: dispute (v1, {challenge, dispute, gainsay}) has the
    # hypernym contest (v1, {contest, contend, repugn}). So from the claim's side "contested" for
    # "disputed" is the more general word (supports), and "disputed" for "contested" the more specific.
    assert lexicon.relation("contested", "disputed") == "more_general"
    assert lexicon.relation("disputed", "contested") == "more_specific"


@pytest.mark.parametrize(
    "general, specific",
    [
        # missile n1 "a rocket carrying a warhead" has the hypernym rocket n1 {rocket, projectile}: a
        # missile is a kind of rocket, so "rocket" is the more general word.
        ("rocket", "missile"),
        ("tree", "oak"),  # oak n2 {oak, oak_tree} → tree
        ("weapon", "gun"),  # gun n1 → {weapon, arm, weapon_system}
        ("bird", "sparrow"),  # sparrow → passerine → bird (two hops)
        ("furniture", "chair"),  # chair → seat → furniture (two hops)
        ("contested", "disputed"),  # verbs: dispute v1 → contest v1 (see above)
        ("vehicle", "truck"),  # truck → motor_vehicle → self-propelled_vehicle → wheeled_vehicle → vehicle (4 hops, through multi-word synsets)
    ],
)
def test_hypernym_direction(lexicon, general, specific):
    assert lexicon.relation(general, specific) == "more_general"
    assert lexicon.relation(specific, general) == "more_specific"


@pytest.mark.parametrize(
    "a, b",
    [
        ("raise", "lower"),  # WordNet: raise v2 {raise, lift, elevate} ! lower v1
        ("raised", "lowered"),  # inflected
        ("win", "lose"),  # WordNet: win v1 ! lose (and the hand table)
        ("won", "lost"),  # via verb.exc: won → win, lost → lose
        ("approve", "reject"),  # the hand table (WordNet opposes approve only to disapprove)
        ("approved", "rejected"),
        ("raised", "cut"),  # the hand table: raise / cut (of prices and rates)
        ("increase", "decrease"),  # WordNet and the hand table
        ("rose", "fell"),  # rise / fall, via verb.exc (rose → rise, fell → fall)
        ("open", "close"),
        ("accept", "refuse"),
    ],
)
def test_antonyms_both_ways(lexicon, a, b):
    assert lexicon.relation(a, b) == "antonym"
    assert lexicon.relation(b, a) == "antonym"


@pytest.mark.parametrize(
    "a, b",
    [
        ("monday", "tuesday"),  # both have the direct hypernym weekday
        ("wheat", "barley"),  # both cereal grasses ({cereal, cereal_grass}) and grains ({grain, food_grain, cereal})
    ],
)
def test_siblings(lexicon, a, b):
    assert lexicon.relation(a, b) == "sibling"
    assert lexicon.relation(b, a) == "sibling"


@pytest.mark.parametrize(
    "a, b",
    [
        ("agree", "agreement"),  # WordNet derivation pointer (+) agree v1 ↔ agreement
        ("agreement", "agree"),
        ("restore", "restoration"),  # restore v1 ↔ restoration n2
        ("restoration", "restore"),
    ],
)
def test_derivations(lexicon, a, b):
    assert lexicon.relation(a, b) == "derivation"


@pytest.mark.parametrize(
    "a, b",
    [
        ("budget", "giraffe"),  # nothing in common
        ("giraffe", "budget"),
        ("cruise", "hypersonic"),  # a noun/verb and an adjective with no WordNet link (the verifier's
        # substitution rule, not the lexicon, has to catch "cruise" for "hypersonic")
    ],
)
def test_unrelated_words(lexicon, a, b):
    assert lexicon.relation(a, b) is None


def test_exact_and_lemma(lexicon):
    assert lexicon.relation("truce", "truce") == "exact"
    assert lexicon.relation("agreed", "agree") == "lemma"  # verb morphology: -ed
    assert lexicon.relation("geese", "goose") == "lemma"  # noun.exc


# -- morphology ---------------------------------------------------------------------------------

def test_irregular_plural_from_the_exception_list(lexicon):
    assert "goose" in lexicon.lemmas("geese", "n")  # noun.exc: geese goose


def test_irregular_past_from_the_exception_list(lexicon):
    assert "run" in lexicon.lemmas("ran", "v")  # verb.exc: ran run
    assert "win" in lexicon.lemmas("won", "v")  # verb.exc: won win
    assert "lose" in lexicon.lemmas("lost", "v")  # verb.exc: lost lose


def test_regular_inflections(lexicon):
    assert "agree" in lexicon.lemmas("agreed", "v")  # -ed → -e
    assert "extend" in lexicon.lemmas("extending", "v")  # -ing
    assert "strait" in lexicon.lemmas("straits", "n")  # -s


def test_phrasal_verbs_inflect_the_verb_and_keep_the_particle(lexicon):
    assert lexicon.lemmas("called_off", "v") == ["call_off"]
    assert lexicon.lemmas("call_off", "v") == ["call_off"]
    assert lexicon.lemmas("called_off", "n") == []  # phrasal lemmas are verbs only


# -- the hand-kept table ------------------------------------------------------------------------

def test_every_hand_kept_entry_has_a_reason_and_at_most_three_lower_case_words():
    extra = json.loads(data_bytes("lexicon_extra.json"))
    entries = extra["synonyms"] + extra["antonyms"] + [extra["determiner_phrases"]] + extra["relation_words"]["groups"] \
        + [extra["relation_words"]]
    assert entries
    for entry in entries:
        assert isinstance(entry.get("reason"), str) and entry["reason"].strip(), entry
        assert entry["words"], entry
        for word in entry["words"]:
            # One to three words as the tokenizer reads them (letters, hyphenated parts allowed: "de-escalate"
            # is one token), one space between: alignment.merge_phrases reads such a phrase as one word.
            parts = word.split(" ")
            assert 1 <= len(parts) <= 3 and all(_SINGLE_LOWER_WORD.fullmatch(p) for p in parts), (word, entry)
    for entry in extra["antonyms"]:
        assert len(entry["words"]) == 2, entry  # a pair


def test_the_level_verbs_are_wordnet_verb_lemmas_with_a_reason():
    # They are compared with the lemmas of a claim's verb, so each must be one ("come_in", as WordNet spells it).
    extra = json.loads(data_bytes("lexicon_extra.json"))
    assert extra["level_verbs"]["reason"].strip()
    lexicon = default_lexicon()
    for verb in extra["level_verbs"]["words"]:
        assert verb in lexicon.lemmas(verb, "v"), verb


def test_a_hand_kept_phrase_is_one_token_in_a_claim_and_in_a_source():
    from summarizer.verify.alignment import merge_phrases, tokenize

    lexicon = default_lexicon()
    text = "It can process as much as 25,000 tonnes, a number of them straight away."
    tokens = tokenize(text)
    merge_phrases(tokens, text, lexicon)
    merged = {t.lower: (t.text, t.content) for t in tokens if "_" in t.lower}
    assert merged == {"as_much_as": ("as much as", True), "a_number_of": ("a number of", False),
                      "straight_away": ("straight away", True)}
    # "as" opens no clause inside "as much as": the figure after it is in the verb's clause.
    assert {t.clause for t in tokens[:6]} == {0}


# -- determinism --------------------------------------------------------------------------------

_RELATIONS_SCRIPT = """
from summarizer.verify.lexicon import default_lexicon
L = default_lexicon()
pairs = [("prolong", "extend"), ("missile", "rocket"), ("won", "lost"), ("monday", "tuesday"),
         ("agreement", "agree"), ("budget", "giraffe"), ("interim", "temporary"), ("contested", "disputed"),
         ("wheat", "barley"), ("approved", "rejected")]
for a, b in pairs:
    print(a, b, L.relation(a, b))
for w in ("geese", "ran", "called_off", "agreed", "extended"):
    print(w, sorted(L.senses(w).lemmas), sorted(L.senses(w).antonyms), len(L.senses(w).hypernyms))
"""


def test_relations_are_the_same_in_processes_with_different_hash_seeds():
    outputs = []
    for seed in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _RELATIONS_SCRIPT], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)
    assert outputs[0].strip()
    assert outputs[0] == outputs[1] == outputs[2]


@pytest.mark.parametrize("name", ["lexicon_extra.json", "alignment.json"])
def test_the_hand_kept_data_files_are_hash_checked_too(name):
    # They decide verdicts as much as WordNet does: the manifest records them and a changed byte is refused.
    data = data_bytes(name)
    check_manifest(name, data)  # the committed bytes pass
    with pytest.raises(LexiconError):
        check_manifest(name, data + b" ")
