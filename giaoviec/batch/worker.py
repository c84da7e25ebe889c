"""Worker processes that a bad document cannot take down with the batch.

Each worker is a ``multiprocessing`` process (``spawn`` context: nothing of the parent, in
particular no pdfium state, is inherited) connected to the parent by its own pipe and given
one document at a time. The parent watches every pipe and every process sentinel with a
deadline per document: a worker that dies (segfault, ``os._exit``, the OOM killer) or that
overruns the timeout is killed and replaced, its document gets an error outcome, and the other
documents go on. This is why a ``ProcessPoolExecutor`` is not used: one dead worker breaks the
whole executor, and it cannot kill a single hung task.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait

from giaoviec.batch.jobs import Job, run_job, warm_up

STARTUP_LIMIT = 120.0  # seconds a new worker may take to import and warm up
MAX_START_FAILURES = 3  # consecutive workers dying before they are ready: give up
READY = "ready"
RETIRE = "retire"
CRASH_CODE = "E901"


@dataclass(slots=True)
class Result:
    job: Job
    status: str  # "ok" or "error"
    seconds: float
    sha256: str | None = None
    tasks: int | None = None
    error: str | None = None
    error_code: str | None = None


@dataclass(slots=True)
class _Slot:
    process: multiprocessing.Process
    conn: Connection
    born: float
    ready: bool = False
    job: Job | None = None
    started: float = 0.0
    messages: list = field(default_factory=list)


class WorkerPool:
    """Runs jobs on ``size`` live workers; :meth:`run` yields one :class:`Result` per job."""

    def __init__(self, size: int, timeout: float) -> None:
        self.size = size
        self.timeout = timeout
        self._ctx = multiprocessing.get_context("spawn")
        self._slots: list[_Slot] = []
        self._start_failures = 0

    def run(self, jobs: Iterable[Job]) -> Iterator[Result]:
        pending = deque(jobs)
        try:
            for _ in range(min(self.size, len(pending))):
                self._slots.append(self._spawn())
            while pending or any(s.job for s in self._slots):
                if not self._slots:  # every worker failed to start: report, do not lose
                    yield from self._abandon(pending)
                    return
                for slot in self._slots:
                    if slot.ready and slot.job is None and pending:
                        self._dispatch(slot, pending.popleft())
                ready = wait(self._waitables(), self._next_wakeup())
                yield from self._collect(ready, pending)
                yield from self._expire(pending)
        finally:
            self.shutdown()

    def shutdown(self) -> None:
        for slot in self._slots:
            if slot.job is None and slot.process.is_alive():
                with contextlib.suppress(OSError):
                    slot.conn.send(None)  # a polite stop: the worker exits its loop
        deadline = time.monotonic() + 2
        for slot in self._slots:
            slot.process.join(max(0.0, deadline - time.monotonic()))
            self._kill(slot)
        self._slots.clear()

    # --- the event loop --------------------------------------------------------------------
    def _spawn(self) -> _Slot:
        parent_end, child_end = self._ctx.Pipe()
        process = self._ctx.Process(target=serve, args=(child_end, os.getpid()), daemon=True,
                                    name="giaoviec-batch-worker")
        process.start()
        child_end.close()
        return _Slot(process, parent_end, born=time.monotonic())

    def _dispatch(self, slot: _Slot, job: Job) -> None:
        slot.job, slot.started = job, time.monotonic()
        with contextlib.suppress(OSError):  # if the worker is dead, its sentinel will say so
            slot.conn.send(job)

    def _waitables(self) -> list:
        return [s.conn for s in self._slots] + [s.process.sentinel for s in self._slots]

    def _next_wakeup(self) -> float:
        now = time.monotonic()
        deadlines = [s.started + self.timeout if s.job else s.born + STARTUP_LIMIT
                     for s in self._slots if s.job or not s.ready]
        return max(0.0, min(deadlines) - now) + 0.01 if deadlines else 1.0

    def _collect(self, ready: list, pending: deque) -> Iterator[Result]:
        for slot in list(self._slots):
            dead = slot.process.sentinel in ready or not slot.process.is_alive()
            if (dead or slot.conn in ready) and not self._drain(slot):
                dead = True  # the pipe is closed: the worker is gone or unusable
            for message in slot.messages:
                if message == READY:
                    slot.ready, self._start_failures = True, 0
                elif slot.job is not None:
                    dead |= message.pop(RETIRE, False)  # it exits next: give it no new job
                    yield Result(job=slot.job, **message)
                    slot.job = None
            slot.messages.clear()
            if dead:
                reason = self._crash_reason(slot) if slot.job is not None else ""
                yield from self._replace(slot, pending, reason)

    def _drain(self, slot: _Slot) -> bool:
        """Read everything the worker sent; False when its end of the pipe is closed."""
        try:
            while slot.conn.poll():
                slot.messages.append(slot.conn.recv())
        except Exception:  # EOF, or a message cut short by a kill: the worker is unusable
            return False
        return True

    def _expire(self, pending: deque) -> Iterator[Result]:
        now = time.monotonic()
        for slot in list(self._slots):
            if slot.job is not None and now - slot.started > self.timeout:
                yield from self._replace(slot, pending, f"timed out after {self.timeout:g} s",
                                         code="E109")
            elif not slot.ready and now - slot.born > STARTUP_LIMIT:
                yield from self._replace(slot, pending, "worker did not start")

    def _replace(self, slot: _Slot, pending: deque, reason: str,
                 code: str = CRASH_CODE) -> Iterator[Result]:
        """Kill the worker, report its document, start a fresh worker if work remains."""
        self._kill(slot)
        self._slots.remove(slot)
        if slot.job is not None:
            seconds = time.monotonic() - slot.started
            yield Result(slot.job, "error", seconds, error=reason, error_code=code)
        elif not slot.ready:
            self._start_failures += 1
        if pending and self._start_failures < MAX_START_FAILURES:
            self._slots.append(self._spawn())

    def _abandon(self, pending: deque) -> Iterator[Result]:
        while pending:
            yield Result(pending.popleft(), "error", 0.0, error_code=CRASH_CODE,
                         error="not processed: worker processes fail to start")

    @staticmethod
    def _crash_reason(slot: _Slot) -> str:
        slot.process.join(1)
        return f"worker crashed (exit code {slot.process.exitcode})"

    @staticmethod
    def _kill(slot: _Slot) -> None:
        """SIGKILL the worker's whole process group: OCR or LibreOffice children go too."""
        if slot.process.is_alive():
            try:
                os.killpg(slot.process.pid, signal.SIGKILL)
            except OSError:
                slot.process.kill()
        slot.process.join(5)
        slot.conn.close()


# --- inside the worker -----------------------------------------------------------------------
def serve(conn: Connection, parent_pid: int) -> None:
    """The worker's main loop: announce readiness, then run jobs until told to stop."""
    _detach(parent_pid)
    warm_up()
    conn.send(READY)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        message, fatal = run_job(job)
        if fatal:  # after a MemoryError the process is not trustworthy: start afresh
            message[RETIRE] = True
        conn.send(message)
        if fatal:
            os._exit(1)


def _detach(parent_pid: int) -> None:
    """Own process group (the parent can kill the worker with its children; Ctrl-C reaches
    the parent only), die with the parent, and keep library chatter off the terminal."""
    os.setpgrp()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: the closed pipe still ends an idle worker
    if os.getppid() != parent_pid:
        os._exit(0)  # the parent died before the death signal was armed
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)
