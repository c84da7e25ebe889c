"""What the user sees while a batch runs: a progress bar on a terminal, one plain line per
document otherwise (logs, CI), and with ``--quiet`` nothing but the final summary line.

Everything goes to stderr: a batch's results are files, and stdout stays free for whoever
wraps the command.
"""

from __future__ import annotations

import sys
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from giaoviec.batch.manifest import ERROR, OK, Outcome


class Reporter:
    """Progress for one run: :meth:`outcome` per input, :meth:`note` for warnings about the
    run, :meth:`summary` for the last line."""

    def __init__(self, *, quiet: bool, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.fancy = not quiet and _is_tty(self.stream)
        self._progress = None
        self._task = None

    def __enter__(self) -> Reporter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self, total: int) -> None:
        """Called once the number of documents to extract is known."""
        if not self.fancy or total == 0:
            return
        self._progress = Progress(
            TextColumn("[bold]giaoviec batch"), BarColumn(), MofNCompleteColumn(),
            TextColumn("[red]{task.fields[failed]} failed"), RateColumn(),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=Console(file=self.stream), transient=False,
        )
        self._progress.start()
        self._task = self._progress.add_task("batch", total=total, failed=0)

    def outcome(self, outcome: Outcome, shown: str) -> None:
        """One document (or skipped file) finished."""
        if self.quiet:
            return
        line = _format_line(outcome, shown)
        if self._progress is None:
            print(line, file=self.stream, flush=True)
            return
        if outcome.status == ERROR:
            self._progress.console.print(line, markup=False, highlight=False)
        if outcome.status in (OK, ERROR):
            failed = self._progress.tasks[0].fields["failed"] + (outcome.status == ERROR)
            self._progress.update(self._task, advance=1, failed=failed)

    def note(self, message: str) -> None:
        """A warning about the run itself (not about one document)."""
        if self.quiet:
            return
        if self._progress is not None:
            self._progress.console.print(message, markup=False, highlight=False)
        else:
            print(message, file=self.stream, flush=True)

    def summary(self, message: str) -> None:
        """The final line: printed even with --quiet."""
        self.stop()
        print(message, file=self.stream, flush=True)

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


def _format_line(outcome: Outcome, shown: str) -> str:
    if outcome.status == OK:
        return f"ok      {outcome.seconds:7.2f}s  {shown}  ({outcome.tasks} tasks)"
    if outcome.status == ERROR:
        return f"error   {outcome.seconds:7.2f}s  {shown}: {outcome.error}"
    return f"skipped {'':8}  {shown}: {outcome.error}"


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class RateColumn(ProgressColumn):
    """Documents per second (rich's own speed columns speak in bytes)."""

    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} docs/s" if speed else "- docs/s", style="cyan")
