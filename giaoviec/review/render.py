"""The marked-up document text of a review page, as a flat list of segments.

Each task contributes *marks*: its own span and the spans of its lead, support and report-to
actors and of its deadline. Marks nest (a task contains its actors), repeat (an implicit lead
points at the same heading for many tasks) and may cross (an implicit lead's heading lies
outside the task; a badly-bounded span can start inside one mark and end outside it). HTML
elements can only nest, so :func:`segments` walks a sorted list of boundary events with a stack
of open marks: when a mark ends while marks opened after it are still open, those are closed
and reopened right after, so that every tag nests properly and a mark may come out as several
*fragments* that share its ``key``.

The result is a flat list of ``open`` / ``text`` / ``close`` segments that the page template
turns into ``<span>`` elements and escaped text; nothing here produces HTML.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

#: Mark roles, outermost first when two marks cover exactly the same characters.
ROLES: tuple[str, ...] = ("task", "lead", "support", "report_to", "deadline")
ROLE_RANK: dict[str, int] = {role: rank for rank, role in enumerate(ROLES)}
ROLE_LABELS: dict[str, str] = {
    "task": "task",
    "lead": "lead",
    "support": "support",
    "report_to": "report to",
    "deadline": "deadline",
}


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted ``[start, end)`` span of the text, belonging to one task."""

    start: int
    end: int
    task: str
    role: str
    key: str
    label: str = ""
    implicit: bool = False
    order: int = 0

    @property
    def sort_key(self) -> tuple[int, int, int, int]:
        """Earlier first; at the same start the longer (outer) mark first, then by role."""
        return (self.start, -self.end, ROLE_RANK.get(self.role, len(ROLES)), self.order)


@dataclass(frozen=True, slots=True)
class DroppedMark:
    """A span that cannot be shown: not two integers, empty, or outside the text."""

    task: str
    role: str
    label: str
    span: Any
    reason: str


@dataclass(frozen=True, slots=True)
class Segment:
    """One step of the marked-up text: open a mark's element, some text, or close one.

    ``first`` is true on the first fragment of a mark (the one that carries its anchor id);
    reopened fragments after a split have ``first`` false.
    """

    kind: Literal["open", "text", "close"]
    text: str = ""
    mark: Mark | None = None
    first: bool = False


@dataclass(slots=True)
class MarkedText:
    """The segments of a text, with the marks drawn and those that had to be left out."""

    segments: list[Segment] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    dropped: list[DroppedMark] = field(default_factory=list)


def check_span(span: Any, length: int) -> tuple[tuple[int, int] | None, str]:
    """Return ``((start, end), "")`` for a usable span of a text of ``length`` characters,
    or ``(None, reason)``."""
    if span is None:
        return None, "no span"
    if (not isinstance(span, Sequence) or isinstance(span, str | bytes) or len(span) != 2
            or not all(isinstance(x, int) and not isinstance(x, bool) for x in span)):
        return None, "not a [start, end] pair of integers"
    start, end = span
    if start < 0 or end > length:
        return None, f"outside the text (0..{length})"
    if start >= end:
        return None, "empty or reversed"
    return (start, end), ""


def task_marks(notice: Mapping[str, Any]) -> tuple[list[Mark], list[DroppedMark]]:
    """Collect the marks of every task of a notice (the JSON of ``giaoviec extract``).

    Actors and deadlines without a span are simply not drawn; spans that are present but
    unusable are returned as :class:`DroppedMark` so the page can say so. Repeats of the same
    (task, role, span) are drawn once.
    """
    text = notice.get("text") or ""
    marks: list[Mark] = []
    dropped: list[DroppedMark] = []
    seen: set[tuple[str, str, int, int]] = set()

    def add(task_id: str, role: str, label: str, span: Any, implicit: bool = False) -> None:
        if span is None:
            return
        checked, reason = check_span(span, len(text))
        if checked is None:
            dropped.append(DroppedMark(task_id, role, label, span, reason))
            return
        start, end = checked
        if (task_id, role, start, end) in seen:
            return
        seen.add((task_id, role, start, end))
        marks.append(Mark(start, end, task_id, role, key=f"m{len(marks) + 1}", label=label,
                          implicit=implicit, order=len(marks)))

    for index, task in enumerate(notice.get("tasks") or []):
        if not isinstance(task, Mapping):
            continue
        task_id = str(task.get("id") or f"t{index + 1}")
        add(task_id, "task", str(task.get("text") or ""), task.get("span"))
        for role in ("lead", "support", "report_to"):
            for actor in _mappings(task.get(role)):
                add(task_id, role, str(actor.get("name") or ""), actor.get("span"),
                    bool(actor.get("implicit")))
        deadline = task.get("deadline")
        if isinstance(deadline, Mapping):
            add(task_id, "deadline", str(deadline.get("text") or ""), deadline.get("span"))
    return marks, dropped


def segments(text: str, marks: Iterable[Mark]) -> list[Segment]:
    """Split ``text`` into properly nested open/text/close segments for ``marks``.

    Marks with unusable spans are ignored (use :func:`task_marks` to report them). The
    concatenated ``text`` segments always equal ``text``, and the text inside all fragments
    of a mark equals ``text[mark.start:mark.end]``.
    """
    usable = sorted((m for m in marks if check_span((m.start, m.end), len(text))[0]),
                    key=lambda m: m.sort_key)
    starts: dict[int, list[Mark]] = {}
    for mark in usable:
        starts.setdefault(mark.start, []).append(mark)
    cuts = sorted({0, len(text)} | {m.start for m in usable} | {m.end for m in usable})

    out: list[Segment] = []
    stack: list[Mark] = []
    for here, after in zip(cuts, [*cuts[1:], None], strict=True):
        ending = [i for i, m in enumerate(stack) if m.end <= here]
        if ending:
            lowest = ending[0]
            popped = stack[lowest:]
            del stack[lowest:]
            out.extend(Segment("close", mark=m) for m in reversed(popped))
            for mark in popped:  # reopen, in their order, the marks that continue
                if mark.end > here:
                    stack.append(mark)
                    out.append(Segment("open", mark=mark, first=False))
        for mark in starts.get(here, ()):
            stack.append(mark)
            out.append(Segment("open", mark=mark, first=True))
        if after is not None and after > here:
            out.append(Segment("text", text=text[here:after]))
    out.extend(Segment("close", mark=m) for m in reversed(stack))
    return out


def mark_text(notice: Mapping[str, Any]) -> MarkedText:
    """The segments, marks and dropped marks of a notice's text (empty without text)."""
    text = notice.get("text")
    if not isinstance(text, str):
        return MarkedText()
    marks, dropped = task_marks(notice)
    return MarkedText(segments(text, marks), marks, dropped)


def _mappings(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []
