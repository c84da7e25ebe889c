"""The section tree (Phần, Chương, Mục, Điều, I., 1., 1.1., a), -, +) and each line's role.

Levels are not fixed by marker kind: documents nest markers in different orders ("I." > "1." >
"a)" > "-" in most notices, "Điều" > "1." > "a)" in decisions, "1." > "-" in short ones). We
keep a stack of the kinds seen on the way down: a kind already on the stack closes everything
below it, a new kind opens a deeper level. A marked line with content under it is a section;
a marked line without is a list item of its section.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from giaoviec.normalize import fold_document
from giaoviec.pipeline.closing import Closing
from giaoviec.pipeline.header import Header
from giaoviec.pipeline.header_patterns import type_of_line
from giaoviec.pipeline.lines import Line
from giaoviec.rx import regex

MARKERS: list[tuple[str, regex.Pattern]] = [
    ("part", regex.compile(r"phần\s+(?:thứ\s+\p{L}+|[ivxlc]+|\d+)\b[.:]?")),
    ("chapter", regex.compile(r"chương\s+(?:[ivxlc]+|\d+)\b[.:]?")),
    ("mục", regex.compile(r"mục\s+(?:[ivxlc]+|\d+)\b[.:]?")),
    ("article", regex.compile(r"điều\s+\d+\s*[.:]")),
    ("appendix", regex.compile(r"phụ\s*lục\b(?:\s+(?:số\s*)?[ivxlc\d]+)?[.:]?")),
    # ("I- MỤC ĐÍCH, YÊU CẦU": a party document's hyphen after the numeral)
    ("roman", regex.compile(r"[ivxlc]{1,6}\s*(?:[.)]|-(?=\s))\s*(?=\S)(?!\d)")),
    ("arabic3", regex.compile(r"\d{1,2}\.\d{1,2}\.\d{1,2}\.?(?=\s)")),
    ("arabic2", regex.compile(r"\d{1,2}\.\d{1,2}\.?(?=\s)")),
    ("arabic", regex.compile(r"\d{1,2}\s*(?:[.]|-(?=\s))\s*(?=\S)(?!\d)")),  # also "1- ..."
    ("arabic_paren", regex.compile(r"\(?\d{1,2}\)(?=\s)")),
    ("letter", regex.compile(r"\(?[a-zđ]\)(?=\s)|[a-zđ]\.(?=\s)")),
    ("dash", regex.compile(r"[-–—](?=\s)")),
    ("plus", regex.compile(r"\+(?=\s)")),
    ("bullet", regex.compile(r"[•▪➢*✓❖□■](?=\s)")),
]
# the fixed order of a legal text's divisions (the other markers nest as each document does)
LEGAL_RANK = {"part": 0, "chapter": 1, "mục": 2, "article": 3}
# the order lists follow by custom (I. > 1. > 1.1. > a) > - > +), used only to close the
# signed items a numbered one follows
CUSTOMARY_RANK = {"roman": 1, "arabic": 2, "arabic2": 3, "arabic3": 4, "arabic_paren": 5,
                  "letter": 5, "dash": 6, "plus": 7, "bullet": 7}
PREAMBLE = regex.compile(
    r"(?:căn\s*cứ|thực\s*hiện|ngày\s*\d|(?:sáng|chiều|tối|trưa)\s*(?:ngày|nay)|theo\s*đề\s*nghị"
    r"|xét\s*đề\s*nghị|trên\s*cơ\s*sở|tham\s*dự|sau\s*khi|vừa\s*qua|qua\s*(?:theo\s*dõi|kiểm)"
    # the enacting formula of a legal text since 2025, after its grounds: "Ủy ban nhân dân
    # ban hành Quyết định ban hành Bảng giá đất ...", "Bộ trưởng ... ban hành Thông tư ..."
    r"|[^,;:\n]{3,80}?\sban\s*hành\s+(?:quyết\s*định|nghị\s*quyết|thông\s*tư|nghị\s*định)"
    r"(?!\s*(?:số|\d))(?!\p{L}))")


# work handed over in a line that opens like a preamble ("Thực hiện ..., giao Sở X ...", "Căn
# cứ kết quả rà soát, Sở X chủ trì ...")
HANDS_OVER = regex.compile(r"(?i:\b(?:giao|yêu\s*cầu|đề\s*nghị))\s+(?:cho\s+)?(?:các\s|\p{Lu})"
                           r"|(?<![^\n])(?i:căn\s*cứ)[^;:\n]{1,80},\s+\p{Lu}[^,;:]{1,60}"
                           r"\schủ\s+trì\b")


@dataclass(slots=True)
class Marker:
    kind: str
    text: str
    end: int  # offset where the marker ends in the text


@dataclass
class SectionNode:
    id: str
    line: int
    marker: Marker | None
    title: str
    span: tuple[int, int]
    level: int
    parent: str | None
    end: int = 0  # extent end offset
    children: list[str] = field(default_factory=list)


@dataclass
class Structure:
    sections: list[SectionNode]
    line_section: dict[int, str]  # line index -> innermost section id
    roles: dict[int, str]  # line index -> role
    markers: dict[int, Marker]  # line index -> its marker


def find_marker(text: str, folded: str, line: Line) -> Marker | None:
    start = line.start
    if line.cells:  # a table row: its first cell may be a row number ("1", "I")
        return None
    if text.startswith("|", start):  # a scan's stray rule before the item: "| c) Sở ..."
        start = _past_rules(text, start, line.end)
    for kind, pattern in MARKERS:
        m = pattern.match(folded, start, line.end)
        if m and m.end() > start:
            if kind == "roman" and not _plausible_roman(text[start:m.end()]):
                continue
            return Marker(kind, text[start:m.end()].strip(), m.end())
    glued = GLUED_SIGN.get(text[start:start + 1])
    if glued is not None and text[start + 1:start + 2].isupper():
        return Marker(glued, text[start], start + 1)  # "-Tổ chức kiểm đếm ...": no space
    letter = GLUED_LETTER.match(folded, start, line.end)
    if letter is not None and text[letter.end():letter.end() + 1].isupper():
        return Marker("letter", text[start:letter.end()], letter.end())  # "a)Chủ trì ..."
    return None


# a dash or plus put right before the item's first word (a copy that lost the space): only
# before a capital, where it cannot be a hyphen or a sign inside the text
GLUED_SIGN = {"-": "dash", "–": "dash", "—": "dash", "+": "plus"}
GLUED_LETTER = regex.compile(r"\(?[a-zđ]\)")  # likewise "a)" before a capital: "a)Chủ trì ..."


def _past_rules(text: str, start: int, end: int) -> int:
    while start < end and text[start] in "| \t":
        start += 1
    return start


def _plausible_roman(token: str) -> bool:
    core = token.strip().rstrip(".)- ")
    if not core.isupper():
        return False  # "i." / "v." in lower case are letters or words, not Roman numerals
    return bool(core) and regex.fullmatch(r"(?:X{0,3})(?:IX|IV|V?I{0,3})", core) is not None


def segment_structure(text: str, lines: list[Line], header: Header, closing: Closing) -> Structure:
    folded = fold_document(text)  # folded once for all the stages
    roles = assign_roles(text, folded, lines, header, closing)
    markers = {ln.index: m for ln in lines if (m := find_marker(text, folded, ln))}
    sections, line_section = build_tree(text, lines, roles, markers)
    return Structure(sections, line_section, roles, markers)


def assign_roles(text: str, folded: str, lines: list[Line], header: Header,
                 closing: Closing) -> dict:
    roles: dict[int, str] = {}
    first_marker = next((ln.index for ln in lines[header.body_start:]
                         if find_marker(text, folded, ln)), None)
    site = False  # a portal's own words came after the signature: what follows is its too
    for ln in lines:
        i = ln.index
        if i in header.noise_lines:
            roles[i] = "noise"
        elif i in header.header_lines or (i < header.body_start and i not in header.title_lines
                                          and i not in header.addressee_lines):
            roles[i] = "header"
        elif i in header.title_lines:
            roles[i] = "title"
        elif i in header.addressee_lines:
            roles[i] = "addressee"
        elif i in closing.closing_lines:
            roles[i] = "closing"
        elif i in closing.recipient_lines:
            roles[i] = "recipients"
        elif i in closing.signature_lines:
            roles[i] = "signature"
        elif i >= closing.end:
            site = site or bool(SITE_WORDS.match(folded, ln.start, ln.end))
            roles[i] = _after_signature(folded, ln, roles.get(i - 1), site)
        elif first_marker is not None and i < first_marker and PREAMBLE.match(
                folded, ln.start, ln.end) and not HANDS_OVER.search(text, ln.start, ln.end):
            roles[i] = "preamble"
        else:
            roles[i] = "body"
    return roles


# what a website puts after a document it serves: sharing buttons, related news, counters
SITE_WORDS = regex.compile(r"\s*(?:chia\s*sẻ|tin\s*(?:liên\s*quan|khác|cùng\s*chuyên\s*mục)"
                           r"|bài\s*viết\s*liên\s*quan|lượt\s*(?:xem|truy\s*cập)|bản\s*quyền"
                           r"|tải\s*về|in\s*trang|facebook|zalo|địa\s*chỉ\s*:|điện\s*thoại\s*:"
                           r"|email\s*:|website\s*:"
                           r"|văn\s*bản\s*(?:gốc|cùng\s*(?:lĩnh\s*vực|chuyên\s*mục)|liên\s*quan)"
                           r"|về\s*đầu\s*trang|trang\s*chủ|lược\s*đồ|giới\s*thiệu\s*\||©"
                           r"|bạn\s*(?:chưa|cần|phải)\s*đăng\s*nhập|mọi\s*quyền)(?!\p{L})")


def _after_signature(folded: str, line: Line, previous: str | None, site: bool) -> str:
    """What follows the signature: an appendix (a table, "Phụ lục", or a document attached
    under its type name: "QUY CHẾ" / "Phối hợp ..." / "(Ban hành kèm theo ...)"), else
    noise (a portal's footer). ``site``: the portal's own words have begun (from then on
    only a "Phụ lục" is the document's again: "Văn bản cùng chuyên mục" + "Quyết định
    1502/QĐ-UBND ... phê duyệt ...", a list of other documents)."""
    own = folded[line.start:line.end]
    if SITE_WORDS.match(own):
        return "noise"  # "Chia sẻ: Facebook | Zalo | In trang", "Tin liên quan", "Lượt xem: ..."
    if regex.match(r"\s*phụ\s*lục", own):
        return "appendix"
    if site:
        return "noise"
    if previous == "appendix" or line.cells or type_of_line(own) is not None:
        return "appendix"
    return "noise"


def build_tree(text: str, lines: list[Line], roles: dict, markers: dict):
    """Sections from marked lines of the body and appendix; each line's innermost section."""
    nodes: list[SectionNode] = []
    stack: list[tuple[str, SectionNode]] = []  # (marker kind, node)
    line_section: dict[int, str] = {}
    in_appendix = False
    just_opened = -1  # the line of the section opened by the line before, if any
    for ln in lines:
        role = roles[ln.index]
        if role not in ("body", "appendix", "preamble"):
            continue
        if role == "appendix" and not in_appendix:
            # what is attached after the signature ("KẾ HOẠCH ... (Ban hành kèm theo ...)")
            # has sections of its own: none of the body's ("Điều 3") is open over it
            in_appendix = True
            stack.clear()
        marker = markers.get(ln.index)
        if marker is None and role != "preamble" and stack and (
                stack[-1][1].line == just_opened and _long_sentence(stack[-1][1])):
            # "8. Báo cáo kết quả ... trước ngày 03/3/2026." then a paragraph: the item ended
            # with its sentence, and the list the paragraph opens is not its own
            stack.pop()
        just_opened = ln.index if marker is not None and role != "preamble" else -1
        if marker is None or role == "preamble":
            if stack:
                line_section[ln.index] = stack[-1][1].id
            continue
        kinds = [k for k, _ in stack]
        if marker.kind == "appendix":
            stack.clear()
        elif marker.kind in LEGAL_RANK:
            # Phần > Chương > Mục > Điều whatever came between: a chapter closes the items of
            # the article before it, and an article opens inside the current chapter
            while stack and LEGAL_RANK.get(stack[-1][0], len(LEGAL_RANK)) >= LEGAL_RANK[
                    marker.kind]:
                stack.pop()
        elif marker.kind in kinds:
            del stack[kinds.index(marker.kind):]
        else:
            # "- Hiện trạng sử dụng đất ..." then "1. Giao các cơ quan sau ...": a number after
            # dashes that ended their sentences closes them (it ranks above them by custom);
            # under a dash that opens a list ("- Sở Tài chính:") it may be an item
            while stack and CUSTOMARY_RANK.get(stack[-1][0], 0) > CUSTOMARY_RANK.get(
                    marker.kind, 9) and not stack[-1][1].title.rstrip().endswith(":"):
                stack.pop()
        parent = stack[-1][1] if stack else None
        node = SectionNode(f"s{len(nodes) + 1}", ln.index, marker, _title(text, ln, marker),
                           (ln.start, ln.end), len(stack) + 1, parent.id if parent else None,
                           end=ln.end)
        if parent:
            parent.children.append(node.id)
        nodes.append(node)
        stack.append((marker.kind, node))
        line_section[ln.index] = node.id
        for _, open_node in stack:
            open_node.end = ln.end
    _titles_below(text, nodes, lines, markers)
    nodes, line_section = _prune_items(nodes, line_section)
    _extend_extents(nodes, lines, line_section)
    return nodes, line_section


def _titles_below(text: str, nodes: list[SectionNode], lines: list[Line], markers: dict) -> None:
    """"Chương II" / "QUY ĐỊNH CỤ THỂ": a part's or chapter's name on the line under its
    marker is its title (what the chapter holds, norms or the work of bodies, is read from
    it)."""
    by_index = {ln.index: ln for ln in lines}
    for node in nodes:
        if node.title or node.marker is None or node.marker.kind not in ("part", "chapter"):
            continue
        below = by_index.get(node.line + 1)
        if below is None or below.index in markers:
            continue
        name = text[below.start:below.end].strip()
        if name and name.upper() == name and len(name) <= 150:
            node.title = name


def _prune_items(nodes: list[SectionNode], line_section: dict):
    """A marked line with nothing under it is a list item of its parent, not a section."""
    by_id = {n.id: n for n in nodes}
    has_content = {n.id for n in nodes if n.children}
    has_content.update(sid for line, sid in line_section.items()
                       if by_id[sid].line != line and _reads_as_heading(by_id[sid]))
    keep = [n for n in nodes if n.id in has_content]
    renamed = {n.id: f"s{i + 1}" for i, n in enumerate(keep)}

    def nearest_kept(sid: str | None) -> str | None:
        while sid is not None and sid not in renamed:
            sid = by_id[sid].parent
        return renamed.get(sid) if sid else None

    new_line_section = {}
    for line, sid in line_section.items():
        target = nearest_kept(sid)
        if target:
            new_line_section[line] = target
    for n in keep:
        n.parent = nearest_kept(n.parent)
        n.children = []
    for n in keep:
        n.id = renamed[n.id]
    by_new = {n.id: n for n in keep}
    for n in keep:
        if n.parent:
            by_new[n.parent].children.append(n.id)
    _relevel(keep, by_new)
    return keep, new_line_section


def _reads_as_heading(node: SectionNode) -> bool:
    """A marked line followed only by plain paragraphs heads them when it looks like a heading
    (ends with ':', or is short without a final full stop); a long sentence is an item."""
    title = node.title.rstrip(" \t|")  # "... vật liệu. |": a scan's stray rule after it
    if node.marker.kind == "roman" and len(title) >= 100 and title.endswith((".", ";")):
        return False  # "IV. Giao Phòng X chủ trì theo dõi, ...; tham mưu ... tháng 6/2026."
    if title.endswith(":") or node.marker.kind in ("part", "chapter", "mục", "article",
                                                    "appendix", "roman"):
        return True
    return len(title) < 150 and not title.endswith((".", ";", "./."))


def _long_sentence(node: SectionNode) -> bool:
    """A marked line too long for a heading that does not announce a list (no colon)."""
    title = node.title.rstrip(" \t|")
    return (node.marker.kind not in LEGAL_RANK and node.marker.kind not in ("roman", "appendix")
            and len(title) >= 150 and not title.endswith(":"))


def _relevel(nodes: list[SectionNode], by_id: dict) -> None:
    for n in nodes:
        depth = 1
        parent = n.parent
        while parent:
            depth += 1
            parent = by_id[parent].parent
        n.level = depth


def _extend_extents(nodes: list[SectionNode], lines: list[Line], line_section: dict) -> None:
    by_id = {n.id: n for n in nodes}
    for ln in lines:
        sid = line_section.get(ln.index)
        while sid is not None:
            node = by_id[sid]
            node.end = max(node.end, ln.end)
            sid = node.parent


def _title(text: str, line: Line, marker: Marker) -> str:
    return text[marker.end:line.end].strip()
