"""The parts of a DOCX package that ingestion reads, straight from the ZIP.

python-docx parses every XML part of a package when it opens one (theme, settings, font table,
web settings...): about 6 ms of a seed-size notice's 15 ms ingest, measured with
``giaoviec bench``. We need four kinds of part only, so we follow the package relationships
ourselves and parse just those: the main document, its numbering and styles, and its page
headers and footers. The XML is parsed without entity resolution or network access.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property

from lxml import etree

from giaoviec.errors import CorruptInput, EncryptedInput
from giaoviec.parsers.docx_numbering import q

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)
# the last part of a relationship type URI, for the parts we read
OFFICE_DOCUMENT = "officeDocument"
NUMBERING, STYLES, HEADER, FOOTER = "numbering", "styles", "header", "footer"


# stdlib re: it scans the whole style sheet, which ``regex`` does twice as slowly
_VN_VALUE = re.compile(rb'="[._]?[vV][nN]')  # an attribute value starting like .VnTime


class StyleSheet:
    """A style sheet's bytes and what ingestion asks of them, each answered once.

    The sheet stays bytes until someone needs its tree: Word's run to hundreds of kilobytes
    of latent styles (350 KB in the seed notice), and most documents neither number
    paragraphs through styles nor use legacy fonts. The documents of one office share their
    template's sheet byte for byte, so :func:`_style_sheet` keeps one per template and
    later documents neither inflate nor scan it again."""

    def __init__(self, xml: bytes) -> None:
        self.xml = xml
        # answers of other modules about this sheet ("numbering": the paragraph styles that
        # number), kept with it for the next document of the same template
        self.answers: dict[str, object] = {}

    def parse(self) -> etree._Element | None:
        """The whole sheet as a tree (not kept: a parsed sheet is megabytes), or None when
        it is broken."""
        try:
            return etree.fromstring(self.xml, _PARSER)
        except etree.XMLSyntaxError:
            return None  # broken styles: the body still reads, without style numbering

    def mentions(self, word: bytes) -> bool:
        return word in self.xml

    @cached_property
    def font_names(self) -> frozenset[str]:
        return frozenset(_font_names(self.xml))

    @cached_property
    def value_like_vn(self) -> bool:
        return _VN_VALUE.search(self.xml) is not None


@dataclass
class DocxPackage:
    """The main document's body and the parts that shape how it reads."""

    body: etree._Element
    numbering: etree._Element | None = None
    sheet: StyleSheet | None = None
    # page headers and footers in relationship order: (kind, root, or None when unreadable)
    furniture: list[tuple[str, etree._Element | None]] = field(default_factory=list)

    @cached_property
    def styles(self) -> etree._Element | None:
        return None if self.sheet is None else self.sheet.parse()

    def styles_mention(self, word: bytes) -> bool:
        """Whether the style sheet's XML contains ``word`` at all (a cheap pre-check)."""
        return self.sheet is not None and self.sheet.mentions(word)

    def style_font_names(self) -> frozenset[str]:
        """The Latin font names (``w:ascii``, ``w:hAnsi``) the style sheet mentions, read
        without parsing it."""
        return frozenset() if self.sheet is None else self.sheet.font_names

    def styles_value_like_vn(self) -> bool:
        """Whether some attribute value of the style sheet starts like a legacy font name
        (".VnTime", "VNI-Times"): a whole scan of the sheet, so callers ask it last."""
        return self.sheet is not None and self.sheet.value_like_vn


_ASCII, _HANSI = b':ascii="', b':hAnsi="'


def _font_names(xml: bytes) -> set[str]:
    """What ``_FONT_NAME.finditer`` captures (leftmost, non-overlapping), found with
    ``bytes.find`` on its two literal starts: several times faster on a large sheet. The two
    next occurrences are kept in two variables (the seed's sheet names 360 fonts: building a
    list per name cost more than finding it)."""
    names = set()
    ascii_at, hansi_at = xml.find(_ASCII), xml.find(_HANSI)
    while ascii_at != -1 or hansi_at != -1:
        # the leftmost of the two (they never start at the same byte)
        if hansi_at == -1 or (ascii_at != -1 and ascii_at < hansi_at):
            start = ascii_at + len(_ASCII)
        else:
            start = hansi_at + len(_HANSI)
        end = xml.find(b'"', start)
        if end == -1:
            return names  # no closing quote here, so none after either
        names.add(xml[start:end].decode("utf-8", "replace"))
        if 0 <= ascii_at <= end:
            ascii_at = xml.find(_ASCII, end + 1)
        if 0 <= hansi_at <= end:
            hansi_at = xml.find(_HANSI, end + 1)
    return names


def open_package(data: bytes) -> DocxPackage:
    """Read a DOCX, turning every failure into one clear line."""
    if data[:8] == _OLE2:
        raise EncryptedInput("password-protected or legacy Word file (OLE container)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise CorruptInput(f"corrupt DOCX (not a valid ZIP archive: {exc})") from exc
    except Exception as exc:
        raise CorruptInput(f"corrupt DOCX ({type(exc).__name__}: {exc})") from exc
    with archive:
        try:
            return _read(_Zip(archive))
        except CorruptInput:
            raise
        except Exception as exc:  # zlib errors, bad CRC, XML syntax errors...
            raise CorruptInput(f"corrupt DOCX ({type(exc).__name__}: {exc})") from exc


class _Zip:
    """Member lookup by part name; ZIP names are matched without regard to case, as Word does."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.names = {name.lower(): name for name in archive.namelist()}

    def read(self, part: str) -> bytes | None:
        name = self.names.get(part.lstrip("/").lower())
        return None if name is None else self.archive.read(name)

    def fingerprint(self, part: str) -> tuple[int, int, int] | None:
        """(CRC-32, size, compressed size) of a member, from the archive's directory: what
        tells one template's part from another without inflating it."""
        name = self.names.get(part.lstrip("/").lower())
        if name is None:
            return None
        info = self.archive.getinfo(name)
        return info.CRC, info.file_size, info.compress_size

    def xml(self, part: str) -> etree._Element | None:
        blob = self.read(part)
        return None if blob is None else etree.fromstring(blob, _PARSER)


def _read(archive: _Zip) -> DocxPackage:
    main = next((target for kind, target, _ in _relationships(archive, "")
                 if kind == OFFICE_DOCUMENT), None) or "word/document.xml"
    root = archive.xml(main)
    if root is None:
        raise CorruptInput(f"corrupt DOCX (no main document part {main})")
    body = root.find(q("body"))
    if body is None:
        raise CorruptInput("corrupt DOCX (the main document has no body)")
    package = DocxPackage(body)
    for kind, target, external in _relationships(archive, main):
        if external:
            continue
        if kind == NUMBERING and package.numbering is None:
            package.numbering = _optional_xml(archive, target)
        elif kind == STYLES and package.sheet is None:
            package.sheet = _style_sheet(archive, target)
        elif kind in (HEADER, FOOTER):
            package.furniture.append((kind, _optional_xml(archive, target)))
    return package


# style sheets by fingerprint, most recently used last; a few templates cover a batch
_SHEETS: OrderedDict[tuple[int, int, int], StyleSheet] = OrderedDict()
_SHEETS_KEPT = 8


def _style_sheet(archive: _Zip, part: str) -> StyleSheet | None:
    """The package's style sheet, the one already read when an earlier document carried the
    same bytes (same CRC-32 and sizes: a collision would need two sheets of one length with
    one checksum). A member that does not read fails the package as before."""
    key = archive.fingerprint(part)
    if key is None:
        return None
    sheet = _SHEETS.get(key)
    if sheet is not None:
        _SHEETS.move_to_end(key)
        return sheet
    xml = archive.read(part)
    if xml is None:
        return None
    sheet = _SHEETS[key] = StyleSheet(xml)
    if len(_SHEETS) > _SHEETS_KEPT:
        _SHEETS.popitem(last=False)
    return sheet


def _optional_xml(archive: _Zip, part: str) -> etree._Element | None:
    """A part the body can do without: a broken one reads as absent, not as a failure."""
    try:
        return archive.xml(part)
    except Exception:
        return None


def _relationships(archive: _Zip, source: str) -> list[tuple[str, str, bool]]:
    """(type's last word, target part name, external?) of the part ``source`` ("" for the
    package), in document order."""
    folder, name = posixpath.split(source)
    rels = archive.xml(posixpath.join(folder, "_rels", f"{name}.rels"))
    if rels is None:
        return []
    out = []
    for rel in rels.iter(f"{_RELS_NS}Relationship"):
        kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
        target = rel.get("Target") or ""
        external = rel.get("TargetMode") == "External"
        if not external:
            target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                posixpath.join(folder, target))
        out.append((kind, target, external))
    return out
