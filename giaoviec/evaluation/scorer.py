"""How the project judges itself: one extracted document against its corpus gold.

The rules are those of ``corpus/FORMAT.md`` ("Scoring"); this module is their only
implementation, so that every report of progress means the same thing. In short:

* extracted tasks are matched to gold tasks one-to-one by the gold ``quote`` (containment
  first, then Jaccard similarity of the leading words); optional gold tasks cost nothing;
* on matched pairs: lead accuracy, support and report_to F1, deadline accuracy;
* document fields: exact agreement per field, issuers by extension, recipients by set F1.

Gold fields that are absent were not annotated and are not scored; a gold null asks for
nothing to be extracted.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from giaoviec.evaluation.names import names_agree, names_equal, pair_actors, unique_actors
from giaoviec.normalize import fold
from giaoviec.rx import regex

JACCARD_THRESHOLD = 0.5
SCALAR_FIELDS = ("doc_type", "number", "place", "issued_date", "title", "urgency")
ISSUER_FIELDS = ("issuer", "parent_issuer")
SIGNER_FIELDS = ("name", "position", "authority")

_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")
# A list marker the extractor may have left at the start of a task ("-", "+", "a)", "1.", "2.3.").
_LEADING_MARKER = regex.compile(r"^\s*(?:[-+•*–]|\p{L}\)|\d+(?:\.\d+)*[.)])\s+")


@dataclass
class TaskPairing:
    gold_index: int
    pred_index: int
    how: str  # "contain" | "jaccard"


@dataclass
class DocumentScore:
    doc_id: str
    tasks_scored: bool
    tp: int
    fp: int
    fn: int
    pairs: list[TaskPairing]
    lead_correct: int
    lead_total: int
    support_tp: int
    support_fp: int
    support_fn: int
    report_tp: int
    report_fp: int
    report_fn: int
    deadline_correct: int
    deadline_total: int
    fields: dict[str, tuple[float, float]]
    misses: list[dict]
    optional_matched: int = 0

    @property
    def task_f1(self) -> float:
        return f1_score(self.tp, self.fp, self.fn)


@dataclass
class Totals:
    documents: int
    task_precision: float
    task_recall: float
    task_f1: float
    lead_accuracy: float
    support_f1: float
    report_to_f1: float
    deadline_accuracy: float
    fields: dict[str, float]
    task_documents: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # summed tp, fp, fn, lead_correct...
    field_documents: dict[str, int] = field(default_factory=dict)


# --- arithmetic --------------------------------------------------------------------------------

def precision_recall(tp: int, fp: int, fn: int) -> tuple[float, float]:
    """Precision and recall; an empty denominator means nothing was wrong, so 1.0."""
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall


def f1_score(tp: int, fp: int, fn: int) -> float:
    """F1 from counts; 1.0 when there was nothing to find and nothing was found."""
    if tp + fp + fn == 0:
        return 1.0
    return 2 * tp / (2 * tp + fp + fn)


def _ratio(correct: int, total: int) -> float:
    """Accuracy; vacuously 1.0 over no cases (the totals carry the counts to tell)."""
    return correct / total if total else 1.0


# --- task matching -----------------------------------------------------------------------------

def match_text(text: str) -> str:
    """Matching form of a task text or quote: NFC, lower case, no punctuation, single spaces."""
    text = fold(unicodedata.normalize("NFC", text or ""))
    return _NON_WORD.sub(" ", text).strip()


def _task_text(task: dict) -> str:
    """The extracted task's text without a list marker the extractor may have kept."""
    return _LEADING_MARKER.sub("", str(task.get("text") or ""), count=1)


def _leading_jaccard(quote_words: list[str], text_words: list[str]) -> float:
    """Jaccard similarity of the quote's words and as many leading words of the text."""
    if not quote_words:
        return 0.0
    left = set(quote_words)
    right = set(text_words[: len(quote_words)])
    return len(left & right) / len(left | right)


def _candidate_pairs(gold_tasks: list[dict], pred_tasks: list[dict]) -> list[tuple]:
    """Every (rank, -similarity, gold, pred, how) that may pair, best first when sorted."""
    quotes = [match_text(str(task.get("quote") or "")) for task in gold_tasks]
    texts = [match_text(_task_text(task)) for task in pred_tasks]
    candidates = []
    for i, quote in enumerate(quotes):
        if not quote:
            continue
        quote_words = quote.split()
        for j, text in enumerate(texts):
            similarity = _leading_jaccard(quote_words, text.split())
            if quote in text:
                candidates.append((0, -similarity, i, j, "contain"))
            elif similarity >= JACCARD_THRESHOLD:
                candidates.append((1, -similarity, i, j, "jaccard"))
    candidates.sort()
    return candidates


def pair_tasks(gold_tasks: list[dict], pred_tasks: list[dict]) -> list[TaskPairing]:
    """One-to-one pairing: containment pairs first, then by decreasing similarity.

    Among predictions that all contain a quote, the one whose opening words are most like the
    quote wins, so a task that merely embeds another's text does not take its place.
    """
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _rank, _similarity, i, j, how in _candidate_pairs(gold_tasks, pred_tasks):
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        pairs.append(TaskPairing(gold_index=i, pred_index=j, how=how))
    pairs.sort(key=lambda pair: pair.gold_index)
    return pairs


# --- matched pairs -----------------------------------------------------------------------------

def _as_list(value: object) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _display(actors: list[list[str]]) -> list[str]:
    return [names[0] for names in actors]


def _compare_actors(gold: object, predicted: object) -> tuple[int, int, int, list, list]:
    """TP, FP, FN of one actor list against another, and both lists for reporting."""
    gold_actors = unique_actors(_as_list(gold))
    pred_actors = unique_actors(_as_list(predicted))
    matched = len(pair_actors(gold_actors, pred_actors))
    return (matched, len(pred_actors) - matched, len(gold_actors) - matched,
            _display(gold_actors), _display(pred_actors))


def _deadline_options(gold: dict) -> list[dict]:
    alternatives = gold.get("alt") or []
    return [gold, *(alt for alt in alternatives if isinstance(alt, dict))]


def deadline_agrees(gold: dict | None, predicted: dict | None) -> bool:
    """Type agrees and, where gold has a date, the date agrees; see FORMAT for null and alt."""
    if not isinstance(predicted, dict) or not predicted.get("type"):
        predicted = None
    if gold is None:
        return predicted is None
    if predicted is None:
        return bool(gold.get("optional"))
    kind = str(predicted.get("type")).strip().lower()
    date = str(predicted.get("date") or "").strip()
    for option in _deadline_options(gold):
        if str(option.get("type") or "").strip().lower() != kind:
            continue
        wanted = str(option.get("date") or "").strip()
        if not wanted or wanted == date:
            return True
    return False


def _brief_deadline(deadline: object) -> object:
    if not isinstance(deadline, dict):
        return deadline
    return {key: deadline.get(key) for key in ("type", "date") if key in deadline}


def _miss(score: DocumentScore, kind: str, quote: str, gold: object, predicted: object) -> None:
    score.misses.append({"kind": kind, "quote": quote, "gold": gold, "predicted": predicted})


def _score_pair(score: DocumentScore, gold: dict, pred: dict) -> None:
    """Lead, support, report_to and deadline of one matched pair; unannotated keys skipped."""
    quote = str(gold.get("quote") or "")
    if "lead" in gold:
        _tp, fp, fn, gold_names, pred_names = _compare_actors(gold["lead"], pred.get("lead"))
        score.lead_total += 1
        score.lead_correct += int(fp == fn == 0)
        if fp or fn:
            _miss(score, "wrong_lead", quote, gold_names, pred_names)
    for role, prefix in (("support", "support"), ("report_to", "report")):
        if role not in gold:
            continue
        counts = _compare_actors(gold[role], pred.get(role))
        for suffix, count in zip(("tp", "fp", "fn"), counts[:3], strict=True):
            setattr(score, f"{prefix}_{suffix}", getattr(score, f"{prefix}_{suffix}") + count)
        if counts[1] or counts[2]:
            _miss(score, f"wrong_{role}", quote, counts[3], counts[4])
    if "deadline" in gold:
        score.deadline_total += 1
        if deadline_agrees(gold["deadline"], pred.get("deadline")):
            score.deadline_correct += 1
        else:
            _miss(score, "wrong_deadline", quote, gold["deadline"],
                  _brief_deadline(pred.get("deadline")))


def _score_tasks(score: DocumentScore, gold_tasks: list[dict], pred_tasks: list[dict]) -> None:
    score.pairs = pair_tasks(gold_tasks, pred_tasks)
    matched_gold = {pair.gold_index for pair in score.pairs}
    matched_pred = {pair.pred_index for pair in score.pairs}
    for pair in score.pairs:
        gold = gold_tasks[pair.gold_index]
        if gold.get("optional"):
            score.optional_matched += 1
            continue
        score.tp += 1
        _score_pair(score, gold, pred_tasks[pair.pred_index])
    for i, gold in enumerate(gold_tasks):
        if i not in matched_gold and not gold.get("optional"):
            score.fn += 1
            score.misses.append({"kind": "missed_task", "quote": gold.get("quote"),
                                 "gold": gold.get("lead")})
    for j, pred in enumerate(pred_tasks):
        if j not in matched_pred:
            score.fp += 1
            score.misses.append({"kind": "extra_task", "text": _task_text(pred)[:160],
                                 "predicted": _display(unique_actors(pred.get("lead") or []))})


# --- document fields ---------------------------------------------------------------------------

def _blank(value: object) -> bool:
    """Null, empty or only spaces: what "the document does not contain it" looks like."""
    if isinstance(value, str):
        return not value.strip()
    return value is None or value == [] or value == {}


def _value_agrees(gold: object, predicted: object, extendable: bool) -> bool:
    """A gold null asks for nothing; otherwise the normal forms agree (or extend, for issuers)."""
    if _blank(gold):
        return _blank(predicted)
    if _blank(predicted):
        return False
    compare = names_agree if extendable else names_equal
    return compare(str(gold), str(predicted))


def _recipients_f1(gold: object, predicted: object) -> float:
    """Set F1 of recipients, one-to-one, each pair agreeing exactly after normalisation."""
    gold_items = unique_actors(_as_list(gold))
    pred_items = unique_actors(_as_list(predicted))
    matched = len(pair_actors(gold_items, pred_items, agree=names_equal))
    return f1_score(matched, len(pred_items) - matched, len(gold_items) - matched)


def _record_field(score: DocumentScore, name: str, value: float, gold: object,
                  predicted: object) -> None:
    score.fields[name] = (value, 1.0)
    if value < 1.0:
        score.misses.append({"kind": "wrong_field", "field": name, "gold": gold,
                             "predicted": predicted})


def _signer_value(signer: object, key: str) -> object:
    return signer.get(key) if isinstance(signer, dict) else None


def _score_signer(score: DocumentScore, gold: object, predicted: object) -> None:
    """Each signer subfield on its own; a gold null signer asks for no subfield at all."""
    keys = [key for key in SIGNER_FIELDS if key in gold] if isinstance(gold, dict) else list(
        SIGNER_FIELDS)
    for key in keys:
        gold_value = _signer_value(gold, key)
        pred_value = _signer_value(predicted, key)
        agrees = _value_agrees(gold_value, pred_value, extendable=False)
        _record_field(score, f"signer.{key}", float(agrees), gold_value, pred_value)


def _score_fields(score: DocumentScore, gold: dict, predicted: dict) -> None:
    """Every annotated document field; fields absent from gold are not scored."""
    for name in (*SCALAR_FIELDS, *ISSUER_FIELDS):
        if name in gold:
            agrees = _value_agrees(gold[name], predicted.get(name), name in ISSUER_FIELDS)
            _record_field(score, name, float(agrees), gold[name], predicted.get(name))
    if "recipients" in gold:
        value = _recipients_f1(gold["recipients"], predicted.get("recipients"))
        _record_field(score, "recipients", value, gold["recipients"], predicted.get("recipients"))
    if "signer" in gold:
        _score_signer(score, gold["signer"], predicted.get("signer"))


# --- documents and totals ----------------------------------------------------------------------

def _task_list(container: dict) -> list[dict]:
    return [task for task in container.get("tasks") or [] if isinstance(task, dict)]


def score_document(gold: dict, predicted: dict, doc_id: str | None = None) -> DocumentScore:
    """Score one extracted document (a Notice as a dict) against its gold."""
    tasks_scored = isinstance(gold.get("tasks"), list)
    score = DocumentScore(
        doc_id=doc_id if doc_id is not None else str(gold.get("id") or ""),
        tasks_scored=tasks_scored, tp=0, fp=0, fn=0, pairs=[],
        lead_correct=0, lead_total=0, support_tp=0, support_fp=0, support_fn=0,
        report_tp=0, report_fp=0, report_fn=0, deadline_correct=0, deadline_total=0,
        fields={}, misses=[],
    )
    gold_document = gold.get("document")
    if isinstance(gold_document, dict):
        pred_document = predicted.get("document")
        _score_fields(score, gold_document, pred_document if isinstance(pred_document, dict)
                      else {})
    if tasks_scored:
        _score_tasks(score, _task_list(gold), _task_list(predicted))
    return score


_COUNTS = ("tp", "fp", "fn", "lead_correct", "lead_total", "support_tp", "support_fp",
           "support_fn", "report_tp", "report_fp", "report_fn", "deadline_correct",
           "deadline_total")


def _mean_fields(scores: list[DocumentScore]) -> tuple[dict[str, float], dict[str, int]]:
    """Weighted mean of each field over the documents that score it, and how many do."""
    sums: dict[str, float] = {}
    weights: dict[str, float] = {}
    documents: dict[str, int] = {}
    for score in scores:
        for name, (value, weight) in score.fields.items():
            sums[name] = sums.get(name, 0.0) + value * weight
            weights[name] = weights.get(name, 0.0) + weight
            documents[name] = documents.get(name, 0) + 1
    means = {name: sums[name] / weights[name] if weights[name] else 0.0 for name in sums}
    return dict(sorted(means.items())), dict(sorted(documents.items()))


def aggregate(scores: list[DocumentScore]) -> Totals:
    """Micro-averaged task and role figures over all documents; per-field means."""
    counts = {name: sum(getattr(score, name) for score in scores) for name in _COUNTS}
    precision, recall = precision_recall(counts["tp"], counts["fp"], counts["fn"])
    fields, field_documents = _mean_fields(scores)
    return Totals(
        documents=len(scores),
        task_precision=precision,
        task_recall=recall,
        task_f1=f1_score(counts["tp"], counts["fp"], counts["fn"]),
        lead_accuracy=_ratio(counts["lead_correct"], counts["lead_total"]),
        support_f1=f1_score(counts["support_tp"], counts["support_fp"], counts["support_fn"]),
        report_to_f1=f1_score(counts["report_tp"], counts["report_fp"], counts["report_fn"]),
        deadline_accuracy=_ratio(counts["deadline_correct"], counts["deadline_total"]),
        fields=fields,
        task_documents=sum(1 for score in scores if score.tasks_scored),
        counts=counts,
        field_documents=field_documents,
    )
