"""Numbers, numerals and dates in OCR text: the words a deadline or a section hangs on.

Tesseract's letter errors rarely matter to the extraction; these do: a quarter read "quý
11/2026" is no deadline, a heading read "I." for "II." or without its period is no section,
"nắm 2025" is no date. Rules for one token in its context (:func:`structural`), across a line
break (:func:`correct_line_breaks`) and across the headings of a document
(:func:`fix_heading_sequence`); :mod:`giaoviec.parsers.ocr_correction` calls them.
"""

from __future__ import annotations

from itertools import pairwise

from giaoviec.parsers.pdf_layout import Segment
from giaoviec.parsers.vn_syllables import split_tone
from giaoviec.rx import regex

EDGES = regex.compile(r"^(\p{P}*)(.*?)(\p{P}*)$")  # leading marks, the word, trailing marks
_ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}
_ROMAN_TOKEN = regex.compile(r"^([IVXHLl1|]{1,4})(\.(?=\p{Lu}|$)|/\d{4}[.,;]?)?(\p{Lu}.*)?$")
_NUMBER = regex.compile(r"^(\p{Ps}?)([0-9OolI|]{2,})(?=[/.\-]|$)")
_DATE_WORDS = {"ngay": "ngày", "thang": "tháng", "năm": "năm"}  # before a number
_PERIODS = {"tuần", "tháng", "quý", "năm", "ngày"}  # "hằng tuần": a recurring deadline


def core_of(text: str | None) -> str | None:
    """A token without its leading and trailing marks ("(b/c);" -> "b/c")."""
    return EDGES.match(text).group(2) if text else None


def same_case(candidate: str, model: str) -> str:
    """``candidate`` in the case of the word it replaces (all capitals, capitalised, lower)."""
    if model.isupper() and len(model) > 1:
        return candidate.upper()
    if model[:1].isupper():
        return candidate[:1].upper() + candidate[1:]
    return candidate


# --- numbers and numerals ------------------------------------------------------------------------
def fix_roman(token: str, *, heading: bool, after_quarter: bool) -> str:
    """Roman numerals misread with H, l, 1 or | ("HI." -> "III.")."""
    match = _ROMAN_TOKEN.match(token)
    if not match or not (heading or after_quarter):
        return token
    read = match.group(1)
    if read.isdigit() and after_quarter and int(read) > 4:
        read = read.replace("1", "I")  # "quý 11/2026": there are four quarters
    elif read.isdigit() or not (any(ch in "IVXH" for ch in read) or read in ("L", "l")):
        return token  # "1." is a number heading, not a misread "I."; "quý 1/2026" is right
    numeral = read.replace("H", "II").translate(str.maketrans("Ll1|", "IIII"))
    if numeral not in _ROMAN or (numeral == match.group(1) and not match.group(3)):
        return token
    if heading and match.group(2) != ".":
        return token
    if match.group(3):
        return f"{numeral}. {match.group(3)}"  # "IL.MỤC": the space went with the misread
    return numeral + (match.group(2) or "")


def fix_number(token: str) -> str:
    """Letters read for digits at the start of a number ("2l5/TB-VP", "1O/9/2025")."""
    match = _NUMBER.match(token)
    if not match or sum(ch.isdigit() for ch in match.group(2)) < 1:
        return token
    digits = match.group(2).translate(str.maketrans("OolI|", "00111"))
    return match.group(1) + digits + token[match.end():]


def structural(text: str, lead: str, core: str, trail: str, before: str | None,
                after: str | None, *, first: bool) -> str:
    """Numerals of headings and quarters, the words of dates and recurrences."""
    roman = fix_roman(text, heading=first, after_quarter=(before or "").lower() == "quý")
    if roman != text:
        return roman
    if after and after[:1].isdigit() and core.isalpha():
        date_word = _DATE_WORDS.get(split_tone(core.lower())[0])
        if date_word and core.lower() != date_word:  # "nắm 2025", "thẳng 8": dates matter
            return lead + same_case(date_word, core) + trail
    if after and core.isalpha() and after.lower() in _PERIODS:
        base = split_tone(core.lower())[0]
        if base in ("hăng", "hang") and core.lower() not in ("hằng", "hàng"):
            return lead + same_case("hằng" if base == "hăng" else "hàng", core) + trail
    return text


def correct_line_breaks(pages: list[list[Segment]]) -> None:
    """The same numeral and date rules across a line break ("trong quý" | "11/2026."): each
    page's pieces top to bottom, the last word of one against the first of the next."""
    for segments in pages:
        ordered = sorted(segments, key=lambda seg: (-round(seg.top), seg.x0))
        for above, below in pairwise(ordered):
            tail, head = above.text.split(), below.text.split()
            if not tail or not head:
                continue
            last = EDGES.match(tail[-1]).groups()
            first = EDGES.match(head[0]).groups()
            after_head = core_of(head[1]) if len(head) > 1 else None
            before_tail = core_of(tail[-2]) if len(tail) > 1 else None
            new_head = structural(head[0], *first, last[1], after_head, first=False)
            new_tail = structural(tail[-1], *last, before_tail, first[1], first=False)
            if new_head != head[0]:
                below.text = " ".join([new_head, *head[1:]])
            if new_tail != tail[-1]:
                above.text = " ".join([*tail[:-1], new_tail])


# --- across pages --------------------------------------------------------------------------------
_HEADING = regex.compile(r"^(I{1,3}|IV|VI{0,3}|IX|X)(\.?)\s+(?=\p{Lu}{2})")
_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
           "X": 10}
_NUMERALS = {v: k for k, v in _VALUES.items()}


def fix_heading_sequence(pages: list[list[Segment]]) -> None:
    """Roman section headings count I, II, III...: a heading that repeats the one before while
    the next goes on from the one it should be lost a stroke ("I." for "II."). Numbered items
    count likewise, which puts right a period read as a comma ("1, Sở Y tế:")."""
    headings = []
    for segments in pages:
        for seg in sorted(segments, key=lambda s: -s.top):
            match = _HEADING.match(seg.text)
            if match:
                if not match.group(2):  # "II TÌNH HÌNH": the period went unread
                    seg.text = f"{match.group(1)}. {seg.text[match.end():]}"
                headings.append((seg, _VALUES[match.group(1)], match.group(1)))
    for i in range(1, len(headings)):
        seg, value, numeral = headings[i]
        previous = headings[i - 1][1]
        following = headings[i + 1][1] if i + 1 < len(headings) else None
        if value == previous and following in (None, previous + 2) and previous + 1 in _NUMERALS:
            right = _NUMERALS[previous + 1]
            seg.text = right + seg.text[len(numeral):]
            headings[i] = (seg, previous + 1, right)
    _fix_item_commas([seg for segments in pages for seg in sorted(segments, key=lambda s: -s.top)])


_ITEM = regex.compile(r"^(\d{1,2})([.,])\s+(?=\p{Lu})")


def _fix_item_commas(segments: list[Segment]) -> None:
    """"1, Sở Nông nghiệp và Môi trường:": a numbered item whose period was read as a comma,
    put right when the items around it count on from it ("1." ... "2." or "3." before it).
    (A comma alone is no proof: a line may go on "2, Điều 5" from "khoản 1,".)"""
    items = [(seg, int(m.group(1)), m.group(2)) for seg in segments
             if (m := _ITEM.match(seg.text))]
    for i, (seg, value, mark) in enumerate(items):
        if mark != ",":
            continue
        before = next((v for _, v, k in reversed(items[:i]) if k == "."), None)
        after = next((v for _, v, k in items[i + 1:] if k == "."), None)
        if before == value - 1 or after == value + 1:
            at = seg.text.index(",")
            seg.text = seg.text[:at] + "." + seg.text[at + 1:]
