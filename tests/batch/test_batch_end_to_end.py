"""A batch over a folder of good, broken and non-documents: every input has one outcome, the
failures say why in one line, and the exports parse in the tools trackers use."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from batchkit import SAMPLES, copy_sample, notice_docx, read_manifest_lines, run_batch


def build_mixed_folder(root: Path) -> dict[str, str]:
    """Write the inputs; return the expected status of each by file name."""
    from fpdf import FPDF
    from openpyxl import Workbook

    folder = root / "in"
    for name in ("seed-001.docx", "seed-001.pdf", "seed-001.txt"):
        copy_sample(name, folder / name)
    (folder / "generated.docx").write_bytes(notice_docx())
    copy_sample("seed-001.docx", folder / "word-named.pdf")  # a DOCX with a .pdf name
    copy_sample("seed-001.txt", folder / "sub" / "deeper" / "seed-001.txt")  # same name
    pdf = (SAMPLES / "seed-001.pdf").read_bytes()
    (folder / "truncated.pdf").write_bytes(pdf[: len(pdf) // 3])
    (folder / "garbage.docx").write_bytes(bytes(range(256)) * 20)
    (folder / "empty.txt").write_bytes(b"")
    locked = FPDF()
    locked.set_encryption(owner_password="owner", user_password="user")
    locked.add_page()
    locked.set_font("helvetica", size=12)
    locked.cell(text="secret")
    locked.output(str(folder / "locked.pdf"))
    (folder / "notes.md").write_text("# Ghi chú\n", encoding="utf-8")
    book = Workbook()
    book.active["A1"] = "Nhiệm vụ"
    book.save(folder / "data.xlsx")
    (folder / ".hidden.txt").write_text("not to be read", encoding="utf-8")
    (folder / ".git").mkdir()
    (folder / ".git" / "x.txt").write_text("not to be read", encoding="utf-8")
    ok = ["seed-001.docx", "seed-001.pdf", "seed-001.txt", "generated.docx", "word-named.pdf",
          "sub/deeper/seed-001.txt"]
    error = ["truncated.pdf", "garbage.docx", "empty.txt", "locked.pdf"]
    skipped = ["notes.md", "data.xlsx"]
    return {**dict.fromkeys(ok, "ok"), **dict.fromkeys(error, "error"),
            **dict.fromkeys(skipped, "skipped")}


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("mixed")
    expected = build_mixed_folder(root)
    outdir = root / "out"
    result = run_batch(str(root / "in"), "-o", str(outdir), "--workers", "2")
    return root / "in", outdir, expected, result


def test_every_input_has_exactly_one_outcome(mixed_run):
    folder, outdir, expected, result = mixed_run
    assert result.returncode == 1, result.stderr
    lines = read_manifest_lines(outdir)
    by_input = {Path(r["input"]).relative_to(folder.resolve()).as_posix(): r for r in lines}
    assert len(by_input) == len(lines)  # no input twice
    assert {k: r["status"] for k, r in by_input.items()} == expected
    for record in lines:
        assert set(record) == {"input", "sha256", "status", "output", "error", "error_code",
                               "seconds", "tasks", "finished_at"}
        if record["status"] == "ok":
            assert record["error"] is None and record["tasks"] > 0
            data = json.loads((outdir / record["output"]).read_text(encoding="utf-8"))
            assert data["source"]["sha256"] == record["sha256"]
        else:
            assert record["output"] is None
            assert record["error"] and "\n" not in record["error"]


def test_failures_say_why(mixed_run):
    _, outdir, _, result = mixed_run
    errors = {Path(r["input"]).name: (r["error"], r["error_code"])
              for r in read_manifest_lines(outdir) if r["status"] == "error"}
    assert errors["empty.txt"] == ("empty file (0 bytes)", "E103")
    assert "password" in errors["locked.pdf"][0]
    assert errors["truncated.pdf"][1] == "E105"
    assert errors["garbage.docx"][1] in ("E104", "E105")
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        f"giaoviec: 4 of 10 documents failed; see {outdir}/manifest.jsonl")
    # one plain line per input when stderr is not a terminal
    assert sum(line.startswith(("ok ", "error ", "skipped "))
               for line in result.stderr.splitlines()) == 12


def test_docx_named_pdf_is_read_as_docx_and_names_do_not_collide(mixed_run):
    folder, outdir, _, _ = mixed_run
    outputs = {Path(r["input"]).relative_to(folder.resolve()).as_posix(): r["output"]
               for r in read_manifest_lines(outdir)}
    assert outputs["word-named.pdf"] == "word-named.pdf.json"
    data = json.loads((outdir / "word-named.pdf.json").read_text(encoding="utf-8"))
    assert data["source"]["format"] == "docx"
    # a/x and b/x: the first in input order keeps the plain name
    assert outputs["seed-001.txt"] == "seed-001.txt.json"
    assert outputs["sub/deeper/seed-001.txt"] == "seed-001.txt.2.json"


def test_exports_parse(mixed_run):
    _, outdir, _, _ = mixed_run
    ok = [r for r in read_manifest_lines(outdir) if r["status"] == "ok"]
    total_tasks = sum(r["tasks"] for r in ok)

    rows = [json.loads(line) for line in
            (outdir / "tasks.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == total_tasks
    assert {r["sha256"] for r in rows} == {r["sha256"] for r in ok}
    assert all(isinstance(r["lead"], list) and r["task"] for r in rows)

    raw = (outdir / "tasks.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(table) == total_tasks
    assert table[0]["task_id"] and "deadline_date" in table[0]

    from openpyxl import load_workbook

    sheet = load_workbook(outdir / "tasks.xlsx").active
    assert sheet.max_row == total_tasks + 1
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.bold

    ics = (outdir / "deadlines.ics").read_bytes()
    assert ics.startswith(b"BEGIN:VCALENDAR\r\n") and ics.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in ics.split(b"\r\n"))
    dated = {(r["sha256"], r["task_id"]) for r in rows if r["deadline_date"]}
    assert ics.count(b"BEGIN:VEVENT") == len(dated) > 0


def test_no_temporary_or_truncated_file_is_left(mixed_run):
    _, outdir, _, _ = mixed_run
    assert not [p for p in outdir.iterdir() if p.name.endswith(".tmp")]
    for path in outdir.glob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))


def test_quiet_prints_only_the_summary(tmp_path, text_folder):
    result = run_batch(str(text_folder), "-o", str(tmp_path / "out"), "--quiet",
                       "--workers", "1")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr.splitlines() == [result.stderr.strip()]
    assert result.stderr.startswith("giaoviec: 3 of 3 documents converted")


def test_folder_copied_twice_into_one_outdir_keeps_one_line_per_input(tmp_path, text_folder):
    out = tmp_path / "out"
    assert run_batch(str(text_folder), "-o", str(out), "--workers", "1").returncode == 0
    copy = tmp_path / "copy"
    shutil.copytree(text_folder, copy)
    assert run_batch(str(copy), "-o", str(out), "--workers", "1").returncode == 0
    lines = read_manifest_lines(out)
    assert len(lines) == 6 and len({r["input"] for r in lines}) == 6
    names = sorted(r["output"] for r in lines)
    assert names == sorted([f"note-{i}.txt.json" for i in range(3)]
                           + [f"note-{i}.txt.2.json" for i in range(3)])
    rows = (out / "tasks.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(rows) == sum(r["tasks"] for r in lines)
