"""The output folder: atomic writes, leftovers of killed runs, a lock, output file names.

Every file the batch writes goes through :func:`write_atomic` (a temporary file in the same
folder, fsync, then ``os.replace``), so a batch killed at any instant leaves either the old
file or the new one, never half of one. Temporary files carry a recognisable name so that
the next run can remove those a killed run left behind without touching anything else.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from giaoviec import atomic

TEMP_PREFIX = ".giaoviec-"
TEMP_SUFFIX = ".tmp"
LOCK_NAME = ".giaoviec.lock"
MANIFEST = "manifest.jsonl"

class OutdirError(Exception):
    """OUTDIR cannot be used (it is a file, it cannot be created, another batch holds it):
    a usage error of the whole run, not the outcome of one input."""


def prepare_outdir(outdir: Path) -> None:
    if outdir.exists() and not outdir.is_dir():
        raise OutdirError(f"{outdir}: OUTDIR exists and is not a directory")
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutdirError(f"{outdir}: cannot create OUTDIR ({exc.strerror or exc})") from exc


def lock_outdir(outdir: Path) -> int:
    """Hold an exclusive lock for the whole run: two batches appending to one manifest would
    interleave their outcomes. The kernel drops the lock when the process dies, even by
    SIGKILL, so a killed run never leaves a stale lock."""
    try:
        fd = os.open(outdir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise OutdirError(f"{outdir}: cannot write to OUTDIR ({exc.strerror or exc})") from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        os.close(fd)
        raise OutdirError(f"{outdir}: another batch is writing to this OUTDIR") from exc
    return fd


def remove_leftovers(outdir: Path) -> int:
    """Delete the temporary files of a killed run (only ours, found by their name or place)."""
    removed = 0
    for path in outdir.iterdir():
        if path.name.startswith(TEMP_PREFIX) and path.name.endswith(TEMP_SUFFIX):
            path.unlink(missing_ok=True)
            removed += 1
    review = outdir / "review"  # only the batch writes there; the page renderer's own
    if review.is_dir():  # temporary files are hidden files with a random suffix
        for path in review.iterdir():
            if path.name.startswith(".") and path.is_file():
                path.unlink(missing_ok=True)
                removed += 1
    return removed


def write_atomic(path: Path, content: str | bytes) -> None:
    """:func:`giaoviec.atomic.write_atomic` with the batch's recognisable temporary names."""
    atomic.write_atomic(path, content, temp_prefix=TEMP_PREFIX, temp_suffix=TEMP_SUFFIX)


class OutputNames:
    """Deterministic names for the JSON of each input: ``x.pdf.json``, and for a second input
    called ``x.pdf`` (in another folder) ``x.pdf.2.json``, then ``.3``...

    Names are compared case-insensitively (two names that differ only in case are one file
    on macOS and Windows). An input keeps the name an earlier run gave it, so ``--resume`` and
    re-runs overwrite their own output and never another input's.
    """

    def __init__(self, previous: dict[str, str]) -> None:
        # previous: resolved input path -> output name recorded in the manifest
        self._previous = previous
        self._owner = {name.casefold(): key for key, name in previous.items()}

    def name_for(self, key: str, filename: str) -> str:
        name = self._previous.get(key)
        if name and self._owner.get(name.casefold()) == key:
            return name
        n = 1
        while True:
            candidate = f"{filename}.json" if n == 1 else f"{filename}.{n}.json"
            owner = self._owner.get(candidate.casefold())
            if owner is None or owner == key:
                self._owner[candidate.casefold()] = key
                self._previous[key] = candidate
                return candidate
            n += 1
