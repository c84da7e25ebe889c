"""Helpers for the batch tests: run ``python -m giaoviec batch`` and build input folders.

(A module of its own rather than conftest.py: ``tests/`` has a conftest too, and two modules
named ``conftest`` cannot both be imported by name.)

Every fixture is made here from ``samples/`` and builders, never from ../shared.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from support.builders import build_docx, para

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"

NOTICE_LINES = [
    "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH",
    "Số: 12/TB-UBND",
    "Bình Định, ngày 02 tháng 01 năm 2025",
    "THÔNG BÁO",
    "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về chuyển đổi số",
    "1. Giao Sở Tài chính chủ trì, phối hợp Sở Nội vụ rà soát kinh phí, "
    "báo cáo UBND tỉnh trước ngày 31/01/2025.",
    "2. Giao UBND các huyện, thị xã, thành phố triển khai kế hoạch; hoàn thành trước ngày "
    "15/3/2025.",
]


def notice_docx() -> bytes:
    """A small generated notice with two dated tasks."""
    return build_docx("".join(para(line) for line in NOTICE_LINES))


def notice_text(variant: int = 0) -> str:
    return "\n".join([*NOTICE_LINES, f"3. Giao Văn phòng theo dõi, đôn đốc (bản {variant})."])


def run_batch(*args: str, env: dict | None = None, timeout: float = 120,
              cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "giaoviec", "batch", *args],
                          capture_output=True, text=True, cwd=cwd or ROOT, env=_env(env),
                          timeout=timeout)


def start_batch(*args: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "giaoviec", "batch", *args], cwd=ROOT,
                            env=_env(env), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _env(extra: dict | None) -> dict:
    """The test environment without faults inherited by accident, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if k != "GIAOVIEC_TEST_FAULTS"}
    return {**env, **(extra or {})}


def read_manifest_lines(outdir: Path) -> list[dict]:
    """The manifest as written (every line must parse after a completed run)."""
    text = (outdir / "manifest.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def copy_sample(name: str, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SAMPLES / name, dest)
    return dest
