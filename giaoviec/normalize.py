"""Unicode normalisation, once, at ingestion, with exact maps between raw and clean offsets.

Why here and only here: every span the tool outputs points into the normalised text, so the
text must never change after ingestion. What changes:

* NFC composition (documents arrive decomposed: "Ủ" as U + combining marks);
* zero-width characters, soft hyphens and control characters are removed;
* non-breaking and other fixed-width spaces become plain spaces; CR LF and CR become LF;
* symbol-font private-use glyphs (Word's "" bullet from the Symbol font) become the
  character a reader sees ("•").

Quotes, dashes and runs of spaces are kept: runs of spaces separate the header's columns in
text copied from portals.

:func:`fold` gives the *matching* form of a text: same length, lower case, and the old and new
tone placements made equal ("hoà" = "hòa", "uỷ" = "ủy"), so that a match found in the folded
text is a span of the original.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from giaoviec.rx import regex

# Symbol / Wingdings glyphs as they come out of Word and PDF text layers.
_PRIVATE_USE = {
    "\uf0b7": "•",  # Symbol bullet
    "\uf0a7": "▪",  # Wingdings small square
    "\uf0d8": "➢",  # Wingdings arrowhead
    "\uf0fc": "✓",
    "\uf076": "❖",
    "\uf0e0": "→",
    "\uf02d": "-",
    "\uf02a": "*",
    "\uf0a8": "□",
    "\uf06e": "■",
    "\uf0b2": "•",
}
# those glyphs as a regex class body: a PDF's lines reach the layout before normalisation
PRIVATE_USE_GLYPHS = "".join(_PRIVATE_USE)
_REMOVE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_SPACES = "\u00a0\u2000-\u200a\u202f\u205f\u3000"  # a regex class body
_SPACE_SET = {"\u00a0", "\u202f", "\u205f", "\u3000"} | {chr(c) for c in range(0x2000, 0x200B)}
_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
# what _replacement gives the special characters it replaces one for one
_ONE_FOR_ONE = {**dict.fromkeys(_SPACE_SET, " "), **_PRIVATE_USE}
_ONE_FOR_ONE_CHARACTERS = frozenset(_ONE_FOR_ONE)

_SPECIAL = regex.compile(
    r"\r\n?|[" + _REMOVE + _CONTROL + r"]|[" + _SPACES + r"]|[\uf020-\uf0ff]|\P{M}\p{M}+|\p{M}+"
)
# The characters a _SPECIAL match starts with, or (a letter followed by marks) carries second.
_QUICK = regex.compile(r"[\r" + _REMOVE + _CONTROL + _SPACES + r"\uf020-\uf0ff\p{M}]")
# Characters that are never _QUICK (tests/parsers/test_normalize.py checks every one): ASCII,
# Latin letters, Vietnamese precomposed letters, general punctuation. Stdlib ``re`` strips runs
# of them about 20 times faster than ``regex`` scans a text with \p{M}.
_NEVER_QUICK = re.compile("[\t\n -~\u00a1-\u00ac\u00ae-\u02ff\u1e00-\u1eff\u2010-\u2027"
                          "\u2030-\u205e]+")


@dataclass(slots=True)
class NormalizedText:
    """Clean text with both offset maps (``None`` when the text did not change; a ``range``
    when it changed without moving an offset)."""

    text: str
    to_raw: Sequence[int] | None  # len(text) + 1 entries
    from_raw: Sequence[int] | None  # len(raw) + 1 entries

    def clean_offset(self, raw_offset: int) -> int:
        return raw_offset if self.from_raw is None else self.from_raw[raw_offset]

    def raw_offset(self, clean_offset: int) -> int:
        return clean_offset if self.to_raw is None else self.to_raw[clean_offset]


def _replacement(piece: str) -> str:
    if piece[0] == "\r":
        return "\n"
    if piece in _REMOVE or (len(piece) == 1 and ord(piece) < 0xA0 and piece not in "\t\n"):
        return ""
    if piece in _SPACE_SET:
        return " "
    if "\uf020" <= piece <= "\uf0ff":
        return _PRIVATE_USE.get(piece, "")
    return unicodedata.normalize("NFC", piece)


def normalize_text(raw: str) -> NormalizedText:
    """Normalise ``raw`` and keep maps both ways. Idempotent: normalising twice changes nothing."""
    if raw.isascii() and "\r" not in raw and not regex.search(r"[" + _CONTROL + "]", raw):
        return NormalizedText(raw, None, None)
    quick = _quick_characters(raw)
    if not quick and unicodedata.is_normalized("NFC", raw):
        return NormalizedText(raw, None, None)
    return _one_for_one(raw, quick) or _walk(raw, quick)


def _walk(raw: str, quick: set[str]) -> NormalizedText:
    """The general case: each special match replaced in turn, the maps grown piece by piece."""
    out: list[str] = []
    to_raw: list[int] = []
    from_raw: list[int] = [0] * (len(raw) + 1)
    pos = 0
    clean = 0

    def copy_plain(upto: int) -> None:
        nonlocal pos, clean
        segment = raw[pos:upto]
        if segment and not unicodedata.is_normalized("NFC", segment):
            for ch in segment:  # rare singletons (e.g. U+2126 OHM SIGN) go char by char
                emit(ch, unicodedata.normalize("NFC", ch))
            return
        out.append(segment)
        from_raw[pos:upto] = range(clean, clean + len(segment))
        to_raw.extend(range(pos, upto))
        pos = upto
        clean += len(segment)

    def emit(piece: str, repl: str) -> None:
        nonlocal pos, clean
        for i in range(len(piece)):
            from_raw[pos + i] = clean
        for _ in repl:
            to_raw.append(pos)
        out.append(repl)
        pos += len(piece)
        clean += len(repl)

    for m in special_matches(raw, quick):
        copy_plain(m.start())
        piece = m.group()
        emit(piece, _replacement(piece))
    copy_plain(len(raw))
    from_raw[len(raw)] = clean
    to_raw.append(len(raw))
    text = "".join(out)
    if text == raw:
        return NormalizedText(raw, None, None)
    if not unicodedata.is_normalized("NFC", text):
        # a removed character stood between a letter and its mark ("E\xad\u0300"): compose
        # once more and chain the maps
        again = normalize_text(text)
        if again.to_raw is not None:
            return NormalizedText(again.text, [to_raw[i] for i in again.to_raw],
                                  [again.from_raw[c] for c in from_raw])
    return NormalizedText(text, to_raw, from_raw)


def _one_for_one(raw: str, quick: set[str]) -> NormalizedText | None:
    """The common case, or None: the only special characters are ones replaced one for one
    (Word's Symbol bullet by "•", a no-break space by a space) and the rest is composed
    already. Then no offset moves: the text is a few ``str.replace`` and both maps are the
    identity, kept as a ``range``. The walk made the same maps as lists of ints one piece at
    a time, 0.6 ms of a seed notice's 5 ms ingest.

    Exact: no mark is among ``quick`` (every mark is quick), so every _SPECIAL match is one of
    these characters alone, and the walk would copy each stretch between them unchanged."""
    if not quick or not quick <= _ONE_FOR_ONE_CHARACTERS:
        return None
    stretches = re.split("[" + "".join(map(re.escape, quick)) + "]", raw)
    if not all(unicodedata.is_normalized("NFC", stretch) for stretch in stretches):
        return None  # the walk composes such a stretch character by character
    text = raw
    for special in quick:  # str.replace: str.translate looks up every character
        text = text.replace(special, _ONE_FOR_ONE[special])
    if not unicodedata.is_normalized("NFC", text):
        return None  # the walk composes once more and chains the maps
    identity = range(len(raw) + 1)
    return NormalizedText(text, identity, identity)


def _quick_characters(text: str) -> set[str]:
    """The distinct _QUICK characters of ``text``: only the few left once the common
    characters are stripped need the slow ``regex`` class."""
    return {ch for ch in set(_NEVER_QUICK.sub("", text)) if _QUICK.match(ch)}


def special_matches(raw: str, quick: set[str]) -> Iterator[regex.Match]:
    """``_SPECIAL.finditer(raw)``, run only on windows around the runs of ``quick`` characters.

    Every match starts on a _QUICK character or on the letter before a run of marks (which are
    _QUICK), and ends at most one character past its run ("\r\n"): so a window from the
    character before a run to the one after it holds all the matches near that run, and the
    text between windows holds none."""
    if not quick:
        return
    runs = re.finditer("[" + "".join(re.escape(ch) for ch in sorted(quick)) + "]+", raw)
    start = end = -1
    for run in runs:
        before, after = max(run.start() - 1, 0), min(run.end() + 1, len(raw))
        if before <= end:
            end = after
            continue
        if end != -1:
            yield from _SPECIAL.finditer(raw, start, end)
        start, end = before, after
    if end != -1:
        yield from _SPECIAL.finditer(raw, start, end)


# --- matching form ---------------------------------------------------------------------------

# Old ("hoà", "uỷ") and new ("hòa", "ủy") tone placement in open syllables oa, oe, uy. The
# tone moves from the second vowel to the first; "quý" is excluded because its u belongs to qu.
_TONES = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}
_FIRST = {"o": "òóỏõọ", "u": "ùúủũụ"}
_PAIRS = {("o", "a"), ("o", "e"), ("u", "y")}
_TONE_SWAP: dict[str, str] = {}
for first, second in _PAIRS:
    for tone_index in range(5):
        old = first + _TONES[second][tone_index]
        new = _FIRST[first][tone_index] + second
        _TONE_SWAP[old] = new
_OLD_TONE = regex.compile(r"(?<![q])(" + "|".join(sorted(_TONE_SWAP)) + r")(?!\p{L})")

def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# the vowels whose tone an old placement puts elsewhere: a text without any folds by case alone
_OLD_TONE_VOWELS = tuple("àáảãạèéẻẽẹỳýỷỹỵ")


def fold(text: str) -> str:
    """Matching form: lower case and one tone placement; always the same length as ``text``.
    (The vowels are looked for by a C-level ``map``: fold runs on every actor's name, where a
    generator's steps cost more than the searches.)"""
    lowered = _lower_same_length(text)
    if not any(map(lowered.__contains__, _OLD_TONE_VOWELS)):
        return lowered
    return _OLD_TONE.sub(lambda m: _TONE_SWAP[m.group(1)], lowered)


def without_marks(text: str) -> str:
    """The letters without tone and vowel marks, đ as d ("Đinh" -> "Dinh"): how OCR reads a
    word whose marks it lost, so readings that differ only in marks compare equal."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


# a number OCR read with a letter for a digit: "3l/10/2025", "ngày l1", "l0 ngày", "6l42/UBND"
# (a run of digits and look-alike letters, at least one digit, no letter on either side)
_MISREAD_NUMBER = regex.compile(r"(?<![\p{L}\d])(?=[\dlIiOo]*[lIiOo])(?=[lIiOo]*\d)[\dlIiOo]{2,6}"
                                r"(?![\p{L}\d])")
_AS_DIGITS = str.maketrans("lIiOo", "11100")


# digits to "0", their look-alike letters to "1": a digit beside such a letter shows as "01"
# or "10" in the UTF-8 bytes (no other byte becomes either), found at C speed
_DIGIT_OR_LOOKALIKE = bytes.maketrans(b"0123456789lIiOo", b"000000000011111")


def read_digits(text: str) -> str:
    """``text`` with the numbers OCR misread as letters read as digits ("3l/10/2025" as
    "31/10/2025"), for matching dates and terms; always the same length. Most texts hold no
    digit beside a look-alike letter, which a translation of their bytes tells in a few
    microseconds; only then the pattern searches them."""
    marked = text.encode("utf-8").translate(_DIGIT_OR_LOOKALIKE)
    if b"01" not in marked and b"10" not in marked:
        return text
    if not _MISREAD_NUMBER.search(text):
        return text
    return _MISREAD_NUMBER.sub(lambda m: m.group().translate(_AS_DIGITS), text)


@lru_cache(maxsize=4)
def fold_document(text: str) -> str:
    """:func:`fold` of a whole document text, kept for the few documents in flight: the header,
    closing, sections and task stages all match folded patterns at offsets of the text, and
    folding a seed-size notice costs about 0.3 ms each time."""
    return fold(text)
