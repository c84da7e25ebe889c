"""Plain text: encodings, lines and cells, offsets that follow the file's own lines."""

from __future__ import annotations

import unicodedata

import pytest

from giaoviec.parsers import parse_bytes

TONES = "\u0300\u0301\u0303\u0309\u0323"


def windows_1258(text: str) -> bytes:
    """Windows-1258 writes tone marks as combining characters after the (precomposed) vowel."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")

SAMPLE = "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/TB-UBND\n\nGiao Sở Y tế."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                      "cp1258"])
def test_encodings_decode_to_the_same_text(encoding):
    data = windows_1258(SAMPLE) if encoding == "cp1258" else SAMPLE.encode(encoding)
    doc = parse_bytes(data, "a.txt")
    assert doc.text == SAMPLE
    assert doc.format == "txt"


def test_text_keeps_blank_lines_and_line_offsets():
    doc = parse_bytes(SAMPLE.encode(), "a.txt")
    lines = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert lines == ["Số: 12/TB-UBND", "Giao Sở Y tế."]


def test_side_by_side_cells_become_a_row_with_cells():
    doc = parse_bytes(SAMPLE.encode(), "a.txt")
    row = next(b for b in doc.blocks if b.kind == "row")
    cells = doc.cells_of(row)
    assert [doc.block_text(c) for c in cells] == ["ỦY BAN NHÂN DÂN",
                                                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert [c.col for c in cells] == [0, 1]


def test_a_row_that_opens_on_its_separator_keeps_its_empty_first_cell():
    """" | 09h30 | Làm việc ..." under "Thứ Hai 13/10 | 07h30 | ...": the day cell is empty,
    not missing, so the row's cells stay under their column titles."""
    text = ("Thứ, ngày | Thời gian | Nội dung\nThứ Hai 13/10 | 07h30 | Chào cờ\n"
            " | 09h30 | Làm việc với Trường Tiểu học\n")
    doc = parse_bytes(text.encode(), "a.txt")
    rows = [b for b in doc.blocks if b.kind == "row"]
    assert [[doc.block_text(c) for c in doc.cells_of(r)] for r in rows][-1] == [
        "", "09h30", "Làm việc với Trường Tiểu học"]
    assert [c.col for c in doc.cells_of(rows[-1])] == [0, 1, 2]


def test_wide_space_runs_separate_cells_like_portal_text():
    doc = parse_bytes("TỈNH UỶ LẠNG SƠN          ĐẢNG CỘNG SẢN VIỆT NAM".encode(), "a.txt")
    cells = [doc.block_text(b) for b in doc.blocks if b.kind == "cell"]
    assert cells == ["TỈNH UỶ LẠNG SƠN", "ĐẢNG CỘNG SẢN VIỆT NAM"]


def test_windows_1258_combining_tones_are_composed():
    doc = parse_bytes(windows_1258("Thông báo kết luận"), "a.txt")
    assert doc.text == "Thông báo kết luận"


def test_a_page_number_inside_a_sentence_is_furniture_not_text():
    """Text copied from a PDF: a page number between the halves of a sentence is dropped
    from the text (kept as furniture, as the PDF reader does); a number line between whole
    sentences that does not count the pages on stays."""
    data = ("Sở Y tế huy động lực lượng; hoàn thành\n2\ntrong tháng 12/2025.\n"
            "Các sở thực hiện.\n5\nSở Tài chính bố trí kinh phí.\n").encode()
    doc = parse_bytes(data, "t.txt")
    assert "\n2\n" not in doc.text and "\n5\n" in doc.text
    assert [(f.kind, f.text) for f in doc.furniture] == [("page_number", "2")]


def test_page_numbers_between_paragraphs_are_furniture_not_text():
    """"Trang 2/3" and "- 3 -" can only number pages; bare numbers do when they count 2, 3 ...
    down the document. A list numbered on lines of their own starts at 1 and stays."""
    data = ("Các sở thực hiện.\nTrang 2/3\nSở Tài chính bố trí kinh phí.\n- 3 -\n"
            "Sở Y tế báo cáo.\n- Trang 4 -\nSở Nội vụ tổng hợp.\n").encode()
    doc = parse_bytes(data, "t.txt")
    assert [(f.kind, f.text) for f in doc.furniture] == [("page_number", "Trang 2/3"),
                                                         ("page_number", "- 3 -"),
                                                         ("page_number", "- Trang 4 -")]
    assert "Trang" not in doc.text and "- 3 -" not in doc.text
    pages = parse_bytes("Các sở thực hiện.\n2\nSở Y tế báo cáo.\n3\nHết.\n".encode(), "t.txt")
    assert [f.text for f in pages.furniture] == ["2", "3"]
    listed = parse_bytes("Nhiệm vụ:\n1\nSở Y tế báo cáo.\n2\nSở Nội vụ tổng hợp.\n".encode(),
                         "t.txt")
    assert listed.furniture == [] and "\n2\n" in listed.text


def test_a_fax_header_on_every_page_is_furniture_not_text():
    """The line a fax machine prints over each page differs only in its numbers; with it and
    the page number gone, the sentence cut by the page break reads on. A document's own
    repeated lines (its header block again over an attached plan) stay."""
    fax = "14/01/2026 16:05     VP UBND TINH LAI CHAU     0213.3876.214     Tr. {}/2\n"
    data = (fax.format(1) + "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "d) Sở Tài chính tham mưu bổ sung 18 tỷ đồng từ nguồn dự phòng\n2\n"
            + fax.format(2) + "ngân sách tỉnh; trình UBND tỉnh trong tháng 01/2026.\n"
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n").encode()
    doc = parse_bytes(data, "t.txt")
    assert "VP UBND TINH" not in doc.text and "dự phòng\nngân sách" in doc.text
    assert doc.text.count("ỦY BAN NHÂN DÂN") == 2
    assert [f.kind for f in doc.furniture] == ["header", "page_number", "header"]


def test_a_document_s_own_lines_alike_but_for_their_dates_are_no_fax_header():
    data = ("1. Rà soát hiện trạng thiết bị công nghệ thông tin.\n"
            "Thời gian hoàn thành: Trước ngày 15/3/2026.\n"
            "2. Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính.\n"
            "Thời gian hoàn thành: Trước ngày 30/6/2026.\n").encode()
    doc = parse_bytes(data, "t.txt")
    assert doc.text.count("Thời gian hoàn thành") == 2 and not doc.furniture


def test_a_table_copied_one_cell_per_line_is_a_table_again():
    """A portal's flattened table: "STT" and its column names on lines of their own, then
    each row's number and cells, a blank line being an empty cell."""
    data = ("Nhiệm vụ cụ thể như sau:\nSTT\nNội dung\nĐơn vị chủ trì\nĐơn vị phối hợp\n"
            "Thời hạn\n1\nGửi thông báo đôn đốc\nBảo hiểm xã hội cơ sở\n \n"
            "Trước ngày 10 hằng tháng\n2\nLàm việc với các đơn vị nợ\nPhòng Thanh tra\n"
            "Văn phòng\nQuý II/2026\n3. Đề nghị Sở Nội vụ phối hợp.\n").encode()
    doc = parse_bytes(data, "t.txt")
    assert ("STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn\n"
            "1 | Gửi thông báo đôn đốc | Bảo hiểm xã hội cơ sở |  | Trước ngày 10 hằng tháng\n"
            "2 | Làm việc với các đơn vị nợ | Phòng Thanh tra | Văn phòng | Quý II/2026\n"
            "3. Đề nghị") in doc.text
    assert [b.kind for b in doc.blocks].count("row") == 3


def test_a_flattened_table_keeps_its_group_rows():
    """"I" / "CẢI CÁCH THỂ CHẾ" between the header and the rows, "II" / ... between rows: a
    group row of two lines, not the end of the table nor more header cells."""
    data = ("STT\nNội dung\nCơ quan chủ trì\nThời gian\nI\nCẢI CÁCH THỂ CHẾ\n1\n"
            "Rà soát văn bản quy phạm pháp luật\nSở Tư pháp\nQuý II/2026\nII\n"
            "CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n2\nĐơn giản hóa thủ tục nội bộ\nVăn phòng UBND tỉnh\n"
            "Trước ngày 30/4/2026\nIII. TỔ CHỨC THỰC HIỆN\n").encode()
    doc = parse_bytes(data, "t.txt")
    assert ("STT | Nội dung | Cơ quan chủ trì | Thời gian\nI | CẢI CÁCH THỂ CHẾ\n"
            "1 | Rà soát văn bản quy phạm pháp luật | Sở Tư pháp | Quý II/2026\n"
            "II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n"
            "2 | Đơn giản hóa thủ tục nội bộ | Văn phòng UBND tỉnh | Trước ngày 30/4/2026\n"
            "III. TỔ CHỨC THỰC HIỆN") in doc.text


def test_two_tabs_hold_an_empty_cell():
    doc = parse_bytes("10\tBáo cáo tình hình\tTrưởng các thôn\t\tHằng tuần\tBáo cáo\n".encode(),
                      "a.txt")
    cells = [doc.block_text(b) for b in doc.blocks if b.kind == "cell"]
    assert cells == ["10", "Báo cáo tình hình", "Trưởng các thôn", "", "Hằng tuần", "Báo cáo"]


def test_a_task_table_parted_by_narrow_runs_of_spaces_is_a_table():
    """A copy that lays a task table out with runs of two or three spaces: its header names
    the columns, its rows open with their numbers; a prose line with a double space stays a
    line."""
    text = ("STT    Nhiệm vụ     Cơ quan chủ trì    Cơ quan phối hợp   Thời gian hoàn thành\n"
            "I   Hoàn thiện thể chế\n"
            "1  Xây dựng Nghị quyết  Sở Khoa học và Công nghệ  Sở Tư pháp   Quý II/2026\n"
            "Các sở  phối hợp thực hiện.\n")
    doc = parse_bytes(text.encode(), "a.txt")
    rows = [[doc.block_text(c) for c in doc.cells_of(b)] for b in doc.blocks if b.kind == "row"]
    assert rows[1:] == [["I", "Hoàn thiện thể chế"],
                        ["1", "Xây dựng Nghị quyết", "Sở Khoa học và Công nghệ", "Sở Tư pháp",
                         "Quý II/2026"]]
    assert doc.text.splitlines()[-1] == "Các sở  phối hợp thực hiện."
    assert len(rows) == 3
