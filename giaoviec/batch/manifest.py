"""``manifest.jsonl``: one outcome per input, the record that makes a batch resumable.

During a run each outcome is appended as one line and flushed to disk (fsync) before the next
one, so a run killed with SIGKILL leaves a valid prefix plus at most one truncated line, which
the reader ignores. At the start and at the end of every run the manifest is compacted: the
latest outcome of each input is kept, sorted by input path, and written atomically. After a
completed run the manifest therefore holds exactly one line per input ever given to OUTDIR.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from giaoviec.batch.outdir import OutdirError, write_atomic

OK = "ok"
ERROR = "error"
SKIPPED = "skipped"


@dataclass(slots=True)
class Outcome:
    """The outcome of one input; the field names are the manifest's public format."""

    input: str  # the resolved absolute path: it identifies the input across runs
    sha256: str | None  # null when the file could not be read (or is not a document)
    status: str  # ok | error | skipped
    output: str | None = None  # path of the JSON, relative to OUTDIR
    error: str | None = None  # one line
    error_code: str | None = None
    seconds: float = 0.0
    tasks: int | None = None
    finished_at: str = ""

    def __post_init__(self) -> None:
        if not self.finished_at:
            self.finished_at = datetime.now(UTC).isoformat(timespec="seconds")
        self.seconds = round(float(self.seconds or 0), 3)

    def to_line(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False) + "\n"


def read_manifest(path: Path) -> list[Outcome]:
    """Every well-formed line, in file order. A line cut short by a kill (or any line that
    is not an outcome) is ignored: it is always safe to redo that input."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise OutdirError(f"{path}: cannot read the manifest ({exc.strerror or exc})") from exc
    outcomes = []
    for line in raw.split(b"\n"):
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if (isinstance(record, dict) and isinstance(record.get("input"), str)
                and record.get("status") in (OK, ERROR, SKIPPED)):
            known = {k: v for k, v in record.items() if k in _FIELDS}  # newer fields: ignored
            try:
                outcomes.append(Outcome(**known))
            except (TypeError, ValueError):
                continue
    return outcomes


_FIELDS = set(Outcome.__dataclass_fields__)


def latest_outcomes(outcomes: list[Outcome]) -> dict[str, Outcome]:
    """The last outcome of each input: a later run's result replaces an earlier one."""
    latest: dict[str, Outcome] = {}
    for outcome in outcomes:
        latest.pop(outcome.input, None)
        latest[outcome.input] = outcome
    return latest


def compact_manifest(path: Path) -> dict[str, Outcome]:
    """Rewrite the manifest with one line per input (atomically) and return it by input."""
    latest = latest_outcomes(read_manifest(path))
    ordered = dict(sorted(latest.items()))
    if ordered or path.exists():
        write_atomic(path, "".join(o.to_line() for o in ordered.values()))
    return ordered


class ManifestWriter:
    """Appends outcomes durably, one line at a time."""

    def __init__(self, path: Path) -> None:
        self._handle = path.open("a", encoding="utf-8")

    def append(self, outcome: Outcome) -> None:
        self._handle.write(outcome.to_line())
        self._handle.flush()
        os.fsync(self._handle.fileno())

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> ManifestWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
