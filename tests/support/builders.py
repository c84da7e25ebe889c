"""Build small DOCX and PDF fixtures inside the tests, so that no test needs ../shared.

DOCX: a minimal OPC package written with zipfile, so that tests can use Word features that
python-docx cannot create (automatic numbering, tracked changes, text boxes, headers).
PDF: fpdf2 with a TrueType font that has Vietnamese glyphs (DejaVu, installed by the set-up).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
</Types>"""
PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
</Relationships>"""


def run(text: str, bold: bool = False) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*runs: str, num: tuple[int, int] | None = None, style: str | None = None) -> str:
    """A paragraph; ``num`` = (numId, ilvl) for automatic numbering."""
    ppr = ""
    if style or num:
        inner = f'<w:pStyle w:val="{style}"/>' if style else ""
        if num:
            inner += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr = f"<w:pPr>{inner}</w:pPr>"
    body = "".join(r if r.startswith("<") else run(r) for r in runs)
    return f"<w:p>{ppr}{body}</w:p>"


def table(rows: list[list[str | list[str]]]) -> str:
    """A table; a cell is a text or a list of paragraph XML strings."""
    out = ["<w:tbl>"]
    for row in rows:
        out.append("<w:tr>")
        for cell in row:
            content = "".join(cell) if isinstance(cell, list) else para(cell)
            out.append(f"<w:tc>{content}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def level(ilvl: int, fmt: str, text: str, start: int = 1, style: str | None = None) -> str:
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'{pstyle}<w:lvlText w:val="{escape(text)}"/></w:lvl>')


DEFAULT_NUMBERING = (
    '<w:abstractNum w:abstractNumId="0">'
    + level(0, "upperRoman", "%1.") + level(1, "decimal", "%2.") + level(2, "lowerLetter", "%3)")
    + level(3, "bullet", "-") + level(4, "bullet", "\uf0b7")
    + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    + '<w:num w:numId="2"><w:abstractNumId w:val="0"/>'
    + '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
)
DEFAULT_STYLES = (
    '<w:style w:type="paragraph" w:styleId="ListBullet"><w:pPr><w:numPr>'
    '<w:ilvl w:val="3"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="MyBullet"><w:basedOn w:val="ListBullet"/></w:style>'
)


# a bullet style and a style based on it, numbered by list 1 of ``bullet_numbering``
BULLET_STYLE_CHAIN = (
    '<w:style w:type="paragraph" w:styleId="ListBullet"><w:pPr><w:numPr>'
    '<w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="MyBullet"><w:basedOn w:val="ListBullet"/></w:style>'
)


def bullet_numbering(symbol: str) -> str:
    """numbering.xml content with one list (numId 1) of one bullet level."""
    return ('<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
            f'<w:lvlText w:val="{escape(symbol)}"/></w:lvl></w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')


def build_docx(body: str, *, numbering: str = DEFAULT_NUMBERING, styles: str = DEFAULT_STYLES,
               header: str = "Trang đầu") -> bytes:
    ns = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
    files = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": PACKAGE_RELS,
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document {ns}>'
                             f"<w:body>{body}<w:sectPr/></w:body></w:document>",
        "word/numbering.xml": f"<w:numbering {ns}>{numbering}</w:numbering>",
        "word/styles.xml": f"<w:styles {ns}>{styles}</w:styles>",
        "word/header1.xml": f"<w:hdr {ns}>{para(header)}</w:hdr>",
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


def build_pdf(pages: list[list[tuple[float, float, str]]], *, rules: list | None = None,
              fake_bold: bool = False) -> bytes:
    """A PDF with text placed at (x, y) in millimetres from the top-left, per page.
    ``rules``: (page, x1, y1, x2, y2) lines; ``fake_bold`` prints every text twice."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("serif", "", str(FONT))
    pdf.set_font("serif", size=12)
    for index, items in enumerate(pages):
        pdf.add_page()
        for x, y, text in items:
            pdf.text(x, y, text)
            if fake_bold:
                pdf.text(x + 0.1, y, text)
        for rule in rules or []:
            if rule[0] == index:
                pdf.line(*rule[1:])
    return bytes(pdf.output())
