"""Plain text: UTF-8 (with or without BOM), UTF-16, Windows-1258.

One line is one block. A line whose parts are separated by `` | ``, a tab or a wide run of
spaces is a table row (the corpus convention for side-by-side cells, and what portals produce
for the header block); consecutive rows form one table.
"""

from __future__ import annotations

from giaoviec.document import Document, Furniture
from giaoviec.errors import CorruptInput
from giaoviec.parsers.builder import DocumentBuilder
from giaoviec.rx import regex

_CELL_SPLIT = regex.compile(r"[ \t]*(?<![^\s])\|(?![^\s])[ \t]*| *\t *| {4,}")
# inside a table whose copy separates cells by runs of spaces (see _spaced_rows), two will do
_NARROW_SPLIT = regex.compile(r"[ \t]*(?<![^\s])\|(?![^\s])[ \t]*| *\t *| {2,}")


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes to ``(text, encoding)``; raises :class:`CorruptInput` when hopeless."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        even_zeros = data[0:4096:2].count(0)
        odd_zeros = data[1:4096:2].count(0)
        codec = "utf-16-le" if odd_zeros > even_zeros else "utf-16-be"
        return data.decode(codec, errors="replace"), codec
    try:
        return data.decode("cp1258"), "cp1258"
    except UnicodeDecodeError as exc:  # pragma: no cover - cp1258 maps almost every byte
        raise CorruptInput(f"cannot decode text ({exc.reason})") from exc


def split_cells(line: str, narrow: bool = False) -> list[tuple[int, int]]:
    """Spans of the cells of ``line`` (a single span when it is not a table row). Empty cells
    are kept, so that columns stay aligned ("I | Tuyên truyền |  |  | ", two tabs); a separator
    at either end of the line only closes the row. ``narrow``: a row of a table whose cells
    are parted by runs of two spaces or more."""
    body_start = len(line) - len(line.lstrip(" \t|"))
    body_end = len(line.rstrip(" \t|"))
    if body_end <= body_start:
        return [(0, len(line))]
    spans = []
    start = body_start
    for m in (_NARROW_SPLIT if narrow else _CELL_SPLIT).finditer(line, body_start, body_end):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, body_end))
    if len(spans) == 1:
        return [(0, len(line))]
    return spans


def parse_text(data: bytes) -> Document:
    text, encoding = decode_text(data)
    builder = DocumentBuilder("txt")
    table = None
    row_no = width = 0
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    headers = _running_headers(lines)
    pages = _page_numbers(lines)
    flattened = _flattened_rows(lines)
    spaced = _spaced_rows(lines)
    skip_to = 0
    for k, line in enumerate(lines):
        if k < skip_to:
            continue
        if k in flattened:
            cells = flattened[k]
            table = _close(builder, table)
            if ROW_NUMBER_HEAD.fullmatch(line):  # the header: a table of its own
                flat_table, flat_row = builder.new_table_id(), 0
            builder.add_grid_row([c.strip() for c in cells], flat_table, flat_row, None)
            flat_row += 1
            skip_to = k + len(cells)
            continue
        if k in headers:
            builder.furniture.append(Furniture(kind="header", text=line.strip()))
            continue
        if k in pages or _page_number_inside_sentence(lines, k, headers):
            builder.furniture.append(Furniture(kind="page_number", text=line.strip()))
            continue
        if not line.strip():
            table = _close(builder, table)
            builder.write(line)  # kept, so that offsets follow the file's own lines
            builder.end_line()
            continue
        cells = split_cells(line, narrow=k in spaced)
        if len(cells) == 1:
            table = _close(builder, table)
            builder.add_line(line)
            continue
        if table is None:
            table = builder.open_block("table", table=builder.new_table_id(), layout="grid")
            row_no = 0
            width = len(cells)
        elif len(cells) == width - 1 and line.lstrip(" \t").startswith("|"):
            # " | 09h30 | Làm việc với ...": a row one cell short that opens on its separator
            # left its first cell empty (the day above goes on); the columns stay aligned
            bar = line.index("|")
            cells = [(bar, bar), *cells]
        builder.end_line()
        row = builder.open_block("row", table=table.table, row=row_no, parent=table.index)
        pos = 0
        for col, (s, e) in enumerate(cells):
            builder.write(line[pos:s])
            cell = builder.open_block("cell", table=table.table, row=row_no, col=col,
                                      parent=row.index)
            builder.write(line[s:e])
            builder.close_block(cell)
            pos = e
        builder.write(line[pos:])
        builder.close_block(row)
        builder.end_line()
        row_no += 1
    _close(builder, table)
    return builder.build(encoding=encoding)


# a task table copied one cell per line (a portal's flattened table): "STT" / "Nội dung" /
# "Đơn vị chủ trì" / ... then each row's number and its cells, a line each
ROW_NUMBER_HEAD = regex.compile(r"\s*(?:stt|tt|số\s*tt)\s*", regex.IGNORECASE)
COLUMN_WORDS = regex.compile(r"nội\s*dung|nhiệm\s*vụ|công\s*việc|chủ\s*trì|phối\s*hợp|thực\s*hiện"
                             r"|thời\s*(?:hạn|gian)|sản\s*phẩm|kết\s*quả|ghi\s*chú|đơn\s*vị",
                             regex.IGNORECASE)
ROW_NUMBER = regex.compile(r"\s*\d{1,3}\s*\.?\s*")
GROUP_NUMBER = regex.compile(r"\s*(?:[IVX]{1,4}|[A-H])\s*\.?\s*")  # a group's numeral: "II", "B"


def _flattened_rows(lines: list[str]) -> dict[int, list[str]]:
    """First line -> cells of each row of the tables copied one cell per line: a header that
    opens with "STT" and names its columns on the lines after it (two named at least, each
    line short), then rows that each open with their number and hold as many lines, a blank
    one being an empty cell, and group rows of two lines (a numeral, a title). The rows end
    at the first group of lines that is neither."""
    out: dict[int, list[str]] = {}
    k = 0
    while k < len(lines):
        if not ROW_NUMBER_HEAD.fullmatch(lines[k]):
            k += 1
            continue
        width = 1
        while (k + width < len(lines) and 0 < len(lines[k + width].strip()) <= 40
               and not ROW_NUMBER.fullmatch(lines[k + width]) and " | " not in lines[k + width]
               and not GROUP_NUMBER.fullmatch(lines[k + width])):
            width += 1
        named = sum(bool(COLUMN_WORDS.search(line)) for line in lines[k + 1:k + width])
        if width < 3 or named < 2:
            k += 1
            continue
        rows = {k: lines[k:k + width]}
        at = k + width
        while at < len(lines):
            if at + width <= len(lines) and ROW_NUMBER.fullmatch(lines[at]) and all(
                    " | " not in line for line in lines[at:at + width]):
                rows[at] = lines[at:at + width]
                at += width
            elif _flattened_group(lines, at):
                rows[at] = lines[at:at + 2]  # "II" / "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"
                at += 2
            else:
                break
        if len(rows) > 1:
            out.update(rows)
        k = at
    return out


# the rows of such a table after its header: each opens with its number or its group's numeral
# and a run of spaces ("2   Rà soát ...  Sở Tư pháp", "II  Hạ tầng số, dữ liệu số")
# how a spaced table's header opens (see _spaced_rows): "STT", "TT", "Số TT"
HEAD_START = regex.compile(r"\s*(?:stt|tt|số\s*tt)(?!\p{L})", regex.IGNORECASE)
SPACED_ROW = regex.compile(r"\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVX]{1,4}\.?|[A-H]\.?)(?: {2,}|\t)\S")


def _spaced_rows(lines: list[str]) -> set[int]:
    """The lines of the task tables a copy lays out with runs of spaces narrower than the
    four that part cells elsewhere ("STT    Nhiệm vụ     Cơ quan chủ trì  ..."): a header that
    opens with "STT" and names two columns at least, then the rows that open with a number
    or a group's numeral, up to the first line that does not."""
    out: set[int] = set()
    k = 0
    while k < len(lines):
        if not HEAD_START.match(lines[k]):  # most lines: no header, no need to split them
            k += 1
            continue
        head = [lines[k][s:e] for s, e in split_cells(lines[k], narrow=True)]
        if len(head) < 3 or not ROW_NUMBER_HEAD.fullmatch(head[0]) or sum(
                bool(COLUMN_WORDS.search(cell)) for cell in head[1:]) < 2:
            k += 1
            continue
        at = k + 1
        while at < len(lines) and SPACED_ROW.match(lines[at]):
            at += 1
        if at > k + 1:
            out.update(range(k, at))
        k = at
    return out


def _flattened_group(lines: list[str], at: int) -> bool:
    """A group row of a flattened table: its numeral ("II", "B") and its title, a line each,
    then the next row's number."""
    return at + 2 < len(lines) and bool(GROUP_NUMBER.fullmatch(lines[at])) and bool(
        lines[at + 1].strip()) and " | " not in lines[at + 1] and not ROW_NUMBER.fullmatch(
        lines[at + 1]) and bool(ROW_NUMBER.fullmatch(lines[at + 2]) or GROUP_NUMBER.fullmatch(
            lines[at + 2]))


PAGE_NUMBER = regex.compile(r"\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*")
# a line that can only be a page's number: "Trang 2/3", "Tr. 2", "- 2 -", "- Trang 2 -"
PAGE_MARK = regex.compile(r"\s*(?:(?:-\s*)?(?:trang|tr\.)\s*\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*-)?"
                          r"|-\s*\d{1,3}\s*-)\s*", regex.IGNORECASE)
SENTENCE_END = (".", ":", ";", "!", "?", "/.")


def _page_numbers(lines: list[str]) -> set[int]:
    """Lines that number the pages a PDF copy had: every "Trang 2/3" or "- 2 -", and bare
    numbers that count 2, 3, 4 ... down the document when no bare "1" comes first (a list
    numbered on lines of their own starts at 1)."""
    out = {k for k, line in enumerate(lines) if PAGE_MARK.fullmatch(line)}
    expected = 2
    for k, line in enumerate(lines):
        if k in out or not PAGE_NUMBER.fullmatch(line):
            continue
        value = int(_DIGITS.search(line).group())
        if value == 1 and expected == 2:
            return out
        if value == expected:
            out.add(k)
            expected += 1
    return out


def _page_number_inside_sentence(lines: list[str], k: int, headers: set[int]) -> bool:
    """A page number that text copied from a PDF left between the two halves of a sentence
    ("...; hoàn thành" / "2" / "trong tháng 12/2025."): the line before does not end the
    sentence and the line after (past a running header) goes on in lower case. Elsewhere a
    number alone may be content (a list number on its own line, a table's value), so it
    stays."""
    if not PAGE_NUMBER.fullmatch(lines[k]):
        return False
    before = next((ln.strip() for ln in reversed(lines[:k]) if ln.strip()), "")
    after = next((ln.strip() for j, ln in enumerate(lines[k + 1:], k + 1)
                  if ln.strip() and j not in headers), "")
    return bool(before) and not before.endswith(SENTENCE_END) and after[:1].islower()


_DIGITS = regex.compile(r"\d+")


def _running_headers(lines: list[str]) -> set[int]:
    """Lines a fax machine or a printer put on top of every page ("14/01/2026 16:05  VP UBND
    TINH LAI CHAU  0213.3876.214  Tr. 1/2"): the same line but for its numbers, more than
    once, with several numbers and no cells. A document's own repeated lines (a header block
    again over an attached plan) have no such numbers."""
    seen: dict[str, list[int]] = {}
    numbers: dict[int, list[str]] = {}
    for k, line in enumerate(lines):
        found = _DIGITS.findall(line)
        if len(line.strip()) >= 20 and len(found) >= RUNNING_HEADER_NUMBERS and " | " not in line:
            seen.setdefault(_DIGITS.sub("#", " ".join(line.split())), []).append(k)
            numbers[k] = found
    out: set[int] = set()
    for found in seen.values():
        # a page counter and a minute may change from page to page, the rest (date, time,
        # sender's number) does not: "Thời gian hoàn thành: Trước ngày 15/3/2026." and "...
        # 30/6/2026." under two tasks are the document's own lines
        alike = [k for k in found if sum(a != b for a, b in zip(
            numbers[k], numbers[found[0]], strict=True)) <= 2]
        if len(alike) >= 2:
            out.update(alike)
    return out


RUNNING_HEADER_NUMBERS = 5  # a fax line's date, time, sender's number and page counter


def _close(builder: DocumentBuilder, table):
    if table is not None:
        builder.close_block(table)
    return None
