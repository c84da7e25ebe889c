"""Fixtures of the batch tests (helpers are in :mod:`batchkit`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from batchkit import notice_text


@pytest.fixture
def text_folder(tmp_path) -> Path:
    """Three small distinct text notices."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"note-{i}.txt").write_text(notice_text(i), encoding="utf-8")
    return folder
