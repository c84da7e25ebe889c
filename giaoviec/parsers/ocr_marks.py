"""Put back the small marks that Tesseract's sparse-text mode leaves out.

``--psm 11`` reads the letters of a scan best (it never mixes the header's two columns or the
closing block's list with the signature), but it drops a line's small marks: on a corpus page
it kept 12 of the 20 periods, colons and semicolons that end a line, and the dash before some
list items. Those marks carry structure (a "-" starts a recipient or a task, a "." or ";" ends
one), so they are looked for in the pixels where they would be:

* a dash: one short, flat bar left of a line's first word, at half the height of small letters;
* after a line's last word: one small blob on the baseline (".") or going below it (","), or
  two stacked small blobs (":" or ";").

Anything taller than a mark is a letter and is left alone.
"""

from __future__ import annotations

import numpy as np

from giaoviec.parsers.tesseract import TextLine, Word

_OPENERS = "-+•–—*·"
_CLOSERS = ".,;:!?)”\"'…/"


def recover_marks(mask: np.ndarray, lines: list[TextLine], usual: float) -> list[TextLine]:
    """``lines`` with the dashes and end marks found in ``mask`` (True = ink) added.

    Only at the ends of a printed line: Tesseract cuts printed lines into pieces, and between
    two pieces of one sentence there is no mark to find."""
    everything = [w for line in lines for w in line.words]
    out = []
    for line in lines:
        words = sorted(line.words, key=lambda w: w.left)
        size = min(max(line.size, 0.8 * usual), 1.3 * usual)
        first, last = words[0], words[-1]
        starts = not _neighbour(everything, first, first.left - 2 * size, first.left)
        ends = not _neighbour(everything, last, last.right + 1, last.right + size)
        if starts and first.text[0] not in _OPENERS and _dash_before(mask, line, first, size):
            gap = round(0.6 * size)
            words.insert(0, Word(first.left - gap, first.top, first.left - round(0.2 * size),
                                 first.bottom, 0.0, "-"))
        if ends and last.text[-1] not in _CLOSERS and any(ch.isalnum() for ch in last.text):
            mark = _mark_after(mask, line, last, size)
            if mark:
                words[-1] = Word(last.left, last.top, last.right, last.bottom, last.conf,
                                 last.text + mark)
        out.append(TextLine(line.left, line.top, line.right, line.bottom, line.slope,
                            line.offset, line.size, words))
    return out


def _neighbour(words: list[Word], word: Word, x0: float, x1: float) -> bool:
    """Another word on the same row reaches into [x0, x1]."""
    return any(o is not word and o.top < word.bottom and word.top < o.bottom
               and o.left < x1 and x0 < o.right for o in words)


def _window(mask: np.ndarray, y0: float, y1: float, x0: float, x1: float
            ) -> tuple[np.ndarray, int, int]:
    top, left = max(int(y0), 0), max(int(x0), 0)
    return mask[top:max(int(y1), top), left:max(int(x1), left)], top, left


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) of each run of True."""
    padded = np.concatenate(([False], flags, [False])).astype(np.int8)
    step = np.diff(padded)
    return list(zip(np.flatnonzero(step == 1).tolist(), np.flatnonzero(step == -1).tolist(),
                    strict=True))


def _dash_before(mask: np.ndarray, line: TextLine, first: Word, size: float) -> bool:
    base = line.baseline_at(first.left)
    region, _, _ = _window(mask, base - 0.9 * size, base + 0.3 * size,
                           first.left - 1.4 * size, first.left - 0.1 * size)
    if not region.size or not region.any():
        return False
    columns = _runs(region.any(axis=0))
    rows = _runs(region.any(axis=1))
    if len(columns) != 1 or len(rows) != 1:
        return False  # nothing, or more than one thing: not a lone dash
    width = columns[0][1] - columns[0][0]
    height = rows[0][1] - rows[0][0]
    middle = rows[0][0] + height / 2 + max(int(base - 0.9 * size), 0)
    return (0.2 * size <= width <= 0.8 * size and height <= 0.15 * size
            and base - 0.55 * size <= middle <= base - 0.15 * size)


def _mark_after(mask: np.ndarray, line: TextLine, last: Word, size: float) -> str | None:
    base = line.baseline_at(last.right)
    region, top, _ = _window(mask, base - 0.8 * size, base + 0.4 * size,
                             last.right + 1, last.right + 0.45 * size)
    if not region.size or not region.any():
        return None
    columns = _runs(region.any(axis=0))
    start, end = columns[0]
    if start > 0.2 * size or end - start > 0.25 * size:
        return None  # too far from the word to belong to it, or too wide for a mark
    glyph = region[:, start:end]
    blobs = [(a + top, b + top) for a, b in _runs(glyph.any(axis=1))]
    if any(b - a > 0.35 * size for a, b in blobs):
        return None  # a letter
    if len(blobs) == 1:
        upper, lower = blobs[0]
        if upper < base - 0.3 * size:
            return None  # a dot up in the air is no full stop
        return "," if lower > base + 0.12 * size else "."
    if len(blobs) == 2 and blobs[0][1] < base - 0.25 * size <= blobs[1][0] - 0.1 * size:
        return ";" if blobs[1][1] > base + 0.12 * size else ":"  # a dot up at x-height
    return None
