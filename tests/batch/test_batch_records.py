"""The manifest, the output folder and output names, without running any worker."""

from __future__ import annotations

import json
import os

from giaoviec.batch.manifest import (
    ManifestWriter,
    Outcome,
    compact_manifest,
    latest_outcomes,
    read_manifest,
)
from giaoviec.batch.outdir import OutputNames, remove_leftovers, write_atomic


def test_truncated_last_line_is_ignored(tmp_path):
    path = tmp_path / "manifest.jsonl"
    good = Outcome("/in/a.pdf", "aa", "ok", output="a.pdf.json", tasks=3)
    half = Outcome("/in/b.pdf", "bb", "ok", output="b.pdf.json").to_line()[:40]
    path.write_text(good.to_line() + half, encoding="utf-8")
    assert [o.input for o in read_manifest(path)] == ["/in/a.pdf"]


def test_garbage_lines_and_unknown_fields_are_tolerated(tmp_path):
    path = tmp_path / "manifest.jsonl"
    newer = {**json.loads(Outcome("/in/a.pdf", "aa", "ok").to_line()), "pages": 3}
    path.write_text("\n".join(["not json", "[1, 2]", '{"input": 5, "status": "ok"}',
                               json.dumps(newer), ""]), encoding="utf-8")
    assert [o.input for o in read_manifest(path)] == ["/in/a.pdf"]
    assert read_manifest(tmp_path / "absent.jsonl") == []


def test_later_outcome_wins_and_compaction_keeps_one_line_per_input(tmp_path):
    path = tmp_path / "manifest.jsonl"
    with ManifestWriter(path) as writer:
        writer.append(Outcome("/in/b.pdf", "bb", "error", error="timed out after 3 s"))
        writer.append(Outcome("/in/a.pdf", "aa", "ok", output="a.pdf.json"))
        writer.append(Outcome("/in/b.pdf", "bb", "ok", output="b.pdf.json"))
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"input": "/in/c.pdf", "sta')  # the kill came here
    latest = compact_manifest(path)
    assert {k: o.status for k, o in latest.items()} == {"/in/a.pdf": "ok", "/in/b.pdf": "ok"}
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["input"] for x in lines] == ["/in/a.pdf", "/in/b.pdf"]
    assert latest_outcomes([]) == {}


def test_outcome_line_format():
    record = json.loads(Outcome("/in/a.pdf", None, "error", error="x", error_code="E105",
                                seconds=1.23456).to_line())
    assert record["seconds"] == 1.235 and record["sha256"] is None
    assert record["finished_at"].endswith("+00:00")


def test_write_atomic_leaves_no_temporary_file_and_normal_permissions(tmp_path):
    target = tmp_path / "x.json"
    write_atomic(target, '{"a": "Sở"}')
    write_atomic(tmp_path / "y.bin", b"\x00\x01")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.json", "y.bin"]
    assert json.loads(target.read_text(encoding="utf-8")) == {"a": "Sở"}
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_leftovers_of_a_killed_run_are_removed_and_nothing_else(tmp_path):
    (tmp_path / ".giaoviec-x.pdf.json.ab12.tmp").write_text("{", encoding="utf-8")
    (tmp_path / "review").mkdir()
    (tmp_path / "review" / ".giaoviec-x.html.cd34.tmp").write_text("<", encoding="utf-8")
    (tmp_path / "keep.tmp").write_text("mine", encoding="utf-8")
    (tmp_path / ".giaoviec.lock").write_text("", encoding="utf-8")
    assert remove_leftovers(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [".giaoviec.lock", "keep.tmp",
                                                          "review"]


def test_output_names_are_deterministic_and_never_shared():
    names = OutputNames({})
    assert names.name_for("/a/x.pdf", "x.pdf") == "x.pdf.json"
    assert names.name_for("/b/x.pdf", "x.pdf") == "x.pdf.2.json"
    assert names.name_for("/c/X.PDF", "X.PDF") == "X.PDF.3.json"  # case-insensitive disks
    assert names.name_for("/a/x.pdf", "x.pdf") == "x.pdf.json"  # asked again: same name


def test_an_input_keeps_the_name_an_earlier_run_gave_it():
    names = OutputNames({"/b/x.pdf": "x.pdf.json"})
    assert names.name_for("/a/x.pdf", "x.pdf") == "x.pdf.2.json"
    assert names.name_for("/b/x.pdf", "x.pdf") == "x.pdf.json"
