"""Review pages and the batch index without a browser: content, self-containment, the CLI."""

from __future__ import annotations

import base64
import hashlib
import re
from html import unescape
from pathlib import Path

import pytest
from support.review_notices import XSS_IMG, XSS_SCRIPT, actor, notice, task, xss_notice

from giaoviec.cli import main
from giaoviec.review import default_output, render_review_page, write_index, write_review_page
from giaoviec.review.page import page_href, render_index


@pytest.fixture(scope="module")
def seed_json(samples) -> dict:
    from giaoviec.api import extract

    return extract(samples / "seed-001.docx").model_dump(mode="json")


def test_page_is_self_contained_and_declares_vietnamese(seed_json, tmp_path):
    out = tmp_path / "deep" / "page.html"
    write_review_page(seed_json, out)
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="vi">' in html and '<meta charset="utf-8">' in html
    assert '"Noto Sans", "Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans"' in html
    # nothing is loaded from anywhere: no external script, stylesheet, font, image or frame
    assert not re.search(r"<(link|iframe|img|object|embed)\b", html)
    assert not re.search(r"<script[^>]*\bsrc=", html)
    assert not re.search(r"(https?:)?//[a-z]", html.replace("http-equiv", ""))
    assert "@import" not in html and "url(" not in html


def test_csp_allows_exactly_the_page_script(seed_json):
    html = render_review_page(seed_json)
    csp = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"',
                             html).group(1))
    assert "default-src 'none'" in csp
    scripts = re.findall(r"<script>(.*?)</script>", html, flags=re.S)
    assert len(scripts) == 1
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp


def test_page_shows_document_fields_summary_and_every_task(seed_json):
    html = render_review_page(seed_json)
    doc = seed_json["document"]
    assert doc["title"] in html and doc["signer"]["name"] in html
    for recipient in doc["recipients"]:
        assert recipient in html
    assert html.count('<tr class="task-row') == len(seed_json["tasks"])
    for key, count in seed_json["summary"]["six_clear"].items():
        assert re.search(rf'data-six="{key}".*?<strong>{count}</strong>/', html, flags=re.S)
    for t in seed_json["tasks"]:
        assert f'id="hl-{t["id"]}"' in html


def test_markup_in_every_field_is_escaped():
    html = render_review_page(xss_notice())
    assert XSS_SCRIPT not in html and XSS_IMG not in html
    assert "<img" not in html
    assert html.count("<script") == 1  # ours
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=&#34;window.__pwned=1&#34;&gt;" in html


def test_filters_offer_the_leads_and_months_present():
    text = "A làm X trước 30/7/2025. B làm Y trong tháng 8/2025. Làm Z."
    data = notice(text, [
        task("t1", text, [0, 24], lead=[actor("A", [0, 1])],
             deadline_={"text": "trước 30/7/2025", "type": "by_date", "date": "2025-07-30",
                        "span": [9, 23]}),
        task("t2", text, [25, 52], lead=[actor("B", [25, 26], canonical="Bộ B")],
             deadline_={"text": "trong tháng 8/2025", "type": "within_period",
                        "date": "2025-08-31", "start": "2025-08-01", "span": [33, 51]}),
        task("t3", text, [53, len(text)]),
    ], validate=False)
    html = render_review_page(data)
    assert re.findall(r'<option value="(\d{4}-\d\d)"', html) == ["2025-07", "2025-08"]
    assert '<option value="A">A (1)</option>' in html
    assert '<option value="Bộ B">Bộ B (1)</option>' in html
    assert "2025-08-01 → 2025-08-31" in html
    assert 'data-has-lead="0"' in html and 'data-leads="[&#34;Bộ B&#34;]"' in html


def test_page_without_text_still_lists_tasks():
    data = notice("Sở A rà soát.", [task("t1", "Sở A rà soát.", [0, 13])])
    data["text"] = None
    html = render_review_page(data)
    assert "--no-text" in html and 'data-task="t1"' in html and 'id="doc-text"' not in html


def test_index_lists_documents_with_counts_and_safe_links(tmp_path):
    entries = [
        {"title": "Thông báo 1", "page": "pages/a.docx.html", "doc": "in/a.docx", "tasks": 3,
         "warnings": 1, "status": "ok", "error": None},
        {"title": None, "page": None, "doc": "in/broken.pdf", "tasks": 0, "warnings": 0,
         "status": "error", "error": f"in/broken.pdf: corrupt {XSS_SCRIPT}"},
        {"title": "Odd", "page": "javascript:alert(1)", "doc": "x", "tasks": 0, "warnings": 0,
         "status": "ok", "error": None},
        {"title": "Hash", "page": "pages/a b#c?.html", "doc": "y", "tasks": 2, "warnings": 0,
         "status": "ok", "error": None},
    ]
    out = tmp_path / "index.html"
    write_index(entries, out)
    html = out.read_text(encoding="utf-8")
    assert html.count('<tr class="doc-row') == 4
    assert 'href="pages/a.docx.html"' in html
    assert 'href="javascript%3Aalert%281%29"' in html
    assert 'href="pages/a%20b%23c%3F.html"' in html
    assert "broken.pdf" in html and XSS_SCRIPT not in html
    assert '<html lang="vi">' in html
    totals = {label: int(value) for value, label in
              re.findall(r'total-value">(\d+)</span><span class="total-label">(\w+)', html)}
    assert totals == {"documents": 4, "tasks": 5, "warnings": 1, "failures": 1}
    assert render_index([]).count('<tr class="doc-row') == 0


def test_page_href_keeps_relative_paths():
    assert page_href("a/b.html") == "a/b.html"
    assert page_href(Path("x y") / "ý.html") == "x%20y/%C3%BD.html"


def test_default_output_names():
    assert default_output(Path("d/notice.docx")) == Path("d/notice.docx.html")
    assert default_output(Path("d/notice.docx.json")) == Path("d/notice.docx.html")
    assert default_output(Path("d/x.JSON")) == Path("d/x.html")


def test_cli_review_of_a_document_and_of_its_json(samples, tmp_path, capsys):
    out = tmp_path / "seed.html"
    assert main(["review", str(samples / "seed-001.txt"), "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert 'class="task-row' in out.read_text(encoding="utf-8")

    as_json = tmp_path / "seed.out"  # no .json extension: detected from the content
    assert main(["extract", str(samples / "seed-001.txt"), "-o", str(as_json)]) == 0
    assert main(["review", str(as_json)]) == 0
    assert (tmp_path / "seed.out.html").exists()
    (tmp_path / "seed.json").write_text(as_json.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["review", str(tmp_path / "seed.json")]) == 0
    assert (tmp_path / "seed.html").read_text(encoding="utf-8") == \
        (tmp_path / "seed.out.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "content", "message"), [
    ("missing.docx", None, "missing.docx: no such file"),
    ("bad.json", "{not json", "bad.json: not valid JSON"),
    ("list.json", "[1, 2]", "list.json: not the JSON of giaoviec extract"),
    ("empty.txt", "", "empty.txt:"),
])
def test_cli_review_errors_are_one_line_with_exit_2(tmp_path, capsys, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert main(["review", str(path), "-o", str(tmp_path / "out.html")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("giaoviec: error: ") and err.count("\n") == 1 and message in err
    assert not (tmp_path / "out.html").exists()


def test_cli_review_unwritable_output_is_one_line(samples, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert main(["review", str(samples / "seed-001.txt"), "-o", str(blocker / "p.html")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("giaoviec: error: ") and err.count("\n") == 1


def test_a_text_document_starting_with_a_brace_is_still_a_document(tmp_path):
    doc = tmp_path / "note.txt"
    doc.write_text("{ghi chú}\nTHÔNG BÁO\nGiao Sở Tài chính rà soát kinh phí trước ngày "
                   "30/7/2025.\n", encoding="utf-8")
    assert main(["review", str(doc)]) == 0
    assert "Sở Tài chính" in (tmp_path / "note.txt.html").read_text(encoding="utf-8")


def test_templates_ship_with_the_package():
    from importlib.resources import files

    templates = files("giaoviec.review") / "templates"
    names = {p.name for p in templates.iterdir()}
    assert {"page.html.j2", "index.html.j2"} <= names


def test_index_reads_path_and_doc_path_as_aliases():
    html = render_index([{"title": "A", "path": "review/a.html", "doc_path": "in/a.docx",
                          "tasks": 1, "warnings": 0, "status": "ok", "error": None}])
    assert 'href="review/a.html"' in html and "in/a.docx" in html
