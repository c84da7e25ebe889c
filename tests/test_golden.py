"""Golden outputs of the bundled samples, and the invariants every output keeps.

Regenerate only on purpose, and review the diff:  GIAOVIEC_UPDATE_GOLDEN=1 make test
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from giaoviec.api import extract
from giaoviec.evaluation.scorer import score_document

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("seed-001.*"))
INPUTS = [p for p in SAMPLES if p.suffix in (".docx", ".pdf", ".txt")]
GOLDEN = Path(__file__).resolve().parent / "golden"


def output_of(path: Path) -> dict:
    data = extract(path).model_dump(mode="json")
    data["source"]["path"] = path.name  # independent of where the checkout lives
    return data


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_output_matches_golden_file(path):
    golden = GOLDEN / f"{path.name}.json"
    data = output_of(path)
    if os.environ.get("GIAOVIEC_UPDATE_GOLDEN") == "1":
        golden.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert golden.exists(), f"no golden file {golden.name}: run with GIAOVIEC_UPDATE_GOLDEN=1"
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert data == expected


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_every_literal_span_points_at_its_value(path):
    data = output_of(path)
    text = data["text"]
    doc = data["document"]
    for name in ("number", "place", "title"):
        if doc[name] is not None and "\n" not in text[slice(*doc["spans"][name])]:
            assert text[slice(*doc["spans"][name])] == doc[name]
    if doc["signer"]:
        for name, span in doc["signer"]["spans"].items():
            if name != "authority":
                assert text[slice(*span)] == doc["signer"][name]
    for value, span in zip(doc["recipients"], doc["recipient_spans"], strict=True):
        assert text[slice(*span)] == value
    for task in data["tasks"]:
        assert text[slice(*task["span"])] == task["text"]
        for actor in task["lead"] + task["support"] + task["report_to"]:
            if actor["span"] and not actor["implicit"]:
                assert text[slice(*actor["span"])] == actor["name"]
        if task["deadline"] and task["deadline"]["span"]:
            assert text[slice(*task["deadline"]["span"])] == task["deadline"]["text"]
    for block in data["blocks"]:
        start, end = block["span"]
        assert 0 <= start <= end <= len(text)


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_sample_document_fields_agree_with_the_seed_annotation(path):
    gold = json.loads((ROOT / "samples" / "seed-001.gold.json").read_text(encoding="utf-8"))
    score = score_document(gold, output_of(path), "seed-001")
    wrong = {k: v for k, v in score.fields.items() if v[0] < 1.0}
    assert not wrong, score.misses


def test_seed_section_tree_is_a_readers_view():
    data = output_of(ROOT / "samples" / "seed-001.docx")
    tops = [s for s in data["sections"] if s["level"] == 1]
    assert [s["marker"] for s in tops] == ["I.", "II."]
    children = {s["id"]: [c["marker"] for c in data["sections"] if c["parent"] == s["id"]]
                for s in tops}
    assert list(children.values()) == [["1.", "2.", "3.", "4.", "5.", "6.", "7."],
                                       ["1.", "2.", "3.", "4.", "5."]]
    bullets = [b for b in data["blocks"] if b["kind"] == "list_item" and b["role"] == "body"]
    assert bullets and all(b["section"] for b in bullets)
