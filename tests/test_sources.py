"""Tests for summarizer.sources: loading files, folders and stdin; sentence ids; boilerplate flags."""

from __future__ import annotations

import os

import pytest
from helpers import SEED_000, SEED_001, SEED_004

from summarizer.errors import InputError, SourceError
from summarizer.sources import id_ranges, load_sources, neighbours, sentence_by_id, sources_from_texts


def write(path, data: bytes | str):
    """Write ``data`` to ``path`` (creating folders) and return the path as a string."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return str(path)


def ids(source) -> list[str]:
    return [s.id for s in source.sentences]


def texts(source) -> list[str]:
    return [s.text for s in source.sentences]


# --- loading -----------------------------------------------------------------------------------


def test_loads_txt_and_md_files_in_the_order_given(tmp_path):
    md = write(tmp_path / "notes.md", "# Notes\nXi urged patience.\n")
    txt = write(tmp_path / "report.txt", "Lee met Xi. They talked for an hour.\n")
    sources = load_sources([md, txt])
    assert [s.number for s in sources] == [1, 2]
    assert [s.path for s in sources] == [md, txt]
    assert texts(sources[0]) == ["Notes", "Xi urged patience."]
    assert ids(sources[0]) == ["1.1", "1.2"]
    assert texts(sources[1]) == ["Lee met Xi.", "They talked for an hour."]
    assert ids(sources[1]) == ["2.1", "2.2"]


def test_sentence_fields_agree_with_the_id(tmp_path):
    path = write(tmp_path / "a.txt", "One fact. Two facts. Three facts.")
    (source,) = load_sources([path])
    third = source.sentences[2]
    assert (third.id, third.source, third.number, third.text) == ("1.3", 1, 3, "Three facts.")
    assert (third.start, third.end) == (21, 33)


def test_folder_is_expanded_sorted_and_recursively(tmp_path):
    folder = tmp_path / "articles"
    b = write(folder / "b.txt", "Bee sentence.")
    a = write(folder / "a.md", "Ay sentence.")
    c = write(folder / "sub" / "c.txt", "Sea sentence.")
    write(folder / "ignored.json", '{"not": "a source"}')
    write(folder / "ignored.pdf", b"%PDF-1.4 not a source")
    sources = load_sources([str(folder)])
    assert [s.path for s in sources] == [a, b, c]
    assert [s.number for s in sources] == [1, 2, 3]
    assert [s.sentences[0].id for s in sources] == ["1.1", "2.1", "3.1"]


def test_file_then_folder_numbers_continue_across_arguments(tmp_path):
    first = write(tmp_path / "first.txt", "First source.")
    folder = tmp_path / "more"
    x = write(folder / "x.txt", "Second source.")
    y = write(folder / "y.txt", "Third source.")
    sources = load_sources([first, str(folder)])
    assert [s.path for s in sources] == [first, x, y]
    assert [s.sentences[0].id for s in sources] == ["1.1", "2.1", "3.1"]


def test_dash_reads_stdin_bytes():
    (source,) = load_sources(["-"], stdin_bytes="Lee met Xi. Xi urged patience.\n".encode())
    assert source.number == 1
    assert texts(source) == ["Lee met Xi.", "Xi urged patience."]
    assert ids(source) == ["1.1", "1.2"]


def test_dash_takes_its_place_among_files(tmp_path):
    a = write(tmp_path / "a.txt", "From the file.")
    sources = load_sources([a, "-"], stdin_bytes=b"From stdin.")
    assert texts(sources[0]) == ["From the file."]
    assert texts(sources[1]) == ["From stdin."]
    assert ids(sources[1]) == ["2.1"]


def test_utf8_bom_is_dropped_and_offsets_index_the_decoded_text(tmp_path):
    path = write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + "First sentence. Second \u201cone.\u201d".encode())
    (source,) = load_sources([path])
    assert source.text == "First sentence. Second \u201cone.\u201d"
    first, second = source.sentences
    assert (first.start, first.end) == (0, 15)
    assert (second.start, second.end) == (16, 29)
    assert source.text[second.start : second.end] == "Second \u201cone.\u201d"


def test_utf8_bom_on_stdin_is_dropped():
    (source,) = load_sources(["-"], stdin_bytes=b"\xef\xbb\xbfOnly sentence.")
    assert source.text == "Only sentence."
    assert source.sentences[0].start == 0


def test_sources_from_texts_numbers_in_order():
    sources = sources_from_texts(["A one. A two.", "B one."])
    assert [ids(s) for s in sources] == [["1.1", "1.2"], ["2.1"]]


def test_a_sentence_is_found_by_its_exact_id_only():
    sources = sources_from_texts(["A one. A two. A three.", "B one."])
    assert sentence_by_id(sources, "1.2").text == "A two."
    assert sentence_by_id(sources, "2.1").text == "B one."
    for missing in ("1.4", "3.1", "1.0", "01.2", "1.02", "1", "1.x", "", "2.1.1"):
        assert sentence_by_id(sources, missing) is None, missing


def test_neighbours_stay_within_the_sentence_s_source():
    sources = sources_from_texts(["A one. A two. A three. A four.", "B one."])
    assert [s.id for s in neighbours(sources, sentence_by_id(sources, "1.1"), 2)] == ["1.1", "1.2", "1.3"]
    assert [s.id for s in neighbours(sources, sentence_by_id(sources, "1.3"), 1)] == ["1.2", "1.3", "1.4"]
    assert [s.id for s in neighbours(sources, sentence_by_id(sources, "2.1"), 2)] == ["2.1"]


def test_id_ranges_join_consecutive_sentences_of_one_source():
    sources = sources_from_texts(["One here. Two here. Three here. Four here. Five here.", "Six here. Seven here."])
    picked = [sentence_by_id(sources, i) for i in ("1.1", "1.2", "1.3", "1.5", "2.1", "2.2")]
    assert id_ranges(picked) == "1.1\u20131.3, 1.5, 2.1\u20132.2"
    assert id_ranges([]) == ""


# --- errors ------------------------------------------------------------------------------------


def assert_source_error(excinfo, name: str) -> None:
    """A SourceError that is an InputError with exit code 2 and a one-line message naming the file."""
    exc = excinfo.value
    assert isinstance(exc, SourceError)
    assert isinstance(exc, InputError)
    assert exc.exit_code == 2
    message = str(exc)
    assert "\n" not in message
    assert name in message


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \n\t\r\n  ",
        b"\xef\xbb\xbf",
        b"\xef\xbb\xbf \n",
        b"Lee met Xi.\x00\x00\x01\x02binary tail",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"caf\xe9 au lait is Latin-1, not UTF-8.",
        b"Truncated multibyte \xe2\x80",
    ],
    ids=["empty", "whitespace", "bom-only", "bom-whitespace", "nul-bytes", "png", "latin-1", "truncated"],
)
def test_unusable_file_raises_source_error_naming_it(tmp_path, data):
    path = write(tmp_path / "bad input.txt", data)
    with pytest.raises(SourceError) as excinfo:
        load_sources([path])
    assert_source_error(excinfo, path)


def test_nul_byte_far_into_the_file_is_still_binary(tmp_path):
    # The requirement: a file with NUL bytes is binary. A NUL after the first few KB is no less so.
    path = write(tmp_path / "late-nul.txt", b"Plain text. " * 1000 + b"\x00\x00 more.")
    with pytest.raises(SourceError) as excinfo:
        load_sources([path])
    assert_source_error(excinfo, path)


def test_missing_file_raises_source_error_naming_it(tmp_path):
    path = str(tmp_path / "nowhere" / "missing.txt")
    with pytest.raises(SourceError) as excinfo:
        load_sources([path])
    assert_source_error(excinfo, path)


def test_missing_file_among_good_ones_is_named(tmp_path):
    good = write(tmp_path / "good.txt", "Fine.")
    missing = str(tmp_path / "missing.md")
    with pytest.raises(SourceError) as excinfo:
        load_sources([good, missing])
    assert_source_error(excinfo, missing)


def test_file_over_the_size_limit_raises_source_error(tmp_path):
    path = write(tmp_path / "big.txt", "A sentence. " * 10)  # 120 bytes
    with pytest.raises(SourceError) as excinfo:
        load_sources([path], max_bytes=100)
    assert_source_error(excinfo, path)


def test_file_at_the_size_limit_loads(tmp_path):
    path = write(tmp_path / "exact.txt", "A sentence. " * 10)  # 120 bytes
    (source,) = load_sources([path], max_bytes=120)
    assert len(source.sentences) == 10


@pytest.mark.parametrize(("data", "problem"), [(b"\xff\xfe not utf-8", "is not valid UTF-8"), (b"", "is empty")],
                         ids=["invalid-utf8", "empty"])
def test_bad_file_inside_a_folder_is_named(tmp_path, data, problem):
    folder = tmp_path / "docs"
    write(folder / "a.txt", "Good.")
    bad = write(folder / "b.txt", data)
    with pytest.raises(SourceError) as excinfo:
        load_sources([str(folder)])
    assert_source_error(excinfo, bad)
    # Still an error, but one that says which folder argument the file came from.
    assert str(excinfo.value).startswith(f"{bad} (in folder {folder}): {problem}")


@pytest.mark.parametrize(
    "data", [b"", b" \n ", b"text\x00with nul", b"\xff\xfe bad utf-8", b"x" * 200],
    ids=["empty", "whitespace", "nul", "invalid-utf8", "too-big"],
)
def test_unusable_stdin_raises_source_error(data):
    with pytest.raises(SourceError) as excinfo:
        load_sources(["-"], stdin_bytes=data, max_bytes=100)
    assert excinfo.value.exit_code == 2
    assert "\n" not in str(excinfo.value)


# --- the seeds, checked by hand ----------------------------------------------------------------

SEED_000_DISCLAIMER = [
    "This content is AI-generated based on source articles.",
    "While we strive for accuracy, errors may occur.",
    "We recommend verifying with the original source.",
]


def test_seed_000_sentences_by_hand():
    (source,) = load_sources([str(SEED_000)])
    by_id = {s.id: s.text for s in source.sentences}
    # 13 lines: 1 + 1 + 2 + 1 + 3 + 1 + 4 + 3 + 1 + 2 + 1 + 1 + 1 = 22
    assert len(source.sentences) == 22
    assert by_id["1.1"] == "Lee Jae-myung Xi Jinping Mediation Request 2026: A Strategic Pivot for Peace"
    assert by_id["1.5"] == "Lee Jae-myung Xi Jinping Mediation Request: Breaking 'Zero Trust'"
    assert by_id["1.6"] == (
        "According to Yonhap News, during a luncheon in Shanghai on January 7, 2026, President Lee "
        "revealed he made the request during Monday's summit in Beijing."
    )
    assert by_id["1.7"].startswith("Lee described inter-Korean relations")
    assert by_id["1.9"] == "Understanding the 'Counterpart's Position'"
    assert by_id["1.11"] == (
        "He noted that South Korea's long-term military offensive actions likely made North Korea "
        '"extremely nervous."'
    )
    assert [by_id["1.14"], by_id["1.15"], by_id["1.16"]] == SEED_000_DISCLAIMER
    assert by_id["1.17"] == "Related Articles"
    assert by_id["1.20"].startswith("On Jan 8, 2026, President Lee Jae Myung visited")
    assert by_id["1.22"].startswith("Explore how the historical trauma")


def test_seed_001_sentences_by_hand_as_second_source():
    first, second = load_sources([str(SEED_000), str(SEED_001)])
    assert len(first.sentences) == 22
    by_id = {s.id: s.text for s in second.sentences}
    # 15 lines: 1 + 2 + 3 + 1 + 2 + 1 + 1 + 3 + 2 + 3 + 1 + 2 + 2 + 2 + 2 = 28
    assert len(second.sentences) == 28
    assert by_id["2.2"] == "Analyzing the Lee Jae Myung Xi Jinping Summit 2026."
    assert by_id["2.4"] == '"All our channels are completely blocked."'
    assert by_id["2.8"] == (
        "The visit marks the first by a South Korean leader to China in six years, aiming to restore "
        "ties damaged since the 2017 deployment of the U.S. THAAD missile defense system."
    )
    assert by_id["2.10"].startswith("Just stopping at the current level\u2014no additional")
    assert by_id["2.11"] == "A Fragile Peace Amidst Missile Tests"
    assert by_id["2.20"] == "Related Articles"


@pytest.mark.parametrize("seed", [SEED_000, SEED_001, SEED_004], ids=["000", "001", "004"])
def test_seed_offsets_are_exact(seed):
    (source,) = load_sources([str(seed)])
    assert source.text == seed.read_text(encoding="utf-8")
    previous_end = 0
    for sentence in source.sentences:
        assert source.text[sentence.start : sentence.end] == sentence.text
        assert previous_end <= sentence.start
        previous_end = sentence.end


def test_seed_004_timeline_entry_keeps_its_trailing_markers():
    (source,) = load_sources([str(SEED_004)])
    entry = next(s.text for s in source.sentences if "meets President Xi Jinping in Beijing" in s.text)
    assert entry.startswith("Jan 7, 2026 \u2013 President Lee Jae Myung meets")
    assert entry.endswith("Korean\u2011Peninsula diplomacy. [1][3][4]")
    assert "[1][3][4]" not in [s.text for s in source.sentences]


# --- boilerplate -------------------------------------------------------------------------------


def test_flag_boilerplate_marks_disclaimer_and_related_block_in_seed_000():
    (source,) = load_sources([str(SEED_000)], flag_boilerplate=True)
    flagged = [s.id for s in source.sentences if s.boilerplate]
    assert flagged == [f"1.{m}" for m in range(14, 23)]
    assert [s.text for s in source.sentences if s.boilerplate][:3] == SEED_000_DISCLAIMER


def test_flag_boilerplate_marks_disclaimer_and_related_block_in_seed_001():
    (source,) = load_sources([str(SEED_001)], flag_boilerplate=True)
    flagged = [s.id for s in source.sentences if s.boilerplate]
    assert flagged == [f"1.{m}" for m in range(17, 29)]


@pytest.mark.parametrize("seed", [SEED_000, SEED_001, SEED_004], ids=["000", "001", "004"])
def test_flag_boilerplate_never_renumbers(seed):
    plain = load_sources([str(SEED_000), str(seed)])
    flagged = load_sources([str(SEED_000), str(seed)], flag_boilerplate=True)
    for p, f in zip(plain, flagged, strict=True):
        assert [(s.id, s.text, s.start, s.end) for s in p.sentences] == [
            (s.id, s.text, s.start, s.end) for s in f.sentences
        ]
        assert not any(s.boilerplate for s in p.sentences)


def test_a_small_size_limit_is_shown_in_bytes_not_as_0_0_mb(tmp_path):
    path = write(tmp_path / "a.txt", "Lee met Xi. They talked at length.")
    with pytest.raises(SourceError) as excinfo:
        load_sources([str(path)], max_bytes=10)
    assert "is 34 bytes, over the limit of 10 bytes" in str(excinfo.value)
    assert "MB" not in str(excinfo.value)


def test_sizes_that_round_alike_are_shown_exactly(tmp_path):
    path = write(tmp_path / "a.txt", "x" * 2050)
    with pytest.raises(SourceError) as excinfo:
        load_sources([str(path)], max_bytes=2048)
    assert "is 2050 bytes, over the limit of 2048 bytes" in str(excinfo.value)


# -- hardening issue, item 9 ------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_is_decoded_not_called_binary(tmp_path, codec):
    text = "Lee met Xi in Beijing. Both praised the talks."
    data = ("\ufeff" + text).encode(codec) if codec == "utf-16-be" else text.encode(codec)  # utf-16 writes its own BOM
    (source,) = load_sources([write(tmp_path / "windows.txt", data)])
    assert source.text == text
    assert [s.text for s in source.sentences] == ["Lee met Xi in Beijing.", "Both praised the talks."]


def test_utf16_without_a_byte_order_mark_is_named_with_how_to_convert(tmp_path):
    path = write(tmp_path / "no-bom.txt", "Lee met Xi in Beijing.".encode("utf-16-le"))
    with pytest.raises(SourceError) as excinfo:
        load_sources([path])
    assert_source_error(excinfo, path)
    assert "UTF-16" in str(excinfo.value) and "iconv" in str(excinfo.value)


def test_a_fifo_is_refused_at_once_instead_of_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(SourceError) as excinfo:  # before the fix, this blocked forever opening the FIFO
        load_sources([str(fifo)])
    assert_source_error(excinfo, str(fifo))
    assert "not a regular file" in str(excinfo.value)
