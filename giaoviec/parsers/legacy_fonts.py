"""Find TCVN3 and VNI text in DOCX, PDF and plain text, and convert it before normalisation.

Conversion must happen on the parser's raw text: TCVN3 writes "ư" as byte 0xAD, the soft
hyphen, which normalisation removes. Each function returns warnings for ``Document.warnings``.

* DOCX: a run's font is its own ``w:rFonts``, else its character style's, else its paragraph
  style's, else the document default; runs in a ".Vn" or "VNI-" font are converted in the XML
  tree before the body is walked. A document whose fonts say nothing but whose text reads as
  legacy mojibake is converted as a whole.
* PDF: the font of each text object (pdfium) says which segments to convert; without a legacy
  font name, a page whose text reads as mojibake is converted.
* Plain text: the bytes read as Windows-1252, converted when they read as mojibake.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from giaoviec.document import Document
from giaoviec.parsers.docx_numbering import q
from giaoviec.parsers.legacy_encoding import (
    TCVN3,
    ConversionReport,
    LegacyFont,
    convert,
    convert_checked,
    detect,
    font_encoding,
    is_unicode,
    looks_capitals,
    may_be_legacy,
)
from giaoviec.parsers.pdf_layout import Segment

if TYPE_CHECKING:
    from giaoviec.parsers.docx_package import DocxPackage

_FONT_ATTRS = (q("ascii"), q("hAnsi"))
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_UNNAMED = "(not named)"


# --- DOCX ----------------------------------------------------------------------------------------
def convert_docx_runs(package: DocxPackage) -> list[str]:
    """Convert legacy-font runs of the body, headers and footers in place; warnings."""
    roots = [package.body, *(root for _, root in package.furniture if root is not None)]
    named = _has_legacy_fonts(roots) or _styles_name_legacy_fonts(package)
    if not named and not any(may_be_legacy(t.text or "") for root in roots
                             for t in root.iter(q("t"))):
        return []  # the usual document: nothing legacy, no per-run font resolution
    styles = _StyleFonts(package.styles)
    report = ConversionReport()
    runs = [(r, styles.run_font(r)) for root in roots for r in root.iter(q("r"))]
    for run, font in runs:
        legacy = font_encoding(font)
        if legacy is not None:
            _convert_run(run, legacy, font or _UNNAMED, report)
    if not report.converted and not report.failed:
        _convert_by_pattern(runs, report)
    return report.warnings()


def _styles_name_legacy_fonts(package: DocxPackage) -> bool:
    """A legacy font among the style sheet's font names, provided some attribute value of the
    sheet starts like one (the cheap test this once was, asked second now that the names are
    found faster: the usual sheet names no legacy font and is not scanned again)."""
    return any(font_encoding(name) for name in package.style_font_names()) and (
        package.styles_value_like_vn())


def _convert_run(run, legacy: LegacyFont, font: str, report: ConversionReport,
                 capitals: bool | None = None) -> None:
    if legacy.encoding == TCVN3:
        _soft_hyphens_to_text(run)
    texts = [t for t in run.iterchildren(q("t")) if t.text]
    if not texts or any(is_unicode(t.text) for t in texts):
        return  # typed in Unicode while the font stayed a legacy one: nothing to undo
    whole = "".join(t.text for t in texts)
    upper = legacy.capitals if capitals is None else capitals
    if whole.isascii() and not upper:
        return
    ok = True
    for t in texts:
        t.text, converted = convert_checked(t.text, legacy.encoding, capitals=upper)
        ok = ok and converted
    report.add(font, legacy.encoding, ok)


def _soft_hyphens_to_text(run) -> None:
    """TCVN3 writes "ư" as byte 0xAD, the soft hyphen, which Word and LibreOffice keep as a
    ``w:softHyphen`` element rather than as text: put the character back."""
    for element in list(run.iterchildren(q("softHyphen"))):
        t = run.makeelement(q("t"), {XML_SPACE: "preserve"})
        t.text = "\u00ad"
        element.addprevious(t)
        run.remove(element)


def _may_be_legacy(run) -> bool:
    text = _run_text(run)
    if run.find(q("softHyphen")) is not None:
        return not is_unicode(text)
    return not text.isascii() and not is_unicode(text)


def _run_text(run) -> str:
    return "".join(t.text or "" for t in run.iterchildren(q("t")))


def _convert_by_pattern(runs: list, report: ConversionReport) -> None:
    """No legacy font named: convert the runs that are not Unicode if, together, they read as
    TCVN3 or VNI (a Unicode header or a Unicode run must not hide a legacy body)."""
    candidates = [(run, font) for run, font in runs if _may_be_legacy(run)]
    sample = " ".join(_run_text(run) for run, _ in candidates)
    encoding = detect(sample, min_gain=3)
    if encoding is None:
        return
    for run, font in candidates:
        _convert_run(run, LegacyFont(encoding, False), font or _UNNAMED, report,
                     capitals=looks_capitals(_run_text(run)))


def _has_legacy_fonts(roots: list) -> bool:
    return any(font_encoding(fonts.get(attr)) for root in roots if root is not None
               for fonts in root.iter(q("rFonts")) for attr in _FONT_ATTRS)


class _StyleFonts:
    """The Latin font each style gives its runs, following ``w:basedOn``."""

    def __init__(self, styles) -> None:
        self.element = styles
        self.fonts: dict[str, str | None] = {}
        self.based_on: dict[str, str] = {}
        self.default: str | None = None
        self.default_paragraph: str | None = None
        if styles is None:
            return
        defaults = styles.find(f"{q('docDefaults')}/{q('rPrDefault')}/{q('rPr')}")
        self.default = _rfonts(defaults)
        for style in styles.iterchildren(q("style")):
            sid = style.get(q("styleId"))
            if not sid:
                continue
            self.fonts[sid] = _rfonts(style.find(q("rPr")))
            base = style.find(q("basedOn"))
            if base is not None and base.get(q("val")):
                self.based_on[sid] = base.get(q("val"))
            if style.get(q("type")) == "paragraph" and style.get(q("default")) in ("1", "true"):
                self.default_paragraph = sid

    def style_font(self, sid: str | None) -> str | None:
        seen = set()
        while sid and sid not in seen:
            seen.add(sid)
            if self.fonts.get(sid):
                return self.fonts[sid]
            sid = self.based_on.get(sid)
        return None

    def run_font(self, run) -> str | None:
        rpr = run.find(q("rPr"))
        font = _rfonts(rpr)
        if font:
            return font
        if rpr is not None and (rstyle := rpr.find(q("rStyle"))) is not None:
            font = self.style_font(rstyle.get(q("val")))
            if font:
                return font
        paragraph = run.getparent()
        while paragraph is not None and paragraph.tag != q("p"):
            paragraph = paragraph.getparent()
        pstyle = None
        if paragraph is not None:
            node = paragraph.find(f"{q('pPr')}/{q('pStyle')}")
            pstyle = node.get(q("val")) if node is not None else None
        return self.style_font(pstyle or self.default_paragraph) or self.default


def _rfonts(rpr) -> str | None:
    """The run properties' font for Latin text (a legacy one wins over a Unicode one)."""
    if rpr is None or (fonts := rpr.find(q("rFonts"))) is None:
        return None
    names = [fonts.get(attr) for attr in _FONT_ATTRS if fonts.get(attr)]
    for name in names:
        if font_encoding(name):
            return name
    return names[0] if names else None


# --- PDF -----------------------------------------------------------------------------------------
def convert_pdf_segments(data: bytes, pages: list[tuple[list[Segment], list]]) -> list[str]:
    """Convert the text-layer segments written in legacy fonts, in place; warnings."""
    suspects = [i for i, (segments, _) in enumerate(pages)
                if any(may_be_legacy(s.text) and not is_unicode(s.text) for s in segments)]
    if not suspects:
        return []
    from giaoviec.parsers.pdf import open_pdf

    report = ConversionReport()
    pdf = open_pdf(data)
    try:
        for index in suspects:
            page = pdf[index]
            try:
                fonts = _text_object_fonts(page)
            finally:
                page.close()
            _convert_page(pages[index][0], fonts, report)
    finally:
        pdf.close()
    return report.warnings()


def _convert_page(segments: list[Segment], fonts: list[tuple[tuple, str]],
                  report: ConversionReport) -> None:
    named = False
    legacy_fonts = [(box, name) for box, name in fonts if font_encoding(name)]
    for seg in segments if legacy_fonts else []:
        font = _segment_font(seg, fonts)
        legacy = font_encoding(font)
        if legacy is None:
            continue
        named = True
        _convert_segment(seg, legacy, legacy.capitals or looks_capitals(seg.text),
                         font or _UNNAMED, report)
    if named:
        return
    encoding = detect(" ".join(s.text for s in segments))
    if encoding is not None:
        for seg in segments:
            font = _segment_font(seg, fonts) or _UNNAMED  # for the warning
            _convert_segment(seg, LegacyFont(encoding, False), looks_capitals(seg.text), font,
                             report)


def _convert_segment(seg: Segment, legacy: LegacyFont, capitals: bool, font: str,
                     report: ConversionReport) -> None:
    if is_unicode(seg.text) or (seg.text.isascii() and not capitals):
        return
    seg.text, ok = convert_checked(seg.text, legacy.encoding, capitals=capitals)
    report.add(font, legacy.encoding, ok)


def _text_object_fonts(page) -> list[tuple[tuple, str]]:
    """(bounds, base font name) of each text object of the page."""
    import pypdfium2.raw as pdfium_c

    from giaoviec.parsers.pdfium_buffers import byte_buffer

    out = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT], max_depth=2):
        font = pdfium_c.FPDFTextObj_GetFont(obj.raw)
        if not font:
            continue
        size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
        buffer = byte_buffer(max(size, 1))
        pdfium_c.FPDFFont_GetBaseFontName(font, buffer, size)
        name = buffer.value.decode("latin-1", "replace")
        try:
            out.append((obj.get_bounds(), name))
        except Exception:  # an object without extent has no text to convert
            continue
    return out


def _segment_font(seg: Segment, fonts: list[tuple[tuple, str]]) -> str | None:
    """The font of the text objects covering most of the segment."""
    best, best_area = None, 0.0
    for (x0, bottom, x1, top), name in fonts:
        w = min(x1, seg.x1) - max(x0, seg.x0)
        h = min(top, seg.top) - max(bottom, seg.bottom)
        if w > 0 and h > 0 and w * h > best_area:
            best, best_area = name, w * h
    return best


# --- plain text ----------------------------------------------------------------------------------
_C1 = {b: bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(0x80, 0xA0)}


def legacy_text(data: bytes) -> Document | None:
    """A plain-text file in TCVN3 or VNI as a Document, or None for any other text."""
    from giaoviec.parsers.text import decode_text, parse_text

    text, source = decode_text(data)
    if source == "cp1258":  # not UTF-8: the bytes as Windows shows them, as the tables expect
        text = data.decode("latin-1").translate(_C1)
    if is_unicode(text) or text.isascii():
        return None
    encoding = detect(text, min_gain=3)
    if encoding is None:
        return None
    lines = [convert(line, encoding, capitals=looks_capitals(line)) for line in text.split("\n")]
    doc = parse_text("\n".join(lines).encode("utf-8"))
    doc.encoding = encoding
    doc.warnings.append(f"text converted from {encoding} to Unicode")
    return doc
