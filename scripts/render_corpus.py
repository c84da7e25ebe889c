"""Render corpus-format texts as the DOCX, PDF and scanned PDF that the corpus ships beside them.

Why: the held-out sets in ``tests/fixtures/fresh`` are written as ``.txt`` only, so they measure
the rules but not the readers. Documents we will never see arrive as DOCX, born-digital PDF and
scans too. This script lays a ``.txt`` out the way an office's Word template does (the Decree 30
header as a two-column table, the title centred and bold, body paragraphs with a first-line
indent, numbered headings in bold, dash items in a bullet style in some documents, task tables
as real tables, the "Nơi nhận" block and the signature side by side, a page number in the page
header), has LibreOffice print it to PDF, and rasterises the PDF into a grey, slightly blurred,
speckled and skewed 200 dpi scan. ``giaoviec eval DIR --inputs txt,docx,pdf,scan.pdf`` then
says what each reader loses against the text.

Usage (LibreOffice from apt: ``libreoffice-writer-nogui``; not needed by the package itself)::

    .venv/bin/python scripts/render_corpus.py SRC_DIR OUT_DIR [--formats docx,pdf,scan.pdf]

Each ``ID.txt`` of SRC_DIR gives ``OUT_DIR/ID.{txt,gold.json,docx,pdf,scan.pdf}`` (the text
and gold are copied so that OUT_DIR is an eval folder). The layout choices that vary between
real offices (bullet style or typed dashes, bold or plain item headings) are drawn per document
from a generator seeded by its name: a rerun gives the same files.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from giaoviec.parsers.text import split_cells

CELL = " | "
TAB = "\t"  # a copy from a portal separates cells with tabs
SPACED_CELLS = re.compile(r"\S {3,}\S")  # ... or with runs of spaces
# a type line in capitals ("KẾ HOẠCH", "THÔNG BÁO KẾT LUẬN"): the title's first line
TYPE_LINE = re.compile(r"^[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ]{2,40}$")
# a heading of the body: a Roman numeral, "Điều N.", "Phần", or a line in capitals
ROMAN_HEADING = re.compile(r"^(?:[IVXL]+\.|Điều \d+\.|PHẦN |Phần [IVX]+)")
OPENERS = ("Căn cứ", "Thực hiện", "Kính gửi", "Ngày ", "Vừa qua", "Theo ", "Trong ", "Sáng ",
           "Chiều ", "Tối ", "Hôm nay", "Để ", "Nhằm ")


@dataclass
class Layout:
    """A text's lines sorted into the parts a template places differently."""

    header_rows: list[tuple[list[str], list[str]]] = field(default_factory=list)
    title: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)  # "Nơi nhận:" and its list
    signature: list[str] = field(default_factory=list)
    annex: list[str] = field(default_factory=list)


def split_layout(lines: list[str]) -> Layout:
    """Sort the lines: the two-column header (rows until the "Số" row, then it with the "V/v"
    summary under the number), the title (a type line in capitals and the line after it), the
    body, and the closing (the last "Nơi nhận:" with its dash list, then the signature)."""
    out = Layout()
    i = 0
    left: list[str] = []
    right: list[str] = []
    while i < len(lines) and (CELL in lines[i] or lines[i].strip() in ("*", "")) and i < 8:
        a, _, b = lines[i].partition(CELL) if CELL in lines[i] else (lines[i], "", "")
        if a.strip().startswith("Số") and left:
            out.header_rows.append((left, right))
            left, right = [], []
        left.append(a.strip())
        if b.strip():
            right.append(b.strip())
        i += 1
    while i < len(lines) and lines[i].startswith("V/v"):
        left.append(lines[i])
        i += 1
    if left or right:
        out.header_rows.append((left, right))
    if i < len(lines) and TYPE_LINE.match(lines[i].strip()):
        out.title.append(lines[i])
        i += 1
        if i < len(lines) and len(lines[i]) < 260 and not lines[i].startswith(OPENERS) and (
                CELL not in lines[i]):
            out.title.append(lines[i])
            i += 1
    rest = lines[i:]
    closing = max((k for k, line in enumerate(rest) if line.strip().startswith("Nơi nhận")),
                  default=None)
    if closing is None:
        out.body = rest
        return out
    out.body = rest[:closing]
    k = closing + 1
    while k < len(rest) and rest[k].lstrip().startswith(("-", "+")):
        k += 1
    out.recipients = rest[closing:k]
    end = k
    while end < len(rest) and end - k < 6 and _signature_line(rest[end]):
        end += 1
        if _person_name(rest[end - 1]):
            break
    out.signature = rest[k:end]
    out.annex = rest[end:]  # a "PHỤ LỤC" after the signature: body again, on its own
    return out


def _signature_line(line: str) -> bool:
    return len(line) < 70 and CELL not in line and not line.upper().startswith("PHỤ LỤC")


def _person_name(line: str) -> bool:
    """"Lâm Thị Ngọc Bích": two to five words, each capitalised, not all in capitals."""
    words = line.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and not line.isupper()


def _font(run, size: float = 14, bold: bool | None = None, italic: bool | None = None) -> None:
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic


def _paragraph(container, text: str, *, align=None, bold: bool | None = None, size: float = 14,
               italic: bool | None = None, first_line: float | None = None,
               left: float | None = None, style: str | None = None):
    p = container.add_paragraph(style=style)
    fmt = p.paragraph_format
    fmt.space_before, fmt.space_after = Pt(3), Pt(3)
    if align is not None:
        p.alignment = align
    if first_line is not None:
        fmt.first_line_indent = Cm(first_line)
    if left is not None:
        fmt.left_indent = Cm(left)
    if text:
        _font(p.add_run(text), size, bold, italic)
    return p


def _no_borders(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "nil")
        borders.append(edge)
    table._tbl.tblPr.append(borders)


def _widths(table, widths_cm: list[float]) -> None:
    """Column widths that LibreOffice keeps: the grid's and every cell's, autofit off."""
    table.autofit = False
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm, strict=True):
        col.set(qn("w:w"), str(int(width * 567)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


def _cell_lines(cell, lines: list[str], *, bold_first: int = 0, italic: bool = False,
                size: float = 13, align=WD_ALIGN_PARAGRAPH.CENTER) -> None:
    first = cell.paragraphs[0]
    for n, line in enumerate(lines):
        p = first if n == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(0)
        if line:
            _font(p.add_run(line), size, bold=n < bold_first or None, italic=italic or None)


def _page_number_header(doc) -> None:
    p = doc.sections[0].header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        run = p.add_run()
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        else:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
    doc.sections[0].different_first_page_header_footer = True


def _is_heading(line: str, bold_items: bool) -> bool:
    text = line.strip()
    if ROMAN_HEADING.match(text):
        return True
    letters = [c for c in text if c.isalpha()]
    if letters and len(text) < 160 and all(c.isupper() for c in letters):
        return True
    return bold_items and len(text) < 120 and bool(re.match(r"^\d+(?:\.\d+)*\.\s", text)) and (
        text.endswith(":") or not text.endswith((".", ";")))


def build_docx(lines: list[str], seed: str) -> Document:
    """The DOCX of one text (see the module's docstring)."""
    rng = random.Random(seed)
    bullets = rng.random() < 0.35  # "- " items in the List Bullet style, the dash a glyph
    bold_items = rng.random() < 0.6
    new_page_annex = rng.random() < 0.7
    layout = split_layout(lines)
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    _page_number_header(doc)
    if layout.header_rows:
        table = doc.add_table(rows=len(layout.header_rows), cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        _no_borders(table)
        _widths(table, [6.0, 10.0])
        for row, (left, right) in zip(table.rows, layout.header_rows, strict=True):
            numbered = any(x.startswith("Số") for x in left)
            _cell_lines(row.cells[0], left, bold_first=0 if numbered else len(left))
            _cell_lines(row.cells[1], right, bold_first=0 if numbered else len(right),
                        italic=numbered)
    for n, line in enumerate(layout.title):
        _paragraph(doc, line, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=14 if n else 15)
    _body(doc, layout.body, bullets, bold_items)
    if layout.recipients or layout.signature:
        table = doc.add_table(rows=1, cols=2)
        _no_borders(table)
        _widths(table, [8.0, 8.0])
        left, right = table.rows[0].cells
        _cell_lines(left, layout.recipients, bold_first=1, size=12,
                    align=WD_ALIGN_PARAGRAPH.LEFT)
        _cell_lines(right, layout.signature, bold_first=max(1, len(layout.signature) - 1))
    if layout.annex and new_page_annex:
        doc.add_page_break()  # most offices start an annex on a page of its own
    _body(doc, layout.annex, bullets, bold_items)
    return doc


def _body(doc, lines: list[str], bullets: bool, bold_items: bool) -> None:
    """Paragraphs, and a table for each run of rows with cells."""
    table_rows: list[list[str]] = []
    for line in [*lines, None]:
        if line is not None and CELL in line:
            cells = [line[a:b] for a, b in split_cells(line)]  # as the reader cuts them
            if table_rows and len(cells) == len(table_rows[0]) - 1 and (
                    line.lstrip().startswith("|")):
                cells.insert(0, "")  # " | 09h30 | ...": one short, the first cell left empty
            table_rows.append(cells)
            continue
        if table_rows:
            _task_table(doc, table_rows)
            table_rows = []
        if line is None:
            break
        text = line.strip()
        if bullets and text.startswith("- "):
            _paragraph(doc, text[2:], align=WD_ALIGN_PARAGRAPH.JUSTIFY, style="List Bullet")
        elif text.startswith("Kính gửi"):
            _paragraph(doc, text, left=2.5)
        else:
            _paragraph(doc, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_line=1.0,
                       bold=True if _is_heading(text, bold_items) else None)


def _task_table(doc, rows: list[list[str]]) -> None:
    width = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    narrow = rows[0][0].strip().upper() in ("STT", "TT", "SỐ TT") and width > 2
    _widths(table, [1.2] + [14.8 / (width - 1)] * (width - 1) if narrow else [16.0 / width] * width)
    for r, (row, cells) in enumerate(zip(table.rows, rows, strict=True)):
        for c, text in enumerate(cells):
            _cell_lines(row.cells[c], [text.strip()], bold_first=1 if r == 0 else 0, size=12,
                        align=WD_ALIGN_PARAGRAPH.LEFT)


def to_pdf(docx_files: list[Path], out_dir: Path) -> None:
    """Print DOCX files to PDF with LibreOffice, as the corpus's PDFs were made."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("render_corpus: LibreOffice is missing (apt install libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory() as profile:
        for at in range(0, len(docx_files), 40):  # one start-up per forty files
            subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", "pdf", "--outdir", str(out_dir),
                            *map(str, docx_files[at:at + 40])],
                           check=True, capture_output=True, timeout=900)


def to_scan(pdf: Path, out: Path, seed: str, dpi: int = 200) -> None:
    """A scan of a printed page: grey paper, a slight blur and skew, dust specks."""
    import pypdfium2
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    pages = []
    document = pypdfium2.PdfDocument(str(pdf))
    for page in document:
        image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        paper = rng.randint(228, 242)
        image = image.point(lambda v, p=paper: min(v, p))
        image = image.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=paper)
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))
        pixels = image.load()
        for _ in range(rng.randint(20, 120)):
            x, y = rng.randrange(image.width - 3), rng.randrange(image.height - 3)
            for dx in range(rng.randint(1, 3)):
                for dy in range(rng.randint(1, 3)):
                    pixels[x + dx, y + dy] = rng.randint(20, 90)
        pages.append(image)
    document.close()
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=dpi)


def _cells_marked(line: str) -> str:
    """A row whose cells a copy from a portal separates with tabs or runs of spaces, in the
    corpus's own notation (" | "), so that it becomes a table row."""
    text = line.strip()
    if TAB in text:
        return CELL.join(part.strip() for part in text.split(TAB))
    if SPACED_CELLS.search(text):
        return CELL.join(re.split(r" {3,}", text))
    return line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("src", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--formats", default="docx,pdf,scan.pdf")
    args = parser.parse_args(argv)
    formats = set(args.formats.split(","))
    args.out.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    for txt in sorted(args.src.glob("*.txt")):
        name = txt.name[:-4]
        shutil.copy(txt, args.out / txt.name)
        gold = txt.with_name(name + ".gold.json")
        if gold.exists():
            shutil.copy(gold, args.out / gold.name)
        lines = [_cells_marked(line) for line in txt.read_text(encoding="utf-8").splitlines()]
        path = args.out / f"{name}.docx"
        build_docx(lines, name).save(path)
        made.append(path)
    if formats & {"pdf", "scan.pdf"}:
        to_pdf(made, args.out)
    if "scan.pdf" in formats:
        for path in made:
            name = path.name[:-5]
            to_scan(args.out / f"{name}.pdf", args.out / f"{name}.scan.pdf", name)
    if "pdf" not in formats:
        for path in made:
            (args.out / f"{path.name[:-5]}.pdf").unlink(missing_ok=True)
    if "docx" not in formats:
        for path in made:
            path.unlink()
    print(f"rendered {len(made)} documents into {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
