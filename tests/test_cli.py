"""The command line: outputs, exit codes, one-line errors for every kind of bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from support.builders import build_docx, build_pdf, para

from giaoviec import __version__
from giaoviec.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "giaoviec", *args], capture_output=True,
                          text=True, cwd=cwd or ROOT, timeout=120)


def test_extract_one_file_to_stdout(samples):
    result = run_cli("extract", str(samples / "seed-001.txt"))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema_version"] == "1.0"
    assert set(data) >= {"schema_version", "source", "text", "document", "sections", "tasks",
                         "warnings"}


def test_extract_to_file_pretty_without_text(samples, tmp_path, capsys):
    out = tmp_path / "seed.json"
    assert main(["extract", str(samples / "seed-001.docx"), "-o", str(out), "--pretty",
                 "--no-text"]) == 0
    content = out.read_text(encoding="utf-8")
    assert content.startswith("{\n  ")
    assert "text" not in json.loads(content)


def test_several_files_go_to_a_directory(samples, tmp_path):
    out = tmp_path / "out"
    assert main(["extract", str(samples / "seed-001.docx"), str(samples / "seed-001.pdf"),
                 "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["seed-001.docx.json", "seed-001.pdf.json"]


def test_several_files_to_stdout_are_json_lines(samples, capsys):
    assert main(["extract", str(samples / "seed-001.txt"), str(samples / "seed-001.docx")]) == 0
    lines = capsys.readouterr().out.strip().split("\n")
    assert [json.loads(ln)["source"]["format"] for ln in lines] == ["txt", "docx"]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    docx = build_docx(para("Giao Sở Y tế"))
    pdf = build_pdf([[(30, 30, "Nội dung")]])
    from fpdf import FPDF

    locked = FPDF()
    locked.add_page()
    locked.set_font("helvetica", size=12)
    locked.text(20, 20, "secret")
    locked.set_encryption(owner_password="o", user_password="u")
    scanned = FPDF()
    scanned.add_page()
    scanned.rect(20, 20, 40, 40, style="F")
    (tmp_path / "folder").mkdir()
    return {
        "missing": (tmp_path / "nope.docx", "no such file"),
        "directory": (tmp_path / "folder", "is a directory"),
        "empty": (write(tmp_path, "empty.pdf", b""), "empty file"),
        "unsupported": (write(tmp_path, "data.bin", bytes(range(256)) * 4), "unsupported"),
        "corrupt docx": (write(tmp_path, "broken.docx", b"PK\x03\x04" + b"x" * 300),
                         "corrupt DOCX"),
        "truncated pdf": (write(tmp_path, "cut.pdf", pdf[: len(pdf) // 3]), "corrupt"),
        "locked pdf": (write(tmp_path, "locked.pdf", bytes(locked.output())),
                       "password-protected"),
        "scanned pdf": (write(tmp_path, "scan.pdf", bytes(scanned.output())), "no text layer"),
        "docx named .pdf": (write(tmp_path, "really-a-docx.pdf", docx), None),
    }


@pytest.mark.parametrize("case", ["missing", "directory", "empty", "unsupported", "corrupt docx",
                                  "truncated pdf", "locked pdf", "scanned pdf"])
def test_bad_input_gets_one_line_error_and_exit_2(case, tmp_path):
    path, reason = bad_inputs(tmp_path)[case]
    result = run_cli("extract", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    err = result.stderr.strip()
    assert "\n" not in err and "Traceback" not in err
    assert err.startswith("giaoviec: error: ") and str(path) in err and reason in err


def test_docx_named_pdf_is_read_as_docx(tmp_path):
    path, _ = bad_inputs(tmp_path)["docx named .pdf"]
    result = run_cli("extract", str(path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["source"]["format"] == "docx"


def test_good_inputs_are_processed_beside_bad_ones(tmp_path, samples):
    missing = tmp_path / "missing.pdf"
    result = run_cli("extract", str(missing), str(samples / "seed-001.txt"))
    assert result.returncode == 2
    assert json.loads(result.stdout)["source"]["format"] == "txt"
    assert result.stderr.count("\n") == 1


def test_schema_command_prints_the_json_schema():
    result = run_cli("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "Notice" and "tasks" in schema["properties"]


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"giaoviec {__version__}"


def test_every_command_has_help():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    assert {"extract", "schema", "eval"} <= set(commands)
    for name, sub in commands.items():
        assert sub.description, f"{name} has no description"
        result = run_cli(name, "--help")
        assert result.returncode == 0 and "usage: giaoviec" in result.stdout


def test_no_command_is_a_usage_error():
    result = run_cli()
    assert result.returncode == 2 and "usage" in result.stderr


def test_eval_on_a_folder_without_gold_reports_nothing_to_do(tmp_path):
    result = run_cli("eval", str(tmp_path))
    assert result.returncode == 0
    assert "no documents" in result.stdout
