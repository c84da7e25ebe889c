"""``spaced`` asks stretch by stretch whether a text holds a glued word: it must answer what
a search of the whole text for runs of letters answers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from giaoviec.pipeline.glued import _LONG_WORD, _is_glued, _spaced_word, spaced

PIECES = ("thờihạn", "báocáo", "Ủybannhândân", "BộGiáo", "dục", "các", "ngành,", "rà", "soát",
          "(thờihạn)", "x1thờihạn", "thờihạn2", "hoà", "Hoà", "quý", "báo", "cáo", "1a", "_",
          "\u00a0", "\u2003", "\u0300", "-", ".", ";", "",)
SEPARATORS = (" ", "", "\n", "\t", "\u00a0", "\u3000", "\x1c", ", ")


def _by_search(text: str) -> str:
    """The definition: runs of four letters or more, any of them glued."""
    if not any(map(_is_glued, _LONG_WORD.findall(text))):
        return text
    return _LONG_WORD.sub(lambda m: _spaced_word(m.group()), text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=12))
def test_spaced_answers_as_a_search_of_the_whole_text(parts):
    text = "".join(p + s for p, s in parts)
    assert spaced(text) == _by_search(text)


def test_spaced_separates_glued_words_only():
    assert spaced("đề nghị báo cáo thờihạn.") == "đề nghị báo cáo thời hạn."
    text = "đề nghị báo cáo đúng hạn."
    assert spaced(text) is text


def test_a_borrowed_word_is_not_glued_syllables():
    """"taxi" splits into "ta" + "xi", but it was written whole (loanwords.txt)."""
    assert spaced("các hãng taxi, tivi và video") == "các hãng taxi, tivi và video"
    assert spaced("Taxi thờihạn") == "Taxi thời hạn"
