"""Legacy Word ``.doc`` files, converted to DOCX by LibreOffice and read as DOCX.

The binary Word format is decades of undocumented corner cases; LibreOffice reads it well, so
we ask it for a DOCX (headless, with a throw-away profile so that parallel conversions and a
user's own LibreOffice never share state) and parse that with :mod:`giaoviec.parsers.docx`,
which also converts TCVN3 and VNI runs (old .doc files are where those fonts live).
LibreOffice is too large to be a hard dependency: without it a .doc is a clear one-line error.

Every OLE2 file reaches this module, so it first tells Word documents from other Office files
and from password-protected DOCX (which Office wraps in an OLE2 container too).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from giaoviec.document import Document
from giaoviec.errors import EncryptedInput, MissingDependency, ProcessingTimeout, UnsupportedFormat

INSTALL_HINT = "legacy Word .doc needs LibreOffice: apt-get install libreoffice-writer-nogui"
UNREADABLE = "password-protected or unreadable .doc"
TIMEOUT = 120.0  # seconds; a first start of LibreOffice takes a few


def _stream(name: str) -> bytes:
    """How an OLE2 directory entry spells a stream name (UTF-16LE)."""
    return name.encode("utf-16-le")


def find_soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise MissingDependency(INSTALL_HINT)
    return exe


def parse_doc(data: bytes, *, timeout: float = TIMEOUT) -> Document:
    """A Word 97-2003 document, through LibreOffice."""
    if _stream("EncryptedPackage") in data:
        raise EncryptedInput("password-protected Office file")
    if _stream("WordDocument") not in data and any(
            _stream(name) in data for name in ("Workbook", "Book", "PowerPoint Document")):
        raise UnsupportedFormat("an Office file that is not a Word document (Excel, PowerPoint)")
    docx = convert_to_docx(data, find_soffice(), timeout=timeout)
    from giaoviec.parsers.docx import parse_docx

    doc = parse_docx(docx)
    doc.format = "doc"
    return doc


def convert_to_docx(data: bytes, exe: str, *, timeout: float = TIMEOUT) -> bytes:
    """The DOCX that LibreOffice makes of ``data``."""
    with tempfile.TemporaryDirectory(prefix="giaoviec-doc-") as tmp:
        folder = Path(tmp)
        source = folder / "input.doc"
        source.write_bytes(data)
        out = folder / "out"
        command = [exe, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                   "--norestore", "--nolockcheck", "--nodefault", "--convert-to", "docx",
                   "--outdir", str(out), str(source)]
        try:
            subprocess.run(command, capture_output=True, timeout=timeout, check=False,
                           stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired as exc:
            raise ProcessingTimeout(f"LibreOffice took more than {timeout:.0f} s to convert "
                                    "the .doc") from exc
        except OSError as exc:
            raise MissingDependency(INSTALL_HINT) from exc
        result = out / "input.docx"
        if not result.is_file() or result.stat().st_size == 0:
            raise EncryptedInput(UNREADABLE)
        return result.read_bytes()
