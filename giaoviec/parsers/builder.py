"""Build a :class:`~giaoviec.document.Document` line by line, then normalise once.

Parsers append raw strings and open/close blocks; :meth:`DocumentBuilder.build` joins the
text, normalises it (:func:`giaoviec.normalize.normalize_text`) and carries every block span
through the offset map, so parsers never deal with normalisation and spans stay exact.
"""

from __future__ import annotations

from giaoviec.document import CELL_SEPARATOR, Block, Document, Furniture
from giaoviec.normalize import normalize_text


class DocumentBuilder:
    def __init__(self, fmt: str) -> None:
        self.format = fmt
        self._parts: list[str] = []
        self._length = 0
        self.blocks: list[Block] = []
        self.furniture: list[Furniture] = []
        self.warnings: list[str] = []
        self._tables = 0
        self._line_open = False

    # --- low level ------------------------------------------------------------------------
    @property
    def offset(self) -> int:
        return self._length

    def write(self, text: str) -> tuple[int, int]:
        """Append ``text`` to the current line; line breaks inside it become spaces."""
        if "\n" in text or "\r" in text:
            text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        self._line_open = True
        return start, self._length

    def end_line(self) -> None:
        if self._line_open:
            self._parts.append("\n")
            self._length += 1
            self._line_open = False

    def open_block(self, kind: str, **attrs) -> Block:
        block = Block(index=len(self.blocks), kind=kind, start=self._length, end=self._length,
                      **attrs)
        self.blocks.append(block)
        return block

    def close_block(self, block: Block) -> Block:
        end = self._length
        if not self._line_open and end > block.start:
            end -= 1  # a block never includes the line break that ends it
        block.end = end
        return block

    def new_table_id(self) -> int:
        self._tables += 1
        return self._tables - 1

    # --- conveniences -----------------------------------------------------------------------
    def add_line(self, text: str, kind: str = "paragraph", **attrs) -> Block | None:
        """One paragraph as one line; empty paragraphs leave no block and no line."""
        if not text.strip():
            return None
        self.end_line()
        block = self.open_block(kind, **attrs)
        self.write(text)
        self.close_block(block)
        self.end_line()
        return block

    def add_grid_row(self, cells: list[str], table: int, row: int, parent: int | None,
                     **attrs) -> Block | None:
        """A table row as one line, cells separated by `` | ``."""
        if not any(c.strip() for c in cells):
            return None
        self.end_line()
        row_block = self.open_block("row", table=table, row=row, parent=parent, **attrs)
        for col, cell in enumerate(cells):
            if col:
                self.write(CELL_SEPARATOR)
            cell_block = self.open_block("cell", table=table, row=row, col=col,
                                         parent=row_block.index, **attrs)
            self.write(cell)
            self.close_block(cell_block)
        self.close_block(row_block)
        self.end_line()
        return row_block

    # --- result -------------------------------------------------------------------------------
    def build(self, *, pages: int | None = None, ocr: bool = False,
              encoding: str | None = None) -> Document:
        self.end_line()
        raw = "".join(self._parts)
        if raw.endswith("\n"):
            raw = raw[:-1]
        norm = normalize_text(raw)
        text = norm.text
        for block in self.blocks:
            start = norm.clean_offset(min(block.start, len(raw)))
            end = norm.clean_offset(min(block.end, len(raw)))
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            block.start, block.end = start, end
        return Document(
            text=text,
            blocks=self.blocks,
            format=self.format,
            pages=pages,
            ocr=ocr,
            furniture=self.furniture,
            warnings=self.warnings,
            to_raw=norm.to_raw,
            raw_text=raw if norm.to_raw is not None else None,
            encoding=encoding,
        )
