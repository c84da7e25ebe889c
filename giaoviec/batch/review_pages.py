"""``--review``: a review page per document and an index, through ``giaoviec.review``.

The page renderer lives in its own package (written separately); the batch only decides what
to render and where. If the package cannot be imported the batch says so in one line and
carries on: review pages are a convenience, never a reason to fail a conversion. The
renderer writes atomically itself (a killed run's hidden temporary files in ``review/`` are
removed by the next run).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from giaoviec.batch.manifest import OK, SKIPPED, Outcome

REVIEW_DIR = "review"
INDEX = "index.html"


def write_reviews(outdir: Path, outcomes: dict[str, Outcome], fresh: set[str],
                  warn: Callable[[str], None]) -> None:
    """Pages for ok documents extracted in this run (``fresh``) or still missing one, and an
    index of every document in the manifest, failures included. An index entry is
    ``{title, page, doc, tasks, warnings, status, error}``; ``page`` is relative to the index."""
    try:
        from giaoviec.review import write_index, write_review_page
    except Exception as exc:  # a missing or half-written package must not stop the batch
        warn(f"giaoviec: warning: review pages not written (giaoviec.review unavailable: "
             f"{type(exc).__name__}: {' '.join(str(exc).split())})")
        return
    (outdir / REVIEW_DIR).mkdir(exist_ok=True)
    entries = []
    for outcome in outcomes.values():
        if outcome.status == SKIPPED:
            continue
        entry = {"title": Path(outcome.input).name, "page": None, "doc": outcome.input,
                 "tasks": outcome.tasks or 0, "warnings": 0, "status": outcome.status,
                 "error": outcome.error}
        if outcome.status == OK and outcome.output:
            _review_one(outdir, outcome, entry, outcome.input in fresh, write_review_page, warn)
        entries.append(entry)
    try:
        write_index(entries, outdir / INDEX)
    except Exception as exc:
        warn(f"giaoviec: warning: review index not written ({type(exc).__name__}: {exc})")


def _review_one(outdir: Path, outcome: Outcome, entry: dict, fresh: bool, write_page,
                warn) -> None:
    page = Path(REVIEW_DIR) / (outcome.output.removesuffix(".json") + ".html")
    try:
        notice = json.loads((outdir / outcome.output).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        entry["status"], entry["error"] = "error", "output JSON missing or unreadable"
        return
    document = notice.get("document") or {}
    entry["title"] = document.get("title") or document.get("number") or entry["title"]
    entry["warnings"] = len(notice.get("warnings") or [])  # the tasks' are listed there too
    if fresh or not (outdir / page).exists():
        try:
            write_page(notice, outdir / page)
        except Exception as exc:
            warn(f"giaoviec: warning: {page}: review page not written "
                 f"({type(exc).__name__}: {' '.join(str(exc).split())})")
            return
    entry["page"] = page.as_posix()
