"""Find the inputs of a batch: files, folders (recursive) and globs, each file once.

Globs are expanded here rather than by the shell so that a quoted pattern works on every
platform and a pattern too long for a command line still does. A file is a *document* when its
extension says so (``DOCUMENT_EXTENSIONS``) or its content is a PDF or a Word package; anything
else found is reported as skipped, so that the user sees what was left out and why.
"""

from __future__ import annotations

import glob
import os
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from giaoviec.parsers.sniff import DOCUMENT_EXTENSIONS

DOCUMENT = "document"
SKIPPED = "skipped"
MISSING = "missing"
UNREADABLE = "unreadable"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One input file. ``shown`` is the path as the user will recognise it (as given or as
    found under a folder); ``path`` is the resolved path that identifies it across runs."""

    shown: str
    path: Path
    kind: str  # DOCUMENT, SKIPPED, MISSING or UNREADABLE
    reason: str | None = None


@dataclass(slots=True)
class Discovery:
    candidates: list[Candidate] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)  # globs that matched no file

    @property
    def documents(self) -> list[Candidate]:
        return [c for c in self.candidates if c.kind == DOCUMENT]


def discover_inputs(specs: list[str], outdir: Path) -> Discovery:
    """Expand ``specs`` in order, dropping duplicates (same resolved file) and anything inside
    ``outdir`` that a folder walk or a glob reaches (a batch must not eat its own outputs)."""
    outdir = outdir.resolve()
    found = Discovery()
    seen: set[Path] = set()

    def add(shown: str, explicit: bool) -> None:
        path = Path(shown).resolve()
        if path in seen or (not explicit and _inside(path, outdir)):
            return
        seen.add(path)
        found.candidates.append(classify(shown, path))

    for spec in specs:
        if os.path.lexists(spec):  # a literal name wins, even one with [brackets]
            _expand_existing(spec, outdir, add, explicit=True)
        elif glob.has_magic(spec):
            matches = sorted(glob.glob(spec, recursive=True))
            for match in matches:
                _expand_existing(match, outdir, add, explicit=False)
            if not matches:
                found.unmatched.append(spec)
        else:
            add(spec, True)  # a typo must show up as a failed input, not vanish
    return found


def _expand_existing(spec: str, outdir: Path, add, *, explicit: bool) -> None:
    if os.path.isdir(spec):
        if _inside(Path(spec).resolve(), outdir):
            return
        for shown in walk_folder(spec, outdir):
            add(shown, False)
    elif explicit or _is_regular(spec):
        add(spec, explicit)


def walk_folder(folder: str, outdir: Path) -> list[str]:
    """Regular files under ``folder`` in a stable order, without hidden files or folders,
    without ``outdir``, and without following folder symlinks (which can loop)."""
    files = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and not _inside(Path(root, d).resolve(), outdir))
        for name in sorted(names):
            full = os.path.join(root, name)
            if not name.startswith(".") and _is_regular(full):
                files.append(full)
    return files


def classify(shown: str, path: Path) -> Candidate:
    """Document or not, by extension first and then by content (PDF, DOCX)."""
    if not path.exists():
        return Candidate(shown, path, MISSING, "no such file")
    if path.is_dir():
        return Candidate(shown, path, UNREADABLE, "is a directory, not a document")
    if not _is_regular(str(path)):
        return Candidate(shown, path, UNREADABLE, "not a regular file")
    if path.suffix.lower() in DOCUMENT_EXTENSIONS:
        return Candidate(shown, path, DOCUMENT)
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
            is_doc = b"%PDF-" in head or (head[:4] == b"PK\x03\x04" and _is_word_package(path))
    except OSError as exc:
        return Candidate(shown, path, UNREADABLE, f"cannot read ({exc.strerror or exc})")
    if is_doc:
        return Candidate(shown, path, DOCUMENT)
    suffix = path.suffix.lower() or "no extension"
    return Candidate(shown, path, SKIPPED, f"not a document ({suffix})")


def _is_word_package(path: Path) -> bool:
    """Only the ZIP directory tells a DOCX from an XLSX: both start with [Content_Types]."""
    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _is_regular(path: str) -> bool:
    """True for regular files (following file symlinks); a FIFO would block a reader."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents
