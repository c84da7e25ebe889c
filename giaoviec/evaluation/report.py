"""Plain-text tables for ``giaoviec eval``: one table per input format, then the misses.

Plain text on purpose: the output ends up in CI logs and closing notes.
"""

from __future__ import annotations

from giaoviec.evaluation.runner import FormatResult

METRICS = (("task_precision", "task precision"), ("task_recall", "task recall"),
           ("task_f1", "task F1"), ("lead_accuracy", "lead accuracy"),
           ("support_f1", "support F1"), ("report_to_f1", "report_to F1"),
           ("deadline_accuracy", "deadline accuracy"))
FIELD_ORDER = ("doc_type", "number", "issuer", "parent_issuer", "place", "issued_date", "title",
               "urgency", "signer.name", "signer.position", "signer.authority", "recipients")


def summary_table(results: list[FormatResult]) -> str:
    if not results:
        return "no documents with the requested renderings\n"
    names = [r.input for r in results]
    totals = [r.totals for r in results]
    width = 22
    lines = ["metric".ljust(width) + "".join(n.rjust(10) for n in names)]
    lines.append("documents".ljust(width) + "".join(str(t.documents).rjust(10) for t in totals))
    if any(t.task_documents for t in totals):
        for key, label in METRICS:
            lines.append(label.ljust(width) + "".join(
                f"{getattr(t, key):10.3f}" for t in totals))
        lines.append("gold tasks (tp+fn)".ljust(width) + "".join(
            str(t.counts.get("tp", 0) + t.counts.get("fn", 0)).rjust(10) for t in totals))
    fields = [f for f in FIELD_ORDER if any(f in t.fields for t in totals)]
    for name in fields:
        lines.append(f"field {name}".ljust(width) + "".join(
            (f"{t.fields[name]:10.3f}" if name in t.fields else "-".rjust(10)) for t in totals))
    fid = [r for r in results if r.fidelity]
    if fid:
        for label, k in (("words kept (bag)", 0), ("words in order", 1)):
            lines.append(label.ljust(width) + "".join(
                (f"{_mean(r, k):10.3f}" if r.fidelity else "-".rjust(10)) for r in results))
            lines.append(f"  worst {label.split()[-1]}".ljust(width) + "".join(
                (f"{_worst(r, k):10.3f}" if r.fidelity else "-".rjust(10)) for r in results))
        lines.append("char error rate %".ljust(width) + "".join(
            (f"{100 * _mean(r, 2):10.2f}" if r.fidelity else "-".rjust(10)) for r in results))
        lines.append("  worst cer %".ljust(width) + "".join(
            (f"{100 * max(v[2] for v in r.fidelity.values()):10.2f}" if r.fidelity
             else "-".rjust(10)) for r in results))
    errors = sum(len(r.errors) for r in results)
    if errors:
        lines.append("extraction errors".ljust(width) + "".join(
            str(len(r.errors)).rjust(10) for r in results))
    return "\n".join(lines) + "\n"


def _mean(result: FormatResult, k: int) -> float:
    values = [v[k] for v in result.fidelity.values()]
    return sum(values) / len(values)


def _worst(result: FormatResult, k: int) -> float:
    return min(v[k] for v in result.fidelity.values())


def misses_report(results: list[FormatResult], limit: int = 200) -> str:
    out: list[str] = []
    for r in results:
        for doc_id, error in sorted(r.errors.items()):
            out.append(f"[{r.input}] {doc_id}: ERROR {error}")
        for s in r.scores:
            for miss in s.misses[:limit]:
                out.append(f"[{r.input}] {s.doc_id}: {_describe(miss)}")
    return "\n".join(out) + ("\n" if out else "")


def _describe(miss: dict) -> str:
    kind = miss.get("kind")
    quote = _short(miss.get("quote") or miss.get("text") or "")
    if kind == "missed_task":
        return f"missed task: “{quote}”"
    if kind == "extra_task":
        return f"extra task: “{quote}”"
    if kind == "wrong_field":
        return f"field {miss.get('field')}: gold {miss.get('gold')!r} got {miss.get('predicted')!r}"
    return f"{kind}: “{quote}” gold {miss.get('gold')!r} got {miss.get('predicted')!r}"


def _short(text: str, n: int = 80) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"
