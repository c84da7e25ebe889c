"""The library entry point: ``giaoviec.extract(path_or_bytes) -> Notice``."""

from __future__ import annotations

import os

from giaoviec import collector
from giaoviec.parsers import parse_bytes, read_input
from giaoviec.pipeline import StageTimer, analyse
from giaoviec.schemas.notice import Notice, SourceInfo


def extract(source: str | os.PathLike | bytes, filename: str | None = None, *,
            ocr: bool | None = None, timer: StageTimer | None = None,
            mode: str | None = None) -> Notice:
    """Extract the tasks of one document.

    ``source`` is a path or the file's bytes (then ``filename`` names it in messages). The
    format is read from the content. ``mode`` chooses who decides which units are tasks:
    ``rules``, ``model`` or ``combined`` (default: ``GIAOVIEC_MODE``, else ``combined``).
    Raises :class:`giaoviec.errors.GiaoviecError` with a one-line reason for any input that
    cannot be read.

    >>> notice = extract("samples/seed-001.docx")        # doctest: +SKIP
    >>> [t.lead[0].name for t in notice.tasks][:2]         # doctest: +SKIP
    ['UBND xã Ân Tường', 'UBND xã Ân Tường']
    """
    timer = timer or StageTimer()
    with collector.paused():
        with timer.stage("ingest"):
            raw = read_input(source, filename)
            doc = parse_bytes(raw.data, raw.path, ocr=ocr)
        info = SourceInfo(path=raw.path, sha256=raw.sha256, format=doc.format, pages=doc.pages,
                          ocr=doc.ocr, encoding=doc.encoding, bytes=len(raw.data))
        return analyse(doc, info, timer=timer, mode=mode)
