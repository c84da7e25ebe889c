"""One reading per name across an OCR'd document: the document's own majority."""

from __future__ import annotations

from giaoviec.parsers.ocr_consistency import harmonise, majority_readings
from giaoviec.pipeline.header_patterns import type_of_line

LINES = ["UY BAN NHAN DAN", "Chủ tịch Uỷ ban nhân dân phường", "Ủy ban nhân dân phường họp",
         "Kết luận của Phó Chủ tịch UBND tỉnh Định Quang Huy tại", "đồng chí Đinh Quang Huy, Phó",
         "Đinh Quang Huy kết luận", "Ea Tul, ngày 5", "xã Ea Tui và"]


def test_marks_lost_or_swapped_take_the_majority_reading_with_their_own_capitals():
    chosen = majority_readings(LINES)
    fixed = [harmonise(line, chosen) for line in LINES]
    assert fixed[0] == "UỶ BAN NHÂN DÂN"
    assert fixed[3] == "Kết luận của Phó Chủ tịch UBND tỉnh Đinh Quang Huy tại"


def test_tone_placement_variants_are_one_reading_and_left_as_written():
    chosen = majority_readings(LINES)
    assert [harmonise(line, chosen) for line in LINES[1:3]] == LINES[1:3]


def test_different_letters_and_ties_are_left_alone():
    chosen = majority_readings(LINES)
    assert harmonise("Ea Tul, ngày 5", chosen) == "Ea Tul, ngày 5"
    assert harmonise("xã Ea Tui và", chosen) == "xã Ea Tui và"
    tie = ["Nguyễn Văn An chủ trì", "Nguyễn Văn Ân phối hợp"]
    assert [harmonise(line, majority_readings(tie)) for line in tie] == tie


def test_a_long_type_name_read_with_a_wrong_letter_and_no_marks():
    assert type_of_line("thoông bảo") == ("thong_bao", "thông báo")
    assert type_of_line("quyet dinh") == ("quyet_dinh", "quyết định")
    assert type_of_line("thông tin") is None and type_of_line("thường trực") is None
