"""The marked-up text of review pages: boundary events to properly nested segments."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st
from support.review_notices import XSS_IMG, XSS_SCRIPT, actor, find, notice, task, xss_notice

from giaoviec.review.page import render_review_page
from giaoviec.review.render import Mark, Segment, check_span, mark_text, segments, task_marks


def mk(start: int, end: int, role: str = "task", task_id: str = "t1", key: str = "") -> Mark:
    return Mark(start, end, task_id, role, key=key or f"{task_id}-{role}-{start}-{end}")


def replay(text: str, segs: list[Segment]) -> dict[str, str]:
    """Check that the segments nest and cover ``text``; return each mark's text by key."""
    stack: list[Mark] = []
    seen: dict[str, str] = {}
    out = []
    for seg in segs:
        if seg.kind == "open":
            assert seg.mark is not None
            stack.append(seg.mark)
            seen.setdefault(seg.mark.key, "")
        elif seg.kind == "close":
            assert stack and stack[-1] == seg.mark, "a close that does not match the open"
            stack.pop()
        else:
            out.append(seg.text)
            for mark in stack:
                seen[mark.key] += seg.text
    assert not stack
    assert "".join(out) == text
    return seen


def shape(segs: list[Segment]) -> list[str]:
    return [f"<{s.mark.role}{'' if s.first else '+'}>" if s.kind == "open"
            else f"</{s.mark.role}>" if s.kind == "close" else s.text for s in segs]


def test_no_marks_is_the_whole_text():
    assert shape(segments("xin chào", [])) == ["xin chào"]
    assert segments("", []) == []


def test_nested_marks_open_outer_first():
    text = "Giao Sở Tài chính rà soát."
    lead = find(text, "Sở Tài chính")
    segs = segments(text, [mk(lead[0], lead[1], "lead"), mk(0, len(text))])
    assert shape(segs) == ["<task>", "Giao ", "<lead>", "Sở Tài chính", "</lead>",
                           " rà soát.", "</task>"]


def test_identical_spans_nest_task_outermost_then_by_role():
    segs = segments("abc", [mk(0, 3, "deadline"), mk(0, 3, "lead"), mk(0, 3, "task")])
    assert shape(segs) == ["<task>", "<lead>", "<deadline>", "abc", "</deadline>", "</lead>",
                           "</task>"]


def test_crossing_marks_are_split_into_fragments():
    text = "0123456789abcdef"
    a, b = mk(0, 10, "task", key="a"), mk(5, 15, "lead", key="b")
    segs = segments(text, [a, b])
    assert shape(segs) == ["<task>", "01234", "<lead>", "56789", "</lead>", "</task>",
                           "<lead+>", "abcde", "</lead>", "f"]
    assert replay(text, segs) == {"a": text[0:10], "b": text[5:15]}


def test_heading_outside_the_task_and_repeated_implicit_leads():
    text = "1. Sở Nội vụ:\n- Rà soát bộ máy.\n- Hướng dẫn UBND xã.\n"
    heading = find(text, "Sở Nội vụ")
    t1, t2 = find(text, "Rà soát bộ máy."), find(text, "Hướng dẫn UBND xã.")
    data = notice(text, [
        task("t1", text, t1, lead=[actor("Sở Nội vụ", heading, implicit=True)]),
        task("t2", text, t2, lead=[actor("Sở Nội vụ", heading, implicit=True),
                                   actor("Sở Nội vụ", heading, implicit=True)]),
    ])
    marks, dropped = task_marks(data)
    assert not dropped
    # one lead mark per task on the shared heading, the repeat inside t2 drawn once
    assert sorted((m.task, m.role) for m in marks if m.role == "lead") == [
        ("t1", "lead"), ("t2", "lead")]
    seen = replay(text, segments(text, marks))
    for m in marks:
        assert seen[m.key] == text[m.start:m.end]


def test_out_of_range_and_malformed_spans_are_ignored_and_reported():
    text = "Sở Tài chính rà soát."
    good = find(text, "Sở Tài chính")
    data = notice(text, [task("t1", text, [0, len(text)], lead=[actor("Sở Tài chính", good)])],
                  validate=False)
    data["tasks"][0]["support"] = [actor("far", [5, 500]), actor("neg", [-1, 3]),
                                   actor("rev", [6, 2]), actor("empty", [4, 4]),
                                   actor("bad", ["a", 3]), actor("bool", [True, 3]),
                                   actor("three", [1, 2, 3]), actor("none", None)]
    data["tasks"][0]["deadline"] = {"text": "x", "type": "vague", "span": [len(text), 99]}
    marks, dropped = task_marks(data)
    assert {(m.role, m.start, m.end) for m in marks} == {("task", 0, len(text)),
                                                         ("lead", *good)}
    assert sorted(d.label for d in dropped) == ["bad", "bool", "empty", "far", "neg", "rev",
                                                "three", "x"]
    assert all(d.reason for d in dropped)
    # segments() itself ignores unusable marks too
    assert shape(segments("abc", [mk(1, 9), mk(-2, 1), mk(2, 2)])) == ["abc"]


def test_check_span():
    assert check_span([0, 3], 3) == ((0, 3), "")
    assert check_span((1, 2), 3)[0] == (1, 2)
    for bad in (None, [0, 4], [-1, 2], [2, 2], [3, 1], "ab", [0.0, 1], [False, 1], [1]):
        assert check_span(bad, 3)[0] is None


def test_no_text_gives_no_segments():
    data = notice("abc", [task("t1", "abc", [0, 3])])
    data["text"] = None
    marked = mark_text(data)
    assert marked.segments == [] and marked.marks == []


spans = st.tuples(st.integers(-3, 45), st.integers(-3, 45))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab<>&\"' \nỦ", min_size=0, max_size=40),
       st.lists(st.tuples(spans, st.sampled_from(["task", "lead", "support", "report_to",
                                                   "deadline"])), max_size=12))
def test_any_marks_nest_and_keep_their_text(text, raw):
    marks = [mk(s, e, role, key=f"k{i}") for i, ((s, e), role) in enumerate(raw)]
    seen = replay(text, segments(text, marks))
    for m in marks:
        if 0 <= m.start < m.end <= len(text):
            assert seen[m.key] == text[m.start:m.end]
        else:
            assert m.key not in seen


class TextOf(HTMLParser):
    """Collect the text inside #doc-text and check that its span tags nest."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # >0 inside #doc-text
        self.text: list[str] = []
        self.marks: dict[str, str] = {}
        self.open: list[str] = []
        self.tags_inside: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id") == "doc-text":
            self.depth = 1
            return
        if self.depth:
            self.tags_inside.add(tag)
            self.depth += 1
            self.open.append(attrs.get("data-mark", ""))
            self.marks.setdefault(attrs.get("data-mark", ""), "")

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1
            if self.depth:
                self.open.pop()

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)
            for key in self.open:
                self.marks[key] += data


def test_page_text_is_escaped_and_round_trips():
    data = xss_notice()
    html = render_review_page(data)
    parser = TextOf()
    parser.feed(html)
    assert "".join(parser.text) == data["text"]
    assert parser.tags_inside == {"span"}
    marks, _ = task_marks(data)
    for m in marks:
        assert parser.marks[m.key] == data["text"][m.start:m.end]
    assert XSS_SCRIPT not in html and XSS_IMG not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "<img" not in html
