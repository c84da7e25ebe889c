"""One reading per name across an OCR'd document.

Tesseract loses or swaps marks most often on big, bold or spaced-out header lines ("UY BAN
NHAN DAN" above a body that says "Ủy ban nhân dân"; "Định Quang Huy" in the title, "Đinh Quang
Huy" twice in the text). A document names the same bodies, people and places many times, so
its own majority reading is the best evidence of how a name is spelt: every stretch of two to
four words with a capital is grouped with the stretches that differ from it only in marks
(d/đ included), and a reading that occurs at least twice and more often than any other one
replaces the others, keeping each occurrence's capitals. Words that differ in letters ("Ea
Tul" / "Ea Tui") are different names to this rule and are left alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import pairwise

from giaoviec.normalize import fold, without_marks
from giaoviec.parsers.pdf_layout import Segment
from giaoviec.rx import regex

WORD = regex.compile(r"\p{L}+")
LONGEST, SHORTEST = 4, 2
MIN_MAJORITY = 2


def bare(words: Iterable[str]) -> str:
    """Lower case without marks ("Đinh Quang" -> "dinh quang"): the key readings share."""
    return without_marks(" ".join(words).lower())


def _stretches(text: str) -> Iterable[tuple[int, int, list[str]]]:
    """Every run of 2-4 words of a line that has a capital: (start, end, words)."""
    words = list(WORD.finditer(text))
    for n in range(LONGEST, SHORTEST - 1, -1):
        for k in range(len(words) - n + 1):
            run = words[k:k + n]
            if any(text[a.end():b.start()].strip() for a, b in pairwise(run)):
                continue  # punctuation between: not one name
            if any(w.group()[0].isupper() for w in run):
                yield run[0].start(), run[-1].end(), [w.group() for w in run]


def majority_readings(texts: list[str]) -> dict[str, str]:
    """bare key -> the reading (lower case) to use, for the keys read more than one way.
    Readings that differ only in where the tone mark sits ("Uỷ" / "Ủy") are one reading."""
    counts: dict[str, Counter[str]] = {}
    spellings: dict[str, Counter[str]] = {}
    for text in texts:
        for _, _, words in _stretches(text):
            reading = " ".join(words).lower()
            counts.setdefault(bare(words), Counter())[fold(reading)] += 1
            spellings.setdefault(fold(reading), Counter())[reading] += 1
    chosen = {}
    for key, readings in counts.items():
        if len(readings) < 2:
            continue
        (best, top), (_, second) = readings.most_common(2)
        if top >= MIN_MAJORITY and top > second:
            chosen[key] = spellings[best].most_common(1)[0][0]
    return chosen


def _same_case(reading: str, like: str) -> str:
    """``reading`` with the capitals of ``like`` (same length word for word)."""
    if like.isupper():
        return reading.upper()
    out = []
    for new, old in zip(reading.split(" "), like.split(" "), strict=True):
        out.append(new[:1].upper() + new[1:] if old[:1].isupper() else new)
    return " ".join(out)


def harmonise(text: str, chosen: dict[str, str]) -> str:
    """``text`` with each stretch that has a chosen reading spelt that way."""
    if not chosen:
        return text
    edits: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for start, end, words in _stretches(text):
        reading = chosen.get(bare(words))
        current = " ".join(words)
        if reading is None or fold(reading) == fold(current.lower()) or any(
                start < b and a < end for a, b in taken):
            continue
        if text[start:end] != current:  # words not single-spaced: leave the layout alone
            continue
        edits.append((start, end, _same_case(reading, current)))
        taken.append((start, end))
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def harmonise_pages(pages: list[list[Segment]]) -> None:
    """Apply the document's majority readings to every OCR'd segment, in place."""
    segments = [s for page in pages for s in page]
    chosen = majority_readings([s.text for s in segments])
    for segment in segments:
        segment.text = harmonise(segment.text, chosen)
