"""Review pages in a real headless Chromium, opened from disk (file://).

Run alone with ``.venv/bin/pytest tests/review/test_review_browser.py``; needs Chromium at
/usr/bin/chromium (``make system-deps``) and Playwright's Python package (the dev extras).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.review_notices import (
    XSS_IMG,
    XSS_SCRIPT,
    actor,
    deadline,
    find,
    notice,
    task,
    xss_notice,
)

from giaoviec.cli import main
from giaoviec.review import write_index, write_review_page

VISIBLE_ROWS = ("rows => rows.filter(r => r.getClientRects().length > 0)"
                ".map(r => r.dataset.task)")
IN_VIEW = """el => {
  const r = el.getBoundingClientRect();
  const pane = document.getElementById('doc-text').getBoundingClientRect();
  return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight
    && r.top >= pane.top && r.bottom <= pane.bottom;
}"""


@pytest.fixture(scope="module")
def seed(samples, tmp_path_factory) -> tuple[dict, Path]:
    from giaoviec.api import extract

    data = extract(samples / "seed-001.docx").model_dump(mode="json")
    path = tmp_path_factory.mktemp("review") / "seed.html"
    write_review_page(data, path)
    return data, path


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> tuple[dict, Path]:
    """Six tasks: with and without leads, deadlines in two months, warnings, a recurrence."""
    lines = ["Sở Tài chính rà soát kinh phí trước ngày 30/7/2025.",
             "Sở Xây dựng lập quy hoạch trong tháng 8/2025.",
             "Rà soát hồ sơ tồn đọng.",
             "UBND xã báo cáo hằng tháng.",
             "Sở Tài chính tổng hợp trước ngày 15/8/2025.",
             "Tiếp tục theo dõi."]
    text = "\n".join(lines) + "\n"
    spans = [find(text, line) for line in lines]
    tasks = [
        task("t1", text, spans[0], lead=[actor("Sở Tài chính", find(text, "Sở Tài chính"))],
             deadline_=deadline("trước ngày 30/7/2025", find(text, "trước ngày 30/7/2025"),
                                date="2025-07-30")),
        task("t2", text, spans[1], lead=[actor("Sở Xây dựng", find(text, "Sở Xây dựng"))],
             deadline_=deadline("trong tháng 8/2025", find(text, "trong tháng 8/2025"),
                                type_="within_period", date="2025-08-31", start="2025-08-01"),
             warnings=[("lead_not_recipient", "the lead is not among the recipients")]),
        task("t3", text, spans[2], warnings=[("no_lead", "no lead"),
                                             ("no_deadline", "no deadline")]),
        task("t4", text, spans[3], lead=[actor("UBND xã", find(text, "UBND xã"),
                                               canonical="Ủy ban nhân dân xã")],
             deadline_=deadline("hằng tháng", find(text, "hằng tháng"), type_="recurring",
                                recurrence="monthly")),
        task("t5", text, spans[4], lead=[actor("Sở Tài chính", find(text, "Sở Tài chính",
                                                                     spans[4][0]))],
             deadline_=deadline("trước ngày 15/8/2025", find(text, "trước ngày 15/8/2025"),
                                date="2025-08-15")),
        task("t6", text, spans[5], warnings=[("no_deadline", "no deadline")]),
    ]
    data = notice(text, tasks)
    path = tmp_path_factory.mktemp("review") / "mixed.html"
    write_review_page(data, path)
    return data, path


def visible(page) -> list[str]:
    return page.eval_on_selector_all("#tasks tbody tr", VISIBLE_ROWS)


def expected_marks(data: dict) -> set[tuple[str, str, int, int]]:
    """(task, role, start, end) of every span the JSON gives a task, its actors, deadline."""
    marks = set()
    for t in data["tasks"]:
        marks.add((t["id"], "task", *t["span"]))
        for role in ("lead", "support", "report_to"):
            marks.update((t["id"], role, *a["span"]) for a in t[role] if a["span"])
        if t["deadline"] and t["deadline"]["span"]:
            marks.add((t["id"], "deadline", *t["deadline"]["span"]))
    return marks


def test_every_task_has_a_row(open_page, seed):
    data, path = seed
    page = open_page(path)
    assert visible(page) == [t["id"] for t in data["tasks"]]
    assert page.inner_text("#row-count") == f"{len(data['tasks'])} of {len(data['tasks'])}"


def test_every_highlight_is_the_text_at_its_span(open_page, seed):
    data, path = seed
    page = open_page(path)
    fragments = page.eval_on_selector_all("#doc-text [data-mark]", """els => els.map(e => ({
        key: e.dataset.mark, task: e.dataset.task, role: e.dataset.role,
        span: e.dataset.span, text: e.textContent}))""")
    assert all(f["task"] and f["role"] for f in fragments)
    marks: dict[str, dict] = {}
    for f in fragments:
        mark = marks.setdefault(f["key"], {**f, "text": ""})
        mark["text"] += f["text"]
    text = data["text"]
    shown = set()
    for mark in marks.values():
        start, end = map(int, mark["span"].split("-"))
        assert mark["text"] == text[start:end], mark
        shown.add((mark["task"], mark["role"], start, end))
    assert shown == expected_marks(data)
    # the whole text is there, unchanged, line breaks included
    assert page.eval_on_selector("#doc-text", "e => e.textContent") == text
    assert page.eval_on_selector("#doc-text", "e => getComputedStyle(e).whiteSpace") == \
        "pre-wrap"


def test_checkbox_filters_hide_and_show_rows(open_page, mixed):
    data, path = mixed
    page = open_page(path)
    ids = [t["id"] for t in data["tasks"]]
    no_deadline = [t["id"] for t in data["tasks"] if t["deadline"] is None]
    no_lead = [t["id"] for t in data["tasks"] if not t["lead"]]
    warned = [t["id"] for t in data["tasks"] if t["warnings"]]
    assert no_deadline == ["t3", "t6"] and no_lead == ["t3", "t6"] and len(warned) == 3

    page.check("#f-no-deadline")
    assert visible(page) == no_deadline
    assert page.inner_text("#row-count") == "2 of 6"
    page.uncheck("#f-no-deadline")
    assert visible(page) == ids

    page.check("#f-no-lead")
    assert visible(page) == no_lead
    page.check("#f-warnings")
    assert visible(page) == [i for i in no_lead if i in warned]
    page.uncheck("#f-no-lead")
    assert visible(page) == warned
    page.click("#f-reset")
    assert visible(page) == ids


def test_lead_month_and_search_filters(open_page, mixed):
    _, path = mixed
    page = open_page(path)
    options = page.eval_on_selector_all("#f-lead option", "os => os.map(o => o.value)")
    assert options == ["", "Sở Tài chính", "Sở Xây dựng", "Ủy ban nhân dân xã"]
    page.select_option("#f-lead", "Sở Tài chính")
    assert visible(page) == ["t1", "t5"]
    page.select_option("#f-lead", "Ủy ban nhân dân xã")
    assert visible(page) == ["t4"]
    page.select_option("#f-lead", "")

    months = page.eval_on_selector_all("#f-month option", "os => os.map(o => o.value)")
    assert months == ["", "2025-07", "2025-08"]
    page.select_option("#f-month", "2025-08")
    assert visible(page) == ["t2", "t5"]
    page.select_option("#f-lead", "Sở Tài chính")
    assert visible(page) == ["t5"]
    page.click("#f-reset")

    page.fill("#f-search", "ho so ton dong")  # no diacritics, still found
    assert visible(page) == ["t3"]
    page.fill("#f-search", "HẰNG THÁNG")
    assert visible(page) == ["t4"]
    page.fill("#f-search", "không có ở đâu")
    assert visible(page) == []
    assert page.is_visible("#no-rows")


def test_clicking_a_row_scrolls_to_its_highlight_and_flashes_it(open_page, seed):
    data, path = seed
    page = open_page(path)
    last = data["tasks"][-1]["id"]
    target = page.locator(f"#hl-{last}")
    assert page.evaluate("document.getElementById('doc-text').scrollHeight > "
                         "2 * document.getElementById('doc-text').clientHeight")
    assert not target.evaluate(IN_VIEW), "the last task should start out of view"
    assert "flash" not in (target.get_attribute("class") or "")

    page.click(f'#tasks tr[data-task="{last}"]')
    assert "flash" in target.get_attribute("class")
    page.wait_for_function(f"() => ({IN_VIEW})(document.getElementById('hl-{last}'))",
                           timeout=5000)
    assert "selected" in page.get_attribute(f'#tasks tr[data-task="{last}"]', "class")
    active = page.eval_on_selector_all("#doc-text .hl.active", "es => es.map(e => e.dataset.task)")
    assert active and set(active) == {last}

    first = data["tasks"][0]["id"]  # and back up: the flash moves
    page.click(f'#tasks tr[data-task="{first}"]')
    page.wait_for_function(f"() => ({IN_VIEW})(document.getElementById('hl-{first}'))",
                           timeout=5000)
    assert "flash" in page.get_attribute(f"#hl-{first}", "class")


def test_clicking_a_highlight_selects_its_row(open_page, mixed):
    _, path = mixed
    page = open_page(path)
    page.click("#hl-t4")
    assert "selected" in page.get_attribute('#tasks tr[data-task="t4"]', "class")


def test_sorting_by_clicking_headers(open_page, mixed):
    _, path = mixed
    page = open_page(path)
    header = page.locator("#tasks thead th").nth(6)  # deadline, normalised
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "ascending"
    assert visible(page) == ["t1", "t5", "t2", "t3", "t4", "t6"]  # by date, empty last
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "descending"
    assert visible(page) == ["t2", "t5", "t1", "t3", "t4", "t6"]
    warnings = page.locator("#tasks thead th").nth(9).locator("button")
    warnings.click()
    warnings.click()
    assert visible(page)[0] == "t3"  # two warnings
    page.locator("#tasks thead th").nth(0).locator("button").click()
    assert visible(page) == ["t1", "t2", "t3", "t4", "t5", "t6"]


def test_markup_in_a_notice_json_stays_inert(open_page, tmp_path):
    data = xss_notice()
    path = tmp_path / "xss.html"
    write_review_page(data, path)
    page = open_page(path)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img").count() == 0
    doc_text = page.inner_text("#doc-text")
    assert XSS_SCRIPT in doc_text and XSS_IMG in doc_text
    assert XSS_SCRIPT in page.inner_text("h1")
    assert page.eval_on_selector("#doc-text", "e => e.textContent") == data["text"]
    page.click('#tasks tr[data-task="t1"]')  # the page still works
    assert "flash" in page.get_attribute("#hl-t1", "class")


def test_markup_in_a_text_document_stays_inert(open_page, tmp_path, capsys):
    doc = tmp_path / "xss.txt"
    doc.write_text("ỦY BAN NHÂN DÂN TỈNH\nTHÔNG BÁO\nKết luận kiểm tra\n"
                   f"1. Sở Tài chính {XSS_SCRIPT} chủ trì rà soát kinh phí, báo cáo UBND tỉnh "
                   "trước ngày 30/7/2025.\n"
                   f"2. Giao Sở Xây dựng {XSS_IMG} hướng dẫn UBND xã lập quy hoạch.\n",
                   encoding="utf-8")
    out = tmp_path / "xss.html"
    assert main(["review", str(doc), "-o", str(out)]) == 0
    page = open_page(out)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img").count() == 0
    doc_text = page.inner_text("#doc-text")
    assert XSS_SCRIPT in doc_text and XSS_IMG in doc_text


def test_index_links_sorts_and_filters(open_page, tmp_path, seed):
    data, _ = seed
    write_review_page(data, tmp_path / "pages" / "seed.html")
    entries = [
        {"title": data["document"]["title"], "page": "pages/seed.html", "doc": "seed-001.docx",
         "tasks": len(data["tasks"]), "warnings": len(data["warnings"]), "status": "ok",
         "error": None},
        {"title": None, "page": None, "doc": "in/broken.pdf", "tasks": 0, "warnings": 0,
         "status": "error", "error": "in/broken.pdf: the file is not a PDF"},
        {"title": "Công văn 2", "page": None, "doc": "in/b.txt", "tasks": 3, "warnings": 0,
         "status": "ok", "error": None},
    ]
    write_index(entries, tmp_path / "index.html")
    page = open_page(tmp_path / "index.html")
    rows = "#documents tbody tr"
    titles = "rs => rs.filter(r => r.getClientRects().length > 0).map(r => r.cells[1].innerText)"
    assert page.eval_on_selector_all(rows, titles) == [data["document"]["title"], "broken.pdf",
                                                       "Công văn 2"]
    page.locator("#documents thead th").nth(3).locator("button").click()  # tasks
    assert page.eval_on_selector_all(rows, titles)[:2] == ["Công văn 2",
                                                           data["document"]["title"]]
    page.select_option("#f-status", "error")
    assert page.eval_on_selector_all(rows, titles) == ["broken.pdf"]
    assert "not a PDF" in page.inner_text("#documents")
    page.select_option("#f-status", "")
    page.click("a.doc-link")
    page.wait_for_selector("#doc-text")
    assert page.url.endswith("/pages/seed.html")


def test_narrow_screens_put_the_table_below_the_text(open_page, mixed):
    _, path = mixed
    page = open_page(path, width=760, height=900)
    text_box = page.locator(".text-pane").bounding_box()
    table_box = page.locator(".table-pane").bounding_box()
    assert table_box["y"] >= text_box["y"] + text_box["height"]


def test_vietnamese_text_renders_with_a_vietnamese_font(open_page, seed):
    _, path = seed
    page = open_page(path)
    assert page.evaluate("document.documentElement.lang") == "vi"
    assert page.evaluate("document.characterSet") == "UTF-8"
    family = page.eval_on_selector("body", "e => getComputedStyle(e).fontFamily")
    assert family.startswith('"Noto Sans", "Segoe UI", Roboto')
    assert "Ủy ban" in page.inner_text("#doc-text")
