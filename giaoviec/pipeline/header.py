"""The top of a document: issuer, number, place and date, urgency, type, title, addressees.

Works on lines and their cells, and classifies *parts* of lines by pattern rather than by
position, so it survives every layout we meet: cells side by side (DOCX, corpus text), columns
one after the other (PDF zones), both columns merged on one line (other PDF extractors), and
portal text with site noise before the header. A field that is not there stays ``None``.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date

from giaoviec.normalize import fold, fold_document, read_digits
from giaoviec.pipeline import header_patterns as hp
from giaoviec.pipeline.lines import Line
from giaoviec.pipeline.names import display_name
from giaoviec.resources import load_list
from giaoviec.rx import regex

Span = tuple[int, int]


@dataclass(slots=True)
class Found:
    value: str
    span: Span | None = None


@dataclass(slots=True)
class Part:
    """A piece of a header line with a class: motto, date, number, upper (issuer), ..."""

    line: int
    start: int
    end: int
    col: int | None
    kind: str = "text"
    whole: tuple[int, int] | None = None  # the span of the pattern a "_piece" belongs to


@dataclass
class Header:
    family: str | None = None
    doc_type: Found | None = None
    type_name: Found | None = None
    number: Found | None = None
    issuer: Found | None = None
    parent_issuer: Found | None = None
    place: Found | None = None
    issued_date: Found | None = None
    title: Found | None = None
    urgency: Found | None = None
    addressees: list[Found] = field(default_factory=list)
    header_lines: set[int] = field(default_factory=set)
    title_lines: set[int] = field(default_factory=set)
    addressee_lines: set[int] = field(default_factory=set)
    noise_lines: set[int] = field(default_factory=set)
    body_start: int = 0

    @property
    def issued(self) -> date | None:
        return date.fromisoformat(self.issued_date.value) if self.issued_date else None


def parse_header(text: str, lines: list[Line]) -> Header:
    # folded once for all the stages; here numbers OCR misread are read as digits too
    # ("ngày l1 tháng 6 năm 2026")
    folded = read_digits(fold_document(text))
    header = Header()
    motto, family = _find_motto(folded, lines)
    window = _header_window(text, folded, lines, motto)
    forced = _cross_line_spans(text, folded, lines, window)
    parts = [p for i in window for p in _split_parts(text, folded, lines[i], forced)]
    header.family = family
    _number_date_urgency(text, folded, parts, header)
    _issuer(text, folded, parts, header)
    core = [p.line for p in parts if p.kind not in ("text", "upper")]
    last_core = max(core) if core else -1
    header.header_lines = set(core)
    if core:
        header.noise_lines = {i for i in range(min(core)) if i not in core and not any(
            p.line == i and p.kind == "text" and p.col is not None for p in parts)}
    after = _title(text, folded, lines, last_core, header)
    after = _addressees(text, folded, lines, after, header)
    header.body_start = after
    if header.doc_type is None and header.title_lines and any(
            p.kind == "subject" for p in parts):
        # "V/v ..." and no type name: a Công văn, whatever its number's codes look like
        # ("Số: 3650/CT-HKDCN" is the Cục Thuế's letter, not a Chỉ thị)
        header.doc_type = Found("cong_van", None)
    if header.doc_type is None and header.number is not None:
        doc_type = hp.type_from_number(header.number.value)
        if doc_type:
            header.doc_type = Found(doc_type, header.number.span)
    return header


# --- where the header is ------------------------------------------------------------------------
def _find_motto(folded: str, lines: list[Line]) -> tuple[int | None, str | None]:
    """The line where the Quốc hiệu (or the party's name) starts, even when portal text broke
    it over two lines ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM"); and the family it tells."""
    if not lines:
        return None, None
    limit = lines[min(len(lines), 80) - 1].end
    found = []
    for pattern, family in ((hp.MOTTO_STATE, "state"), (hp.MOTTO_PARTY, "party")):
        m = pattern.search(folded, 0, limit)
        if m:
            found.append((m.start(), family))
    if not found:
        return None, None
    start, family = min(found)
    for line in lines:
        if line.start <= start < line.end or line.start > start:
            return line.index, family
    return None, None


def _cross_line_spans(text: str, folded: str, lines: list[Line], window: range
                      ) -> list[tuple[int, int, str]]:
    """Quốc hiệu, tiêu ngữ and "Place, ngày ..." broken over several lines by a portal: their
    spans, so that each piece is classified as what the whole is."""
    if not window:
        return []
    lo, hi = lines[window.start].start, lines[window.stop - 1].end
    spans = []
    for pattern, kind in ((hp.MOTTO_STATE, "motto"), (hp.MOTTO_PARTY, "motto"),
                          (hp.MOTTO_LINE2, "motto2"), (hp.DATE_WORDS, "date")):
        for m in pattern.finditer(folded, lo, hi):
            if "\n" not in text[m.start():m.end()] and kind != "date":
                continue
            start = _place_start(text, lo, m.start(), across_lines=True) if kind == "date" else (
                m.start())
            if "\n" in text[start:m.end()]:
                spans.append((start, m.end(), kind))
    return spans


def _header_window(text: str, folded: str, lines: list[Line], motto: int | None) -> range:
    """Lines that can hold header parts: around the Quốc hiệu, up to the type name, the
    addressees or the first body paragraph; at the top of the document when there is none."""
    anchor = motto if motto is not None else 0
    end = anchor
    while end < len(lines) and end < anchor + 14 and not _ends_header(text, folded, lines[end]):
        end += 1
    if motto is None:
        return range(0, min(end, 8))
    start = motto
    while start > 0 and start > motto - 12 and len(lines[start - 1].text) <= 160 and not (
            hp.BODY_OPENERS.match(folded, lines[start - 1].start, lines[start - 1].end)):
        start -= 1
    return range(start, max(end, motto + 1))


# a table row with this many filled cells is the body's (a schedule, a task table): the header's
# rows hold two columns, three with a spacer
TABLE_CELLS = 4


def _ends_header(text: str, folded: str, line: Line) -> bool:
    if line.cells and sum(1 for s, e in line.cells if text[s:e].strip()) >= TABLE_CELLS:
        return True  # (without a type name, the header ran into a week's schedule)
    low = folded[line.start:line.end]
    if hp.DATE_WORDS.match(low) and len(low) < 45:
        return False  # "Quảng Nam," / "ngày 08 tháng 12 năm 2016": the date line, broken
    if hp.type_of_line(low) or hp.ADDRESSEE.match(low) or hp.BODY_OPENERS.match(low):
        return not (line.cells or hp.MOTTO_STATE.search(low) or hp.NUMBER.match(low))
    return len(line.text) > 220 and line.cells is None


def _split_parts(text: str, folded: str, line: Line, forced=()) -> list[Part]:
    spans = line.cells or [(line.start, line.end)]
    parts: list[Part] = []
    for col, (s, e) in enumerate(spans):
        column = line.col if line.cells is None else col
        for fs, fe, kind in forced:
            if fs < e and s < fe:  # part of a pattern that runs over several lines
                a, b = max(s, fs), min(e, fe)
                parts.extend(_carve(text, folded, line.index, s, a, column))
                parts.append(Part(line.index, a, b, column, kind + "_piece", (fs, fe)))
                parts.extend(_carve(text, folded, line.index, b, e, column))
                break
        else:
            parts.extend(_carve(text, folded, line.index, s, e, column))
    return parts


def _carve(text: str, folded: str, line: int, start: int, end: int, col) -> list[Part]:
    """Cut the known right-column pieces (motto, date) out of a span; classify the rest."""
    out: list[Part] = []
    for pattern, kind in ((hp.MOTTO_STATE, "motto"), (hp.MOTTO_PARTY, "motto"),
                          (hp.MOTTO_LINE2, "motto2"), (hp.DATE_WORDS, "date"),
                          (hp.DATE_NUMERIC, "date")):
        m = pattern.search(folded, start, end)
        if m:
            left_end = m.start()
            if kind == "date":
                left_end = _place_start(text, start, m.start())
            out.extend(_carve(text, folded, line, start, left_end, col))
            out.append(Part(line, left_end, m.end(), col, kind))
            out.extend(_carve(text, folded, line, m.end(), end, col))
            return out
    s, e = _strip(text, start, end)
    list_marker = regex.match(r"\d{1,2}\.\s+(?=\p{Lu})", text[s:e])
    if list_marker:  # "1. UBND TỈNH NINH THUẬN ..." pasted from a numbered preview
        s += list_marker.end()
    if s >= e:
        return out
    segment = folded[s:e]
    kind = "text"
    if hp.SEPARATOR.match(text[s:e]):
        kind = "separator"
    elif hp.NUMBER.match(segment):
        return _number_parts(text, folded, line, s, e, col)
    elif inside := hp.NUMBER_INSIDE.search(folded, s, e):
        return (_carve(text, folded, line, s, inside.start(), col)
                + _number_parts(text, folded, line, inside.start(), e, col))
    elif segment.strip(" .:") in hp.URGENCY or text[s:e].strip(" .:") in hp.URGENCY_STAMPS:
        kind = "urgency"
    elif hp.SUBJECT.match(segment):
        kind = "subject"
    elif hp.is_upper_text(text[s:e]) and not hp.type_of_line(segment):
        kind = "upper"
    return [Part(line, s, e, col, kind)]


def _number_parts(text, folded, line, s, e, col) -> list[Part]:
    m = hp.NUMBER.match(folded, s, e) or hp.NUMBER_INSIDE.match(folded, s, e)
    parts = [Part(line, s, m.end(), col, "number")]
    rest = _strip(text, m.end(), e)
    if rest[0] < rest[1]:
        parts.extend(_carve(text, folded, line, rest[0], rest[1], col))
    return parts


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t|":
        s += 1
    while e > s and text[e - 1] in " \t|":
        e -= 1
    return s, e


# the capitalised word a glued token ends with, after capitals or digits ("TSHà")
GLUED_WORD_END = regex.compile(r"(?<=[\p{Lu}\d])\p{Lu}\p{Ll}+$")


def _place_start(text: str, lo: int, date_start: int, across_lines: bool = False) -> int:
    """Where the place name before ", ngày ..." begins: capitalised words ("Phan Rang-Tháp
    Chàm", "TP. Hồ Chí Minh"). Portal text may break it ("Sơn" / "La, ngày ..."): then an
    earlier line counts only when it holds nothing but place words."""
    start = date_start
    segment_end = date_start
    first_line = True
    while segment_end > lo:
        line_start = max(lo, text.rfind("\n", lo, segment_end) + 1)
        words = list(regex.finditer(r"\S+", text[line_start:segment_end]))
        taken = 0
        candidate = start
        for w in reversed(words):
            token = w.group().rstrip(",")
            if not hp.PLACE_WORD.fullmatch(token) or (token.isupper() and len(token) > 3):
                glued = GLUED_WORD_END.search(token)
                if glued is not None and taken:  # "186/QLCS-TSHà" + "Nội": the number's cell
                    candidate = line_start + w.start() + glued.start()  # ran into the place
                break
            candidate = line_start + w.start()
            taken += 1
        whole_line = taken == len(words) and taken > 0
        if first_line or whole_line:
            start = candidate  # an earlier line counts whole or not at all ("... châu Phi")
        if not across_lines or not (whole_line or (first_line and not words)):
            break
        first_line = False
        segment_end = line_start - 1
    return start


# --- fields -------------------------------------------------------------------------------------
def _number_date_urgency(text: str, folded: str, parts: list[Part], header: Header) -> None:
    dated = [p for p in parts if p.kind in ("date", "date_piece")]
    for p in sorted(dated, key=lambda p: (not _has_place(text, folded, p), p.start)):
        if header.issued_date is None:
            _place_date(text, folded, p, header)
    for p in parts:
        if p.kind == "number" and header.number is None:
            m = hp.NUMBER.match(folded, p.start, p.end) or hp.NUMBER_INSIDE.match(
                folded, p.start, p.end)
            header.number = Found(text[m.start("num"):m.end("num")].strip(),
                                  (m.start("num"), m.end("num")))
        elif p.kind == "urgency" and header.urgency is None:
            code = hp.URGENCY.get(folded[p.start:p.end].strip(" .:")) or hp.URGENCY_STAMPS[
                text[p.start:p.end].strip(" .:")]
            header.urgency = Found(code, (p.start, p.end))


def _has_place(text: str, folded: str, p: Part) -> bool:
    m = hp.DATE_WORDS.search(folded, p.start, p.end) or hp.DATE_NUMERIC.search(
        folded, p.start, p.end)
    return m is not None and m.start() > p.start


def _place_date(text: str, folded: str, p: Part, header: Header) -> None:
    if p.whole is not None:
        p = Part(p.line, p.whole[0], p.whole[1], p.col, "date")
    m = hp.DATE_WORDS.search(folded, p.start, p.end) or hp.DATE_NUMERIC.search(
        folded, p.start, p.end)
    if m is None:  # a piece of a date broken over lines: read the whole
        m = hp.DATE_WORDS.search(folded, p.start, p.end + 40)
        if m is None:
            return
        p = Part(p.line, p.start, m.end(), p.col, "date")
    if m.start() == p.start and hp.DATE_NUMERIC.match(folded, m.start(), m.end()):
        return  # "ngày 26/10/2010" of a cited document, not "Place, ngày ..."
    try:
        value = date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return
    header.issued_date = Found(value.isoformat(), (m.start(), m.end()))
    place_end = m.start()
    while place_end > p.start and text[place_end - 1] in " ,\t\n":
        place_end -= 1
    if place_end > p.start:
        place = " ".join(text[p.start:place_end].split())
        header.place = Found(place, (p.start, place_end))


def _issuer(text: str, folded: str, parts: list[Part], header: Header) -> None:
    """The run of capitalised lines right above "Số:" in the left column."""
    left = [p for p in parts if p.col in (None, 0) and p.kind not in (
        "motto", "motto2", "date", "separator") and not p.kind.endswith("_piece")]
    anchor = next((i for i, p in enumerate(left) if p.kind == "number"), None)
    if anchor is None:
        anchor = next((i for i, p in enumerate(left) if p.kind in ("subject",)), len(left))
    run: list[Part] = []
    anchor_line = left[anchor].line if anchor < len(left) else None
    for p in reversed(left[:anchor]):
        if p.line == anchor_line and p.kind == "text":
            continue  # junk glued before "Số:" on the same line
        if p.kind == "upper":
            run.insert(0, p)
        elif p.kind == "urgency":
            continue
        else:
            break
    if not run:
        return
    # a line copied twice ("ỦY BAN NHÂN DÂN" / "ỦY BAN NHÂN DÂN" / "TỈNH CÀ MAU"): one line
    run = [p for k, p in enumerate(run) if k == 0 or folded[p.start:p.end].strip() != folded[
        run[k - 1].start:run[k - 1].end].strip()]
    run = [piece for p in run for piece in _split_flattened(folded, p)]
    for p in run:
        p.kind = "issuer"
    bodies = _group_bodies(text, folded, run)
    issuer = bodies[-1]
    header.issuer = Found(repair_head(display_name(" ".join(text[p.start:p.end] for p in issuer))),
                          (issuer[0].start, issuer[-1].end))
    if len(bodies) > 1:
        parent = bodies[-2]
        header.parent_issuer = Found(
            display_name(" ".join(text[p.start:p.end] for p in parent)),
            (parent[0].start, parent[-1].end))


# a government and its office or department on one line, as portals flatten the two lines of
# the left column: "UBND TỈNH LÂM ĐỒNG VĂN PHÒNG", "ỦY BAN NHÂN DÂN TỈNH AN GIANG SỞ Y TẾ"
FLATTENED_PAIR = regex.compile(
    r"\s*(?:ủy\s*ban\s*nhân\s*dân|ubnd)\s+(?:tỉnh|thành\s*phố|xã|phường|đặc\s*khu)(?:\s+\S+){1,4}?"
    r"\s+(?=(?:văn\s*phòng|sở\s+\S+|thanh\s*tra\s+\S+|ban\s+\S+\s+\S+)(?:\s|$))")


def _split_flattened(folded: str, part: Part) -> list[Part]:
    """The part as two when it holds a government and, after its place, one of its bodies."""
    m = FLATTENED_PAIR.match(folded, part.start, part.end)
    if m is None or m.end() >= part.end:
        return [part]
    return [Part(part.line, part.start, m.end(), part.col, part.kind, part.whole),
            Part(part.line, m.end(), part.end, part.col, part.kind, part.whole)]


def repair_head(name: str) -> str:
    """A name whose first letter a portal lost ("Y ban nhân dân tỉnh Kon Tum"): restore it when
    one known head, less its first letter, begins the name."""
    folded = fold(name)
    for head in hp.ISSUER_HEADS:
        if " " in head and folded.startswith(head[1:] + " ") and not folded.startswith(head):
            original = next(h for h in load_list("issuer_heads.txt") if fold(h) == head)
            return display_name(original) + name[len(head) - 1:]
    return name


def _group_bodies(text: str, folded: str, run: list[Part]) -> list[list[Part]]:
    bodies: list[list[Part]] = []
    for p in run:
        segment = folded[p.start:p.end].strip()
        if bodies and ((len(bodies[-1]) == 1 and len(
                folded[bodies[-1][0].start:bodies[-1][0].end].split()) == 1)
                or len(segment.split()) == 1):
            # "ỦY" / "BAN NHÂN DÂN", "SỞ NÔNG NGHIỆP VÀ MÔI" / "TRƯỜNG": one name, broken
            # (a word that ended a broken name, "UBND TỈNH TUYÊN" / "QUANG", joins no more)
            bodies[-1].append(p)
            continue
        starts_body = any(segment.startswith(h + " ") or segment == h for h in hp.ISSUER_HEADS)
        continues = bodies and regex.search(r"(?:\bvà|,|-)$", folded[:p.start].rstrip()[-4:])
        # the column names the issuer and its direct superior only (Decree 30): a third line
        # goes on with the issuer's name ("BAN CHỈ ĐẠO THỰC HIỆN CHÍNH SÁCH" / "BẢO HIỂM XÃ
        # HỘI, BẢO HIỂM Y TẾ TỈNH"), unless the first line is only the Party's name
        third = len(bodies) >= 2 and not _party_name(folded, bodies[0])
        if bodies and (continues or not starts_body or third):
            bodies[-1].append(p)
        else:
            bodies.append([p])
    return bodies


def _party_name(folded: str, body: list[Part]) -> bool:
    """"ĐẢNG BỘ TỈNH ..." / "ĐẢNG CỘNG SẢN VIỆT NAM" above a party committee's own two lines."""
    return folded[body[0].start:body[-1].end].lstrip().startswith("đảng")


def _title(text: str, folded: str, lines: list[Line], last_core: int, header: Header) -> int:
    """Type name line and the title after it; or a Công văn's "V/v" subject. Returns the index
    of the first line after them."""
    subject = _subject(text, folded, lines, last_core, header)
    start = last_core + 1
    for line in lines[start:start + 6]:
        found = hp.type_of_line(folded[line.start:line.end])
        if found is None:
            continue
        header.doc_type = Found(found[0], (line.start, line.end))
        header.type_name = Found(text[line.start:line.end].strip(), (line.start, line.end))
        header.title_lines.add(line.index)
        title = _title_lines(text, folded, lines, line.index + 1)
        if title:
            header.title = Found(" ".join(" ".join(text[ln.start:ln.end] for ln in title).split()),
                                 (title[0].start, title[-1].end))
            header.title_lines.update(ln.index for ln in title)
            return title[-1].index + 1
        return line.index + 1
    if subject is not None:
        return max(start, subject + 1)
    if start > 0 and start < len(lines):  # no type name, no "V/v": a title in capitals
        line = lines[start]
        segment = text[line.start:line.end].strip()
        if hp.is_upper_text(segment) and 10 < len(segment) < 400 and not hp.AUTHORITY.match(
                folded, line.start, line.end):
            header.title = Found(segment, (line.start, line.end))
            header.title_lines.add(line.index)
            return line.index + 1
    return start


def _subject(text: str, folded: str, lines: list[Line], last_core: int, header: Header):
    for line in lines[: last_core + 1]:
        m = hp.SUBJECT.match(folded, line.start, line.end) or _subject_after_number(
            folded, line)
        if m is None:
            continue
        cell_end = text.find(" | ", m.end(), line.end)  # "V/v ... | Hà Nội, ngày ..."
        continuation = [] if cell_end >= 0 else _title_lines(text, folded, lines,
                                                             line.index + 1, subject=True)
        line_end = line.end if cell_end < 0 else cell_end
        first = text[m.end():line_end].strip()
        parts = [first] + [text[ln.start:ln.end].strip() for ln in continuation]
        end = continuation[-1].end if continuation else line_end
        title = " ".join(" ".join(p for p in parts if p).split())
        stamp = hp.TRAILING_STAMP.search(text, m.end(), end)
        if stamp and not hp.is_upper_text(text[m.end():stamp.start()]):
            # "V/v ... châu Phi KHẨN": the stamp beside the subject, read into its line (OCR)
            if header.urgency is None:
                header.urgency = Found(hp.URGENCY_STAMPS[stamp.group("stamp")],
                                       (stamp.start("stamp"), stamp.end("stamp")))
            end = stamp.start()
            title = title[:len(title) - len(stamp.group("stamp"))].rstrip()
        header.title = Found(title, (m.end(), end))
        header.title_lines.add(line.index)
        header.title_lines.update(ln.index for ln in continuation)
        return (continuation[-1] if continuation else line).index
    return None


def _subject_after_number(folded: str, line: Line):
    """"Số: 2334/VPCP-KTN V/v khai thác ...": the subject on the number's own line."""
    number = hp.NUMBER.match(folded, line.start, line.end)
    if number is None:
        return None
    return regex.compile(r"\s*(?:v/v|về\s*việc)\s*:?\s*").match(folded, number.end(), line.end)


def _title_lines(text: str, folded: str, lines: list[Line], start: int,
                 subject: bool = False) -> list[Line]:
    out: list[Line] = []
    for line in lines[start:start + 6]:
        segment = text[line.start:line.end].strip()
        low = folded[line.start:line.end].strip()
        if out or subject:
            previous = out[-1] if out else lines[start - 1]
            if not _continues_title(text, folded, previous, line, subject):
                break
        elif (hp.BODY_OPENERS.match(low) and not hp.is_upper_text(segment)
              and not _title_opener(low, subject)) or (
                _motto_line(low)) or len(segment) > 400:
            break
        out.append(line)
    return out


def _title_opener(low: str, subject: bool) -> bool:
    """"KẾ HOẠCH / Thực hiện Nghị quyết số 57-NQ/TW ...": a plan's title often opens with
    the words that open a body paragraph. Right under the type name, such a line is the title
    when it is not a sentence: short, and not ending in the punctuation a paragraph ends
    with (a body paragraph goes on to its main clause, "..., UBND tỉnh ban hành ...:")."""
    return (not subject and bool(hp.TITLE_OPENERS.match(low)) and len(low) <= 300
            and not low.endswith((".", ":", ";", ",")))


def _motto_line(low: str) -> bool:
    """The state's name opens the line or one of its cells: the motto, not a title that names
    it ("Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2025")."""
    return any(hp.MOTTO_STATE.match(cell.strip(" -–")) for cell in low.split("|"))


def _continues_title(text: str, folded: str, previous: Line, line: Line, subject: bool) -> bool:
    segment = text[line.start:line.end].strip()
    low = folded[line.start:line.end].strip()
    if not segment or hp.BODY_OPENERS.match(low) or hp.NUMBER.match(low):
        return False
    if low.strip(" .:") in hp.URGENCY or hp.ADDRESSEE.match(low):
        return False
    if _motto_line(low) or hp.MOTTO_LINE2.search(low) or hp.DATE_WORDS.search(low):
        return False
    if subject and previous.col is not None:
        # in a column zone the subject goes on until the column ends
        return line.col == previous.col and line.zone == previous.zone
    prev_text = text[previous.start:previous.end].rstrip()
    if segment[0].islower() or prev_text.endswith((",", " và", " của", " về", "-", " các")):
        return True
    if hp.is_upper_text(prev_text) and hp.is_upper_text(segment) and not subject:
        return not low.startswith(hp.AUTHORITY_OPENERS)
    return False


def _addressees(text: str, folded: str, lines: list[Line], start: int, header: Header) -> int:
    for line in lines[start:start + 4]:
        m = hp.ADDRESSEE.match(folded, line.start, line.end)
        if m is None:
            continue
        header.addressee_lines.add(line.index)
        rest = _strip(text, m.end(), line.end)
        if rest[0] < rest[1]:
            header.addressees.extend(split_items(text, rest[0], rest[1], on_semicolon=True))
        end = line.index + 1
        bare = rest[0] >= rest[1]  # "Kính gửi:" alone: the addressees follow, bullets or not
        for item in lines[line.index + 1:line.index + 40]:
            bullet = hp.LIST_BULLET.match(text, item.start, item.end)
            if not bullet and not (bare and _plain_addressee(text, folded, item)):
                break
            bare = bare and not bullet  # once bullets are used, a plain line ends the list
            header.addressee_lines.add(item.index)
            header.addressees.extend(split_items(text, item.start, item.end,
                                                 on_semicolon=not bullet))
            end = item.index + 1
            if not bullet and text[item.start:item.end].rstrip().endswith("."):
                break
        if end < len(lines) and hp.ADDRESSEE.match(folded, lines[end].start, lines[end].end) and (
                folded[lines[end].start:lines[end].end].lstrip().startswith("đồng")):
            return _addressees(text, folded, lines, end, header)  # "Đồng kính gửi:" + more
        return end
    return start


def _plain_addressee(text: str, folded: str, line: Line) -> bool:
    """An addressee written without a bullet under a bare "Kính gửi:" (portal text)."""
    segment = text[line.start:line.end].strip()
    if not (0 < len(segment) < 160 and segment.endswith((";", ".", ",")) and not
            hp.BODY_OPENERS.match(folded, line.start, line.end)):
        return False
    from giaoviec.pipeline.actors import find_actors  # deferred: the header needs it rarely

    mentions = find_actors(text, line.start, line.end)
    return bool(mentions) and mentions[0].start - line.start <= 2


def split_items(text: str, start: int, end: int, on_semicolon: bool = False) -> list[Found]:
    """Items of a recipient list on one line: "- A;", "- A;- B"; a ";" inside an item stays
    ("VPCP: BTCN, các PCN; Cổng TTĐT"), only a bullet starts a new item."""
    out = []
    boundary = r"(?<=;)" if on_semicolon else r"(?<=;)\s*[-+•]\s"
    bounds = [start] + [start + m.start() for m in regex.finditer(boundary, text[start:end])]
    bounds.append(end)
    for s, e in itertools.pairwise(bounds):
        while s < e and (text[s] in " \t-+•▪–—*" or text[s].isspace()):
            s += 1
        while e > s and text[e - 1] in " \t.,;:|":  # "|": an empty cell after the item
            e -= 1
        if s < e:
            out.append(Found(text[s:e], (s, e)))
    return out
