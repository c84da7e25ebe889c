"""The normaliser: NFC, removed and replaced characters, exact offset maps, folding."""

from __future__ import annotations

import itertools
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from giaoviec.normalize import fold, normalize_text

VIETNAMESE = ("aăâbcdđeêghiklmnoôơpqrstuưvxy"
              "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
ALPHABET = VIETNAMESE + VIETNAMESE.upper() + " \n\t.,;:-–/|()“”\"'0123456789" + (
    "\u00a0\u200b\u00ad\ufeff\r\uf0b7\u0300\u0301\u0303\u0309\u0323")
texts = st.text(alphabet=ALPHABET, max_size=200)


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
    assert norm.to_raw == sorted(norm.to_raw)


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
