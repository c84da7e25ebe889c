"""Which text is a task, and what it says: lead, support, deadline, reporting line, action.

A task is a directive: a list item, a paragraph or a row of a task table that asks someone to
do something. Praise, findings, background, legal bases, approvals that assign nothing, and
the Mục đích / Yêu cầu / Chỉ tiêu / Kinh phí parts of a plan are not tasks. An item that gives
separate directives to different bodies is split into one task per body.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import regex

from giaoviec.normalize import fold
from giaoviec.pipeline import context as ctx
from giaoviec.pipeline.actors import ActorMention, find_actors, lexicon, tokenize
from giaoviec.pipeline.deadlines import TemporalMention, choose_deadline, find_temporal_mentions
from giaoviec.pipeline.lines import Line
from giaoviec.pipeline.roles import RoleAssignment, assign_roles
from giaoviec.pipeline.sections import Structure
from giaoviec.pipeline.tables import TaskTable, find_task_tables

NON_TASK_HEADINGS = regex.compile(
    r"\s*(?:mục\s*đích|yêu\s*cầu\s*[:.]?\s*$|mục\s*tiêu|chỉ\s*tiêu|"
    r"kinh\s*phí|quan\s*điểm|đánh\s*giá|tình\s*hình|kết\s*quả|nguyên\s*tắc|phạm\s*vi|đối\s*"
    r"tượng|căn\s*cứ|thời\s*gian,?\s*địa\s*điểm|thời\s*gian\b|địa\s*điểm|thành\s*phần|"
    r"nội\s*dung\s*(?:cuộc\s*họp|làm\s*việc)|bối\s*cảnh|thực\s*trạng|ý\s*nghĩa|dự\s*báo)")
BACKGROUND = regex.compile(
    r"\s*(?:căn\s*cứ|thực\s*hiện\s+(?:công\s*văn|quyết\s*định|kế\s*hoạch|chỉ\s*thị|nghị\s*"
    r"quyết|thông\s*báo|kết\s*luận|chỉ\s*đạo\s*của|ý\s*kiến)|ngày\s*\d|sáng\s*ngày|chiều\s*ngày|"
    r"trong\s*(?:năm|tháng|thời\s*gian)\s*qua|qua\s*(?:kiểm\s*tra|theo\s*dõi|\d)|bên\s*cạnh|"
    r"tuy\s*nhiên|năm\s*\d{4}\s*,|theo\s*(?:dự\s*báo|báo\s*cáo|số\s*liệu)|sau\s*(?:hơn|khi)|"
    r"hiện\s*nay|từ\s*đầu|đến\s*nay|thời\s*gian\s*qua|nhìn\s*chung|nhằm|để\s*(?:hoàn|khắc|"
    r"thực|triển|chuẩn|bảo|kịp|tiếp)|ủy\s*ban\s*nhân\s*dân\s*tỉnh\s*ghi\s*nhận|với\s*mục|"
    r"(?:quyết\s*định|thông\s*báo|kế\s*hoạch|chỉ\s*thị|công\s*văn|quy\s*định)\s*này\s*có\s*"
    r"hiệu\s*lực|(?:chủ\s*trì|thành\s*phần|thời\s*gian|địa\s*điểm|nội\s*dung|kính\s*mời)"
    r"\s*(?:cuộc\s*họp\s*)?:)")
PAST_CUE = regex.compile(r"\bđã\s+(?:giao|yêu\s*cầu|đề\s*nghị|chỉ\s*đạo)")
APPROVAL = regex.compile(r"\s*(?:thống\s*nhất|đồng\s*ý|chấp\s*thuận|ghi\s*nhận|biểu\s*dương|"
                         r"đánh\s*giá\s*cao|hoan\s*nghênh|cơ\s*bản\s*thống\s*nhất)")
TOPIC = regex.compile(r"\s*(?:về|đối\s*với|riêng|tại)\s[^:;.]{3,220}?:\s*")
OPENERS = ("tiếp tục", "chủ động", "khẩn trương", "tập trung", "kịp thời", "thường xuyên",
           "trước mắt", "đồng thời", "ngoài ra", "sớm", "nghiêm túc", "tích cực", "quyết liệt",
           "khẩn cấp", "cần", "phải")
LEAD_CUES = regex.compile(r"\b(?:giao\s*(?:cho\s*)?|yêu\s*cầu|đề\s*nghị)\s*$")
DIRECTIVE_CUE = regex.compile(
    r"\b(?:giao|yêu\s*cầu|đề\s*nghị|có\s*trách\s*nhiệm|chủ\s*trì)\b")
SENTENCE_SPLIT = regex.compile(r"(?<=[.;])\s+(?=[\p{Lu}\d“\"(])|(?<=;)\s+(?=\p{Ll})")


@dataclass
class FoundActor:
    name: str
    span: tuple[int, int] | None
    canonical: str | None
    kind: str
    implicit: bool = False


@dataclass
class FoundTask:
    start: int
    end: int
    section: str | None
    lead: list[FoundActor] = field(default_factory=list)
    lead_implicit: bool = False
    support: list[FoundActor] = field(default_factory=list)
    report_to: list[FoundActor] = field(default_factory=list)
    deadline: TemporalMention | None = None
    alternatives: list[TemporalMention] = field(default_factory=list)
    action: tuple[int, int] | None = None
    advisory: bool = False
    from_table: bool = False


def extract_tasks(text: str, lines: list[Line], structure: Structure, header, info
                  ) -> list[FoundTask]:
    issued = date.fromisoformat(info.issued_date) if info.issued_date else None
    locality = ctx.document_locality(text, header.title.span if header.title else None)
    run = _Run(text, structure, issued, locality, _addressee_context(text, header))
    tables = find_task_tables(text, lines, structure)
    table_rows = {row.line: (table, row) for table in tables for row in table.rows}
    header_rows = {table.header_line for table in tables}
    section_lines = {n.line: n for n in structure.sections}
    skip_sections = _non_task_sections(structure)
    tasks: list[FoundTask] = []
    for line in lines:
        role = structure.roles.get(line.index)
        if role not in ("body", "appendix"):
            continue
        if line.index in table_rows:
            tasks.extend(run.table_task(*table_rows[line.index]))
            continue
        if line.index in header_rows or line.kind == "row":
            continue
        section = structure.line_section.get(line.index)
        if line.index in section_lines:
            run.enter_heading(section_lines[line.index])
            continue
        if section in skip_sections:
            continue
        if run.lead_in(line, section):
            continue
        tasks.extend(run.unit_tasks(line, section))
    return tasks


def _non_task_sections(structure: Structure) -> set[str]:
    """Sections (and their descendants) whose heading says they assign nothing."""
    skip: set[str] = set()
    for node in structure.sections:
        title = fold(node.title)
        if (node.parent in skip) or NON_TASK_HEADINGS.match(title):
            skip.add(node.id)
    return skip


def _addressee_context(text: str, header) -> list[ActorMention]:
    out = []
    for found in header.addressees:
        mentions = find_actors(text, *found.span)
        if mentions:
            out.append(mentions[0])
        else:
            out.append(ActorMention(found.span[0], found.span[1], found.value, None, "other"))
    return out


class _Run:
    """State while walking the body: the implicit-lead context of each section."""

    def __init__(self, text, structure, issued, locality, addressees) -> None:
        self.text = text
        self.folded = fold(text)
        self.structure = structure
        self.issued = issued
        self.locality = locality
        self.addressees = addressees
        self.by_id = {n.id: n for n in structure.sections}
        self.heading_context: dict[str, list[ActorMention]] = {}
        self.lead_in_context: dict[str | None, list[ActorMention]] = {}

    # --- context ---------------------------------------------------------------------------
    def enter_heading(self, node) -> None:
        marker_end = node.marker.end if node.marker else node.span[0]
        actors = ctx.heading_actors(self.text, _skip_space(self.text, marker_end), node.span[1])
        if actors:
            self.heading_context[node.id] = actors
        self.lead_in_context.pop(node.id, None)

    def lead_in(self, line: Line, section: str | None) -> bool:
        """A paragraph ending with ':' that hands what follows to someone: remember it."""
        if not line.text.rstrip().endswith(":"):
            return False
        actors = ctx.lead_in_actors(self.text, line.start, line.end)
        if actors:
            self.lead_in_context[section] = actors
            return True
        return False

    def context_for(self, section: str | None) -> tuple[list[ActorMention], bool]:
        """(actors, from a heading) for a line in ``section``: nearest first."""
        sid = section
        while True:
            if sid in self.lead_in_context:
                return self.lead_in_context[sid], False
            if sid is not None and sid in self.heading_context:
                return self.heading_context[sid], True
            if sid is None:
                break
            sid = self.by_id[sid].parent
        return self.addressees, False

    # --- units -----------------------------------------------------------------------------
    def unit_tasks(self, line: Line, section: str | None) -> list[FoundTask]:
        marker = self.structure.markers.get(line.index)
        start = _skip_space(self.text, marker.end if marker else line.start)
        end = line.end
        context, from_heading = self.context_for(section)
        if not self.is_directive(start, end, marker is not None):
            return []
        tasks = []
        for s, e in self.split(start, end):
            task = self.build(s, e, section, context, from_heading)
            if task is not None:
                tasks.append(task)
        return tasks

    def is_directive(self, start: int, end: int, marked: bool) -> bool:
        """Marked items of a task section are directives unless they read as background,
        approval, a past event or a heading; unmarked paragraphs need a directive cue, an
        imperative verb, or a body followed by its action."""
        folded = self.folded[start:end]
        topic = TOPIC.match(folded)
        body = folded[topic.end():] if topic else folded
        if BACKGROUND.match(body) or (APPROVAL.match(body) and not DIRECTIVE_CUE.search(body)):
            return False
        if PAST_CUE.search(body[:200]) or _is_caps_heading(self.text[start:end]):
            return False
        if regex.search(r"\b(?:giao|yêu\s*cầu|đề\s*nghị)\s", body[:200]):
            return True
        if _starts_with_verb(body) or (marked and not _reads_as_finding(body)):
            return True
        offset = start + (topic.end() if topic else 0)
        mentions = find_actors(self.text, offset, min(end, offset + 160))
        if mentions and mentions[0].start - offset <= 12:
            roles = assign_roles(self.text, offset, end, mentions)
            return bool(roles.lead)
        return False

    def split(self, start: int, end: int) -> list[tuple[int, int]]:
        """One span per directive: a sentence that hands work to a different body starts a
        new task; sentences without their own lead stay with the task before them."""
        pieces = _sentences(self.text, start, end)
        spans: list[list[int]] = []
        current_lead: str | None = None
        for s, e in pieces:
            lead = self.own_lead(s, e)
            if spans and (lead is None or current_lead is None or lead == current_lead):
                spans[-1][1] = e
                current_lead = current_lead or lead
                continue
            spans.append([s, e])
            current_lead = lead
        return [(s, e) for s, e in spans]

    def own_lead(self, s: int, e: int) -> str | None:
        mentions = find_actors(self.text, s, min(e, s + 200))
        if not mentions:
            return None
        roles = assign_roles(self.text, s, e, mentions)
        if not roles.lead:
            return None
        first = roles.lead[0]
        opening = self.folded[s:first.start]
        if roles.lead_cue == "subject" or LEAD_CUES.search(opening) or len(opening) < 25:
            return fold(first.text)
        return None

    def build(self, s: int, e: int, section, context, from_heading) -> FoundTask | None:
        mentions = find_actors(self.text, s, e)
        roles = assign_roles(self.text, s, e, mentions)
        task = FoundTask(s, e, section)
        lead = roles.lead
        if lead and from_heading and context and roles.lead_cue in ("yêu cầu", "đề nghị") and (
                _cue_opens(self.folded, s, lead[0].start)):
            lead = []  # "1. Sở Công Thương: - Yêu cầu các chủ hồ ...": the Sở asks them
        if lead:
            task.lead = [self.actor(m) for m in lead]
        elif context:
            task.lead = [self.actor(m, implicit=True) for m in context]
            task.lead_implicit = True
        task.support = [self.actor(m) for m in roles.support if m not in lead]
        task.report_to = [self.actor(m) for m in roles.report_to]
        self.add_deadline(task, s, e)
        task.action = _action(self.text, self.folded, s, e, roles)
        return task

    def add_deadline(self, task: FoundTask, s: int, e: int) -> None:
        mentions = find_temporal_mentions(self.text[s:e], self.issued, offset=s)
        main, alternatives = choose_deadline(mentions)
        task.deadline = main
        task.alternatives = alternatives

    def actor(self, m: ActorMention, implicit: bool = False) -> FoundActor:
        name = ctx.resolve_name(m, self.locality) if implicit else m.text
        canonical = m.canonical
        if canonical is None or canonical == m.text:
            canonical = _expand(ctx.resolve_name(m, self.locality))
        return FoundActor(name=name, span=(m.start, m.end), canonical=canonical, kind=m.kind,
                          implicit=implicit)

    # --- tables ----------------------------------------------------------------------------
    def table_task(self, table: TaskTable, row) -> list[FoundTask]:
        s, e = row.content
        task = FoundTask(s, e, self.structure.line_section.get(row.line), from_table=True)
        for column, target in ((row.lead, task.lead), (row.support, task.support)):
            if column is not None:
                target.extend(self.actor(m) for m in _cell_actors(self.text, *column))
        if row.product is not None:
            product = assign_roles(self.text, *row.product, find_actors(self.text, *row.product))
            task.report_to = [self.actor(m) for m in product.report_to]
        if row.time is not None:
            self.add_deadline(task, *row.time)
        task.action = (s, min(e, _word_end(self.text, s, 100)))
        return [task]


def _is_caps_heading(segment: str) -> bool:
    letters = [c for c in segment if c.isalpha()]
    return len(segment) < 120 and bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(
        letters)


def _reads_as_finding(folded: str) -> bool:
    """Past events and assessments: "đã", "còn chậm", "chưa đáp ứng" before any cue."""
    first_clause = regex.split(r"[;.]", folded, maxsplit=1)[0]
    return bool(regex.search(r"\b(?:đã|đang|còn|chưa|vẫn|được|đạt|tăng|giảm)\b",
                             first_clause[:120])) and not regex.search(
        r"\b(?:cần|phải|khẩn\s*trương|tiếp\s*tục|bảo\s*đảm|đảm\s*bảo)\b", first_clause[:60])


def _cell_actors(text: str, start: int, end: int) -> list[ActorMention]:
    """Bodies listed in a table cell ("Sở Tư pháp; UBND các huyện, thị xã, thành phố")."""
    mentions = find_actors(text, start, end)
    if mentions:
        return mentions
    parts = [p for p in regex.finditer(r"[^;\n]+", text[start:end]) if p.group().strip()]
    return [ActorMention(start + p.start(), start + p.end(), p.group().strip(), None, "other")
            for p in parts]


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    s = start
    for m in SENTENCE_SPLIT.finditer(text, start, end):
        out.append((s, m.start()))
        s = m.end()
    out.append((s, end))
    return [(a, b) for a, b in out if b > a]


def _starts_with_verb(folded: str) -> bool:
    body = folded.lstrip(" -+•*")
    lex = lexicon()
    for _ in range(3):
        for opener in OPENERS:
            if body.startswith(opener + " ") or body.startswith(opener + ","):
                body = body[len(opener):].lstrip(" ,")
    tokens = [t.folded for t in tokenize(body, 0, min(len(body), 60))]
    return any(tuple(tokens[:n]) in lex.verbs for n in (3, 2, 1))


def _cue_opens(folded: str, s: int, lead_start: int) -> bool:
    before = folded[s:lead_start].strip()
    topic = TOPIC.match(before)
    if topic:
        before = before[topic.end():]
    return bool(regex.fullmatch(r"(?:yêu\s*cầu|đề\s*nghị)\s*(?:cho\s*)?", before.strip() + " "))


def _action(text: str, folded: str, s: int, e: int, roles: RoleAssignment
            ) -> tuple[int, int] | None:
    """The main verb phrase: the first action verb that is not a role cue, to the clause end."""
    lex = lexicon()
    skip = {("chủ", "trì"), ("phối", "hợp"), ("giao",), ("yêu", "cầu"), ("đề", "nghị"),
            ("có", "trách", "nhiệm"), ("chịu", "trách", "nhiệm")}
    after = roles.lead[-1].end if roles.lead else s
    parenthesis = regex.match(r"\s*\([^)]*\)", text[after:e])
    if parenthesis:  # "UBND xã X (chủ đầu tư) chỉ đạo ..."
        after += parenthesis.end()
    tokens = tokenize(text, after, e)
    for k in range(len(tokens)):
        for n in (3, 2, 1):
            key = tuple(t.folded for t in tokens[k:k + n])
            if len(key) == n and key in lex.verbs and key not in skip:
                start = tokens[k].start
                stop = regex.search(r"[;.]", text[start:e])
                end = start + stop.start() if stop else e
                return start, _word_end(text, start, min(end - start, 120))
    return None


def _word_end(text: str, start: int, limit: int) -> int:
    end = start + limit
    if end >= len(text):
        return len(text)
    while end > start and not text[end].isspace() and text[end] not in ",;.":
        end -= 1
    return end if end > start else start + limit


def _expand(name: str) -> str:
    """Abbreviations written out, so that trackers can group names ("UBND" -> "Ủy ban nhân
    dân")."""
    replacements = (("UBND", "Ủy ban nhân dân"), ("HĐND", "Hội đồng nhân dân"),
                    ("UBMTTQ", "Ủy ban Mặt trận Tổ quốc"), ("MTTQ", "Mặt trận Tổ quốc"),
                    ("BCH", "Bộ Chỉ huy"), ("BQL", "Ban Quản lý"), ("KCN", "khu công nghiệp"),
                    ("VPCP", "Văn phòng Chính phủ"), ("PCT", "Phó Chủ tịch"), ("CT", "Chủ tịch"))
    out = name
    for short, long in replacements:
        out = regex.sub(rf"(?<!\p{{L}}){short}(?!\p{{L}})", long, out)
    return out
