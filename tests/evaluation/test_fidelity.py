"""The fidelity figures of eval --fidelity, on hand-made cases."""

from __future__ import annotations

import pytest

from giaoviec.evaluation.fidelity import _closest_distance, measure_fidelity, words

REFERENCE = "Giao Sở Y tế chủ trì thực hiện.\nBáo cáo UBND tỉnh trước ngày 20/7/2025.\n"


def test_identical_text_is_perfect():
    f = measure_fidelity(REFERENCE, REFERENCE)
    assert (f.bag, f.order, f.cer) == (1.0, 1.0, 0.0)


def test_one_wrong_tone_mark_is_one_character_error():
    ocr = REFERENCE.replace("trước", "trưóc")
    f = measure_fidelity(REFERENCE, ocr)
    lines = [line for line in REFERENCE.splitlines() if line]
    assert f.cer == pytest.approx(1 / sum(len(line) for line in lines))
    assert f.bag < 1.0  # the folded word changed too


def test_layout_spaces_and_extra_text_around_do_not_count():
    noisy = ("Trang 1\n\nGiao Sở Y tế   chủ trì\nthực hiện.\n"
             "Báo cáo UBND tỉnh trước ngày 20/7/2025.\n")
    assert measure_fidelity(REFERENCE, noisy).cer == 0.0


def test_a_lost_line_counts_all_its_characters():
    first, second = REFERENCE.splitlines()
    f = measure_fidelity(REFERENCE, first + "\n")
    assert f.cer == pytest.approx(len(second) / (len(first) + len(second)))
    assert f.order == pytest.approx(len(words(first)) / len(words(REFERENCE)))


def test_table_rows_count_only_in_the_bag():
    reference = "Sở Y tế | Sở Tài chính\n" + REFERENCE
    by_columns = "Sở Y tế\nSở Tài chính\n" + REFERENCE
    f = measure_fidelity(reference, by_columns)
    assert (f.bag, f.order, f.cer) == (1.0, 1.0, 0.0)


@pytest.mark.parametrize("needle, haystack, distance", [
    ("abc", "xxabcxx", 0),
    ("abc", "xxabxx", 1),
    ("abc", "", 3),
    ("", "abc", 0),
    ("hại", "thiệt hai do", 1),
])
def test_closest_distance_lets_the_match_start_and_end_anywhere(needle, haystack, distance):
    assert _closest_distance(needle, haystack) == distance
