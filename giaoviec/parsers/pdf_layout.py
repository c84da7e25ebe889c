"""Reading order for born-digital PDF pages, from positioned text segments and ruling lines.

Pure geometry, no PDF library: :mod:`giaoviec.parsers.pdf` extracts :class:`Segment` and
:class:`Rule` objects, this module turns each page into items in reading order:

* ruled tables become grid rows (one line per row, cells in column order);
* two-column zones (the header's issuer block beside the Quốc hiệu, "Nơi nhận" beside the
  signature) become a left column then a right column, never interleaved;
* other lines are joined into paragraphs: a paragraph ends at a first-line indent, a list
  marker, a short last line or a wide vertical gap; a paragraph cut by a page break is joined;
* running page numbers become furniture.

Coordinates are PDF points with y growing upwards (``top > bottom``).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from giaoviec.normalize import PRIVATE_USE_GLYPHS
from giaoviec.rx import regex

LIST_MARKER = regex.compile(
    r"^(?:[-+•▪➢*–—✓❖□■" + PRIVATE_USE_GLYPHS + r"]\s"
    r"|\(?\d{1,2}(?:\.\d{1,2})*[.)]\s|\(?[a-zđ][).]\s|[IVXLC]{1,6}[.)]\s"
    r"|(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+)"
)
# ("5)", "(3", "3.": a page number as OCR may read it, in the margin where nothing else is)
PAGE_NUMBER = regex.compile(r"^(?:-\s*)?(?:Trang\s+)?\(?\d{1,3}(?:\s*/\s*\d{1,3})?[.)]?(?:\s*-)?$",
                            regex.IGNORECASE)


@dataclass(slots=True)
class Segment:
    x0: float
    bottom: float
    x1: float
    top: float
    text: str
    size: float = 0.0  # font size when known

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)


@dataclass(slots=True)
class Rule:
    x0: float
    bottom: float
    x1: float
    top: float

    @property
    def horizontal(self) -> bool:
        return (self.top - self.bottom) < 3 and (self.x1 - self.x0) > 10

    @property
    def vertical(self) -> bool:
        return (self.x1 - self.x0) < 3 and (self.top - self.bottom) > 8


@dataclass(slots=True)
class Line:
    pieces: list[Segment]
    top: float
    bottom: float

    @property
    def x0(self) -> float:
        return self.pieces[0].x0

    @property
    def x1(self) -> float:
        return self.pieces[-1].x1

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)

    @property
    def text(self) -> str:
        pieces = self.pieces
        if len(pieces) == 1:
            return pieces[0].text  # most lines: no join to build
        return " ".join(p.text for p in pieces)


# --- items a page yields, in reading order -----------------------------------------------------
@dataclass(slots=True)
class Paragraph:
    lines: list[Line]
    top: float

    @property
    def text(self) -> str:
        return join_lines([ln.text for ln in self.lines])


@dataclass(slots=True)
class GridTable:
    rows: list[list[str]]
    top: float


@dataclass(slots=True)
class ColumnZone:
    left: list[list[str]]  # paragraphs (as lists of line texts) of the left column
    right: list[list[str]]
    top: float


@dataclass(slots=True)
class PageLayout:
    items: list = field(default_factory=list)
    page_numbers: list[str] = field(default_factory=list)


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines. A hyphen glued to the word before it joins without a space
    ("2026-" + "2030", "Số: 2386/SVHTTDL-" + "QLVHGĐ"): Vietnamese words are never hyphenated,
    so a line breaks after such a hyphen only inside a symbol, a code or a range; a dash
    between spaces ("Văn hóa -" + "Điện ảnh") keeps its space."""
    out = ""
    for line in lines:
        line = line.strip()
        if not out:
            out = line
        elif out.endswith("-") and not out.endswith(" -") and line[:1].isalnum():
            out += line
        else:
            out += " " + line
    return out


# --- segments to lines ---------------------------------------------------------------------------
def dedupe_segments(segments: list[Segment]) -> list[Segment]:
    """Drop segments printed twice at almost the same place (fake bold by overprinting)."""
    kept: list[Segment] = []
    for seg in sorted(segments, key=lambda s: (-s.top, s.x0)):
        duplicate = False
        for other in kept[-6:]:
            if other.text == seg.text and _overlap_ratio(other, seg) > 0.7:
                duplicate = True
                break
        if not duplicate:
            kept.append(seg)
    return kept


def _overlap_ratio(a: Segment, b: Segment) -> float:
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.top, b.top) - max(a.bottom, b.bottom)
    if w <= 0 or h <= 0:
        return 0.0
    return (w * h) / min((a.x1 - a.x0) * a.height, (b.x1 - b.x0) * b.height)


def group_lines(segments: list[Segment]) -> list[Line]:
    """Segments sharing a baseline band form a line; pieces close together are merged."""
    lines: list[Line] = []
    for seg in sorted(segments, key=lambda s: (-(s.top + s.bottom) / 2, s.x0)):
        mid = (seg.top + seg.bottom) / 2
        if lines:
            last = lines[-1]
            overlap = min(last.top, seg.top) - max(last.bottom, seg.bottom)
            if overlap > 0.5 * min(last.height, seg.height) or last.bottom < mid < last.top:
                last.pieces.append(seg)
                last.top = max(last.top, seg.top)
                last.bottom = min(last.bottom, seg.bottom)
                continue
        lines.append(Line([seg], seg.top, seg.bottom))
    for line in lines:
        line.pieces = _merge_pieces(sorted(line.pieces, key=lambda s: s.x0))
    return lines


def _merge_pieces(pieces: list[Segment]) -> list[Segment]:
    merged: list[Segment] = []
    for seg in pieces:
        if merged:
            last = merged[-1]
            gap = seg.x0 - last.x1
            if gap < column_gap(last.height):
                sep = "" if gap < 0.2 * last.height or last.text.endswith(" ") else " "
                merged[-1] = Segment(last.x0, min(last.bottom, seg.bottom), max(last.x1, seg.x1),
                                     max(last.top, seg.top), last.text + sep + seg.text,
                                     max(last.size, seg.size))
                continue
        merged.append(seg)
    for seg in merged:
        seg.text = " ".join(seg.text.split())
    return [s for s in merged if s.text]


def column_gap(height: float) -> float:
    """Horizontal gap that separates columns rather than words (justified text stays below)."""
    return max(1.4 * height, 16.0)


# --- tables ---------------------------------------------------------------------------------------
def find_grids(rules: list[Rule]) -> list[tuple[list[float], list[float]]]:
    """Ruled tables as (column edges ascending, row edges descending).

    Rules that touch belong to one table (union-find), whether the producer drew full-width
    lines (LibreOffice) or a box per cell (many others)."""
    rules = [r for r in rules if r.horizontal or r.vertical]
    parent = list(range(len(rules)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(rules):
        for j in range(i + 1, len(rules)):
            if _touch(a, rules[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[Rule]] = {}
    for i, rule in enumerate(rules):
        groups.setdefault(find(i), []).append(rule)
    grids = []
    for group in groups.values():
        cols = _cluster([(r.x0 + r.x1) / 2 for r in group if r.vertical])
        rows = _cluster([(r.top + r.bottom) / 2 for r in group if r.horizontal])
        if len(cols) >= 3 and len(rows) >= 2:  # at least two columns and one row
            grids.append((cols, sorted(rows, reverse=True)))
    return grids


def _touch(a: Rule, b: Rule, tol: float = 3.0) -> bool:
    return (a.x0 - tol <= b.x1 and b.x0 - tol <= a.x1
            and a.bottom - tol <= b.top and b.bottom - tol <= a.top)


def _cluster(values: list[float], tol: float = 2.5) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


def take_grid(segments: list[Segment], cols: list[float], rows: list[float]
              ) -> tuple[GridTable, list[Segment]]:
    """Assign segments inside a grid to cells; return the table and the segments left over."""
    cells: dict[tuple[int, int], list[Segment]] = {}
    rest = []
    for seg in segments:
        cx = (seg.x0 + seg.x1) / 2
        cy = (seg.top + seg.bottom) / 2
        if not (cols[0] <= cx <= cols[-1] and rows[-1] <= cy <= rows[0]):
            rest.append(seg)
            continue
        c = max(i for i in range(len(cols) - 1) if cols[i] <= cx)
        r = max(i for i in range(len(rows) - 1) if rows[i] >= cy)
        cells.setdefault((r, c), []).append(seg)
    table_rows = []
    for r in range(len(rows) - 1):
        row = []
        for c in range(len(cols) - 1):
            segs = cells.get((r, c), [])
            lines = group_lines(segs)
            row.append(join_lines([ln.text for ln in lines]))
        if any(row):
            table_rows.append(row)
    return GridTable(table_rows, rows[0]), rest


# --- zones and paragraphs ------------------------------------------------------------------------
def layout_page(segments: list[Segment], rules: list[Rule], width: float, height: float,
                left_margin: float, right_margin: float) -> PageLayout:
    page = PageLayout()
    segments = dedupe_segments(segments)
    for cols, rows in find_grids(rules):
        table, segments = take_grid(segments, cols, rows)
        if table.rows:
            page.items.append(table)
    lines = group_lines(segments)
    lines = _drop_page_numbers(lines, page, height, width)
    zones, flow = _split_zones(lines, right_margin)
    page.items.extend(zones)
    page.items.extend(_paragraphs(flow, left_margin, right_margin, _line_gap(flow)))
    page.items.sort(key=lambda item: -item.top)
    return page


def _drop_page_numbers(lines: list[Line], page: PageLayout, height: float,
                       width: float) -> list[Line]:
    """The page number, first or last on the page, in its margin. At the top, where Decree
    30 puts it, a scrap of two or three letters centred on the page is one too: OCR reads a
    page number it cannot make out as "si" or "nu", and may read it twice over."""
    keep = []
    for i, line in enumerate(lines):
        edge = i == 0 or i == len(lines) - 1
        in_margin = line.top > height - 72 or line.bottom < 72
        if len(line.pieces) == 1 and ((edge and in_margin and PAGE_NUMBER.match(line.text)) or (
                i <= 1 and line.top > height - 72 and len(line.text) <= 3
                and abs((line.x0 + line.x1) / 2 - width / 2) < 0.1 * width)):
            page.page_numbers.append(line.text)
            continue
        keep.append(line)
    return keep


def _line_gap(lines: list[Line]) -> float:
    """The usual white space between two lines of one paragraph on this page."""
    gaps = [round(a.bottom - b.top, 0) for a, b in itertools.pairwise(lines)
            if len(a.pieces) == 1 and len(b.pieces) == 1 and a.bottom > b.top]
    if not gaps:
        return 4.0
    counts: dict[float, int] = {}
    for g in gaps:
        counts[g] = counts.get(g, 0) + 1
    return min(counts, key=lambda g: (-counts[g], g))


def _full(line: Line, right_margin: float) -> bool:
    return line.x1 >= right_margin - max(2.5 * line.height, 30)


@dataclass(slots=True)
class _ZoneShape:
    """Where the two columns of a zone sit, learnt from its two-piece lines."""

    left_x0: float
    left_x1: float
    right_x0: float
    right_centres: list[float]
    right_width: float

    @classmethod
    def of(cls, line: Line) -> _ZoneShape:
        left, right = line.pieces[0], line.pieces[-1]
        return cls(left.x0, left.x1, right.x0, [(right.x0 + right.x1) / 2], right.x1 - right.x0)

    def learn(self, line: Line) -> None:
        left, right = line.pieces[0], line.pieces[-1]
        self.left_x0 = min(self.left_x0, left.x0)
        self.left_x1 = max(self.left_x1, left.x1)
        self.right_x0 = min(self.right_x0, right.x0)
        self.right_centres.append((right.x0 + right.x1) / 2)
        self.right_width = max(self.right_width, right.x1 - right.x0)

    def side(self, piece: Segment) -> str | None:
        """'left', 'right' or None when the piece belongs to neither column."""
        centre = (piece.x0 + piece.x1) / 2
        right_centre = sum(self.right_centres) / len(self.right_centres)
        if piece.x0 >= self.left_x1 - 2 and (abs(centre - right_centre) <= 0.2 * max(
                self.right_width, 100) or abs(piece.x0 - self.right_x0) <= 5):
            return "right"
        left_centre = (self.left_x0 + self.left_x1) / 2
        if piece.x1 <= self.right_x0 + 2 and (abs(piece.x0 - self.left_x0) <= 5 or abs(
                centre - left_centre) <= 0.25 * max(self.left_x1 - self.left_x0, 100)):
            return "left"
        return None

    def fits(self, line: Line) -> bool:
        return all(self.side(p) is not None for p in line.pieces)


def _split_zones(lines: list[Line], right_margin: float
                 ) -> tuple[list[ColumnZone], list[Line]]:
    """Find runs of lines laid out in two columns; return the zones and the other lines."""
    in_zone = [False] * len(lines)
    zones: list[ColumnZone] = []
    i = 0
    while i < len(lines):
        if len(lines[i].pieces) < 2 or in_zone[i]:
            i += 1
            continue
        shape = _ZoneShape.of(lines[i])
        start = end = i
        while end + 1 < len(lines) and shape.fits(lines[end + 1]) and _near(
                lines[end], lines[end + 1], _allowed_gap(shape, lines[end + 1])) and not (
                _opens_body(lines[end + 1])):
            end += 1
            if len(lines[end].pieces) >= 2:
                shape.learn(lines[end])
        while start > 0 and not in_zone[start - 1] and shape.fits(lines[start - 1]) and _near(
                lines[start - 1], lines[start], 2.5):
            # the last line of a paragraph that ran to the margin is body text, not a column
            if start > 1 and len(lines[start - 2].pieces) == 1 and _full(lines[start - 2],
                                                                         right_margin):
                break
            start -= 1
        left: list[str] = []
        right: list[str] = []
        for k in range(start, end + 1):
            for piece in lines[k].pieces:
                (right if shape.side(piece) == "right" else left).append(piece.text)
            in_zone[k] = True
        zones.append(ColumnZone(_column_paragraphs(left), _column_paragraphs(right),
                                lines[start].top))
        i = end + 1
    return zones, [ln for ln, z in zip(lines, in_zone, strict=True) if not z]


# Lines that open a part of their own, never the rest of a column above them: "Kính gửi:"
# under the header even when it sits right below the header's left column (a long "V/v"
# summary makes that column the taller one); an annex's title in capitals ("KẾ HOẠCH", "PHỤ
# LỤC") right under the signature and the "Nơi nhận" list when no page break comes between
ADDRESS_LINE = regex.compile(r"^\s*kính\s*gửi\b", regex.IGNORECASE)
ANNEX_TITLE = regex.compile(r"^\s*(?:KẾ\s*HOẠCH|PHỤ\s*LỤC|QUY\s*CHẾ|QUY\s*ĐỊNH|DANH\s*MỤC"
                            r"|ĐỀ\s*ÁN|CHƯƠNG\s*TRÌNH|HƯỚNG\s*DẪN|BIỂU|BẢNG)\b")


def _opens_body(line: Line) -> bool:
    return len(line.pieces) == 1 and (ADDRESS_LINE.match(line.text) is not None
                                      or ANNEX_TITLE.match(line.text) is not None)


def _allowed_gap(shape: _ZoneShape, line: Line) -> float:
    """Lines of a column follow closely; only the signer's name comes after the space left
    for the signature and stamp."""
    if all(shape.side(p) == "right" for p in line.pieces):
        return 5.0
    return 2.0


def _near(upper: Line, lower: Line, factor: float) -> bool:
    return upper.bottom - lower.top <= factor * max(upper.height, lower.height)


def _column_paragraphs(lines: list[str]) -> list[list[str]]:
    """Stacked column lines stay separate unless a line plainly continues the one above."""
    paragraphs: list[list[str]] = []
    for text in lines:
        if paragraphs and (_continues(paragraphs[-1][-1], text) or _item_goes_on(
                paragraphs[-1], text)):
            paragraphs[-1].append(text)
        else:
            paragraphs.append([text])
    return paragraphs


def _item_goes_on(paragraph: list[str], text: str) -> bool:
    """A dash item of a column ("- Đoàn Chủ tịch TW Hội LHPN Việt Nam") wrapped onto a line
    without a marker ("(b/c);"): an item of the "Nơi nhận" list ends with ";" or "."."""
    return bool(LIST_MARKER.match(paragraph[0])) and not LIST_MARKER.match(text) and not (
        paragraph[-1].rstrip().endswith((".", ";", ":")))


def _continues(previous: str, text: str) -> bool:
    if LIST_MARKER.match(text) or previous.rstrip().endswith((".", ";", ":")):
        return False
    first = text[:1]
    return previous.rstrip().lower().endswith((",", "-", " và")) or (
        first.isalpha() and first.islower()) or text.lower().startswith("và ")


def _paragraphs(lines: list[Line], left_margin: float, right_margin: float,
                line_gap: float) -> list[Paragraph]:
    out: list[Paragraph] = []
    for line in lines:
        if out and (_same_paragraph(out[-1].lines[-1], line, left_margin, right_margin,
                                    line_gap) or _hanging(out[-1], line, right_margin, line_gap)):
            out[-1].lines.append(line)
        else:
            out.append(Paragraph([line], line.top))
    return out


def _hanging(paragraph: Paragraph, line: Line, right_margin: float, line_gap: float) -> bool:
    """A list item set with a hanging indent ("• Ban Xây dựng Đảng chủ trì ..." in a bullet
    style): its later lines start under its text, right of the bullet and left of where a
    nested item would, and follow a line that ran to the margin."""
    first, prev = paragraph.lines[0], paragraph.lines[-1]
    if len(line.pieces) > 1 or len(prev.pieces) > 1 or not LIST_MARKER.match(first.text):
        return False
    if LIST_MARKER.match(line.text) or _spaced_apart(prev, line, line_gap):
        return False
    return first.x0 + 2 < line.x0 <= first.x0 + 40 and _full(prev, right_margin)


def _spaced_apart(prev: Line, line: Line, line_gap: float) -> bool:
    """More white space between the two lines than inside a paragraph."""
    top = line.top
    if line.height < 0.7 * prev.height:
        # a line of short letters ("sau:") rises less above its baseline: measured from its
        # own top it would stand a paragraph's space below the line before
        top = max(top, line.bottom + prev.height)
    return prev.bottom - top > line_gap + max(2.5, 0.35 * line.height)


def _same_paragraph(prev: Line, line: Line, left_margin: float, right_margin: float,
                    line_gap: float) -> bool:
    if len(line.pieces) > 1 or len(prev.pieces) > 1:
        return False
    if LIST_MARKER.match(line.text) and not _wrapped_at_dash(prev, line, right_margin):
        return False
    if _spaced_apart(prev, line, line_gap):
        return False  # paragraph spacing
    tolerance = max(2.5 * prev.height, 30)
    full = _full(prev, right_margin)
    # a wrapped centred title: the line is nearly as wide as the text column
    wide = (prev.x1 - prev.x0) >= (right_margin - left_margin) - 2.5 * tolerance
    if _all_caps(prev.text) and not _all_caps(line.text):
        return False  # "KẾ HOẠCH" + "Triển khai ...": a wrapped line in capitals goes on in them
    # a centred line keeps clear of both margins; a first line indented from the left runs to
    # the right margin (or, short, ends a sentence of its own: "Căn cứ Luật ...;")
    column_centre = (left_margin + right_margin) / 2
    centred = abs((line.x0 + line.x1) / 2 - column_centre) < 15 and (
        line.x0 > left_margin + 10 and line.x1 < right_margin - 10)
    indented = line.x0 > left_margin + 10 and not centred
    ended = prev.text.rstrip().endswith((".", ":", ";"))
    if full:
        return not indented and not (centred and ended)
    return wide and not indented and not ended


# a dash that joins two words and may open a wrapped line: "các tổ chức chính trị" / "- xã hội
# tỉnh vận động ...", "Hà Nội" / "- Hải Phòng"
WRAPPED_DASH = regex.compile(r"^[-–]\s\p{Ll}")


def _wrapped_at_dash(prev: Line, line: Line, right_margin: float) -> bool:
    """A line that opens with "- " and a word in lower case, after a full line that ends no
    sentence or item: the writer's line broke before the dash of "chính trị - xã hội", which
    is no list item (an item follows a line that ends in ";", "." or ":", or a short one)."""
    return bool(WRAPPED_DASH.match(line.text)) and _full(prev, right_margin) and not (
        prev.text.rstrip().endswith((".", ":", ";", ",", "!", "?")))


def _all_caps(text: str) -> bool:
    """Letters, all of them capitals ("THÔNG BÁO", "I. MỤC ĐÍCH"): at least two."""
    if not text.isupper():
        return False  # a lower-case letter, or no cased one (a C-level answer for most lines)
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
