"""``deadlines.ics``: one all-day event per task whose deadline has a date (RFC 5545).

Written by hand rather than with a library because the subset is small and the rules that
calendar clients are strict about are easy to get exactly right here: CRLF line endings,
lines folded at 75 octets without splitting a UTF-8 character, TEXT values escaped, a DTSTAMP
on every event, and a UID that stays the same when the batch is run again (the document's
sha256 plus the task id), so that re-importing updates events instead of duplicating them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

TZID = "Asia/Ho_Chi_Minh"
SUMMARY_TASK_CHARS = 80
PRODID = "-//giaoviec//batch deadlines//VI"

_VTIMEZONE = [  # Vietnam: UTC+7 all year, no daylight saving time since 1975
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    f"X-LIC-LOCATION:{TZID}",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0700",
    "TZOFFSETTO:+0700",
    "TZNAME:+07",
    "DTSTART:19700101T000000",
    "END:STANDARD",
    "END:VTIMEZONE",
]


def build_calendar(rows: list[dict]) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", "X-WR-CALNAME:" + escape_text("Hạn giao việc (giaoviec)"),
             f"X-WR-TIMEZONE:{TZID}", *_VTIMEZONE]
    uids = set()
    for row in rows:
        event = event_lines(row)
        if event and event[1] not in uids:  # the same document given twice: one event
            uids.add(event[1])
            lines.extend(event)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def event_lines(row: dict) -> list[str]:
    """The VEVENT of one task row, or nothing when its deadline has no valid date."""
    try:
        day = date.fromisoformat(row.get("deadline_date") or "")
    except ValueError:
        return []
    task = " ".join((row.get("task") or "").split())
    lead = ", ".join(row.get("lead") or []) or "(chưa rõ đơn vị chủ trì)"
    short = task if len(task) <= SUMMARY_TASK_CHARS else task[: SUMMARY_TASK_CHARS - 1] + "…"
    details = [row.get("task") or ""]
    if row.get("deadline_text"):
        details.append(f"Thời hạn: {row['deadline_text']}")
    document = " – ".join(str(row[k]) for k in ("number", "title") if row.get(k))
    if document:
        details.append(f"Văn bản: {document}")
    details.append(f"Nguồn: {row.get('document')}")
    return [
        "BEGIN:VEVENT",
        f"UID:{(row.get('sha256') or 'unknown')[:20]}-{row.get('task_id')}@giaoviec",
        f"DTSTAMP:{_stamp(row.get('_finished_at'))}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
        "SUMMARY:" + escape_text(f"{lead}: {short}"),
        "DESCRIPTION:" + escape_text("\n".join(details)),
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def escape_text(value: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as \\n, the other
    control characters (not allowed in TEXT) dropped, lone surrogates replaced."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = value.replace("\n", "\\n")
    return "".join(_text_char(ch) for ch in value if ch == "\t" or ord(ch) >= 32)


def _text_char(ch: str) -> str:
    if ch == "\x7f":
        return ""
    return "\ufffd" if "\ud800" <= ch <= "\udfff" else ch  # a lone surrogate cannot be encoded


def fold(line: str, limit: int = 75) -> str:
    """Fold a content line into pieces of at most ``limit`` octets (continuations start with
    one space, which counts), never cutting a UTF-8 sequence in two."""
    pieces: list[str] = []
    current, size = [], 0
    budget = limit
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > budget:
            pieces.append("".join(current))
            current, size, budget = [], 0, limit - 1
        current.append(ch)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _stamp(finished_at: str | None) -> str:
    """DTSTAMP in UTC: when the document was extracted (stable across exports)."""
    try:
        moment = datetime.fromisoformat(finished_at or "")
    except ValueError:
        moment = datetime(1970, 1, 1)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return f"{moment:%Y%m%dT%H%M%SZ}"
