"""What a careful reader flags, and the "6 rõ" completeness of each task.

Per task: a deadline before the notice was issued, or implausibly far after it (the seed's
"tháng 07/2015" in a 2025 notice); no lead; no deadline; a lead that is not among the
recipients. The "6 rõ" rule (rõ người, rõ việc, rõ thời hạn, rõ trách nhiệm, rõ kết quả, rõ
thẩm quyền) is summarised per task and per document.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from giaoviec.document import Document
from giaoviec.evaluation.names import names_agree
from giaoviec.pipeline.lines import Line
from giaoviec.pipeline.tasks import FoundActor, FoundTask
from giaoviec.rx import regex
from giaoviec.schemas.notice import (
    Actor,
    Completeness,
    Deadline,
    DeadlineAlt,
    DocumentInfo,
    Summary,
    Task,
    TextValue,
    Warning,
)

FAR_AFTER_YEARS = 5
DATED_TYPES = {"by_date", "within_period", "relative", "recurring", "ongoing"}


DATE_IN_TEXT = regex.compile(
    r"ngày\s*(\d{1,2})\s*(?:/|tháng\s*)(\d{1,2})\s*(?:/|năm\s*)(\d{4})", regex.IGNORECASE)


def reference_date(text: str, lines: list[Line], roles: dict[int, str], info: DocumentInfo
                   ) -> date | None:
    """The date deadlines are judged against: the issue date, or, when the document shows
    none (a notice without its header), the latest date its title and opening narrative
    mention (the meeting it reports on)."""
    if info.issued_date:
        return date.fromisoformat(info.issued_date)
    found = []
    for line in lines:
        if roles.get(line.index) not in ("title", "preamble"):
            continue
        for m in DATE_IN_TEXT.finditer(text, line.start, line.end):
            try:
                found.append(date(int(m[3]), int(m[2]), int(m[1])))
            except ValueError:
                continue
    return max(found) if found else None


def review_tasks(found: list[FoundTask], info: DocumentInfo, doc: Document,
                 reference: date | None = None) -> tuple[list[Task], Summary, list[Warning]]:
    issued = reference or (date.fromisoformat(info.issued_date) if info.issued_date else None)
    tasks = [_task(i, t, info, issued, doc.text) for i, t in enumerate(found, start=1)]
    counts: Counter[str] = Counter(w.code for t in tasks for w in t.warnings)
    six = Counter()
    for t in tasks:
        for key, value in t.completeness.model_dump().items():
            if key != "score" and value:
                six[key] += 1
    summary = Summary(
        tasks=len(tasks),
        with_lead=sum(1 for t in tasks if t.lead),
        with_deadline=sum(1 for t in tasks if t.deadline),
        with_report_to=sum(1 for t in tasks if t.report_to),
        warnings=dict(sorted(counts.items())),
        six_clear=dict(six),
    )
    warnings = [w for t in tasks for w in t.warnings]
    warnings.extend(Warning(code="document", message=m) for m in doc.warnings)
    return tasks, summary, warnings


def _actor(a: FoundActor) -> Actor:
    kind = a.kind if a.kind in ("agency", "locality", "collective", "person") else "other"
    return Actor(name=a.name, canonical=a.canonical, kind=kind, span=a.span,
                 implicit=a.implicit)


def _deadline(t: FoundTask, text: str) -> Deadline | None:
    d = t.deadline
    if d is None:
        return None
    return Deadline(
        text=d.text, type=d.type, date=d.date.isoformat() if d.date else None,
        start=d.start_date.isoformat() if d.start_date else None, time=d.time,
        recurrence=d.recurrence, day=d.day, anchor=d.anchor, span=(d.start, d.end),
        alt=[DeadlineAlt(text=a.text, type=a.type, date=a.date.isoformat() if a.date else None,
                         span=(a.start, a.end)) for a in t.alternatives],
    )


def _task(number: int, t: FoundTask, info: DocumentInfo, issued: date | None,
          text: str) -> Task:
    task_id = f"t{number}"
    warnings = _warnings(t, info, issued, task_id)
    deadline = _deadline(t, text)
    action = TextValue(text=text[t.action[0]:t.action[1]], span=t.action) if t.action else None
    return Task(
        id=task_id, text=text[t.start:t.end], span=(t.start, t.end), section=t.section,
        advisory=t.advisory, lead=[_actor(a) for a in t.lead], lead_implicit=t.lead_implicit,
        support=[_actor(a) for a in t.support], action=action, deadline=deadline,
        report_to=[_actor(a) for a in t.report_to],
        completeness=_completeness(t, info, warnings), warnings=warnings,
        source=t.source, confidence=t.confidence,
    )


def _warnings(t: FoundTask, info: DocumentInfo, issued: date | None, task_id: str
              ) -> list[Warning]:
    out = []
    d = t.deadline
    if not t.lead:
        out.append(Warning(code="no_lead", message="no one is named to lead this task",
                           span=(t.start, t.end), task=task_id))
    if d is None:
        out.append(Warning(code="no_deadline", message="the task sets no deadline",
                           span=(t.start, t.end), task=task_id))
    elif d.date and issued:
        if d.date < issued:
            when = "was issued" if info.issued_date else "reports on (no issue date shown)"
            out.append(Warning(
                code="deadline_before_issue", task=task_id, span=(d.start, d.end),
                message=f"deadline {d.date.isoformat()} ('{d.text}') is before the date the "
                        f"document {when} ({issued.isoformat()})"))
        elif (d.date - issued).days > 365 * FAR_AFTER_YEARS:
            out.append(Warning(
                code="deadline_far_after_issue", task=task_id, span=(d.start, d.end),
                message=f"deadline {d.date.isoformat()} is more than {FAR_AFTER_YEARS} years "
                        f"after the document was issued"))
    elif d.date and not issued and d.date.year < 2000:
        out.append(Warning(code="deadline_implausible", task=task_id, span=(d.start, d.end),
                           message=f"deadline {d.date.isoformat()} looks wrong"))
    issuer = [n for n in (info.issuer, f"{info.issuer} {info.parent_issuer}"
                          if info.issuer and info.parent_issuer else None) if n]
    if t.lead and info.recipients and not t.lead_implicit and not any(
            _reaches(a, info.recipients + issuer) for a in t.lead):
        names = ", ".join(a.name for a in t.lead)
        out.append(Warning(code="lead_not_recipient", task=task_id, span=t.lead[0].span,
                           message=f"the lead ({names}) is not among the recipients"))
    return out


def _reaches(actor: FoundActor, recipients: list[str]) -> bool:
    """Is the actor among the recipients: named ("Sở Y tế"), abbreviated in a list ("Các
    sở: NV, TC, XD"), or covered by a collective ("Các sở, ban, ngành" reaches every Sở)?"""
    names = [actor.name] + ([actor.canonical] if actor.canonical else [])
    head = actor.name.split()[0].lower() if actor.name.split() else ""
    for recipient in recipients:
        low = recipient.lower()
        if low.startswith("các ") and head and regex.search(rf"\b{regex.escape(head)}\b", low):
            return True
    for recipient in recipients:
        for part in [recipient, *recipient.replace(":", ",").split(",")]:
            if any(names_agree(n, part.strip()) for n in names if part.strip()):
                return True
    words = {w for n in names for w in n.lower().split() if len(w) > 2}
    return any(words & set(r.lower().replace(",", " ").split()) for r in recipients) and any(
        actor.kind == k for k in ("collective", "locality"))


def _completeness(t: FoundTask, info: DocumentInfo, warnings: list[Warning]) -> Completeness:
    nguoi = bool(t.lead)
    viec = t.action is not None
    thoi_han = t.deadline is not None and t.deadline.type in DATED_TYPES
    trach_nhiem = len(t.lead) == 1 and t.lead[0].kind != "collective"
    ket_qua = bool(t.report_to)
    tham_quyen = bool(info.issuer or (info.signer and info.signer.authority)) and not any(
        w.code == "lead_not_recipient" for w in warnings)
    values = (nguoi, viec, thoi_han, trach_nhiem, ket_qua, tham_quyen)
    return Completeness(nguoi=nguoi, viec=viec, thoi_han=thoi_han, trach_nhiem=trach_nhiem,
                        ket_qua=ket_qua, tham_quyen=tham_quyen, score=sum(values))
