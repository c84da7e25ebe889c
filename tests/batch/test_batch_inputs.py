"""Input discovery: globs, recursion, hidden files, duplicates, OUTDIR, documents by content;
and the usage errors (exit code 2) of the command."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from batchkit import SAMPLES, notice_docx

from giaoviec.batch.inputs import DOCUMENT, MISSING, SKIPPED, discover_inputs
from giaoviec.cli import main


@pytest.fixture
def tree(tmp_path) -> Path:
    root = tmp_path / "docs"
    (root / "2024" / "q1").mkdir(parents=True)
    (root / ".cache").mkdir()
    (root / "2024" / "a.txt").write_text("Giao việc", encoding="utf-8")
    (root / "2024" / "q1" / "b.PDF").write_bytes((SAMPLES / "seed-001.pdf").read_bytes())
    (root / "2024" / "q1" / "c.docx").write_bytes(notice_docx())
    (root / "report.bin").write_bytes(notice_docx())  # a DOCX without its extension
    (root / "scan").write_bytes(b"%PDF-1.4\n...")  # a PDF without an extension
    (root / "readme.md").write_text("# docs", encoding="utf-8")
    (root / ".hidden.txt").write_text("secret", encoding="utf-8")
    (root / ".cache" / "d.txt").write_text("cached", encoding="utf-8")
    with zipfile.ZipFile(root / "sheet.xlsx", "w") as archive:  # looks like a DOCX at first
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return root


def kinds(found, root: Path) -> dict[str, str]:
    return {Path(c.path).relative_to(root.resolve()).as_posix(): c.kind
            for c in found.candidates}


def test_folders_are_walked_recursively_without_hidden_files(tree, tmp_path):
    found = discover_inputs([str(tree)], tmp_path / "out")
    assert kinds(found, tree) == {
        "2024/a.txt": DOCUMENT, "2024/q1/b.PDF": DOCUMENT, "2024/q1/c.docx": DOCUMENT,
        "readme.md": SKIPPED, "report.bin": DOCUMENT, "scan": DOCUMENT,
        "sheet.xlsx": SKIPPED}
    skipped = {Path(c.path).name: c.reason for c in found.candidates if c.kind == SKIPPED}
    assert skipped["readme.md"] == "not a document (.md)"


def test_globs_are_expanded_here_and_duplicates_dropped(tree, tmp_path):
    specs = [str(tree / "**" / "*.docx"), str(tree / "2024"), str(tree / "2024" / "a.txt"),
             str(tree / "2024" / ".." / "2024" / "a.txt")]
    found = discover_inputs(specs, tmp_path / "out")
    assert [Path(c.path).name for c in found.candidates] == ["c.docx", "a.txt", "b.PDF"]
    assert found.unmatched == []


def test_a_symlink_to_a_file_already_found_is_the_same_input(tree, tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(tree / "2024" / "a.txt")
    found = discover_inputs([str(tree / "2024" / "a.txt"), str(link)], tmp_path / "out")
    assert len(found.candidates) == 1


def test_outdir_inside_an_input_folder_is_not_read(tree):
    out = tree / "2024" / "out"
    out.mkdir()
    (out / "a.txt.json").write_text("{}", encoding="utf-8")
    (out / "old.txt").write_text("an earlier export", encoding="utf-8")
    found = discover_inputs([str(tree), str(tree / "2024" / "*")], out)
    assert not [c for c in found.candidates if out.resolve() in Path(c.path).parents]


def test_missing_inputs_and_empty_globs(tree, tmp_path):
    found = discover_inputs([str(tree / "nope.pdf"), str(tree / "*.nothing")], tmp_path / "o")
    assert [(Path(c.path).name, c.kind) for c in found.candidates] == [("nope.pdf", MISSING)]
    assert found.unmatched == [str(tree / "*.nothing")]


def test_a_literal_name_with_glob_characters(tmp_path):
    odd = tmp_path / "công văn [2024].txt"
    odd.write_text("Giao việc", encoding="utf-8")
    found = discover_inputs([str(odd)], tmp_path / "out")
    assert [c.kind for c in found.candidates] == [DOCUMENT]


def test_relative_globs_from_the_working_directory(tree, tmp_path, monkeypatch):
    monkeypatch.chdir(tree)
    found = discover_inputs(["2024/**/*.*"], tmp_path / "out")
    assert sorted(c.shown for c in found.candidates) == [
        "2024/a.txt", os.path.join("2024", "q1", "b.PDF"), os.path.join("2024", "q1", "c.docx")]


@pytest.mark.parametrize("extra, message", [
    ([], "no inputs found"),
    (["--workers", "0"], "--workers must be at least 1"),
    (["--timeout", "0"], "--timeout must be a positive number"),
    (["--timeout", "nan"], "--timeout must be a positive number"),
])
def test_usage_errors_exit_2(tmp_path, capsys, extra, message):
    given = [str(tmp_path / "missing.pdf")] if not extra else [str(SAMPLES / "seed-001.txt")]
    assert main(["batch", *given, "-o", str(tmp_path / "out"), *extra]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_outdir_that_is_a_file_and_folders_without_documents(tmp_path, capsys):
    afile = tmp_path / "out"
    afile.write_text("x", encoding="utf-8")
    assert main(["batch", str(SAMPLES / "seed-001.txt"), "-o", str(afile)]) == 2
    assert "not a directory" in capsys.readouterr().err
    (tmp_path / "only").mkdir()
    (tmp_path / "only" / "a.md").write_text("x", encoding="utf-8")
    assert main(["batch", str(tmp_path / "only"), "-o", str(tmp_path / "o2")]) == 2
    assert "no documents among the 1 files found" in capsys.readouterr().err


def test_a_locked_outdir_is_refused(tmp_path, capsys):
    from giaoviec.batch.outdir import lock_outdir

    out = tmp_path / "out"
    out.mkdir()
    fd = lock_outdir(out)
    try:
        assert main(["batch", str(SAMPLES / "seed-001.txt"), "-o", str(out)]) == 2
        assert "another batch is writing" in capsys.readouterr().err
    finally:
        os.close(fd)
