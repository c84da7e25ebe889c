"""The lunar calendar: known days (Tết, Giỗ Tổ, Trung thu, leap months) and its round trip."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from giaoviec.pipeline.lunar import next_solar, to_lunar, to_solar, year_named

# Tết Nguyên đán in Vietnam, as the published calendars give it; 2030 is a year in which
# Vietnam's (UTC+7) falls a day before China's (UTC+8): the new moon is at 23:07 in Hà Nội
TET = {2020: date(2020, 1, 25), 2021: date(2021, 2, 12), 2022: date(2022, 2, 1),
       2023: date(2023, 1, 22), 2024: date(2024, 2, 10), 2025: date(2025, 1, 29),
       2026: date(2026, 2, 17), 2027: date(2027, 2, 6), 2028: date(2028, 1, 26),
       2029: date(2029, 2, 13), 2030: date(2030, 2, 2)}


@pytest.mark.parametrize("year", sorted(TET))
def test_tet_is_the_first_day_of_the_first_month(year):
    assert to_solar(1, 1, year) == TET[year]


@pytest.mark.parametrize("lunar,solar", [
    ((10, 3, 2025), date(2025, 4, 7)),     # Giỗ Tổ Hùng Vương
    ((10, 3, 2026), date(2026, 4, 26)),
    ((15, 8, 2025), date(2025, 10, 6)),    # Tết Trung thu
    ((15, 8, 2026), date(2026, 9, 25)),
    ((25, 12, 2025), date(2026, 2, 12)),   # 25 tháng Chạp năm Ất Tỵ
    ((15, 1, 2026), date(2026, 3, 3)),     # Rằm tháng Giêng
])
def test_known_days(lunar, solar):
    assert to_solar(*lunar) == solar


@pytest.mark.parametrize("year,month,first_day", [
    (2020, 4, date(2020, 5, 23)), (2023, 2, date(2023, 3, 22)), (2025, 6, date(2025, 7, 25)),
    (2028, 5, date(2028, 6, 23)), (2033, 11, date(2033, 12, 22)),
])
def test_leap_months(year, month, first_day):
    assert to_solar(1, month, year, leap=True) == first_day
    assert to_lunar(first_day) == (1, month, year, True)


def test_a_year_without_leap_month_has_none():
    assert to_solar(1, 6, 2026, leap=True) is None


def test_a_short_month_has_no_thirtieth():
    assert to_solar(29, 12, 2025) is not None
    assert to_solar(30, 12, 2025) is None  # tháng Chạp Ất Tỵ has 29 days: Tết is the 17th
    assert to_solar(31, 1, 2026) is None


@given(st.dates(date(1950, 1, 1), date(2080, 12, 31)))
def test_a_solar_day_comes_back_from_its_lunar_day(day):
    assert to_solar(*to_lunar(day)) == day


@given(st.dates(date(2000, 1, 1), date(2060, 12, 31)))
def test_months_follow_one_another(day):
    lunar_day, month, year, leap = to_lunar(day)
    following = to_lunar(day + timedelta(days=1))
    if following[0] != 1:
        assert following == (lunar_day + 1, month, year, leap)
    else:
        assert 29 <= lunar_day <= 30


def test_the_next_such_day_after_the_issue_date():
    assert next_solar(25, 12, date(2026, 1, 10)) == (date(2026, 2, 12), 2025)
    assert next_solar(6, 1, date(2026, 1, 10)) == (date(2026, 2, 22), 2026)
    assert next_solar(6, 1, date(2026, 3, 1)) == (date(2027, 2, 11), 2027)


@pytest.mark.parametrize("name,near,year", [
    ("Ất Tỵ", 2026, 2025), ("Bính Ngọ", 2026, 2026), ("Giáp Thìn", 2026, 2024),
    ("Canh Tý", 2026, 2020), ("Đinh Mùi", 2026, 2027), ("Quý Mẹo", 2026, 2023),
    ("Giáp Sửu", 2026, None),  # an even stem never pairs with an odd branch
])
def test_years_of_the_sixty_year_cycle(name, near, year):
    assert year_named(name, near) == year
