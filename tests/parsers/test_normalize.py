"""The normaliser: NFC, removed and replaced characters, exact offset maps, folding."""

from __future__ import annotations

import itertools
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from giaoviec.normalize import (
    _NEVER_QUICK,
    _QUICK,
    _SPECIAL,
    _one_for_one,
    _quick_characters,
    _walk,
    fold,
    normalize_text,
    read_digits,
    special_matches,
)

VIETNAMESE = ("aăâbcdđeêghiklmnoôơpqrstuưvxy"
              "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
ALPHABET = VIETNAMESE + VIETNAMESE.upper() + " \n\t.,;:-–/|()“”\"'0123456789" + (
    "\u00a0\u200b\u00ad\ufeff\r\uf0b7\u0300\u0301\u0303\u0309\u0323")
texts = st.text(alphabet=ALPHABET, max_size=200)


# control characters, marks after every kind of special character, a line separator, Greek
TRICKY = ALPHABET + "\x01\x7f\x85\u2028\u202f\u3000\u0483\u20dd\u0345ΑωЖ\uf0a7\uf0ff"


@given(st.text(alphabet=TRICKY, max_size=120))
def test_windowed_special_matches_are_the_whole_scan_matches(raw):
    expected = [(m.start(), m.end()) for m in _SPECIAL.finditer(raw)]
    found = [(m.start(), m.end()) for m in special_matches(raw, _quick_characters(raw))]
    assert found == expected


def test_characters_stripped_before_the_quick_scan_are_never_quick():
    stripped = [chr(c) for c in range(0x30000) if _NEVER_QUICK.fullmatch(chr(c))]
    assert len(stripped) > 1000
    assert not [ch for ch in stripped if _QUICK.match(ch)]


@given(texts)
def test_normalising_twice_changes_nothing(raw):
    once = normalize_text(raw).text
    assert normalize_text(once).text == once


@given(texts)
def test_output_is_nfc_without_invisible_characters(raw):
    text = normalize_text(raw).text
    assert unicodedata.is_normalized("NFC", text)
    assert not any(c in text for c in "\u200b\u00ad\ufeff\r\u00a0")


@given(texts)
def test_maps_point_at_the_characters_they_came_from(raw):
    norm = normalize_text(raw)
    text = norm.text
    if norm.to_raw is None:
        assert text == raw
        return
    assert len(norm.to_raw) == len(text) + 1
    assert len(norm.from_raw) == len(raw) + 1
    assert norm.to_raw[-1] == len(raw) and norm.from_raw[-1] == len(text)
    # every span between cluster boundaries is the normalisation of the raw text it maps to
    bounds = [i for i in range(len(text) + 1)
              if i in (0, len(text)) or norm.to_raw[i] != norm.to_raw[i - 1]]
    for s, e in itertools.pairwise(bounds):
        raw_piece = raw[norm.to_raw[s]:norm.to_raw[e]]
        assert normalize_text(raw_piece).text == text[s:e]
    assert list(norm.to_raw) == sorted(norm.to_raw)


def test_decomposed_text_is_composed_and_spans_map_back():
    raw = unicodedata.normalize("NFD", "Ủy ban nhân dân tỉnh")
    norm = normalize_text(raw)
    assert norm.text == "Ủy ban nhân dân tỉnh"
    start = norm.text.index("tỉnh")
    assert raw[norm.raw_offset(start):norm.raw_offset(start + 4)] == unicodedata.normalize(
        "NFD", "tỉnh")


def test_special_spaces_and_symbol_bullets():
    norm = normalize_text("Sở\u00a0Y\u200btế\r\n\uf0b7 Giao")
    assert norm.text == "Sở Ytế\n• Giao"


def test_quotes_dashes_and_space_runs_are_kept():
    raw = "TỈNH UỶ    ĐẢNG CỘNG SẢN – “Nghị quyết”"
    assert normalize_text(raw).text == raw


@given(texts)
def test_fold_keeps_length(text):
    assert len(fold(text)) == len(text)


def test_fold_makes_old_and_new_tone_placement_equal():
    assert fold("Hoà Bình") == fold("Hòa Bình") == "hòa bình"
    assert fold("UỶ BAN") == fold("Ủy ban")
    assert fold("khoẻ") == fold("khỏe")
    assert fold("thuỷ lợi") == fold("thủy lợi")
    assert fold("quý") == "quý"  # the u of "qu" carries no tone
    assert fold("hoàn thành") == "hoàn thành"  # closed syllable: tone stays


@given(st.text(alphabet=TRICKY, max_size=120))
def test_one_for_one_shortcut_gives_what_the_walk_gives(raw):
    quick = _quick_characters(raw)
    shortcut = _one_for_one(raw, quick)
    if shortcut is not None:
        walked = _walk(raw, quick)
        assert shortcut.text == walked.text
        assert list(shortcut.to_raw) == walked.to_raw
        assert list(shortcut.from_raw) == walked.from_raw


@given(st.text(alphabet=" Sở Tài chính\n.\u00a0\u202f\u3000\uf0b7\uf0a7\uf0d8", max_size=80))
def test_one_for_one_shortcut_takes_bullets_and_spaces(raw):
    quick = _quick_characters(raw)
    if quick:
        shortcut = _one_for_one(raw, quick)
        assert shortcut is not None
        assert shortcut.text == _walk(raw, quick).text
        assert list(shortcut.to_raw) == _walk(raw, quick).to_raw


@given(texts)
def test_read_digits_keeps_length(text):
    assert len(read_digits(text)) == len(text)


def test_read_digits_reads_letters_ocr_put_for_digits_in_numbers_only():
    """"3l/10/2025", "ngày l1", "l0 ngày": a number with a look-alike letter; a word that
    holds one ("lúa", "Điều II", "C06") is left alone."""
    assert read_digits("trước ngày 3l/10/2025, ngày l1, trong l0 ngày") == (
        "trước ngày 31/10/2025, ngày 11, trong 10 ngày")
    for kept in ("lúa 10 ha", "Điều II", "Mục lO", "C06", "ngày 20/11/2025"):
        assert read_digits(kept) == kept
