"""The --mode switch (library, environment, CLI), eval --cv, and lazy loading of the model."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from giaoviec.api import extract
from giaoviec.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "seed-001.txt"


def sources(notice) -> set[str]:
    return {t.source for t in notice.tasks}


def test_extract_mode_argument_and_environment(monkeypatch):
    monkeypatch.delenv("GIAOVIEC_MODE", raising=False)
    assert sources(extract(SAMPLE, mode="rules")) == {"rule"}
    assert sources(extract(SAMPLE)) == {"both"}  # combined by default
    monkeypatch.setenv("GIAOVIEC_MODE", "rules")
    assert sources(extract(SAMPLE)) == {"rule"}
    assert sources(extract(SAMPLE, mode="model")) <= {"model", "both"}


def test_cli_extract_mode(capsys):
    assert main(["extract", str(SAMPLE), "--mode", "rules", "--no-text"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {t["source"] for t in data["tasks"]} == {"rule"}
    assert {t["confidence"] for t in data["tasks"]} == {1.0}


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    """Four copies of the sample with its gold: enough documents for folds."""
    for k in range(4):
        shutil.copy(SAMPLE, tmp_path / f"doc-{k}.txt")
        shutil.copy(ROOT / "samples" / "seed-001.gold.json", tmp_path / f"doc-{k}.gold.json")
    return tmp_path


def test_cli_eval_mode(gold_dir, capsys):
    assert main(["eval", str(gold_dir), "--inputs", "txt", "--mode", "rules", "--json"]) == 0
    totals = json.loads(capsys.readouterr().out)[str(gold_dir)]["txt"]["totals"]
    assert totals["documents"] == 4 and totals["task_f1"] > 0.9


def test_cli_eval_cross_validation(gold_dir, capsys):
    assert main(["eval", str(gold_dir), "--inputs", "txt", "--cv", "2", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["k"] == 2 and len(result["limits"]) == 2
    cells = result["cells"]
    assert set(cells) == {f"{gold_dir.name}/txt/{m}" for m in ("rules", "model", "combined")}
    gold_tasks = {cell["counts"]["tp"] + cell["counts"]["fn"] for cell in cells.values()}
    assert len(gold_tasks) == 1 and gold_tasks.pop() > 0  # every mode scored on the same gold


def test_cli_rejects_a_tiny_k_and_an_unknown_mode(gold_dir, capsys, monkeypatch):
    assert main(["eval", str(gold_dir), "--inputs", "txt", "--cv", "1"]) == 2
    monkeypatch.setenv("GIAOVIEC_MODE", "rulez")
    assert main(["extract", str(SAMPLE)]) == 2
    assert "unknown mode 'rulez'" in capsys.readouterr().err


def run_python(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                          text=True, cwd=ROOT).stdout.strip()


def test_importing_giaoviec_does_not_load_the_model():
    code = ("import sys, giaoviec, giaoviec.api, giaoviec.cli, giaoviec.pipeline; "
            "print(sorted(m for m in sys.modules if m.startswith('giaoviec.model')))")
    assert run_python(code) == "[]"


def test_rules_mode_never_loads_and_combined_loads_once():
    code = ("import sys; from giaoviec.api import extract; "
            "extract('samples/seed-001.txt', mode='rules'); "
            "print('giaoviec.model.linear' in sys.modules); "
            "extract('samples/seed-001.txt', mode='combined'); "
            "from giaoviec.model.linear import shipped_model; "
            "print(shipped_model.cache_info().misses, 'numpy' in sys.modules)")
    assert run_python(code).split() == ["False", "1", "False"]
