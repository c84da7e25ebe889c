"""The flat exports that trackers read: ``tasks.jsonl``, ``tasks.csv``, ``tasks.xlsx`` and
``deadlines.ics``, one row (or event) per task.

They are rebuilt at the end of every run from *all* the ok outcomes in the manifest, not only
this run's, so that a batch finished with ``--resume`` exports the same as one uninterrupted
run. Each row repeats its document's fields, so that a row read alone still says where the
task comes from.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from giaoviec.batch.ics import build_calendar
from giaoviec.batch.manifest import OK, Outcome
from giaoviec.batch.outdir import write_atomic

COLUMNS = ("document", "number", "issued_date", "doc_type", "issuer", "title", "task_id",
           "section", "task", "lead", "lead_implicit", "support", "deadline_type",
           "deadline_date", "deadline_text", "deadline_recurrence", "report_to", "warnings",
           "completeness", "sha256")
LIST_COLUMNS = {"lead", "support", "report_to", "warnings"}
WIDTHS = {"document": 30, "number": 16, "issued_date": 12, "doc_type": 12, "issuer": 28,
          "title": 40, "task_id": 8, "section": 8, "task": 80, "lead": 30, "support": 30,
          "deadline_text": 24, "report_to": 24, "warnings": 20, "sha256": 20}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_CELL_LIMIT = 32767


def load_notices(outdir: Path, outcomes: Iterable[Outcome],
                 warn=None) -> Iterator[tuple[Outcome, dict]]:
    """Each ok outcome with its JSON, one at a time (a large batch never sits in memory)."""
    for outcome in outcomes:
        if outcome.status != OK or not outcome.output:
            continue
        try:
            notice = json.loads((outdir / outcome.output).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            if warn:
                warn(f"{outcome.output}: left out of the exports ({type(exc).__name__})")
            continue
        yield outcome, notice


def task_rows(outcome: Outcome, notice: dict) -> list[dict]:
    """One flat row per task of the document."""
    doc = notice.get("document") or {}
    rows = []
    for task in notice.get("tasks") or []:
        deadline = task.get("deadline") or {}
        rows.append({
            "document": outcome.input,
            "number": doc.get("number"),
            "issued_date": doc.get("issued_date"),
            "doc_type": doc.get("doc_type"),
            "issuer": doc.get("issuer"),
            "title": doc.get("title"),
            "task_id": task.get("id"),
            "section": task.get("section"),
            "task": task.get("text"),
            "lead": [a.get("name") for a in task.get("lead") or []],
            "lead_implicit": bool(task.get("lead_implicit")),
            "support": [a.get("name") for a in task.get("support") or []],
            "deadline_type": deadline.get("type"),
            "deadline_date": deadline.get("date"),
            "deadline_text": deadline.get("text"),
            "deadline_recurrence": deadline.get("recurrence"),
            "report_to": [a.get("name") for a in task.get("report_to") or []],
            "warnings": [w.get("code") for w in task.get("warnings") or []],
            "completeness": (task.get("completeness") or {}).get("score"),
            "sha256": outcome.sha256,
            "_finished_at": outcome.finished_at,  # the calendar's DTSTAMP; not exported
        })
    return rows


def write_exports(outdir: Path, rows: list[dict]) -> None:
    write_atomic(outdir / "tasks.jsonl", render_jsonl(rows))
    write_atomic(outdir / "tasks.csv", render_csv(rows))
    write_atomic(outdir / "tasks.xlsx", render_xlsx(rows))
    write_atomic(outdir / "deadlines.ics", build_calendar(rows))


def render_jsonl(rows: list[dict]) -> str:
    return "".join(json.dumps({c: row[c] for c in COLUMNS}, ensure_ascii=False) + "\n"
                   for row in rows)


def render_csv(rows: list[dict]) -> bytes:
    """UTF-8 with a byte order mark: without it Excel reads Vietnamese as mojibake."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_csv_safe(_flat(row[c])) for c in COLUMNS])
    return buffer.getvalue().encode("utf-8-sig")


def render_xlsx(rows: list[dict]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "tasks"
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    task_col = COLUMNS.index("task") + 1
    for r, row in enumerate(rows, start=2):
        for c, column in enumerate(COLUMNS, start=1):
            value = row[column]
            if column in LIST_COLUMNS or isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", _flat(value))[:EXCEL_CELL_LIMIT]
            cell = sheet.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text that starts with '=' stays text, not a formula
            if c == task_col:
                cell.alignment = wrap
    sheet.freeze_panes = "A2"
    for c, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = WIDTHS.get(column, 14)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _flat(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value if v)
    return str(value)


def _csv_safe(text: str) -> str:
    """Spreadsheets run a cell that starts with = + - @ as a formula (CSV injection): such a
    cell gets a leading apostrophe, which Excel and LibreOffice show as plain text."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
