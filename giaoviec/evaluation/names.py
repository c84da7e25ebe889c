"""When two names of a body or person count as the same, for scoring.

The corpus gold copies names as the document writes them ("UBND xã", "Sở NN&MT", "Bộ
Kếhoạch và Đầu tư" with words run together), while an extractor may give the long form, the
repaired form or a fuller name. Scoring should not punish those differences, so both sides are
brought to one *normal form* before they are compared:

* NFC, lower case, old and new tone placement made equal ("Uỷ" = "Ủy", "hoà" = "hòa");
* surrounding punctuation ("- ...;") and leading honorifics ("đồng chí", "ông", "bà") dropped;
* the common abbreviations replaced by their expansion ("ubnd" -> "ủy ban nhân dân").

Two names then *agree* when one extends the other at the end, at a word boundary ("UBND xã"
agrees with "UBND xã Ân Tường", "UBND tỉnh" does not agree with "Văn phòng UBND tỉnh"). The
comparison is made on the letters and digits alone, so spacing, hyphens and punctuation inside
a name do not matter ("Bộ Kếhoạch" = "Bộ Kế hoạch"); the word boundary is read in the longer
name, so "Bộ Kế" does not agree with "Bộ Kế hoạch" merely because the letters run on.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from giaoviec.normalize import fold
from giaoviec.rx import regex

# Abbreviation as usually written (lower case) -> expansion. Separators written here ("&", "-",
# ",") are optional and may carry spaces in the text: "NN&MT", "NN & MT" and "NNMT" are one.
_ABBREVIATIONS: dict[str, str] = {
    "ubmttq": "ủy ban mặt trận tổ quốc",
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "mttq": "mặt trận tổ quốc",
    "bql": "ban quản lý",
    "kcn": "khu công nghiệp",
    "bch": "bộ chỉ huy",
    "bđbp": "bộ đội biên phòng",
    "vpcp": "văn phòng chính phủ",
    "nn&ptnt": "nông nghiệp và phát triển nông thôn",
    "nn&mt": "nông nghiệp và môi trường",
    "tn&mt": "tài nguyên và môi trường",
    "gd&đt": "giáo dục và đào tạo",
    "kh&cn": "khoa học và công nghệ",
    "kh&đt": "kế hoạch và đầu tư",
    "lđ-tb&xh": "lao động - thương binh và xã hội",
    "vh,tt&dl": "văn hóa, thể thao và du lịch",
    "tt&tt": "thông tin và truyền thông",
    "gtvt": "giao thông vận tải",
}

# Department abbreviations that only mean something right after "Sở" ("Sở TC").
_DEPARTMENTS: dict[str, str] = {
    "tc": "tài chính",
    "xd": "xây dựng",
    "nv": "nội vụ",
    "yt": "y tế",
    "ct": "công thương",
    "tp": "tư pháp",
}

_BEFORE = r"(?<![\p{L}\p{N}])"
_AFTER = r"(?![\p{L}\p{N}])"
_SEPARATOR = r"\s*[&,\-–]?\s*"
_SPACES = regex.compile(r"\s+")
_EDGE_PUNCTUATION = regex.compile(r"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$")
# "Bà Rịa" is a place, not a lady.
_HONORIFICS = regex.compile(r"^(?:(?:đồng chí|đ/c|ông|bà(?! rịa))\s+)+")
_ALNUM_RUN = regex.compile(r"[\p{L}\p{N}]+")


def _abbreviation_pattern(abbreviation: str) -> str:
    """Regex for an abbreviation whose separators may be spaced or left out."""
    parts = regex.split(r"[&,\-]", abbreviation)
    return _SEPARATOR.join(regex.escape(part) for part in parts)


def _build_expander() -> Callable[[str], str]:
    """One alternation over all abbreviations, longest first, so "ubmttq" wins over "mttq"."""
    table = {fold(key): fold(value) for key, value in _ABBREVIATIONS.items()}
    keys = sorted(table, key=len, reverse=True)
    general = regex.compile(
        _BEFORE + "(" + "|".join(_abbreviation_pattern(key) for key in keys) + ")" + _AFTER
    )
    by_pattern = [(regex.compile(_abbreviation_pattern(key) + r"\Z"), table[key]) for key in keys]
    departments = regex.compile(
        _BEFORE + r"sở (" + "|".join(sorted(_DEPARTMENTS)) + ")" + _AFTER
    )

    def expand_general(match: regex.Match) -> str:
        found = match.group(1)
        for pattern, expansion in by_pattern:
            if pattern.match(found):
                return expansion
        return found

    def expand(text: str) -> str:
        text = general.sub(expand_general, text)
        return departments.sub(lambda m: "sở " + fold(_DEPARTMENTS[m.group(1)]), text)

    return expand


_expand_abbreviations = _build_expander()


@lru_cache(maxsize=65536)
def normalize_name(text: str) -> str:
    """The normal form of a name: see the module docstring. Empty for a name with no letters."""
    text = fold(unicodedata.normalize("NFC", text))
    text = _SPACES.sub(" ", text).strip()
    text = _EDGE_PUNCTUATION.sub("", text)
    text = _HONORIFICS.sub("", text)
    text = _expand_abbreviations(text)
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def _letters_and_word_ends(text: str) -> tuple[str, frozenset[int]]:
    """Letters and digits of the normal form, and the lengths at which one of its words ends."""
    words = _ALNUM_RUN.findall(normalize_name(text))
    ends: set[int] = set()
    length = 0
    for word in words:
        length += len(word)
        ends.add(length)
    return "".join(words), frozenset(ends)


def compact_name(text: str) -> str:
    """The normal form reduced to letters and digits: the form that names are compared in."""
    return _letters_and_word_ends(text)[0]


def names_equal(a: str, b: str) -> bool:
    """Exact agreement (document fields): the same letters after normalisation."""
    left, right = compact_name(a), compact_name(b)
    return bool(left) and left == right


def names_agree(a: str, b: str) -> bool:
    """Agreement, allowing one name to extend the other at the end (at a word boundary)."""
    left, left_ends = _letters_and_word_ends(a)
    right, right_ends = _letters_and_word_ends(b)
    if not left or not right:
        return False
    if len(left) > len(right):
        left, right, right_ends = right, left, left_ends
    return right.startswith(left) and len(left) in right_ends


def actor_names(actor: object) -> list[str]:
    """Every name an actor goes by: the name as written and the canonical one, without repeats.

    Gold actors are plain strings; extracted actors are objects with ``name`` and
    ``canonical``. Anything else with text is taken as one name.
    """
    if actor is None:
        return []
    if isinstance(actor, str):
        candidates: Iterable[object] = [actor]
    elif isinstance(actor, dict):
        candidates = [actor.get("name"), actor.get("canonical")]
    else:
        candidates = [getattr(actor, "name", None), getattr(actor, "canonical", None)]
    names: list[str] = []
    for candidate in candidates:
        if isinstance(candidate, str) and candidate.strip() and candidate not in names:
            names.append(candidate)
    return names


def unique_actors(actors: Iterable[object]) -> list[list[str]]:
    """Name lists of the actors, dropping nameless ones and repeats (compared in normal form)."""
    seen: set[str] = set()
    result: list[list[str]] = []
    for actor in actors or []:
        names = actor_names(actor)
        key = compact_name(names[0]) if names else ""
        if key and key not in seen:
            seen.add(key)
            result.append(names)
    return result


def pair_actors(
    gold: Sequence[Sequence[str]],
    predicted: Sequence[Sequence[str]],
    agree: Callable[[str, str], bool] = names_agree,
) -> list[tuple[int, int]]:
    """The largest one-to-one pairing of gold and predicted actors that agree.

    A greedy pairing can lose a pair when names extend one another ("UBND xã" agrees with both
    "UBND xã A" and "UBND xã B"), so this augments paths (Kuhn's algorithm); lists are short.
    """
    edges = [
        [j for j, names in enumerate(predicted) if any(agree(g, p) for g in gold_names
                                                       for p in names)]
        for gold_names in gold
    ]
    owner: dict[int, int] = {}

    def place(i: int, visited: set[int]) -> bool:
        for j in edges[i]:
            if j in visited:
                continue
            visited.add(j)
            if j not in owner or place(owner[j], visited):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        place(i, set())
    return sorted((i, j) for j, i in owner.items())
