"""Training the unit model: L2-regularised logistic regression by Newton-CG, in numpy.

Why not scikit-learn: it is not among our dependencies, and this problem is small (thousands
of units, a few thousand binary features) and well-posed, so a few dozen lines solve it
exactly. Rows are kept sparse (feature indices per unit, every value 1): the two products
Newton-CG needs are a segmented sum and a weighted bincount. There is no randomness at all,
so the same data gives the same weights, bit for bit, on the same machine; weights are
rounded before export so that the shipped JSON is stable across machines too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from giaoviec.model.linear import LinearModel

BIAS = "bias"


@dataclass
class Sparse:
    """Binary rows: row i has ones at ``indices[indptr[i]:indptr[i + 1]]``."""

    indptr: np.ndarray
    indices: np.ndarray
    columns: int

    @property
    def rows(self) -> int:
        return len(self.indptr) - 1

    def dot(self, beta: np.ndarray) -> np.ndarray:
        return np.add.reduceat(beta[self.indices], self.indptr[:-1])

    def tdot(self, u: np.ndarray) -> np.ndarray:
        counts = np.diff(self.indptr)
        return np.bincount(self.indices, weights=np.repeat(u, counts), minlength=self.columns)


def vocabulary(rows: Sequence[Sequence[str]], weights: Sequence[float],
               min_weight: float = 2.0) -> list[str]:
    """Features seen with at least ``min_weight`` total sample weight, sorted: rarer ones
    would be memorised, not learnt. The bias is always kept."""
    seen: dict[str, float] = {}
    for row, w in zip(rows, weights, strict=True):
        for f in row:
            seen[f] = seen.get(f, 0.0) + w
    return sorted({f for f, w in seen.items() if w >= min_weight} | {BIAS})


def to_sparse(rows: Sequence[Sequence[str]], vocab: list[str]) -> Sparse:
    index = {f: i for i, f in enumerate(vocab)}
    indptr, indices = [0], []
    for row in rows:
        cols = sorted({index[f] for f in row if f in index} | {index[BIAS]})
        indices.extend(cols)
        indptr.append(len(indices))
    return Sparse(np.asarray(indptr, dtype=np.int64), np.asarray(indices, dtype=np.int64),
                  len(vocab))


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def fit_logistic(rows: Sequence[Sequence[str]], labels: Sequence[int],
                 weights: Sequence[float] | None = None, *, l2: float = 1.0,
                 min_weight: float = 2.0, max_iter: int = 50, tol: float = 1e-6
                 ) -> LinearModel:
    """Minimise sum_i w_i * logloss_i + l2/2 * |beta|^2 (the bias is not penalised)."""
    weights = list(weights) if weights is not None else [1.0] * len(rows)
    vocab = vocabulary(rows, weights, min_weight)
    x = to_sparse(rows, vocab)
    y = np.asarray(labels, dtype=np.float64)
    s = np.asarray(weights, dtype=np.float64)
    penalty = np.full(len(vocab), l2)
    penalty[vocab.index(BIAS)] = 0.0
    beta = np.zeros(len(vocab))

    def loss(b: np.ndarray) -> float:
        z = x.dot(b)
        return float(np.sum(s * (np.logaddexp(0.0, z) - y * z)) + 0.5 * np.sum(penalty * b * b))

    for _ in range(max_iter):
        p = _sigmoid(x.dot(beta))
        grad = x.tdot(s * (p - y)) + penalty * beta
        if np.max(np.abs(grad)) < tol:
            break
        curvature = s * p * (1.0 - p)
        step = _conjugate_gradient(lambda v, c=curvature: x.tdot(c * x.dot(v)) + penalty * v,
                                   -grad)
        beta = _line_search(loss, beta, step, grad)
    kept = {f: round(float(b), 5) for f, b in zip(vocab, beta, strict=True) if abs(b) >= 1e-5}
    return LinearModel(weights=kept)


def _conjugate_gradient(hess, rhs: np.ndarray, iterations: int = 200,
                        tol: float = 1e-8) -> np.ndarray:
    """Solve H v = rhs for the Newton step, given v -> H v."""
    v = np.zeros_like(rhs)
    r = rhs.copy()
    d = r.copy()
    rr = float(r @ r)
    for _ in range(iterations):
        if rr < tol:
            break
        hd = hess(d)
        alpha = rr / float(d @ hd)
        v += alpha * d
        r -= alpha * hd
        new = float(r @ r)
        d = r + (new / rr) * d
        rr = new
    return v


def _line_search(loss, beta: np.ndarray, step: np.ndarray, grad: np.ndarray) -> np.ndarray:
    """Backtracking (Armijo) on the full Newton step."""
    current = loss(beta)
    slope = float(grad @ step)
    t = 1.0
    for _ in range(30):
        candidate = beta + t * step
        if loss(candidate) <= current + 1e-4 * t * slope:
            return candidate
        t *= 0.5
    return beta
