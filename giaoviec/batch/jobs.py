"""What a worker does with one document: extract it, write its JSON, report in one line.

The worker writes the JSON itself (atomically) so that the parent only handles small
messages and never becomes the bottleneck of a parallel run. Every failure becomes a
message with a one-line reason: the extractor's own :class:`GiaoviecError` reason, or
``internal error: TypeError: ...`` for a bug, so that no traceback ever reaches the user.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from giaoviec.batch.faults import Faults
from giaoviec.batch.outdir import write_atomic

INTERNAL_CODE = "E900"  # an unexpected exception inside the extractor (a bug to report)
WRITE_CODE = "E902"  # the output could not be written (disk full, permissions)
MAX_REASON = 300

_WARM_UP_TEXT = (
    "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 1/TB-UBND\nBình Định, ngày 02 tháng 01 năm 2025\n"
    "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n"
    "1. Giao Sở Tài chính chủ trì, báo cáo UBND tỉnh trước ngày 31/01/2025.\n"
)


@dataclass(frozen=True, slots=True)
class Job:
    key: str  # resolved input path: the input's identity in the manifest
    path: str  # the path to read, as the user gave or we found it
    output: str  # absolute path of the JSON to write


@lru_cache(maxsize=1)
def _faults() -> Faults:
    return Faults.from_environment()


def warm_up() -> None:
    """Load the lazy resources (gazetteers, patterns) before the first timed document, so
    that its seconds and its timeout measure the document and not the start-up."""
    try:
        from giaoviec.api import extract

        extract(_WARM_UP_TEXT.encode("utf-8"), filename="warm-up.txt")
    except Exception:  # warming up is an optimisation: the real documents will tell
        pass


def run_job(job: Job) -> tuple[dict, bool]:
    """Extract one document; returns (message for the parent, whether the worker must exit)."""
    from giaoviec.api import extract
    from giaoviec.cli import render_notice
    from giaoviec.errors import GiaoviecError

    start = time.perf_counter()
    try:
        _faults().apply(job.path)
        notice = extract(job.path)
        payload = render_notice(notice) + "\n"
    except GiaoviecError as exc:
        return _failure(start, exc.reason, exc.code), False
    except MemoryError:
        return _failure(start, "internal error: MemoryError (out of memory)",
                        INTERNAL_CODE), True
    except Exception as exc:
        return _failure(start, f"internal error: {type(exc).__name__}: {exc}",
                        INTERNAL_CODE), False
    try:
        write_atomic(Path(job.output), payload)
    except OSError as exc:
        return _failure(start, f"cannot write {job.output} ({exc.strerror or exc})",
                        WRITE_CODE), False
    return {"status": "ok", "seconds": time.perf_counter() - start,
            "sha256": notice.source.sha256, "tasks": len(notice.tasks)}, False


def one_line(text: str, limit: int = MAX_REASON) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _failure(start: float, reason: str, code: str) -> dict:
    return {"status": "error", "seconds": time.perf_counter() - start,
            "error": one_line(reason), "error_code": code}
