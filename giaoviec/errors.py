"""Errors that giaoviec reports to its users.

Every failure a user can cause (a missing file, a broken DOCX, a scanned PDF without OCR)
is a :class:`GiaoviecError` with a stable ``code`` and a one-line ``reason``. The CLI and the
batch runner print ``reason`` and never a traceback; anything else escaping a parser is a bug
and is wrapped into :class:`CorruptInput` at the parser boundary so that one bad document can
never take a batch down.
"""

from __future__ import annotations


class GiaoviecError(Exception):
    """Base class: a problem with one input, described in one line."""

    code = "E000"

    def __init__(self, reason: str, *, path: str | None = None) -> None:
        super().__init__(reason)
        self.reason = " ".join(reason.split())  # one line, always
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}" if self.path else self.reason


class InputNotFound(GiaoviecError):
    code = "E101"


class NotAFile(GiaoviecError):
    code = "E102"


class EmptyInput(GiaoviecError):
    code = "E103"


class UnsupportedFormat(GiaoviecError):
    code = "E104"


class CorruptInput(GiaoviecError):
    code = "E105"


class EncryptedInput(GiaoviecError):
    code = "E106"


class NoTextLayer(GiaoviecError):
    code = "E107"


class MissingDependency(GiaoviecError):
    """A system tool (Tesseract, LibreOffice) that this input needs is not installed."""

    code = "E108"


class ProcessingTimeout(GiaoviecError):
    code = "E109"
