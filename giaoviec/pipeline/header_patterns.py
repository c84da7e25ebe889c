"""Patterns of the Decree 30/2020 header and the party (Hướng dẫn 36) header.

Matched on the folded text (:func:`giaoviec.normalize.fold`: lower case, one tone placement),
which has the same length as the original, so every match is a span of the original.
Tolerant of what portals and PDF extraction do: missing spaces ("Kínhgửi"), merged columns
("Số: 454/UBND-NCTH Vị Thanh, ngày ..."), separators ("-------", "*").
"""

from __future__ import annotations

from giaoviec.normalize import fold, without_marks
from giaoviec.resources import load_list, load_table
from giaoviec.rx import regex

S = r"\s*"  # words may run together in text copied from portals

MOTTO_STATE = regex.compile(
    r"c[ộo]ng" + S + r"h[òo]a" + S + r"x[ãa]" + S + r"h[ộo]i" + S + r"ch[ủu]" + S
    + r"ngh[ĩi]a" + S + r"vi[ệe]t" + S + r"nam")
MOTTO_PARTY = regex.compile(r"đảng" + S + r"cộng" + S + r"sản" + S + r"việt" + S + r"nam")
MOTTO_LINE2 = regex.compile(r"độc" + S + r"lập" + S + r"[-–—]+" + S + r"tự" + S + r"do" + S
                            + r"[-–—]+" + S + r"hạnh" + S + r"phúc")
SEPARATOR = regex.compile(r"[\s\-–—_*=.~…|]+$")

DATE_WORDS = regex.compile(
    r"ngày" + S + r"(?P<d>\d{1,2})" + S + r"tháng" + S + r"(?P<m>\d{1,2})" + S + r"năm" + S
    + r"(?P<y>\d{4})")
DATE_NUMERIC = regex.compile(r"ngày" + S + r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})")
PLACE_WORD = regex.compile(
    r"(?:TP\.|Tp\.|T\.P|[\p{Lu}][\p{Ll}\p{M}]*(?:-[\p{Lu}][\p{Ll}\p{M}]*)*|phố|xã|thị|trấn)")

NUMBER = regex.compile(
    r"\s*số\b" + S + r":?" + S
    # (OCR may read a digit as a letter: "6l42/UBND-NC", kept as written)
    + r"(?P<num>\d[\dlIO]{0,5}[\p{L}]?(?:\s?[/-]\s?[\p{L}\p{N}&.]+)+|[.…_ ]*/[\p{L}\p{N}&/.-]+)")
NUMBER_INSIDE = regex.compile(  # "Số:" glued to junk before it ("connector 2Số: 1551 /UBND-VX")
    r"số" + S + r":" + S + r"(?P<num>\d{1,6}[\p{L}]?(?:\s?[/-]\s?[\p{L}\p{N}&.]+)+)")
URGENCY = {"khẩn": "khan", "thượng khẩn": "thuong_khan", "hỏa tốc": "hoa_toc",
           "hỏa tốc hẹn giờ": "hoa_toc"}
# the urgency stamp as OCR may read it, marks lost ("KHAN"); capitals only, since "khan" is
# also a word
URGENCY_STAMPS = {"KHẨN": "khan", "KHAN": "khan", "THƯỢNG KHẨN": "thuong_khan",
                  "THUONG KHAN": "thuong_khan", "HỎA TỐC": "hoa_toc", "HOẢ TỐC": "hoa_toc",
                  "HOA TOC": "hoa_toc"}
TRAILING_STAMP = regex.compile(r"\s+(?P<stamp>" + "|".join(
    sorted((regex.escape(k) for k in URGENCY_STAMPS), key=len, reverse=True)) + r")\s*$")
SUBJECT = regex.compile(r"\s*(?:v/v|về" + S + r"việc)" + S + r":?" + S)
# ("Đồng kính gửi:": the bodies sent a copy to act on too, after the addressees)
ADDRESSEE = regex.compile(r"\s*(?:đồng" + S + r")?kính" + S + r"gửi" + S + r":?" + S
                          + r"|.{0,80}\bđiện\s*:\s*")
RECIPIENTS = regex.compile(r"\s*nơi" + S + r"nh[ậâ]n" + S + r":?" + S)
AUTHORITY = regex.compile(
    r"\s*(?:t\.?m|k\.?t|t\.?l|tuq|q|t/m|k/t|t/l|thừa lệnh|thừa ủy quyền)\.?\s+\p{L}")
SIGNED = regex.compile(
    r"\s*[\[(]?\s*(?:đã\s*ký|ký|chữ\s*ký|ký\s*tên|ký,?\s*đóng\s*dấu|đã\s*ký\s*và\s*đóng"
    r"\s*dấu|ký,?\s*ghi\s*rõ\s*họ\s*tên|đóng\s*dấu|signed|\(?\s*chữ\s*ký\s*số\s*\)?)"
    r"[^\p{L}]*(?:[\p{L} ,]{0,30})[\])]?\s*$")
ARCHIVE = regex.compile(r"\s*lưu" + S + r"[:.]?")
AS_ABOVE = regex.compile(r"\s*như" + S + r"(?:trên\b|t(?:rê?)?\s*$|điều\s*\d|khoản|thành\s*"
                         r"phần|kính\s*gửi|mục)")
LIST_BULLET = regex.compile(r"\s*[-+•▪➢*–—]\s*")


def _type_names() -> list[tuple[str, str, str]]:
    rows = [(fold(name), code, doc_type) for name, code, doc_type in load_table("doc_types.tsv")]
    return sorted(rows, key=lambda r: -len(r[0]))


TYPE_NAMES = _type_names()
# the long type names without marks, for lines OCR read with marks lost (see type_of_line)
_BARE_TYPE_NAMES = tuple((bare, name, doc_type) for name, _, doc_type in TYPE_NAMES
                         if len(bare := without_marks(name.replace(" ", ""))) >= 8)
TYPE_CODES = {code.lower(): doc_type for _, code, doc_type in TYPE_NAMES}
ISSUER_HEADS = tuple(sorted((fold(h) for h in load_list("issuer_heads.txt")), key=len,
                            reverse=True))
# words that open the issuing authority line of a Quyết định / Nghị quyết ("CHỦ TỊCH ỦY BAN ...")
AUTHORITY_OPENERS = ("chủ tịch", "bộ trưởng", "thủ tướng", "giám đốc", "ủy ban", "hội đồng",
                     "ban thường vụ", "ban chấp hành", "chánh văn phòng", "tổng cục trưởng",
                     "cục trưởng", "trưởng ban")
BODY_OPENERS = regex.compile(
    r"\s*(?:căn" + S + r"cứ|thực" + S + r"hiện|ngày\s*\d|(?:sáng|chiều|tối|trưa)\s*ngày|"
    # (whole words: "Quan trắc ..." opens a title, "Qua kiểm tra, ..." a paragraph)
    # ("Theo dõi, đôn đốc ..." opens a title: "theo" there is half a verb)
    r"trong\s*(?:những|thời)|(?:theo(?!\s*dõi)|để|nhằm|qua|vừa|sau|tại)(?!\p{L})|thời\s*gian"
    r"|kính\s*gửi|"
    r"điều\s*\d|i\.\s|1\.\s)")


# body openers that also open titles ("KẾ HOẠCH / Thực hiện Chỉ thị số 45-CT/TW ...")
TITLE_OPENERS = regex.compile(r"\s*(?:thực" + S + r"hiện|triển" + S + r"khai)(?!\p{L})")


def type_of_line(folded: str) -> tuple[str, str] | None:
    """(doc_type, type name) when the line is a document type name ("THÔNG BÁO"); a long
    name also when read with its marks lost and one letter wrong ("THOÔNG BẢO", OCR)."""
    compact = regex.sub(r"[\s.:]+", "", folded)
    for name, _, doc_type in TYPE_NAMES:
        if compact == name.replace(" ", ""):
            return doc_type, name
    if not 8 <= len(compact) <= 16:
        return None
    stripped = without_marks(compact)
    for target, name, doc_type in _BARE_TYPE_NAMES:
        if _within_one_edit(stripped, target):
            return doc_type, name
    return None


def _within_one_edit(a: str, b: str) -> bool:
    """Equal but for one letter replaced, added or dropped."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:k] + long[k + 1:] == short for k in range(len(long)))


def type_from_number(number: str) -> str | None:
    """doc_type from the code in a number: "12/TB-UBND" is a Thông báo, "12/UBND-KT" a Công
    văn (no type code), "45-TB/TU" a party Thông báo."""
    parts = regex.split(r"[/-]", number.strip())
    codes = [p.strip().lower() for p in parts[1:] if p.strip()]
    if not codes:
        return None
    if codes[0] in TYPE_CODES:  # the type code comes first; a Công văn starts with its issuer
        return TYPE_CODES[codes[0]]
    if regex.fullmatch(r"\d{4}", codes[0]) and len(codes) > 1 and codes[1] in TYPE_CODES:
        return TYPE_CODES[codes[1]]  # "30/2020/NĐ-CP"
    return "cong_van"


def is_upper_text(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper >= 0.8 * len(letters)
