"""Training the unit model: L2-regularised logistic regression, solved by scikit-learn.

The learning is scikit-learn's (``LogisticRegression``, Newton-CG solver), whose solvers are
exercised far beyond this project; ours is only the bookkeeping around it: which features
are worth a weight (:func:`vocabulary`), the sparse design matrix, and the export of the
weights by feature name into the JSON that run time applies without any numerical library
(:mod:`giaoviec.model.linear`). scikit-learn is therefore a training dependency only
(``pip install 'giaoviec[train]'``, included in ``[dev]``); it is imported here, lazily.

The objective is ``sum_i w_i * logloss_i + l2/2 * |beta|^2`` with the intercept unpenalised,
scikit-learn's with ``C = 1 / l2``. Newton-CG has no randomness, so the same data gives the
same weights on the same machine; they are rounded before export so that the shipped JSON
is stable across machines too.
"""

from __future__ import annotations

from collections.abc import Sequence

from giaoviec.model.linear import LinearModel

BIAS = "bias"
TOLERANCE = 1e-8  # well below the export rounding (5 decimals)
MAX_ITERATIONS = 5000
ROUNDING = 5
# weights smaller than this are left out of the model. With L2 most features keep a tiny weight
# (56% of them under 0.01 in the model trained on 2376 documents); dropping those changed no
# decision over the whole training pool (the combined-mode eval was identical), while they were
# most of the file a cold start reads and sorts (0.49 G of its 3.81 G instructions)
NEGLIGIBLE = 0.01
MISSING = "training the unit model needs scikit-learn: pip install 'giaoviec[train]'"


class TrainingDependencyMissing(RuntimeError):
    """scikit-learn is needed to train (not to run) the model."""


def require_learner() -> None:
    """Fail before minutes of parsing, not after, when scikit-learn is not installed."""
    import importlib.util

    if importlib.util.find_spec("sklearn") is None:
        raise TrainingDependencyMissing(MISSING)


def vocabulary(rows: Sequence[Sequence[str]], weights: Sequence[float],
               min_weight: float = 2.0) -> list[str]:
    """Features seen with at least ``min_weight`` total sample weight, sorted: rarer ones
    would be memorised, not learnt. The bias is always kept (it becomes the intercept)."""
    seen: dict[str, float] = {}
    for row, w in zip(rows, weights, strict=True):
        for f in row:
            seen[f] = seen.get(f, 0.0) + w
    return sorted({f for f, w in seen.items() if w >= min_weight} | {BIAS})


def design_matrix(rows: Sequence[Sequence[str]], columns: list[str]):
    """Binary CSR rows over ``columns`` (features outside them are dropped)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    index = {f: i for i, f in enumerate(columns)}
    indptr, indices = [0], []
    for row in rows:
        indices.extend(sorted({index[f] for f in row if f in index}))
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    return csr_matrix((data, np.asarray(indices, dtype=np.int64),
                       np.asarray(indptr, dtype=np.int64)), shape=(len(rows), len(columns)))


def fit_logistic(rows: Sequence[Sequence[str]], labels: Sequence[int],
                 weights: Sequence[float] | None = None, *, l2: float = 1.0,
                 min_weight: float = 2.0) -> LinearModel:
    """Weights by feature name for ``rows`` of binary features; ``bias`` is the intercept."""
    try:
        import numpy as np
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:  # a run-time install: training is a developer's job
        raise TrainingDependencyMissing(MISSING) from exc
    weights = list(weights) if weights is not None else [1.0] * len(rows)
    columns = [f for f in vocabulary(rows, weights, min_weight) if f != BIAS]
    y = np.asarray(labels, dtype=np.int64)
    if len(set(y.tolist())) < 2:  # nothing to separate: the prior alone
        share = float(y.mean()) if len(y) else 0.5
        bias = 12.0 if share >= 0.5 else -12.0
        return LinearModel(weights={BIAS: bias})
    solver = LogisticRegression(C=1.0 / l2, solver="newton-cg", tol=TOLERANCE,
                                max_iter=MAX_ITERATIONS, fit_intercept=True)
    solver.fit(design_matrix(rows, columns), y, sample_weight=np.asarray(weights))
    found = dict(zip(columns, solver.coef_[0].tolist(), strict=True))
    found[BIAS] = float(solver.intercept_[0])
    kept = {f: round(b, ROUNDING) for f, b in found.items() if abs(b) >= NEGLIGIBLE or f == BIAS}
    return LinearModel(weights=dict(sorted(kept.items())))
