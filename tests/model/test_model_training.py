"""Training is reproducible (fixed seed, same weights), folds are by document, and the
threshold tuning stays conservative. Tiny synthetic data only: no corpus is read here."""

from __future__ import annotations

import json
import random

import pytest

from giaoviec.model import augment
from giaoviec.model.dataset import Unit, featurize
from giaoviec.model.features import UnitView
from giaoviec.model.fit import NEGLIGIBLE, fit_logistic
from giaoviec.model.linear import NEVER_ADD, NEVER_REMOVE, Limits, LinearModel
from giaoviec.model.train import DROP_EVIDENCE, Corpus, folds, train, tune

DIRECTIVES = ("Rà soát, báo cáo UBND tỉnh trước ngày 30/9/2025.",
              "Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng hướng dẫn các xã.",
              "Khẩn trương kiểm tra, xử lý dứt điểm các vi phạm.",
              "Tổ chức tuyên truyền, vận động người dân tham gia.")
OTHERS = ("Sở Nội vụ:", "Ủy ban nhân dân tỉnh ghi nhận và biểu dương các đơn vị.",
          "Năm 2025, công tác cải cách hành chính đã có chuyển biến.", "Mục đích, yêu cầu")


def tiny_corpus(seed: int = 5) -> Corpus:
    corpus = Corpus()
    rng = random.Random(seed)
    for d in range(6):
        doc_id = f"synthetic/doc-{d}"
        units = [Unit(doc_id, UnitView(text=t, marker="dash", marked=True), True, 1, 1.0)
                 for t in DIRECTIVES] + [
                 Unit(doc_id, UnitView(text=t), False, 0, 1.0) for t in OTHERS]
        rng.shuffle(units)
        corpus.units[doc_id] = units
        corpus.extras[doc_id] = augment.augmented(units, seed)
        corpus.groups[doc_id] = "synthetic"
    for units in (*corpus.units.values(), *corpus.extras.values()):
        featurize(units)
    return corpus


def test_fixed_seed_gives_identical_weights():
    first = train(tiny_corpus(), tiny_corpus().units.keys(), seed=3, inner_folds=3)
    second = train(tiny_corpus(), tiny_corpus().units.keys(), seed=3, inner_folds=3)
    assert json.dumps(first.to_json(), sort_keys=True) == json.dumps(second.to_json(),
                                                                     sort_keys=True)
    assert first.probability(UnitView(text=DIRECTIVES[0], marker="dash", marked=True)) > 0.5
    assert first.probability(UnitView(text=OTHERS[1])) < 0.5


def test_fit_is_deterministic_and_learns_the_signal():
    rows = [["bias", "cue"] if k % 2 else ["bias", f"noise{k % 7}"] for k in range(200)]
    labels = [k % 2 for k in range(200)]
    a = fit_logistic(rows, labels, l2=1.0)
    b = fit_logistic(rows, labels, l2=1.0)
    assert a.weights == b.weights
    assert a.probability_of(["bias", "cue"]) > 0.9 > 0.1 > a.probability_of(["bias", "noise3"])


def test_negligible_weights_are_left_out_of_the_model():
    # "rare" comes with the signal once in 400 rows: its weight is far below NEGLIGIBLE
    rows = [["bias", "cue"] if k % 2 else ["bias", f"noise{k % 7}"] for k in range(400)]
    rows[1] = ["bias", "cue", "rare"]
    rows[3] = ["bias", "cue", "rare"]
    model = fit_logistic(rows, [k % 2 for k in range(400)], l2=1.0)
    assert "cue" in model.weights and "bias" in model.weights
    assert all(abs(w) >= NEGLIGIBLE for f, w in model.weights.items() if f != "bias")


def test_augmentation_is_seeded_and_keeps_labels():
    units = [Unit("d", UnitView(text=DIRECTIVES[1], marker="dash", marked=True), True, 1, 1.0)]
    once = augment.augmented(units, seed=9)
    again = augment.augmented(units, seed=9)
    assert [u.view for u in once] == [u.view for u in again]
    assert all(u.label == 1 and u.weight == augment.COPY_WEIGHT for u in once)


def test_folds_split_documents_not_units():
    docs = [f"a/{i}" for i in range(7)] + [f"b/{i}" for i in range(3)]
    groups = {d: d.split("/")[0] for d in docs}
    split = folds(docs, 3, seed=1, groups=groups)
    assert split == folds(docs, 3, seed=1, groups=groups)
    assert sorted(d for fold in split for d in fold) == sorted(docs)
    assert all(any(d.startswith("b/") for d in fold) for fold in split)  # each folder spread


NO = (0.3, False, 0, "unit", False)  # (out-of-fold p, rule verdict, label, stage, ocr)


FALSE_TASK = (0.004, True, 0, "unit", False)  # a task the rules made wrongly, p 0.004
FALSE_TASKS = [FALSE_TASK] * DROP_EVIDENCE  # enough of them to let the model drop


@pytest.mark.parametrize(("outcomes", "add", "remove"), [
    ([], 0.9, NEVER_REMOVE),  # nothing to learn from: add at the floor, never drop
    ([(0.86, False, 0, "unit", False)], 0.93, NEVER_REMOVE),  # a negative at 0.86: >= 0.91
    ([(0.96, False, 0, "unit", False)], NEVER_ADD, NEVER_REMOVE),  # no grid point clears it
    (FALSE_TASKS, 0.9, 0.1),  # the rules make false tasks: drop at the cap
    ([FALSE_TASK] * (DROP_EVIDENCE - 1), 0.9, NEVER_REMOVE),  # too few to trust a drop
    ([*FALSE_TASKS, (0.12, True, 1, "unit", False)], 0.9, 0.05),  # a positive at 0.12: <= 0.07
    ([*FALSE_TASKS, (0.03, True, 1, "unit", False)], 0.9, NEVER_REMOVE),  # too close
    ([(0.99, False, 0, "structure", False), NO], 0.9, NEVER_REMOVE),  # stages apart
])
def test_tuning_never_overrules_where_it_would_have_been_wrong(outcomes, add, remove):
    limits, _ = tune(outcomes)
    assert limits["clean"].add == add
    assert limits["clean"].remove == remove
    assert limits["ocr"] == Limits(add=0.9, add_structure=0.9, remove=NEVER_REMOVE)


def test_model_round_trips_through_json(tmp_path):
    model = LinearModel(weights={"bias": -0.5, "w1=giao": 2.25}, threshold=0.55)
    path = tmp_path / "m.json"
    model.save(path)
    loaded = LinearModel.load(path)
    assert loaded.weights == model.weights and loaded.threshold == 0.55
    assert loaded.limits_for("ocr").add == NEVER_ADD


def test_training_without_scikit_learn_fails_in_one_line(monkeypatch, tmp_path, capsys):
    """scikit-learn is a training dependency: without it, fitting and `eval --cv` say what to
    install instead of failing with a traceback after minutes of parsing."""
    import importlib.util
    import sys

    from giaoviec.cli import main
    from giaoviec.model.fit import TrainingDependencyMissing

    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "sklearn" else real_find_spec(name, *a))
    monkeypatch.setitem(sys.modules, "sklearn.linear_model", None)  # import now fails
    with pytest.raises(TrainingDependencyMissing, match="giaoviec\\[train\\]"):
        fit_logistic([["bias", "cue"], ["bias"]], [1, 0])
    assert main(["eval", str(tmp_path), "--cv", "2"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "scikit-learn" in err[0]
