"""A DOCX style sheet read one style at a time, straight from its bytes.

Word's ``styles.xml`` runs to hundreds of kilobytes (350 KB in the seed notice: 164 styles,
table styles full of borders), and parsing it cost more than the rest of a seed-size DOCX's
ingest. List numbering needs only two things from it: the styles that carry a ``numPr``, and the
``basedOn`` parent of the few styles that a document's paragraphs name. :func:`split` finds the
byte span of every top-level ``<w:style>`` element in one pass of ``bytes.find`` (their ids are
read on the first lookup: the seed notice never needs one); :class:`StyleSheet` parses just the
spans asked for, wrapped in the sheet's own root start tag, so that prefixes resolve and
element paths from the root match as in the whole part.

The scan trusts only the layout Word and LibreOffice write: UTF-8, a root start tag declaring
the WordprocessingML prefix, style start tags of plain attributes, and nothing between the
styles but white space. :func:`split` returns None for anything else, and an id written with an
entity or white space makes lookups answer None; either way the caller parses the whole part,
as before. One difference remains: a syntax error inside a style that is never asked
for goes unnoticed, where a whole parse dropped every style (Word does not open such a file).
"""

from __future__ import annotations

import bisect
import re

from lxml import etree

_W_URI = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)
_DECLARATION = re.compile(rb"<\?xml[^>]*\?>")
_UTF8 = re.compile(rb"""encoding\s*=\s*["']utf-8["']""", re.IGNORECASE)
_ROOT = re.compile(rb"\s*<([A-Za-z_][\w.:-]*)[^<>]*>")
_W_PREFIX = re.compile(rb"""\sxmlns:([A-Za-z_][\w.-]*)\s*=\s*["']""" + re.escape(_W_URI)
                       + rb"""["']""")
# the rest of a start tag of plain attributes: a '>' inside a value would end it early and fail
_ATTRIBUTES = rb"""(?=[\s/>])(?:\s+[\w.:-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'))*\s*/?>"""
_PLAIN_VALUE = re.compile(rb"""\s*=\s*(?:"([^"&\t\r\n]*)"|'([^'&\t\r\n]*)')""")
_WHITE = b" \t\r\n"


class StyleSheet:
    """The byte spans of a style sheet's styles, each parsed only when asked for."""

    def __init__(self, xml: bytes, root_tag: bytes, root_end: bytes, prefix: bytes,
                 spans: list[tuple[int, int]], tag_ends: list[int]) -> None:
        self._xml = xml
        self._root_tag = root_tag
        self._root_end = root_end
        self._prefix = prefix
        self._spans = spans
        self._tag_ends = tag_ends  # where each style's start tag ends
        self._starts = [start for start, _ in spans]
        # style id -> indexes into spans, in document order; read on the first lookup (many
        # documents never look one up); False when some id needs decoding
        self._ids: dict[str | None, list[int]] | bool | None = None

    def numbering_styles(self) -> etree._Element:
        """A sheet of the styles whose XML mentions ``numPr`` (a superset of the styles that
        number their paragraphs), in document order."""
        found: list[int] = []
        at = self._xml.find(b"numPr")
        while at != -1:
            index = bisect.bisect_right(self._starts, at) - 1
            if index >= 0 and at < self._spans[index][1] and (not found or found[-1] != index):
                found.append(index)
            at = self._xml.find(b"numPr", at + 1)
        return self._sheet(found)

    def styles_with_id(self, style_id: str) -> etree._Element | None:
        """A sheet of every style whose ``styleId`` is ``style_id``, in document order; None
        when an id is written in a way only a parser reads (an entity, white space)."""
        if self._ids is None:
            self._ids = self._read_ids()
        if self._ids is False:
            return None
        return self._sheet(self._ids.get(style_id, []))

    def _read_ids(self) -> dict[str | None, list[int]] | bool:
        name = self._prefix + b":styleId"
        ids: dict[str | None, list[int]] = {}
        for index, ((start, _), tag_end) in enumerate(zip(self._spans, self._tag_ends,
                                                           strict=True)):
            style_id = _style_id(self._xml[start:tag_end], name)
            if style_id is False:
                return False
            ids.setdefault(style_id, []).append(index)
        return ids

    def _sheet(self, indexes: list[int]) -> etree._Element:
        pieces = [self._xml[start:end] for start, end in (self._spans[i] for i in indexes)]
        return etree.fromstring(b"".join([self._root_tag, *pieces, self._root_end]), _PARSER)


def split(xml: bytes) -> StyleSheet | None:
    """Find the styles of a sheet laid out as Word writes it; None for any other layout."""
    prolog_end = 0
    declaration = _DECLARATION.match(xml)
    if declaration is not None:
        if b"encoding" in declaration.group() and not _UTF8.search(declaration.group()):
            return None
        prolog_end = declaration.end()
    root = _ROOT.match(xml, prolog_end)
    if root is None or root.group().endswith(b"/>"):
        return None
    prefix = _W_PREFIX.search(root.group())
    if prefix is None or root.group().count(_W_URI) != 1:
        return None  # one prefix for WordprocessingML, the one the byte searches use
    root_end = b"</" + root.group(1) + b">"
    content_end = len(xml.rstrip(_WHITE)) - len(root_end)
    if not xml.startswith(root_end, content_end):
        return None
    found = _styles(xml, prefix.group(1), root.end(), content_end)
    if found is None:
        return None
    spans, tag_ends = found
    return StyleSheet(xml, root.group().lstrip(_WHITE), root_end, prefix.group(1), spans,
                      tag_ends)


def _styles(xml: bytes, prefix: bytes, begin: int, end: int
            ) -> tuple[list[tuple[int, int]], list[int]] | None:
    """Spans of the root's ``style`` children and the ends of their start tags; None unless
    they come after the root's other children with only white space between and after them,
    and each start tag is plain and declares no namespace (its attributes mean what the root's
    prefix says)."""
    opening, closing = b"<" + prefix + b":style", b"</" + prefix + b":style>"
    start_tag = re.compile(re.escape(opening) + _ATTRIBUTES)
    first = xml.find(opening, begin, end)
    if first == -1 or not _plain_children(xml[begin:first]):
        return None
    spans: list[tuple[int, int]] = []
    tag_ends: list[int] = []
    start = first
    while start < end:
        tag = start_tag.match(xml, start, end)
        if tag is None or b"xmlns" in tag.group():
            return None
        stop = tag.end()
        if not tag.group().endswith(b"/>"):
            stop = xml.find(closing, stop, end)
            if stop == -1:
                return None
            stop += len(closing)
        tag_ends.append(tag.end())
        spans.append((start, stop))
        following = xml.find(b"<", stop, end)
        following = end if following == -1 else following
        if following > stop and xml[stop:following].strip(_WHITE):
            return None
        start = following
    return spans, tag_ends


def _style_id(tag: bytes, name: bytes) -> str | bool | None:
    """The ``styleId`` of a style start tag (None without one); False when its value needs
    decoding (an entity, white space a parser would normalise, not UTF-8), when it is given
    twice or when another attribute's name ends the same way."""
    at = tag.find(name)
    if at == -1:
        return None
    if tag[at - 1:at] not in (b" ", b"\t", b"\r", b"\n") or tag.find(name, at + 1) != -1:
        return False
    value = _PLAIN_VALUE.match(tag, at + len(name))
    if value is None:
        return False
    try:
        return (value.group(1) or value.group(2) or b"").decode("utf-8")
    except UnicodeDecodeError:
        return False


def _plain_children(fragment: bytes) -> bool:
    """Whether the root's children before its first style are plain elements that all close
    before it (no comment, CDATA, processing instruction or namespace declaration), so that
    the first style is a child of the root."""
    if b"<!" in fragment or b"<?" in fragment or b"xmlns" in fragment:
        return False
    tags = fragment.count(b"<")
    closing = fragment.count(b"</")
    empty = fragment.count(b"/>")
    return tags - closing - empty == closing
