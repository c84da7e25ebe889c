"""The published JSON Schema is the models' schema, and outputs validate against it."""

from __future__ import annotations

import json
from pathlib import Path

from giaoviec.schemas.notice import Notice, notice_json_schema

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "giaoviec" / "schemas" / (
    "notice.schema.json")


def test_committed_schema_matches_the_models():
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == notice_json_schema(), (
        "the models changed: regenerate with `giaoviec schema > "
        "giaoviec/schemas/notice.schema.json` and review the diff")


def test_sample_output_round_trips_through_the_model(samples):
    from giaoviec.api import extract

    notice = extract(samples / "seed-001.docx")
    again = Notice.model_validate_json(notice.model_dump_json())
    assert again == notice
