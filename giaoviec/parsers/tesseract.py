"""The Tesseract binary, driven through a pipe: one page image in, words with boxes out.

We call ``tesseract`` as a subprocess rather than through a Python binding: the Debian
packages ``tesseract-ocr`` and ``tesseract-ocr-vie`` are all it needs, and a crash or a hang
stays in a child process that we can time out. The image goes in on stdin as binary PGM
(no encoding cost) and the hOCR report comes back on stdout: words with their box in pixels and
confidence, grouped in lines with a baseline, which is all the layout code needs
(:mod:`giaoviec.parsers.ocr_page` rebuilds lines and columns itself instead of trusting
Tesseract's block order).

``OMP_THREAD_LIMIT=1``: Tesseract's OpenMP threads fight each other and our page pool; on
this 2-core machine one thread per page took 1.5 s where the default took 10 s.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from lxml import etree

from giaoviec.errors import MissingDependency, ProcessingTimeout

INSTALL_HINT = ("OCR needs Tesseract with Vietnamese: "
                "apt-get install tesseract-ocr tesseract-ocr-vie")
LANGUAGE = "vie"
XHTML = "http://www.w3.org/1999/xhtml"
PAGE_TIMEOUT = 180.0  # seconds for one page; a 300 dpi A4 page takes 2-3 s


@dataclass(slots=True, frozen=True)
class Word:
    """One recognised word; box in pixels of the image Tesseract saw, ``conf`` 0-100."""

    left: int
    top: int
    right: int
    bottom: int
    conf: float
    text: str


@dataclass(slots=True)
class TextLine:
    """A line as Tesseract found it, with the baseline and the text height it measured.

    Ink boxes vary from word to word ("a" against "Hạnh"); the baseline and ``x_size`` (the
    line's text height in pixels) let the caller give every piece of a line the same
    font-like box, as a PDF text run has."""

    left: int
    top: int
    right: int
    bottom: int
    slope: float  # baseline: y = bottom + offset + slope * (x - left)
    offset: float
    size: float
    words: list[Word]

    def baseline_at(self, x: float) -> float:
        return self.bottom + self.offset + self.slope * (x - self.left)


def find_tesseract() -> str:
    """Path of a Tesseract that has the Vietnamese model, or :class:`MissingDependency`."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise MissingDependency(INSTALL_HINT)
    if LANGUAGE not in _languages(exe, os.environ.get("TESSDATA_PREFIX", "")):
        raise MissingDependency(INSTALL_HINT)
    return exe


@lru_cache(maxsize=8)
def _languages(exe: str, tessdata: str) -> frozenset[str]:
    """Installed language models (cached per binary and model folder: asked once)."""
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, timeout=30,
                             env=_environment(), check=False)
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    text = (out.stdout or b"").decode("utf-8", "replace")
    return frozenset(line.strip() for line in text.splitlines()[1:] if line.strip())


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


def pgm_bytes(gray: np.ndarray) -> bytes:
    """A 2-D uint8 array as binary PGM, which Leptonica reads from a pipe."""
    height, width = gray.shape
    return b"P5\n%d %d\n255\n" % (width, height) + np.ascontiguousarray(gray).tobytes()


def recognise(exe: str, gray: np.ndarray, *, dpi: int, psm: int,
              timeout: float = PAGE_TIMEOUT) -> list[TextLine]:
    """OCR one grayscale page image; lines (with their words) in Tesseract's order."""
    command = [exe, "stdin", "stdout", "-l", LANGUAGE, "--psm", str(psm), "--dpi", str(dpi),
               "hocr"]
    try:
        out = subprocess.run(command, input=pgm_bytes(gray), capture_output=True,
                             timeout=timeout, env=_environment(), check=False)
    except subprocess.TimeoutExpired as exc:
        raise ProcessingTimeout(f"OCR of one page took more than {timeout:.0f} s") from exc
    except OSError as exc:
        raise MissingDependency(INSTALL_HINT) from exc
    if out.returncode != 0:
        message = (out.stderr or b"").decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(f"tesseract failed: {message[-1] if message else out.returncode}")
    return parse_hocr(out.stdout)


_LINE_CLASSES = {"ocr_line", "ocr_caption", "ocr_header", "ocr_textfloat"}


def parse_hocr(data: bytes) -> list[TextLine]:
    """Lines and words of Tesseract's hOCR report; empty words dropped.

    hOCR rather than TSV: both give word boxes and confidences, only hOCR gives each line's
    baseline and text height."""
    if not data.strip():
        return []
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(data, parser)
    lines = []
    for span in root.iter(f"{{{XHTML}}}span"):
        if span.get("class") not in _LINE_CLASSES:
            continue
        props = _title(span.get("title", ""))
        words = []
        for child in span.iter(f"{{{XHTML}}}span"):
            if child.get("class") != "ocrx_word":
                continue
            text = "".join(child.itertext()).strip()
            wprops = _title(child.get("title", ""))
            if text and len(wprops.get("bbox", ())) == 4:
                conf = wprops.get("x_wconf", (0.0,))[0]
                words.append(Word(*(int(v) for v in wprops["bbox"]), conf, text))
        box = props.get("bbox", ())
        if not words or len(box) != 4:
            continue
        slope, offset = (props.get("baseline") or (0.0, 0.0))[:2]
        size = props.get("x_size", (float(box[3] - box[1]),))[0]
        lines.append(TextLine(*(int(v) for v in box), slope, offset, size, words))
    return lines


def _title(title: str) -> dict[str, tuple[float, ...]]:
    """hOCR properties: ``"bbox 1 2 3 4; x_wconf 96"`` -> {"bbox": (1, 2, 3, 4), ...}."""
    props: dict[str, tuple[float, ...]] = {}
    for part in title.split(";"):
        name, _, values = part.strip().partition(" ")
        try:
            props[name] = tuple(float(v) for v in values.split())
        except ValueError:
            continue  # image "stdin" and the like
    return props
