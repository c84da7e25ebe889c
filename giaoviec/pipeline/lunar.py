"""The Vietnamese lunar calendar (âm lịch), computed: a lunar day to its solar date.

Notices around Tết date work by the lunar calendar ("trước ngày 25 tháng Chạp", "trước 14 giờ
ngày mùng 6 Tết", "ngày 19 tháng 2 âm lịch"); a tracker needs the solar day. The calendar is
astronomical, so it is computed rather than tabled:

- a month begins on the day (in Vietnam's time, UTC+7) of a new moon;
- month 11 is the month in which the winter solstice falls;
- a year with thirteen months between two months 11 repeats, as a leap month, the first
  month in which the sun enters no new sign of thirty degrees (no major solar term).

New moons follow Meeus, *Astronomical Algorithms* (2nd ed.), chapter 49, keeping the terms of
more than a minute; the sun's longitude his chapter 25 (about 0.01 degree). Both are far within
the day's resolution except for a new moon or solar term within minutes of midnight, which
the tests check on the years offices write about.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from functools import cache
from itertools import pairwise

ZONE_HOURS = 7  # Vietnam keeps its calendar in UTC+7 (China's is UTC+8: Tết can differ)
_SYNODIC_MONTH = 29.530588861
_DELTA_T_DAYS = 69.0 / 86400  # terrestrial minus universal time, about 69 s in the 2020s
_JD_OF_ORDINAL_ZERO = 1721424.5  # the Julian date at which date.fromordinal(0) would begin


def _julian_day(day: date) -> float:
    """The Julian date of ``day``'s midnight, universal time."""
    return day.toordinal() + _JD_OF_ORDINAL_ZERO


def _local_day(jd: float) -> date:
    """The day in Vietnam's time of the instant ``jd`` (universal time)."""
    return date.fromordinal(math.floor(jd - _JD_OF_ORDINAL_ZERO + ZONE_HOURS / 24))


def _sin(degrees: float) -> float:
    return math.sin(math.radians(degrees))


@cache
def new_moon(k: int) -> date:
    """The day of the k-th new moon after the one of 6 January 2000 (k=0), Vietnam's time."""
    t = k / 1236.85
    jde = (2451550.09766 + _SYNODIC_MONTH * k + 0.00015437 * t ** 2
           - 0.000000150 * t ** 3 + 0.00000000073 * t ** 4)
    sun = 2.5534 + 29.10535670 * k - 0.0000014 * t ** 2 - 0.00000011 * t ** 3
    moon = (201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3
            - 0.000000058 * t ** 4)
    latitude = (160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3
                + 0.000000011 * t ** 4)
    node = 124.7746 - 1.56375588 * k + 0.0020672 * t ** 2 + 0.00000215 * t ** 3
    ecc = 1 - 0.002516 * t - 0.0000074 * t ** 2  # the earth's orbit, less eccentric with time
    jde += (-0.40720 * _sin(moon) + 0.17241 * ecc * _sin(sun) + 0.01608 * _sin(2 * moon)
            + 0.01039 * _sin(2 * latitude) + 0.00739 * ecc * _sin(moon - sun)
            - 0.00514 * ecc * _sin(moon + sun) + 0.00208 * ecc ** 2 * _sin(2 * sun)
            - 0.00111 * _sin(moon - 2 * latitude) - 0.00057 * _sin(moon + 2 * latitude)
            + 0.00056 * ecc * _sin(2 * moon + sun) - 0.00042 * _sin(3 * moon)
            + 0.00042 * ecc * _sin(sun + 2 * latitude) + 0.00038 * ecc * _sin(sun - 2 * latitude)
            - 0.00024 * ecc * _sin(2 * moon - sun) - 0.00017 * _sin(node)
            - 0.00007 * _sin(moon + 2 * sun) + 0.00004 * _sin(2 * moon - 2 * latitude)
            + 0.00004 * _sin(3 * sun) + 0.00003 * _sin(moon + sun - 2 * latitude)
            + 0.00003 * _sin(2 * moon + 2 * latitude) - 0.00003 * _sin(moon + sun + 2 * latitude)
            + 0.00003 * _sin(moon - sun + 2 * latitude) - 0.00002 * _sin(moon - sun - 2 * latitude)
            - 0.00002 * _sin(3 * moon + sun) + 0.00002 * _sin(4 * moon))
    return _local_day(jde - _DELTA_T_DAYS)


def _sun_longitude(jd: float) -> float:
    """The sun's apparent longitude in degrees [0, 360) at the instant ``jd``."""
    t = (jd - 2451545.0) / 36525
    mean = 280.46646 + 36000.76983 * t + 0.0003032 * t ** 2
    anomaly = 357.52911 + 35999.05029 * t - 0.0001537 * t ** 2
    centre = ((1.914602 - 0.004817 * t - 0.000014 * t ** 2) * _sin(anomaly)
              + (0.019993 - 0.000101 * t) * _sin(2 * anomaly) + 0.000289 * _sin(3 * anomaly))
    node = 125.04 - 1934.136 * t
    return (mean + centre - 0.00569 - 0.00478 * _sin(node)) % 360


def _sign_at_start(day: date) -> int:
    """Which thirty-degree sign (0-11) the sun is in as ``day`` begins in Vietnam."""
    return int(_sun_longitude(_julian_day(day) - ZONE_HOURS / 24) // 30)


def _month_index_near(day: date) -> int:
    """The k of a new moon within a month of ``day``."""
    return round((day.toordinal() - date(2000, 1, 6).toordinal()) / _SYNODIC_MONTH)


@cache
def _month_eleven(year: int) -> int:
    """The k of the new moon that begins month 11 of ``year``: the last one before the sun
    reaches 270 degrees (the winter solstice, around 22 December)."""
    year_end = date(year, 12, 31)
    k = _month_index_near(year_end)
    while new_moon(k) > year_end:
        k -= 1
    while new_moon(k + 1) <= year_end:
        k += 1
    if _sign_at_start(new_moon(k)) >= 9:
        k -= 1  # the sun is past 270 degrees as it begins: the solstice fell in the month before
    return k


@cache
def _months(year: int) -> tuple[tuple[int, bool, date, date], ...]:
    """(number, leap, first day, first day of the next) of every month from month 11 of
    ``year - 1`` up to, not including, month 11 of ``year``."""
    first, last = _month_eleven(year - 1), _month_eleven(year)
    starts = [new_moon(k) for k in range(first, last + 1)]
    leap_at = None
    if len(starts) == 14:  # thirteen months: the first without a major term repeats
        for i in range(1, 13):
            if _sign_at_start(starts[i]) == _sign_at_start(starts[i + 1]):
                leap_at = i
                break
    out, number = [], 10
    for i, (start, end) in enumerate(pairwise(starts)):
        leap = i == leap_at
        if not leap:
            number = number % 12 + 1
        out.append((number, leap, start, end))
    return tuple(out)


def to_solar(day: int, month: int, year: int, leap: bool = False) -> date | None:
    """The solar date of lunar ``day``/``month`` of lunar ``year`` (the year whose Tết falls
    in solar ``year``), or None when that month has no such day (or is no leap month)."""
    if not (1 <= day <= 30 and 1 <= month <= 12 and 1 <= year <= 9998):
        return None
    # months 11 and 12 of a lunar year begin late in the solar year of the same number
    months = _months(year + 1) if month >= 11 else _months(year)
    for number, is_leap, start, end in months:
        if number == month and is_leap == leap:
            found = start + timedelta(days=day - 1)
            return found if found < end else None  # a short month has no 30th
    return None


def to_lunar(day: date) -> tuple[int, int, int, bool]:
    """(day, month, year, leap) of the lunar calendar on solar ``day``; ``year`` is the lunar
    year's number (the solar year its Tết falls in)."""
    for year in (day.year, day.year + 1):
        for i, (number, leap, start, end) in enumerate(_months(year)):
            if start <= day < end:
                lunar_year = year - 1 if number >= 11 and i < 3 else year
                return (day - start).days + 1, number, lunar_year, leap
    raise ValueError(f"{day} lies outside the months computed for it")  # not reached


def next_solar(day: int, month: int, on_or_after: date) -> tuple[date, int] | None:
    """The first solar date on or after ``on_or_after`` that is lunar ``day``/``month`` (of
    whichever lunar year), with that lunar year: "trước ngày 25 tháng Chạp" in a January
    notice means the coming one."""
    for year in (on_or_after.year - 1, on_or_after.year, on_or_after.year + 1):
        found = to_solar(day, month, year)
        if found is not None and found >= on_or_after:
            return found, year
    return None


_STEMS = ("canh", "tân", "nhâm", "quý", "giáp", "ất", "bính", "đinh", "mậu", "kỷ")
_BRANCHES = ("thân", "dậu", "tuất", "hợi", "tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ",
             "mùi")
_BRANCH_ALIASES = {"mẹo": "mão", "tị": "tỵ"}


def year_named(name: str, near: int) -> int | None:
    """The year of the sixty-year cycle ``name`` ("Ất Tỵ", "Bính Ngọ") closest to ``near``."""
    words = name.lower().split()
    if len(words) != 2:
        return None
    stem, branch = words[0], _BRANCH_ALIASES.get(words[1], words[1])
    if stem not in _STEMS or branch not in _BRANCHES:
        return None
    s, b = _STEMS.index(stem), _BRANCHES.index(branch)
    if s % 2 != b % 2:
        return None  # stems and branches advance together: an odd pair names no year
    candidates = [y for y in range(near - 30, near + 30) if y % 10 == s and y % 12 == b]
    return min(candidates, key=lambda y: abs(y - near)) if candidates else None
