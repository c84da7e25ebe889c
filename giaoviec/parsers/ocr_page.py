"""One page image to the same geometry a born-digital PDF page gives: segments and rules.

This is what lets a scan share :func:`giaoviec.parsers.pdf_layout.layout_page` with
born-digital PDFs, so that paragraphs, the two-column header and closing zones, tables and
page-break joining behave the same whatever the source. Steps, all in numpy:

1. straighten a page that holds a ruled table (scanners tilt it by a few tenths of a degree,
   enough to turn a table border into a staircase); a page of text is read as scanned, since
   turning it costs letters in small print and Tesseract copes with the tilt;
2. find the ruling lines (long thin dark runs), keep them as :class:`Rule` objects in PDF points
   and paint them white, so that Tesseract neither reads them as "|" or "_" nor lets them
   disturb the letters of the table cells;
3. OCR the page (:mod:`giaoviec.parsers.tesseract`), drop specks, put back the dashes and
   end marks that sparse-text mode leaves out (:mod:`giaoviec.parsers.ocr_marks`), correct
   (:mod:`giaoviec.parsers.ocr_correction`), then cut each Tesseract line into
   :class:`Segment` pieces wherever a gap is as wide as a column gap: Tesseract happily reads
   "VĂN PHÒNG" and "Độc lập - Tự do - Hạnh phúc" as one line, our layout code splits columns.

Each piece gets a box built from the line's baseline and text height rather than from the ink,
so that "xa" and "Hạnh" on one line share a box as the runs of a PDF line do.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from giaoviec.parsers.ocr_correction import correct_line, neighbours
from giaoviec.parsers.ocr_marks import recover_marks
from giaoviec.parsers.pdf_layout import Rule, Segment, column_gap
from giaoviec.parsers.tesseract import TextLine, Word, recognise

MAX_SKEW = 3.0  # degrees; beyond this the page was scanned sideways and we leave it be
RULE_THICKNESS = 3.0  # points: a table border or underline is thinner than this
RULE_MIN_LENGTH = (20.0, 15.0)  # points, horizontal and vertical: longer than any glyph stroke
RULE_CELL_HEIGHT = 9.0  # points: a vertical border of a one-line row, between two horizontal ones
CORRECT = True  # post-correction of Tesseract's words (giaoviec.parsers.ocr_correction)


@dataclass(slots=True)
class OcrPage:
    """What one page yields: geometry for the layout code, words for confidences."""

    segments: list[Segment]
    rules: list[Rule]
    width: float  # points
    height: float
    words: list[Word] = field(default_factory=list)
    skew: float = 0.0  # degrees the page was turned back by


def read_page(exe: str, gray: np.ndarray, dpi: float, psm: int) -> OcrPage:
    """OCR one grayscale page image rendered at ``dpi``."""
    scale = dpi / 72.0
    gray, skew, rules, cleaned = straighten(gray, scale)
    lines = recognise(exe, cleaned, dpi=round(dpi), psm=psm)
    height, width = gray.shape[0] / scale, gray.shape[1] / scale
    lines = attach_marks(drop_specks(lines))
    if lines:
        sizes = sorted(line.size for line in lines)
        lines = recover_marks(dark_mask(cleaned), lines, sizes[len(sizes) // 2])
    if CORRECT:
        lines = [correct_line(line, *neighbours(line, lines)) for line in lines]
    segments = to_segments(lines, scale, height, rules)
    words = [w for line in lines for w in line.words]
    return OcrPage(segments, rules, width, height, words, skew)


# --- straightening -------------------------------------------------------------------------------
def dark_mask(gray: np.ndarray) -> np.ndarray:
    """Ink pixels, with Otsu's threshold (scans vary from grey paper to bright white)."""
    hist = np.bincount(gray.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    levels = np.arange(256)
    weight = np.cumsum(hist)
    mean = np.cumsum(hist * levels)
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mean[-1] * weight / total - mean) ** 2 / (weight * (total - weight))
    inner = between[:-1]
    threshold = int(np.nanargmax(inner)) if total and not np.isnan(inner).all() else 127
    return gray <= threshold


def skew_angle(mask: np.ndarray) -> float:
    """The tilt of the text lines in degrees: the shear that makes the row profile sharpest.

    A coarse search runs on every 2nd pixel, the fine one on all of them: sampling every 4th
    pixel aliases a thin table border onto a few sampled rows, and at 200 dpi it read a 0.25
    degree tilt as 0.05, enough to leave a table's inner borders drifting off their column.
    """
    coarse_ys, coarse_xs = np.nonzero(mask[::2, ::2])
    if len(coarse_ys) < 200:
        return 0.0
    coarse = _sharpest(coarse_ys, coarse_xs, np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 0.1))
    ys, xs = np.nonzero(mask)
    return _sharpest(ys, xs, np.arange(coarse - 0.1, coarse + 0.11, 0.02))


def _sharpest(ys: np.ndarray, xs: np.ndarray, angles: np.ndarray) -> float:
    """The angle among ``angles`` whose shear gives the peakiest row profile of the ink."""
    def sharpness(angle: float) -> float:
        shifted = ys - xs * np.tan(np.radians(angle))
        profile = np.bincount((shifted - shifted.min()).astype(np.int64))
        return float(np.dot(profile, profile))

    return round(float(max(angles, key=sharpness)), 2)


def straighten(gray: np.ndarray, scale: float
               ) -> tuple[np.ndarray, float, list[Rule], np.ndarray]:
    """The page to read, the degrees it was turned by, its rules and the page with them
    erased: turned level when it holds a ruled table, else as scanned (see _has_table)."""
    straight, skew = deskew(gray)
    rules, cleaned = find_rules(straight, scale)
    if skew and _has_table(rules, gray.shape[1] / scale):
        return straight, skew, rules, cleaned
    if skew:  # text alone
        rules, cleaned = find_rules(gray, scale)
    return gray, 0.0, rules, cleaned


TABLE_RULE_SHARE = 0.4  # of the page's width: a table border is at least this long
MAX_SKEW_RISE = 0.02  # how far a border may rise over its length on a tilted page (1.1 degree)


def _has_table(rules: list[Rule], width: float) -> bool:
    """Whether the straightened page holds a ruled table, the one thing a slight tilt spoils:
    its borders stop lining up with its cells. A page of text is read as scanned; Tesseract
    copes with the tilt, and a turned page loses letters in small print ("(b/c)" read as
    "(b/€)", measured on the corpus scans)."""
    # (a border tilted by half a degree rises 4 points across a page: its pieces, joined,
    # make a rule a few points tall)
    long_rules = [r for r in rules if r.x1 - r.x0 >= TABLE_RULE_SHARE * width
                  and r.top - r.bottom <= TABLE_RULE_SHARE * width * MAX_SKEW_RISE]
    return len(long_rules) >= 2


def deskew(gray: np.ndarray) -> tuple[np.ndarray, float]:
    """The page turned level (unchanged below 0.1 degree, where it changes nothing).

    A scanner's tilt is a fraction of a degree, so the turn is made as two shears by whole
    pixels, columns up or down and then rows left or right: no pixel is interpolated, and the
    letters keep the sharp edges Tesseract reads best. (An interpolated rotation blurred the
    bold header cells enough to cost words: "chủ trì" came back as "chủ tn".)
    """
    angle = skew_angle(dark_mask(gray))
    if abs(angle) < 0.1 or abs(angle) >= MAX_SKEW:
        return gray, 0.0
    return _shear(_shear(gray, angle, axis=0), -angle, axis=1), angle


def _shear(gray: np.ndarray, angle: float, axis: int) -> np.ndarray:
    """Each column (axis 0) or row (axis 1) shifted along itself by ``tan(angle)`` times its
    distance from the middle, in whole pixels; what comes in from outside is blank paper."""
    lines, length = (gray.shape[1], gray.shape[0]) if axis == 0 else gray.shape
    shift = np.rint((np.arange(lines) - lines / 2) * np.tan(np.radians(angle))).astype(np.int32)
    along = np.arange(length, dtype=np.int32)
    source = along[None, :] + shift[:, None]  # for each line, where its pixels come from
    inside = (source >= 0) & (source < length)
    image = gray.T if axis == 0 else gray
    picked = np.take_along_axis(image, source.clip(0, length - 1), axis=1)
    paper = int(np.median(gray[::8, ::8]))
    out = np.where(inside, picked, np.uint8(paper))
    return np.ascontiguousarray(out.T if axis == 0 else out)


# --- ruling lines --------------------------------------------------------------------------------
def find_rules(gray: np.ndarray, scale: float) -> tuple[list[Rule], np.ndarray]:
    """Table borders and underlines in points, and the image with them painted white."""
    mask = dark_mask(gray)
    thick = max(2, round(RULE_THICKNESS * scale))
    height = gray.shape[0] / scale
    cleaned = gray.copy()
    rules = []
    for r0, r1, c0, c1 in _strokes(mask, round(RULE_MIN_LENGTH[0] * scale), thick):
        rules.append(Rule(c0 / scale, height - r1 / scale, c1 / scale, height - r0 / scale))
        cleaned[max(r0 - 1, 0):r1 + 1, max(c0 - 1, 0):c1 + 1] = 255
    horizontal = list(rules)
    reach = 2.0 / scale + 0.5  # points: two pixels, and half a point for a border's width
    for c0, c1, r0, r1 in _strokes(mask.T, round(RULE_CELL_HEIGHT * scale), thick):
        rule = Rule(c0 / scale, height - r1 / scale, c1 / scale, height - r0 / scale)
        if r1 - r0 < RULE_MIN_LENGTH[1] * scale and not _between_rules(rule, horizontal, reach):
            continue  # a short upright stroke is a glyph's, unless it joins two borders
        rules.append(rule)
        cleaned[max(r0 - 1, 0):r1 + 1, max(c0 - 1, 0):c1 + 1] = 255
    return _joined(rules, 1.5 / scale), cleaned


def _between_rules(rule: Rule, horizontal: list[Rule], slack: float) -> bool:
    """An upright stroke that runs from one horizontal border to another: the border between
    two cells of a row only one line high, shorter than a vertical rule must otherwise be."""
    def meets(y: float) -> bool:
        return any(h.x0 - slack <= rule.x0 and rule.x1 <= h.x1 + slack
                   and h.bottom - slack <= y <= h.top + slack for h in horizontal)

    return meets(rule.top) and meets(rule.bottom)


def _joined(rules: list[Rule], slack: float) -> list[Rule]:
    """The rules with the pieces of one line made one again: where a border steps by a pixel
    (a page turned by whole-pixel shears, or printed slightly askew), the stretch after the
    step comes out as a second rule beside or over the first."""
    out: list[Rule] = []
    for rule in sorted(rules, key=lambda r: (r.x0, r.bottom)):
        for k, kept in enumerate(out):
            if _pieces_of_one(kept, rule, slack):
                out[k] = Rule(min(kept.x0, rule.x0), min(kept.bottom, rule.bottom),
                              max(kept.x1, rule.x1), max(kept.top, rule.top))
                break
        else:
            out.append(rule)
    return out


def _pieces_of_one(a: Rule, b: Rule, slack: float) -> bool:
    """Two rules of one direction that touch end to end or lie one over the other."""
    if a.horizontal and b.horizontal:
        return (a.bottom - slack <= b.top and b.bottom <= a.top + slack
                and b.x0 <= a.x1 + slack and a.x0 <= b.x1 + slack)
    if a.vertical and b.vertical:
        return (a.x0 - slack <= b.x1 and b.x0 <= a.x1 + slack
                and b.bottom <= a.top + slack and a.bottom <= b.top + slack)
    return False


def _strokes(mask: np.ndarray, min_length: int, max_thickness: int
             ) -> list[tuple[int, int, int, int]]:
    """Thin bands of long runs along axis 1: (row0, row1, col0, col1), ends exclusive."""
    bridged = mask.copy()
    bridged[:, 1:-1] |= mask[:, :-2] & mask[:, 2:]  # a one-pixel break in a printed line
    padded = np.zeros((mask.shape[0], mask.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = bridged
    step = np.diff(padded, axis=1)
    rows, starts = np.nonzero(step == 1)
    _, ends = np.nonzero(step == -1)
    keep = ends - starts >= min_length
    open_bands: list[list[int]] = []
    bands: list[list[int]] = []
    for row, start, end in zip(rows[keep].tolist(), starts[keep].tolist(), ends[keep].tolist(),
                               strict=True):
        still_open = []
        for band in open_bands:
            (still_open if band[1] >= row - 1 else bands).append(band)
        open_bands = still_open
        for band in open_bands:
            overlap = min(end, band[3]) - max(start, band[2])
            if overlap >= 0.5 * min(end - start, band[3] - band[2]):
                band[1] = row + 1
                band[2], band[3] = min(band[2], start), max(band[3], end)
                break
        else:
            open_bands.append([row, row + 1, start, end])
    bands.extend(open_bands)
    return [(b[0], b[1], b[2], b[3]) for b in bands if b[1] - b[0] <= max_thickness]


# --- words to segments ---------------------------------------------------------------------------
def drop_specks(lines: list[TextLine]) -> list[TextLine]:
    """Dust and stains read as punctuation: a mark without letter or digit that is unsure,
    or that no word stands close beside (a "-" before its item and a ";" after its word
    stay; a "." in the margin goes). Likewise a scrap of a letter or two standing alone that
    Tesseract could not read at all (confidence under 10: "nu" for a page number)."""
    sizes = sorted(line.size for line in lines)
    usual = sizes[len(sizes) // 2] if sizes else 0.0
    texts = [w for line in lines for w in line.words if any(ch.isalnum() for ch in w.text)]
    out = []
    for line in lines:
        words = [w for w in line.words if (any(ch.isalnum() for ch in w.text) and not (
                     w.conf < 10 and len(w.text) <= 2 and len(line.words) == 1
                     and not _beside_text(w, texts, usual, sure=False)))
                 or (len(w.text) <= 3 and _beside_text(w, texts, usual, sure=w.conf >= 50))
                 or (w.conf >= 50 and len(w.text) > 3)]
        if words:
            out.append(TextLine(line.left, line.top, line.right, line.bottom, line.slope,
                                line.offset, line.size, words))
    return out


def _beside_text(mark: Word, texts: list[Word], size: float, *, sure: bool) -> bool:
    """A word follows the mark closely (a bullet or dash; kept even when Tesseract is unsure
    of it) or, for a sure mark, precedes it closely (a ";" that Tesseract split off)."""
    for word in texts:
        if word.bottom <= mark.top or mark.bottom <= word.top:
            continue  # not on the same row
        if 0 <= word.left - mark.right <= 2 * size:
            return True
        if sure and 0 <= mark.left - word.right <= 0.6 * size:
            return True
    return False


def attach_marks(lines: list[TextLine]) -> list[TextLine]:
    """Give a line made only of marks ("-", "•") to the text line it stands beside.

    Tesseract measures a baseline from the line's own letters; a lone dash has none, so its
    baseline lands anywhere and the dash joins the line above. Beside its item it shares the
    item's baseline."""
    marks = [ln for ln in lines if not any(ch.isalnum() for w in ln.words for ch in w.text)]
    if not marks:
        return lines
    texts = [ln for ln in lines if ln not in marks]
    out = list(texts)
    for mark in marks:
        middle = (mark.top + mark.bottom) / 2
        target = next((ln for ln in texts if ln.top <= middle <= ln.bottom
                       and 0 <= min(w.left for w in ln.words) - mark.right <= 3 * ln.size),
                      None)
        if target is None:
            out.append(mark)
            continue
        index = out.index(target)
        out[index] = TextLine(target.left, target.top, target.right, target.bottom,
                              target.slope, target.offset, target.size,
                              [*mark.words, *out[index].words])
        texts[texts.index(target)] = out[index]
    return out


def to_segments(lines: list[TextLine], scale: float, page_height: float,
                rules: list[Rule] = ()) -> list[Segment]:
    """Pieces of lines in PDF points (y up), cut where the gap is a column gap or holds a
    table's vertical border: Tesseract reads across a cell border it no longer sees (the
    rules are painted out), and a cell's padding is narrower than a column gap."""
    sizes = sorted(line.size for line in lines)
    usual = sizes[len(sizes) // 2] if sizes else 12 * scale
    borders = [(r.x0 * scale, r.x1 * scale, (page_height - r.top) * scale,
                (page_height - r.bottom) * scale) for r in rules if r.vertical]
    segments = []
    for line in lines:
        # A lone "-" has no sure height, parentheses make one too tall ("(Đã ký)" measured 1.9
        # times the body's and bridged two lines of the list beside it): headings are 1.1-1.2.
        size = min(max(line.size, 0.8 * usual), 1.3 * usual)
        gap = column_gap(size / scale) * scale
        middle = (line.top + line.bottom) / 2
        crossing = [(x0, x1) for x0, x1, top, bottom in borders if top <= middle <= bottom]
        words = sorted(line.words, key=lambda w: w.left)
        piece = [words[0]]
        for word in words[1:]:
            if word.left - piece[-1].right >= gap or any(
                    piece[-1].right - 2 <= x0 and x1 <= word.left + 2 for x0, x1 in crossing):
                segments.append(_segment(piece, line, size, scale, page_height))
                piece = []
            piece.append(word)
        segments.append(_segment(piece, line, size, scale, page_height))
    return segments


def _segment(words: list[Word], line: TextLine, size: float, scale: float,
             page_height: float) -> Segment:
    left, right = words[0].left, words[-1].right
    baseline = line.baseline_at((left + right) / 2)
    top = baseline - 0.8 * size
    bottom = baseline + 0.2 * size
    return Segment(left / scale, page_height - bottom / scale, right / scale,
                   page_height - top / scale, " ".join(w.text for w in words), size / scale)


# --- pages of one document -----------------------------------------------------------------------
def align_pages(read: list[OcrPage], reference: list[Segment]) -> None:
    """Shift scanned pages sideways so that their text starts where the other pages' does.

    A scanner feeds each sheet a few points off (3.5 pt between two pages of one corpus scan),
    while the layout code judges indents against one left margin for the whole document."""
    edges = [left_edge(p.segments) for p in read]
    known = sorted(e for e in edges if e is not None)
    target = left_edge(reference) if reference else (known[len(known) // 2] if known else None)
    if target is None:
        return
    for page, edge in zip(read, edges, strict=True):
        shift = target - edge if edge is not None else 0.0
        if not 0.5 <= abs(shift) <= 30:
            continue
        for seg in page.segments:
            seg.x0 += shift
            seg.x1 += shift
        for rule in page.rules:
            rule.x0 += shift
            rule.x1 += shift


def left_edge(segments: list[Segment]) -> float | None:
    """Where a page's text column starts (None for a page with too few lines to tell): as for
    the whole document (:func:`giaoviec.parsers.pdf._margins`), where the lines that run to
    the right edge start. The most common start of all lines would be the paragraph indent
    on a page of short paragraphs, which then stays a few dozen points off the others."""
    if len(segments) < 5:
        return None
    from giaoviec.parsers.pdf import _margins

    return _margins(segments)[0]


def covered(seg: Segment, others: list[Segment]) -> bool:
    """``seg`` overlaps one of ``others`` (text-layer scraps under an OCR'd page's words)."""
    return any(o.x0 < seg.x1 and seg.x0 < o.x1 and o.bottom < seg.top and seg.bottom < o.top
               for o in others)
