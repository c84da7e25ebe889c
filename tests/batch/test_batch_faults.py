"""A document that crashes or hangs its worker costs only that document.

Faults are injected for real through ``GIAOVIEC_TEST_FAULTS`` (see giaoviec/batch/faults.py):
the worker process exits, segfaults, raises, or sleeps forever on the chosen file.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from batchkit import ROOT, notice_text, read_manifest_lines, run_batch, start_batch

from giaoviec.batch.manifest import read_manifest

FAULTS = {"crash.txt": "worker crashed (exit code 139)",
          "segv.txt": f"worker crashed (exit code -{signal.SIGSEGV.value})",
          "hang.txt": "timed out after 3 s",
          "raise.txt": "internal error: TypeError: injected fault",
          "memory.txt": "internal error: MemoryError (out of memory)"}


def test_crash_and_hang_cost_only_their_document(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in FAULTS:
        (folder / name).write_text(notice_text(), encoding="utf-8")
    for i in range(4):
        (folder / f"good-{i}.txt").write_text(notice_text(i), encoding="utf-8")
    spec = ";".join(f"{name.removesuffix('.txt')}:{name}" for name in FAULTS)
    started = time.monotonic()
    result = run_batch(str(folder), "-o", str(tmp_path / "out"), "--workers", "2",
                       "--timeout", "3", env={"GIAOVIEC_TEST_FAULTS": spec}, timeout=90)
    assert time.monotonic() - started < 40
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    outcomes = {Path(r["input"]).name: r for r in read_manifest_lines(tmp_path / "out")}
    assert len(outcomes) == len(FAULTS) + 4
    for name, reason in FAULTS.items():
        assert (outcomes[name]["status"], outcomes[name]["error"]) == ("error", reason)
    assert outcomes["hang.txt"]["error_code"] == "E109"
    for i in range(4):
        assert outcomes[f"good-{i}.txt"]["status"] == "ok"
    assert result.stderr.strip().splitlines()[-1].startswith(
        f"giaoviec: {len(FAULTS)} of {len(FAULTS) + 4} documents failed")


def test_killed_batch_resumes_with_every_input_done_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    names = [f"doc-{i:02d}.txt" for i in range(12)]
    for i, name in enumerate(names):
        (folder / name).write_text(notice_text(i), encoding="utf-8")
    out = tmp_path / "out"
    batch = start_batch(str(folder), "-o", str(out), "--workers", "1",
                        env={"GIAOVIEC_TEST_FAULTS": "slow:0.5"})
    try:
        deadline = time.monotonic() + 60
        while len(read_manifest(out / "manifest.jsonl")) < 3:
            assert time.monotonic() < deadline, "the batch made no progress"
            assert batch.poll() is None, batch.communicate()
            time.sleep(0.05)
        os.kill(batch.pid, signal.SIGKILL)
    finally:
        batch.kill()
        batch.communicate()
    done_before = len(read_manifest(out / "manifest.jsonl"))
    assert 3 <= done_before < len(names)
    for path in out.rglob("*.json"):  # killed mid-run: still no half-written JSON
        json.loads(path.read_text(encoding="utf-8"))

    result = run_batch(str(folder), "-o", str(out), "--workers", "2", "--resume")
    assert result.returncode == 0, result.stderr
    assert f"{done_before} already done" in result.stderr
    lines = read_manifest_lines(out)
    assert sorted(Path(r["input"]).name for r in lines) == names  # exactly one line each
    assert all(r["status"] == "ok" and (out / r["output"]).is_file() for r in lines)
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    for path in out.glob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))
    rows = (out / "tasks.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(rows) == sum(r["tasks"] for r in lines)  # exports cover both runs


def test_resume_reruns_errors_and_changed_files(tmp_path, text_folder):
    out = tmp_path / "out"
    broken = text_folder / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 nothing else")
    first = run_batch(str(text_folder), "-o", str(out), "--workers", "1")
    assert first.returncode == 1
    broken.unlink()
    (text_folder / "note-0.txt").write_text(notice_text(99), encoding="utf-8")
    second = run_batch(str(text_folder), "-o", str(out), "--workers", "1", "--resume")
    assert second.returncode == 0, second.stderr
    assert "2 already done" in second.stderr  # note-1 and note-2; note-0 changed
    ran = [line for line in second.stderr.splitlines() if line.startswith("ok ")]
    assert len(ran) == 1 and "note-0.txt" in ran[0]
    statuses = {Path(r["input"]).name: r["status"] for r in read_manifest_lines(out)}
    # the broken file is no longer given, but its outcome stays on record
    assert statuses == {"note-0.txt": "ok", "note-1.txt": "ok", "note-2.txt": "ok",
                        "broken.pdf": "error"}


def test_ctrl_c_stops_workers_and_leaves_a_resumable_manifest(tmp_path, text_folder):
    out = tmp_path / "out"
    script = ("import signal, sys\n"
              "signal.signal(signal.SIGINT, signal.default_int_handler)\n"  # even if inherited
              "from giaoviec.cli import main\n"  # as ignored (background jobs of a shell)
              f"sys.exit(main(['batch', {str(text_folder)!r}, '-o', {str(out)!r},"
              " '--workers', '1']))\n")
    batch = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stderr=subprocess.PIPE,
                             text=True, env={**os.environ, "GIAOVIEC_TEST_FAULTS": "slow:1"})
    try:
        deadline = time.monotonic() + 60
        while not read_manifest(out / "manifest.jsonl"):
            assert time.monotonic() < deadline and batch.poll() is None
            time.sleep(0.05)
        batch.send_signal(signal.SIGINT)
        _, err = batch.communicate(timeout=20)
    finally:
        batch.kill()
    assert batch.returncode == 130
    assert err.strip().splitlines()[-1].startswith("giaoviec: interrupted; run again with")
    assert "Traceback" not in err
    resumed = run_batch(str(text_folder), "-o", str(out), "--resume", "--workers", "1")
    assert resumed.returncode == 0
    assert len(read_manifest_lines(out)) == 3
