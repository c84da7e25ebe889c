"""The shipped unit model: logistic regression over binary string features, stored as JSON.

Applying it is a dictionary lookup per feature and one exponential, so run time needs no
numerical library and cold start pays only for reading a small JSON file (and sorting its
weights into word tables), and only on the first unit that needs it. Training
(:mod:`giaoviec.model.fit`) writes the same format.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise, repeat
from pathlib import Path
from sys import intern

from giaoviec.model.features import (
    BIGRAM,
    HEADING,
    JOIN,
    MAX_BIGRAMS,
    TOP_HEADING,
    UNIGRAM,
    Signals,
    UnitView,
    unit_signals,
)

FORMAT_VERSION = 1
SHIPPED = Path(__file__).resolve().parent.parent / "models" / "unit_directive.json"
CONDITIONS = ("clean", "ocr")
NEVER_ADD = 1.01
NEVER_REMOVE = -0.01


@dataclass(frozen=True)
class Limits:
    """When the combined mode lets the model overrule the rules, for one input condition:
    add a unit the rules rejected at p >= ``add`` (``add_structure`` for a line the structure
    stage ruled out: a heading, a non-task section); drop a unit they accepted at p <=
    ``remove``. The defaults never overrule."""

    add: float = NEVER_ADD
    add_structure: float = NEVER_ADD
    remove: float = NEVER_REMOVE

    def adds_at(self, view: UnitView) -> float:
        return self.add_for(view.stage)

    def add_for(self, stage: str) -> float:
        """The threshold to add a unit the rules rejected at ``stage`` (a view's stage)."""
        return self.add_structure if stage == "structure" else self.add

    def may_add(self, stage: str) -> bool:
        """Whether any probability can reach :meth:`add_for` (``NEVER_ADD`` is above 1)."""
        return self.add_for(stage) <= 1.0

    def may_remove(self) -> bool:
        """Whether any probability can fall to ``remove`` (``NEVER_REMOVE`` is below 0)."""
        return self.remove >= 0.0


@dataclass
class LinearModel:
    """Weights by feature name; ``threshold``: the model's own decision point (mode
    ``model``); ``limits``: the combined mode's overruling points per input condition (clean
    text, OCR), since the rules are far more reliable on the first."""

    weights: dict[str, float]
    threshold: float = 0.5
    limits: dict[str, Limits] = field(default_factory=dict)
    meta: dict = field(default_factory=dict)
    _tables: _Tables | None = field(default=None, init=False, repr=False, compare=False)

    def limits_for(self, condition: str) -> Limits:
        return self.limits.get(condition, Limits())

    def score(self, features: list[str]) -> float:
        w = self.weights
        return sum(w.get(f, 0.0) for f in features)

    def probability(self, view: UnitView) -> float:
        """``probability_of(unit_features(view))``, to the last bit, without spelling the
        features: the words are looked up in per-prefix tables (:class:`_Tables`)."""
        if self._tables is None or self._tables.weights is not self.weights:
            self._tables = _Tables(self.weights)
        return _logistic(self._tables.score(unit_signals(view)))

    def probability_of(self, features: list[str]) -> float:
        return _logistic(self.score(features))

    def to_json(self) -> dict:
        return {"format": FORMAT_VERSION, "kind": "logistic-regression",
                "threshold": self.threshold,
                "limits": {c: vars(lim) for c, lim in sorted(self.limits.items())},
                "meta": self.meta, "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_json(cls, data: dict) -> LinearModel:
        if data.get("format") != FORMAT_VERSION:
            raise ValueError(f"unit model format {data.get('format')!r} is not "
                             f"{FORMAT_VERSION}")
        return cls(weights={k: float(v) for k, v in data["weights"].items()},
                   threshold=float(data["threshold"]),
                   limits={c: Limits(**lim) for c, lim in data.get("limits", {}).items()},
                   meta=dict(data.get("meta", {})))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=0) + "\n",
                       encoding="utf-8")
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))


def _logistic(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


class _Tables:
    """The weights of the features that come in numbers, by what follows their prefix: the
    word ("u=", "h=", "H="), or the pair of words ("b="), so that scoring a unit builds and
    hashes no "u=word" or "b=a_b" string. Built once per model, on its first unit, in one
    pass over the names ("<kind>=<value>"). The words are interned, as the tokens' words are
    (:func:`giaoviec.pipeline.actors._piece`), so that a lookup finds the very key object and
    compares no characters: scoring is memory-bound, a unit's words scattered over the tables.

    :meth:`score` adds the same weights in the same order as ``score(unit_features(view))``
    (a feature without weight adds 0.0, which changes no sum), so the result is the same
    float. The weights must not change afterwards (a new dict is noticed, edits in place
    are not)."""

    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights
        self.unigram: dict[str, float] = {}
        self.bigram: dict[tuple[str, str], float] = {}
        self.heading: dict[str, float] = {}
        self.top_heading: dict[str, float] = {}
        tables = {UNIGRAM: self.unigram, HEADING: self.heading, TOP_HEADING: self.top_heading}
        for name, weight in weights.items():
            kind, equals, value = name.partition("=")
            table = tables.get(kind + equals)
            if table is not None:
                table[intern(value)] = weight
            elif kind + equals == BIGRAM:
                first, _, second = value.partition(JOIN)
                self.bigram[intern(first), intern(second)] = weight
                if JOIN in second:  # no word holds JOIN; were one to, cut at every JOIN
                    at = value.find(JOIN, len(first) + 1)
                    while at != -1:
                        self.bigram[value[:at], value[at + len(JOIN):]] = weight
                        at = value.find(JOIN, at + 1)

    def score(self, signals: Signals) -> float:
        get = self.weights.get
        words = signals.words
        zero = repeat(0.0)
        terms = list(map(get, signals.lead, zero))
        terms.extend(map(self.unigram.get, dict.fromkeys(words), zero))
        terms.extend(map(self.bigram.get, dict.fromkeys(pairwise(words[:MAX_BIGRAMS + 1])), zero))
        terms.extend(map(self.heading.get, dict.fromkeys(signals.heading), zero))
        terms.extend(map(self.top_heading.get, dict.fromkeys(signals.top_heading), zero))
        terms.extend(map(get, signals.tail, zero))
        return sum(terms)


@cache
def shipped_model() -> LinearModel | None:
    """The model inside the package, read once per process; None when it is missing."""
    if not SHIPPED.exists():
        return None
    return LinearModel.load(SHIPPED)
