"""Scanned documents through OCR: image-only PDF pages and page images (PNG, JPEG, TIFF).

A scanned page goes through the same reading-order code as a born-digital one: each page is
rendered (or loaded) as a grayscale image, :mod:`giaoviec.parsers.ocr_page` turns Tesseract's
words into :class:`~giaoviec.parsers.pdf_layout.Segment` pieces and ruling lines in PDF points,
and :func:`~giaoviec.parsers.pdf_layout.layout_page` plus the page-break joining of
:mod:`giaoviec.parsers.pdf` do the rest. So paragraphs, the two-column header, tables and
furniture come out the same whether a page was printed to PDF or scanned.

Pages run in parallel: rendering stays in this thread (pdfium is not thread-safe), each page's
Tesseract runs in its own child process, driven by a small thread pool; results keep page order.
Inside a worker process (``giaoviec eval --workers``) pages run one at a time, since the
documents already fill the cores.

The word confidences are kept per block as :attr:`OcrDocument.ocr_confidence`.
"""

from __future__ import annotations

import io
import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, fields

import numpy as np

from giaoviec.document import Document
from giaoviec.errors import MissingDependency, NoTextLayer
from giaoviec.normalize import normalize_text
from giaoviec.parsers.builder import DocumentBuilder
from giaoviec.parsers.ocr_consistency import harmonise_pages
from giaoviec.parsers.ocr_page import OcrPage, align_pages, covered, read_page
from giaoviec.parsers.ocr_structure import correct_line_breaks, fix_heading_sequence
from giaoviec.parsers.pdf_layout import Rule, Segment
from giaoviec.parsers.tesseract import find_tesseract

DPI = 300  # pages without a scan image, and images that state no resolution
MIN_DPI, MAX_DPI = 200, 400  # a scan is read at its own resolution within these (README table)
PSM = 11  # Tesseract page segmentation: sparse text, no reading order assumed (measured too)
MAX_PIXELS = 60_000_000  # a poster-sized page is rendered at a lower resolution
LOW_CONFIDENCE = 60.0  # mean word confidence below which a page gets a warning
WORKERS_VARIABLE = "GIAOVIEC_OCR_WORKERS"

PageContent = tuple[list[Segment], list[Rule]]


@dataclass(slots=True)
class OcrDocument(Document):
    """A :class:`Document` read (partly) by OCR, with the mean word confidence (0-100) of each
    block whose words came from OCR, by block index."""

    ocr_confidence: dict[int, float] = field(default_factory=dict)


def ocr_workers(pages: int) -> int:
    """How many pages to OCR at once: the cores we may use, one inside a worker process."""
    configured = os.environ.get(WORKERS_VARIABLE, "")
    if configured.isdigit() and int(configured) > 0:
        return min(int(configured), pages)
    if multiprocessing.parent_process() is not None:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, pages, 4))


def read_pages(exe: str, images: Iterable[tuple[np.ndarray, float]], count: int, *,
               psm: int | None = None) -> list[OcrPage]:
    """OCR page images given lazily, in order, each with its resolution; results in order."""
    psm = psm or PSM
    workers = ocr_workers(count)
    if workers <= 1:
        return [read_page(exe, gray, dpi, psm) for gray, dpi in images]
    futures: list[Future[OcrPage]] = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for gray, dpi in images:
            futures.append(pool.submit(read_page, exe, gray, dpi, psm))
            if len(futures) > 2 * workers:  # keep few rendered pages in memory at once
                futures[-2 * workers - 1].result()
        return [f.result() for f in futures]


# --- PDF pages without a text layer --------------------------------------------------------------
@dataclass(slots=True)
class OcrPages:
    """What OCR added to a PDF: the pages it read and their words, for confidences."""

    pages: dict[int, OcrPage] = field(default_factory=dict)  # by page index (0-based)
    warnings: list[str] = field(default_factory=list)

    def finish(self, doc: Document) -> Document:
        """The document with its confidences (an :class:`OcrDocument`) and OCR warnings."""
        if not self.pages:
            doc.warnings.extend(self.warnings)
            return doc
        confidence = block_confidence(doc, {i + 1: p for i, p in self.pages.items()})
        values = {f.name: getattr(doc, f.name) for f in fields(Document)}
        values["ocr"] = True
        values["warnings"] = [*doc.warnings, *self.warnings, *_page_warnings(self.pages)]
        return OcrDocument(**values, ocr_confidence=confidence)


def ocr_missing_pages(data: bytes, pages: list[PageContent], sizes: list[tuple[float, float]],
                      todo: list[int], *, required: bool) -> OcrPages:
    """OCR the pages ``todo`` of a PDF (those without a text layer, found by
    :func:`giaoviec.parsers.pdf.needs_ocr`), replacing their content in place.

    ``required``: the caller asked for OCR; otherwise a missing Tesseract only costs the
    pages without text (with a warning) when other pages have text."""
    from giaoviec.parsers.pdf import open_pdf

    result = OcrPages()
    pdf = open_pdf(data)
    try:
        if not todo:
            return result
        try:
            exe = find_tesseract()
        except MissingDependency as exc:
            if required or not any(segments for segments, _ in pages):
                raise
            numbers = ", ".join(str(i + 1) for i in todo)
            pages_word = "page" if len(todo) == 1 else "pages"
            result.warnings.append(f"{pages_word} {numbers} without text layer skipped: "
                                   f"{exc.reason}")
            return result
        read = read_pages(exe, _render(pdf, todo), len(todo))
    finally:
        pdf.close()
    text_layer = [s for i, (segments, _) in enumerate(pages) if i not in todo for s in segments]
    align_pages(read, text_layer)
    fix_heading_sequence([p.segments for p in read])
    correct_line_breaks([p.segments for p in read])
    harmonise_pages([p.segments for p in read])
    for index, page in zip(todo, read, strict=True):
        kept = [s for s in pages[index][0] if not covered(s, page.segments)]
        pages[index] = (kept + page.segments, page.rules)
        sizes[index] = (page.width, page.height)
        result.pages[index] = page
    return result


def _render(pdf, indexes: list[int]) -> Iterator[tuple[np.ndarray, float]]:
    for index in indexes:
        page = pdf[index]
        try:
            width, height = page.get_size()
            scale = scan_resolution(page) / 72
            if width * height * scale * scale > MAX_PIXELS:
                scale = (MAX_PIXELS / (width * height)) ** 0.5
            bitmap = page.render(scale=scale, grayscale=True, may_draw_forms=True)
            gray = bitmap.to_numpy()
        finally:
            page.close()
        yield np.ascontiguousarray(gray[..., 0] if gray.ndim == 3 else gray), scale * 72


def scan_resolution(page) -> float:
    """The resolution to render a page at: that of the scan filling it, within
    [MIN_DPI, MAX_DPI] (more pixels than the scanner took add time, not letters), else DPI."""
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    best = None
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        x0, bottom, x1, top = obj.get_bounds()
        if (x1 - x0) * (top - bottom) < 0.5 * width * height:
            continue
        pixels = obj.get_px_size()[0]
        best = pixels / ((x1 - x0) / 72)
    return DPI if best is None else min(max(best, MIN_DPI), MAX_DPI)


# --- page images ---------------------------------------------------------------------------------
def parse_image(data: bytes, *, ocr: bool | None = None) -> Document:
    """A PNG, JPEG or (multi-page) TIFF page image, read by OCR."""
    from giaoviec.parsers.pdf import _margins, emit_page, join_page_breaks
    from giaoviec.parsers.pdf_layout import layout_page

    if ocr is False:
        raise NoTextLayer("page image: OCR not enabled")
    exe = find_tesseract()
    frames = list(image_frames(data))
    read = read_pages(exe, iter(frames), len(frames))
    align_pages(read, [])
    fix_heading_sequence([p.segments for p in read])
    correct_line_breaks([p.segments for p in read])
    harmonise_pages([p.segments for p in read])
    if not any(p.segments for p in read):
        raise NoTextLayer("no text found: OCR read nothing on the page image")
    left, right = _margins([s for p in read for s in p.segments])
    layouts = [layout_page(p.segments, p.rules, p.width, p.height, left, right) for p in read]
    join_page_breaks(layouts, left, right)
    builder = DocumentBuilder("image")
    for number, layout in enumerate(layouts, start=1):
        emit_page(builder, layout, number)
    doc = builder.build(pages=len(read), ocr=True)
    return OcrPages(dict(enumerate(read))).finish(doc)


def image_frames(data: bytes) -> Iterator[tuple[np.ndarray, float]]:
    """Each frame of an image file as grayscale, at its resolution within [MIN_DPI, MAX_DPI].

    The resolution comes from the file when it states a plausible one; otherwise the page is
    taken to be as wide as A4 (portrait or landscape), which is what office scans are."""
    from PIL import Image, ImageOps, ImageSequence

    with Image.open(io.BytesIO(data)) as image:
        for frame in ImageSequence.Iterator(image):
            page = ImageOps.exif_transpose(frame)
            if page.mode in ("RGBA", "LA", "PA") or "transparency" in page.info:
                background = Image.new("RGBA", page.size, "white")
                page = Image.alpha_composite(background, page.convert("RGBA"))
            gray = page.convert("L")
            source = _stated_dpi(frame.info.get("dpi"))
            if source is None:
                source = gray.width / (8.27 if gray.height >= gray.width else 11.69)
            dpi = min(max(source, MIN_DPI), MAX_DPI)
            if abs(dpi / source - 1) > 0.02:
                size = (round(gray.width * dpi / source), round(gray.height * dpi / source))
                gray = gray.resize(size, Image.Resampling.LANCZOS)
            yield np.asarray(gray), dpi


def _stated_dpi(value) -> float | None:
    try:
        dpi = float(value[0])
    except (TypeError, ValueError, IndexError):
        return None
    return dpi if 100 <= dpi <= 1200 else None


# --- confidences ---------------------------------------------------------------------------------
def block_confidence(doc: Document, pages: dict[int, OcrPage]) -> dict[int, float]:
    """Mean confidence of the OCR words in each block of an OCR'd page.

    Blocks carry no geometry, so words are matched by their text on the block's page (a word
    that occurs several times on the page counts with its mean confidence there)."""
    by_page: dict[int, dict[str, list[float]]] = {}
    for number, page in pages.items():
        table: dict[str, list[float]] = {}
        for word in page.words:
            table.setdefault(normalize_text(word.text).text, []).append(word.conf)
        by_page[number] = table
    out: dict[int, float] = {}
    for block in doc.blocks:
        table = by_page.get(block.page) if block.page is not None else None
        if table is None:
            continue
        found = [sum(c) / len(c) for token in doc.block_text(block).split()
                 if (c := table.get(token))]
        if found:
            out[block.index] = round(sum(found) / len(found), 1)
    return out


def _page_warnings(pages: dict[int, OcrPage]) -> list[str]:
    out = []
    for index, page in sorted(pages.items()):
        if page.words:
            mean = sum(w.conf for w in page.words) / len(page.words)
            if mean < LOW_CONFIDENCE:
                out.append(f"page {index + 1}: low OCR confidence ({mean:.0f}/100), "
                           "check the text against the scan")
    return out


__all__ = ["DPI", "PSM", "OcrDocument", "OcrPages", "ocr_missing_pages",
           "parse_image"]
