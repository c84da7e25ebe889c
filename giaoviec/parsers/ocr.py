"""Page images and scanned PDFs through OCR (not wired in yet: a clear error meanwhile)."""

from __future__ import annotations

from giaoviec.document import Document
from giaoviec.errors import UnsupportedFormat


def parse_image(data: bytes) -> Document:
    raise UnsupportedFormat("page image: OCR is not available in this version")
