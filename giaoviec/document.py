"""The document model every stage shares: normalised text plus ordered blocks.

Parsers build a :class:`Document`; pipeline stages read it and never change ``text``. All
offsets are ``[start, end)`` character offsets into ``Document.text``. ``to_raw`` maps them
back to the text the parser extracted before normalisation (see :mod:`giaoviec.normalize`).

Text layout, the same for every format, so that later stages need not care where a document
came from:

* one line per paragraph or list item (``\\n`` between lines);
* a data table (three or more columns, or single-paragraph cells) renders one line per row,
  cells joined by ``" | "``, as in the corpus ``.txt`` convention;
* a layout table (two columns of stacked lines: the header block, "Nơi nhận" beside the
  signature) renders column by column, one line per paragraph, which is a reader's order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["paragraph", "list_item", "table", "row", "cell"]
CELL_SEPARATOR = " | "


@dataclass(slots=True)
class Block:
    """One unit of the source with its provenance.

    ``parent`` is the index of the enclosing block (the row of a cell, the cell of a
    paragraph inside a layout table). ``table``/``row``/``col`` locate cells and their
    content. ``marker`` holds a list marker that existed only as list formatting (DOCX
    automatic numbering) and was written into the text.
    """

    index: int
    kind: BlockKind
    start: int
    end: int
    page: int | None = None
    parent: int | None = None
    table: int | None = None
    row: int | None = None
    col: int | None = None
    marker: str | None = None
    bold: bool | None = None
    layout: Literal["grid", "columns"] | None = None  # tables only: how they were rendered


@dataclass(slots=True)
class Furniture:
    """Page furniture kept out of the body text: running headers, footers, page numbers."""

    kind: Literal["header", "footer", "page_number"]
    text: str
    page: int | None = None


@dataclass(slots=True)
class Document:
    """Normalised text, blocks in reading order, and where it all came from."""

    text: str
    blocks: list[Block]
    format: str
    pages: int | None = None
    ocr: bool = False
    furniture: list[Furniture] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # None: nothing changed; a range: characters replaced one for one (see normalize.py)
    to_raw: Sequence[int] | None = None
    raw_text: str | None = None
    encoding: str | None = None

    def lines(self) -> list[Block]:
        """The blocks that are whole lines of ``text``: paragraphs, list items, grid rows."""
        out = []
        for b in self.blocks:
            if b.kind in ("paragraph", "list_item") or (b.kind == "row" and self._is_grid_row(b)):
                out.append(b)
        return out

    def _is_grid_row(self, row: Block) -> bool:
        table = self.blocks[row.parent] if row.parent is not None else None
        return table is None or table.layout != "columns"

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def cells_of(self, row: Block) -> list[Block]:
        return [b for b in self.blocks if b.kind == "cell" and b.parent == row.index]

    def raw_offset(self, offset: int) -> int:
        """Offset in ``raw_text`` of a normalised offset (identity when nothing changed)."""
        return offset if self.to_raw is None else self.to_raw[offset]
