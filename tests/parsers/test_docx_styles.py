"""The style sheet read in pieces says what the whole parse says, or steps aside."""

from __future__ import annotations

import pytest
from lxml import etree
from support.builders import BULLET_STYLE_CHAIN, W_NS, build_docx, bullet_numbering, para

from giaoviec.parsers import parse_bytes
from giaoviec.parsers.docx_numbering import LazyStyleNumbering, StyleNumbering
from giaoviec.parsers.docx_styles import split

ROOT = f'<w:styles xmlns:w="{W_NS}" xmlns:w14="urn:w14">'
DEFAULTS = ('<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="26"/></w:rPr></w:rPrDefault>'
            '</w:docDefaults><w:latentStyles w:count="2"><w:lsdException w:name="Normal"/>'
            '<w:lsdException w:name="heading 1"/></w:latentStyles>')
STYLES = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    '<w:rPr><w:sz w:val="28"/></w:rPr></w:style>\n'
    "<w:style w:type='paragraph' w:styleId='Dieu'><w:basedOn w:val='Normal'/><w:pPr><w:numPr>"
    "<w:ilvl w:val='1'/><w:numId w:val='3'/></w:numPr></w:pPr></w:style>\n"
    '<w:style w:type="paragraph" w:styleId="Khoan"><w:basedOn w:val="Dieu"/></w:style>'
    '<w:style w:type="table" w:styleId="Bang"><w:tblStylePr w:type="firstRow"><w:pPr><w:numPr>'
    '<w:numId w:val="9"/></w:numPr></w:pPr></w:tblStylePr></w:style>'
    '<w:style w:type="character" w:styleId="Trong"/>'
    # a style given twice: the later parent wins, as in a dictionary filled in order
    '<w:style w:type="paragraph" w:styleId="Khoan"><w:basedOn w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Muc"><w:pPr><w:pPrChange><w:pPr><w:numPr>'
    '<w:numId w:val="4"/></w:numPr></w:pPr></w:pPrChange></w:pPr></w:style>'
)


def sheet(styles: str = STYLES, head: str = "") -> bytes:
    return (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n{head}{ROOT}{DEFAULTS}"
            f"{styles}</w:styles>\n").encode()


def whole(xml: bytes) -> StyleNumbering:
    return StyleNumbering.of(etree.fromstring(xml))


def test_pieces_give_the_numbering_styles_and_parents_of_a_whole_parse():
    xml = sheet()
    pieces = split(xml)
    assert pieces is not None
    lazy = LazyStyleNumbering(pieces, lambda: None)
    expected = whole(xml)
    assert lazy.numbered == expected.numbered == {"Dieu": ("3", 1)}
    for style in ("Normal", "Dieu", "Khoan", "Bang", "Trong", "Muc", "Absent"):
        assert lazy.parent(style) == expected.parent(style)
    assert lazy.parent("Khoan") == "Normal"


@pytest.mark.parametrize("xml", [
    sheet(head="<!-- a comment before the root -->"),
    sheet(STYLES.replace('<w:style w:type="table"', '<w:style xmlns:x="urn:x" w:type="table"')),
    sheet(STYLES.replace("\n", "<w:extra/>", 1)),
    sheet(STYLES + '<w:extra/>'),
    sheet(STYLES).replace(b"UTF-8", b"UTF-16"),
    sheet(STYLES).replace(b"<w:latentStyles", b"<!-- x --><w:latentStyles"),
])
def test_an_unusual_layout_is_left_to_the_whole_parse(xml):
    assert split(xml) is None


@pytest.mark.parametrize("xml", [
    sheet(STYLES.replace('w:styleId="Khoan"', 'w:styleId="Kho&#97;n"', 1)),
    sheet(STYLES.replace('w:styleId="Normal"', 'w:styleId="Nor\tmal"')),
])
def test_an_id_only_a_parser_reads_sends_parents_to_the_whole_parse(xml):
    pieces = split(xml)
    assert pieces is not None and pieces.styles_with_id("Khoan") is None
    lazy = LazyStyleNumbering(pieces, lambda: etree.fromstring(xml))
    expected = whole(xml)
    assert lazy.numbered == expected.numbered
    for style in ("Normal", "Nor mal", "Dieu", "Khoan", "Absent"):
        assert lazy.parent(style) == expected.parent(style)


def test_a_style_sheet_read_whole_still_numbers_paragraphs():
    """The fallback path: a comment where Word writes none, the style chain still numbers."""
    body = para("Kế thừa", style="MyBullet")
    doc = parse_bytes(build_docx(body, numbering=bullet_numbering("-"),
                                 styles="<!-- kept by hand -->" + BULLET_STYLE_CHAIN), "a.docx")
    assert doc.text == "- Kế thừa"
