"""Words that portals glued together: "thờihạn", "BộGiáo dục", "Ủybannhândân".

Text copied from legal portals loses spaces between syllables. Vietnamese writes one syllable
per word and syllables form a closed set, so a run of letters that is not a syllable but
splits into syllables was glued. We never change the document text (spans must stay exact);
the split only gives the matchers sub-tokens with their own offsets.
"""

from __future__ import annotations

from functools import cache, lru_cache

from giaoviec.parsers.vn_syllables import is_syllable
from giaoviec.resources import load_list
from giaoviec.rx import regex

_CAMEL = regex.compile(r"(?<=[\p{Ll}])(?=[\p{Lu}])")
MAX_SYLLABLE = 8


@lru_cache(maxsize=65536)
def glued_pieces(token: str) -> tuple[tuple[int, int], ...]:
    """[start, end) offsets of the words inside ``token``; one piece when it is not glued."""
    if len(token) < 4 or not token.isalpha() or token.lower() in _loanwords():
        return ((0, len(token)),)
    pieces: list[tuple[int, int]] = []
    start = 0
    for cut in [m.start() for m in _CAMEL.finditer(token)] + [len(token)]:
        part = _syllables(token, start, cut)
        if start and _foreign(token[start:cut], part):
            return ((0, len(token)),)
        pieces.extend(part)
        start = cut
    return tuple(pieces)


@cache
def _loanwords() -> frozenset[str]:
    """Borrowed words written whole ("taxi", "video"): their syllables were never glued."""
    return frozenset(load_list("loanwords.txt"))


def _foreign(word: str, pieces: list[tuple[int, int]]) -> bool:
    """A capitalised inner word that no syllables make up ("Fone", "Fast", "Vietnam") shows
    a brand written with an inner capital ("MobiFone", "VinFast"), not words run together."""
    return (len(pieces) == 1 and len(word) > 1 and word[1:].islower()
            and not _syllable(word.lower()))


def _syllables(token: str, start: int, end: int) -> list[tuple[int, int]]:
    part = token[start:end]
    split = _split_lower(part.lower())
    if split is None:
        return [(start, end)]
    out, pos = [], start
    for length in split:
        out.append((pos, pos + length))
        pos += length
    return out


@lru_cache(maxsize=65536)
def _split_lower(word: str) -> tuple[int, ...] | None:
    """Lengths of the fewest syllables that make up ``word`` (None: leave it whole)."""
    if len(word) < 4 or _syllable(word):
        return None
    best: list[tuple[int, ...] | None] = [None] * (len(word) + 1)
    best[0] = ()
    for end in range(1, len(word) + 1):
        for length in range(1, min(MAX_SYLLABLE, end) + 1):
            prefix = best[end - length]
            if prefix is None or not _syllable(word[end - length:end]):
                continue
            candidate = (*prefix, length)
            if best[end] is None or len(candidate) < len(best[end]):
                best[end] = candidate
    result = best[len(word)]
    if result is None or len(result) < 2 or any(n == 1 for n in result):
        return None  # single letters are rarely real syllables inside glued text
    return result


@lru_cache(maxsize=65536)
def _syllable(word: str) -> bool:
    return is_syllable(word)


_LONG_WORD = regex.compile(r"\p{L}{4,}")


def spaced(text: str) -> str:
    """``text`` with glued words separated, for yes/no checks only (offsets change).

    Glued words are rare, so the stretches between spaces are first only looked up (one
    C-level pass over cached answers); the substitution, a Python call per word, runs when
    one holds a glued word."""
    stretches = text.split()
    answers = list(map(_HOLDS_GLUED.get, stretches))
    if None in answers:
        answers = list(map(_holds_glued, stretches))
    if True not in answers:
        return text
    return _LONG_WORD.sub(lambda m: _spaced_word(m.group()), text)


# _holds_glued's answers, asked with .get (a C-level map, where an lru_cache's bookkeeping
# cost more than the lookup); bounded like the token pieces of giaoviec.pipeline.actors
_HOLDS_GLUED: dict[str, bool] = {}
_HOLDS_GLUED_LIMIT = 65536


def _holds_glued(stretch: str) -> bool:
    """Whether a stretch of text without white space holds a glued word. No letter is white
    space, so each run of letters lies wholly inside one stretch: asking stretch by stretch
    finds what a search of the whole text finds, and a stretch ("các", "ngành,") recurs all
    through a document, where the letter search cost a regex step per character."""
    answer = _HOLDS_GLUED.get(stretch)
    if answer is None:
        if len(_HOLDS_GLUED) >= _HOLDS_GLUED_LIMIT:
            _HOLDS_GLUED.clear()
        answer = _HOLDS_GLUED[stretch] = any(map(_is_glued, _LONG_WORD.findall(stretch)))
    return answer


@lru_cache(maxsize=65536)
def _is_glued(word: str) -> bool:
    return len(glued_pieces(word)) > 1


@lru_cache(maxsize=65536)
def _spaced_word(word: str) -> str:
    return " ".join(word[a:b] for a, b in glued_pieces(word))
