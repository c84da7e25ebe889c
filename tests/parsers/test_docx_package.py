"""The DOCX package reader: relationships followed, broken optional parts survived."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support.builders import BULLET_STYLE_CHAIN, build_docx, bullet_numbering, para

from giaoviec.errors import CorruptInput
from giaoviec.parsers import parse_bytes
from giaoviec.parsers.docx_package import _font_names, open_package


def rewrite(data: bytes, changes: dict[str, bytes | None], rename: dict[str, str] | None = None
            ) -> bytes:
    """The package with members replaced (None: removed) or renamed."""
    rename = rename or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            if name in changes and changes[name] is None:
                continue
            dst.writestr(rename.get(name, name), changes.get(name) or src.read(name))
    return out.getvalue()


def test_body_numbering_styles_and_header_come_from_the_relationships():
    package = open_package(build_docx(para("Nội dung")))
    assert package.body is not None
    assert package.numbering is not None
    assert package.styles is not None
    assert [kind for kind, root in package.furniture if root is not None] == ["header"]


def test_part_names_match_without_regard_to_case():
    data = rewrite(build_docx(para("Chữ thường")), {},
                   rename={"word/document.xml": "word/Document.xml"})
    package = open_package(data)
    assert "Chữ thường" in "".join(package.body.itertext())


def test_broken_header_is_skipped_with_a_warning_and_the_body_kept():
    data = rewrite(build_docx(para("Thân văn bản")), {"word/header1.xml": b"<w:hdr"})
    doc = parse_bytes(data, "a.docx")
    assert "Thân văn bản" in doc.text
    assert any("unreadable page header" in w for w in doc.warnings)


def test_broken_style_sheet_costs_only_the_styles():
    data = rewrite(build_docx(para("Vẫn đọc được")), {"word/styles.xml": b"<w:styles numPr"})
    assert "Vẫn đọc được" in parse_bytes(data, "a.docx").text


@pytest.mark.parametrize("changes, message", [
    ({"word/document.xml": None}, "no main document part"),
    ({"word/document.xml": b"<w:document"}, "corrupt DOCX"),
    ({"word/document.xml": b'<w:document xmlns:w="urn:x"/>'}, "has no body"),
])
def test_a_missing_or_broken_main_part_is_one_clear_error(changes, message):
    with pytest.raises(CorruptInput, match=message):
        open_package(rewrite(build_docx(para("x")), changes))


_FONT_NAME = re.compile(rb':(?:ascii|hAnsi)="([^"]*)"')


@settings(max_examples=300)
@given(st.lists(st.sampled_from([b':ascii="', b':hAnsi="', b'"', b"Times", b".VnTime", b" ",
                                 b"\xc3\xa1", b":", b"ascii", b"hAnsi"]), max_size=14))
def test_style_font_names_are_what_the_font_name_pattern_captures(parts):
    xml = b"".join(parts)
    expected = {m.group(1).decode("utf-8", "replace") for m in _FONT_NAME.finditer(xml)}
    assert _font_names(xml) == expected


def test_documents_of_one_template_share_its_style_sheet():
    first = open_package(build_docx(para("Văn bản thứ nhất")))
    second = open_package(build_docx(para("Văn bản thứ hai")))
    other = open_package(build_docx(para("Mẫu khác"), styles="<!-- another template -->"))
    assert first.sheet is second.sheet  # read once, by the member's CRC-32 and sizes
    assert other.sheet is not first.sheet
    assert other.styles_mention(b"another template")
    assert not first.styles_mention(b"another template")


def test_a_shared_style_sheet_numbers_each_document_from_its_own_counters():
    body = para("Mục gạch đầu dòng", style="ListBullet") + para("Kế thừa", style="MyBullet")
    data = build_docx(body, numbering=bullet_numbering("\uf0b7"), styles=BULLET_STYLE_CHAIN)
    texts = [parse_bytes(data, "a.docx").text for _ in range(2)]
    assert texts[0] == texts[1]
    assert "• Mục gạch đầu dòng" in texts[1] and "• Kế thừa" in texts[1]
