"""Labelled units from the corpus: what the unit model learns from.

Units are collected by running the real pipeline with a recording resolver, so training sees
exactly the units (and their views) that the task stage will ask about at run time. A unit
is labelled against the document's gold with the scorer's own matching rule: it is a
directive when it contains a gold task's quote (normalised), or, for a quote found nowhere in
the text as written (OCR damaged it), when its leading words and the quote's have Jaccard
similarity >= 0.5 (a quote found elsewhere, in a table row, must not claim a unit that merely
starts alike). A unit that matches only optional gold tasks (exhortations, closing formulas)
is left out, since either answer is right; every other unit is a negative. Folders whose
gold does not annotate tasks (``real/``) give *silver* units, labelled by the rules' verdict
at a low weight: real portal text, imperfect labels.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from giaoviec.document import Document
from giaoviec.evaluation.scorer import JACCARD_THRESHOLD, match_text
from giaoviec.model.features import UnitView, unit_features
from giaoviec.schemas.notice import SourceInfo

SILVER_WEIGHT = 0.3


@dataclass
class Parsed:
    """One rendering of one corpus document, parsed once (OCR is slow) and reused."""

    doc_id: str  # "<folder name>/<id>", unique across folders
    group: str  # the folder name: "corpus", "real-full", ...
    fmt: str
    doc: Document | None
    info: SourceInfo | None
    gold: dict
    error: str | None = None


@dataclass
class Unit:
    doc_id: str
    view: UnitView
    rule: bool  # the rules' verdict
    label: int  # 1 directive, 0 not
    weight: float
    ocr: bool = False  # the text came from OCR: the rules are less reliable there
    features: list[str] = field(default_factory=list)  # filled once, by ``featurize``


def featurize(units: list[Unit]) -> None:
    for unit in units:
        if not unit.features:
            unit.features = unit_features(unit.view)


def gold_ids(folder: Path) -> list[str]:
    return sorted(p.name[: -len(".gold.json")] for p in folder.glob("*.gold.json"))


def parse_rendering(folder: Path, doc_id: str, fmt: str) -> Parsed | None:
    """Parse ``folder/doc_id.fmt``; None when that rendering does not exist."""
    from giaoviec.errors import GiaoviecError
    from giaoviec.parsers import parse_bytes, read_input

    path = folder / f"{doc_id}.{fmt}"
    if not path.exists():
        return None
    gold = json.loads((folder / f"{doc_id}.gold.json").read_text(encoding="utf-8"))
    key = f"{folder.name}/{doc_id}"
    try:
        raw = read_input(path)
        doc = parse_bytes(raw.data, raw.path)
    except GiaoviecError as exc:
        return Parsed(key, folder.name, fmt, None, None, gold, exc.reason)
    info = SourceInfo(path=raw.path, sha256=raw.sha256, format=doc.format, pages=doc.pages,
                      ocr=doc.ocr, encoding=doc.encoding, bytes=len(raw.data))
    return Parsed(key, folder.name, fmt, doc, info, gold)


def record(parsed: Parsed) -> list[tuple[UnitView, bool]]:
    """Every unit the task stage decided on, with the rules' verdict."""
    from giaoviec.pipeline import analyse
    from giaoviec.pipeline.resolver import RecordingResolver

    if parsed.doc is None or parsed.info is None:
        return []
    recorder = RecordingResolver()
    try:
        analyse(parsed.doc, parsed.info, resolver=recorder)
    except Exception:  # a document the pipeline cannot handle teaches nothing
        return recorder.units
    return recorder.units


def _matches(quote: str, text: str, verbatim: set[str]) -> bool:
    if not quote:
        return False
    if quote in text:
        return True
    if quote in verbatim:
        return False
    words = quote.split()
    left, right = set(words), set(text.split()[: len(words)])
    return len(left & right) / len(left | right) >= JACCARD_THRESHOLD


def label_units(parsed: Parsed, units: list[tuple[UnitView, bool]]) -> list[Unit]:
    """Gold labels where the gold annotates tasks, else silver labels from the rules."""
    tasks = parsed.gold.get("tasks")
    ocr = bool(parsed.info and parsed.info.ocr)
    if not isinstance(tasks, list):
        return [Unit(parsed.doc_id, view, rule, int(rule), SILVER_WEIGHT, ocr)
                for view, rule in units]
    required = [match_text(str(t.get("quote") or "")) for t in tasks if not t.get("optional")]
    optional = [match_text(str(t.get("quote") or "")) for t in tasks if t.get("optional")]
    whole = match_text(parsed.doc.text) if parsed.doc else ""
    verbatim = {q for q in required + optional if q and q in whole}
    out = []
    for view, rule in units:
        text = match_text(view.text)
        if any(_matches(q, text, verbatim) for q in required):
            out.append(Unit(parsed.doc_id, view, rule, 1, 1.0, ocr))
        elif not any(_matches(q, text, verbatim) for q in optional):
            out.append(Unit(parsed.doc_id, view, rule, 0, 1.0, ocr))
    return out


def labelled_units(parsed: list[Parsed]) -> list[Unit]:
    out: list[Unit] = []
    for p in parsed:
        out.extend(label_units(p, record(p)))
    return out
