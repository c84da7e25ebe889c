"""Restore Word's automatic list numbering as the text a reader sees.

python-docx's ``paragraph.text`` drops list markers that exist only as formatting ("I.",
"1.", "a)", "-", "•" produced from ``numbering.xml``). Administrative documents rely on them
for their section tree, so we compute them: the paragraph's ``numPr`` (its own, or inherited
from its style chain) selects a list instance and a level; counters per list instance advance
as Word advances them; the level's ``lvlText`` template ("%1.%2.") is filled with each level's
counter in the level's ``numFmt``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lxml import etree

if TYPE_CHECKING:
    from giaoviec.parsers.docx_styles import StyleSheet

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


_STYLE, _PPR, _NUMPR = q("style"), q("pPr"), q("numPr")
_BASED_ON, _STYLE_ID, _VAL = q("basedOn"), q("styleId"), q("val")
_NUM_ID, _ILVL, _PSTYLE = q("numId"), q("ilvl"), q("pStyle")


def _val(el, tag: str) -> str | None:
    return _qualified_val(el, q(tag))


def _qualified_val(el, qualified_tag: str) -> str | None:
    """``_val`` for a name already qualified: asked for every paragraph of a document."""
    child = el.find(qualified_tag) if el is not None else None
    return None if child is None else child.get(_VAL)


@dataclass(slots=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None
    style: str | None = None


@dataclass(slots=True)
class ListDefinition:
    levels: dict[int, Level] = field(default_factory=dict)


def to_roman(n: int) -> str:
    if n <= 0:
        return str(n)
    numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for value, numeral in numerals:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def to_letters(n: int) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated)."""
    if n <= 0:
        return str(n)
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    return letter * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt == "upperRoman":
        return to_roman(n)
    if fmt == "lowerRoman":
        return to_roman(n).lower()
    if fmt == "upperLetter":
        return to_letters(n).upper()
    if fmt == "lowerLetter":
        return to_letters(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


def numbered_styles(styles: etree._Element) -> dict[str | None, tuple[str | None, int | None]]:
    """(numId, ilvl) of each style with its own ``numPr``, by style id."""
    numbered = {}
    for numpr in styles.iterfind(f"{_STYLE}/{_PPR}/{_NUMPR}"):
        style = numpr.getparent().getparent()
        ilvl = _val(numpr, "ilvl")
        numbered[style.get(_STYLE_ID)] = (_val(numpr, "numId"),
                                          int(ilvl) if ilvl is not None else None)
    return numbered


def parent_styles(styles: etree._Element) -> dict[str | None, str | None]:
    """The ``basedOn`` parent of each style that has one, by style id."""
    return {based.getparent().get(_STYLE_ID): based.get(_VAL)
            for based in styles.iterfind(f"{_STYLE}/{_BASED_ON}")}


class StyleNumbering:
    """What paragraph styles say about lists: the styles that number their paragraphs, and
    each style's parent, along which a paragraph inherits its numbering.

    Only paragraph styles that number or inherit matter: Word's style sheets hold hundreds of
    styles, and most say nothing about lists."""

    def __init__(self, numbered: dict[str | None, tuple[str | None, int | None]],
                 parents: dict[str | None, str | None] | None = None) -> None:
        self.numbered = numbered
        self._parents = parents or {}

    @classmethod
    def of(cls, styles: etree._Element) -> StyleNumbering:
        """From a whole parsed style sheet."""
        return cls(numbered_styles(styles), parent_styles(styles))

    def parent(self, style_id: str) -> str | None:
        return self._parents.get(style_id)


class LazyStyleNumbering(StyleNumbering):
    """The same, from a :class:`~giaoviec.parsers.docx_styles.StyleSheet` read in pieces: the
    numbering styles at once, a style's parent when a paragraph's style chain reaches it."""

    def __init__(self, sheet: StyleSheet, whole: Callable[[], etree._Element | None]) -> None:
        super().__init__(numbered_styles(sheet.numbering_styles()))
        self._sheet: StyleSheet | None = sheet
        self._whole = whole  # the whole sheet parsed, should a piece of it not parse
        self._looked_up: set[str] = set()

    def parent(self, style_id: str) -> str | None:
        if style_id not in self._looked_up and self._sheet is not None:
            self._looked_up.add(style_id)
            try:  # the piece may hold other styles too: keep only this one's parent
                pieces = self._sheet.styles_with_id(style_id)
            except etree.XMLSyntaxError:
                pieces = None
            if pieces is None:
                self._read_whole()
            else:
                self._parents[style_id] = parent_styles(pieces).get(style_id)
        return self._parents.get(style_id)

    def _read_whole(self) -> None:
        """Parents from the whole sheet, as before pieces: for a sheet whose ids or pieces the
        byte scan cannot read."""
        whole = self._whole()
        self._parents = parent_styles(whole) if whole is not None else {}
        self._sheet = None


class ListNumbering:
    """Numbering definitions of one document plus the running counters."""

    def __init__(self, numbering_xml: etree._Element | None,
                 styles: StyleNumbering | None) -> None:
        self._abstract: dict[str, ListDefinition] = {}
        self._num_to_abstract: dict[str, str] = {}
        self._overrides: dict[str, dict[int, Level | int]] = {}
        self._styles = styles if styles is not None else StyleNumbering({})
        self._abstract_style_link: dict[str, str] = {}
        self._counters: dict[str, dict[int, int]] = {}
        if numbering_xml is not None:
            self._read_numbering(numbering_xml)

    # --- definitions -------------------------------------------------------------------------
    def _read_numbering(self, numbering: etree._Element) -> None:
        for abstract in numbering.iter(q("abstractNum")):
            aid = abstract.get(q("abstractNumId"))
            definition = ListDefinition()
            for lvl in abstract.iter(q("lvl")):
                definition.levels[int(lvl.get(q("ilvl"), "0"))] = _read_level(lvl)
            link = _val(abstract, "numStyleLink")
            if link:
                self._abstract_style_link[aid] = link
            self._abstract[aid] = definition
        for num in numbering.iter(q("num")):
            nid = num.get(q("numId"))
            self._num_to_abstract[nid] = _val(num, "abstractNumId") or ""
            overrides: dict[int, Level | int] = {}
            for override in num.iter(q("lvlOverride")):
                ilvl = int(override.get(q("ilvl"), "0"))
                lvl = override.find(q("lvl"))
                if lvl is not None:
                    overrides[ilvl] = _read_level(lvl)
                start = _val(override, "startOverride")
                if start is not None and lvl is None:
                    overrides[ilvl] = int(start)
            if overrides:
                self._overrides[nid] = overrides

    def _definition(self, num_id: str) -> ListDefinition | None:
        aid = self._num_to_abstract.get(num_id)
        definition = self._abstract.get(aid or "")
        if definition is not None and not definition.levels and aid in self._abstract_style_link:
            linked_num, _ = self._styles.numbered.get(self._abstract_style_link[aid],
                                                      (None, None))
            if linked_num and linked_num != num_id:
                return self._abstract.get(self._num_to_abstract.get(linked_num, ""))
        return definition

    def _level(self, num_id: str, ilvl: int) -> Level | None:
        override = self._overrides.get(num_id, {}).get(ilvl)
        if isinstance(override, Level):
            return override
        definition = self._definition(num_id)
        if definition is None:
            return None
        level = definition.levels.get(ilvl)
        if level is not None and isinstance(override, int):
            return Level(override, level.fmt, level.text, level.restart, level.style)
        return level

    # --- resolution --------------------------------------------------------------------------
    def numpr_of(self, paragraph: etree._Element) -> tuple[str, int] | None:
        """(numId, ilvl) of a paragraph, own numPr first, then its style chain."""
        ppr = paragraph.find(_PPR)
        numpr = ppr.find(_NUMPR) if ppr is not None else None
        num_id = _qualified_val(numpr, _NUM_ID) if numpr is not None else None
        ilvl_text = _qualified_val(numpr, _ILVL) if numpr is not None else None
        style = _qualified_val(ppr, _PSTYLE) if ppr is not None else None
        seen = set()
        style_ilvl = None
        while num_id is None and style and style not in seen:
            seen.add(style)
            if style in self._styles.numbered:
                num_id, style_ilvl = self._styles.numbered[style]
                break
            style = self._styles.parent(style)
        if not num_id or num_id == "0":
            return None
        if ilvl_text is not None:
            ilvl = int(ilvl_text)
        elif style_ilvl is not None:
            ilvl = style_ilvl
        else:
            ilvl = self._level_for_style(num_id, style)
        return num_id, ilvl

    def _level_for_style(self, num_id: str, style: str | None) -> int:
        definition = self._definition(num_id)
        if definition is not None and style:
            for ilvl, level in definition.levels.items():
                if level.style == style:
                    return ilvl
        return 0

    def next_marker(self, paragraph: etree._Element) -> str | None:
        """Advance the counters for this paragraph and return its marker ("" when none)."""
        found = self.numpr_of(paragraph)
        if found is None:
            return None
        num_id, ilvl = found
        level = self._level(num_id, ilvl)
        if level is None:
            return None
        counters = self._counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return level.text
        marker = level.text
        for k in range(9):
            token = f"%{k + 1}"
            if token in marker:
                lvl_k = self._level(num_id, k) or Level()
                value = counters.get(k, lvl_k.start)
                marker = marker.replace(token, format_number(value, lvl_k.fmt))
        return marker


def _read_level(lvl: etree._Element) -> Level:
    start = _val(lvl, "start")
    restart = _val(lvl, "lvlRestart")
    return Level(
        start=int(start) if start is not None else 1,
        fmt=_val(lvl, "numFmt") or "decimal",
        text=_val(lvl, "lvlText") or "",
        restart=int(restart) if restart is not None else None,
        style=_val(lvl, "pStyle"),
    )
