"""The resolver's bookkeeping: who decided (source), how sure (confidence), in each mode."""

from __future__ import annotations

from pathlib import Path

import pytest

from giaoviec.model.features import UnitView
from giaoviec.model.linear import NEVER_ADD, NEVER_REMOVE, Limits
from giaoviec.parsers import parse_bytes
from giaoviec.pipeline import analyse
from giaoviec.pipeline.resolver import Decision, RecordingResolver, Resolver, resolve_mode
from giaoviec.schemas.notice import SourceInfo

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "seed-001.txt"
UNIT = UnitView(text="Rà soát hồ sơ.", marker="dash", marked=True)
HEADING = UnitView(text="Rà soát hồ sơ:", marker="arabic", marked=True, stage="structure")


class FixedModel:
    """A stand-in model whose probability is whatever the test says."""

    threshold = 0.5

    def __init__(self, p: float) -> None:
        self.p = p
        self.limits = {"clean": Limits(add=0.9, add_structure=0.95, remove=0.1),
                       "ocr": Limits(add=0.9, add_structure=0.9, remove=0.05)}

    def probability(self, view: UnitView) -> float:
        return self.p

    def limits_for(self, condition: str) -> Limits:
        return self.limits[condition]


def decide(mode: str, p: float, rule_begin: int | None, view: UnitView = UNIT,
           condition: str = "clean") -> Decision:
    resolver = Resolver(mode, FixedModel(p))
    resolver.condition = condition
    return resolver.decide_unit(rule_begin, 7, lambda: view)


def test_rules_mode_never_builds_features_nor_loads_a_model():
    def no_view() -> UnitView:
        raise AssertionError("rules mode must not compute features")

    resolver = Resolver("rules")
    assert resolver.decide_unit(12, 7, no_view) == Decision(12, "rule", 1.0)
    assert resolver.decide_unit(None, 7, no_view) == Decision(None, "rule", 1.0)
    assert resolver.model is None


@pytest.mark.parametrize(("p", "rule_begin", "expected"), [
    (0.99, 12, Decision(12, "both", 0.99)),  # agree: the rule's start is kept
    (0.30, 12, Decision(12, "rule", 0.3)),  # the model doubts, not enough to drop
    (0.05, 12, Decision(None, "model", 0.05)),  # very sure it is no task: dropped
    (0.95, None, Decision(7, "model", 0.95)),  # very sure it is one: added, whole unit
    (0.85, None, Decision(None, "rule", 0.85)),  # sure, but not enough to overrule
    (0.20, None, Decision(None, "both", 0.2)),  # neither wants it
])
def test_combined_overrules_only_when_very_sure(p, rule_begin, expected):
    assert decide("combined", p, rule_begin) == expected


def test_structure_stage_needs_more_confidence():
    assert decide("combined", 0.93, None, HEADING).begin is None
    assert decide("combined", 0.96, None, HEADING) == Decision(7, "model", 0.96)


def test_a_unit_the_model_may_never_add_is_not_shown_to_it():
    """Clean text: no probability reaches a threshold above 1 (``NEVER_ADD``), so a line the
    structure ruled out and the rules rejected needs no features."""
    def no_view() -> UnitView:
        raise AssertionError("the model's verdict cannot change this decision")

    resolver = Resolver("combined", FixedModel(0.999))
    resolver.model.limits["clean"] = Limits(add=0.9, add_structure=NEVER_ADD, remove=0.1)
    assert resolver.decide_unit(None, 7, no_view, stage="structure") == Decision(
        None, "rule", 1.0)
    assert resolver.decide_unit(None, 7, lambda: UNIT, stage="unit").source == "model"
    resolver.condition = "ocr"  # OCR may add a ruled-out line: the model is asked
    assert resolver.decide_unit(None, 7, lambda: HEADING, stage="structure").begin == 7


def test_limits_follow_the_input_condition():
    assert decide("combined", 0.92, None, HEADING, condition="ocr").source == "model"
    assert decide("combined", 0.92, None, HEADING, condition="clean").begin is None
    assert decide("combined", 0.08, 12, condition="ocr").begin == 12  # ocr drops <= 0.05
    assert decide("combined", 0.08, 12, condition="clean").begin is None


def test_model_mode_follows_the_model_alone():
    assert decide("model", 0.6, None) == Decision(7, "model", 0.6)
    assert decide("model", 0.4, 12).begin is None
    assert decide("model", 0.7, 12).source == "both"


def test_sources_and_confidences_reach_the_tasks():
    doc = parse_bytes(SAMPLE.read_bytes(), SAMPLE.name)
    info = SourceInfo(path=None, sha256="0" * 64, format="txt", bytes=1)
    rules = analyse(doc, info, mode="rules")
    doubted = analyse(doc, info, resolver=Resolver("combined", FixedModel(0.3)))
    assert [t.span for t in doubted.tasks] == [t.span for t in rules.tasks]
    assert {(t.source, t.confidence) for t in doubted.tasks} == {("rule", 0.3)}
    assert {(t.source, t.confidence) for t in rules.tasks} == {("rule", 1.0)}
    dropped = analyse(doc, info, resolver=Resolver("combined", FixedModel(0.01)))
    assert dropped.tasks == []  # the sample has no task table, whose rows the model never sees


def test_recording_resolver_sees_every_unit_and_changes_nothing():
    doc = parse_bytes(SAMPLE.read_bytes(), SAMPLE.name)
    info = SourceInfo(path=None, sha256="0" * 64, format="txt", bytes=1)
    recorder = RecordingResolver()
    notice = analyse(doc, info, resolver=recorder)
    assert len(notice.tasks) == len(analyse(doc, info, mode="rules").tasks)
    assert sum(rule for _, rule in recorder.units) == len(notice.tasks)
    assert any(view.stage == "structure" for view, _ in recorder.units)


def test_mode_comes_from_argument_then_environment(monkeypatch):
    monkeypatch.delenv("GIAOVIEC_MODE", raising=False)
    assert resolve_mode(None) == "combined"
    monkeypatch.setenv("GIAOVIEC_MODE", "rules")
    assert resolve_mode(None) == "rules"
    assert resolve_mode("model") == "model"
    monkeypatch.setenv("GIAOVIEC_MODE", "rulez")
    with pytest.raises(ValueError, match="unknown mode"):
        resolve_mode(None)


HANDING_HEADINGS = """\
UBND XÃ AN BÌNH
Số: 12/KH-UBND
An Bình, ngày 05 tháng 01 năm 2026
KẾ HOẠCH
Triển khai phong trào học tập kỹ năng số
1. Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội
Vận động hội viên tích cực tham gia các lớp học kỹ năng số.
2. Công an xã chủ trì tổ chức 04 lớp hướng dẫn định danh điện tử;
+ Đợt 1 cho các thôn phía Bắc, hoàn thành trước ngày 30/4/2026;
+ Đợt 2 cho các thôn còn lại, hoàn thành trong tháng 8/2026.
"""


class StructureOnlyModel(FixedModel):
    """Sure of every line the structure ruled out, doubtful of every other."""

    def probability(self, view: UnitView) -> float:
        return 0.99 if view.stage == "structure" else self.p


def _tasks_of(text: str, model) -> list[str]:
    doc = parse_bytes(text.encode(), "plan.txt")
    info = SourceInfo(path=None, sha256="0" * 64, format="txt", bytes=1)
    return [t.text for t in analyse(doc, info, resolver=Resolver("combined", model)).tasks]


def test_a_model_never_adds_a_heading_that_hands_its_items_their_work():
    tasks = _tasks_of(HANDING_HEADINGS, StructureOnlyModel(0.5))
    assert not any(t.startswith("Đề nghị Ủy ban MTTQ") for t in tasks)
    assert any(t.startswith("Vận động hội viên") for t in tasks)
    # a heading with its own action is the task its items detail: the model may add it
    assert any(t.startswith("Công an xã chủ trì tổ chức 04 lớp") for t in tasks)


def test_a_handing_heading_with_no_task_under_it_may_be_added():
    tasks = _tasks_of(HANDING_HEADINGS, StructureOnlyModel(0.01))  # drops every item
    assert any(t.startswith("Đề nghị Ủy ban MTTQ") for t in tasks)


def test_a_unit_the_model_adds_must_have_an_owner():
    """Only in combined mode: a task the model adds over the rules needs a lead."""
    body = HANDING_HEADINGS.replace(
        "KẾ HOẠCH\nTriển khai phong trào học tập kỹ năng số\n",
        "KẾ HOẠCH\nTriển khai phong trào học tập kỹ năng số\n"
        "Công an xã đã tuần tra 20 lượt trong tháng 12/2025.\n"
        "Tình hình an ninh trật tự trên địa bàn cơ bản ổn định.\n")
    combined = _tasks_of(body, FixedModel(0.99))
    assert any(t.startswith("Công an xã đã tuần tra") for t in combined)
    assert not any(t.startswith("Tình hình an ninh") for t in combined)
    doc = parse_bytes(body.encode(), "plan.txt")
    info = SourceInfo(path=None, sha256="0" * 64, format="txt", bytes=1)
    alone = [t.text for t in analyse(doc, info, resolver=Resolver("model", FixedModel(0.99))).tasks]
    assert any(t.startswith("Tình hình an ninh") for t in alone)


class CountingModel(FixedModel):
    """A model that never drops a unit on clean text, counting what it is shown."""

    def __init__(self, p: float) -> None:
        super().__init__(p)
        self.limits["clean"] = Limits(add=NEVER_ADD, add_structure=NEVER_ADD,
                                      remove=NEVER_REMOVE)
        self.shown = 0

    def probability(self, view: UnitView) -> float:
        self.shown += 1
        return self.p


def test_a_verdict_the_model_cannot_change_is_scored_at_the_end():
    """Clean text, a unit the rules accepted, limits that never drop one: the decision is
    made without the model, and ``settle`` gives its tasks what ``decide_unit`` would have
    given them (the order of scoring is all that changes)."""
    model = CountingModel(0.8)
    resolver = Resolver("combined", model)
    decision = resolver.decide_unit(12, 7, lambda: UNIT)
    assert (decision.begin, decision.later is not None, model.shown) == (12, True, 0)

    class Task:
        source, confidence = "rule", 1.0

    tasks = [Task(), Task()]
    resolver.settle([(decision, tasks)])
    assert model.shown == 1
    assert {(t.source, t.confidence) for t in tasks} == {("both", 0.8)}
    model.p = 0.3
    doubted = [Task()]
    resolver.settle([(resolver.decide_unit(12, 7, lambda: UNIT), doubted)])
    assert (doubted[0].source, doubted[0].confidence) == ("rule", 0.3)
    resolver.condition = "ocr"  # where the model may drop a unit, it decides at once
    assert resolver.decide_unit(12, 7, lambda: UNIT).later is None


def test_settled_confidences_equal_immediate_ones():
    doc = parse_bytes(SAMPLE.read_bytes(), SAMPLE.name)
    info = SourceInfo(path=None, sha256="0" * 64, format="txt", bytes=1)
    later = analyse(doc, info, resolver=Resolver("combined", CountingModel(0.7)))
    at_once = analyse(doc, info, resolver=Resolver("combined", FixedModel(0.7)))
    assert [(t.span, t.source, t.confidence) for t in later.tasks] == [
        (t.span, t.source, t.confidence) for t in at_once.tasks]
    assert {t.source for t in later.tasks} == {"both"}
