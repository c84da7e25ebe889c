"""The benchmark command reports per-format rates, stages, cold start and memory."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import giaoviec.pipeline.tasks
from giaoviec.bench import cache_bytecode, collect
from giaoviec.cli import main


def test_collect_groups_by_format_and_leaves_scans_out(tmp_path):
    for name in ("a.pdf", "a.scan.pdf", "b.docx", "c.txt", "c.gold.json"):
        (tmp_path / name).write_bytes(b"x")
    groups = collect([str(tmp_path)])
    assert {k: [p.name for p in v] for k, v in groups.items()} == {
        "pdf": ["a.pdf"], "docx": ["b.docx"], "txt": ["c.txt"]}
    assert "scan.pdf" in collect([str(tmp_path)], include_scans=True)


def test_bench_json_on_the_sample(samples, capsys):
    assert main(["bench", str(samples / "seed-001.txt"), "--repeat", "1", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    (txt,) = report["formats"]
    assert txt["format"] == "txt" and txt["documents"] == 1 and txt["docs_per_s"] > 0
    assert {"ingest", "structure", "tasks", "serialise"} <= set(txt["stage_ms_per_doc"])
    assert report["cold_start_s"] > 0 and report["peak_rss_mb"] > 0


def test_bench_missing_path_is_a_usage_error(tmp_path, capsys):
    assert main(["bench", str(tmp_path / "nope")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_bench_leaves_unreadable_files_out_and_times_cold_start_on_a_readable_one(
        samples, tmp_path, capsys):
    # a corrupt DOCX sorts first among the cold-start candidates: the benchmark must say it
    # left it out and measure cold start on the text, not end in a traceback
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not a zip")
    (tmp_path / "seed.txt").write_bytes((samples / "seed-001.txt").read_bytes())
    assert main(["bench", str(tmp_path), "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "[docx] 0 documents, - pages (1 unreadable, left out)" in out
    assert "[txt] 1 documents" in out
    assert "cold start (process start to first JSON, bytecode cached)" in out


def test_bench_says_when_cold_start_cannot_be_measured(tmp_path, capsys):
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not a zip")
    assert main(["bench", str(tmp_path), "--repeat", "1"]) == 0
    assert "cold start: not measured" in capsys.readouterr().out


def test_cold_start_is_timed_with_the_bytecode_an_install_leaves():
    # an editable install under PYTHONDONTWRITEBYTECODE would compile every module's source
    # in each new process; the benchmark caches the bytecode first, as pip does for a wheel
    assert cache_bytecode()
    cached = importlib.util.cache_from_source(giaoviec.pipeline.tasks.__file__)
    assert Path(cached).is_file()
