"""Born-digital PDF: reading order of the two-column blocks, paragraphs, tables, furniture."""

from __future__ import annotations

import pytest
from fpdf import FPDF
from hypothesis import given
from hypothesis import strategies as st
from support.builders import FONT, build_pdf

from giaoviec.errors import CorruptInput, EncryptedInput, NoTextLayer
from giaoviec.parsers import parse_bytes
from giaoviec.parsers.pdf import _margins
from giaoviec.parsers.pdf_layout import Segment, join_lines, layout_page

BODY = ("Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng kiểm tra hiện trạng, xác định nhu "
        "cầu kinh phí, tham mưu UBND tỉnh bố trí từ nguồn dự phòng ngân sách tỉnh năm 2025; "
        "hoàn thành trước ngày 15/9/2025 và báo cáo kết quả thực hiện về Văn phòng UBND tỉnh.")


def new_pdf() -> FPDF:
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(30, 20, 20)
    pdf.add_font("serif", "", str(FONT))
    pdf.set_font("serif", size=13)
    return pdf


def header_block(pdf: FPDF) -> None:
    """The Decree 30 header: two centred columns sharing baselines."""
    rows = [("UBND TỈNH QUẢNG TRỊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("VĂN PHÒNG", "Độc lập - Tự do - Hạnh phúc"),
            ("Số: 215/TB-VP", "Quảng Trị, ngày 18 tháng 8 năm 2025")]
    y = 20
    for left, right in rows:
        pdf.set_xy(20, y)
        pdf.cell(70, 6, left, align="C")
        pdf.set_xy(90, y)
        pdf.cell(110, 6, right, align="C")
        y += 7
    pdf.set_xy(30, y + 6)
    pdf.cell(160, 6, "THÔNG BÁO", align="C")
    pdf.set_xy(30, y + 14)


def paragraph(pdf: FPDF, text: str) -> None:
    """A justified paragraph followed by paragraph spacing."""
    pdf.set_x(30)
    pdf.multi_cell(160, 6.5, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)


def test_header_columns_are_not_interleaved():
    pdf = new_pdf()
    pdf.add_page()
    header_block(pdf)
    paragraph(pdf, BODY)
    doc = parse_bytes(bytes(pdf.output()), "a.pdf")
    lines = doc.text.split("\n")
    assert lines[:7] == ["UBND TỈNH QUẢNG TRỊ", "VĂN PHÒNG", "Số: 215/TB-VP",
                         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                         "Quảng Trị, ngày 18 tháng 8 năm 2025", "THÔNG BÁO"]
    zone = next(b for b in doc.blocks if b.kind == "table")
    assert zone.layout == "columns"


def test_wrapped_lines_join_into_one_paragraph():
    pdf = new_pdf()
    pdf.add_page()
    pdf.set_xy(30, 30)
    paragraph(pdf, BODY)
    paragraph(pdf, "Giao Sở Nội vụ tổng hợp chung trong phương án điều động, bố trí công chức "
                   "cấp xã trên địa bàn toàn tỉnh, báo cáo UBND tỉnh trong tháng 9/2025.")
    doc = parse_bytes(bytes(pdf.output()), "a.pdf")
    assert doc.text.split("\n")[0] == BODY
    assert len(doc.text.split("\n")) == 2


class NumberedPDF(FPDF):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_xy(100, 8)
            self.cell(10, 6, str(self.page_no()), align="C")
            self.set_xy(30, 22)


def test_page_number_is_furniture_and_a_page_break_does_not_cut_a_sentence():
    pdf = NumberedPDF(unit="mm", format="A4")
    pdf.set_margins(30, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("serif", "", str(FONT))
    pdf.set_font("serif", size=13)
    pdf.add_page()
    pdf.set_xy(30, 250)
    text = BODY + " " + BODY
    pdf.multi_cell(160, 6.5, text, align="J")
    doc = parse_bytes(bytes(pdf.output()), "a.pdf")
    assert doc.pages == 2
    assert doc.text == text
    assert [(f.kind, f.text, f.page) for f in doc.furniture] == [("page_number", "2", 2)]


def test_fake_bold_overprint_is_read_once():
    data = build_pdf([[(30, 30, "THÔNG BÁO KẾT LUẬN")]], fake_bold=True)
    assert parse_bytes(data, "a.pdf").text == "THÔNG BÁO KẾT LUẬN"


def test_hyphen_at_a_line_end_is_kept():
    assert join_lines(["xây dựng kế hoạch giai đoạn 2026-", "2030 trên cơ sở quy hoạch"]) == (
        "xây dựng kế hoạch giai đoạn 2026-2030 trên cơ sở quy hoạch")
    assert join_lines(["kinh tế -", "xã hội"]) == "kinh tế - xã hội"


def test_a_hyphen_glued_to_a_code_joins_the_next_line_without_a_space():
    # LibreOffice breaks "Số: 2386/SVHTTDL-QLVHGĐ" after the hyphen; pdfium marks it "\x02"
    assert join_lines(["Số: 2386/SVHTTDL-", "QLVHGĐ"]) == "Số: 2386/SVHTTDL-QLVHGĐ"
    assert join_lines(["Văn hóa -", "Điện ảnh"]) == "Văn hóa - Điện ảnh"


def test_wrapped_header_column_lines_join():
    """A long issuer or "Nơi nhận" item wraps inside its column: "VÀ DU LỊCH" goes on with
    "SỞ VĂN HÓA, THỂ THAO", "(b/c);" with its dash item; "Kính gửi:" right under the
    left column is no part of it."""
    segments = [Segment(102, 770, 238, 784, "UBND TỈNH NGHỆ AN"),
                Segment(262, 770, 532, 784, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                Segment(92, 755, 248, 768, "SỞ VĂN HÓA, THỂ THAO"),
                Segment(318, 755, 476, 768, "Độc lập - Tự do - Hạnh phúc"),
                Segment(132, 741, 209, 754, "VÀ DU LỊCH"),
                Segment(114, 727, 227, 740, "Số: 2386/SVHTTDL-QLVHGĐ"),
                Segment(300, 727, 500, 740, "Nghệ An, ngày 12 tháng 8 năm 2025"),
                Segment(106, 713, 234, 726, "V/v tăng cường công tác"),
                Segment(156, 699, 210, 712, "Kính gửi:")]
    page = layout_page(segments, [], 595, 842, 85, 552)
    zone = page.items[0]
    assert [" ".join(p) for p in zone.left] == [
        "UBND TỈNH NGHỆ AN", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Số: 2386/SVHTTDL-QLVHGĐ",
        "V/v tăng cường công tác"]
    assert page.items[-1].text == "Kính gửi:"
    closing = [Segment(85, 246, 250, 260, "Nơi nhận:"), Segment(330, 246, 460, 260, "CHỦ TỊCH"),
               Segment(85, 230, 255, 244, "- Đoàn Chủ tịch TW Hội LHPN"),
               Segment(340, 230, 450, 244, "(Đã ký)"),
               Segment(85, 216, 140, 229, "(b/c);"),
               Segment(85, 202, 160, 215, "- Lưu: VT.")]
    zone = layout_page(closing, [], 595, 842, 85, 552).items[0]
    assert [" ".join(p) for p in zone.left] == [
        "Nơi nhận:", "- Đoàn Chủ tịch TW Hội LHPN (b/c);", "- Lưu: VT."]


def test_an_annex_title_under_the_signature_is_not_part_of_its_column():
    closing = [Segment(85, 246, 250, 260, "Nơi nhận:"),
               Segment(330, 246, 460, 260, "KT. CHỦ TỊCH"),
               Segment(85, 230, 200, 244, "- Như Điều 4;"),
               Segment(340, 230, 450, 244, "Hoàng Hải Minh"),
               Segment(85, 214, 160, 228, "- Lưu: VT."),
               Segment(114, 196, 190, 211, "KẾ HOẠCH"),
               Segment(114, 180, 340, 194, "Tổ chức Tuần lễ Festival Huế năm 2026")]
    page = layout_page(closing, [], 595, 842, 85, 552)
    assert [" ".join(p) for p in page.items[0].left] == ["Nơi nhận:", "- Như Điều 4;",
                                                         "- Lưu: VT."]
    assert [item.text for item in page.items[1:]] == [
        "KẾ HOẠCH", "Tổ chức Tuần lễ Festival Huế năm 2026"]


def test_a_wrapped_centred_title_is_one_line_and_a_short_last_word_stays_with_its_line():
    lines = [Segment(264, 714, 360, 730, "QUYẾT ĐỊNH"),
             Segment(86, 692, 537, 705,
                     "Về việc giao nhiệm vụ rà soát, sửa đổi, bổ sung hương ước,"),
             Segment(134, 674, 490, 687, "quy ước của các thôn trên địa bàn xã năm 2026"),
             Segment(114, 631, 537, 644,
                     "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng"),
             Segment(86, 612, 537, 625, "6 năm 2025; Ban Thường vụ xây dựng Kế hoạch như"),
             Segment(86, 597, 107, 604, "sau:")]  # short letters: a low top, no taller line
    texts = [item.text for item in layout_page(lines, [], 595, 842, 86, 537).items]
    assert texts == ["QUYẾT ĐỊNH",
                     "Về việc giao nhiệm vụ rà soát, sửa đổi, bổ sung hương ước, quy ước của "
                     "các thôn trên địa bàn xã năm 2026",
                     "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025; "
                     "Ban Thường vụ xây dựng Kế hoạch như sau:"]


def test_a_bullet_item_with_a_hanging_indent_is_one_paragraph():
    lines = [Segment(85, 142, 538, 155, "\uf0b7 Ban Xây dựng Đảng chủ trì, phối hợp với Văn"),
             Segment(104, 124, 537, 137, "phòng Đảng ủy hướng dẫn các chi bộ trực thuộc"),
             Segment(104, 105, 300, 118, "hoàn thành trước 31/12."),
             Segment(85, 87, 400, 100, "\uf0b7 Các chi bộ trực thuộc rà soát quần chúng.")]
    texts = [item.text for item in layout_page(lines, [], 595, 842, 85, 537).items]
    assert texts == ["\uf0b7 Ban Xây dựng Đảng chủ trì, phối hợp với Văn phòng Đảng ủy hướng "
                     "dẫn các chi bộ trực thuộc hoàn thành trước 31/12.",
                     "\uf0b7 Các chi bộ trực thuộc rà soát quần chúng."]


def test_the_left_margin_is_where_lines_running_to_the_right_edge_start():
    """Paragraphs of one line each ("Căn cứ ...;") start at the indent, more often than
    wrapped lines start at the margin; table cells start further left still."""
    one_liners = [Segment(114, 600 - 20 * k, 520, 613 - 20 * k, "Căn cứ Luật;") for k in range(6)]
    wrapped = [Segment(114, 400, 537, 413, "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội"),
               Segment(86, 380, 537, 393, "tại Tờ trình số 06/TTr-VHXH ngày 30 tháng 01"),
               Segment(86, 360, 537, 373, "năm 2026 và của các cơ quan, đơn vị có liên quan"),
               Segment(86, 340, 537, 353, "trên địa bàn xã về việc giao nhiệm vụ năm 2026")]
    cells = [Segment(40, 300 - 15 * k, 60, 312 - 15 * k, str(k)) for k in range(4)]
    assert _margins(one_liners + wrapped + cells)[0] == 86


def test_merged_header_line_from_other_extractors_still_splits_by_gap():
    segments = [Segment(85, 770, 230, 784, "UBND TỈNH QUẢNG TRỊ"),
                Segment(265, 770, 535, 784, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                Segment(118, 755, 197, 767, "VĂN PHÒNG"),
                Segment(315, 752, 485, 765, "Độc lập - Tự do - Hạnh phúc")]
    page = layout_page(segments, [], 595, 842, 85, 552)
    zone = page.items[0]
    assert [p[0] for p in zone.left] == ["UBND TỈNH QUẢNG TRỊ", "VĂN PHÒNG"]
    assert [p[0] for p in zone.right] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                          "Độc lập - Tự do - Hạnh phúc"]


def test_first_line_indent_and_list_markers_start_paragraphs():
    lines = [Segment(114, 700, 552, 713, "Giao Sở Tài chính chủ trì, phối hợp với Sở Xây"),
             Segment(85, 684, 552, 697, "dựng kiểm tra hiện trạng, xác định nhu cầu kinh"),
             Segment(85, 668, 300, 681, "phí."),
             Segment(114, 652, 552, 665, "Sở Nội vụ tổng hợp chung trong phương án điều"),
             Segment(85, 636, 552, 649, "động công chức cấp xã trên địa bàn toàn tỉnh,"),
             Segment(85, 620, 552, 633, "- Chủ trì rà soát các văn bản quy phạm pháp luật")]
    page = layout_page(lines, [], 595, 842, 85, 552)
    texts = [item.text for item in page.items]
    assert texts == ["Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng kiểm tra hiện trạng, "
                     "xác định nhu cầu kinh phí.",
                     "Sở Nội vụ tổng hợp chung trong phương án điều động công chức cấp xã trên "
                     "địa bàn toàn tỉnh,",
                     "- Chủ trì rà soát các văn bản quy phạm pháp luật"]


def test_a_line_wrapped_before_the_dash_of_a_compound_goes_on():
    """"các tổ chức chính trị" / "- xã hội tỉnh vận động ...": the line broke before the dash
    of "chính trị - xã hội"; after a full line that ends no sentence, a dash and a word in
    lower case go on with it. After ":" or ";", or a short line, a dash opens an item."""
    lines = [Segment(114, 700, 552, 713, "5. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức"),
             Segment(85, 684, 552, 697, "chính trị - xã hội, các hội quần chúng và các tổ chức"),
             Segment(85, 668, 552, 681, "- xã hội tỉnh vận động đoàn viên, hội viên tham gia:"),
             Segment(85, 652, 400, 665, "- rà soát các văn bản quy phạm pháp luật;"),
             Segment(85, 636, 300, 649, "- tổng hợp kết quả.")]
    page = layout_page(lines, [], 595, 842, 85, 552)
    texts = [item.text for item in page.items]
    assert texts == ["5. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội, các "
                     "hội quần chúng và các tổ chức - xã hội tỉnh vận động đoàn viên, hội viên "
                     "tham gia:",
                     "- rà soát các văn bản quy phạm pháp luật;",
                     "- tổng hợp kết quả."]


def test_ruled_table_becomes_rows_of_cells():
    pdf = new_pdf()
    pdf.add_page()
    pdf.set_xy(30, 30)
    widths = (15, 75, 35, 35)
    rows = [("STT", "Nội dung công việc", "Chủ trì", "Thời gian"),
            ("1", "Tổ chức hội nghị quán triệt Luật Đất đai cho cán bộ cấp xã", "Sở Tư pháp",
             "Quý III/2024")]
    y = 30
    for row, height in zip(rows, (8, 20), strict=True):
        x = 30
        for width, cell in zip(widths, row, strict=True):
            pdf.set_xy(x, y + 1)
            pdf.multi_cell(width, 6, cell, align="L")
            pdf.rect(x, y, width, height)  # a box per cell, as many producers draw them
            x += width
        y += height
    doc = parse_bytes(bytes(pdf.output()), "a.pdf")
    rows_out = [doc.block_text(b) for b in doc.blocks if b.kind == "row"]
    assert rows_out[0] == "STT | Nội dung công việc | Chủ trì | Thời gian"
    assert rows_out[1] == ("1 | Tổ chức hội nghị quán triệt Luật Đất đai cho cán bộ cấp xã | "
                           "Sở Tư pháp | Quý III/2024")


def _segments_both_ways(data: bytes):
    """The page's segments as the pipeline reads them (the page text, line by line) and as
    pdfium gives them rectangle by rectangle."""
    import pypdfium2.raw as pdfium_c

    from giaoviec.parsers.pdf import _segments_by_rect, _text_segments, open_pdf

    pdf = open_pdf(data)
    page = pdfium_c.FPDF_LoadPage(pdf.raw, 0)
    textpage = pdfium_c.FPDFText_LoadPage(page)
    try:
        chars = pdfium_c.FPDFText_CountChars(textpage)
        return _text_segments(textpage), _segments_by_rect(textpage, 0, -1, chars)
    finally:
        pdfium_c.FPDFText_ClosePage(textpage)
        pdfium_c.FPDF_ClosePage(page)
        pdf.close()


def test_page_text_by_line_gives_the_segments_of_every_rectangle():
    # the fast path (one ask for the page's text) must say what asking each rectangle says:
    # header columns on one baseline, a justified paragraph, a ruled table's cells
    pdf = new_pdf()
    pdf.add_page()
    header_block(pdf)
    paragraph(pdf, BODY)
    x = 30
    for width, cell in zip((15, 75, 35), ("1", "Tổ chức hội nghị quán triệt", "Sở Tư pháp"),
                           strict=True):
        pdf.set_xy(x, 150)
        pdf.cell(width, 8, cell)
        pdf.rect(x, 150, width, 8)
        x += width
    by_line, by_rect = _segments_both_ways(bytes(pdf.output()))
    assert len(by_line) == len(by_rect) > 10
    for fast, slow in zip(by_line, by_rect, strict=True):
        assert fast.text.strip() == slow.text.strip()
        assert (fast.x0, fast.bottom, fast.x1, fast.top) == pytest.approx(
            (slow.x0, slow.bottom, slow.x1, slow.top))
    assert "UBND TỈNH QUẢNG TRỊ" in [s.text.strip() for s in by_line]  # a column, not the row


def test_pdf_without_text_layer_is_reported_as_scanned():
    pdf = new_pdf()
    pdf.add_page()
    pdf.rect(20, 20, 50, 50, style="F")
    with pytest.raises(NoTextLayer, match="no text layer: scanned PDF"):
        parse_bytes(bytes(pdf.output()), "scan.pdf")


def test_password_protected_pdf():
    pdf = new_pdf()
    pdf.add_page()
    pdf.text(30, 30, "Mật")
    pdf.set_encryption(owner_password="owner", user_password="user")
    with pytest.raises(EncryptedInput, match="password-protected PDF"):
        parse_bytes(bytes(pdf.output()), "locked.pdf")


def test_truncated_pdf_is_corrupt():
    data = build_pdf([[(30, 30, "Nội dung")]])
    with pytest.raises(CorruptInput):
        parse_bytes(data[: len(data) // 3], "cut.pdf")


@pytest.mark.parametrize(("text", "number"), [
    ("2", True), ("- 2 -", True), ("Trang 2", True), ("2/5", True),
    ("5)", True), ("(3", True), ("3.", True),  # as OCR reads a page number in the margin
    ("1. Sở Y tế", False), ("Điều 2", False), ("2025", False)])
def test_what_reads_as_a_page_number(text, number):
    from giaoviec.parsers.pdf_layout import PAGE_NUMBER

    assert bool(PAGE_NUMBER.match(text)) is number


def test_a_page_number_read_as_a_scrap_is_furniture_too():
    """OCR may read a page number twice, the second time as letters ("2" then "si")."""
    from giaoviec.parsers.pdf_layout import Segment, layout_page

    body = [Segment(85, 700 - 20 * i, 540, 712 - 20 * i, f"Dòng thứ {i} của đoạn văn")
            for i in range(4)]
    top = [Segment(318, 806, 324, 815, "2"), Segment(318, 800, 325, 808, "si")]
    page = layout_page(top + body, [], 595, 842, 85, 540)
    assert page.page_numbers == ["2", "si"]
    assert "si" not in " ".join(item.text for item in page.items)


@given(st.text(alphabet=st.sampled_from("aAđĐêỆ ,.:1-()ªº中ǅ"), max_size=12))
def test_all_caps_fast_path_agrees_with_its_definition(text):
    from giaoviec.parsers.pdf_layout import _all_caps

    letters = [c for c in text if c.isalpha()]
    assert _all_caps(text) == (len(letters) >= 2 and all(c.isupper() for c in letters))
