"""``giaoviec eval``: run the pipeline over a gold folder and score it, per input format.

For every ``ID.gold.json`` in the folder and every requested rendering (``ID.docx``,
``ID.pdf``, ``ID.scan.pdf``, ``ID.txt``) that exists, extract and score with
:mod:`giaoviec.evaluation.scorer`. A document that fails to extract scores as an empty
prediction (all its tasks missed) and is listed as an error.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from giaoviec.evaluation.fidelity import measure_fidelity
from giaoviec.evaluation.scorer import DocumentScore, Totals, aggregate, score_document

DEFAULT_INPUTS = ("docx", "pdf", "txt")
KNOWN_INPUTS = ("docx", "pdf", "scan.pdf", "txt")


@dataclass
class FormatResult:
    input: str
    scores: list[DocumentScore] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)
    fidelity: dict[str, tuple[float, float, float]] = field(default_factory=dict)  # bag, order, cer

    @property
    def totals(self) -> Totals:
        return aggregate(self.scores)


def gold_documents(folder: Path) -> list[tuple[str, Path]]:
    return sorted((p.name[: -len(".gold.json")], p) for p in folder.glob("*.gold.json"))


def _extract_one(job: tuple[str, str, str, bool, str | None]
                 ) -> tuple[str, dict | None, str | None, tuple | None]:
    """Worker: (doc id, input path, reference .txt path, measure fidelity, mode) ->
    prediction."""
    doc_id, path, reference, fidelity, mode = job
    from giaoviec.api import extract
    from giaoviec.errors import GiaoviecError

    try:
        notice = extract(path, mode=mode)
    except GiaoviecError as exc:
        return doc_id, None, exc.reason, None
    except Exception as exc:  # an unexpected failure is scored as a miss, and reported
        return doc_id, None, f"internal error: {type(exc).__name__}: {exc}", None
    fid = None
    if fidelity and reference and Path(reference).exists():
        f = measure_fidelity(Path(reference).read_text(encoding="utf-8"), notice.text or "")
        fid = (f.bag, f.order, f.cer)
    return doc_id, notice.model_dump(mode="json", exclude={"text", "blocks"}), None, fid


def evaluate(folder: Path, inputs: tuple[str, ...] = DEFAULT_INPUTS, *, workers: int = 1,
             fidelity: bool = False, mode: str | None = None,
             progress: Callable[[str], None] | None = None) -> list[FormatResult]:
    """``mode``: rules | model | combined (None: ``GIAOVIEC_MODE``, else combined)."""
    docs = gold_documents(folder)
    results = []
    for fmt in inputs:
        jobs = [(doc_id, str(folder / f"{doc_id}.{fmt}"), str(folder / f"{doc_id}.txt"),
                 fidelity and fmt != "txt", mode)
                for doc_id, _ in docs if (folder / f"{doc_id}.{fmt}").exists()]
        if not jobs:
            continue
        result = FormatResult(fmt)
        golds = {doc_id: json.loads(p.read_text(encoding="utf-8")) for doc_id, p in docs}
        outcomes = _run(jobs, workers)
        for doc_id, predicted, error, fid in outcomes:
            if error is not None:
                result.errors[doc_id] = error
                predicted = {"document": {}, "tasks": []}
            if fid is not None:
                result.fidelity[doc_id] = fid
            result.scores.append(score_document(golds[doc_id], predicted, doc_id))
            if progress:
                progress(f"{fmt} {doc_id}")
        results.append(result)
    return results


def _run(jobs: list, workers: int) -> list:
    if workers <= 1 or len(jobs) <= 1:
        return [_extract_one(job) for job in jobs]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_extract_one, jobs, chunksize=1))


def results_json(results: list[FormatResult]) -> dict:
    out = {}
    for r in results:
        totals = asdict(r.totals)
        out[r.input] = {
            "totals": totals,
            "errors": r.errors,
            "fidelity": {k: {"bag": v[0], "order": v[1], "cer": v[2]}
                         for k, v in r.fidelity.items()},
            "documents": {s.doc_id: {"tp": s.tp, "fp": s.fp, "fn": s.fn,
                                     "lead": [s.lead_correct, s.lead_total],
                                     "deadline": [s.deadline_correct, s.deadline_total],
                                     "fields": {k: v[0] for k, v in s.fields.items()},
                                     "misses": s.misses}
                          for s in r.scores},
        }
    return out
