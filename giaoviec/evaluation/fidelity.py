"""How faithfully ingestion keeps a document's words, measured against its reference ``.txt``.

Two figures per document:

* ``bag``: share of the reference words (as a multiset) that the output text contains;
* ``order``: share of the words of ordinary reference lines found in the same order in the
  output (a word-level longest-matching-blocks alignment). Lines holding side-by-side cells
  (" | ") may come out row by row or column by column, so they count only in ``bag``.

Punctuation is dropped and case folded: the measure is about words, not typography.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

import regex

from giaoviec.normalize import fold

_WORD = regex.compile(r"[\p{L}\p{N}]+")


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


@dataclass(slots=True)
class Fidelity:
    bag: float
    order: float
    reference_words: int


def measure_fidelity(reference: str, output: str) -> Fidelity:
    ref_all = words(reference)
    out_all = words(output)
    if not ref_all:
        return Fidelity(1.0, 1.0, 0)
    ref_counts = Counter(ref_all)
    out_counts = Counter(out_all)
    kept = sum(min(n, out_counts[w]) for w, n in ref_counts.items())
    ordinary = [w for line in reference.splitlines() if " | " not in line for w in words(line)]
    if ordinary:
        matcher = SequenceMatcher(None, ordinary, out_all, autojunk=False)
        in_order = sum(block.size for block in matcher.get_matching_blocks())
        order = in_order / len(ordinary)
    else:
        order = 1.0
    return Fidelity(kept / len(ref_all), order, len(ref_all))
