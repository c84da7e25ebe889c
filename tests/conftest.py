"""Shared test set-up: the tests folder on sys.path (for ``support``), sample paths."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))


@pytest.fixture(scope="session")
def samples() -> Path:
    return ROOT / "samples"
