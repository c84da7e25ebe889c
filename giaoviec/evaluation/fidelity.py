"""How faithfully ingestion keeps a document's words, measured against its reference ``.txt``.

Three figures per document:

* ``bag``: share of the reference words (as a multiset) that the output text contains;
* ``order``: share of the words of ordinary reference lines found in the same order in the
  output (a word-level longest-matching-blocks alignment). Lines holding side-by-side cells
  (" | ") may come out row by row or column by column, so they count only in ``bag``;
* ``cer``: character error rate of the ordinary reference lines: for each line, the edit
  distance to the closest stretch of the output near where its words were aligned (runs of
  spaces count as one space), summed and divided by the lines' length. This is the figure
  that shows what OCR does to letters and tone marks, which ``bag`` and ``order`` (on folded
  words) see only as whole words.

Punctuation is dropped and case folded for the word figures: they are about words, not
typography; the character error rate keeps both.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from giaoviec.normalize import fold
from giaoviec.rx import regex

_WORD = regex.compile(r"[\p{L}\p{N}]+")


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


_SPACES = regex.compile(r"\s+")
WINDOW_SLACK = 12  # characters searched beyond the aligned words, for a line's edges


@dataclass(slots=True)
class Fidelity:
    bag: float
    order: float
    reference_words: int
    cer: float = 0.0


def measure_fidelity(reference: str, output: str) -> Fidelity:
    ref_all = words(reference)
    out_spans = [(m.start(), m.end()) for m in _WORD.finditer(fold(output))]
    out_all = [fold(output[a:b]) for a, b in out_spans]
    if not ref_all:
        return Fidelity(1.0, 1.0, 0)
    ref_counts = Counter(ref_all)
    out_counts = Counter(out_all)
    kept = sum(min(n, out_counts[w]) for w, n in ref_counts.items())
    lines = [line for line in reference.splitlines() if " | " not in line and words(line)]
    ordinary = [w for line in lines for w in words(line)]
    if not ordinary:
        return Fidelity(kept / len(ref_all), 1.0, len(ref_all))
    matcher = SequenceMatcher(None, ordinary, out_all, autojunk=False)
    aligned: dict[int, int] = {}  # reference word index -> output word index
    for block in matcher.get_matching_blocks():
        aligned.update((block.a + k, block.b + k) for k in range(block.size))
    order = len(aligned) / len(ordinary)
    cer = _character_error_rate(lines, aligned, out_spans, output)
    return Fidelity(kept / len(ref_all), order, len(ref_all), cer)


def _character_error_rate(lines: list[str], aligned: dict[int, int],
                          out_spans: list[tuple[int, int]], output: str) -> float:
    errors = total = 0
    first = 0  # index of the line's first word among the ordinary words
    for line in lines:
        count = len(words(line))
        target = _SPACES.sub(" ", line.strip())
        hits = [aligned[i] for i in range(first, first + count) if i in aligned]
        first += count
        total += len(target)
        if not hits:
            errors += len(target)  # none of its words came out: all of it is lost
            continue
        start = max(0, out_spans[min(hits)][0] - WINDOW_SLACK)
        end = out_spans[max(hits)][1] + WINDOW_SLACK
        errors += _closest_distance(target, _SPACES.sub(" ", output[start:end]))
    return errors / total if total else 0.0


def _closest_distance(needle: str, haystack: str) -> int:
    """Smallest edit distance between ``needle`` and any stretch of ``haystack``
    (a match may start and end anywhere in it)."""
    previous = [0] * (len(haystack) + 1)  # row 0: starting anywhere is free
    for i, ch in enumerate(needle, start=1):
        current = [i] + [0] * len(haystack)
        for j, other in enumerate(haystack, start=1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1,
                             previous[j - 1] + (ch != other))
        previous = current
    return min(previous)
