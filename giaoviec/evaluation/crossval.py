"""``giaoviec eval GOLD_DIR... --cv K``: how the trained unit model does on documents it has
never seen, beside the rules.

The gold documents of all folders are split into K folds by document (each folder spread
over the folds). For each fold a model is trained on the other folds only, its thresholds
tuned on inner folds of those same training documents, and the held-out documents are
extracted in every mode and scored. A document is never scored by a model that saw it.
Tables are per folder and per input rendering, one column per mode, so the rules (which need
no training) and the model are compared on the same documents. Each rendering is parsed once
and reused by all folds and modes: OCR of scans is the slow part.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from giaoviec.evaluation.report import METRICS
from giaoviec.evaluation.scorer import DocumentScore, Totals, aggregate, score_document
from giaoviec.model.dataset import Parsed
from giaoviec.model.train import SEED, TRAIN_INPUTS, build_corpus, folds, parse_all, train
from giaoviec.pipeline.resolver import MODES, Resolver


@dataclass
class Cell:
    """Scores of one (folder, rendering, mode), with the tasks the model added or dropped."""

    scores: list[DocumentScore] = field(default_factory=list)
    tasks: int = 0
    added: int = 0  # tasks that only the model found

    @property
    def totals(self) -> Totals:
        return aggregate(self.scores)


@dataclass
class CVResult:
    k: int
    seed: int
    cells: dict[tuple[str, str, str], Cell] = field(default_factory=dict)
    limits: list[dict] = field(default_factory=list)  # per fold: condition -> Limits


def cross_validate(gold_dirs: list[Path], inputs: tuple[str, ...], k: int = 5, *,
                   modes: tuple[str, ...] = MODES, silver_dirs: tuple[Path, ...] = (),
                   seed: int = SEED, workers: int = 1,
                   progress: Callable[[str], None] | None = None) -> CVResult:
    say = progress or (lambda _message: None)
    renderings = tuple(dict.fromkeys((*TRAIN_INPUTS, *inputs)))
    say(f"parsing {', '.join(renderings)}")
    parsed = parse_all(gold_dirs, renderings, workers)
    training = [p for p in parsed if p.fmt in TRAIN_INPUTS]
    silver = parse_all(silver_dirs, ("txt",)) if silver_dirs else []
    corpus = build_corpus(training, silver, seed)
    documents = sorted({p.doc_id for p in parsed})
    groups = {p.doc_id: p.group for p in parsed}
    result = CVResult(k, seed)
    for n, held in enumerate(folds(documents, k, seed, groups), start=1):
        say(f"fold {n}/{k}: training without {len(held)} documents")
        model = train(corpus, [d for d in documents if d not in held], seed=seed)
        result.limits.append(model.limits)
        for p in parsed:
            if p.doc_id in held and p.fmt in inputs:
                for mode in modes:
                    _score(result, p, mode, model)
    return result


def _score(result: CVResult, parsed: Parsed, mode: str, model) -> None:
    from giaoviec.pipeline import analyse

    cell = result.cells.setdefault((parsed.group, parsed.fmt, mode), Cell())
    predicted: dict = {"document": {}, "tasks": []}
    if parsed.doc is not None and parsed.info is not None:
        try:
            notice = analyse(parsed.doc, parsed.info, resolver=Resolver(mode, model))
        except Exception:  # scored as an empty prediction, as `giaoviec eval` does
            notice = None
        if notice is not None:
            predicted = notice.model_dump(mode="json", exclude={"text", "blocks"})
            cell.tasks += len(notice.tasks)
            cell.added += sum(1 for t in notice.tasks if t.source == "model")
    cell.scores.append(score_document(parsed.gold, predicted, parsed.doc_id))


def tables(result: CVResult) -> str:
    """One plain-text table per (folder, rendering), metrics by mode; with several folders,
    then one table per rendering pooling all of them, the comparison with the most tasks
    behind it (each folder's own table shows where the pooled figure comes from)."""
    out = []
    keys = sorted({(g, f) for g, f, _ in result.cells})
    for group, fmt in keys:
        modes = [m for m in MODES if (group, fmt, m) in result.cells]
        out.append(_table(f"{group} [{fmt}]", [result.cells[(group, fmt, m)] for m in modes],
                          modes, result))
    groups_of: dict[str, list[str]] = {}
    for group, fmt in keys:
        groups_of.setdefault(fmt, []).append(group)
    for fmt, groups in groups_of.items():
        if len(groups) < 2:
            continue
        modes = [m for m in MODES if all((g, fmt, m) in result.cells for g in groups)]
        pooled = [_pool([result.cells[(g, fmt, m)] for g in groups]) for m in modes]
        out.append(_table(f"all {len(groups)} folders [{fmt}]", pooled, modes, result))
    for condition in sorted({c for limits in result.limits for c in limits}):
        per_fold = [limits[condition] for limits in result.limits if condition in limits]
        out.append(f"fold limits, {condition}: add >= {[x.add for x in per_fold]}; "
                   f"add (structure) >= {[x.add_structure for x in per_fold]}; "
                   f"drop <= {[x.remove for x in per_fold]}")
    return "\n\n".join(out) + "\n"


def _pool(cells: list[Cell]) -> Cell:
    return Cell(scores=[s for c in cells for s in c.scores], tasks=sum(c.tasks for c in cells),
                added=sum(c.added for c in cells))


def _table(title: str, cells: list[Cell], modes: list[str], result: CVResult) -> str:
    totals = [c.totals for c in cells]
    width = 24
    lines = [f"== {title} {result.k}-fold cross-validation by document (seed {result.seed})",
             "metric".ljust(width) + "".join(m.rjust(10) for m in modes),
             "documents".ljust(width) + "".join(str(t.documents).rjust(10) for t in totals)]
    for key, label in METRICS:
        lines.append(label.ljust(width) + "".join(f"{getattr(t, key):10.3f}" for t in totals))
    lines.append("lead correct / gold tasks".ljust(width) + "".join(
        f"{_leads_per_gold_task(t):10.3f}" for t in totals))
    for label, names in (("tasks tp/fp/fn", ("tp", "fp", "fn")),
                         ("lead correct/total", ("lead_correct", "lead_total")),
                         ("deadline correct/total", ("deadline_correct", "deadline_total"))):
        lines.append(label.ljust(width) + "".join(
            # a space before each, however wide: "6560/106/49" fills the column
            (" " + "/".join(str(t.counts.get(n, 0)) for n in names)).rjust(10) for t in totals))
    lines.append("tasks found by model only".ljust(width) + "".join(
        str(c.added).rjust(10) for c in cells))
    return "\n".join(lines)


def _leads_per_gold_task(t: Totals) -> float:
    """Correct leads over all gold tasks: unlike lead accuracy (over matched tasks only) it
    does not fall when recall rises into harder parts of a document."""
    gold = t.counts.get("tp", 0) + t.counts.get("fn", 0)
    return t.counts.get("lead_correct", 0) / gold if gold else 1.0


def result_json(result: CVResult) -> dict:
    data: dict = {"k": result.k, "seed": result.seed, "cells": {},
                  "limits": [{c: vars(x) for c, x in limits.items()} for limits in
                             result.limits]}
    for (group, fmt, mode), cell in sorted(result.cells.items()):
        t = cell.totals
        data["cells"][f"{group}/{fmt}/{mode}"] = {
            **{key: getattr(t, key) for key, _ in METRICS}, "counts": t.counts,
            "tasks": cell.tasks, "added_by_model": cell.added}
    return data
