"""Ingestion: bytes of any supported format in, one :class:`~giaoviec.document.Document` out.

No NLP happens here. Each format has its backend (``text``, ``docx``, ``pdf``); this module
reads the input, tells the format from the content, and guarantees that every failure is a
:class:`~giaoviec.errors.GiaoviecError` with a one-line reason.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from giaoviec.document import Document
from giaoviec.errors import (
    CorruptInput,
    EmptyInput,
    GiaoviecError,
    InputNotFound,
    MissingDependency,
    NotAFile,
    UnsupportedFormat,
)
from giaoviec.parsers import sniff


@dataclass(slots=True)
class RawInput:
    data: bytes
    path: str | None
    sha256: str


def read_input(source: str | os.PathLike | bytes, filename: str | None = None) -> RawInput:
    """Read a path (or take bytes) and check the basics: exists, is a file, is not empty."""
    if isinstance(source, bytes | bytearray):
        data = bytes(source)
        path = filename
    else:
        path = os.fspath(source)
        p = Path(path)
        if not p.exists():
            raise InputNotFound("no such file", path=path)
        if p.is_dir():
            raise NotAFile("is a directory, not a document", path=path)
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise NotAFile(f"cannot read ({exc.strerror or exc})", path=path) from exc
    if not data:
        raise EmptyInput("empty file (0 bytes)", path=path)
    return RawInput(data, path, hashlib.sha256(data).hexdigest())


def parse_bytes(data: bytes, filename: str | None = None, *, ocr: bool | None = None) -> Document:
    """Parse ``data``; the format comes from the content. ``ocr``: None = when needed."""
    fmt = sniff.sniff_format(data, filename)
    try:
        return _parse_format(fmt, data, ocr=ocr)
    except GiaoviecError as exc:
        if exc.path is None:
            exc.path = filename
        raise
    except RecursionError as exc:
        raise CorruptInput("document nesting too deep to read", path=filename) from exc
    except Exception as exc:  # any other failure inside a backend is a broken input
        raise CorruptInput(f"unreadable {fmt or 'file'} ({type(exc).__name__}: {exc})",
                           path=filename) from exc


def _parse_format(fmt: str | None, data: bytes, *, ocr: bool | None) -> Document:
    if fmt == sniff.PDF:
        from giaoviec.parsers.pdf import parse_pdf

        return parse_pdf(data, ocr=ocr)
    if fmt == sniff.DOCX:
        from giaoviec.parsers.docx import parse_docx

        return parse_docx(data)
    if fmt == sniff.TXT:
        from giaoviec.parsers.legacy_fonts import legacy_text
        from giaoviec.parsers.text import parse_text

        return legacy_text(data) or parse_text(data)  # TCVN3/VNI text is converted first
    if fmt == sniff.IMAGE:
        from giaoviec.parsers.ocr import parse_image

        return parse_image(data, ocr=ocr)
    if fmt == sniff.DOC:
        from giaoviec.parsers.legacy import parse_doc

        return parse_doc(data)
    raise UnsupportedFormat(f"unsupported format: {sniff.describe_unsupported(data)}")


__all__ = ["MissingDependency", "RawInput", "parse_bytes", "read_input"]
