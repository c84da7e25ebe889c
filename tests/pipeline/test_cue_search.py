"""``occurs`` looks for a cue pattern only where one of its first words is: it must answer
what ``bool(pattern.search(text))`` answers, on any text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from giaoviec.normalize import fold
from giaoviec.pipeline import tasks
from giaoviec.pipeline.tasks import occurs

CUES = {
    "asking": (tasks.ASKING, tasks.ASKING_STARTS),
    "directive": (tasks.DIRECTIVE_CUE, tasks.DIRECTIVE_STARTS),
    "finding": (tasks.FINDING_MARKERS, tasks.FINDING_STARTS),
    "past_word": (tasks.PAST_WORD, tasks.PAST_STARTS),
    "past_cue": (tasks.PAST_CUE, tasks.PAST_STARTS),
}
# the cues' words and near misses: glued to a letter, a digit or "_" (no word boundary), cut
# short, spaced out, in capitals
WORDS = ("cần", "phải", "yêu", "cầu", "yêucầu", "đề", "nghị", "đềnghị", "giao", "khẩn",
         "trương", "chủ", "trì", "có", "trách", "nhiệm", "ý", "nghĩa", "đã", "đang", "còn",
         "chưa", "vẫn", "được", "đạt", "tăng", "giảm", "chiếm", "ước", "là", "lào", "giaoo",
         "xgiao", "1giao", "giao1", "_giao", "đãi", "Giao", "GIAO", "Đã", "rà", "soát", "sở",
         "báo", "cáo", "cho", "chỉ", "đạo")
SEPARATORS = (" ", "  ", "", ", ", ". ", "; ", ":", "\n", "\u00a0", "-", "_")


@st.composite
def texts(draw) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)),
                          max_size=14))
    return "".join(w + s for w, s in parts)


@pytest.mark.parametrize("name", sorted(CUES))
def test_every_start_is_a_literal_the_pattern_spells_in_nfc(name):
    pattern, starts = CUES[name]
    for start in starts:
        assert unicodedata.normalize("NFC", start) == start
        assert start in pattern.pattern


@settings(max_examples=500, deadline=None)
@given(texts(), st.sampled_from(sorted(CUES)))
def test_occurs_answers_as_a_search(text, name):
    pattern, starts = CUES[name]
    for candidate in (text, fold(text)):
        assert occurs(pattern, starts, candidate) == bool(pattern.search(candidate))
