"""The export formats on their own: iCalendar folding and escaping, CSV for Excel, XLSX."""

from __future__ import annotations

import csv
import io

from hypothesis import given
from hypothesis import strategies as st

from giaoviec.batch.exports import COLUMNS, render_csv, render_jsonl, render_xlsx
from giaoviec.batch.ics import build_calendar, escape_text, fold


def row(**values) -> dict:
    base = dict.fromkeys(COLUMNS)
    base.update(lead=[], support=[], report_to=[], warnings=[], lead_implicit=False,
                sha256="ab" * 32, task_id="t1", document="/in/cv.docx",
                _finished_at="2025-01-02T03:04:05+00:00")
    base.update(values)
    return base


def unfold(text: str) -> str:
    return text.replace("\r\n ", "")


def test_fold_keeps_lines_within_75_octets_and_never_splits_a_character():
    line = "SUMMARY:" + "Ủy ban nhân dân tỉnh Bình Định giao Sở Tài chính chủ trì " * 4
    folded = fold(line)
    physical = folded.split("\r\n")
    assert len(physical) > 1
    assert all(len(p.encode("utf-8")) <= 75 for p in physical)
    assert all(p.startswith(" ") for p in physical[1:])
    assert unfold(folded) == line


@given(st.text(st.characters(blacklist_characters="\r\n", blacklist_categories=["Cs"]),
               max_size=400))
def test_fold_round_trips_any_text(text):
    folded = fold("DESCRIPTION:" + text)
    assert unfold(folded) == "DESCRIPTION:" + text
    assert all(len(p.encode("utf-8")) <= 75 for p in folded.split("\r\n"))


def test_short_lines_are_not_folded():
    assert fold("VERSION:2.0") == "VERSION:2.0"


def test_text_escaping():
    assert escape_text("a;b,c\\d\ne\r\nf") == "a\\;b\\,c\\\\d\\ne\\nf"
    assert escape_text("bell\x07 tab\t del\x7f") == "bell tab\t del"
    assert escape_text("lone \ud800") == "lone \ufffd"


def test_calendar_has_one_all_day_event_per_dated_task():
    rows = [row(task_id="t1", task="Báo cáo kết quả, đề xuất; kiến nghị",
                lead=["Sở Tài chính"], deadline_date="2025-01-31", deadline_text="trước 31/01"),
            row(task_id="t2", task="Không có hạn", deadline_date=None),
            row(task_id="t3", task="Hạn sai", deadline_date="2025-02-30")]
    ics = build_calendar(rows)
    assert "\n" not in ics.replace("\r\n", "")  # CRLF only
    lines = unfold(ics).split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    assert "X-WR-TIMEZONE:Asia/Ho_Chi_Minh" in lines
    assert "TZID:Asia/Ho_Chi_Minh" in lines and "TZOFFSETTO:+0700" in lines
    assert lines.count("BEGIN:VEVENT") == 1
    assert "DTSTART;VALUE=DATE:20250131" in lines
    assert "DTEND;VALUE=DATE:20250201" in lines
    assert "DTSTAMP:20250102T030405Z" in lines
    assert f"UID:{'ab' * 10}-t1@giaoviec" in lines
    summary = next(x for x in lines if x.startswith("SUMMARY:"))
    assert summary == "SUMMARY:Sở Tài chính: Báo cáo kết quả\\, đề xuất\\; kiến nghị"


def test_calendar_uid_is_stable_and_unique_per_document_task():
    first = build_calendar([row(deadline_date="2025-03-01")])
    again = build_calendar([row(deadline_date="2025-03-01", _finished_at="2025-05-05T00:00:00")])
    uid = [x for x in first.split("\r\n") if x.startswith("UID:")]
    assert uid == [x for x in again.split("\r\n") if x.startswith("UID:")]
    twice = build_calendar([row(deadline_date="2025-03-01")] * 2)  # same document given twice
    assert twice.count("BEGIN:VEVENT") == 1


def test_csv_has_a_bom_a_header_and_round_trips_vietnamese():
    data = render_csv([row(task="Giao Sở Y tế chủ trì", lead=["Sở Y tế", "UBND huyện"],
                           warnings=["no_deadline"], lead_implicit=True, completeness=4)])
    assert data.startswith(b"\xef\xbb\xbf")
    records = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert list(records[0]) == list(COLUMNS)
    assert records[0]["task"] == "Giao Sở Y tế chủ trì"
    assert records[0]["lead"] == "Sở Y tế; UBND huyện"
    assert records[0]["lead_implicit"] == "true"
    assert records[0]["completeness"] == "4"


def test_csv_neutralises_formulas():
    data = render_csv([row(task="=HYPERLINK(\"http://x\")", title="+1", issuer="-x")])
    record = next(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert record["task"] == "'=HYPERLINK(\"http://x\")"
    assert (record["title"], record["issuer"]) == ("'+1", "'-x")


def test_jsonl_keeps_lists_and_leaves_out_private_fields():
    import json

    line = json.loads(render_jsonl([row(lead=["Sở Nội vụ"])]))
    assert line["lead"] == ["Sở Nội vụ"] and list(line) == list(COLUMNS)


def test_xlsx_header_frozen_bold_wrapped_and_formulas_stay_text():
    from openpyxl import load_workbook

    data = render_xlsx([row(task="=SUM(A1:A2) giao việc\x01", lead=["Sở Tư pháp"],
                            completeness=3)])
    sheet = load_workbook(io.BytesIO(data)).active
    header = [c.value for c in sheet[1]]
    assert header == list(COLUMNS)
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    task = sheet.cell(row=2, column=COLUMNS.index("task") + 1)
    assert task.value == "=SUM(A1:A2) giao việc" and task.data_type == "s"
    assert task.alignment.wrap_text
    assert sheet.column_dimensions["I"].width == 80
    assert sheet.cell(row=2, column=COLUMNS.index("completeness") + 1).value == 3
