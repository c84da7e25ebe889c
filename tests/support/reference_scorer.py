"""Independent reference implementation of the corpus scoring rules.

Written from /work/shared/corpus/FORMAT.md ("Gold JSON" and "Scoring") only, as a
clean-room counterpart of the production scorer, so that the two can be compared.
Standard library only (``re``, ``unicodedata``, ``fractions``); no imports from giaoviec.

Style on purpose: plain functions, brute force, no classes, no caching.

Entry point: ``reference_score(gold, pred)``.
"""

import re
import unicodedata
from fractions import Fraction

# ---------------------------------------------------------------------------
# Basic text helpers
# ---------------------------------------------------------------------------

def _as_text(value):
    """Anything -> str ('' for None)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return str(value)


def _strip_punctuation(text):
    """Every punctuation or symbol character becomes a space; format characters
    (zero-width space, soft hyphen, BOM ...) are deleted."""
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat == "Cf":
            continue
        if cat[0] in ("P", "S"):
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def _collapse_spaces(text):
    return " ".join(text.split())


def normalise_quote(text):
    """Quote / task-text normalisation: NFC, lower case, no punctuation, collapsed spaces."""
    text = unicodedata.normalize("NFC", _as_text(text)).lower()
    text = unicodedata.normalize("NFC", text)
    text = _strip_punctuation(text)
    return _collapse_spaces(text)


# ---------------------------------------------------------------------------
# Name normalisation
# ---------------------------------------------------------------------------

# Vietnamese tone marks as combining characters (after NFD).
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def fold_tone(word):
    """Old/new tone placement: in an open syllable ending in oa / oe / uy (not after q),
    put the tone on the first of the two vowels ("hoà" -> "hòa", "uỷ" -> "ủy",
    "khoẻ" -> "khỏe"). Other words are returned unchanged."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [ch for ch in decomposed if ch in _TONE_MARKS]
    if len(tones) != 1:
        return word
    base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    if len(base) < 2:
        return word
    ending = base[-2:]
    if ending not in ("oa", "oe", "uy"):
        return word
    first_vowel_index = len(base) - 2
    if first_vowel_index > 0 and base[first_vowel_index - 1] == "q":
        return word
    rebuilt = base[: first_vowel_index + 1] + tones[0] + base[first_vowel_index + 1:]
    return unicodedata.normalize("NFC", rebuilt)


# (abbreviation as written, list of accepted expansions). Expansions in lower case.
_ABBREVIATIONS = [
    ("ubmttq", ["ủy ban mặt trận tổ quốc"]),
    ("mttq", ["mặt trận tổ quốc"]),
    ("ubnd", ["ủy ban nhân dân"]),
    ("hđnd", ["hội đồng nhân dân"]),
    ("bql", ["ban quản lý"]),
    ("kcn", ["khu công nghiệp"]),
    ("bch", ["ban chỉ huy", "bộ chỉ huy", "ban chấp hành"]),
    ("bđbp", ["bộ đội biên phòng"]),
    ("vpcp", ["văn phòng chính phủ"]),
    ("nn&mt", ["nông nghiệp và môi trường"]),
    ("nn&ptnt", ["nông nghiệp và phát triển nông thôn"]),
    ("tn&mt", ["tài nguyên và môi trường"]),
    ("gd&đt", ["giáo dục và đào tạo"]),
    ("kh&cn", ["khoa học và công nghệ"]),
    ("kh&đt", ["kế hoạch và đầu tư"]),
    ("lđ-tb&xh", ["lao động thương binh và xã hội"]),
    ("vh,tt&dl", ["văn hóa thể thao và du lịch"]),
    ("tt&tt", ["thông tin và truyền thông"]),
    ("gtvt", ["giao thông vận tải"]),
]

# "Sở XX" short forms: only after the word "sở".
_SO_SHORT = [
    ("tc", "tài chính"),
    ("xd", "xây dựng"),
    ("nv", "nội vụ"),
    ("yt", "y tế"),
    ("ct", "công thương"),
    ("tp", "tư pháp"),
]

_HONORIFIC_RE = re.compile(r"^\s*(?:đồng chí|ông|bà)\s+")


def _abbreviation_pattern(abbr):
    """Regex for an abbreviation, tolerant to spaces around its inner '&', '-' or ','."""
    pieces = []
    for ch in abbr:
        if ch in "&-,":
            pieces.append(r"\s*" + re.escape(ch) + r"\s*")
        else:
            pieces.append(re.escape(ch))
    return re.compile(r"(?<!\w)" + "".join(pieces) + r"(?!\w)")


def _expand_abbreviations(text):
    """Return every spelled-out variant of ``text`` (a list; more than one only when an
    abbreviation has several accepted expansions, e.g. BCH)."""
    variants = [text]
    # Longer abbreviations first so that e.g. "ubmttq" is not read as "mttq".
    ordered = sorted(_ABBREVIATIONS, key=lambda item: -len(item[0]))
    for abbr, expansions in ordered:
        pattern = _abbreviation_pattern(abbr)
        new_variants = []
        for variant in variants:
            if pattern.search(variant) is None:
                new_variants.append(variant)
                continue
            for expansion in expansions:
                new_variants.append(pattern.sub(" " + expansion + " ", variant))
        variants = new_variants
        if len(variants) > 64:  # safety: never explode
            variants = variants[:64]
    result = []
    for variant in variants:
        for short, long_form in _SO_SHORT:
            variant = re.sub(r"(?<!\w)sở\s+" + short + r"(?!\w)", "sở " + long_form, variant)
        result.append(variant)
    return result


def name_variants(name):
    """All normalised forms of a name: NFC, lower case, leading honorific dropped,
    abbreviations expanded, punctuation removed, spaces collapsed, tone placement folded."""
    text = unicodedata.normalize("NFC", _as_text(name)).lower()
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    text = _collapse_spaces(text)
    while True:
        shorter = _HONORIFIC_RE.sub("", text)
        if shorter == text:
            break
        text = shorter
    out = []
    for variant in _expand_abbreviations(text):
        variant = _collapse_spaces(_strip_punctuation(variant))
        variant = " ".join(fold_tone(word) for word in variant.split())
        if variant not in out:
            out.append(variant)
    return out


def _word_prefix(short_words, long_words):
    if len(short_words) == 0 or len(short_words) > len(long_words):
        return False
    return long_words[: len(short_words)] == short_words


def _word_end_positions(text):
    """Positions, in the space-free string, where a word of ``text`` ends."""
    positions = set()
    total = 0
    for word in text.split():
        total += len(word)
        positions.add(total)
    return positions


def normalised_names_agree(a, b):
    """Agreement of two already-normalised names."""
    if a == "" or b == "":
        return False
    if a == b:
        return True
    a_words = a.split()
    b_words = b.split()
    # extension at the end, either direction
    if _word_prefix(a_words, b_words) or _word_prefix(b_words, a_words):
        return True
    a_nospace = a.replace(" ", "")
    b_nospace = b.replace(" ", "")
    if a_nospace == b_nospace:
        return True
    # run-together name that is also shorter: prefix without spaces, cut at a word end
    # of the longer name
    if len(a_nospace) < len(b_nospace):
        short, long_spaced, long_nospace = a_nospace, b, b_nospace
    else:
        short, long_spaced, long_nospace = b_nospace, a, a_nospace
    return long_nospace.startswith(short) and len(short) in _word_end_positions(long_spaced)


def actor_names(actor):
    """The names an actor is known by: a str, or a dict {"name", "canonical"}."""
    if actor is None:
        return []
    if isinstance(actor, dict):
        names = []
        for key in ("name", "canonical"):
            value = actor.get(key)
            if isinstance(value, str) and value.strip():
                names.append(value)
        return names
    text = _as_text(actor)
    return [text] if text.strip() else []


def actor_forms(actor):
    forms = []
    for name in actor_names(actor):
        for variant in name_variants(name):
            if variant and variant not in forms:
                forms.append(variant)
    return forms


def actors_agree(gold_actor, pred_actor):
    for g in actor_forms(gold_actor):
        for p in actor_forms(pred_actor):
            if normalised_names_agree(g, p):
                return True
    return False


def _dedupe_actors(actors):
    """Set semantics: drop actors whose normalised forms repeat an earlier one."""
    seen = []
    out = []
    for actor in actors or []:
        forms = actor_forms(actor)
        if not forms:
            continue
        key = tuple(sorted(forms))
        if key in seen:
            continue
        seen.append(key)
        out.append(actor)
    return out


# ---------------------------------------------------------------------------
# One-to-one matching (maximum bipartite matching, simple augmenting paths)
# ---------------------------------------------------------------------------

def max_matching(left, right, agree):
    """Size of a maximum one-to-one matching between two lists under ``agree``."""
    edges = []
    for i in range(len(left)):
        row = []
        for j in range(len(right)):
            if agree(left[i], right[j]):
                row.append(j)
        edges.append(row)
    owner = [None] * len(right)  # right index -> left index

    def try_assign(i, visited):
        for j in edges[i]:
            if j in visited:
                continue
            visited.add(j)
            if owner[j] is None or try_assign(owner[j], visited):
                owner[j] = i
                return True
        return False

    size = 0
    for i in range(len(left)):
        if try_assign(i, set()):
            size += 1
    return size


def actor_list_counts(gold_list, pred_list):
    """(tp, fp, fn) for two actor lists under one-to-one agreement."""
    gold_actors = _dedupe_actors(gold_list)
    pred_actors = _dedupe_actors(pred_list)
    matched = max_matching(gold_actors, pred_actors, actors_agree)
    return matched, len(pred_actors) - matched, len(gold_actors) - matched


def actor_sets_agree(gold_list, pred_list):
    _, fp, fn = actor_list_counts(gold_list, pred_list)
    return fp == 0 and fn == 0


# ---------------------------------------------------------------------------
# Task matching
# ---------------------------------------------------------------------------

def jaccard_leading(quote_norm, text_norm):
    """Jaccard similarity (exact Fraction) of the quote's words and the same number of
    leading words of the extracted text."""
    quote_words = quote_norm.split()
    if not quote_words:
        return Fraction(0)
    text_words = text_norm.split()[: len(quote_words)]
    a = set(quote_words)
    b = set(text_words)
    union = a | b
    if not union:
        return Fraction(0)
    return Fraction(len(a & b), len(union))


def match_tasks(gold_tasks, pred_tasks):
    """One-to-one matching. Returns a list of (gold_index, pred_index).

    Containment pairs first (gold order, then prediction order), then Jaccard >= 0.5 by
    descending similarity (ties: gold order, then prediction order)."""
    quotes = [normalise_quote(t.get("quote")) for t in gold_tasks]
    texts = [normalise_quote(t.get("text")) for t in pred_tasks]
    used_gold = set()
    used_pred = set()
    pairs = []

    for gi in range(len(gold_tasks)):
        if quotes[gi] == "":
            continue
        for pi in range(len(pred_tasks)):
            if gi in used_gold:
                break
            if pi in used_pred:
                continue
            if quotes[gi] in texts[pi]:
                used_gold.add(gi)
                used_pred.add(pi)
                pairs.append((gi, pi))

    candidates = []
    for gi in range(len(gold_tasks)):
        if gi in used_gold:
            continue
        for pi in range(len(pred_tasks)):
            if pi in used_pred:
                continue
            sim = jaccard_leading(quotes[gi], texts[pi])
            if sim >= Fraction(1, 2):
                candidates.append((-sim, gi, pi))
    candidates.sort()
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))

    pairs.sort()
    return pairs


# ---------------------------------------------------------------------------
# Deadlines
# ---------------------------------------------------------------------------

def _pred_deadline_is_null(deadline):
    if deadline is None:
        return True
    if isinstance(deadline, dict):
        return not _as_text(deadline.get("type")).strip()
    return False


def _deadline_fits(expected, predicted):
    """``expected`` is a gold {"type", "date"}; ``predicted`` a non-null predicted deadline."""
    if expected is None:
        return False
    if _as_text(expected.get("type")).strip() != _as_text(predicted.get("type")).strip():
        return False
    gold_date = expected.get("date")
    if gold_date is None or _as_text(gold_date).strip() == "":
        return True
    return _as_text(gold_date).strip() == _as_text(predicted.get("date")).strip()


def deadline_correct(gold_deadline, pred_deadline):
    if gold_deadline is None:
        return _pred_deadline_is_null(pred_deadline)
    alternatives = gold_deadline.get("alt") or []
    if _pred_deadline_is_null(pred_deadline):
        if gold_deadline.get("optional") is True:
            return True
        return any(alt is None for alt in alternatives)
    if not isinstance(pred_deadline, dict):
        return False
    accepted = [gold_deadline] + [alt for alt in alternatives if isinstance(alt, dict)]
    return any(_deadline_fits(candidate, pred_deadline) for candidate in accepted)


# ---------------------------------------------------------------------------
# Document fields
# ---------------------------------------------------------------------------

def _is_empty(value):
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() == ""
    if isinstance(value, (list, tuple, dict)):
        return len(value) == 0
    return False


def text_fields_agree(gold_value, pred_value):
    """Exact match after name normalisation (also with spaces removed)."""
    gold_forms = name_variants(gold_value)
    pred_forms = name_variants(pred_value)
    for g in gold_forms:
        for p in pred_forms:
            if g == p:
                return True
            if g.replace(" ", "") == p.replace(" ", ""):
                return True
    return False


def _single_field_score(field, gold_value, pred_value):
    if gold_value is None or _is_empty(gold_value):
        return 1.0 if _is_empty(pred_value) else 0.0
    if _is_empty(pred_value):
        return 0.0
    if field in ("issuer", "parent_issuer"):
        return 1.0 if actors_agree(gold_value, pred_value) else 0.0
    return 1.0 if text_fields_agree(gold_value, pred_value) else 0.0


def _dedupe_texts(values):
    seen = []
    out = []
    for value in values or []:
        if _is_empty(value):
            continue
        key = tuple(sorted(name_variants(value)))
        if key in seen:
            continue
        seen.append(key)
        out.append(value)
    return out


def recipients_f1(gold_list, pred_list):
    gold_items = _dedupe_texts(gold_list)
    pred_items = _dedupe_texts(pred_list)
    if not gold_items and not pred_items:
        return 1.0
    if not gold_items or not pred_items:
        return 0.0
    matched = max_matching(gold_items, pred_items, text_fields_agree)
    return 2.0 * matched / (len(gold_items) + len(pred_items))


_PLAIN_FIELDS = ["doc_type", "number", "issuer", "parent_issuer", "place", "issued_date",
                 "title", "urgency"]
_SIGNER_FIELDS = ["name", "position", "authority"]


def score_document(gold_doc, pred_doc):
    fields = {}
    if not isinstance(gold_doc, dict):
        return fields
    if not isinstance(pred_doc, dict):
        pred_doc = {}
    for field in _PLAIN_FIELDS:
        if field in gold_doc:
            fields[field] = _single_field_score(field, gold_doc[field], pred_doc.get(field))
    if "signer" in gold_doc:
        gold_signer = gold_doc["signer"]
        pred_signer = pred_doc.get("signer")
        if not isinstance(pred_signer, dict):
            pred_signer = {}
        for sub in _SIGNER_FIELDS:
            if gold_signer is None:
                fields["signer." + sub] = _single_field_score(sub, None, pred_signer.get(sub))
            elif isinstance(gold_signer, dict) and sub in gold_signer:
                fields["signer." + sub] = _single_field_score(
                    sub, gold_signer[sub], pred_signer.get(sub))
    if "recipients" in gold_doc:
        gold_recipients = gold_doc["recipients"]
        pred_recipients = pred_doc.get("recipients")
        if isinstance(gold_recipients, str):
            gold_recipients = [gold_recipients]
        if isinstance(pred_recipients, str):
            pred_recipients = [pred_recipients]
        fields["recipients"] = recipients_f1(gold_recipients, pred_recipients)
    return fields


# ---------------------------------------------------------------------------
# Everything together
# ---------------------------------------------------------------------------

def _empty_counts():
    return {
        "tp": 0, "fp": 0, "fn": 0,
        "lead_correct": 0, "lead_total": 0,
        "support_tp": 0, "support_fp": 0, "support_fn": 0,
        "report_tp": 0, "report_fp": 0, "report_fn": 0,
        "deadline_correct": 0, "deadline_total": 0,
    }


def reference_score(gold, pred):
    """Returns counts: {"tp","fp","fn","lead_correct","lead_total","support_tp","support_fp",
    "support_fn","report_tp","report_fp","report_fn","deadline_correct","deadline_total",
    "fields": {field_name: score_float}}."""
    counts = _empty_counts()
    pred = pred or {}
    counts["fields"] = score_document(gold.get("document"), pred.get("document"))

    gold_tasks = gold.get("tasks")
    if gold_tasks is None:  # tasks not annotated: only the document fields are scored
        return counts
    pred_tasks = pred.get("tasks") or []

    pairs = match_tasks(gold_tasks, pred_tasks)
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}

    for gi, pi in pairs:
        gold_task = gold_tasks[gi]
        if gold_task.get("optional") is True:
            continue  # removed from both sides
        pred_task = pred_tasks[pi]
        counts["tp"] += 1

        counts["lead_total"] += 1
        if actor_sets_agree(gold_task.get("lead") or [], pred_task.get("lead") or []):
            counts["lead_correct"] += 1

        tp, fp, fn = actor_list_counts(gold_task.get("support") or [],
                                       pred_task.get("support") or [])
        counts["support_tp"] += tp
        counts["support_fp"] += fp
        counts["support_fn"] += fn

        tp, fp, fn = actor_list_counts(gold_task.get("report_to") or [],
                                       pred_task.get("report_to") or [])
        counts["report_tp"] += tp
        counts["report_fp"] += fp
        counts["report_fn"] += fn

        counts["deadline_total"] += 1
        if deadline_correct(gold_task.get("deadline"), pred_task.get("deadline")):
            counts["deadline_correct"] += 1

    for pi in range(len(pred_tasks)):
        if pi not in matched_pred:
            counts["fp"] += 1
    for gi in range(len(gold_tasks)):
        if gi not in matched_gold and gold_tasks[gi].get("optional") is not True:
            counts["fn"] += 1
    return counts
