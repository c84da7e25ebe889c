"""The shipped unit model, on the bundled sample: what it says about units we know."""

from __future__ import annotations

from pathlib import Path

import pytest

from giaoviec.api import extract
from giaoviec.model.dataset import parse_rendering, record
from giaoviec.model.features import UnitView, unit_features
from giaoviec.model.linear import LinearModel, shipped_model

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def seed_units() -> dict[str, tuple[UnitView, bool]]:
    """The sample's units by their first words, as the task stage shows them to the model."""
    parsed = parse_rendering(SAMPLES, "seed-001", "txt")
    assert parsed is not None
    return {view.text[:40]: (view, rule) for view, rule in record(parsed)}


def probability(units, start: str) -> float:
    model = shipped_model()
    assert model is not None, "the trained model ships inside the package"
    view = next(v for key, (v, _) in units.items() if key.startswith(start))
    return model.probability(view)


@pytest.mark.parametrize("start", [
    "Yêu cầu UBND xã rà soát",  # a cue handing work to a body
    "Phối hợp với UBND xã tổ chức rà soát",  # an item under "Sở Nội vụ:"
    "Khẩn trương rà soát toàn bộ hộ nghèo",  # an imperative opener
    "UBND xã có trách nhiệm rà soát",  # a body and its duty
])
def test_directives_are_recognised(seed_units, start):
    assert probability(seed_units, start) > 0.9


@pytest.mark.parametrize("start", [
    "Ủy ban nhân dân tỉnh ghi nhận và biểu dư",  # praise
    "Sở Nội vụ:",  # a heading that names a body
    "Phân công nhiệm vụ của các sở, ngành:",  # a section title
    "Một số nội dung cụ thể khác:",
])
def test_non_directives_are_rejected(seed_units, start):
    assert probability(seed_units, start) < 0.1


def test_structure_ruled_out_lines_are_marked(seed_units):
    stages = {key: view.stage for key, (view, _) in seed_units.items()}
    assert stages["Sở Nội vụ:"] == "structure"
    assert next(s for k, s in stages.items() if k.startswith("Yêu cầu UBND xã")) == "unit"


def test_shipped_model_is_small_and_well_formed():
    model = shipped_model()
    assert model is not None
    data = model.to_json()
    assert LinearModel.from_json(data).weights == model.weights
    assert 0.2 <= model.threshold <= 0.8
    for limits in model.limits.values():  # conservative by construction
        assert limits.add >= 0.9 and limits.add_structure >= 0.9 and limits.remove <= 0.1
    from giaoviec.model.linear import SHIPPED

    assert SHIPPED.stat().st_size < 20 * 1024 * 1024


def test_combined_keeps_every_rule_task_on_clean_text():
    rules = extract(SAMPLES / "seed-001.txt", mode="rules")
    combined = extract(SAMPLES / "seed-001.txt", mode="combined")
    assert [t.span for t in combined.tasks] == [t.span for t in rules.tasks]
    assert {t.source for t in combined.tasks} == {"both"}
    assert all(0.9 < t.confidence <= 1.0 for t in combined.tasks)


def test_features_are_strings_without_duplicates():
    view = UnitView(text="Giao Sở Tài chính chủ trì, báo cáo UBND tỉnh trước ngày 30/9/2025.",
                    marker="dash", marked=True)
    features = unit_features(view)
    assert len(features) == len(set(features))
    assert {"bias", "marker=dash", "marked", "handover_start", "w1=giao"} <= set(features)
