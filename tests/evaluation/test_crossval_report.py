"""The cross-validation report: wide counts stay apart from their neighbours."""

from types import SimpleNamespace

from giaoviec.evaluation.crossval import CVResult, _table
from giaoviec.evaluation.scorer import Totals


def _cell(tp: int, fp: int, fn: int):
    totals = Totals(documents=514, task_precision=1.0, task_recall=1.0, task_f1=1.0,
                    lead_accuracy=1.0, support_f1=1.0, report_to_f1=1.0, deadline_accuracy=1.0,
                    fields={}, counts={"tp": tp, "fp": fp, "fn": fn, "lead_correct": tp,
                                       "lead_total": tp, "deadline_correct": tp,
                                       "deadline_total": tp})
    return SimpleNamespace(totals=totals, added=0)


def test_counts_wider_than_their_column_keep_a_space_between_modes():
    cells = [_cell(6560, 106, 49), _cell(6519, 91, 90), _cell(6560, 106, 49)]
    text = _table("all", cells, ["rules", "model", "combined"], CVResult(k=5, seed=13))
    row = next(line for line in text.splitlines() if line.startswith("tasks tp/fp/fn"))
    assert row.split()[2:] == ["6560/106/49", "6519/91/90", "6560/106/49"]
