"""``--review`` calls giaoviec.review when it is importable and carries on when it is not."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
from batchkit import notice_text

from giaoviec.cli import main


def fake_review_module(calls: dict) -> types.ModuleType:
    module = types.ModuleType("giaoviec.review")

    def write_review_page(notice_json: dict, out_path: Path) -> None:
        calls.setdefault("pages", []).append(notice_json["source"]["path"])
        Path(out_path).write_text("<html>page</html>", encoding="utf-8")

    def write_index(entries: list[dict], out_path: Path) -> None:
        calls["entries"] = entries
        Path(out_path).write_text("<html>index</html>", encoding="utf-8")

    module.write_review_page = write_review_page
    module.write_index = write_index
    return module


def test_review_pages_and_index(tmp_path, text_folder, monkeypatch, capsys):
    (text_folder / "bad.pdf").write_bytes(b"%PDF-1.4 broken")
    calls: dict = {}
    monkeypatch.setitem(sys.modules, "giaoviec.review", fake_review_module(calls))
    out = tmp_path / "out"
    assert main(["batch", str(text_folder), "-o", str(out), "--review", "--workers", "1"]) == 1
    assert len(calls["pages"]) == 3
    assert (out / "index.html").read_text(encoding="utf-8") == "<html>index</html>"
    assert sorted(p.name for p in (out / "review").iterdir()) == [
        "note-0.txt.html", "note-1.txt.html", "note-2.txt.html"]
    entries = {Path(e["doc"]).name: e for e in calls["entries"]}
    assert set(entries["note-0.txt"]) == {"title", "page", "doc", "tasks", "warnings",
                                          "status", "error"}
    assert entries["note-0.txt"]["page"] == "review/note-0.txt.html"
    assert entries["note-0.txt"]["status"] == "ok" and entries["note-0.txt"]["tasks"] > 0
    assert entries["bad.pdf"]["status"] == "error" and entries["bad.pdf"]["page"] is None
    assert entries["bad.pdf"]["error"]
    notice = json.loads((out / "note-0.txt.json").read_text(encoding="utf-8"))
    # the notice's list holds the tasks' warnings too: each counted once
    assert entries["note-0.txt"]["warnings"] == len(notice["warnings"])


def test_review_unavailable_is_one_warning(tmp_path, monkeypatch, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(notice_text(), encoding="utf-8")
    monkeypatch.setitem(sys.modules, "giaoviec.review", None)  # import fails
    out = tmp_path / "out"
    assert main(["batch", str(tmp_path / "in"), "-o", str(out), "--review"]) == 0
    err = capsys.readouterr().err
    warnings = [line for line in err.splitlines() if "warning" in line]
    assert len(warnings) == 1 and warnings[0].startswith("giaoviec: warning: review pages")
    assert (out / "a.txt.json").is_file() and not (out / "index.html").exists()


def test_with_the_real_review_package(tmp_path, text_folder):
    pytest.importorskip("giaoviec.review")
    out = tmp_path / "out"
    assert main(["batch", str(text_folder), "-o", str(out), "--review", "--quiet",
                 "--workers", "1"]) == 0
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "review/note-0.txt.html" in index
    assert (out / "review" / "note-2.txt.html").stat().st_size > 0
