"""Born-digital PDF through pypdfium2's text page: fast, with positions.

Measured on the corpus: pdfplumber extracts text at about 55 ms/page and interleaves the two
header columns; pdfium's text page gives positioned text runs ("rects") at about 1 ms/page and
already drops the doubled glyphs of fake bold. We take the runs and the ruling lines of each
page and leave reading order to :mod:`giaoviec.parsers.pdf_layout`.
"""

from __future__ import annotations

import ctypes
import statistics
from collections.abc import Iterator
from contextlib import contextmanager

from giaoviec.document import Document, Furniture
from giaoviec.errors import CorruptInput, EncryptedInput, NoTextLayer
from giaoviec.parsers.builder import DocumentBuilder
from giaoviec.parsers.legacy_fonts import convert_pdf_segments
from giaoviec.parsers.pdf_layout import (
    LIST_MARKER,
    ColumnZone,
    GridTable,
    PageLayout,
    Paragraph,
    Rule,
    Segment,
    join_lines,
    layout_page,
)
from giaoviec.parsers.pdfium_buffers import utf16_buffer


def open_pdf(data: bytes):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise EncryptedInput("password-protected PDF") from exc
        raise CorruptInput(f"corrupt or truncated PDF ({message.rstrip('.')})") from exc


def page_content(page) -> tuple[list[Segment], list[Rule]]:
    """Text runs and thin ruling lines (table borders) of one page (a raw page handle)."""
    import pypdfium2.raw as pdfium_c
    from pypdfium2 import PdfiumError

    textpage = pdfium_c.FPDFText_LoadPage(page)
    if not textpage:
        raise PdfiumError("Failed to load text page.")  # pypdfium2's words, kept for errors
    try:
        segments = _text_segments(textpage)
    finally:
        pdfium_c.FPDFText_ClosePage(textpage)
    return segments, _page_rules(page)


@contextmanager
def _opened_page(pdf, index: int) -> Iterator:
    """A raw page handle, closed after use.

    Raw rather than pypdfium2's page objects, whose finalisers and parent-child bookkeeping
    cost about 90 us per page (0.3 ms of a 3-page notice's ingest)."""
    import pypdfium2.raw as pdfium_c
    from pypdfium2 import PdfiumError

    page = pdfium_c.FPDF_LoadPage(pdf.raw, index)
    if not page:
        raise PdfiumError("Failed to load page.")
    try:
        yield page
    finally:
        pdfium_c.FPDF_ClosePage(page)


def page_size(page) -> tuple[float, float]:
    import pypdfium2.raw as pdfium_c

    return pdfium_c.FPDF_GetPageWidthF(page), pdfium_c.FPDF_GetPageHeightF(page)


def _text_segments(textpage) -> list[Segment]:
    """pdfium's text rectangles, each with the text pdfium finds inside it, line by line.

    Asking pdfium for the text inside a rectangle scans all the page's characters, so asking
    it for every rectangle costs the page's length times its rectangles. pdfium's own text
    of the page, asked once, holds the same characters in the same order with a line break
    ("\\r\\n") between its lines, and a line that is one rectangle is that rectangle's text:
    only the lines of several rectangles (two header columns on one baseline, table cells)
    are asked rectangle by rectangle (corpus: 0.6 -> 0.1 ms per page, the same segments)."""
    import pypdfium2.raw as pdfium_c

    chars = pdfium_c.FPDFText_CountChars(textpage)
    if chars <= 0:
        return []
    page_text = _page_text(textpage, chars)
    if page_text is None:  # UTF-16 surrogates: pdfium counts them otherwise
        return _segments_by_rect(textpage, 0, -1, chars)
    segments: list[Segment] = []
    start = 0
    while start < chars:
        end = page_text.find("\r\n", start)
        end = chars if end == -1 else end
        if end > start:
            segments.extend(_line_segments(textpage, page_text, start, end, chars))
        start = end + 2
    return segments


def _page_text(textpage, chars: int) -> str | None:
    """All the text of the page, one code point per character pdfium counts; None when the
    two disagree."""
    import pypdfium2.raw as pdfium_c

    buffer = utf16_buffer(2 * chars + 1)
    written = pdfium_c.FPDFText_GetText(textpage, 0, chars, buffer)
    text = _bounded_text(buffer, written)
    return text if text is not None and len(text) == chars else None


# a line start counts as the margin when it is at least this share as common as the most
# common start (see _margins)
MARGIN_SHARE = 0.25
# how near the right edge a line ends to count as running to it (points)
FULL_LINE = 30.0

# pdfium's marks for a hyphen that ends a printed line ("Số: 2386/SVHTTDL-" + "QLVHGĐ"): "\x02"
# in a rectangle's text, U+FFFE in the page's. It is the document's own hyphen, not a soft one:
# Vietnamese words are never hyphenated, so the hyphens a line breaks after are those of
# symbols and codes, and they stay.
_LINE_END_HYPHENS = str.maketrans({"\x02": "-", "\ufffe": "-"})


def _with_line_end_hyphens(text: str) -> str:
    """``text`` with pdfium's line-end hyphen marks as hyphens. Looked for first: a translate
    through a table asks it for every character, and few lines hold a mark."""
    if "\x02" in text or "\ufffe" in text:
        return text.translate(_LINE_END_HYPHENS)
    return text


def _line_segments(textpage, page_text: str, start: int, end: int,
                   chars: int) -> list[Segment]:
    """The segments of the characters start..end, one line of the page text."""
    import pypdfium2.raw as pdfium_c

    if pdfium_c.FPDFText_CountRects(textpage, start, end - start) != 1:
        return _segments_by_rect(textpage, start, end - start, chars)
    left, top, right, bottom = _rect(textpage, 0)
    text = _with_line_end_hyphens(page_text[start:end])
    return [Segment(left, bottom, right, top, text)] if text.strip() else []


def _rect(textpage, index: int) -> tuple[float, float, float, float]:
    """Rectangle ``index`` of the last ``FPDFText_CountRects``, in pdfium's order (left,
    top, right, bottom)."""
    import pypdfium2.raw as pdfium_c

    corners = (ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double())
    pdfium_c.FPDFText_GetRect(textpage, index, *map(ctypes.byref, corners))
    return corners[0].value, corners[1].value, corners[2].value, corners[3].value


def _segments_by_rect(textpage, start: int, count: int, chars: int) -> list[Segment]:
    """The rectangles of ``count`` characters from ``start`` (-1: to the page's end), each
    with the text pdfium finds inside it.

    Raw calls rather than pypdfium2's ``get_text_bounded``, which asks pdfium twice per
    rectangle (the length, then the text): one ask into a buffer sized for the whole page."""
    import pypdfium2.raw as pdfium_c

    rects = [_rect(textpage, index)
             for index in range(pdfium_c.FPDFText_CountRects(textpage, start, count))]
    # each character adds at most three code points (a line break before itself), each at
    # most two UTF-16 units; a text cut short lacks its NUL and is asked again
    capacity = 6 * chars + 8
    buffer = utf16_buffer(capacity)
    segments = []
    for ltrb in rects:
        written = pdfium_c.FPDFText_GetBoundedText(textpage, *ltrb, buffer, capacity)
        text = _bounded_text(buffer, written)
        if text is None:
            text = _bounded_text_in_two_asks(textpage, ltrb)
        if text and text.strip():
            left, top, right, bottom = ltrb
            segments.append(Segment(left, bottom, right, top,
                                    _with_line_end_hyphens(text.replace("\r\n", " "))))
    return segments


def _bounded_text(buffer, written: int) -> str | None:
    """The text pdfium wrote (with its closing NUL), or None when it holds UTF-16 surrogates:
    pypdfium2 then cuts the text to pdfium's count of code points, which only
    :func:`_bounded_text_in_two_asks` reproduces exactly."""
    if written <= 0:
        return ""
    try:
        text = ctypes.string_at(buffer, 2 * written).decode("utf-16-le")
    except UnicodeDecodeError:
        return None
    if len(text) != written or not text.endswith("\0"):
        return None
    return text[:-1]


def _bounded_text_in_two_asks(textpage, ltrb: tuple[float, float, float, float]) -> str:
    """pypdfium2's way: ask the length in code points, then fill a buffer of that many units."""
    import pypdfium2.raw as pdfium_c

    length = pdfium_c.FPDFText_GetBoundedText(textpage, *ltrb, None, 0)
    if length <= 0:
        return ""
    buffer = utf16_buffer(length)
    pdfium_c.FPDFText_GetBoundedText(textpage, *ltrb, buffer, length)
    return ctypes.string_at(buffer, 2 * length).decode("utf-16-le", "ignore")


def _page_rules(page) -> list[Rule]:
    """Ruling lines from the page's own path objects (not those inside form XObjects).

    Raw calls: pypdfium2 wraps every page object in a Python object with a finaliser, the
    larger cost on pages of many text objects."""
    import pypdfium2.raw as pdfium_c

    rules = []
    for obj in _objects(page, pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject):
        if pdfium_c.FPDFPageObj_GetType(obj) == pdfium_c.FPDF_PAGEOBJ_PATH:
            rules.extend(_path_rules(obj, pdfium_c))
    return rules


def _objects(parent, count_objects, get_object) -> Iterator:
    """The page objects of a page or form object, failing as pypdfium2's get_objects did."""
    from pypdfium2 import PdfiumError

    count = count_objects(parent)
    if count < 0:
        raise PdfiumError("Failed to get number of pageobjects.")
    for index in range(count):
        obj = get_object(parent, index)
        if not obj:
            raise PdfiumError("Failed to get pageobject.")
        yield obj


def needs_ocr(page, segments: list[Segment]) -> bool:
    """A page to OCR: no text layer (or a token one) but something drawn on it.

    Cheap for the usual page: a text layer of 30 characters or more settles it at once."""
    chars = sum(len(s.text.strip()) for s in segments)
    if chars >= 30:
        return False
    width, height = page_size(page)
    drawn, image_area = _drawing(page)
    if not segments:
        return drawn
    return image_area >= 0.3 * width * height  # a scan with a scanner's stamp in text


def _drawing(page) -> tuple[bool, float]:
    """Whether the page draws anything, and the area of its images: those on the page and
    those one form XObject down, summed in page order."""
    import pypdfium2.raw as pdfium_c

    drawn, image_area = False, 0.0
    for obj in _objects(page, pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject):
        drawn = True
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        image_area += _image_area(obj, kind, pdfium_c)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            for inner in _objects(obj, pdfium_c.FPDFFormObj_CountObjects,
                                  pdfium_c.FPDFFormObj_GetObject):
                image_area += _image_area(inner, pdfium_c.FPDFPageObj_GetType(inner), pdfium_c)
    return drawn, image_area


def _image_area(obj, kind: int, pdfium_c) -> float:
    if kind != pdfium_c.FPDF_PAGEOBJ_IMAGE:
        return 0.0
    from pypdfium2 import PdfiumError

    bounds = [ctypes.c_float() for _ in range(4)]
    if not pdfium_c.FPDFPageObj_GetBounds(obj, *bounds):
        raise PdfiumError("Failed to locate pageobject.")
    x0, bottom, x1, top = (value.value for value in bounds)
    return max(x1 - x0, 0) * max(top - bottom, 0)


def _path_rules(obj, pdfium_c) -> list[Rule]:
    """Table borders: thin filled rectangles and lines, or the four edges of a stroked box."""
    bounds = [ctypes.c_float() for _ in range(4)]
    if not pdfium_c.FPDFPageObj_GetBounds(obj, *bounds):
        return []  # a degenerate path has no bounds
    x0, bottom, x1, top = (value.value for value in bounds)
    rule = Rule(x0, bottom, x1, top)
    if rule.horizontal or rule.vertical:
        return [rule]
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
    if not stroke.value or pdfium_c.FPDFPath_CountSegments(obj) not in (4, 5):
        return []
    return [Rule(x0, top - 1, x1, top), Rule(x0, bottom, x1, bottom + 1),
            Rule(x0, bottom, x0 + 1, top), Rule(x1 - 1, bottom, x1, top)]


def parse_pdf(data: bytes, *, ocr: bool | None = None) -> Document:
    pdf = open_pdf(data)
    try:
        pages = []
        sizes = []
        blank = []  # pages to OCR, found while each page is open (opening one costs ~1 ms)
        for index in range(len(pdf)):
            with _opened_page(pdf, index) as page:
                pages.append(page_content(page))
                sizes.append(page_size(page))
                if ocr is not False and needs_ocr(page, pages[-1][0]):
                    blank.append(index)
    except (EncryptedInput, CorruptInput):
        raise
    except Exception as exc:  # pdfium errors on damaged page trees
        raise CorruptInput(f"unreadable PDF page ({type(exc).__name__}: {exc})") from exc
    finally:
        pdf.close()
    legacy = convert_pdf_segments(data, pages)  # TCVN3/VNI text layers to Unicode, in place
    scanned = None
    if blank:  # OCR (and its numpy import) only when a page lacks text: giaoviec.parsers.ocr
        from giaoviec.parsers.ocr import ocr_missing_pages

        scanned = ocr_missing_pages(data, pages, sizes, blank, required=ocr is True)
    if not any(segments for segments, _ in pages):
        raise NoTextLayer("no text layer: scanned PDF, OCR not enabled" if ocr is False
                          else "no text layer: scanned PDF, and OCR found no text")
    left, right = _margins([s for segments, _ in pages for s in segments])
    layouts = [layout_page(segments, rules, width, height, left, right)
               for (segments, rules), (width, height) in zip(pages, sizes, strict=True)]
    join_page_breaks(layouts, left, right)
    builder = DocumentBuilder("pdf")
    builder.warnings.extend(legacy)
    for number, layout in enumerate(layouts, start=1):
        emit_page(builder, layout, number)
    doc = builder.build(pages=len(pages))
    return scanned.finish(doc) if scanned is not None else doc


def join_page_breaks(layouts: list[PageLayout], left: float, right: float) -> None:
    """Move the start of a paragraph cut by a page break back onto the page it began on, and
    continue a table that runs over several pages (even when a page holds nothing else)."""
    last = None  # the last item of the most recent page that kept any
    for after in layouts:
        if after.items and last is not None:
            first = after.items[0]
            if isinstance(last, GridTable) and isinstance(first, GridTable):
                _continue_table(last, first)
                after.items.pop(0)
            elif isinstance(last, Paragraph) and isinstance(first, Paragraph) and _cut(
                    last, first, left, right):
                last.lines.extend(first.lines)
                after.items.pop(0)
        if after.items:
            last = after.items[-1]


def _cut(last: Paragraph, first: Paragraph, left: float, right: float) -> bool:
    tail, head = last.lines[-1], first.lines[0]
    full = tail.x1 >= right - max(2.5 * tail.height, 30)
    indented = head.x0 > left + 10
    return full and not indented and not LIST_MARKER.match(head.text)


def _margins(segments: list[Segment]) -> tuple[float, float]:
    """The body's left edge and right edge (where justified lines end).

    The left edge is where the lines that run to the right edge most often start, the
    leftmost such start: a wrapped paragraph's later lines start at the margin, its first
    line at the indent. Counting every line instead, a document whose paragraphs mostly fit
    on one line (the "Căn cứ ..." of a decision) or whose pages are mostly a table puts the
    edge at the indent or at a column of cells, and measured from there every indented
    paragraph would read as the continuation of the line above."""
    if not segments:
        return 0.0, 0.0
    ends = sorted(s.x1 for s in segments)
    right = ends[int(0.9 * (len(ends) - 1))]
    full = [s.x0 for s in segments if s.x1 >= right - FULL_LINE]
    return _common_start(full if len(full) >= 3 else [s.x0 for s in segments]), right


def _common_start(starts: list[float]) -> float:
    """The leftmost start at least MARGIN_SHARE as common as the most common one; starts a
    point or two apart are one start (85.4 and 86.1 pt)."""
    clusters: list[list[float]] = []
    for x in sorted(starts):
        if clusters and x - clusters[-1][-1] <= 2.0:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    biggest = max(map(len, clusters))
    common = next(c for c in clusters if len(c) >= max(2, MARGIN_SHARE * biggest)
                  or len(c) == biggest)
    return float(statistics.mode(round(x) for x in common))


def _continue_table(table: GridTable, continuation: GridTable) -> None:
    """A table running onto the next page: drop its repeated header row, and join a row that
    the page break cut (its first cell, the row number, is empty on the new page)."""
    rows = list(continuation.rows)
    if rows and table.rows and rows[0] == table.rows[0]:
        rows.pop(0)
    if rows and table.rows and not rows[0][0].strip() and len(rows[0]) == len(table.rows[-1]):
        cut = rows.pop(0)
        table.rows[-1] = [join_lines([a, b]) if b.strip() else a
                          for a, b in zip(table.rows[-1], cut, strict=True)]
    table.rows.extend(rows)


def emit_page(builder: DocumentBuilder, layout: PageLayout, number: int) -> None:
    """Write one page's items; a paragraph cut by the page break continues the previous one."""
    for text in layout.page_numbers:
        builder.furniture.append(Furniture(kind="page_number", text=text, page=number))
    for item in layout.items:
        if isinstance(item, Paragraph):
            builder.add_line(item.text, page=number)
        elif isinstance(item, GridTable):
            table = builder.open_block("table", table=builder.new_table_id(), layout="grid",
                                       page=number)
            for r, cells in enumerate(item.rows):
                builder.add_grid_row(cells, table=table.table, row=r, parent=table.index,
                                     page=number)
            builder.close_block(table)
        elif isinstance(item, ColumnZone):
            _emit_zone(builder, item, number)


def _emit_zone(builder: DocumentBuilder, zone: ColumnZone, number: int) -> None:
    b = builder
    b.end_line()
    table = b.open_block("table", table=b.new_table_id(), layout="columns", page=number)
    row = b.open_block("row", table=table.table, row=0, parent=table.index, page=number)
    for col, paragraphs in enumerate((zone.left, zone.right)):
        if not paragraphs:
            continue
        cell = b.open_block("cell", table=table.table, row=0, col=col, parent=row.index,
                            page=number)
        for lines in paragraphs:
            b.add_line(join_lines(lines), table=table.table, row=0, col=col, parent=cell.index,
                       page=number)
        b.close_block(cell)
    b.close_block(row)
    b.close_block(table)
