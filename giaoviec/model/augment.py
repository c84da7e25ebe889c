"""Perturbed copies of labelled units: the damage real inputs suffer, with the label kept.

The dev corpus is clean; documents from portals and scanners are not. A directive stays a
directive when a portal glues its words ("thờihạn"), when OCR confuses a tone mark ("tỉnh" ->
"tình") or loses its list marker, when a wrapped line is cut short, when it names another
agency or another date. So each unit yields copies with such damage, labelled as the
original (gold, not the rules' opinion of the damaged text: that opinion is exactly the
brittleness the model should not learn). Copies are made with a seeded generator per unit,
so the set is the same on every run.

OCR also lets the closing block leak into the body ("- Lưu: VT, KGVX."), where the rules
take it for a list item; the gold recipients of each document give such lines as negatives.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import replace
from functools import cache

from giaoviec.model.dataset import Unit
from giaoviec.model.features import UnitView
from giaoviec.pipeline.actors import find_actors
from giaoviec.resources import load_table
from giaoviec.rx import regex

COPIES = 2
COPY_WEIGHT = 0.5
CLOSING_WEIGHT = 0.5
TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền sắc hỏi ngã nặng
SPACE_BETWEEN_WORDS = regex.compile(r"(?<=\p{L}) (?=\p{L})")
DATE = regex.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
YEAR = regex.compile(r"\b(?:19|20)\d{2}\b")


@cache
def _agencies() -> tuple[str, ...]:
    return tuple(row[0] for row in load_table("agencies.tsv") if len(row) > 1
                 and row[1] == "agency")


def glue(text: str, rng: random.Random, rate: float = 0.15) -> str:
    """Portal copies lose spaces between syllables."""
    return SPACE_BETWEEN_WORDS.sub(lambda m: "" if rng.random() < rate else " ", text)


def ocr_noise(text: str, rng: random.Random, rate: float = 0.06) -> str:
    """Scanners confuse tone marks and drop diacritics ("tỉnh" -> "tình", "tinh")."""
    out = []
    for ch in text:
        if ch.isalpha() and rng.random() < rate:
            base = unicodedata.normalize("NFD", ch)
            marks = [c for c in base[1:] if c in TONES]
            if marks and rng.random() < 0.7:
                base = base.replace(marks[0], rng.choice(TONES))
            else:
                base = base[0] + "".join(c for c in base[1:] if c not in TONES)
            ch = unicodedata.normalize("NFC", base)
        out.append(ch)
    return "".join(out)


def truncate(text: str, rng: random.Random) -> str:
    """A wrapped line that the reader did not join: only its first part is the unit."""
    words = text.split(" ")
    if len(words) < 10:
        return text
    return " ".join(words[: rng.randint(max(6, len(words) // 3), len(words) - 1)])


def swap_agencies(text: str, rng: random.Random) -> str:
    """Another body in the same role: the model must not learn the corpus's agencies."""
    pieces, last = [], 0
    for m in find_actors(text, 0, len(text)):
        if m.kind == "agency" and rng.random() < 0.7:
            pieces.extend((text[last:m.start], rng.choice(_agencies())))
            last = m.end
    pieces.append(text[last:])
    return "".join(pieces)


def shift_dates(text: str, rng: random.Random) -> str:
    text = DATE.sub(lambda m: f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/"
                              f"{rng.randint(2015, 2030)}", text)
    return YEAR.sub(lambda m: str(rng.randint(2015, 2030)), text)


def perturb(view: UnitView, rng: random.Random) -> UnitView:
    """One damaged copy: each kind of damage with its own chance."""
    text = view.text
    if rng.random() < 0.5:
        text = swap_agencies(text, rng)
    if rng.random() < 0.5:
        text = shift_dates(text, rng)
    if rng.random() < 0.4:
        text = glue(text, rng)
    if rng.random() < 0.4:
        text = ocr_noise(text, rng)
    if rng.random() < 0.25:
        text = truncate(text, rng)
    changed = replace(view, text=text, actors=None, words=None, folded=None)  # of the old text
    if view.marker is not None and rng.random() < 0.3:
        changed = replace(changed, marker=None, marked=view.from_heading)
    return changed


def augmented(units: list[Unit], seed: int, copies: int = COPIES) -> list[Unit]:
    """``copies`` damaged copies of every gold-labelled unit (silver ones are left alone:
    their labels are already guesses)."""
    out = []
    for k, unit in enumerate(units):
        if unit.weight < 1.0:
            continue
        rng = random.Random(f"{seed}:{unit.doc_id}:{'ocr' if unit.ocr else 'text'}:{k}")
        out.extend(Unit(unit.doc_id, perturb(unit.view, rng), unit.rule, unit.label,
                        COPY_WEIGHT, unit.ocr) for _ in range(copies))
    return out


def closing_lines(doc_id: str, gold: dict, seed: int) -> list[Unit]:
    """Recipient lines of the document's closing block as they read when leaked into the
    body: never tasks."""
    recipients = (gold.get("document") or {}).get("recipients") or []
    rng = random.Random(f"{seed}:{doc_id}:closing")
    texts = [f"{r};" for r in recipients] + ["Lưu: VT, TH.", "Như trên;"]
    out = []
    for text in texts:
        view = UnitView(text=text, marker="dash" if rng.random() < 0.8 else None,
                        marked=True, has_context=rng.random() < 0.5)
        out.append(Unit(doc_id, view, True, 0, CLOSING_WEIGHT))
    return out
