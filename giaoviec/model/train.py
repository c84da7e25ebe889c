"""``make train``: rebuild the shipped unit model from the corpus, reproducibly.

    python -m giaoviec.model.train [--corpus DIR] [--gold DIR ...] [--out FILE] [--seed N]

Gold folders are ``DIR``, ``DIR/real-full`` and each ``--gold`` folder (tasks annotated:
``make train`` adds the repository's ``tests/fixtures/fresh/*``), the silver folder is
``DIR/real`` (tasks not annotated: the rules label its units at a low weight). Each gold
document is read as text and, where it has one, as a scan (OCR: most of the 3-4 minutes),
because OCR breaks the structure the rules rely on and the model must see how. Every gold
unit also gives damaged copies (:mod:`giaoviec.model.augment`).

The combined mode's overruling thresholds are chosen on *out-of-fold* predictions (inner
folds by document; see :func:`tune`): predictions for documents the model was trained on
would make it look surer than it is. Training is deterministic: the same corpus and seed
give the same file, byte for byte. With the corpus missing, the shipped model is kept and
the command still succeeds (a checkout without the shared corpus can run ``make train``).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from giaoviec.model import augment
from giaoviec.model.dataset import Parsed, Unit, featurize, gold_ids, label_units, parse_rendering
from giaoviec.model.dataset import record as record_units
from giaoviec.model.fit import TrainingDependencyMissing, fit_logistic, require_learner
from giaoviec.model.linear import CONDITIONS, NEVER_ADD, NEVER_REMOVE, SHIPPED, Limits, LinearModel

SEED = 13
L2 = 1.0
INNER_FOLDS = 5
ADD_GRID = (0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995)  # never below 0.9
REMOVE_GRID = (0.1, 0.05, 0.02, 0.01, 0.005, 0.002)  # never above 0.1
DROP_EVIDENCE = 5  # rules' false tasks the model must have caught before it may drop any
MARGIN = 0.05  # between a threshold and the worst out-of-fold case it must clear
TRAIN_INPUTS = ("txt", "scan.pdf")  # scans teach the model what OCR does to structure


@dataclass
class Corpus:
    """Everything training needs, computed once: units per gold document (decision units and
    their damaged copies) and silver units."""

    units: dict[str, list[Unit]] = field(default_factory=dict)  # recorded, gold-labelled
    extras: dict[str, list[Unit]] = field(default_factory=dict)  # copies, closing lines
    silver: list[Unit] = field(default_factory=list)
    groups: dict[str, str] = field(default_factory=dict)  # doc id -> folder name


def _parse_job(job: tuple[str, str, str]) -> Parsed | None:
    folder, doc_id, fmt = job
    return parse_rendering(Path(folder), doc_id, fmt)


def parse_all(folders: Iterable[Path], inputs: Iterable[str], workers: int = 1
              ) -> list[Parsed]:
    """Every existing rendering of every gold document, parsed once."""
    jobs = [(str(folder), doc_id, fmt) for folder in folders for doc_id in gold_ids(folder)
            for fmt in inputs]
    if workers > 1 and len(jobs) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            found = list(pool.map(_parse_job, jobs, chunksize=1))
    else:
        found = [_parse_job(job) for job in jobs]
    return [p for p in found if p is not None]


def build_corpus(parsed: list[Parsed], silver: list[Parsed], seed: int = SEED) -> Corpus:
    corpus = Corpus()
    for p in parsed:
        units = label_units(p, record_units(p))
        corpus.units.setdefault(p.doc_id, []).extend(units)
        corpus.groups[p.doc_id] = p.group
        extra = corpus.extras.setdefault(p.doc_id, [])
        extra.extend(augment.augmented(units, seed))
        if p.fmt == "txt" or not any(q.doc_id == p.doc_id and q.fmt == "txt" for q in parsed):
            extra.extend(augment.closing_lines(p.doc_id, p.gold, seed))
    for p in silver:
        corpus.silver.extend(label_units(p, record_units(p)))
    for units in (*corpus.units.values(), *corpus.extras.values(), corpus.silver):
        featurize(units)
    return corpus


def training_units(corpus: Corpus, doc_ids: Iterable[str]) -> list[Unit]:
    out: list[Unit] = []
    for doc_id in sorted(doc_ids):
        out.extend(corpus.units.get(doc_id, []))
        out.extend(corpus.extras.get(doc_id, []))
    return out + corpus.silver


def fit_units(units: list[Unit], l2: float = L2) -> LinearModel:
    return fit_logistic([u.features for u in units], [u.label for u in units],
                        [u.weight for u in units], l2=l2)


def folds(doc_ids: Iterable[str], k: int, seed: int, groups: dict[str, str] | None = None
          ) -> list[list[str]]:
    """k folds by document, each folder spread evenly over them, the same for a given seed."""
    groups = groups or {}
    by_group: dict[str, list[str]] = {}
    for doc_id in sorted(doc_ids):
        by_group.setdefault(groups.get(doc_id, ""), []).append(doc_id)
    rng = random.Random(seed)
    out: list[list[str]] = [[] for _ in range(k)]
    position = 0
    for group in sorted(by_group):
        members = by_group[group]
        rng.shuffle(members)
        for doc_id in members:
            out[position % k].append(doc_id)
            position += 1
    return [sorted(f) for f in out]


Outcome = tuple[float, bool, int, str, bool]  # out-of-fold p, rule, gold label, stage, ocr


def _add_threshold(outcomes: list[Outcome], stage: str, ocr: bool) -> float:
    """The lowest grid point (>= 0.9) at least MARGIN above every out-of-fold unit that the
    rules rightly rejected at ``stage`` in this condition: on the training documents, adding
    at that threshold would never have been wrong."""
    negatives = [p for p, rule, label, s, o in outcomes
                 if not rule and label == 0 and s == stage and o == ocr]
    worst = max(negatives, default=0.0)
    return next((t for t in ADD_GRID if t >= worst + MARGIN), NEVER_ADD)


def _remove_threshold(outcomes: list[Outcome], ocr: bool) -> float:
    """The highest grid point (<= 0.1) at least MARGIN below every out-of-fold unit that the
    rules rightly accepted in this condition (dropping there would never have been wrong)
    and above at least DROP_EVIDENCE they wrongly accepted: where the rules were seldom seen
    to make a false task (clean text, usually), a task they found is never dropped. (With
    one such unit as evidence, cross-validation showed a fold dropping a right task.)"""
    positives = [p for p, rule, label, _, o in outcomes if rule and label == 1 and o == ocr]
    negatives = [p for p, rule, label, _, o in outcomes if rule and label == 0 and o == ocr]
    lowest = min(positives, default=1.0)
    return next((t for t in REMOVE_GRID if t <= lowest - MARGIN
                 and sum(p <= t for p in negatives) >= DROP_EVIDENCE), NEVER_REMOVE)


def tune(outcomes: list[Outcome]) -> tuple[dict[str, Limits], float]:
    """The combined mode's limits per condition (clean text, OCR) and stage, and the model's
    own threshold (best unit F1), from out-of-fold outcomes on the training documents.

    The model overrules the rules only where, on held-out training documents, doing so would
    never have been wrong, plus a margin (the worst of a few hundred units understates the
    tail), and never below p = 0.9 (adding) or above p = 0.1 (dropping). Adding is what the
    model is for (rules miss directives worded in ways no pattern foresaw); dropping a task
    the rules found also needs evidence that they make false ones in that condition.
    """
    limits = {}
    for condition in CONDITIONS:
        ocr = condition == "ocr"
        limits[condition] = Limits(add=_add_threshold(outcomes, "unit", ocr),
                                   add_structure=_add_threshold(outcomes, "structure", ocr),
                                   remove=_remove_threshold(outcomes, ocr))
    best = (-1.0, 0.5)
    for step in range(20, 81, 5):
        t = step / 100
        tp = sum(1 for p, _, label, _, _ in outcomes if p >= t and label == 1)
        fp = sum(1 for p, _, label, _, _ in outcomes if p >= t and label == 0)
        fn = sum(1 for p, _, label, _, _ in outcomes if p < t and label == 1)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best[0] + 1e-9 or (abs(f1 - best[0]) <= 1e-9 and abs(t - 0.5) < abs(
                best[1] - 0.5)):
            best = (f1, t)
    return limits, best[1]


def train(corpus: Corpus, doc_ids: Iterable[str], *, seed: int = SEED,
          inner_folds: int = INNER_FOLDS, l2: float = L2) -> LinearModel:
    """A model on ``doc_ids`` (and the silver units), with thresholds from inner folds."""
    doc_ids = sorted(doc_ids)
    outcomes: list[Outcome] = []
    for held in folds(doc_ids, min(inner_folds, len(doc_ids)), seed, corpus.groups):
        if not held:
            continue
        inner = fit_units(training_units(corpus, set(doc_ids) - set(held)), l2)
        for doc_id in held:
            for unit in corpus.units.get(doc_id, []):
                outcomes.append((inner.probability_of(unit.features), unit.rule, unit.label,
                                 unit.view.stage, unit.ocr))
    model = fit_units(training_units(corpus, doc_ids), l2)
    model.limits, model.threshold = tune(outcomes)
    model.meta = {"seed": seed, "l2": l2, "documents": len(doc_ids),
                  "units": sum(len(corpus.units.get(d, [])) for d in doc_ids),
                  "silver_units": len(corpus.silver), "features": len(model.weights)}
    return model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m giaoviec.model.train",
                                     description="Rebuild the shipped unit model.")
    parser.add_argument("--corpus", default="../shared/corpus", help="corpus folder")
    parser.add_argument("--out", default=str(SHIPPED), help="model file to write")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--gold", action="append", default=[], metavar="DIR",
                        help="another gold folder to learn from, e.g. the repository's own "
                        "tests/fixtures/fresh/*; repeatable")
    parser.add_argument("--inputs", default=",".join(TRAIN_INPUTS),
                        help="renderings to learn from (default: %(default)s; scans are OCRed,"
                        " which takes most of the time)")
    args = parser.parse_args(argv)
    root = Path(args.corpus)
    if not root.is_dir():
        print(f"train: {root} not found; keeping the shipped model ({args.out})")
        return 0
    try:
        require_learner()
    except TrainingDependencyMissing as exc:
        print(f"train: {exc}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    gold_dirs = [d for d in (root, root / "real-full", *map(Path, args.gold)) if d.is_dir()]
    inputs = tuple(x.strip() for x in args.inputs.split(",") if x.strip())
    parsed = parse_all(gold_dirs, inputs, args.workers)
    silver = parse_all([root / "real"], ("txt",)) if (root / "real").is_dir() else []
    corpus = build_corpus(parsed, silver, args.seed)
    model = train(corpus, corpus.units.keys(), seed=args.seed)
    model.save(Path(args.out))
    print(f"train: {model.meta['documents']} documents ({', '.join(inputs)}), "
          f"{model.meta['units']} units, {model.meta['features']} features, model threshold "
          f"{model.threshold}, {time.perf_counter() - started:.1f}s -> {args.out}")
    for condition, lim in sorted(model.limits.items()):
        print(f"  {condition}: add >= {lim.add}, add (structure) >= {lim.add_structure}, "
              f"drop <= {lim.remove}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
