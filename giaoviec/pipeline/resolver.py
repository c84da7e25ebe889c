"""Who decides that a unit (a list item or paragraph) is a directive: rules, model, or both.

The rules of :mod:`giaoviec.pipeline.tasks` are precise on documents like the ones they were
written from, and brittle where the text is damaged (OCR, portal copies that glue words, lost
list markers). The trained unit model (:mod:`giaoviec.model`) sees many weak signals at once
and degrades more gently. Three modes:

* ``rules``: the rules alone; the model is never loaded.
* ``model``: the model alone decides (probability >= its decision threshold).
* ``combined`` (default): the rules decide, and the model may overrule them only when it is
  very sure: it *adds* a unit the rules rejected when p is above one threshold (>= 0.9; its
  own, usually higher, one for a line the structure stage ruled out: a heading, a non-task
  section) and the task it gives has an owner (a lead, named or from its context: the
  rules' values for a unit they rejected are the least sure, and a task nobody owns is the
  first a reader doubts), and *drops* a unit they accepted when p is below another (<= 0.1).
  Thresholds depend on the input condition (clean text or OCR, where the rules' structure
  breaks) and are chosen at training time on out-of-fold predictions so that, on the
  training documents, no overruling would have been wrong
  (:func:`giaoviec.model.train.tune`).

The mode comes from the caller (``analyse(..., mode=)``), else from ``GIAOVIEC_MODE``, else
``combined``. Each decision records where a task came from (``source``: ``rule`` / ``model``
/ ``both`` when they agree) and the model's probability (``confidence``; 1.0 when the model
was not consulted), so a reviewer can sort doubtful tasks first.

Where the model cannot change a verdict (combined mode, a unit the rules accepted, an input
condition whose limits never drop one: clean text today), its probability only says how sure
it is. Such units are scored together when the document's walk is over
(:meth:`Resolver.settle`): the model's word tables, scattered over memory, stay in the cache
for the whole batch instead of being fetched again between the rules' work on each unit
(seed notice: 55 us a unit interleaved, 15 us in a row).
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # the model package is imported on first use only
    from giaoviec.model.features import UnitView
    from giaoviec.model.linear import LinearModel

MODES = ("rules", "model", "combined")
ENV_MODE = "GIAOVIEC_MODE"
DEFAULT_MODE = "combined"


@dataclass(frozen=True, slots=True)
class Decision:
    """Where the unit's directive begins (None: no task), and its provenance. ``later``: the
    unit's view when its source and confidence are settled at the end of the document
    (:meth:`Resolver.settle`); ``source`` and ``confidence`` are then placeholders."""

    begin: int | None
    source: str  # "rule" | "model" | "both"
    confidence: float
    later: Callable[[], UnitView] | None = None


class Provenanced(Protocol):
    """What :meth:`Resolver.settle` fills in: a found task's provenance."""

    source: str
    confidence: float


def resolve_mode(mode: str | None = None) -> str:
    """The explicit mode, else ``GIAOVIEC_MODE``, else ``combined``; unknown names fail loudly
    (a typo in an environment variable must not silently change results)."""
    chosen = (mode or os.environ.get(ENV_MODE) or DEFAULT_MODE).strip().lower()
    if chosen not in MODES:
        raise ValueError(f"unknown mode {chosen!r}: expected one of {', '.join(MODES)}")
    return chosen


class Resolver:
    """One document's decision maker. Cheap to create; the model loads on the first unit that
    needs it (never in ``rules`` mode), so importing giaoviec stays fast."""

    def __init__(self, mode: str | None = None, model: LinearModel | None = None) -> None:
        self.mode = resolve_mode(mode)
        self._model = model
        self.condition = "clean"  # "ocr" when the text came from OCR (set per document)

    @property
    def model(self) -> LinearModel | None:
        if self._model is None and self.mode != "rules":
            from giaoviec.model.linear import shipped_model

            self._model = shipped_model()
            if self._model is None:
                if self.mode == "model":
                    raise RuntimeError("mode 'model' needs the trained model, which is missing;"
                                       " run `make train`")
                warnings.warn("giaoviec: trained model missing, using the rules alone",
                              RuntimeWarning, stacklevel=2)
                self.mode = "rules"
        return self._model

    def decide_unit(self, rule_begin: int | None, unit_start: int,
                    view: Callable[[], UnitView], stage: str | None = None) -> Decision:
        """Merge the rules' verdict on a unit (``rule_begin``: where its directive starts, or
        None) with the model's. ``view`` builds the model's input lazily: in ``rules`` mode no
        feature is ever computed. ``stage``, when given, is the view's ``stage``: in combined
        mode a unit the rules rejected at a stage where the model may never add one (its
        threshold there is above 1) stays rejected whatever the model says, so the model is
        not consulted (a rejected unit gives no task, so its source and confidence are never
        read)."""
        model = self.model
        if self.mode == "rules" or model is None:
            return Decision(rule_begin, "rule", 1.0)
        if (self.mode == "combined" and rule_begin is None and stage is not None
                and not model.limits_for(self.condition).may_add(stage)):
            return Decision(None, "rule", 1.0)
        limits = model.limits_for(self.condition)
        if self.mode == "combined" and rule_begin is not None and not limits.may_remove():
            return Decision(rule_begin, "rule", 1.0, later=view)
        unit = view()
        p = model.probability(unit)
        by_rule = rule_begin is not None
        by_model = p >= model.threshold
        if self.mode == "model":
            accept = by_model
        elif by_rule:
            accept = p > limits.remove
        else:
            accept = p >= limits.adds_at(unit)
        if not accept:  # source: who said no (the model alone when it dropped a rule task)
            source = "both" if not by_rule and not by_model else ("model" if by_rule else "rule")
            return Decision(None, source, round(p, 4))
        begin = rule_begin if by_rule else unit_start
        source = "both" if by_rule and by_model else ("rule" if by_rule else "model")
        return Decision(begin, source, round(p, 4))

    def settle(self, deferred: list[tuple[Decision, list[Provenanced]]]) -> None:
        """Score the units whose verdict the model could not change (``Decision.later``), in a
        row, and give their tasks the source and confidence :meth:`decide_unit` would have:
        "both" when the model agrees, else "rule". The views must still be buildable: call
        this before the document's walk is left. ``deferred`` is emptied: a view's builder
        holds the walk that holds the list, a cycle only the garbage collector would free."""
        if not deferred:
            return
        model = self.model
        views = [decision.later() for decision, _ in deferred if decision.later is not None]
        found = [tasks for decision, tasks in deferred if decision.later is not None]
        deferred.clear()
        for view, tasks in zip(views, found, strict=True):
            p = model.probability(view)
            source, confidence = ("both" if p >= model.threshold else "rule"), round(p, 4)
            for task in tasks:
                task.source, task.confidence = source, confidence


class RecordingResolver(Resolver):
    """The rules' decisions, with every unit's model input and rule verdict kept: how training
    sees exactly the units the pipeline will later ask about."""

    def __init__(self) -> None:
        super().__init__("rules")
        self.units: list[tuple[UnitView, bool]] = []

    def decide_unit(self, rule_begin: int | None, unit_start: int,
                    view: Callable[[], UnitView], stage: str | None = None) -> Decision:
        self.units.append((view(), rule_begin is not None))
        return Decision(rule_begin, "rule", 1.0)
