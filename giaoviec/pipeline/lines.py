"""The line view of a document: what the structure and task stages walk over.

A :class:`Line` is a paragraph, a list item or a grid-table row, with its span, its column
when it sits in a two-column layout zone, and the spans of its cells when it is a table row.
Blank lines of plain text are not lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from giaoviec.document import Document
from giaoviec.parsers.pdf_layout import LIST_MARKER
from giaoviec.rx import regex


@dataclass(slots=True)
class Line:
    index: int
    block: int
    start: int
    end: int
    text: str
    kind: str
    page: int | None = None
    col: int | None = None  # 0 left / 1 right inside a two-column zone
    zone: int | None = None  # which layout zone (table id) the line belongs to
    table: int | None = None  # grid table id for rows
    row: int | None = None
    cells: list[tuple[int, int]] | None = None
    bold: bool | None = None

    def cell_texts(self, text: str) -> list[str]:
        return [text[s:e] for s, e in self.cells] if self.cells else [self.text]


def document_lines(doc: Document) -> list[Line]:
    """Lines in reading order with their layout context."""
    blocks = doc.blocks
    out: list[Line] = []
    tables = {b.table: b for b in blocks if b.kind == "table"}
    cells_by_row: dict[int, list[tuple[int, int]]] = {}
    for b in blocks:
        if b.kind == "cell" and b.parent is not None and blocks[b.parent].kind == "row":
            cells_by_row.setdefault(b.parent, []).append((b.start, b.end))
    for b in blocks:
        if b.start >= b.end:
            continue
        if b.kind in ("paragraph", "list_item"):
            zone = col = None
            if b.col is not None and b.table is not None:
                table = tables.get(b.table)
                if table is not None and table.layout == "columns":
                    zone, col = b.table, b.col
                elif table is not None:
                    continue  # paragraphs inside grid cells are part of their row's line
            for s, e in _unglued(doc.text, b.start, b.end):
                out.append(Line(len(out), b.index, s, e, doc.text[s:e], b.kind,
                                page=b.page, col=col, zone=zone, bold=b.bold))
        elif b.kind == "row":
            table = blocks[b.parent] if b.parent is not None else None
            if table is not None and table.layout == "columns":
                continue
            out.append(Line(len(out), b.index, b.start, b.end, doc.text[b.start:b.end], "row",
                            page=b.page, table=b.table, row=b.row,
                            cells=cells_by_row.get(b.index)))
    return join_continuations(doc.text, out)


# a heading in capitals that a portal's copy ran into its first item: "V. TỔ CHỨC THỰC HIỆN" +
# "1. Sở Tư pháp (Cơ quan thường trực Hội đồng)"
CAPS_THEN_ITEM = regex.compile(r"(?<=\p{Lu}{2})(?=\d{1,2}\.\s+\p{Lu})")


def _unglued(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraph's span, or two when a heading in capitals runs into a numbered item."""
    cut = CAPS_THEN_ITEM.search(text, start, min(end, start + 160))
    if cut is None:
        return [(start, end)]
    letters = [c for c in text[start:cut.start()] if c.isalpha()]
    if len(letters) < 6 or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return [(start, end)]
    return [(start, cut.start()), (cut.start(), end)]


def join_continuations(text: str, lines: list[Line]) -> list[Line]:
    """A paragraph cut in two (page break, copy from a portal) continues on a line that starts
    in lower case after a line without final punctuation: make them one line again. In a text
    wrapped at a fixed width (OCR output pasted as text) a line that fills the width without
    final punctuation goes on in the next one, whatever its first letter."""
    width = _wrap_width(lines)
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and (_continues(prev, line) or _wrapped(text, prev, line, width)):
            prev.end = line.end
            prev.text = text[prev.start:prev.end]
            continue
        line.index = len(out)
        out.append(line)
    return out


FINAL_PUNCTUATION = (".", ":", ";", "!", "?")


def _wrap_width(lines: list[Line]) -> int | None:
    """The width a hard-wrapped text was cut at, or None when its lines are paragraphs. Of
    the lines nearly as long as the longest, most end mid-sentence in a wrapped text; in one
    paragraph per line, nearly all end with their sentence."""
    lengths = sorted(len(line.text.rstrip()) for line in lines if line.kind == "paragraph")
    if len(lengths) < 12:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    long = [line.text.rstrip() for line in lines
            if line.kind == "paragraph" and len(line.text.rstrip()) >= 0.85 * width]
    cut = [t for t in long if not t.endswith(FINAL_PUNCTUATION)]
    return width if 50 <= width <= 160 and len(cut) >= 5 and len(cut) >= 0.6 * len(long) else None


def _wrapped(text: str, prev: Line, line: Line, width: int | None) -> bool:
    if width is None or line.kind != "paragraph" or prev.kind != "paragraph" or (
            prev.col != line.col or prev.zone != line.zone):
        return False
    last = text[prev.start:prev.end].rsplit("\n", 1)[-1].rstrip()
    return (len(last) >= 0.85 * width and not last.endswith(FINAL_PUNCTUATION)
            and not LIST_MARKER.match(line.text) and not line.text.strip().isdigit())



def _continues(prev: Line, line: Line) -> bool:
    return (line.kind == "paragraph" and prev.kind != "row" and line.cells is None
            and prev.col == line.col and prev.zone == line.zone
            and (line.text[:1].islower() or line.text[:1] in "“\"" or _date_goes_on(prev, line)
                 or _aside_goes_on(line.text) or _open_ended(prev.text))
            and (not prev.text.rstrip().endswith(FINAL_PUNCTUATION) or (
                # "1. Thẩm định ...;" / "hoàn thành thẩm định trước ngày 25/11/2025.": after
                # ";", a line in lower case with no marker is the item's last clause
                prev.text.rstrip().endswith(";") and line.text[:1].islower()))
            and not LIST_MARKER.match(line.text) and not GLUED_ITEM.match(line.text)
            and not _all_capitalised(prev.text))


# words a sentence or a title never ends on: a line ending on one goes on in the next, even
# where that begins with a capital ("..., báo cáo kết quả về" / "UBND phường trước ngày ...")
# (not "về", "đến", "qua", "gửi": "Tải về", "văn bản đến", "thời gian qua", "Đã gửi" end lines)
OPEN_ENDINGS = frozenset({"của", "và", "với", "cho", "tại", "các", "những", "(qua"})


def _open_ended(text: str) -> bool:
    words = text.split()
    return len(words) >= 6 and words[-1].lower() in OPEN_ENDINGS


# an item whose letter lost its space: "a)Chủ trì, phối hợp ..." starts a line of its own
GLUED_ITEM = regex.compile(r"\(?[a-zđ]\)\p{Lu}")


def _aside_goes_on(text: str) -> bool:
    """"... cho công tác bồi thường của Dự án" / "(thời hạn cũ: 30/9/2025): đến nay ...": a
    parenthesis that the sentence goes on after. A line that is a parenthesis and nothing
    more ("(Kèm theo Quyết định số ...)") is a line of its own."""
    if text[:1] != "(":
        return False
    close = text.find(")")
    return close != -1 and bool(text[close + 1:].strip(" .;"))


def _date_goes_on(prev: Line, line: Line) -> bool:
    """"... hoàn thành trong tháng 10" / "/2025.": a date broken at its slash."""
    return line.text[:1] == "/" and line.text[1:2].isdigit() and prev.text.rstrip()[-1:].isdigit()


def _all_capitalised(text: str) -> bool:
    """A name or a title line ("Văn Trọng Lý", "PHÓ CHỦ TỊCH"): nothing continues it."""
    words = text.split()
    return 0 < len(words) <= 6 and all(w[:1].isupper() for w in words)
