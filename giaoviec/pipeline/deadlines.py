"""Temporal expressions in a task's text: find them, classify them, normalise deadlines to dates.

Why a grammar of our own (patterns in :mod:`deadline_patterns`): general date parsers misread
administrative Vietnamese ("quý IV/2025", "6 tháng đầu năm 2026", "trước ngày 20 hằng tháng",
"05 ngày làm việc kể từ ngày ký"), and a deadline needs more than a date: its type, and whether
the date is a deadline at all or a legal basis, a past event, a scope period or a start date.

Two steps. :func:`find_temporal_mentions` runs every rule, keeps the leftmost-longest
non-overlapping matches and gives each a role from its context. :func:`choose_deadline` picks
the task's deadline among the mentions whose role is "deadline".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from datetime import date as _Date  # for fields declared after TemporalMention.date
from itertools import pairwise

from giaoviec.normalize import fold
from giaoviec.pipeline import deadline_patterns as pat
from giaoviec.pipeline import lunar
from giaoviec.rx import regex


@dataclass(slots=True)
class TemporalMention:
    start: int
    end: int
    text: str
    type: str  # by_date | within_period | relative | recurring | ongoing | asap | vague
    date: _Date | None
    start_date: _Date | None = None
    time: str | None = None
    recurrence: str | None = None
    day: int | None = None
    anchor: str | None = None  # relative: "issue" | "receipt" | "effect" | "event"
    # deadline | scope | past | legal_basis | start | event_date | target_year
    role: str = "deadline"
    optional: bool = False


DATED_TYPES = frozenset({"by_date", "within_period", "relative"})
RECURRENCES = ("hourly", "daily", "weekly", "monthly", "quarterly", "semiannual", "yearly")

# --- candidates --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Context:
    text: str
    issued: date | None
    offset: int
    effective: date | None = None
    # the date the document gives an event an anchor names ("ngày tổ chức hội nghị"), if any
    event_date: Callable[[str], date | None] | None = None


@dataclass(slots=True)
class _Candidate:
    mention: TemporalMention
    form: str  # how the role is settled: fixed | strong | weak | bare | bare_period
    priority: int = 0


def _make(ctx: _Context, m: regex.Match, form: str, kind: str, when: date | None,
          **fields) -> _Candidate:
    """A candidate over the match, trimmed of surrounding spaces."""
    start, end = m.span()
    while start < end and ctx.text[start].isspace():
        start += 1
    while end > start and ctx.text[end - 1].isspace():
        end -= 1
    mention = TemporalMention(start + ctx.offset, end + ctx.offset, ctx.text[start:end], kind,
                              when, **fields)
    return _Candidate(mention, form)


_Handler = Callable[[_Context, regex.Match], "_Candidate | None"]


def _before(ctx: _Context, m: regex.Match, limit: int = 120) -> str:
    return ctx.text[max(0, m.start() - limit):m.start()]


# --- rule handlers -----------------------------------------------------------------------------


def _on_scope(ctx: _Context, m: regex.Match) -> _Candidate:
    first, last = m.group("y1"), m.group("y2") or m.group("y1")
    start = date(int(first), 1, 1) if first else None
    end = date(int(last), 12, 31)
    if m.group("y2") and pat.rx(pat.SCHOOL_YEAR).match(m.group()):
        start, end = date(int(first), 9, 1), date(int(last), 5, 31)  # a school year ends in May
    return _make(ctx, m, "fixed", "within_period", end, start_date=start, role="scope")


def _on_relative(ctx: _Context, m: regex.Match) -> _Candidate | None:
    unit = " ".join(m.group("unit").lower().split())
    link = " ".join((m.group("link") or "").lower().split())
    prefixed = bool(m.group("pre"))
    if not prefixed and (link == "khi" or not (link or "làm việc" in unit)):
        return None
    if (m.group("pre") or "").lower() == "sau" and not link and not unit.startswith("ngày"):
        return None  # "đánh giá ... sau một năm": a time span, not a deadline
    if not prefixed and pat.rx(pat.AMOUNT_BEFORE).search(_before(ctx, m, 30)):
        return None
    if pat.rx(pat.REDUCED_TO).search(_before(ctx, m, 20)):
        return None  # "... xuống không quá 15 ngày": a target for a procedure
    anchor_text = m.group("anchor") or ""
    kind = pat.anchor_kind(link, anchor_text) if link else "issue"
    if not link and (m.group("pre") or "").lower().startswith("trước"):
        kind = "event"  # "thông báo ... trước ít nhất 05 ngày": ahead of what it announces
    base = {"issue": ctx.issued, "effect": ctx.effective}.get(kind)
    # (after "trước ngày bầu cử" the day in parentheses is the result, not the anchor)
    given = _ANCHOR_DAY.match(ctx.text, m.end()) if (
        link and not link.startswith("trước")) else None
    if link and (dated := pat.rx(pat.date_pattern()).search(anchor_text)):
        base = pat.read_date(dated, ctx.issued)[1]  # an invalid date leaves it open
    elif given is not None:
        # "kể từ ngày Luật có hiệu lực (01/7/2026)": the anchor's day, given right after it
        base = pat.read_date(pat.rx(pat.date_pattern()).search(given.group()), ctx.issued)[1]
    elif kind == "event" and ctx.event_date is not None:
        base = ctx.event_date(anchor_text)  # "kể từ ngày bế mạc Lễ hội": dated elsewhere
    when = _counted(m, unit, base, -1 if link.startswith("trước") else 1)
    role = "start" if pat.rx(pat.START_CONTEXT).search(_before(ctx, m, 40)) else "deadline"
    return _make(ctx, m, "fixed", "relative", when, anchor=kind, role=role)


# the anchor's own day in parentheses right after it: "kể từ ngày Luật có hiệu lực (01/7/2026)"
_ANCHOR_DAY = regex.compile(r"\s*\(\s*(?:ngày\s*|từ\s*ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}"
                            r"\s*[/.-]\s*\d{4}\s*\)")


def _on_lead_time(ctx: _Context, m: regex.Match) -> _Candidate:
    """So long before an event: counted back from its date when the text gives one."""
    return _counted_from_event(ctx, m, -1)


def _on_lag_time(ctx: _Context, m: regex.Match) -> _Candidate:
    """So long after an event ("Sau diễn tập 10 ngày"): counted on from its date likewise."""
    return _counted_from_event(ctx, m, 1)


def _counted_from_event(ctx: _Context, m: regex.Match, direction: int) -> _Candidate:
    """The match's count in ``direction`` from its anchor: a date written in it, else the
    event's day as the document gives it elsewhere, else undated."""
    dated = pat.rx(pat.date_pattern()).search(m.group("anchor"))
    base = pat.read_date(dated, ctx.issued)[1] if dated else None
    if dated is None and ctx.event_date is not None:
        base = ctx.event_date(m.group("anchor"))
    unit = " ".join(m.group("unit").lower().split())
    return _make(ctx, m, "fixed", "relative", _counted(m, unit, base, direction),
                 anchor="event")


def _on_event_day(ctx: _Context, m: regex.Match) -> _Candidate | None:
    """The day of an event the document dates once ("trong ngày bầu cử"); nothing when it
    gives no date for it (the words alone are no deadline)."""
    when = ctx.event_date(m.group("anchor")) if ctx.event_date is not None else None
    return _make(ctx, m, "fixed", "by_date", when) if when is not None else None


def _counted(m: regex.Match, unit: str, base: date | None, sign: int) -> date | None:
    """``base`` moved by the match's count of ``unit``s, forward or back."""
    return pat.add_duration(base, pat.number(m.group("n")), unit, sign) if base else None


def _on_month_day(ctx: _Context, m: regex.Match) -> _Candidate | None:
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    recurrence = "monthly" if m.group("every") or m.group("next") else "quarterly"
    return _make(ctx, m, "fixed", "recurring", None, recurrence=recurrence, day=day,
                 time=pat.read_time(m))


def _every(recurrence: str) -> _Handler:
    """A handler for a rule whose period is fixed by the pattern ("thứ Sáu hằng tuần")."""
    def handler(ctx: _Context, m: regex.Match) -> _Candidate:
        day = pat.weekday(m) if recurrence == "weekly" else None
        return _make(ctx, m, "fixed", "recurring", None, recurrence=recurrence, day=day,
                     time=pat.read_time(m))
    return handler


def _on_frequency(ctx: _Context, m: regex.Match) -> _Candidate:
    """"hằng tháng", "định kỳ 6 tháng": a rhythm of work, or of a thing after a noun ("kinh
    phí hằng năm"); a due day in brackets right after ("định kỳ 6 tháng (trước ngày 15/6)")
    makes it the rhythm of a report whatever comes before."""
    noun = pat.rx(pat.FREQ_NOUN_BEFORE).search(_before(ctx, m, 40))
    due = noun and (pat.rx(pat.DUE_IN_BRACKETS).match(ctx.text, m.end()) or "(" in m.group()
                    or m.group().lower().startswith("định kỳ")  # "nhiệm vụ định kỳ hằng quý"
                    or pat.rx(pat.REPORTED_SITUATION).search(_before(ctx, m, 40)))
    role = "scope" if noun and not due else "deadline"
    day = int(m.group("pday")) if m.group("pday") else pat.weekday(m)
    phrase = m.group().split("(", 1)[0]
    per = m.group("per")  # "01 ngày trong tháng": monthly, whatever the count's unit
    recurrence = pat.PER_PERIOD[" ".join(per.lower().split())] if per else (
        pat.shortest_recurrence(phrase))
    return _make(ctx, m, "fixed", "recurring", None, recurrence=recurrence,
                 day=day, time=pat.read_time(m), role=role)


def _on_report_period(ctx: _Context, m: regex.Match) -> _Candidate:
    recurrence = {"tuần": "weekly", "tháng": "monthly", "quý": "quarterly"}[m.group("unit").lower()]
    day = pat.weekday(m) if (m.group("wd") or m.group("sun")) else None
    time = pat.read_time(m)
    return _make(ctx, m, "fixed", "recurring", None, recurrence=recurrence, day=day, time=time,
                 optional=day is None and time is None)


def _on_range(ctx: _Context, m: regex.Match) -> _Candidate | None:
    bounds = pat.range_bounds(m, ctx.issued)
    if bounds is None:
        return None
    return _make(ctx, m, "weak", "within_period", bounds[1], start_date=bounds[0],
                 time=pat.read_time(m, "hh2", "mm2"))


def _on_lunar_date(ctx: _Context, m: regex.Match) -> _Candidate | None:
    """A day of the lunar calendar, or a run of them ("trước ngày 25 tháng Chạp", "từ mùng 1
    đến mùng 5 Tết", "ngày 19 tháng 2 âm lịch"), as its solar date: in the year of the cycle
    the text names ("năm Bính Ngọ"), else the first such day on or after the issue date. Not
    a lunar day (no lunar word), or no issue date to place it by: None, and the solar rules
    read the text."""
    if ctx.issued is None or not _names_lunar(ctx, m):
        return None
    last = _lunar_pair(m, "2")
    first = _lunar_pair(m, "1", month=last[1] if last else None)
    if first is None:
        return None
    cycle = lunar.year_named(m["cycle"], ctx.issued.year) if m["cycle"] else None
    anchor = last or first
    if cycle is not None:
        found = lunar.to_solar(*anchor, cycle)
        year = cycle
    else:
        placed = lunar.next_solar(*anchor, ctx.issued)
        found, year = placed if placed else (None, None)
    if found is None:
        return None
    if last is None:
        pre = (m["pre"] or "").lower()
        if pre == "từ":
            return _make(ctx, m, "fixed", "ongoing", None, start_date=found, role="start",
                         time=pat.read_time(m))
        strong = bool(pre) and bool(pat.rx(pat.STRONG_PREFIX).match(pre))
        form = "strong" if strong else "weak" if pre and pre != "vào" else "bare"
        return _make(ctx, m, form, "by_date", found, time=pat.read_time(m))
    # the first day of a run lies in the year before when it comes later in the year
    begins = lunar.to_solar(*first, year - (first[::-1] > last[::-1]))
    if begins is None or begins > found:
        return None
    return _make(ctx, m, "weak", "within_period", found, start_date=begins)


def _on_solar_to_lunar(ctx: _Context, m: regex.Match) -> _Candidate | None:
    """"từ ngày 15/12/2025 đến ngày Rằm tháng Giêng năm Bính Ngọ (03/3/2026)": the run ends on
    the lunar day (the solar date written after it, when there is one, is that day)."""
    if (m["mws"] or "").lower() in pat.MONTH_WORDS:
        return None  # "từ ngày 25 tháng Chạp": lunar at both ends, the lunar rule's
    ok, begins = pat.read_date(m, ctx.issued, "s")
    last = _lunar_pair(m, "2")
    if not ok or begins is None or last is None:
        return None
    if m["ye"] or m["de"]:
        found = pat.read_date(m, ctx.issued, "e")[1]
    elif m["cycle"]:
        year = lunar.year_named(m["cycle"], begins.year)
        found = lunar.to_solar(*last, year) if year is not None else None
    else:
        placed = lunar.next_solar(*last, begins)
        found = placed[0] if placed else None
    if found is None or found < begins:
        return None
    return _make(ctx, m, "weak", "within_period", found, start_date=begins)


def _lunar_pair(m: regex.Match, sfx: str, month: int | None = None) -> tuple[int, int] | None:
    """(day, month) of the lunar day with groups ``sfx``; a day without its own month takes
    ``month`` (the run's last day's: "từ mùng 1 đến mùng 5 Tết")."""
    day = m["ld" + sfx]
    if day is None:
        return None
    if m["tet" + sfx]:
        month = 1
    elif m["lm" + sfx]:
        word = m["lm" + sfx].lower()
        month = pat.MONTH_WORDS.get(word) or pat.number(word)
    if month is None or not 1 <= month <= 12:
        return None
    return (15 if day.lower() == "rằm" else int(day)), month


def _names_lunar(ctx: _Context, m: regex.Match) -> bool:
    """Whether the match says it is lunar: Tết, Rằm, a year of the cycle, "âm lịch", or
    Chạp/Giêng with no solar year after ("tháng Giêng năm 2026" is January)."""
    if m["tet1"] or m["tet2"] or m["cycle"] or m["lunar"]:
        return True
    if "rằm" in (m["ld1"] or "").lower() + (m["ld2"] or "").lower():
        return True
    months = ((m["lm1"] or "") + " " + (m["lm2"] or "")).lower()
    return ("chạp" in months or "giêng" in months) and not pat.rx(pat.SOLAR_YEAR_AFTER).match(
        ctx.text, m.end())


def _on_day_range(ctx: _Context, m: regex.Match) -> _Candidate | None:
    """Days of one month written once ("các ngày 11 và 12/6/2026"): the period of those days."""
    try:
        first, last = (date(int(m["y"]), int(m["m"]), int(m[day])) for day in ("d1", "d2"))
    except ValueError:
        return None
    if last < first:
        return None
    return _make(ctx, m, "weak", "within_period", last, start_date=first)


def _date_of(ctx: _Context, m: regex.Match, sure: bool = False) -> tuple[bool, date | None]:
    """The matched date; "31/12" without year or "ngày" needs a deadline word to be a date."""
    if m.group("y") is None and not (sure or m.group("ngay")):
        return False, None
    return pat.read_date(m, ctx.issued)


def _on_by_date(ctx: _Context, m: regex.Match) -> _Candidate | None:
    strong = bool(pat.rx(pat.STRONG_PREFIX).match(m.group("pre")))
    ok, when = _date_of(ctx, m, strong)
    form = "strong" if strong else "weak"
    return _make(ctx, m, form, "by_date", when, time=pat.read_time(m)) if ok else None


_NTH_MONTH = {"đầu": 0, "thứhai": 1, "thứ2": 1, "giữa": 1, "cuối": 2, "thứba": 2, "thứ3": 2}


def _on_last_day(ctx: _Context, m: regex.Match) -> _Candidate | None:
    """"ngày cuối cùng của tháng đầu quý IV năm 2026": that month's last day; "... của tháng
    đầu quý sau", "... của tháng tiếp theo": the last day of every such month."""
    if m.group("quarterly"):
        return _make(ctx, m, "fixed", "recurring", None, recurrence="quarterly")
    if m.group("monthly"):
        return _make(ctx, m, "fixed", "recurring", None, recurrence="monthly")
    if m.group("q"):
        nth = _NTH_MONTH["".join(m.group("nth").lower().split())]
        month, year = 3 * (pat.quarter(m.group("q")) - 1) + nth + 1, int(m.group("qy"))
    else:
        month, year = int(m.group("m")), int(m.group("y"))
    if not 1 <= month <= 12:
        return None
    return _make(ctx, m, "strong", "by_date", pat.month_end(year, month))


def _on_named_day_due(ctx: _Context, m: regex.Match) -> _Candidate | None:
    """"trước 16 giờ hôm nay", "trước 10 giờ sáng mai": the issue date, or the day after."""
    when = None
    if ctx.issued is not None:
        when = ctx.issued + timedelta(days=1 if m.group("tomorrow") else 0)
    return _make(ctx, m, "strong", "by_date", when, time=pat.read_time(m))


_WEEKDAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5}


def _on_weekday_due(ctx: _Context, m: regex.Match) -> _Candidate | None:
    """"trước thứ Sáu tuần này": that day of the issue date's week (or of the next);
    "chậm nhất ngày 15": the first 15th on or after the issue date."""
    if ctx.issued is None:
        return _make(ctx, m, "strong", "by_date", None)
    if m.group("wd"):
        monday = ctx.issued - timedelta(days=ctx.issued.weekday())
        when = monday + timedelta(days=_WEEKDAYS[m.group("wd").lower()] + (
            0 if m.group("which").lower() == "này" else 7))
        return _make(ctx, m, "strong", "by_date", when)
    day, year, month = int(m.group("d")), ctx.issued.year, ctx.issued.month
    for _ in range(2):
        try:
            when = date(year, month, day)
        except ValueError:
            return None
        if when >= ctx.issued:
            return _make(ctx, m, "strong", "by_date", when)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _on_start(ctx: _Context, m: regex.Match) -> _Candidate | None:
    ok, when = _date_of(ctx, m)
    return _make(ctx, m, "fixed", "ongoing", None, start_date=when, time=pat.read_time(m),
                 role="start") if ok else None


def _on_from_period(ctx: _Context, m: regex.Match) -> _Candidate | None:
    bounds = pat.period_bounds(m, ctx.issued) if (m.group("y") or ctx.issued) else None
    start = bounds[0] if bounds else None
    if m.group("until"):
        ok, last = pat.read_date(m, ctx.issued, "2")
        return _make(ctx, m, "weak", "within_period", last, start_date=start) if ok else None
    if m.group("now"):
        return _make(ctx, m, "fixed", "ongoing", None, start_date=start, role="past")
    return _make(ctx, m, "weak", "ongoing", None, start_date=start, optional=True)


def _on_years_onward(ctx: _Context, m: regex.Match) -> _Candidate:
    return _make(ctx, m, "fixed", "ongoing", None, start_date=date(int(m.group("y")), 1, 1),
                 optional=True)


def _on_prefixed_period(ctx: _Context, m: regex.Match) -> _Candidate | None:
    """"trong quý IV/2025", "tại phiên họp thường kỳ tháng 11/2025"; "trước tháng 12" ends
    the day before the period begins."""
    bounds, groups = pat.period_bounds(m, ctx.issued), m.groupdict()
    if bounds is None and (groups.get("y") or groups.get("unit") or ctx.issued is not None):
        return None
    if MID_YEAR.search(m.group()):
        # "tại kỳ họp thường lệ giữa năm 2026": a session held mid-year, on a day the text
        # leaves open (the year it names is no term)
        return _make(ctx, m, "weak", "vague", None)
    first, last = bounds if bounds else (None, None)
    if " ".join((groups.get("pre") or "").lower().split()) == "trước":
        return _make(ctx, m, "strong", "by_date", first - timedelta(days=1) if first else None)
    return _make(ctx, m, "weak", "within_period", last, start_date=first)


EVERY_YEAR_AFTER = regex.compile(rf"\s*{pat.EVERY}\s*năm(?!\p{{L}})", regex.IGNORECASE)
MID_YEAR = regex.compile(r"giữa\s*năm", regex.IGNORECASE)
RHYTHM_WORD = regex.compile(rf"{pat.EVERY}\s*(?:năm|tháng|quý|tuần|ngày)(?!\p{{L}})",
                            regex.IGNORECASE)


def _on_vague(ctx: _Context, m: regex.Match) -> _Candidate | None:
    """An event; when the event is named with its date ("trước ngày Quốc khánh 2/9"), the date."""
    if (m.group("around") or m.group("during")) and not _fills_cell(ctx, *m.span()) and not (
            m.group("around") and _opens_sentence(ctx, *m.span())):
        return None
    if m.group("harvest") and not _opens_sentence(ctx, *m.span()):
        return None
    if m.group("per") and not _fills_cell(ctx, *m.span()):
        return None
    if pat.rx(pat.RANGE_DATES).search(m.group()):
        return None  # "trước kỳ họp từ ngày 16/11/2026 đến ngày 28/11/2026": the run is when
    dated = pat.rx(pat.date_pattern()).search(m.group())
    ok, when = pat.read_date(dated, ctx.issued) if dated else (False, None)
    if ok:
        return _make(ctx, m, "strong", "by_date", when)
    # "sau khi có ý kiến của ...": in prose, when the work may start, a deadline only for want
    # of another; alone in a time column it is the time given
    after = bool(m.group("after")) and not _fills_cell(ctx, *m.span())
    if m.group("occasion") and RHYTHM_WORD.search(m.group()):
        return None  # "nhân dịp Tết Nguyên đán hằng năm": each year, read by its rhythm
    weak = bool(m.group("weak")) or after or (m.group("pre") or "").lower().startswith("kịp") or (
        bool(m.group("occasion")))  # "nhân dịp ...": when, for want of a date
    form = "weak" if m.group("session") else "fixed"  # "Tại kỳ họp thứ 9, ... đã" is the past
    return _make(ctx, m, form, "vague", None, optional=weak)


def _on_school_term(ctx: _Context, m: regex.Match) -> _Candidate:
    """"trong tuần đầu năm học", "trước khi kết thúc học kỳ I": a time the text leaves undated."""
    return _make(ctx, m, "fixed", "vague", None)


def _on_ongoing(ctx: _Context, m: regex.Match) -> _Candidate | None:
    """"liên tục", "lâu dài" are adjectives ("ổn định, lâu dài") unless they open the clause."""
    if m.group("adj") and not _has(pat.BULLET, pat.sentence_before(ctx.text, m.start())):
        return None
    optional = bool(pat.rx(pat.AND_BEFORE).search(_before(ctx, m, 10)))
    return _make(ctx, m, "fixed", "ongoing", None, optional=optional)


def _on_asap(ctx: _Context, m: regex.Match) -> _Candidate | None:
    if m.group("soon") and _has(pat.NEGATION, pat.clause_before(ctx.text, m.start())):
        return None  # "không xuống giống lúa ... sớm": too early is what is forbidden
    weak = bool(m.group("manner") or m.group("when") or m.group("soon"))
    return _make(ctx, m, "fixed", "asap", None, optional=weak)


def _on_bare_date(ctx: _Context, m: regex.Match) -> _Candidate | None:
    ok, when = _date_of(ctx, m, sure=_day_cell(ctx, *m.span()))
    return _make(ctx, m, "bare", "by_date", when, time=pat.read_time(m)) if ok else None


# what may come before a day alone in its cell: its weekday ("Thứ Hai 13/10", "Thứ Ba (14/10)")
_WEEKDAY_BEFORE = regex.compile(rf"\s*{pat.DAY_NAME}?\s*\(?\s*", regex.I)


def _day_cell(ctx: _Context, start: int, end: int) -> bool:
    """A day written alone in a table cell (or in the text given, a cell's), maybe after
    its weekday: a schedule's or a time column's day, a date even without its year or
    "ngày"."""
    before = pat.line_before(ctx.text, start)
    cell = before[before.rfind("|") + 1:]
    after = ctx.text[end:].split("\n", 1)[0].lstrip(" )")
    return bool(_WEEKDAY_BEFORE.fullmatch(cell)) and (not after or after.startswith("|"))


def _on_cell_year(ctx: _Context, m: regex.Match) -> _Candidate | None:
    if not _fills_cell(ctx, *m.span()):
        return None
    year = int(m.group("y"))
    return _make(ctx, m, "fixed", "within_period", date(year, 12, 31), start_date=date(year, 1, 1))


def _on_bare_period(ctx: _Context, m: regex.Match) -> _Candidate | None:
    if m.group("q") and EVERY_YEAR_AFTER.match(ctx.text, m.end()):
        return None  # "Quý III hằng năm": each year's third quarter, read by its rhythm
    bounds = pat.period_bounds(m, ctx.issued)
    first, last = bounds if bounds else (None, None)
    return _make(ctx, m, "bare_period", "within_period", last, start_date=first)


# (pattern, handler, words one of which the text must contain, spaces removed; "#" = a digit,
# "a+b" = both).
# The words only skip rules that cannot match: the patterns alone decide what matches.
_DIGIT, _DATE = ("#",), ("#", "tháng")
_UNITS = ("ngày", "giờ", "tuần", "tháng", "quý", "năm")
_YEAR = ("19", "20")  # every year the grammar reads is 19xx or 20xx
# a count and its unit ("05 ngày làm việc", "mười lăm ngày"): how each SMALL_NUMBER begins
_COUNTS = tuple(f"{first}+{unit}"
                for first in ("#", "mười", "hai", "ba", "một", "bốn", "năm", "sáu", "bảy", "tám",
                              "chín")
                for unit in ("ngày", "giờ", "tuần", "tháng", "năm"))
# a deadline word ("chậm nhất", "hạn chót", "trước", "đến"...) and a date (digits or "tháng")
_BY_DATE = tuple(f"{prefix}+{date}" for prefix in ("nhất", "hơn", "hạn", "trước", "đến", "tới",
                                                   "trong")
                 for date in _DATE)
# a digit and a period word: every period names its unit
_DIGIT_PERIOD = tuple(f"#+{period}" for period in ("tháng", "quý", "năm", "tuần", "hè"))
# a prefix ("trong", "đến hết", "trước cuối"...) and a period ("tháng", "quý", "năm", "tuần")
_PREFIXED = tuple(f"{prefix}+{period}" for prefix in ("trong", "hết", "cuối", "đến", "tới", "trước",
                                                   "vào")
                  for period in ("tháng", "quý", "năm", "tuần", "hè"))
# "trước"/"kịp thời phục vụ" + an event, or one of the other openings of VAGUE
_VAGUE = (*(f"{before}+{event}" for before in ("trước", "kịp+phụcvụ")
            for event in ("tết", "giaothừa", "kỳnghỉ", "mùa", "vụ", "khaigiảng", "nămhọc", "họp",
                          "đạihội", "hộinghị", "bầucử", "lễ", "festival", "kỳthi", "caođiểm",
                          "chiếndịch")),
          "trướcngày", "trướcthờiđiểm", "trướckhi", "ngaysau", "saukhicó", "saukhiđược",
          "saukhi+hoànthành", "saukhi+xong", "saukhi+kếtthúc", "saukhinước", "saukhilũ",
          "saukhibão", "sauthuhoạch", "saukhithuhoạch",
          "tạikỳhọp", "tạiphiênhọp", "tạicuộchọp", "tạibuổihọp", "tạihộinghị", "giaoban",
          "khi+phátsinh", "khikếtthúc", "trongthờigian", "trongsuốtthờigian", "nhândịp",
          "theolịch", "theokếhoạch", "theothôngbáo", "theothờihạnquyđịnh", "theođúnglịch",
          "theođúngkếhoạch")
# the first words of the sixty-year cycle's years ("năm Bính Ngọ"), spaceless and in lower case
_CYCLE_STEMS = ("giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý")
_RULE_TABLE: tuple[tuple[str, _Handler, tuple[str, ...]], ...] = (
    (pat.SCOPE, _on_scope, _YEAR),
    (pat.RELATIVE, _on_relative, _COUNTS),
    (pat.LEAD_TIME, _on_lead_time, ("trước+ítnhất", "trước+tốithiểu")),
    (pat.EVENT_LEAD_TIME, _on_lead_time, ("trướcngày", "trướcdiễntập", "trướclễ",
                                          "trướchộinghị", "trướckỳthi")),
    (pat.EVENT_LAG_TIME, _on_lag_time, ("saudiễntập", "saulễ", "sauhộinghị", "saukỳthi")),
    (pat.EVENT_DAY, _on_event_day, ("trongngày",)),
    (pat.RECUR_MONTH_DAY, _on_month_day, ("hằngtháng", "hàngtháng", "mỗitháng", "cáctháng",
                                          "thángsau", "thángkếtiếp", "thángtiếptheo",
                                          "thángliềnsau", "thángliềnkềsau", "quý",
                                          "thángbáocáo")),
    (pat.RECUR_YEAR_DAY, _every("yearly"), ("hằngnăm", "hàngnăm", "mỗinăm", "cácnăm",
                                            "nămbáocáo")),
    (pat.RECUR_YEAR_MONTH, _every("yearly"), ("hằngnăm", "hàngnăm", "mỗinăm", "cácnăm")),
    (pat.RECUR_WEEKDAY, _every("weekly"), ("tuần",)),
    (pat.RECUR_TIME, _every("daily"), ("hằngngày", "hàngngày", "mỗingày", "cácngày")),
    (pat.FREQUENCY, _on_frequency, ("hằng", "hàng", "mỗi", "địnhkỳ", "lần/", "/lần",
                                    "lầntrong", "ngàytrong", "buổitrong", "thứ+cuốitháng",
                                    "thứ+đầutháng", "thứ+cuốiquý", "thứ+đầuquý",
                                    "chủnhật+cuốitháng", "chủnhật+đầutháng",
                                    "thứ+cuốicùngcủatháng", "chủnhật+cuốicùngcủatháng",
                                    "mộtlần", "tháng,năm", "thángvànăm", "thángvàcảnăm",
                                    "kỳ/", "số/", "bài/", "tin/")),
    (pat.REPORT_PERIOD, _on_report_period, ("báocáotuần", "báocáotháng", "báocáoquý")),
    (pat.SOLAR_TO_LUNAR, _on_solar_to_lunar, ("từ+tết", "từ+rằm", "từ+chạp", "từ+giêng",
                                              "từ+âmlịch")),
    (pat.LUNAR_DATE, _on_lunar_date, ("tết", "rằm", "chạp", "giêng", "âmlịch",
                                       *(f"năm{stem}" for stem in _CYCLE_STEMS))),
    (pat.RANGE_DATES, _on_range, ("#+đến", "#+tới", "#+-", "#+–")),
    (pat.DAY_RANGE, _on_day_range, ("#+cácngày",)),
    (pat.RANGE_MONTHS, _on_range, ("tháng+đến", "tháng+tới", "tháng+-", "tháng+–", "tháng+,",
                                   "tháng+và", "quý")),
    (pat.LAST_DAY, _on_last_day, ("cuốicùngcủatháng", "cuốicùngtháng")),
    (pat.BY_DATE, _on_by_date, _BY_DATE),
    (pat.WEEKDAY_DUE, _on_weekday_due, ("tuầnnày", "tuầnsau", "tuầntới", "nhấtngày",
                                        "nhấtlàngày", "trướcngày")),
    (pat.NAMED_DAY_DUE, _on_named_day_due, ("hômnay", "mai", "sángnay", "chiềunay", "trưanay",
                                            "tốinay", "đêmnay")),
    (pat.START, _on_start, ("từ",)),
    (pat.FROM_PERIOD, _on_from_period, ("từ",)),
    (pat.YEARS_ONWARD, _on_years_onward, ("nămtiếptheo", "nămsau", "trởđi")),
    (pat.SESSION_PERIOD, _on_prefixed_period, ("họp", "hộinghị", "giaoban", "sinhhoạt")),
    (pat.PREFIXED_PERIOD, _on_prefixed_period, _PREFIXED),
    (pat.VAGUE, _on_vague, _VAGUE),
    (pat.SCHOOL_TERM, _on_school_term, ("nămhọc", "họckỳ")),
    (pat.ONGOING, _on_ongoing, ("thườngxuyên", "liêntục", "lâudài")),
    (pat.ASAP, _on_asap, ("ngay", "khẩn", "kịp", "sớm", "gấp")),
    (pat.BARE_DATE, _on_bare_date, _DATE),
    (pat.BARE_PERIOD, _on_bare_period, (*_DIGIT_PERIOD, "quý")),  # ("Quý II": no digit)
    (pat.CELL_YEAR, _on_cell_year, _YEAR),
)

# the rules that read lunar days themselves (the others' matches on a lunar word are misreads)
_LUNAR_RULES = frozenset(i for i, rule in enumerate(_RULE_TABLE)
                         if rule[1] in (_on_lunar_date, _on_solar_to_lunar))

# each rule's triggers as sets of words that must all be present ("a+b" -> {"a", "b"}), filed
# under every word they need: a text is searched once per word, and only the rules one of
# whose words it contains are considered at all
_TRIGGER_SETS = tuple(tuple(frozenset(words.split("+")) for words in triggers)
                      for _, _, triggers in _RULE_TABLE)
_TRIGGERS_BY_WORD: dict[str, list[tuple[int, frozenset[str]]]] = {}
for _priority, _sets in enumerate(_TRIGGER_SETS):
    for _words in _sets:
        for _word in _words:
            _TRIGGERS_BY_WORD.setdefault(_word, []).append((_priority, _words))
_TRIGGER_WORDS = tuple(sorted(w for w in _TRIGGERS_BY_WORD if w != "#"))


def _trie_pattern(words) -> str:
    """One stdlib ``re`` pattern matching the longest of ``words`` that starts where it is
    tried: the words as a trie ("th(?:áng|ứ)"), each node trying its longer words first. A
    plain alternation of the 147 words is tried word by word at every position, and asking
    each word of each text with ``in`` cost 5% of a notice; the trie reads each position once
    (tests/pipeline/test_deadlines.py checks the two agree)."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def branch(node: dict) -> str:
        alternatives = [re.escape(char) + branch(child)
                        for char, child in sorted(node.items()) if char]
        if not alternatives:
            return ""
        group = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(
            alternatives) + ")"
        if "" not in node:
            return group
        return group + "?" if len(alternatives) == 1 and len(group) == 1 else (
            "(?:" + group + ")?")

    return branch(root)


# at every position (a lookahead consumes nothing), the longest trigger word starting there;
# the shorter words it holds are read from _WORDS_WITHIN
_TRIGGER_SCAN = re.compile("(?=(" + _trie_pattern(_TRIGGER_WORDS) + "))")
_WORDS_WITHIN = {word: frozenset(w for w in _TRIGGER_WORDS if w in word)
                 for word in _TRIGGER_WORDS}


# Gates: for some rules the words are far from enough ("#+ngày" lets the relative rule scan
# nearly every text, and it finds something in one of twelve). A gate is a stdlib ``re``
# pattern over the same spaceless lower-case text that every match of its rule leaves there:
# the rule's pattern with its ``\s*`` between words dropped, cut down to the words no match
# goes without and kept in their order ("05 ngày" -> "05ngày"). Searching one costs a few
# microseconds where the rule's own scan costs tens. Like the words, a gate only skips rules
# that cannot match (tests/pipeline/test_deadlines.py checks it on every case).
_MONTH_WORDS = "mười|một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|giêng|chạp"  # MONTH_WORD's words
_DATE_GATE = (  # date_pattern: "05/3", "5 tháng 3", "ngày mồng năm tháng ba"
    rf"\d[/.-]\d|tháng(?:\d|{_MONTH_WORDS})")
_GATES = {
    # a count's last word right before its unit: "05 ngày", "mười lăm ngày", "hai mươi ngày"
    pat.RELATIVE: r"(?:\d|lăm|hai|mười|mươi|một|ba|bốn|năm|sáu|bảy|tám|chín)"
                  r"(?:ngày|giờ|tuần|tháng|năm)",
    # a scope word before its year, two years joined by a dash, or "đến năm 2030"
    pat.SCOPE: r"(?:giaiđoạn|nhiệmkỳ|thờikỳ|niênkhóa|niênđộ|nămhọc"
               r"|mùa(?:mưalũ|mưabão|mưa|lũ|bão|khô|khôhanh)"
               r"|vụ(?:đôngxuân|hèthu|thuđông|xuân|mùa|đông|hè|chiêm)"
               r"|kếhoạch\dnăm|tầmnhìn(?:đến)?)\(?(?:từ)?(?:năm)?(?:19|20)\d\d"
               r"|(?:19|20)\d\d[-–—](?:19|20)\d\d"
               r"|(?:đến|tới)năm(?:19|20)\d\d",
    # "ngày 5 tháng 9 hằng tháng", "ngày 5 của tháng sau", "ngày 20 tháng cuối quý"
    pat.RECUR_MONTH_DAY: r"\d(?:của)?(?:(?:hằng|hàng|mỗi|các)tháng"
                         r"|tháng(?:sau|kếtiếp|tiếptheo|liền(?:kề)?sau|cuối|đầu)|củathángbáocáo)",
    # the first date's last word right before "đến", "tới" or a dash
    pat.RANGE_DATES: rf"(?:\d|{_MONTH_WORDS})(?:đến|tới|-|–)",
    pat.RANGE_MONTHS: r"tháng[01]?\d(?:(?:/|năm)(?:19|20)\d\d)?(?:đến|tới|-|–|,|và)"
                      r"|quý(?:iv|i{1,3}|[1-4])(?:đến|tới|-|–|,|và)",
    pat.BY_DATE: _DATE_GATE,
    pat.START: _DATE_GATE,
    pat.FROM_PERIOD: r"từ(?:đầu|cuối|giữa)?(?:quý|tháng|năm)",
    pat.VAGUE: r"(?:trước|kịp(?:thời)?phụcvụ)(?:ngày)?(?:dịp|đợt)?(?:mỗi)?"
               r"(?:tết|(?:đêm)?giaothừa|kỳnghỉ|mùa|vụ|(?:lễ|ngày)?khaigiảng|nămhọc(?:mới|(?:19|20)\d\d)|kỳhọp"
               r"|phiênhọp|đạihội|tuầnlễ|lễ|festival|kỳthi|(?:thờikỳ)?caođiểm"
               r"|(?:thờigian(?:triểnkhai|diễnra)?)?chiếndịch"
               r"|hộinghị|bầucử)"
               r"|trước(?:ngày|thờiđiểm|khi|,trongvàsau|vàtrong)|trong(?:suốt)?thờigian"
               r"|ngaysau|saukhi|sauthuhoạch|khi(?:có)?phátsinh|khikếtthúc"
               r"|tại(?:kỳhọp|phiênhọp|cuộchọp|buổihọp|hộinghị|(?:buổi|phiên|cuộc)giaoban"
               r"|kỳsinhhoạt)|nhândịp|theo(?:đúng)?(?:lịch|kếhoạch|thôngbáo|thờihạnquyđịnh)",
    pat.BARE_DATE: _DATE_GATE,
}


@functools.cache
def _gate(source: str) -> re.Pattern[str] | None:
    """The gate of the rule whose pattern is ``source`` (compiled on first use), or None."""
    gate = _GATES.get(source)
    return None if gate is None else re.compile(gate)


def _compact(text: str) -> str:
    """The text in lower case without white space, as the trigger words and gates read it."""
    return "".join(text.lower().split())


# Characters that are never digits (tests/pipeline/test_deadlines.py checks every one): ASCII
# but 0-9, Latin-1 but ² ³ ¹, the Latin letters with Vietnamese ones, general punctuation.
# Stripped in one C-level pass, they leave str.isdigit a few characters to ask about instead
# of a whole unit's.
_NEVER_DIGIT = re.compile("[\x00-/:-\xb1\xb4-\xb8\xba-\u02ff\u1e00-\u1eff\u2010-\u206f]+")


def _trigger_words_in(compact: str) -> set[str]:
    """The trigger words the compact text contains ("#" for a digit)."""
    present = set().union(*map(_WORDS_WITHIN.__getitem__, _TRIGGER_SCAN.findall(compact)))
    if any(map(str.isdigit, _NEVER_DIGIT.sub("", compact))):
        present.add("#")
    return present


def _applicable_rules(text: str):
    """The rules (compiled on first use) whose trigger words occur in the text and whose gate
    (if any) opens on it, in order."""
    compact = _compact(text)
    present = _trigger_words_in(compact)
    chosen = {priority for word in present for priority, words in _TRIGGERS_BY_WORD[word]
              if words <= present}
    opened: dict[str, bool] = {}  # gate source -> found in the text (rules share some)
    for priority in sorted(chosen):
        source, handler, _ = _RULE_TABLE[priority]
        gate = _gate(source)
        if gate is not None:
            if gate.pattern not in opened:
                opened[gate.pattern] = gate.search(compact) is not None
            if not opened[gate.pattern]:
                continue
        yield priority, _compiled(priority, source), handler


_COMPILED: dict[int, object] = {}


def _compiled(priority: int, source: str):
    pattern = _COMPILED.get(priority)
    if pattern is None:
        pattern = _COMPILED[priority] = pat.rx(r"(?<!\p{L})(?:" + source + ")")
    return pattern


# --- roles -------------------------------------------------------------------------------------


def _fills_cell(ctx: _Context, start: int, end: int) -> bool:
    """Alone in its table cell (cells joined by " | ") or alone in the text given."""
    before = pat.line_before(ctx.text, start).rstrip()
    after = ctx.text[end:].split("\n", 1)[0].strip(" .;")
    return (before.endswith("|") or not before.strip()) and (after.startswith("|") or not after)


def _opens_sentence(ctx: _Context, start: int, end: int) -> bool:
    """The match opens its item or sentence and a comma closes it: "Trước, trong và sau Tết,
    theo dõi sát ...", the time the work is given."""
    before = pat.line_before(ctx.text, start)
    return bool(pat.rx(pat.ITEM_OPENING).fullmatch(before)) and ctx.text[end:end + 1] == ","


def _is_time_cell(ctx: _Context, start: int, end: int) -> bool:
    return _fills_cell(ctx, start, end) or _has(pat.LABEL_BEFORE, pat.line_before(ctx.text, start))


def _has(source: str, text: str) -> bool:
    return pat.rx(source).search(text) is not None


def _is_past(ctx: _Context, cand: _Candidate, start: int, end: int) -> bool:
    """Past markers around a date that lies before the issue date (or when no date is known).

    A clause that opens with the date and goes on to say what happened ("Ngày 14/8/2025,
    đồng chí ... đã ...", "Đến ngày 25/9/2025, toàn tỉnh mới có ...") is compared by the
    period's first day; a marker before the date ("đã phát hiện trong quý III/2025") by its last.
    """
    mention, after = cand.mention, ctx.text[end:]
    if mention.date is None and mention.start_date is None and ctx.issued is not None and any(
            int(year) > ctx.issued.year for year in YEAR_IN.findall(mention.text)):
        return False  # "... đã phân loại tại kỳ họp thường lệ giữa năm 2026" (issued in
        # 2025): an undated time in a later year lies ahead, whatever "đã" is near it
    if _has(pat.PAST_SUFFIX, after) or _has(pat.STATUS_PREFIX, ctx.text[max(0, start - 20):start]):
        return True
    if _has(pat.OLD_TERM, ctx.text[max(0, start - 90):start]):
        return True  # the term a letter replaces
    if _has(pat.SINCE_BEFORE, ctx.text[max(0, start - 12):start]):
        return _before_issue(ctx, mention.date)  # "tồn đọng từ trước ngày 01/7/2025"
    clause = pat.clause_before(ctx.text, start)
    opens = _has(pat.OPENERS, pat.rx(pat.BULLET).sub("", clause, count=1))
    if (opens and _has(pat.PAST_AFTER, after)) or _has(pat.PAST_RIGHT_AFTER, after):
        return _before_issue(ctx, mention.start_date or mention.date)
    if opens and cand.form != "strong" and after.lstrip().startswith(","):
        return ctx.issued is not None and mention.date is not None and mention.date < ctx.issued
    comma = start - len(clause) - 1  # "đã phát hiện, xử lý trong năm 2025": a shared "đã"
    shared = comma >= 0 and ctx.text[comma] == "," and _has(
        pat.PAST_SHARED, pat.clause_before(ctx.text, comma))
    if shared or _has(pat.PAST_BEFORE, clause):
        return _before_issue(ctx, mention.date or mention.start_date)
    return False


YEAR_IN = regex.compile(rf"(?<!\d)({pat.YEAR})(?!\d)")


def _before_issue(ctx: _Context, when: date | None) -> bool:
    return ctx.issued is None or when is None or when < ctx.issued


def _is_legal(ctx: _Context, start: int, end: int) -> bool:
    """A date that belongs to a document reference ("Quyết định số 222/QĐ-TTg ngày 05/3/2024")."""
    before = ctx.text[max(0, start - 100):start]
    if pat.rx(pat.LEGAL_BEFORE, exact_case=True).search(before) is not None:
        return True
    line = pat.line_before(ctx.text, start)
    return _has(pat.LEGAL_AFTER, ctx.text[end:]) or _has(pat.LEGAL_LINE, line)


def _bare_role(ctx: _Context, cand: _Candidate, start: int, end: int) -> str:
    """A date or period without a deadline word: a deadline only in a time cell, after a
    "Thời hạn:" label or a completion verb; otherwise a reference, a past or a scope."""
    mention, line = cand.mention, pat.line_before(ctx.text, start)
    if cand.form == "bare" and _is_legal(ctx, start, end):
        return "legal_basis"
    if _is_time_cell(ctx, start, end) or _has(pat.VERB_BEFORE, line) or (
            cand.form == "bare_period" and _has(pat.TERM_LABEL, line)):
        return "deadline"
    if _is_past(ctx, cand, start, end):
        return "past"
    if _has(pat.START_CONTEXT, line):
        return "start"
    target = _has(pat.TARGET_CONTEXT, pat.sentence_before(ctx.text, start)) and not _has(
        pat.PLAN_OF_YEAR, ctx.text[max(0, start - 30):start])
    if cand.form == "bare_period" and mention.text.lower().startswith("năm") and target:
        mention.optional = True
        return "deadline"
    if cand.form == "bare" and _due_on(ctx, mention):
        mention.optional = True  # "tổ chức lễ ra quân vào ngày 20/10/2025": the day it is due
        return "deadline"
    return "event_date" if cand.form == "bare" else "scope"


def _due_on(ctx: _Context, mention: TemporalMention) -> bool:
    """A plain date ahead of the issue date that is not a meeting's time ("lúc 14 giờ ngày
    ..."); an hour after "vào" schedules the work itself ("tổ chức tổng duyệt vào 19 giờ 30
    ngày 28/4/2026")."""
    if mention.text.lower().startswith(("lúc", "vào lúc")) or (
            mention.time is not None and not mention.text.lower().startswith("vào")):
        return False
    return ctx.issued is not None and mention.date is not None and mention.date > ctx.issued


# the work is to be done within the stretch that follows: "hoàn thành trong", "hoàn thành giai
# đoạn 1 trong"
COMPLETED_WITHIN = regex.compile(r"(?<!\p{L})(?:hoàn\s*thành|xong)(?:\s+[^\s,;.:]+){0,4}?"
                                 r"\s+trong\s*(?:cả\s*)?$", regex.IGNORECASE)


def _settle_role(ctx: _Context, cand: _Candidate) -> None:
    mention = cand.mention
    start, end = mention.start - ctx.offset, mention.end - ctx.offset
    if cand.form in ("bare", "bare_period"):
        mention.role = _bare_role(ctx, cand, start, end)
    elif mention.role == "scope" and not _has(pat.SCOPE_HEAD, mention.text[:12]) and (
            _is_time_cell(ctx, start, end)):
        mention.role = "deadline"  # "2026 - 2030", "Năm 2026 - 2027" alone in a time column
    elif mention.role == "scope" and COMPLETED_WITHIN.search(ctx.text, max(0, start - 60), start):
        mention.role = "deadline"  # "hoàn thành (giai đoạn 1) trong giai đoạn 2026-2027"
    elif (cand.form in ("strong", "weak") or mention.role == "scope") and _is_past(
            ctx, cand, start, end):
        mention.role = "past"
    elif cand.form == "weak" and mention.start_date is not None and mention.date is not None and (
            ctx.issued is not None and mention.date < ctx.issued) and (
            mention.text[:2].lower() == "từ"):
        mention.role = "scope"  # "người lao động về nước từ ngày 01/01/2024 đến ngày 31/7/2025"
        # (issued in August): a run of days wholly past says which, not when
    elif mention.text[:3].lower() == "đến" and _has(
            pat.PLAN_HORIZON, ctx.text[max(0, start - 60):start]):
        mention.role = "scope"  # "lập lại tiến độ thi công chi tiết đến ngày 31/12/2026"
    elif cand.form != "strong" and mention.start_date is not None and ctx.issued is not None and (
            mention.start_date < ctx.issued) and _has(
            pat.ARISEN_IN, ctx.text[max(0, start - 20):start]):
        mention.role = "scope"  # "các vụ lấn chiếm phát hiện trong năm 2025" (issued in
        # October): which cases, the year already under way
    elif mention.text[:3].lower() in ("đến", "tới") and _has(
            pat.DATA_CUTOFF, ctx.text[max(0, start - 30):start]):
        mention.role = "scope"  # "(số liệu tính đến ngày 15/6/2026)": what a report covers
    elif mention.type == "relative" and mention.text[:5].lower() == "trong" and _has(
            pat.WHILE_IT_LASTS, ctx.text[end:end + 20]):
        mention.role = "scope"  # "miễn phí vé trong 03 ngày diễn ra Festival": how long
        # the event lasts, not when the work is due
    elif mention.type == "recurring" and _has(pat.SERVICE_FREQUENCY,
                                              ctx.text[max(0, start - 40):start]):
        mention.role = "scope"


def _demote_weak_words(ctx: _Context, mentions: list[TemporalMention]) -> None:
    """An ongoing or vague word sharing its clause with a dated deadline is the weaker one."""
    dated = [m for m in mentions if m.role == "deadline" and m.type in DATED_TYPES]
    for mention in mentions:
        if mention.type not in ("ongoing", "vague") or mention.role != "deadline":
            continue
        for other in dated:
            first, second = sorted((mention, other), key=lambda m: m.start)
            gap = ctx.text[first.end - ctx.offset:second.start - ctx.offset]
            if not _has(pat.SENTENCE_END, gap):
                mention.optional = True


RESTATED_GAP = regex.compile(r"(?:\s+\p{L}+){0,2}\s*\(\s*")  # "trong tuần này" + " (" / " theo ("


YEAR_DIGITS = regex.compile(r"(?:19|20)\d\d")
COUNT_THEN_RUN = regex.compile(r"(?:\s+\p{L}+){0,3}\s*,?\s*")  # "trong 02 tuần" + " cao điểm "


def _inside(day: TemporalMention, period: TemporalMention) -> bool:
    """``day``'s date falls within ``period``, a dated period with its first day."""
    return period.type == "within_period" and None not in (
        day.date, period.date, period.start_date) and (
        period.start_date <= day.date <= period.date)


def _prefer_restated(ctx: _Context, mentions: list[TemporalMention]) -> None:
    """"trong tuần này (từ ngày 10/3 đến ngày 14/3/2026)", "tại cuộc họp giao ban tuần tiếp
    theo (ngày 16/3/2026)": a time the text restates in dates right after it, in
    parentheses; the dates are the deadline, the words an alternative."""
    for first, second in pairwise(mentions):
        if first.role != "deadline" or second.role != "deadline" or (
                second.type not in DATED_TYPES) or (
                any(map(str.isdigit, first.text)) and not _inside(second, first)):
            continue  # ("giao ban tuần 17 (ngày 20/4/2026)": a numbered period, its day inside)
        gap = ctx.text[first.end - ctx.offset:second.start - ctx.offset]
        if RESTATED_GAP.fullmatch(gap) and ctx.text[second.end - ctx.offset:].lstrip()[:1] == ")":
            if first.type == "recurring" and (not YEAR_DIGITS.search(second.text) or (
                    second.start_date is not None)):
                # "định kỳ hằng năm (trước ngày 15/12)": the day of the rhythm, every year;
                # "Hằng ngày (từ 15/12/2025 đến 31/5/2026)": the run the rhythm keeps to
                second.optional = True
                continue
            first.optional, second.optional = True, False
    for first, second in pairwise(mentions):
        # "vào quý IV hằng năm", "tại hội nghị tháng 12 hằng năm": a period of no year in
        # particular, then "every year": the rhythm is the deadline
        if first.role == second.role == "deadline" and first.type == "within_period" and (
                second.recurrence == "yearly") and not YEAR_DIGITS.search(first.text) and (
                not ctx.text[first.end - ctx.offset:second.start - ctx.offset].strip()):
            first.optional, second.optional = True, False
    for first, second in pairwise(mentions):
        # "trong 02 tuần cao điểm từ ngày 16/7/2025 đến ngày 29/7/2025": a length, then the
        # run it lasts; the run's dates are the deadline
        gap = ctx.text[first.end - ctx.offset:second.start - ctx.offset]
        if first.role == second.role == "deadline" and first.type == "relative" and (
                second.type == "within_period" and second.start_date is not None) and (
                COUNT_THEN_RUN.fullmatch(gap)):
            first.optional, second.optional = True, False
    for first, second in pairwise(mentions):
        # "trước ngày 15-6 và ngày 15-12 hằng năm": two days a year, every year (after a
        # comma, only six months apart: "xong trước ngày 30/9, báo cáo trước ngày 15/12 hằng
        # năm" may be a task done once, then a yearly report)
        gap = ctx.text[first.end - ctx.offset:second.start - ctx.offset]
        if first.role == second.role == "deadline" and first.type == "by_date" and (
                second.recurrence == "yearly") and AND_GAP.fullmatch(gap) and (
                not YEAR_DIGITS.search(first.text)) and first.date is not None and (
                "và" in gap or _half_year_apart(first, second)):
            first.optional = True
            second.recurrence = "semiannual"
            second.start, second.text = first.start, ctx.text[
                first.start - ctx.offset:second.end - ctx.offset]


AND_GAP = regex.compile(r"\s*(?:và|,)\s*")
HALF_YEAR_DAY = regex.compile(r"(\d{1,2})\s*(?:[-/.]|tháng)\s*(\d{1,2})")


def _half_year_apart(first: TemporalMention, second: TemporalMention) -> bool:
    """The second mention's day ("ngày 15-12 hằng năm") six months after the first's."""
    day = HALF_YEAR_DAY.search(second.text)
    return day is not None and (int(day[2]) - first.date.month) % 12 == 6


# --- public API --------------------------------------------------------------------------------


def _candidates(ctx: _Context) -> list[_Candidate]:
    found = []
    for priority, pattern, handler in _applicable_rules(ctx.text):
        for m in pattern.finditer(ctx.text):
            cand = handler(ctx, m)
            if cand is not None and cand.mention.text:
                cand.priority = priority
                found.append(cand)
    return found


def _leftmost_longest(found: list[_Candidate]) -> list[_Candidate]:
    found.sort(key=lambda c: (c.mention.start, c.mention.start - c.mention.end, c.priority))
    kept: list[_Candidate] = []
    for cand in found:
        if not kept or cand.mention.start >= kept[-1].mention.end:
            kept.append(cand)
    return kept


def effective_date(text: str, issued: date | None) -> date | None:
    """When the document takes effect, if it says so once: "Quyết định này có hiệu lực kể
    từ ngày ký" (the issue date) or "... có hiệu lực thi hành từ ngày 01/12/2025". Two
    different statements (a decision and the rules it issues) leave it open."""
    found: set[date | None] = set()
    for m in pat.rx(pat.EFFECTIVE_FROM).finditer(text):
        if m.group("signed"):
            found.add(issued)
            continue
        dated = pat.rx(pat.date_pattern()).match(text, m.end())
        found.add(pat.read_date(dated, issued)[1] if dated else None)
    return found.pop() if len(found) == 1 else None


# a drill's day D, dated once: "ngày D là ngày 10/12/2026", "ngày D dự kiến là ngày
# 24/4/2026", "ngày D (ngày 24/10/2025)"
DRILL_DAY = regex.compile(r"ngày\s*D\b[^.;\n]{0,25}?(?:là|:|\()\s*(?:ngày\s*)?"
                          + pat.date_pattern())
# a term counted from day D: "D-30", "ngày D+3", "Ngày D", "Từ D-20 đến D-5" (a run ends on
# its last day); D in capitals, a word of its own
D_DAY = r"D(?:\s*(?P<{0}sign>[+-])\s*(?P<{0}n>\d{{1,3}}))?(?![\p{{L}}\d/)])"
DRILL_TERM = regex.compile(r"(?<![\p{L}\d])(?:(?:[Tt]ừ\s*)?(?:[Nn]gày\s*)?" + D_DAY.format("a")
                           + r"\s*(?:đến|-|–)\s*(?:hết\s*)?)?(?:[Nn]gày\s*)?" + D_DAY.format("b"))


def drill_day(text: str, issued: date | None) -> date | None:
    """The day D a drill plan dates, if it dates it once."""
    if "ngày D" not in text:
        return None
    found = {pat.read_date(m, issued)[1] for m in DRILL_DAY.finditer(text)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def drill_terms(text: str, day: date, offset: int = 0) -> list[TemporalMention]:
    """The terms of ``text`` counted from day D ("D-30" is thirty days before it), relative
    to that event, dated."""
    out = []
    for m in DRILL_TERM.finditer(text):
        n = int(m.group("bn") or 0) * (-1 if m.group("bsign") == "-" else 1)
        out.append(TemporalMention(offset + m.start(), offset + m.end(), m.group(), "relative",
                                   day + timedelta(days=n), anchor="event"))
    return out


def find_temporal_mentions(text: str, issued: date | None, offset: int = 0,
                           effective: date | None = None,
                           event_date: Callable[[str], date | None] | None = None,
                           written: str | None = None) -> list[TemporalMention]:
    """All temporal expressions in text, in order, non-overlapping, each classified by role.

    ``issued`` anchors what the text leaves open: a date or period without a year, and a
    relative deadline counted from the signing or issue date; ``effective`` (see
    :func:`effective_date`) one counted from when the text takes effect; ``event_date`` one
    counted from an event the document dates elsewhere (see :func:`event_dates`). ``offset``
    is added to spans. ``written``: the text as the document writes it, when ``text`` has its
    misread numbers read as digits (:func:`giaoviec.normalize.read_digits`, same length): the
    mentions quote it.
    """
    ctx = _Context(text, issued, offset, effective, event_date)
    kept = _leftmost_longest(_candidates(ctx))
    for cand in kept:
        _settle_role(ctx, cand)
    mentions = [cand.mention for cand in kept]
    for cand in kept:
        mention = cand.mention
        lunar_word = LUNAR.search(mention.text) or LUNAR_AFTER.match(
            ctx.text, mention.end - ctx.offset)
        if cand.priority not in _LUNAR_RULES and lunar_word and (
                mention.type in DATED_TYPES or mention.start_date):
            # "trước ngày 25 tháng Chạp" read as a solar date (the lunar rule placed no such
            # day: no issue date to place it by): a deadline tied to it, not December's 25th
            if mention.type in DATED_TYPES:
                mention.type, mention.date = "vague", None
            mention.start_date = None
    _demote_weak_words(ctx, mentions)
    _prefer_restated(ctx, mentions)
    if written is not None and written != text:
        for mention in mentions:  # each as the document writes it
            mention.text = written[mention.start - offset:mention.end - offset]
    return mentions


# the event an anchor names, after the words that say which of its days: "ngày tổ chức" +
# "hội nghị", "ngày bế mạc Lễ hội" (the opening and the closing are events of their own)
EVENT_ANCHOR = regex.compile(
    r"\s*(?:ngày\s*)?(?:(?P<day>khai\s*mạc|bế\s*mạc|khai\s*giảng)|(?:chính\s*thức\s*)?"
    r"(?:tổ\s*chức|diễn\s*ra|tiến\s*hành|bắt\s*đầu)?)\s*(?P<event>(?:\p{L}+\s*){0,2})")
# how near after an event's name its date must be, in the same sentence or table row
EVENT_REACH = 160
DAY_NAME = pat.DAY_NAME
# the words that date the event itself, right before its "ngày": "(dự kiến tổ chức ngày ...",
# "Lễ khai mạc: 20 giờ 00 ngày ...", "Lễ bế mạc | 20 giờ 00 ngày ...", "khai mạc vào ngày
# ...", "đợt trồng cây (ngày ...)"; not "trình ... trước ngày ..."
HELD_ON = regex.compile(r"(?:tổ\s*chức|diễn\s*ra|khai\s*mạc|bế\s*mạc|khai\s*giảng|vào|lúc|là"
                        r"|\||\(|:)\s*"
                        r"(?:\d{1,2}\s*(?:giờ|h)\s*(?:\d{1,2}\s*(?:phút)?)?\s*,?\s*)?"
                        # "vào tối ngày ...", "vào sáng Chủ nhật, ngày ..."
                        r"(?:(?:sáng|chiều|tối|trưa|đêm)\s*)?"
                        rf"(?:{DAY_NAME}\s*,?\s*)?"  # "vào Chủ nhật, ngày ..."
                        # "tổ chức trong các ngày ...", "tổ chức từ ngày ...": a run's first day
                        r"(?:(?:trong|vào)\s*(?:các\s*)?|từ\s*)?$")
DOCUMENT_NUMBER = regex.compile(r"số\s*\d+/")  # "Thông tư số 24/2024/TT-BGDĐT ngày ...": its date
# a day in full, "15/3/2026" or "15 tháng 3 năm 2026" ("... ngày bầu cử ... là Chủ nhật, ngày 15
# tháng 3 năm 2026", "Thời gian giao, nhận quân: ngày 03 tháng 3 năm 2026")
FULL_DAY = r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}"
EVENT_DATE = regex.compile(rf"ngày\s*({FULL_DAY})")
# "các ngày 11 và 12/6/2026", "ngày 11-12/6/2026": the days of an event, its first and month
EVENT_DAYS = regex.compile(r"ngày\s*(\d{1,2})\s*(?:và|-|–|,)\s*\d{1,2}\s*[/.-]\s*(\d{1,2})\s*[/.-]"
                           r"\s*(\d{4})")


def event_dates(folded: str, issued: date | None) -> Callable[[str], date | None]:
    """What an event anchor ("ngày tổ chức hội nghị", "ngày bế mạc Lễ hội") counts from, when
    the document dates that event once: "Hội nghị tổng kết ... (dự kiến tổ chức ngày
    20/8/2026)", "Lễ bế mạc | 20 giờ 00 ngày 24/5/2026". Each mention of the event's words
    (its opening or closing day when the anchor names one) is followed, within the sentence
    or row, by at most one "ngày dd/mm/yyyy"; the answer is the date when every mention that
    has one agrees, else None. ``folded``: the document, folded. Answers are kept per event."""
    known: dict[str, date | None] = {}

    def lookup(anchor: str) -> date | None:
        ending = EVENT_END_ANCHOR.match(fold(anchor))
        if ending is not None:  # "kết thúc chiến dịch": the last day of its dated run
            key = " ".join(ending.group("event").split())
            if len(key) < 4:
                return None
            if "end " + key not in known:
                known["end " + key] = _event_end(folded, key, issued) or _meeting_day(
                    folded, key, issued) or _scheduled(folded, key, issued, last=True)
            return known["end " + key]
        named = EVENT_ANCHOR.match(fold(anchor))
        if named is None:
            return None
        key = " ".join((named.group("day") or named.group("event")).split())
        if len(key) < 3:
            return None
        if key not in known:
            known[key] = _dated_event(folded, key, issued) or _meeting_day(
                folded, key, issued) or _scheduled(folded, key, issued)
        if known[key] is not None or not named.group("day"):
            return known[key]
        # "ngày bế mạc Lễ hội" when only the festival's run is dated ("Lễ hội ... được tổ
        # chức từ ngày 26/02/2026 đến ngày 28/02/2026"): its last day; the opening, its first
        event = " ".join(named.group("event").split())
        if len(event) < 4:
            return None
        run_key = f"{key} {event}"
        if run_key not in known:
            closing = named.group("day").startswith("bế")
            known[run_key] = (_event_end if closing else _dated_event)(folded, event, issued)
        return known[run_key]

    return lookup


# "(ngày) kết thúc chiến dịch", "kết thúc Tuần lễ": an event's end, counted from its last day
EVENT_END_ANCHOR = regex.compile(r"\s*(?:ngày\s*)?kết\s*thúc\s*(?P<event>(?:\p{L}+\s*){1,2})"
                                 # "(sau khi) Hội chợ kết thúc": the same, the event first
                                 r"|\s*(?P<event>\p{L}+(?:\s+\p{L}+)?)\s+kết\s*thúc\s*$")
# the run an event is dated by: "Chiến dịch diễn ra từ ngày 30/5/2026 đến ngày 31/8/2026"
EVENT_RUN = regex.compile(r"từ\s*(?:ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*"
                          r"(?:đến|tới|-|–)\s*(?:hết\s*)?ngày\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})")


# the meeting a notice or minutes reports, as an anchor names it: "kể từ ngày họp", "kể từ
# ngày kết thúc cuộc họp", "sau Hội nghị"
MEETING_KEYS = regex.compile(r"(?:(?:cuộc|buổi|phiên)\s*)?họp|hội\s*nghị|buổi\s*làm\s*việc")
# the words of the opening that say a meeting was held ("chủ trì cuộc họp", "tại Phòng họp")
MEETING_HELD = regex.compile(r"(?<!\p{L})(?:họp|hội\s*nghị|làm\s*việc\s*với"
                          # a site visit the notice concludes: "chủ trì đoàn kiểm tra thực địa"
                          r"|kiểm\s*tra\s*(?:thực\s*địa|hiện\s*trường))(?!\p{L})")
OPENING_REACH = 2500  # characters of the document the opening lies within


def _meeting_day(folded: str, key: str, issued: date | None) -> date | None:
    """The day of the meeting the document reports, for an anchor that names a meeting and
    that nothing else dates: the first full date in the first sentence that says a meeting
    was held ("Ngày 13/10/2025, ... chủ trì cuộc họp", "Vào hồi 14 giờ 00 phút, thứ Hai,
    ngày 13 tháng 10 năm 2025, tại Phòng họp ..."), on or before the issue date. (Grounds,
    "Căn cứ Quy chế làm việc ... số ...", are no meeting.)"""
    if not MEETING_KEYS.fullmatch(key):
        return None
    for sentence in regex.split(r"(?<=[.;])\s|\n", folded[:OPENING_REACH]):
        if not MEETING_HELD.search(sentence) or DOCUMENT_NUMBER.search(sentence) or (
                sentence.lstrip().startswith(("căn cứ", "xét", "thực hiện"))):
            continue
        dated = EVENT_DATE.search(sentence)
        if dated is None:
            continue
        when = pat.read_date(pat.rx(pat.date_pattern()).search(dated.group(1)), issued)[1]
        if when is not None and (issued is None or when <= issued):
            return when
        return None
    return None


# the time a plan gives the one event it is about, on a line of its own: "1. Thời gian: 01
# ngày, thứ Năm, ngày 08/01/2026.", "Thời gian: từ ngày 10/4/2026 đến ngày 19/4/2026; ..."
SCHEDULE_LINE = regex.compile(r"^[\s\d.)a-zđ+-]{0,6}thời\s*gian(?:\s*tổ\s*chức)?\s*:([^\n;]*)",
                              regex.MULTILINE)
FULL_DAY_RX = regex.compile(FULL_DAY)
TITLE_REACH = 800  # characters of the document its title lies within
PLAN_TITLE = r"^(?:v/v\s*|về\s*việc\s*)?(?:kế\s*hoạch\s*)?tổ\s*chức\s+"  # + the event


def _scheduled(folded: str, key: str, issued: date | None, last: bool = False) -> date | None:
    """The day (``last``: the last day) of the event a plan is about (its title: "Tổ chức Hội
    nghị tổng kết ...", ``key`` after "tổ chức"), dated by the plan's one "Thời gian:" line,
    when nothing names the event beside its date; None when the line gives no full date, or
    the plan has several such lines (several events, or phases)."""
    if not regex.search(PLAN_TITLE + regex.escape(key), folded[:TITLE_REACH], regex.MULTILINE):
        return None  # the title must say the plan holds that event
    lines = SCHEDULE_LINE.findall(folded)
    if len(lines) != 1:
        return None
    line = lines[0]
    days = EVENT_DAYS.search(line)
    found = FULL_DAY_RX.findall(line)
    if not found:
        return None
    if last:
        written = found[-1]
    elif days is not None:  # "ngày 24 và 25/02/2026": the first of the two
        written = f"{days.group(1)}/{days.group(2)}/{days.group(3)}"
    else:
        written = found[0]
    when = pat.read_date(pat.rx(pat.date_pattern()).search(written), issued)[1]
    return when if when is not None and (issued is None or when >= issued) else None


def _event_end(folded: str, key: str, issued: date | None) -> date | None:
    """The last day of the event ``key`` names, when the document gives its run once, right
    after its name, in the same sentence ("Chiến dịch diễn ra từ ngày 30/5/2026 đến ngày
    31/8/2026"); None when no mention, or more than one, dates it."""
    return _date_after(folded, key, issued, _run_ends_on)


def _dated_event(folded: str, key: str, issued: date | None) -> date | None:
    return _date_after(folded, key, issued, _held_on)


def _held_on(stretch: str) -> str | None:
    """The date the words after an event's name hold it on ("dự kiến tổ chức ngày ..."); of
    an event of several days ("trong các ngày 11 và 12/6/2026"), its first."""
    dated = EVENT_DATE.search(stretch)
    days = EVENT_DAYS.search(stretch)
    if days is not None and (dated is None or days.start() <= dated.start()):
        dated, written = days, f"{days.group(1)}/{days.group(2)}/{days.group(3)}"
    elif dated is not None:
        written = dated.group(1)
    else:
        return None
    if not HELD_ON.search(stretch, 0, dated.start()) or (
            DOCUMENT_NUMBER.search(stretch, 0, dated.start())) or (
            stretch.count("|", 0, dated.start()) > 1):
        # (a date cells away from the event's name is another column's: "Tổng duyệt chương
        # trình Lễ kỷ niệm | Sở Văn hóa ... | ... | ngày 17/12/2026", a task row's deadline;
        # "Lễ bế mạc | 20 giờ 00 ngày 24/5/2026" dates the event in the very next cell)
        return None
    return written


def _run_ends_on(stretch: str) -> str | None:
    """The last day of the run the words after an event's name give ("từ ngày A đến ngày B")."""
    run = EVENT_RUN.search(stretch)
    if run is None or DOCUMENT_NUMBER.search(stretch, 0, run.start()):
        return None
    return run.group(1)


def _date_after(folded: str, key: str, issued: date | None,
                date_in: Callable[[str], str | None]) -> date | None:
    """The one date ``date_in`` reads right after the mentions of ``key`` (in the sentence or
    row, within EVENT_REACH), when they agree; None otherwise."""
    found: set[date] = set()
    named: set[date] = set()  # dates written right after the event's name
    counted: set[date] = set()  # dates after a count from the event: its own or the count's
    headed: set[date] = set()  # dates after the event named as one ("Kỳ thi", "cuộc bầu cử")
    at = folded.find(key)
    while at != -1:
        if (at and folded[at - 1].isalpha()) or folded[at + len(key):at + len(key) + 1].isalpha():
            at = folded.find(key, at + 1)
            continue  # inside a word: "thi" of "thiết bị" is no exam
        stretch = folded[at + len(key):at + len(key) + EVENT_REACH]
        right_after = NAMED_DAY.match(stretch)
        written = (right_after.group(1) or right_after.group(2)) if right_after else date_in(
            regex.split(r"\.\s|;|\n", stretch, maxsplit=1)[0])
        if written is not None:
            when = pat.read_date(pat.rx(pat.date_pattern()).search(written), issued)[1]
            if when is not None and (issued is None or when >= issued):
                # (a date before the document is no event still to come)
                if COUNTED_FROM.search(folded, max(0, at - 16), at):
                    counted.add(when)  # "10 ngày trước ngày thi (ngày 11/6/2026)", or "40
                    # ngày trước ngày bầu cử (ngày 03/02/2026)", the day it counts to
                else:
                    found.add(when)
                    if right_after:
                        named.add(when)
                    if EVENT_NOUN.search(folded, max(0, at - 8), at):
                        headed.add(when)
        at = folded.find(key, at + 1)
    if len(named) == 1:
        return named.pop()  # "ngày bầu cử (Chủ nhật, ngày 15/3/2026)" says it; others may be
        # other days near the name ("... bầu cử | ngày 03/02/2026" in a timetable)
    if len(found) > 1 and len(headed) == 1:
        return headed.pop()  # "Kỳ thi ... tổ chức trong các ngày 11 và 12/6/2026", not "dự
        # thi vào ngày 10/6/2026" (a verb's object, another day)
    if found:
        return found.pop() if len(found) == 1 else None
    return counted.pop() if len(counted) == 1 else None


# the word before an event's name that makes it one: "Kỳ thi", "cuộc bầu cử", "Lễ hội"
EVENT_NOUN = regex.compile(r"(?<!\p{L})(?:kỳ|cuộc|lễ|đợt|buổi|hội)\s*$")
# the words before an event's name that count from it: a date after the name is the count's
COUNTED_FROM = regex.compile(r"(?:trước|sau)\s*(?:ngày\s*)?$")
# an event's day written right after its name: "ngày bầu cử 15/3/2026", "ngày bầu cử (Chủ
# nhật, ngày 15/3/2026)", "Hội nghị (ngày 20/8/2026)"
NAMED_DAY = regex.compile(rf"\s*\(?\s*(?:{DAY_NAME}\s*,?\s*)?(?:ngày\s*)?"
                          rf"({FULL_DAY})"
                          # after the rest of its name, the weekday and the day in brackets:
                          # "ngày bầu cử đại biểu Quốc hội ... (Chủ nhật, ngày 15/3/2026)"
                          rf"|[^()\n.;|]{{0,140}}?\(\s*{DAY_NAME}\s*,?\s*"
                          rf"(?:ngày\s*)?({FULL_DAY})\s*\)")


# the lunar calendar's words: "tháng Chạp", "tháng Giêng" (but "tháng Giêng năm 2026", with a
# year of the solar calendar, is January), "mùng 6 Tết", "Rằm", "âm lịch" ("ngày mùng 2
# tháng 9" is the solar calendar's)
LUNAR = regex.compile(r"(?i)tháng\s*(?:chạp|giêng)(?!\s*(?:năm\s*|/\s*)?(?:19|20)\d\d)"
                      r"|mùng\s*\d{1,2}\s*tết|\brằm\b|âm\s*lịch")

# the lunar calendar named after a date: "ngày 19 tháng 2" + " âm lịch", "từ ngày 21 đến ngày 23
# tháng 2" + " năm Bính Ngọ" (a year of the sixty-year cycle: stem, then branch)
LUNAR_AFTER = regex.compile(
    r"(?i)\s*\(?\s*(?:âm\s*lịch|(?:năm\s*)?(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\s*"
    r"(?:tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)(?!\p{L}))")


def _recurrence_rank(mention: TemporalMention) -> int:
    return RECURRENCES.index(mention.recurrence) if mention.recurrence in RECURRENCES else 99


def _main_deadline(pool: list[TemporalMention], text: str | None = None,
                   issued: date | None = None) -> TemporalMention:
    first = pool[0]
    if first.type == "asap":
        in_dates = [m for m in pool if m.type in DATED_TYPES]
        if in_dates:
            return in_dates[0]
        # "khẩn trương hoàn thiện ... trước Tết Nguyên đán": haste, then the event it must
        # beat; not "khôi phục ngay ... sau khi nước rút", where the event says when "ngay" is
        due = next((m for m in pool if m.type == "vague" and fold(m.text).startswith("trước")),
                   None)
        if due is not None:
            return due
    if first.type == "vague" and not first.optional:
        dated = next((m for m in pool[1:] if m.type == "by_date" and m.date is not None), None)
        if dated is not None:
            return dated
    if all(m.type == "recurring" for m in pool):
        return min(pool, key=_recurrence_rank)
    if first.type == "vague" and first.text[:3].lower() == "tại" and not first.optional:
        # "tổng hợp các kiến nghị ... tại Hội nghị, ...; tham mưu ... trước ngày 20/9/2025":
        # where something was said or is reported, then the day the work is due
        dated = next((m for m in pool[1:] if m.type == "by_date" and m.date is not None), None)
        if dated is not None:
            return dated
    if first.type == "within_period" and first.start_date is not None and first.date:
        # "cấp đổi Giấy chứng nhận trong năm 2025 ... trước ngày 20/12/2025": a period that
        # says which things, then the day inside it by which the work is due
        inside = [m for m in pool[1:] if m.type == "by_date" and m.date is not None
                  and first.start_date <= m.date <= first.date]
        if inside:
            return inside[0]
        later = _dated_later_in_clause(pool, text)
        if later is not None and later.date < first.start_date:
            # "quỹ đất dự kiến cho thuê trong năm 2026, gửi Sở Tài chính trước ngày
            # 10/8/2025": the period says which plans, due before it starts
            return later
        if issued is not None and first.date < issued:
            # "thuốc bị thu hồi trong năm 2025 ... trước ngày 15/5/2026", "hồ sơ quá hạn
            # trong tháng 02/2026 ...; báo cáo ... trước ngày 10/3/2026": a period already
            # over when the document was issued says which data, not by when
            due = next((m for m in pool[1:] if m.type == "by_date" and m.date is not None
                        and m.date >= issued), None)
            if due is not None:
                return due
    return first


def _dated_later_in_clause(pool: list[TemporalMention], text: str | None
                           ) -> TemporalMention | None:
    """The first dated deadline after ``pool[0]`` with no clause break (";", a new line)
    between them, in ``text`` (the text the mentions' offsets point into)."""
    if text is None:
        return None
    first = pool[0]
    for m in pool[1:]:
        if m.type == "by_date" and m.date is not None:
            between = text[first.end:m.start]
            return None if ";" in between or "\n" in between else m
    return None


def choose_deadline(mentions: list[TemporalMention], text: str | None = None,
                    issued: date | None = None
                    ) -> tuple[TemporalMention | None, list[TemporalMention]]:
    """The task's deadline (the first completion deadline of the main action) and the alternatives.

    Only mentions whose role is "deadline" count. Firm ones beat optional ones; a manner word
    ("khẩn trương", "ngay") gives way to a dated deadline; among recurring ones only, the
    shortest period wins. ``text`` (what the mentions' offsets point into) and ``issued``
    let a dated deadline in the same clause beat a period that only says which things.
    """
    candidates = [m for m in mentions if m.role == "deadline"]
    if not candidates:
        return None, []
    pool = [m for m in candidates if not m.optional] or candidates
    main = _main_deadline(pool, text, issued)
    return main, [m for m in candidates if m is not main]
