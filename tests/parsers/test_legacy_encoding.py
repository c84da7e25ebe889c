"""TCVN3 and VNI text in DOCX, PDF and plain text comes back as Unicode; legacy .doc files."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from fpdf import FPDF
from support.builders import DEFAULT_STYLES, FONT, build_docx, para

from giaoviec.errors import EncryptedInput, MissingDependency, UnsupportedFormat
from giaoviec.parsers import parse_bytes
from giaoviec.parsers.legacy_encoding import (
    TCVN3,
    VNI,
    convert,
    detect,
    font_encoding,
    tcvn3_table,
    vni_table,
)
from giaoviec.parsers.vn_syllables import inventory, is_syllable

UNICODE = "Cộng hòa xã hội chủ nghĩa Việt Nam. Giao Sở Tài chính chủ trì, phối hợp được"
# The same sentence as Word shows it in a .VnTime font (TCVN3) and in VNI-Times.
TCVN3_TEXT = "Céng hßa x· héi chñ nghÜa ViÖt Nam. Giao Së Tµi chÝnh chñ tr×, phèi hîp ®­îc"
VNI_TEXT = ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Giao Sôû Taøi chính chuû trì, "
            "phoái hôïp ñöôïc")


# --- tables and detection ------------------------------------------------------------------------
def vietnamese_letters() -> set[str]:
    """The 67 small letters with diacritics (12 vowels x 6 tones, less plain a e i o u y; đ)."""
    out = {"đ"}
    for vowel in "aăâeêioôơuưy":
        for tone in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"):
            out.add(unicodedata.normalize("NFC", vowel + tone))
    return out - set("aeiouy")


def test_tables_cover_every_vietnamese_letter():
    small = vietnamese_letters()
    assert len(small) == 67
    assert {v for v in tcvn3_table().values() if v.islower()} == small
    assert {v for v in tcvn3_table().values() if v.isupper()} == set("ĂÂĐÊÔƠƯ")
    assert set(vni_table().values()) == small | {ch.upper() for ch in small}


def test_tcvn3_and_vni_convert_to_unicode():
    assert convert(TCVN3_TEXT, TCVN3) == UNICODE
    assert convert(VNI_TEXT, VNI) == UNICODE
    assert convert("UÛY BAN NHAÂN DAÂN TÆNH", VNI) == "ỦY BAN NHÂN DÂN TỈNH"
    assert convert("Uûy ban", VNI) == "Ủy ban"  # capital base, small mark
    assert convert("céng hoµ", TCVN3, capitals=True) == "CỘNG HOÀ"  # a .VnTimeH run


def test_detection_tells_legacy_text_from_unicode_and_windows_1258():
    assert detect(TCVN3_TEXT) == TCVN3
    assert detect(VNI_TEXT) == VNI
    assert detect(UNICODE) is None
    assert detect("Le café à Paris, où la rénovation est terminée") is None
    # Windows-1258 bytes read one by one look like Latin-1 too, and must not be "converted"
    cp1258 = "Thông báo kê\u0301t luâ\u0323n cu\u0309a Chu\u0309 ti\u0323ch".encode("cp1258")
    assert detect(cp1258.decode("latin-1")) is None


@pytest.mark.parametrize(("name", "expected"), [
    (".VnTime", (TCVN3, False)), (".VnTimeH", (TCVN3, True)), ("ABCDEF+.VnArialH,Bold",
                                                               (TCVN3, True)),
    ("VnTime", (TCVN3, False)), ("VNI-Times", (VNI, False)), ("VNI-Helve-Condense", (VNI, False)),
    ("Times New Roman", None), ("Verdana", None), (None, None),
])
def test_font_names(name, expected):
    found = font_encoding(name)
    assert (found and (found.encoding, found.capitals)) == expected


def test_syllable_inventory():
    assert len(inventory()) > 15000
    for word in ("Cộng", "HOÀ", "hòa", "thuỷ", "quyết", "giếng", "nghĩa", "được", "khuỷu"):
        assert is_syllable(word), word
    for word in ("cac", "kông", "ngé", "Céng", "hoµ", "UBND", "tât"):
        assert not is_syllable(word), word


# --- DOCX ----------------------------------------------------------------------------------------
def font_run(text: str, font: str) -> str:
    """A run in ``font`` holding ``text`` as Word stores it (the legacy bytes as cp1252)."""
    return (f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')


def test_docx_runs_in_legacy_fonts_are_converted():
    body = (para(font_run("UBND TØNH QU¶NG TRÞ", ".VnTimeH"))
            + para(font_run(TCVN3_TEXT, ".VnTime")) + para(font_run(VNI_TEXT, "VNI-Times"))
            + para(font_run("Đã là Unicode ở đây", ".VnTime"), font_run(" và đây.", "Arial")))
    doc = parse_bytes(build_docx(body), "a.docx")
    assert doc.text.split("\n") == ["UBND TỈNH QUẢNG TRỊ", UNICODE, UNICODE,
                                    "Đã là Unicode ở đây và đây."]
    assert doc.warnings == ["1 run in font .VnTime converted from TCVN3 to Unicode",
                            "1 run in font .VnTimeH converted from TCVN3 to Unicode",
                            "1 run in font VNI-Times converted from VNI to Unicode"]


def test_docx_font_from_document_defaults_and_styles():
    styles = ('<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=".VnTime" '
              'w:hAnsi=".VnTime"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:styleId="Heading"><w:rPr><w:rFonts '
              'w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/></w:rPr></w:style>' + DEFAULT_STYLES)
    body = para("céng hoµ x· héi", style="Heading") + para(TCVN3_TEXT)
    doc = parse_bytes(build_docx(body, styles=styles), "a.docx")
    assert doc.text.split("\n") == ["CỘNG HOÀ XÃ HỘI", UNICODE]


def test_docx_unconvertible_runs_are_reported():
    body = para(font_run("Giao Së Tµi chÝnh Å", ".VnTime")) + para(font_run("Së Ä", ".VnTime"))
    doc = parse_bytes(build_docx(body), "a.docx")
    assert "2 runs in font .VnTime could not be converted" in doc.warnings


def test_docx_without_font_names_is_converted_by_its_characters():
    doc = parse_bytes(build_docx(para(TCVN3_TEXT) + para("Uû ban nh©n d©n tØnh")), "a.docx")
    assert doc.text.split("\n") == [UNICODE, "Uỷ ban nhân dân tỉnh"]


def test_unicode_docx_is_left_alone():
    doc = parse_bytes(build_docx(para(UNICODE) + para("Café, crème brûlée")), "a.docx")
    assert doc.text.split("\n") == [UNICODE, "Café, crème brûlée"]
    assert not doc.warnings


# --- PDF -----------------------------------------------------------------------------------------
def legacy_pdf(lines: list[str], font_name: str | None) -> bytes:
    """A PDF printing legacy bytes (as cp1252 characters) with a TrueType font that the PDF
    names ``font_name``, as a printer driver would name .VnTime."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.add_font("legacy", "", str(FONT))
    if font_name:
        pdf.fonts["legacy"].name = font_name
    pdf.set_font("legacy", size=13)
    for i, line in enumerate(lines):
        pdf.text(30, 30 + 8 * i, line)
    return bytes(pdf.output())


@pytest.mark.parametrize(("font", "lines", "expected"), [
    (".VnTime", [TCVN3_TEXT], [UNICODE]),
    ("VNI-Times", [VNI_TEXT], [UNICODE]),
    (".VnTimeH", ["céng hoµ x· héi chñ nghÜa viÖt nam"], ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
    (None, [TCVN3_TEXT], [UNICODE]),  # no telling font name: the characters decide
])
def test_pdf_text_in_legacy_fonts_is_converted(font, lines, expected):
    doc = parse_bytes(legacy_pdf(lines, font), "a.pdf")
    assert doc.text.split("\n") == expected
    assert any("converted from" in w for w in doc.warnings)


def test_unicode_pdf_is_left_alone():
    doc = parse_bytes(legacy_pdf([UNICODE], None), "a.pdf")
    assert doc.text == UNICODE and not doc.warnings


# --- plain text ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("data", "encoding"), [
    (TCVN3_TEXT.encode("cp1252"), TCVN3),
    (VNI_TEXT.encode("cp1252"), VNI),
    (VNI_TEXT.encode("utf-8"), VNI),  # mojibake saved as UTF-8 by a later editor
])
def test_plain_text_in_legacy_encodings(data, encoding):
    doc = parse_bytes(data + b"\nUBND T\xd8NH\n" if encoding == TCVN3 else data, "a.txt")
    assert doc.text.split("\n")[0] == UNICODE
    assert doc.encoding == encoding
    if encoding == TCVN3:
        assert doc.text.split("\n")[1] == "UBND TỈNH"


# --- legacy Word .doc ----------------------------------------------------------------------------
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def fake_ole(*streams: str) -> bytes:
    return OLE + b"\x00" * 504 + b"".join(s.encode("utf-16-le") for s in streams) + b"\x00" * 512


def test_doc_without_libreoffice_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(MissingDependency, match=r"legacy Word \.doc needs LibreOffice: apt-get "
                                                r"install libreoffice-writer-nogui"):
        parse_bytes(fake_ole("WordDocument"), "old.doc")


def test_other_ole_files_are_told_apart():
    with pytest.raises(EncryptedInput, match="password-protected Office file"):
        parse_bytes(fake_ole("EncryptionInfo", "EncryptedPackage"), "locked.docx")
    with pytest.raises(UnsupportedFormat, match="not a Word document"):
        parse_bytes(fake_ole("Workbook"), "sheet.xls")


needs_soffice = pytest.mark.skipif(
    not (shutil.which("soffice") or shutil.which("libreoffice")),
    reason="LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")


@needs_soffice
def test_doc_is_read_through_libreoffice(tmp_path: Path):
    docx = tmp_path / "a.docx"
    docx.write_bytes(build_docx(para("THÔNG BÁO") + para(font_run(TCVN3_TEXT, ".VnTime"))))
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run([exe, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "doc", "--outdir", str(tmp_path), str(docx)],
                   capture_output=True, timeout=120, check=True)
    doc = parse_bytes((tmp_path / "a.doc").read_bytes(), "a.doc")
    assert doc.format == "doc"
    assert doc.text.split("\n") == ["THÔNG BÁO", UNICODE]


@needs_soffice
def test_unreadable_doc_is_reported():
    with pytest.raises(EncryptedInput, match=r"password-protected or unreadable \.doc"):
        parse_bytes(fake_ole("WordDocument"), "broken.doc")
