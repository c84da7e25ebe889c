"""The bottom of a document: closing formula, "Nơi nhận" list, and the signature block.

The recipients column and the signature column sit side by side; depending on the source
they come out one after the other (PDF, DOCX) or interleaved (text copied from portals, where
"KT. CHỦ TỊCH" may even precede the list). So lines are classified by what they are (a bullet
item, an authority mark, a position in capitals, "(Đã ký)", a personal name), not by order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from giaoviec.normalize import fold, fold_document
from giaoviec.pipeline import header_patterns as hp
from giaoviec.pipeline.header import Found, split_items
from giaoviec.pipeline.lines import Line
from giaoviec.resources import load_list
from giaoviec.rx import regex

# a name's word: "Hồng"; "Y" and "H' Yim", "K' Điểu", "Kđoh" in names of the Central
# Highlands peoples ("Y Khuê Niê", "K' Điểu Thị Hồng")
_NAME_WORD = r"[\p{Lu}](?:['’]\s?[\p{Lu}])?[\p{Ll}\p{M}]*"
# (a long syllable, or two words in lower case after their capital: "Vừ A Sử")
PERSON_NAME = regex.compile(rf"(?=.*[\p{{Lu}}][\p{{Ll}}\p{{M}}]{{2}}"
                            rf"|(?:.*[\p{{Lu}}][\p{{Ll}}]){{2}}){_NAME_WORD}"
                            rf"(?:\s+{_NAME_WORD}){{1,5}}"
                            # ("K' Brơi": a Central Highlands name may be one word)
                            rf"|[\p{{Lu}}]['’]\s?[\p{{Lu}}][\p{{Ll}}\p{{M}}]{{2,}}")
# a rank or degree written before the name, which is not part of it ("Thượng tướng Đặng Quốc
# Huy", "PGS.TS. Nguyễn Văn A"): the signer is the name alone
NAME_PREFIX = regex.compile(r"(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)"
                            r"|(?:Chuẩn|Phó)\s+Đô\s+đốc|Đô\s+đốc"
                            r"|(?:(?:GS|PGS|TS|TSKH|ThS|BS|BSCKII|BSCKI|KTS|LS|NGƯT|NGND)\.?\s*)+"
                            r")\s+(?=\p{Lu})")
# (also with the signing mark between them: "PHÓ CHỦ TỊCH(Đã ký)Nguyễn Lê Huy")
GLUED_NAME = regex.compile(r"(?P<upper>[\p{Lu}\s,.]+[\p{Lu}])\s*"
                           r"(?:\((?i:đã\s*)?(?i:ký)[^()]{0,20}\)\s*)?(?P<name>[\p{Lu}][\p{Ll}]+"
                           r"(?:\s+[\p{Lu}][\p{Ll}\p{M}]*){1,5})")
SPECK = regex.compile(r"[-–•.,'`*]\s*")  # a speck OCR reads before the signer's name
# the seal OCR reads over the signature: "PHÓ CHỦ TỊCH /ỦY BAN\\ . ':NHÂN DÂN: TỈNH ~", "[ đóng
# dấu ] ;/ỦY BAN NHÂN DÂN\\ ,', *TỈNH THÁI NGUYÊN/ .-". No position or name holds these marks
STAMP_MARK = regex.compile(r"[\\/;~*¥]|'|\.(?=\p{L})|\((?!\p{L})")
STAMP_MARKS = 3  # how many make a line the seal's
# where the seal's body begins when OCR read it in the position's words ("PHÓ GIÁM ĐỐC Sở NÔNG
# ;NGHIỆP\\ ..."): a position goes on with none of these
SEAL_BODY = regex.compile(r"(?:^|\s)(?:ỦY|UỶ|UY|SỞ|Sở|BỘ|TỈNH|ĐẢNG|UBND|HỘI)(?:\s|$)")
# (not "Lưu" alone: a surname, "Lưu Văn Tường"; the archive line is "Lưu Văn Thư" spelled out)
NOT_NAMES = ("Nơi", "Lưu Văn Thư", "Lưu Hồ Sơ", "Như", "Kính", "Chữ", "Đã", "Thừa", "Trang",
             "Cơ", "Số", "Ngày")
# ("thông báo cho phụ huynh học sinh trước ngày tiêm": work, not the formula; the formula
# tells its readers to know: "thông báo cho các cơ quan, đơn vị biết")
CLOSING = regex.compile(r"(?:thông\s*báo\s*(?:để|cho\s[^.;]{0,80}?biết)"
                        r"|(?:để|đề\s*nghị)\s.{0,80}(?:biết|thực\s*hiện)"
                        r"\s*[./]*\s*$|trân\s*trọng|xin\s*thông\s*báo)")


# the positions a signer holds, opening the line above the name ("PHÓ CHỦ TỊCH", "GIÁM ĐỐC")
SIGNER_POSITION = regex.compile(
    r"\s*(?:phó\s*)?(?:chủ\s*tịch|(?:tổng\s*)?giám\s*đốc|chánh\s*(?:văn\s*phòng|thanh\s*tra)"
    r"|(?:bộ|thứ|cục|vụ|viện|hiệu|tổng\s*cục)\s*trưởng|trưởng\s*(?:ban|phòng)|bí\s*thư"
    r"|chủ\s*nhiệm|thủ\s*trưởng|chỉ\s*huy\s*trưởng|tư\s*lệnh)(?!\p{L})")
# where a recipients line may end and the signature column glued to it begin: after "Nơi
# nhận:", after an item's ";" or "." ("- Như trên; PHÓ CHỦ TỊCH", "- Lưu: VT, KTN. Trần Thị
# Mỹ Hạnh"), in text whose two columns were flattened without a cell mark
# (a portal copy may drop even the space: "Nơi nhận:TM. BAN ĐẠI DIỆN")
GLUED_COLUMN = regex.compile(r"(?:nơi\s*nh[ậâ]n\s*:\s*|[;.]\s+)(?=\S)")


@dataclass
class Closing:
    recipients: list[Found] = field(default_factory=list)
    signer_name: Found | None = None
    signer_position: Found | None = None
    authority: list[Found] = field(default_factory=list)
    closing_lines: set[int] = field(default_factory=set)
    recipient_lines: set[int] = field(default_factory=set)
    signature_lines: set[int] = field(default_factory=set)
    end: int = 0  # index of the first line after the signature block (appendix or noise)
    # line index -> the span of the signature text glued after its recipients (no cell mark)
    glued: dict[int, tuple[int, int]] = field(default_factory=dict)


def parse_closing(text: str, lines: list[Line], body_start: int) -> Closing:
    folded = fold_document(text)  # folded once for all the stages
    closing = Closing(end=len(lines))
    anchor = _recipients_anchor(folded, lines, body_start)
    tail_start = anchor if anchor is not None else max(body_start, len(lines) - 14)
    for line in lines[body_start:tail_start + 1][::-1][:4]:
        if CLOSING.search(folded, line.start, line.end) and line.index < tail_start + (
                anchor is None):
            closing.closing_lines.add(line.index)
            break
    if anchor is not None:
        closing.glued = _glued_signature(text, folded, lines, anchor)
        _recipients(text, folded, lines, anchor, closing)
    _signature(text, folded, lines, tail_start, closing)
    return closing


def _recipients_anchor(folded: str, lines: list[Line], body_start: int) -> int | None:
    for line in reversed(lines[body_start:]):
        if hp.RECIPIENTS.match(folded, line.start, line.end):
            return line.index
    return None


def _glued_signature(text: str, folded: str, lines: list[Line], anchor: int
                     ) -> dict[int, tuple[int, int]]:
    """The signature column's text glued after the recipients on their lines, when the two
    columns were flattened without a cell mark ("Nơi nhận: CHỦ TỊCH", "- Như trên; PHÓ CHỦ
    TỊCH", "- Báo và PT-TH Tây Ninh; Trương Minh Đạt"): by line index, the span of the
    authority mark, position, signing mark or name that ends it."""
    glued: dict[int, tuple[int, int]] = {}
    for line in lines[anchor:anchor + 30]:
        if line.cells or line.col == 1 or not (
                line.index == anchor or hp.LIST_BULLET.match(text, line.start, line.end)):
            continue  # only "Nơi nhận:" and its items carry a glued column
        for m in GLUED_COLUMN.finditer(folded, line.start, line.end):
            cut = m.end()  # the first cut that leaves a signature, the longest one
            segment = text[cut:line.end].rstrip()
            low = folded[cut:cut + len(segment)]
            if hp.AUTHORITY.match(low) or hp.SIGNED.fullmatch(low) or (
                    hp.is_upper_text(segment) and SIGNER_POSITION.match(low)) or (
                    line.index > anchor and _person_name(segment)):
                glued[line.index] = (cut, cut + len(segment))
                break
    return glued


def _recipients(text: str, folded: str, lines: list[Line], anchor: int, closing: Closing) -> None:
    first = lines[anchor]
    closing.recipient_lines.add(anchor)
    m = hp.RECIPIENTS.match(folded, first.start, first.end)
    end = next((e for s, e in first.cells or [] if s <= m.start() < e), first.end)
    end = closing.glued.get(anchor, (end,))[0]
    items: list[Found] = []
    if m.end() < end and text[m.end():end].strip():  # "Nơi nhận: | KT. BỘ TRƯỞNG |": one cell
        items.extend(split_items(text, m.end(), end))
    lone_bullet = False
    for line in lines[anchor + 1:]:
        if line.col == 1:
            continue  # the signature column beside the list
        if text[line.start:line.end].strip() in ("-", "+", "•"):
            lone_bullet = True  # "-" alone, its item on the next line (portal text)
            closing.recipient_lines.add(line.index)
            continue
        bullet = hp.LIST_BULLET.match(text, line.start, line.end)
        if bullet and items and hp.ARCHIVE.match(fold(items[-1].value)) and _person_name(
                text[bullet.end():line.end].strip()):
            break  # "- Lê Thị Hồng Vân" after "Lưu: VT": the signer, a speck read as a dash
        if bullet or lone_bullet:
            # "- UBND tỉnh (b/c); | PHÓ GIÁM ĐỐC": the signature block beside the list
            items.extend(split_items(text, line.start, line.cells[0][1] if line.cells else (
                closing.glued.get(line.index, (line.end,))[0])))
            closing.recipient_lines.add(line.index)
            lone_bullet = False
        elif _is_signature_line(text, folded, line):
            continue
        elif items and not items[-1].value.endswith((";", ".")) and len(line.text) < 200 and (
                text[items[-1].span[1]:items[-1].span[1] + 1] != ";") and not (
                hp.ARCHIVE.match(fold(items[-1].value))) and line.kind != "row":
            # an item broken over two lines; never after the archive line, which ends the
            # list ("Lưu: VT, TH."), nor into a table (an appendix after the signature)
            last = items[-1]
            items[-1] = Found(f"{last.value} {line.text.strip().rstrip(';.')}",
                              (last.span[0], line.end))
            closing.recipient_lines.add(line.index)
        else:
            break
    closing.recipients = [it for it in items if not (
        hp.ARCHIVE.match(fold(it.value)) or hp.AS_ABOVE.match(fold(it.value)))]


def _cells(lines: list[Line], glued: dict[int, tuple[int, int]] | None = None):
    """Each line, or each cell of a row ("Nơi nhận: | KT. BỘ TRƯỞNG, CHỦ NHIỆM"); a line
    with a signature glued after its recipients gives that signature alone."""
    for line in lines:
        if glued and line.index in glued:
            yield line, glued[line.index]
            continue
        for span in line.cells or [(line.start, line.end)]:
            yield line, span


def _continues_authority(authority: Found, segment: str, low: str) -> bool:
    """An authority mark broken inside a name: its last word and the next line's first word
    make one of the issuing-body heads ("ủy" + "ban"), and the next line is in capitals like
    the mark (``segment`` as written, ``low`` folded)."""
    last_word = fold(authority.value).split()[-1] if authority.value.split() else ""
    first_word = low.split()[0] if low.split() else ""
    return f"{last_word} {first_word}" in hp.ISSUER_HEADS and hp.is_upper_text(segment)


def _is_signature_line(text: str, folded: str, line: Line) -> bool:
    segment = text[line.start:line.end].strip(" |\t")
    low = folded[line.start:line.end].strip(" |\t")
    return bool(hp.AUTHORITY.match(low) or hp.SIGNED.fullmatch(low) or (
        hp.is_upper_text(segment) and len(segment) < 80) or _person_name(segment) or
        GLUED_NAME.fullmatch(segment))


def _person_name(segment: str) -> bool:
    segment = segment[_title_length(segment):]
    return bool(PERSON_NAME.fullmatch(segment)) and not segment.startswith(NOT_NAMES)


def _name_in_capitals(segment: str) -> bool:
    """"NGUYỄN VĂN AN": a name of two to five words written in capitals, told from a
    position in capitals ("PHÓ CHỦ TỊCH") by its first word, a family name."""
    words = segment.split()
    return 2 <= len(words) <= 5 and segment.isupper() and all(w.isalpha() for w in words) and (
        words[0].capitalize() in _surnames())


@cache
def _surnames() -> frozenset[str]:
    return frozenset(load_list("surnames.txt"))


def _before_seal(segment: str) -> str:
    """The words of a line before the seal OCR read into it: "PHÓ CHỦ TỊCH" of "PHÓ CHỦ TỊCH
    /ỦY BAN\\ ...", "PHÓ CHÁNH VĂN PHÒNG" of "PHÓ CHÁNH VĂN PHÒNG BỘ XÂY DỰNG ,:'\\ * /. ;";
    "" when the seal fills it."""
    mark = STAMP_MARK.search(segment)
    words = segment[:mark.start()] if mark else segment
    body = SEAL_BODY.search(words)
    if body is not None:
        words = words[:body.start()]
    return words.rstrip(" ,.:-([")


def _title_length(segment: str) -> int:
    """How many characters of a rank or degree open the signer's line (0: none)."""
    m = NAME_PREFIX.match(segment)
    return m.end() if m else 0


def _signature(text: str, folded: str, lines: list[Line], tail_start: int,
               closing: Closing) -> None:
    """Authority marks, the position above the name, the name."""
    position: Found | None = None
    # the last signature line gave the position (on line position_line): the next may go on;
    # a cell beside it on the same line is another signature's ("THƯ KÝ | CHỦ TRÌ")
    position_open, position_line = False, -1
    for line, (cell_start, cell_end) in _cells(lines[tail_start:], closing.glued):
        if line.index in closing.recipient_lines and line.col != 1 and not (
                line.cells and (cell_start, cell_end) != line.cells[0]) and (
                line.index not in closing.glued):
            continue
        segment = text[cell_start:cell_end].strip(" |\t")
        low = folded[cell_start:cell_end].strip(" |\t")
        if (position or closing.authority) and (speck := SPECK.match(segment)) and (
                _person_name(segment[speck.end():])):
            cell_start += text[cell_start:cell_end].find(segment) + speck.end()
            segment, low = segment[speck.end():], low[speck.end():]  # "- Lê Thị Hồng Vân"
        start = cell_start + (len(text[cell_start:cell_end]) - len(
            text[cell_start:cell_end].lstrip(" |\t")))
        if hp.RECIPIENTS.match(low):
            continue
        if len(STAMP_MARK.findall(segment)) >= STAMP_MARKS:
            segment = _before_seal(segment)  # the position the seal was read into, or ""
            low = low[:len(segment)]
            if not segment:
                continue
        if hp.AUTHORITY.match(low):
            closing.authority.append(Found(segment, (start, start + len(segment))))
        elif closing.authority and _continues_authority(closing.authority[-1], segment, low):
            last = closing.authority[-1]  # "TL. CHỦ TỊCH ỦY" / "BAN NHÂN DÂN TỈNH"
            closing.authority[-1] = Found(f"{last.value} {segment}", (last.span[0],
                                                                      start + len(segment)))
        elif hp.SIGNED.fullmatch(low):
            pass
        elif (position or closing.authority) and _person_name(
                segment[(cut := _title_length(segment)):]):
            closing.signer_name = Found(segment[cut:], (start + cut, start + len(segment)))
        elif (position or closing.authority) and _name_in_capitals(segment):
            closing.signer_name = Found(segment, (start, start + len(segment)))
        elif (glued := GLUED_NAME.fullmatch(segment)) and not closing.signer_name:
            upper = glued.group("upper").strip()
            position = Found(upper, (start + glued.start("upper"), start + glued.start(
                "upper") + len(upper)))
            closing.signer_name = Found(glued.group("name"), (start + glued.start("name"),
                                                              start + glued.end("name")))
        elif hp.is_upper_text(segment) and len(segment) < 90 and not closing.signer_name:
            if position is not None and position_open and line.index != position_line:
                # "PHÓ TRƯỞNG BAN THƯỜNG" / "TRỰC": a long position wrapped in its column (a
                # reader may put lines of the recipients' column between the two)
                position = Found(f"{position.value} {segment}",
                                 (position.span[0], start + len(segment)))
            else:
                position = Found(segment, (start, start + len(segment)))
            position_open, position_line = True, line.index
            closing.signature_lines.add(line.index)
            continue
        else:
            if closing.signer_name or closing.authority:
                closing.end = line.index  # what follows is an appendix or site noise
                break
            # ordinary text: whatever looked like a signature above it was not one
            position = None
            closing.authority.clear()
            closing.signature_lines.clear()
            continue
        position_open = False
        closing.signature_lines.add(line.index)
        if closing.signer_name and not (line.cells and (cell_start, cell_end) != line.cells[-1]):
            # (two signatures side by side, "THƯ KÝ | CHỦ TRÌ" in minutes: the right-hand one
            # signs for the document, so a name in a left-hand cell lets the next one speak)
            closing.end = line.index + 1
            break
    closing.signer_position = position
