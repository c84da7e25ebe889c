"""``giaoviec batch``: convert many documents into OUTDIR without ever losing one.

The run, in order: validate the options; find the inputs (:mod:`.inputs`); lock OUTDIR,
remove the temporary files of a killed run and compact the manifest (:mod:`.manifest`);
record the files that are not documents as skipped; extract the documents in worker processes
that a crash or a hang cannot take down (:mod:`.worker`), appending each outcome durably to
the manifest as it arrives; compact the manifest again; rebuild the exports from every ok
outcome (:mod:`.exports`) and, on request, the review pages. Every input ends with exactly one
outcome, and the exit code says whether any document failed.
"""

from __future__ import annotations

import hashlib
import math
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from giaoviec.batch import inputs
from giaoviec.batch.exports import load_notices, task_rows, write_exports
from giaoviec.batch.inputs import Candidate, discover_inputs
from giaoviec.batch.jobs import Job
from giaoviec.batch.manifest import (
    ERROR,
    OK,
    SKIPPED,
    ManifestWriter,
    Outcome,
    compact_manifest,
)
from giaoviec.batch.outdir import (
    MANIFEST,
    OutdirError,
    OutputNames,
    lock_outdir,
    prepare_outdir,
    remove_leftovers,
)
from giaoviec.batch.progress import Reporter
from giaoviec.batch.worker import WorkerPool

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

__all__ = ["run_batch_command"]


class UsageError(Exception):
    """A problem with the command line or OUTDIR: exit code 2, nothing converted."""


@dataclass
class _Tally:
    documents: int = 0  # inputs that are (or claim to be) documents, this run
    failed: int = 0
    converted: int = 0
    resumed: int = 0
    skipped: int = 0
    fresh: set[str] = field(default_factory=set)


def run_batch_command(args) -> int:
    """Entry point of the CLI command; returns the exit code."""
    reporter = Reporter(quiet=args.quiet)
    try:
        workers, timeout = _check_options(args)
        outdir = Path(args.output)
        if outdir.exists() and not outdir.is_dir():
            raise UsageError(f"{args.output}: OUTDIR exists and is not a directory")
        found = discover_inputs(args.inputs, outdir)
        for pattern in found.unmatched:
            reporter.note(f"giaoviec: warning: no file matches {pattern}")
        if not any(c.kind == inputs.DOCUMENT for c in found.candidates):
            raise UsageError(_nothing_found(found.candidates))
        prepare_outdir(outdir)
        lock = lock_outdir(outdir)
    except (UsageError, OutdirError) as exc:
        reporter.summary(f"giaoviec: error: {exc}")
        return EXIT_USAGE
    try:
        with reporter:
            return _run(args, outdir, found.candidates, workers, timeout, reporter)
    except KeyboardInterrupt:  # the workers are gone and the manifest is a valid prefix
        reporter.summary(f"giaoviec: interrupted; run again with --resume to finish "
                         f"(see {outdir / MANIFEST})")
        return EXIT_INTERRUPTED
    except OSError as exc:  # the system failed us (disk full, no processes left), no document
        reporter.summary(f"giaoviec: error: {exc.filename or outdir}: {exc.strerror or exc}; "
                         f"run again with --resume once fixed")
        return EXIT_USAGE
    finally:
        os.close(lock)


def _check_options(args) -> tuple[int, float]:
    workers = args.workers if args.workers is not None else default_workers()
    if workers < 1:
        raise UsageError(f"--workers must be at least 1 (got {workers})")
    timeout = args.timeout
    if not (timeout > 0 and math.isfinite(timeout)):
        raise UsageError(f"--timeout must be a positive number of seconds (got {timeout:g})")
    return workers, timeout


def default_workers() -> int:
    """The cores this process may use (a container's CPU set, not the host's core count)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:
        return os.cpu_count() or 1


def _nothing_found(candidates: list[Candidate]) -> str:
    if not candidates:
        return "no inputs found"
    missing = [c.shown for c in candidates if c.kind == inputs.MISSING]
    if missing and len(missing) == len(candidates):
        return f"no inputs found ({', '.join(missing[:3])}: no such file)"
    return f"no documents among the {len(candidates)} files found (DOCX, PDF, TXT, images)"


def _run(args, outdir: Path, candidates: list[Candidate], workers: int, timeout: float,
         reporter: Reporter) -> int:
    started = time.monotonic()
    remove_leftovers(outdir)
    manifest_path = outdir / MANIFEST
    previous = compact_manifest(manifest_path)
    names = OutputNames({k: o.output for k, o in previous.items() if o.output})
    tally = _Tally()
    shown_by_key = {str(c.path): c.shown for c in candidates}
    with ManifestWriter(manifest_path) as manifest:

        def record(outcome: Outcome) -> None:
            manifest.append(outcome)
            reporter.outcome(outcome, shown_by_key.get(outcome.input, outcome.input))
            tally.failed += outcome.status == ERROR
            tally.converted += outcome.status == OK

        jobs = _plan(candidates, previous, names, outdir, args.resume, tally, record)
        reporter.start(len(jobs))
        by_key = {job.key: job for job in jobs}
        for result in WorkerPool(workers, timeout).run(_largest_first(jobs)):
            job = by_key[result.job.key]
            record(Outcome(
                input=job.key, sha256=result.sha256 or file_sha256(job.path),
                status=result.status, output=Path(job.output).name if result.status == OK
                else None, error=result.error, error_code=result.error_code,
                seconds=result.seconds, tasks=result.tasks))
            tally.fresh.add(job.key)
    final = compact_manifest(manifest_path)
    _write_outputs(outdir, final, tally, args.review, reporter)
    reporter.summary(_summary(tally, outdir, time.monotonic() - started))
    return EXIT_SOME_FAILED if tally.failed else EXIT_OK


def _plan(candidates, previous, names, outdir, resume, tally, record) -> list[Job]:
    """Record skipped and unreadable inputs; return a job for every document to extract."""
    jobs = []
    for candidate in candidates:
        key = str(candidate.path)
        if candidate.kind == inputs.SKIPPED:
            tally.skipped += 1
            record(Outcome(key, None, SKIPPED, error=candidate.reason))
            continue
        tally.documents += 1
        if candidate.kind != inputs.DOCUMENT:  # missing, a directory, unreadable
            code = "E101" if candidate.kind == inputs.MISSING else "E102"
            record(Outcome(key, None, ERROR, error=candidate.reason, error_code=code))
            continue
        if resume and _already_done(previous.get(key), candidate, outdir):
            tally.resumed += 1
            continue
        output = outdir.resolve() / names.name_for(key, candidate.path.name)
        jobs.append(Job(key=key, path=candidate.shown, output=str(output)))
    return jobs


def _already_done(before: Outcome | None, candidate: Candidate, outdir: Path) -> bool:
    """Done means: an ok outcome for this input, with the same content, whose JSON exists."""
    if before is None or before.status != OK or not before.output:
        return False
    if not (outdir / before.output).is_file():
        return False
    return before.sha256 == file_sha256(candidate.shown)


def _largest_first(jobs: list[Job]) -> list[Job]:
    """Start the big documents first, so that no core is left alone with one at the end."""

    def size(job: Job) -> int:
        try:
            return os.path.getsize(job.path)
        except OSError:
            return 0

    return sorted(jobs, key=size, reverse=True)


def file_sha256(path: str) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def _write_outputs(outdir: Path, final: dict[str, Outcome], tally: _Tally, review: bool,
                   reporter: Reporter) -> None:
    rows = []
    for outcome, notice in load_notices(outdir, final.values(), warn=reporter.note):
        rows.extend(task_rows(outcome, notice))
    write_exports(outdir, rows)
    if review:
        from giaoviec.batch.review_pages import write_reviews

        write_reviews(outdir, final, tally.fresh, reporter.note)


def _summary(tally: _Tally, outdir: Path, seconds: float) -> str:
    manifest = outdir / MANIFEST
    if tally.failed:
        return (f"giaoviec: {tally.failed} of {tally.documents} documents failed; "
                f"see {manifest}")
    extras = []
    if tally.resumed:
        extras.append(f"{tally.resumed} already done")
    if tally.skipped:
        extras.append(f"{tally.skipped} skipped: not documents")
    more = f" ({', '.join(extras)})" if extras else ""
    return (f"giaoviec: {tally.converted} of {tally.documents} documents converted{more} "
            f"in {seconds:.1f} s; see {manifest}")
