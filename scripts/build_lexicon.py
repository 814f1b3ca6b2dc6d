#!/usr/bin/env python3
"""Build the verifier's lexicon from a Princeton WordNet 3.0 folder.

    python scripts/build_lexicon.py [/usr/share/wordnet]

Debian's ``wordnet-base`` package puts WordNet 3.0 in /usr/share/wordnet. This writes
``summarizer/verify/data/wordnet.txt`` and ``summarizer/verify/data/MANIFEST.json`` (sha256, size,
what it was built from, for it and for the hand-kept ``lexicon_extra.json`` and ``alignment.json``:
run it again after editing either, or the verifier refuses to load them). The output is deterministic: the same WordNet folder gives the
same bytes, so a rebuild shows up in review only when the data or this script changed.

What is kept (and why):
- every synset that is not an instance, as a small integer id; only single-word lemmas (hyphenated
  words count as one) and two-word phrasal verbs ("call_off") are listed, since the verifier aligns one
  token with one token, but multi-word synsets stay as links in hypernym chains.
- per lemma and part of speech, its synset ids in WordNet's sense order (most frequent first), so the
  verifier can ignore rare senses;
- per synset, its direct hypernyms (``@``; instance hypernyms ``@i`` are not followed: "Beijing" is an
  instance of a city, and names are matched exactly, never by meaning). Synsets that are instances
  (proper names: people, places) are dropped altogether;
- adjective clusters: a satellite's head (``&``), so "interim" is known to be similar to "temporary";
- antonyms (``!``, a relation between word senses, kept per lemma and part of speech), and per adjective
  head synset its antonyms, so that a satellite in its usual sense is opposed to what its head is
  ("indirect antonyms" in WordNet's terms);
- derivationally related forms (``+``), pertainyms (``\\``) and participles (``<``), per lemma, across
  parts of speech: "agree" / "agreement", "restore" / "restoration";
- the morphological exception lists (``*.exc``: "geese" → "goose", "ran" → "run").

Format 4 (:func:`serialise`, the one writer of the file; summarizer/verify/lexicon.py reads it): one JSON
header line, then each of those as a sorted text table ("key<TAB>value,value" per line), uncompressed and
cut into blocks of ``BLOCK_LINES`` lines whose first keys, byte offsets and digests the header lists. The
verifier bisects the header's keys, then checks and decodes one block: a short summary reads a few
hundred blocks of 64 lines, not 3.8 MB. (Format 2 held the same tables in gzipped JSON: gunzip, JSON and splitting every
table took about 40 ms of each `summarizer verify`.)
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from summarizer.verify.lexicon import block_digest  # the one definition: the verifier recomputes it

FORMAT = 4
POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# Phrasal verbs are kept as two-word lemmas ("call_off", "put_off"): the verifier reads a verb and the
# particle after it as one word. Only these particles (WordNet's most common) and only verbs.
PARTICLES = frozenset("up out off down in on over away around back through together along apart forth aside forward for into".split())
# Of those, prepositions that make a phrasal verb ("look for" is search, "look into" investigate) but
# as often only bring in an object ("asked for speed bumps", "paid for the deal"): a verb read with one
# keeps its own word too, to be matched by where the phrasal verb is matched by nothing.
LOOSE_PARTICLES = frozenset("for into".split())
# Verb-and-noun idioms are kept as two-word lemmas too ("take_part" is participate, "take_place" happen,
# "give_way" collapse): without them "took part" is two words with no counterpart in "participated".
# Only where the pair reads as a verb and its bare noun: the noun is a WordNet noun and no adjective
# ("take_five", "fall_short" and "go_wrong" are not kept), the verb is not an auxiliary ("be_born",
# "have_words"), and the first word is tagged as a verb more often than as anything else in WordNet's
# sense counts, so a compound noun WordNet also lists as a verb ("machine_gun", "tape_record") is not
# read into a text's "machine gun". Words that are also letters or pronouns ("as", "at", "it") are no nouns here.
IDIOM_AUXILIARIES = frozenset("be have do".split())
IDIOM_NOT_NOUNS = frozenset("a as at i it".split())
ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "summarizer" / "verify" / "data"
OUT_NAME = "wordnet.txt"
# The earlier name of the file (format 2): main() drops it from the manifest when it writes the new one.
OLD_NAMES = ("wordnet.json.gz",)
# Lines per block: a look-up decodes one block (~64 × 16 bytes); the header lists ~3,700 blocks.
BLOCK_LINES = 64


def _data_lines(path: Path):
    with path.open(encoding="latin-1") as f:
        for line in f:
            if not line.startswith("  "):  # the licence header lines start with two spaces
                yield line


def _parse_data_line(line: str):
    fields = line.split(" | ", 1)[0].split()
    offset, _lexfile, ss_type, w_cnt = fields[0], fields[1], fields[2], int(fields[3], 16)
    words = []
    i = 4
    for _ in range(w_cnt):
        word = fields[i]
        if ss_type in "as" and "(" in word:  # adjective markers: "galore(ip)"
            word = word[: word.index("(")]
        words.append(word)
        i += 2
    p_cnt = int(fields[i])
    i += 1
    pointers = []
    for _ in range(p_cnt):
        symbol, target, pos, source_target = fields[i : i + 4]
        pointers.append((symbol, target, "a" if pos == "s" else pos, int(source_target[:2], 16), int(source_target[2:], 16)))
        i += 4
    return offset, ss_type, words, pointers


def _tagged_counts(path: Path) -> dict[str, int]:
    """Each lemma of an index file with how often its senses were tagged in WordNet's corpus."""
    counts = {}
    for line in _data_lines(path):
        fields = line.split()
        pointer_count = int(fields[3])
        counts[fields[0]] = int(fields[5 + pointer_count])
    return counts


def idiom_lemmas(wordnet: Path) -> frozenset[str]:
    """The verb-and-noun idioms kept as lemmas (see IDIOM_AUXILIARIES): "take_part", "give_rise"."""
    counts = {name: _tagged_counts(wordnet / f"index.{name}") for name in POS_FILES.values()}
    verbs, nouns = counts["verb"], counts["noun"]
    kept = set()
    for lemma in verbs:
        parts = lemma.split("_")
        if len(parts) != 2 or parts[1] in PARTICLES:
            continue
        verb, noun = parts
        if verb in IDIOM_AUXILIARIES or verb not in verbs or noun in IDIOM_NOT_NOUNS:
            continue
        if noun in nouns and noun not in counts["adj"] \
                and verbs[verb] > max(counts[name].get(verb, 0) for name in ("noun", "adj", "adv")):
            kept.add(lemma)
    return frozenset(kept)


def build(wordnet: Path) -> dict:
    """Read WordNet's data, index and exception files; return the lexicon as plain data."""
    idioms = idiom_lemmas(wordnet)
    synsets: dict[tuple[str, str], tuple[str, list[str], list]] = {}
    for pos, name in POS_FILES.items():
        for line in _data_lines(wordnet / f"data.{name}"):
            offset, ss_type, words, pointers = _parse_data_line(line)
            synsets[(pos, offset)] = (ss_type, words, pointers)

    def is_instance(key) -> bool:
        return any(p[0] == "@i" for p in synsets[key][2])

    def single(word: str, pos: str = "") -> str | None:
        w = word.lower()
        if "_" in w:
            parts = w.split("_")
            return w if pos == "v" and len(parts) == 2 and (parts[1] in PARTICLES or w in idioms) else None
        return w

    # Ids in a fixed order: part of speech, then offset (the file order).
    # Every synset that is not an instance keeps an id, with or without a single-word lemma: hypernym
    # chains run through multi-word ones ("truck" → motor_vehicle → … → "vehicle").
    kept = [k for k in synsets if not is_instance(k)]
    ids = {k: n for n, k in enumerate(sorted(kept, key=lambda k: ("nvar".index(k[0]), k[1])))}

    lemmas: dict[str, dict[str, list[int]]] = {p: {} for p in POS_FILES}
    for pos, name in POS_FILES.items():
        for line in _data_lines(wordnet / f"index.{name}"):
            fields = line.split()
            lemma = fields[0]
            if "_" in lemma and single(lemma, pos) is None:
                continue
            synset_cnt = int(fields[2])
            offsets = fields[-synset_cnt:]
            found = [ids[(pos, o)] for o in offsets if (pos, o) in ids]
            if found:
                lemmas[pos][lemma] = found

    hypernyms: dict[int, list[int]] = {}
    heads: dict[int, int] = {}
    antonyms: dict[str, dict[str, set[str]]] = {p: {} for p in POS_FILES}
    derived: dict[str, set[str]] = {}
    for key, n in ids.items():
        pos, _ = key
        ss_type, words, pointers = synsets[key]
        ups = sorted({ids[(p[2], p[1])] for p in pointers if p[0] == "@" and (p[2], p[1]) in ids})
        if ups:
            hypernyms[n] = ups
        if ss_type == "s":
            for p in pointers:
                if p[0] == "&" and (p[2], p[1]) in ids:
                    heads[n] = ids[(p[2], p[1])]
        for symbol, target, tpos, src, dst in pointers:
            if symbol not in ("!", "+", "\\", "<") or src == 0:
                continue
            word = single(words[src - 1], pos)
            target_words = synsets.get((tpos, target), (None, [], None))[1]
            if word is None or dst > len(target_words):
                continue
            other = single(target_words[dst - 1], tpos)
            if other is None or other == word:
                continue
            if symbol == "!":
                antonyms[pos].setdefault(word, set()).add(other)
                antonyms[tpos].setdefault(other, set()).add(word)
            else:
                derived.setdefault(word, set()).add(other)
                derived.setdefault(other, set()).add(word)
    # Indirect antonyms ("interim" / "permanent": a satellite is opposed to what its head is opposed to)
    # are kept per head synset, not spread over the satellite's words: "big" is a satellite of a dozen
    # heads in its rarer senses, and opposing it to all their antonyms made "big" the opposite of
    # "potential". The verifier follows only a word's usual senses to their heads.
    head_antonyms: dict[int, set[str]] = {}
    for key, n in ids.items():
        if key[0] != "a" or synsets[key][0] != "a":
            continue
        for symbol, target, tpos, src, dst in synsets[key][2]:
            target_words = synsets.get((tpos, target), (None, [], None))[1]
            if symbol == "!" and 0 < dst <= len(target_words) and (other := single(target_words[dst - 1])):
                head_antonyms.setdefault(n, set()).add(other)

    exceptions: dict[str, dict[str, list[str]]] = {p: {} for p in POS_FILES}
    for pos, name in POS_FILES.items():
        path = wordnet / f"{name}.exc"
        for line in path.read_text(encoding="latin-1").splitlines():
            parts = line.split()
            if len(parts) >= 2 and "_" not in parts[0]:
                bases = [b for b in parts[1:] if "_" not in b]
                if bases:
                    exceptions[pos][parts[0]] = bases

    tables = {f"lemmas/{p}": _table(v) for p, v in lemmas.items()}
    tables["hypernyms"] = _table({str(k): v for k, v in hypernyms.items()})
    tables["heads"] = _table({str(k): [v] for k, v in heads.items()})
    tables.update({f"antonyms/{p}": _table({w: sorted(o) for w, o in v.items()}) for p, v in antonyms.items()})
    tables["head_antonyms"] = _table({str(k): sorted(v) for k, v in head_antonyms.items()})
    tables["derived"] = _table({w: sorted(o) for w, o in derived.items()})
    tables.update({f"exceptions/{p}": _table(v) for p, v in exceptions.items()})
    return {
        "format": FORMAT,
        "source": "Princeton WordNet 3.0",
        "synsets": len(ids),
        "tables": tables,
        "particles": sorted(PARTICLES),
        "loose_particles": sorted(LOOSE_PARTICLES),
        # The nouns of the idioms kept: only a word among these is looked up after a verb as its idiom's.
        "idiom_nouns": sorted({lemma.split("_")[1] for lemma in idioms}),
    }


def _table(rows: dict[str, list]) -> str:
    """One table as text: a line "key<TAB>value,value" per key, sorted by key, so the verifier finds a key
    by bisection without decoding the rest (the whole lexicon as JSON objects took 0.2 s to load and
    ~65 MB; as sorted text it loads in a few ms)."""
    lines = []
    for key in sorted(rows):
        values = [str(v) for v in rows[key]]
        if "\t" in key or "\n" in key or any("," in v or "\n" in v for v in values):
            raise ValueError(f"a lexicon key or value holds a separator: {key!r} {values!r}")
        lines.append(f"{key}\t{','.join(values)}")
    return "\n".join(lines)


def serialise(lexicon: dict) -> bytes:
    """The file's bytes (format 4): a JSON header line (everything but the tables, and per table its
    blocks' first keys, offsets and digests), then every table's lines, block after block. Offsets count
    from the first byte after the header's newline; a table's ``end`` is where its last block ends. Each
    block ends in a newline, so a block is ``body[offsets[i]:next_offset - 1]``; its digest covers those
    bytes. The manifest records the header's sha256, so a check of the header and of each block read
    stands for a check of the whole file (format 3 hashed all 4 MB on every load)."""
    body = bytearray()
    index: dict[str, dict] = {}
    for name, text in lexicon["tables"].items():
        lines = text.split("\n") if text else []
        keys: list[str] = []
        offsets: list[int] = []
        digests: list[str] = []
        for i in range(0, len(lines), BLOCK_LINES):
            block = lines[i:i + BLOCK_LINES]
            keys.append(block[0].split("\t", 1)[0])
            offsets.append(len(body))
            encoded = "\n".join(block).encode("utf-8")
            digests.append(block_digest(encoded))
            body += encoded + b"\n"
        index[name] = {"keys": keys, "offsets": offsets, "digests": digests, "end": len(body)}
    header = {key: value for key, value in lexicon.items() if key != "tables"}
    header["tables"] = index
    return json.dumps(header, separators=(",", ":"), ensure_ascii=True).encode() + b"\n" + bytes(body)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1] if len(argv) > 1 else "/usr/share/wordnet")
    if not (wordnet / "data.noun").is_file():
        print(f"error: {wordnet} holds no WordNet data files (apt-get install wordnet-base)", file=sys.stderr)
        return 2
    lexicon = build(wordnet)
    packed = serialise(lexicon)
    DATA.mkdir(parents=True, exist_ok=True)
    (DATA / OUT_NAME).write_bytes(packed)
    manifest_path = DATA / "MANIFEST.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {"files": {}}
    for old in OLD_NAMES:
        manifest["files"].pop(old, None)
        (DATA / old).unlink(missing_ok=True)
    manifest["files"][OUT_NAME] = {
        "sha256": hashlib.sha256(packed).hexdigest(),
        "header_sha256": hashlib.sha256(packed[: packed.index(b"\n")]).hexdigest(),
        "bytes": len(packed),
        "built_from": "Princeton WordNet 3.0 (Debian wordnet-base, /usr/share/wordnet) by scripts/build_lexicon.py",
        "format": FORMAT,
        "licence": "WORDNET-LICENSE.txt",
    }
    # The hand-kept table and the thresholds are checked too: they decide verdicts as much as WordNet.
    for name in ("lexicon_extra.json", "alignment.json"):
        data = (DATA / name).read_bytes()
        manifest["files"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data),
                                   "built_from": "kept by hand (see its notes and reasons)"}
    manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    counts = {name.split("/")[1]: table.count("\n") + 1 for name, table in lexicon["tables"].items() if name.startswith("lemmas/")}
    print(f"wrote {DATA / OUT_NAME}: {len(packed):,} bytes, {lexicon['synsets']:,} synsets, lemmas {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
