"""Legacy Word ``.doc`` files (not wired in yet: a clear error meanwhile)."""

from __future__ import annotations

from giaoviec.document import Document
from giaoviec.errors import UnsupportedFormat


def parse_doc(data: bytes) -> Document:
    raise UnsupportedFormat("legacy Word .doc (or password-protected Office file): save as DOCX")
