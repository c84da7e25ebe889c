"""Tell a file's format from its bytes, never from its name.

A DOCX renamed to ``.pdf`` is a DOCX; a PDF without the extension is a PDF. The extension is
only a tie-breaker between formats that look alike (plain text).
"""

from __future__ import annotations

import io
import zipfile

PDF = "pdf"
DOCX = "docx"
TXT = "txt"
IMAGE = "image"
DOC = "doc"  # legacy Word (OLE2)

IMAGE_EXTENSIONS = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}
DOCUMENT_EXTENSIONS = {".pdf", ".docx", ".doc", ".txt", *IMAGE_EXTENSIONS}

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff_format(data: bytes, filename: str | None = None) -> str | None:
    """The format of ``data`` (one of the constants above) or ``None`` when unsupported."""
    head = data[:1024]
    if b"%PDF-" in head:
        return PDF
    if data[:4] == b"PK\x03\x04":
        return _zip_kind(data, filename)
    if data[:8] == _OLE2:
        return DOC
    if data[:8] == b"\x89PNG\r\n\x1a\n" or data[:3] == b"\xff\xd8\xff":
        return IMAGE
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return IMAGE
    if _looks_like_text(data):
        return TXT
    return None


def describe_unsupported(data: bytes) -> str:
    """A user-facing name for what an unsupported file seems to be."""
    if data[:4] == b"PK\x03\x04":
        return "a ZIP archive that is not a Word document"
    if data[:5] == b"{\\rtf":
        return "RTF (save it as DOCX)"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "a GIF image (convert it to PNG)"
    return "binary data of an unknown kind"


def _zip_kind(data: bytes, filename: str | None) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        # a truncated DOCX is still a DOCX: let its parser say it is corrupt
        named_docx = (filename or "").lower().endswith((".docx", ".docm"))
        looks_docx = b"word/" in data[:4096] or b"[Content_Types].xml" in data[:4096]
        return DOCX if named_docx or looks_docx else None
    if "word/document.xml" in names:
        return DOCX
    return None


def _looks_like_text(data: bytes) -> bool:
    if data[:3] == b"\xef\xbb\xbf" or data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        # UTF-16 without a byte order mark: every other byte is zero for Latin text
        zeros_even = sample[0::2].count(0)
        zeros_odd = sample[1::2].count(0)
        half = len(sample) / 2
        return max(zeros_even, zeros_odd) > 0.3 * half and min(zeros_even, zeros_odd) < 0.05 * half
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls <= len(sample) * 0.01
