"""Vietnamese in the pre-Unicode font encodings TCVN3 (ABC) and VNI, back to Unicode.

Before Unicode, Vietnamese offices typed in 8-bit fonts: ".VnTime" and the other ".Vn" fonts
(TCVN3: one byte per letter, capitals with tones only through the all-capitals ".Vn...H"
fonts) or "VNI-Times" and the other "VNI-" fonts (a base letter followed by mark bytes). Word
and PDF files keep those bytes as the Windows-1252 characters they are numbered as, so the text
reads "Céng hoµ x· héi" or "Coäng hoøa xaõ hoäi" until it is converted. The tables are data
an analyst can read: ``resources/tcvn3.tsv`` and ``resources/vni.tsv``.

Which text to convert: the font's name when we have it (DOCX runs, PDF text objects), else the
pattern: converting must turn words that are not Vietnamese syllables into words that are
(:mod:`giaoviec.parsers.vn_syllables`), and text holding letters that only Unicode has (ư, đ,
ạ...) is Unicode already.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from giaoviec.parsers.vn_syllables import is_syllable
from giaoviec.resources import load_table
from giaoviec.rx import regex

TCVN3 = "TCVN3"
VNI = "VNI"

# Letters that exist only in Unicode Vietnamese, never in an 8-bit legacy text.
# Plain character classes go through stdlib ``re``: these run over every text of every
# document, and ``re`` scans a class several times faster than ``regex`` (same matches).
_UNICODE_ONLY = re.compile(r"[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9]")
# Characters a legacy text may hold that its encoding does not explain: an upper-half byte
# missing from the TCVN3 table, a VNI mark byte after a letter that takes no mark.
_TCVN3_UPPER = re.compile(r"[\u00a1-\u00ff]")
_VNI_MARKS = re.compile(r"[äëïöüåæøñûîÄËÏÖÜÅÆØÑÛÎ]")
_FONT = regex.compile(r"^(?:[A-Z]{6}\+)?(?P<name>[^,]*)")
_EDGE_PUNCT = "\"'()[]{}.,;:!?“”‘’«»…-–—/"


@lru_cache(maxsize=1)
def tcvn3_table() -> dict[str, str]:
    """Character (as Windows-1252 shows the byte) -> Unicode letter."""
    table = {}
    for row in _rows("tcvn3.tsv"):
        byte = int(row[0], 16)
        table[bytes([byte]).decode("cp1252")] = row[2]
        table[chr(0xF000 + byte)] = row[2]  # Word's private-use form of a symbol-font byte
    return table


@lru_cache(maxsize=1)
def vni_table() -> dict[str, str]:
    """Sequence of one or two characters -> Unicode letter, capitals included."""
    table = {}
    for row in _rows("vni.tsv"):
        sequence, letter = row[0], row[1]
        table[sequence] = letter
        if len(sequence) == 1:
            table[sequence.upper()] = letter.upper()
            continue
        base, mark = sequence[0], sequence[1]
        for cased_mark in (mark, mark.upper()):
            table[base.upper() + cased_mark] = letter.upper()
            table.setdefault(base + cased_mark, letter)
    return table


def _rows(name: str) -> tuple[tuple[str, ...], ...]:
    return load_table(name)[1:]  # the first line names the columns


@dataclass(frozen=True, slots=True)
class LegacyFont:
    encoding: str  # TCVN3 or VNI
    capitals: bool  # a ".Vn...H" font: every letter drawn as a capital


@lru_cache(maxsize=512)
def font_encoding(font_name: str | None) -> LegacyFont | None:
    """The legacy encoding a font name stands for (".VnTime", "VNI-Times", "ABCDEF+VnTimeH").

    PDF producers add a subset prefix and a style suffix, and may drop or escape the dot."""
    if not font_name:
        return None
    match = _FONT.match(font_name.strip())
    name = (match.group("name") if match else font_name).strip()
    key = name.lower().removeprefix("#2e").lstrip("._")
    if key.startswith("vni") and key[3:4] in ("-", "_", " "):
        return LegacyFont(VNI, False)
    if key.startswith("vn") and key[2:3].isalpha() and not key.startswith("vni"):
        return LegacyFont(TCVN3, _capitals_font(name))
    return None


def _capitals_font(name: str) -> bool:
    family = regex.split(r"[-,]", name)[0].rstrip()
    return family.endswith("H")


def convert(text: str, encoding: str, *, capitals: bool = False) -> str:
    """``text`` read in ``encoding`` (TCVN3 or VNI), as Unicode."""
    if encoding == TCVN3:
        table = tcvn3_table()
        out = "".join(table.get(ch, ch) for ch in text)
    else:
        out = _convert_vni(text)
    return out.upper() if capitals else out


def _convert_vni(text: str) -> str:
    table = vni_table()
    out = []
    i = 0
    while i < len(text):
        pair = text[i:i + 2]
        if len(pair) == 2 and pair in table:
            out.append(table[pair])
            i += 2
            continue
        out.append(table.get(text[i], text[i]))
        i += 1
    return "".join(out)


_VIETNAMESE_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_MOJIBAKE = re.compile("[" + "".join(chr(c) for c in range(0xA1, 0x100)
                                        if chr(c) not in _VIETNAMESE_LATIN1) + "]")


def may_be_legacy(text: str) -> bool:
    """Holds a Latin-1 character that Vietnamese Unicode never uses ("¸", "µ", "ä", "ø"):
    the cheap test that keeps ordinary documents off the slower checks."""
    return _MOJIBAKE.search(text) is not None


def is_unicode(text: str) -> bool:
    """Holds a letter that only Unicode Vietnamese has: nothing to convert."""
    return _UNICODE_ONLY.search(text) is not None


def convert_checked(text: str, encoding: str, *, capitals: bool = False) -> tuple[str, bool]:
    """The conversion, and whether every character of ``text`` was accounted for."""
    out = convert(text, encoding, capitals=capitals)
    if encoding == TCVN3:
        table = tcvn3_table()
        ok = all(ch in table for ch in _TCVN3_UPPER.findall(text))
    else:
        ok = _VNI_MARKS.search(out) is None
    return out, ok


def font_label(font_name: str) -> str:
    """A font name as a reader knows it: no subset prefix ("ABCDEF+.VnTime" -> ".VnTime")."""
    match = _FONT.match(font_name.strip())
    return (match.group("name") if match else font_name).strip() or font_name


def _words(text: str) -> list[str]:
    return [w.strip(_EDGE_PUNCT) for w in text.split() if w.strip(_EDGE_PUNCT)]


def syllable_gain(text: str, encoding: str) -> tuple[int, int, int]:
    """Words that converting changes, that it makes Vietnamese syllables, that it breaks."""
    changed = gained = lost = 0
    for word in _words(text):
        converted = convert(word, encoding)
        if converted == word:
            continue
        before, after = is_syllable(word), is_syllable(converted.strip(_EDGE_PUNCT))
        changed += 1
        gained += after and not before
        lost += before and not after
    return changed, gained, lost


def detect(text: str, *, min_gain: int = 2) -> str | None:
    """TCVN3 or VNI when ``text`` reads as that encoding's mojibake; None otherwise.

    Converting real mojibake makes most of the words it changes into syllables; other 8-bit
    text (Windows-1258 read byte by byte, French, symbols) gains a stray word at most."""
    if is_unicode(text) or text.isascii():
        return None
    best, best_score = None, 0
    for encoding in (TCVN3, VNI):
        changed, gained, lost = syllable_gain(text, encoding)
        score = gained - 2 * lost
        if score > best_score and 2 * gained >= changed:
            best, best_score = encoding, score
    return best if best_score >= min_gain else None


def looks_capitals(text: str) -> bool:
    """ASCII letters all capitals: a ".Vn...H" text whose accented letters were coded small."""
    letters = [ch for ch in text if ch.isascii() and ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


@dataclass(slots=True)
class ConversionReport:
    """Counts of converted and unconvertible runs per (font, encoding), for the warnings."""

    converted: dict[tuple[str, str], int] = field(default_factory=dict)
    failed: dict[tuple[str, str], int] = field(default_factory=dict)

    def add(self, font: str, encoding: str, ok: bool) -> None:
        target = self.converted if ok else self.failed
        key = (font_label(font), encoding)
        target[key] = target.get(key, 0) + 1

    def warnings(self) -> list[str]:
        out = []
        for (font, encoding), count in sorted(self.converted.items()):
            out.append(f"{_runs(count)} in font {font} converted from {encoding} to Unicode")
        for (font, _), count in sorted(self.failed.items()):
            out.append(f"{_runs(count)} in font {font} could not be converted")
        return out


def _runs(count: int) -> str:
    return f"{count} run" if count == 1 else f"{count} runs"
