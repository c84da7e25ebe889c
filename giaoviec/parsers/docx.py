"""DOCX: body paragraphs and tables in document order, as a reader sees them.

We walk the body XML ourselves (:mod:`giaoviec.parsers.docx_package` reads the parts):
``paragraph.text`` would drop automatic numbering, deleted text inside tracked changes, and the
content of text boxes and content controls. Rules:

* tracked changes resolved: insertions kept, deletions (``w:del``, ``w:moveFrom``) dropped;
* automatic numbering restored (:mod:`giaoviec.parsers.docx_numbering`);
* soft line breaks separate lines in the header and signature cells, and are spaces in
  body paragraphs (where they only wrap a sentence);
* tables: see :mod:`giaoviec.document` for grid vs. column rendering; nested tables too;
* page headers and footers are furniture, never body text.
"""

from __future__ import annotations

from lxml import etree

from giaoviec.document import Document, Furniture
from giaoviec.parsers.builder import DocumentBuilder
from giaoviec.parsers.docx_numbering import (
    LazyStyleNumbering,
    ListNumbering,
    StyleNumbering,
    q,
)
from giaoviec.parsers.docx_package import DocxPackage, StyleSheet, open_package
from giaoviec.parsers.docx_styles import split as split_styles
from giaoviec.parsers.legacy_fonts import convert_docx_runs
from giaoviec.rx import regex

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_SKIP = {q("del"), q("moveFrom"), q("delText"), q("instrText"), q("pPr"), q("rPr"),
         q("footnoteReference"), q("endnoteReference"), q("commentReference"),
         f"{{{MC}}}Fallback", q("txbxContent")}
_DESCEND = {q("r"), q("ins"), q("moveTo"), q("hyperlink"), q("smartTag"), q("fldSimple"),
            q("sdt"), q("sdtContent"), q("customXml"), f"{{{MC}}}AlternateContent",
            f"{{{MC}}}Choice"}
# qualified names the walk compares with every element: built once, not per comparison
_P, _TBL, _R, _T, _RPR, _B, _VAL = q("p"), q("tbl"), q("r"), q("t"), q("rPr"), q("b"), q("val")
_TABS = (q("tab"), q("ptab"))
_BREAKS = (q("br"), q("cr"))
_NO_BREAK_HYPHEN, _SYM, _CHAR, _TEXT_BOX = q("noBreakHyphen"), q("sym"), q("char"), q("txbxContent")
_CONTAINERS = (q("sdt"), q("sdtContent"), q("customXml"), q("ins"), q("moveTo"))


def parse_docx(data: bytes) -> Document:
    package = open_package(data)
    numbering = ListNumbering(package.numbering, _style_numbering(package))
    builder = DocumentBuilder("docx")
    builder.warnings.extend(convert_docx_runs(package))  # TCVN3/VNI runs to Unicode, in place
    walker = _BodyWalker(builder, numbering)
    walker.container(package.body)
    _collect_furniture(package, builder)
    return builder.build()


def _style_numbering(package: DocxPackage) -> StyleNumbering | None:
    """Styles matter to numbering only when one of them numbers its paragraphs; then the sheet
    is read in pieces when it is laid out as Word writes it, else parsed whole. The answer
    is the sheet's, kept with it for the next document of the same template."""
    sheet = package.sheet
    if sheet is None:
        return None
    if "numbering" not in sheet.answers:
        sheet.answers["numbering"] = _read_style_numbering(sheet)
    return sheet.answers["numbering"]


def _read_style_numbering(sheet: StyleSheet) -> StyleNumbering | None:
    if not sheet.mentions(b"numPr"):
        return None
    pieces = split_styles(sheet.xml)
    if pieces is not None:
        try:
            return LazyStyleNumbering(pieces, sheet.parse)
        except etree.XMLSyntaxError:
            pass  # a broken piece: the whole parse decides, as it always did
    styles = sheet.parse()
    return StyleNumbering.of(styles) if styles is not None else None


class _BodyWalker:
    def __init__(self, builder: DocumentBuilder, numbering: ListNumbering) -> None:
        self.builder = builder
        self.numbering = numbering

    # --- containers --------------------------------------------------------------------------
    def container(self, element, **attrs) -> None:
        """Paragraphs and tables of a body, cell or content control, in order."""
        for child in element:
            tag = child.tag
            if tag == _P:
                self.paragraph(child, **attrs)
            elif tag == _TBL:
                self.table(child, parent=attrs.get("parent"))
            elif tag in _CONTAINERS:
                self.container(child, **attrs)

    def paragraph(self, p, **attrs) -> None:
        marker = self.numbering.next_marker(p)
        lines, boxes = paragraph_lines(p)
        bold = _is_bold(p)
        if "col" not in attrs and len(lines) > 1:
            # a soft line break inside a body paragraph is layout, not structure: one line.
            # In the two-column header and signature cells it separates stacked lines.
            lines = [" ".join(part.strip() for part in lines if part.strip())]
        for i, line in enumerate(lines):
            text = line
            kind = "paragraph"
            if i == 0 and marker:
                text = f"{marker} {line.lstrip()}"
                kind = "list_item"
            self.builder.add_line(text, kind=kind, marker=marker if i == 0 else None,
                                  bold=bold, **attrs)
        for box in boxes:  # text boxes: their own paragraphs, after the anchor paragraph
            self.container(box, **attrs)

    # --- tables ------------------------------------------------------------------------------
    def table(self, tbl, parent: int | None = None) -> None:
        rows = [_row_cells(tr) for tr in tbl.iterchildren(q("tr"))]
        ncols = max((len(r) for r in rows), default=0)
        multi = any(len(_nonempty_paragraphs(tc)) > 1 for r in rows for tc in r if tc is not None)
        layout = "columns" if ncols == 2 and multi else "grid"
        b = self.builder
        b.end_line()
        table = b.open_block("table", table=b.new_table_id(), layout=layout, parent=parent)
        for r, cells in enumerate(rows):
            if layout == "grid":
                texts = [self.cell_text(tc) if tc is not None else "" for tc in cells]
                b.add_grid_row(texts, table=table.table, row=r, parent=table.index)
            else:
                self.column_row(cells, table, r)
        b.close_block(table)

    def column_row(self, cells, table, r: int) -> None:
        b = self.builder
        b.end_line()
        row = b.open_block("row", table=table.table, row=r, parent=table.index)
        for c, tc in enumerate(cells):
            if tc is None:
                continue
            cell = b.open_block("cell", table=table.table, row=r, col=c, parent=row.index)
            self.container(tc, table=table.table, row=r, col=c, parent=cell.index)
            b.close_block(cell)
        b.close_block(row)

    def cell_text(self, tc) -> str:
        """All text of a grid cell on one line; paragraphs joined as a reader reads them."""
        parts: list[str] = []
        for el in tc.iter(q("p")):
            if _inside_skipped(el, tc):
                continue
            marker = self.numbering.next_marker(el)
            lines, _ = paragraph_lines(el)
            text = " ".join(s.strip() for s in lines if s.strip())
            if marker and text:
                text = f"{marker} {text}"
            if text:
                parts.append(text)
        out = ""
        for part in parts:
            if out:
                out += " " if out[-1] in ".;:,!?" else "; "
            out += part
        return out


def _inside_skipped(p, stop) -> bool:
    parent = p.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in _SKIP:
            return True
        parent = parent.getparent()
    return False


def _row_cells(tr) -> list:
    """Cells of a row spread over the grid (gridSpan); vertically merged continuations empty."""
    cells: list = []
    for tc in tr.iterchildren(q("tc")):
        tcpr = tc.find(q("tcPr"))
        span = 1
        merged_continue = False
        if tcpr is not None:
            gs = tcpr.find(q("gridSpan"))
            if gs is not None and (gs.get(q("val")) or "1").isdigit():
                span = max(1, int(gs.get(q("val"))))
            vm = tcpr.find(q("vMerge"))
            merged_continue = vm is not None and vm.get(q("val")) in (None, "continue")
        cells.append(None if merged_continue else tc)
        cells.extend([None] * (span - 1))
    return cells


def _nonempty_paragraphs(tc) -> list:
    return [p for p in tc.iter(q("p")) if "".join(paragraph_lines(p)[0]).strip()]


def paragraph_lines(p) -> tuple[list[str], list]:
    """The visible text of a paragraph split at soft line breaks, and its text boxes."""
    lines: list[list[str]] = [[]]
    boxes: list = []
    _walk_runs(p, lines, boxes)
    return ["".join(parts) for parts in lines], boxes


def _walk_runs(el, lines: list[list[str]], boxes: list) -> None:
    """Add the text under ``el`` to the last of ``lines`` (a break starts a new one) and its
    text boxes to ``boxes``. A function of its own, not a closure: a closure that calls
    itself is a reference cycle, left to the garbage collector once per paragraph."""
    for child in el:
        tag = child.tag
        if tag == _T:
            lines[-1].append(child.text or "")
        elif tag in _TABS:
            lines[-1].append("\t")
        elif tag in _BREAKS:
            lines.append([])
        elif tag == _NO_BREAK_HYPHEN:
            lines[-1].append("-")
        elif tag == _SYM:
            code = child.get(_CHAR) or ""
            if regex.fullmatch(r"[0-9A-Fa-f]{1,6}", code):
                lines[-1].append(chr(int(code, 16)))
        elif tag == _TEXT_BOX:
            boxes.append(child)
        elif tag in _SKIP:
            continue
        elif tag in _DESCEND or len(child):
            _walk_runs(child, lines, boxes)


def _is_bold(p) -> bool | None:
    total = bold = 0
    for r in p.iter(_R):
        text = "".join(t.text or "" for t in r.iter(_T))
        if not text.strip():
            continue
        total += len(text)
        rpr = r.find(_RPR)
        b = rpr.find(_B) if rpr is not None else None
        if b is not None and b.get(_VAL) not in ("0", "false"):
            bold += len(text)
    if not total:
        return None
    return bold * 2 > total


def _collect_furniture(package: DocxPackage, builder: DocumentBuilder) -> None:
    for kind, root in package.furniture:
        if root is None:  # a broken header must not cost the body
            builder.warnings.append(f"unreadable page {kind} skipped")
            continue
        texts = [" ".join(s for s in paragraph_lines(p)[0] if s.strip())
                 for p in root.iter(q("p"))]
        text = " / ".join(t for t in texts if t.strip())
        if text:
            builder.furniture.append(Furniture(kind=kind, text=text))
