"""Scanned PDFs and page images through Tesseract, laid out like born-digital PDFs.

The scans are made here: a born-digital notice page (fpdf2, DejaVu) rendered by pdfium at the
resolution of the corpus scans, turned a little as a scanner does, then wrapped as an
image-only PDF or saved as PNG/TIFF. Each OCR'd page costs 1-2 s, so the page is rendered once
per module.
"""

from __future__ import annotations

import io
import shutil

import pypdfium2 as pdfium
import pytest
from fpdf import FPDF
from PIL import Image
from support.builders import FONT

from giaoviec.errors import MissingDependency, NoTextLayer
from giaoviec.parsers import parse_bytes
from giaoviec.parsers import tesseract as tesseract_module
from giaoviec.parsers.ocr import MIN_DPI, OcrDocument
from giaoviec.parsers.pdf_layout import Rule, Segment
from giaoviec.parsers.tesseract import TextLine, Word

BODY = ("Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng kiểm tra hiện trạng, xác định nhu "
        "cầu kinh phí, tham mưu UBND tỉnh bố trí từ nguồn dự phòng ngân sách tỉnh năm 2025; "
        "hoàn thành trước ngày 15/9/2025.")
TABLE = [("STT", "Nội dung", "Thời gian"), ("1", "Rà soát hồ sơ đất đai", "Quý III/2025"),
         ("2", "Báo cáo kết quả", "Tháng 12/2025")]
HINT = "OCR needs Tesseract with Vietnamese: apt-get install tesseract-ocr tesseract-ocr-vie"

have_tesseract = shutil.which("tesseract") is not None and "vie" in tesseract_module._languages(
    shutil.which("tesseract") or "", "")
needs_tesseract = pytest.mark.skipif(not have_tesseract,
                                     reason="Tesseract with the Vietnamese model is not installed")


def notice_pdf(*, with_table: bool = True) -> bytes:
    """One born-digital page: the two-column header, a title, a paragraph, a ruled table."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("serif", "", str(FONT))
    pdf.set_font("serif", size=13)
    pdf.add_page()
    for y, left, right in ((20, "UBND TỈNH QUẢNG TRỊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                           (27, "VĂN PHÒNG", "Độc lập - Tự do - Hạnh phúc"),
                           (34, "Số: 215/TB-VP", "Quảng Trị, ngày 18 tháng 8 năm 2025")):
        pdf.set_xy(15, y)
        pdf.cell(75, 6, left, align="C")
        pdf.set_xy(90, y)
        pdf.cell(110, 6, right, align="C")
    pdf.set_xy(30, 48)
    pdf.cell(160, 6, "THÔNG BÁO", align="C")
    pdf.set_xy(30, 60)
    pdf.multi_cell(160, 6.5, BODY, align="J")
    if with_table:
        pdf.set_y(pdf.get_y() + 6)
        with pdf.table(col_widths=(15, 95, 50), text_align="LEFT", first_row_as_headings=False,
                       line_height=8) as table:
            for cells in TABLE:
                row = table.row()
                for cell in cells:
                    row.cell(cell)
    return bytes(pdf.output())


def render(data: bytes, *, tilt: float = 0.0) -> Image.Image:
    """The first page as a grayscale scan at the resolution of the corpus scans (which OCR
    keeps: it reads a scan at its own resolution), turned by ``tilt`` degrees."""
    doc = pdfium.PdfDocument(data)
    image = doc[0].render(scale=MIN_DPI / 72, grayscale=True).to_pil().convert("L")
    doc.close()
    if tilt:
        image = image.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=255)
    return image


def image_pdf(*images: Image.Image) -> bytes:
    """An image-only PDF, one A4 page per image: what a scanner produces."""
    pdf = FPDF(unit="mm", format="A4")
    for image in images:
        pdf.add_page()
        pdf.image(image, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


@pytest.fixture(scope="module")
def scan() -> Image.Image:
    return render(notice_pdf(), tilt=0.6)


def check_notice(text: str) -> None:
    lines = text.split("\n")
    assert lines[:6] == ["UBND TỈNH QUẢNG TRỊ", "VĂN PHÒNG", "Số: 215/TB-VP",
                         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                         "Quảng Trị, ngày 18 tháng 8 năm 2025"]
    assert "THÔNG BÁO" in lines
    assert any(line.startswith("Giao Sở Tài chính chủ trì") and "15/9/2025" in line
               for line in lines)


@needs_tesseract
def test_scanned_pdf_is_read_like_a_born_digital_one(scan):
    doc = parse_bytes(image_pdf(scan), "scan.pdf")
    assert doc.ocr is True and doc.format == "pdf" and doc.pages == 1
    check_notice(doc.text)
    rows = [doc.block_text(b) for b in doc.blocks if b.kind == "row" and " | " in
            doc.block_text(b)]
    assert rows == [" | ".join(r) for r in TABLE]  # ruling lines found on the image
    assert isinstance(doc, OcrDocument)
    assert doc.ocr_confidence and all(0 < c <= 100 for c in doc.ocr_confidence.values())
    paragraph = next(b for b in doc.blocks if doc.block_text(b).startswith("Giao Sở"))
    assert doc.ocr_confidence[paragraph.index] > 80


@needs_tesseract
def test_png_and_multipage_tiff(scan):
    buffer = io.BytesIO()
    scan.save(buffer, format="PNG", dpi=(MIN_DPI, MIN_DPI))
    doc = parse_bytes(buffer.getvalue(), "page.png")
    assert doc.format == "image" and doc.ocr is True
    check_notice(doc.text)

    small = scan.resize((scan.width * 3 // 4, scan.height * 3 // 4))  # 150 dpi, none stated
    second = render(notice_pdf(with_table=False))
    buffer = io.BytesIO()
    small.save(buffer, format="TIFF", save_all=True, append_images=[second])
    doc = parse_bytes(buffer.getvalue(), "pages.tif")
    assert doc.pages == 2
    assert doc.text.count("Quảng Trị, ngày 18 tháng 8 năm 2025") == 2
    assert {b.page for b in doc.blocks} == {1, 2}


def mixed_pdf(scan: Image.Image) -> bytes:
    """Page 1 born-digital, page 2 a scanned image."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("serif", "", str(FONT))
    pdf.set_font("serif", size=13)
    pdf.add_page()
    pdf.set_xy(30, 30)
    pdf.multi_cell(150, 6.5, PAGE_ONE)
    pdf.add_page()
    pdf.image(scan, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


PAGE_ONE = "Trang một có lớp chữ: Giao Sở Nội vụ tổng hợp, báo cáo UBND tỉnh."


@needs_tesseract
def test_image_only_page_inside_a_born_digital_pdf(scan):
    doc = parse_bytes(mixed_pdf(scan), "mixed.pdf")
    assert doc.ocr is True and doc.pages == 2
    assert doc.text.startswith(PAGE_ONE + "\n")
    check_notice(doc.text[len(PAGE_ONE) + 1:])
    assert {b.page for b in doc.blocks} == {1, 2}
    assert all(doc.blocks[i].page == 2 for i in doc.ocr_confidence)  # page 1 was not OCR'd


# --- errors and switches: no Tesseract needed ----------------------------------------------------
def blank_scan() -> Image.Image:
    return Image.new("L", (200, 280), 255)


def test_without_tesseract_a_scan_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(MissingDependency, match=HINT):
        parse_bytes(image_pdf(blank_scan()), "scan.pdf")
    buffer = io.BytesIO()
    blank_scan().save(buffer, format="PNG")
    with pytest.raises(MissingDependency, match=HINT):
        parse_bytes(buffer.getvalue(), "page.png")


def test_without_the_vietnamese_model_a_scan_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/tesseract")
    monkeypatch.setattr(tesseract_module, "_languages", lambda exe, data: frozenset({"eng"}))
    with pytest.raises(MissingDependency, match=HINT):
        parse_bytes(image_pdf(blank_scan()), "scan.pdf")


def test_ocr_false_keeps_the_no_text_layer_error():
    with pytest.raises(NoTextLayer, match="no text layer: scanned PDF, OCR not enabled"):
        parse_bytes(image_pdf(blank_scan()), "scan.pdf", ocr=False)
    buffer = io.BytesIO()
    blank_scan().save(buffer, format="PNG")
    with pytest.raises(NoTextLayer, match="OCR not enabled"):
        parse_bytes(buffer.getvalue(), "page.png", ocr=False)


def test_mixed_pdf_without_tesseract_keeps_its_text_pages(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    doc = parse_bytes(mixed_pdf(blank_scan()), "mixed.pdf")
    assert doc.text == PAGE_ONE and doc.ocr is False
    assert doc.warnings == [f"page 2 without text layer skipped: {HINT}"]
    with pytest.raises(MissingDependency, match=HINT):
        parse_bytes(mixed_pdf(blank_scan()), "mixed.pdf", ocr=True)


# --- post-correction and page geometry: rules on their own, no Tesseract needed ----------------
@pytest.mark.parametrize(("word", "before", "after", "expected"), [
    ("tống", "báo", "hợp", "tổng"),  # hỏi read as sắc, fixed by the dictionary word
    ("kiếm", "thăm", "tra", "kiểm"),
    ("chỉ", "phần", "phí", "chi"),
    ("chỉ", "ban", "đạo", "chỉ"),  # a word with its neighbour: left alone
    ("buối", "tại", "kiểm", "buổi"),  # no word at all, its hỏi reading one by itself
    ("vì", "xử", "phạm", "vi"),  # the dot of the i read as huyền: "vi phạm"
    ("vì", "Vì", "vậy", "vì"),
    ("tỉnh", "UBND", "hoàn", "tỉnh"),  # never "tinh hoàn"
    ("tính", "bàn", "Thanh", "tính"),  # valid words are only moved from sắc to hỏi
    ("Luân", "Minh", None, "Luân"),  # names stay
    ("Hòa", "Khánh", None, "Hòa"),  # tone placement is not an error
    ("UBND", None, "tỉnh", "UBND"),
])
def test_tone_corrections(word, before, after, expected):
    from giaoviec.parsers.ocr_correction import correct_word

    assert correct_word(word, before, after) == expected


def test_numeral_and_number_corrections():
    from giaoviec.parsers.ocr_structure import fix_heading_sequence, fix_number, fix_roman

    assert fix_roman("HI.", heading=True, after_quarter=False) == "III."
    assert fix_roman("IL.MỤC", heading=True, after_quarter=False) == "II. MỤC"
    assert fix_roman("1.", heading=True, after_quarter=False) == "1."
    assert fix_roman("II1/2025", heading=False, after_quarter=True) == "III/2025"
    assert fix_roman("HI.", heading=False, after_quarter=False) == "HI."
    assert fix_number("2l5/TB-VP") == "215/TB-VP"
    assert fix_number("1O/9/2025") == "10/9/2025"
    assert fix_number("15/9/2025") == "15/9/2025"
    assert fix_roman("11/2026.", heading=False, after_quarter=True) == "II/2026."
    assert fix_roman("1/2026", heading=False, after_quarter=True) == "1/2026"
    pages = [[Segment(86, 700 - 40 * i, 300, 712 - 40 * i, text) for i, text in enumerate(
        ["I. MỤC ĐÍCH", "I. TÌNH HÌNH", "III NHIỆM VỤ"])]]
    fix_heading_sequence(pages)
    assert [s.text for s in pages[0]] == ["I. MỤC ĐÍCH", "II. TÌNH HÌNH", "III. NHIỆM VỤ"]


def test_a_numbered_item_read_with_a_comma_is_put_right_by_its_neighbours():
    from giaoviec.parsers.ocr_structure import fix_heading_sequence

    texts = ["1, Sở Nông nghiệp và Môi trường:", "- Tham mưu UBND tỉnh ban hành ...",
             "2. Công an tỉnh:", "quy định tại khoản 1,", "2, Điều 5 Nghị định số 30/2020/NĐ-CP",
             "7, Ủy ban nhân dân các xã"]
    pages = [[Segment(86, 700 - 20 * i, 500, 712 - 20 * i, t) for i, t in enumerate(texts)]]
    fix_heading_sequence(pages)
    assert [s.text[:3] for s in pages[0]] == ["1. ", "- T", "2. ", "quy", "2, ", "7, "]


def words_line(*words: tuple[str, int, int, int, int], size: float = 40) -> TextLine:
    return TextLine(0, 0, 2000, 60, 0.0, -10.0, size, [Word(*box, 95.0, text)
                                                      for text, *box in words])


def test_bullets_dashes_and_specks():
    from giaoviec.parsers.ocr_correction import correct_line
    from giaoviec.parsers.ocr_page import drop_specks

    bullet = words_line(("s®", 100, 20, 118, 38), ("Rà", 150, 0, 200, 40),
                        ("soát", 210, 0, 300, 40))
    assert [w.text for w in correct_line(bullet).words] == ["•", "Rà", "soát"]
    dash = words_line(("~", 100, 20, 118, 26), ("UBND", 150, 0, 260, 40))
    assert [w.text for w in correct_line(dash).words] == ["-", "UBND"]
    text = words_line(("lượng.", 100, 0, 220, 40), (";", 224, 28, 230, 44))
    speck = words_line((".", 1200, 30, 1206, 36))
    kept = drop_specks([text, speck])
    assert [[w.text for w in line.words] for line in kept] == [["lượng.", ";"]]
    unread = TextLine(880, 80, 896, 108, 0.0, -5.0, 28.0, [Word(880, 80, 896, 108, 0.0, "nu")])
    sure = TextLine(880, 80, 896, 108, 0.0, -5.0, 28.0, [Word(880, 80, 896, 108, 96.0, "2")])
    kept = drop_specks([text, unread, sure])
    assert [[w.text for w in line.words] for line in kept] == [["lượng.", ";"], ["2"]]


def test_scanned_pages_are_aligned_to_the_text_layer():
    from giaoviec.parsers.ocr_page import OcrPage, align_pages

    def page(left: float) -> OcrPage:
        segs = [Segment(left, 700 - 20 * i, 500, 712 - 20 * i, "dòng") for i in range(6)]
        return OcrPage(segs, [Rule(left, 100, left + 300, 101)], 595, 842)

    shifted = page(89.0)
    align_pages([shifted], [Segment(85.6, 700 - 20 * i, 500, 712 - 20 * i, "x")
                            for i in range(6)])
    assert shifted.segments[0].x0 == pytest.approx(86.0)
    assert shifted.rules[0].x0 == pytest.approx(86.0)


def test_dashes_and_end_marks_are_put_back_from_the_pixels():
    import numpy as np

    from giaoviec.parsers.ocr_marks import recover_marks

    ink = np.zeros((200, 1000), dtype=bool)
    ink[80:100, 200:380] = True  # the word "tỉnh", baseline at y=100, text 40 px high
    ink[86:89, 160:180] = True  # a dash 20 px before it, at half the height of small letters
    ink[72:77, 385:390] = True  # ";": a dot up at x-height...
    ink[95:107, 385:390] = True  # ...and a comma going below the baseline
    line = TextLine(200, 60, 380, 110, 0.0, -10.0, 40.0, [Word(200, 62, 380, 100, 95.0, "tỉnh")])
    (fixed,) = recover_marks(ink, [line], 40.0)
    assert [w.text for w in fixed.words] == ["-", "tỉnh;"]
    ink[:, 150:199] = False
    ink[72:77, 385:390] = False
    ink[95:107, 385:390] = False
    ink[95:100, 385:390] = True  # a full stop on the baseline
    (fixed,) = recover_marks(ink, [line], 40.0)
    assert [w.text for w in fixed.words] == ["tỉnh."]


def test_a_page_of_short_paragraphs_is_aligned_by_its_full_lines_not_its_indents():
    """A page whose paragraphs mostly fit on one line starts more lines at the indent than at
    the margin; its edge is where the lines that run to the right start."""
    from giaoviec.parsers.ocr_page import OcrPage, align_pages

    def page(margin: float, first_lines: int) -> OcrPage:
        segs = []
        for i in range(first_lines):  # indented one-line paragraphs
            segs.append(Segment(margin + 28, 700 - 40 * i, 300, 712 - 40 * i, "Một đoạn"))
        for i in range(3):  # wrapped lines at the margin, running to the right edge
            segs.append(Segment(margin, 300 - 20 * i, 540, 312 - 20 * i, "dòng tiếp theo"))
        return OcrPage(segs, [], 595, 842)

    usual, short = page(88.0, 2), page(61.0, 6)
    align_pages([usual, page(88.0, 2), short], [])
    assert min(s.x0 for s in short.segments) == pytest.approx(88.0)


def _tilted_table_page(angle: float):
    """A 200 dpi page of text lines above a ruled table with hairline borders, turned by
    ``angle`` degrees as a scanner would."""
    import random

    import numpy as np

    rng = random.Random(7)
    page = np.full((2300, 1650), 236, dtype=np.uint8)
    def word(top: int, x0: int, x1: int) -> None:  # letters: upright strokes on a baseline
        for x in range(x0, x1, 7):
            page[top + rng.randint(0, 6):top + 22, x:x + 3] = 30

    for top in range(200, 900, 46):  # body text
        x = 160
        while x < 1450:
            width = rng.randint(40, 160)
            word(top, x, x + width)
            x += width + rng.randint(12, 20)
    for y in range(1000, 2101, 110):  # the table: hairlines 2 px wide
        page[y:y + 2, 160:1490] = 20
    for x in (160, 260, 900, 1200, 1490):
        page[1000:2102, x:x + 2] = 20
    for y in range(1030, 2080, 110):  # one short line of text per cell
        for x0, x1 in ((180, 230), (280, 800), (920, 1150), (1220, 1450)):
            word(y, x0, x1)
    image = Image.fromarray(page).rotate(angle, resample=Image.Resampling.BICUBIC,
                                         fillcolor=236)
    return np.asarray(image)


@pytest.mark.parametrize("angle", [-0.55, -0.25, 0.15, 0.3, 0.5])
def test_a_slight_tilt_is_measured_at_200_dpi(angle):
    """Sampling every 4th pixel read a 0.25 degree tilt as 0.05 and left a table's inner
    borders drifting off their column; the tilt is now found to within 0.05 degree."""
    from giaoviec.parsers.ocr_page import dark_mask, skew_angle

    measured = skew_angle(dark_mask(_tilted_table_page(angle)))
    assert measured == pytest.approx(-angle, abs=0.05)


@pytest.mark.parametrize("angle", [-0.25, 0.15, 0.45])
def test_a_tilted_table_is_straightened_into_whole_borders(angle):
    """Each border comes back as one rule: all five columns' (inner ones included) and all
    eleven rows', though turning the page by whole-pixel shears steps each line by a pixel."""
    from giaoviec.parsers.ocr_page import straighten

    _, turned, rules, _ = straighten(_tilted_table_page(angle), 200 / 72)
    assert turned == pytest.approx(-angle, abs=0.05)
    columns = [r for r in rules if r.vertical and r.top - r.bottom > 0.95 * 1100 * 72 / 200]
    rows = [r for r in rules if r.horizontal and r.x1 - r.x0 > 0.95 * 1330 * 72 / 200]
    assert (len(columns), len(rows), len(rules)) == (5, 11, 16)


def test_a_line_read_across_a_cell_border_is_cut_at_the_border():
    """Tesseract reads "thủ tục thanh" and "Các chủ đầu tư" of two cells as one line once the
    border is painted out; the cell's padding is narrower than a column gap."""
    from giaoviec.parsers.ocr_page import to_segments

    scale = 200 / 72
    words = [Word(160, 1000, 300, 1030, 95.0, "thủ"), Word(310, 1000, 420, 1030, 95.0, "thanh"),
             Word(460, 1000, 520, 1030, 95.0, "Các"), Word(530, 1000, 600, 1030, 95.0, "chủ")]
    line = TextLine(160, 1000, 600, 1030, 0.0, -5.0, 30.0, words)
    border = Rule(440 / scale, 842 - 1200 / scale, 442 / scale, 842 - 900 / scale)
    assert [s.text for s in to_segments([line], scale, 842)] == ["thủ thanh Các chủ"]
    assert [s.text for s in to_segments([line], scale, 842, [border])] == ["thủ thanh", "Các chủ"]


def test_the_short_border_between_two_cells_of_a_one_line_row_is_a_rule():
    import numpy as np

    from giaoviec.parsers.ocr_page import find_rules

    page = np.full((400, 1200), 236, dtype=np.uint8)
    page[100:102, 100:1100] = 20  # a header row 40 px (14.4 pt) high
    page[140:142, 100:1100] = 20
    for x in (100, 600, 1098):
        page[100:142, x:x + 2] = 20
    page[250:288, 300:303] = 20  # a stroke nearly as long, joining no borders: a glyph's
    rules, _ = find_rules(page, 200 / 72)
    assert sorted(round(r.x0 * 200 / 72) for r in rules if r.vertical) == [100, 600, 1098]


def test_a_tilted_page_of_text_alone_is_read_as_scanned():
    """Turning costs small print letters and Tesseract copes with the tilt; only a ruled
    table needs the page level. A blank page is no error."""
    import numpy as np

    from giaoviec.parsers.ocr_page import straighten

    page = _tilted_table_page(0.4)
    text_only = np.where(np.arange(page.shape[0])[:, None] < 950, page, np.uint8(236))
    kept, turned, _, _ = straighten(text_only, 200 / 72)
    assert turned == 0.0 and kept is text_only
    blank = np.full((400, 300), 236, dtype=np.uint8)
    assert straighten(blank, 200 / 72)[1:3] == (0.0, [])


def test_a_recipients_report_note_misread_is_restored():
    from giaoviec.parsers.ocr_correction import correct_line

    line = words_line(("-", 100, 0, 110, 40), ("Bộ", 120, 0, 160, 40), ("Công", 170, 0, 240, 40),
                      ("an", 250, 0, 290, 40), ("(b/€);", 300, 0, 400, 40))
    assert [w.text for w in correct_line(line).words][-1] == "(b/c);"
    kept = words_line(("Sở", 100, 0, 140, 40), ("Y", 150, 0, 170, 40), ("tế", 180, 0, 220, 40),
                      ("(b/c);", 230, 0, 330, 40))
    assert [w.text for w in correct_line(kept).words][-1] == "(b/c);"
    other = words_line(("(a/€)", 100, 0, 200, 40))  # not the note: left as read
    assert [w.text for w in correct_line(other).words] == ["(a/€)"]
