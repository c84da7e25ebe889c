"""What the unit model sees: a :class:`UnitView` of one list item or paragraph, and its
binary features.

Features are strings ("w1=rà", "verb_start", "h=nhiệm"), so the model is a dictionary of
weights that any reader can inspect. They are computed from the unit's own text (not from
offsets into a document), so that training can perturb a unit's text and recompute them, and
one definition, :func:`unit_signals`, serves training (:func:`unit_features` spells its
signals as strings) and run time (the model looks its words up without spelling them). What
the task stage already knows of the unit (its actors, words, folded text) rides along in the
view, which only saves the work of finding it again. Most signals are the ones the rules use (an
action verb first, a cue word, a body named first, "đã", approval and praise words, a
background opening) but as weighted evidence instead of a fixed decision order, plus the
words themselves, the headings above the unit and its list marker.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, islice, pairwise
from operator import attrgetter

from giaoviec.normalize import fold
from giaoviec.pipeline import tasks as rules
from giaoviec.pipeline.actors import ActorMention, Token, find_actors, iter_tokens, tokenize
from giaoviec.rx import regex

MAX_UNIGRAMS = 60
MAX_BIGRAMS = 30
HEADING_WORDS = 8
NUMBER = sys.intern("<num>")  # the word of every number: "30/9/2025", "15" (interned: see linear)
# a date, "25/9", "30.9.2025", or "ngày 5": two searches (a pattern with both alternatives
# tries each at every position, twice as slow), the feature says whether either finds one
DATES = (regex.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?"),
         regex.compile(r"ngày\s*\d"))
# words of a deadline or a rhythm ("trước ngày", "định kỳ"), their syllables spaced or glued
DEADLINE_PHRASES = ("trước", "chậm nhất", "thời hạn", "hoàn thành", "hằng", "định kỳ",
                    "thường xuyên", "kịp thời", "ngay")
DEADLINE_WORDS = regex.compile(
    r"\b(?:" + "|".join(p.replace(" ", r"\s*") for p in DEADLINE_PHRASES) + r")\b")
# where a match of DEADLINE_WORDS can begin: the first syllable of one of its phrases
DEADLINE_STARTS = tuple(dict.fromkeys(p.split()[0] for p in DEADLINE_PHRASES))
CLOSING_WORDS = regex.compile(r"\s*(?:lưu\s*:|nơi\s*nhận|như\s*(?:trên|điều)|kính\s*gửi|"
                              r"(?:kt|tm|tl|tuq)\s*\.)")
LENGTHS = (4, 8, 16, 32, 64)
BUCKETS = (*(f"<{limit}" for limit in LENGTHS), f">={LENGTHS[-1]}")


@dataclass(frozen=True, slots=True)
class UnitView:
    """One unit as the task stage sees it: its text after the list marker, the marker kind,
    whether the rules would treat it as an item of a task list (``marked``), whether a heading
    or lead-in names who does it, and the titles of its section and of its top section.

    ``stage`` says where the rules decided: ``unit`` (their sentence analysis), or
    ``structure`` when a heading, a non-task section or a list of report contents ruled the
    line out. It is not a feature (the model should judge the text, which is what breaks
    when OCR garbles the structure); the resolver holds such lines to a stricter threshold.
    """

    text: str
    marker: str | None = None
    marked: bool = False
    has_context: bool = False
    from_heading: bool = False
    heading: str = ""
    top_heading: str = ""
    appendix: bool = False
    stage: str = "unit"
    # the actor mentions of ``text`` (offsets into it) when the task stage already found them
    # in the document; None: find them in ``text`` alone. Reset it when changing ``text``.
    actors: tuple[ActorMention, ...] | None = None
    # the first words of ``text`` as features see them (same rule as ``_words``), likewise
    words: tuple[str, ...] | None = None
    # ``fold(text)`` when the task stage had it (a slice of the folded document), likewise
    folded: str | None = None


def view_of(run, line, section: str | None, start: int, end: int, marked: bool,
            has_context: bool, from_heading: bool, ruled_out: bool = False) -> UnitView:
    """The view of a unit of the task stage's walk (``run`` is its ``_Run``)."""
    marker = run.structure.markers.get(line.index)
    heading = top = ""
    node = run.by_id.get(section) if section else None
    if node is not None:
        heading = node.title
        while node.parent is not None:
            node = run.by_id[node.parent]
        top = node.title if node.id != section else ""
    actors = tuple(ActorMention(m.start - start, m.end - start, m.text, m.canonical, m.kind)
                   for m in find_actors(run.text, start, end))  # cached: no second search
    tokens = tokenize(run.text, start, end)
    folded_words = list(islice(compress(map(_folded_of, tokens), map(_word_of, tokens)),
                               MAX_UNIGRAMS))  # no Python step per token of a long unit
    words = tuple([NUMBER if f[:1].isdigit() else f for f in folded_words])  # _word_form
    return UnitView(text=run.text[start:end], marker=marker.kind if marker else None,
                    marked=marked, has_context=has_context, from_heading=from_heading,
                    heading=heading, top_heading=top,
                    appendix=run.structure.roles.get(line.index) == "appendix",
                    stage="structure" if ruled_out else "unit", actors=actors,
                    words=words, folded=folded_slice(run.text, run.folded, start, end))


_folded_of, _word_of = attrgetter("folded"), attrgetter("word")


def folded_slice(text: str, folded: str, start: int, end: int) -> str | None:
    """``fold(text[start:end])`` cut from ``folded`` (``fold(text)``), or None when the cut
    might differ. Folding looks no further than a word (the tone placement of a syllable, the
    case of a letter): with no letter right outside the cut, it folds as it would alone. The
    one exception is Greek: "Σ" lowers to "ς" or "σ" depending on its neighbours."""
    if start > 0 and folded[start - 1].isalpha():
        return None
    if end < len(folded) and folded[end].isalpha():
        return None
    if "Σ" in text[start:end]:
        return None
    return folded[start:end]


def _words(text: str, limit: int) -> tuple[str, ...]:
    """The first ``limit`` words of ``text`` as features see them. ``iter_tokens`` cuts the
    text at spaces and tokenizes each piece alone, so the tokens of a part ending at a space
    are the first tokens of the whole: a long text is first read only so far."""
    cut = text.find(" ", 12 * limit)
    if cut != -1:
        out = _first_words(text, cut, limit)
        if len(out) == limit:
            return out
    return _first_words(text, len(text), limit)


def _first_words(text: str, end: int, limit: int) -> tuple[str, ...]:
    out: list[str] = []
    for t in iter_tokens(text, 0, end):
        if not t.word:
            continue
        out.append(_word_form(t))
        if len(out) >= limit:
            break
    return tuple(out)


def _word_form(token: Token) -> str:
    return NUMBER if token.folded[:1].isdigit() else token.folded


def _non_task_title(heading: str) -> bool:
    """A short title that says its section assigns nothing ("Thành phần:", "Mục đích, yêu
    cầu"); a long "heading" is a paragraph the structure misread, whose first words say
    nothing about the section."""
    return bool(heading) and len(heading.split()) <= HEADING_WORDS and bool(
        rules.NON_TASK_HEADINGS.match(fold(heading)))


def _bucket(n: int) -> str:
    """"<4", "<8" ... ">=64": which of LENGTHS ``n`` stays under."""
    return BUCKETS[bisect_right(LENGTHS, n)]


# The prefixes of the features that come in numbers (one per word, pair or heading word):
# spelled out by ``unit_features``, looked up word by word by ``giaoviec.model.linear``.
UNIGRAM, BIGRAM, HEADING, TOP_HEADING = "u=", "b=", "h=", "H="
JOIN = "_"  # between the words of a pair ("b=rà_soát") or of a body's first words


@dataclass(frozen=True, slots=True)
class Signals:
    """A unit's features before they are spelled as strings: what :func:`unit_signals`
    finds, in feature order. ``lead`` and ``tail`` are whole feature names (few per unit);
    the words, their pairs and the headings' words become one feature each
    (:data:`UNIGRAM`, :data:`BIGRAM`, :data:`HEADING`, :data:`TOP_HEADING`).

    :func:`unit_features` spells them for training, while run time looks the words up
    directly (:meth:`giaoviec.model.linear.LinearModel.probability`): both read this one
    definition."""

    lead: list[str]  # bias, marker, the view's flags, the body's and the unit's first words
    words: tuple[str, ...]  # unigrams; the first MAX_BIGRAMS + 1 of them give the bigrams
    heading: tuple[str, ...]
    top_heading: tuple[str, ...]
    tail: list[str]  # heading_nontask, the cues, actors, length, sentences, last sign


def unit_features(view: UnitView) -> list[str]:
    """The binary features of one unit, without duplicates, in a stable order."""
    return spelled(unit_signals(view))


def spelled(signals: Signals) -> list[str]:
    """The feature names of ``signals``, without duplicates, in a stable order."""
    words = signals.words
    out = list(signals.lead)
    out.extend(UNIGRAM + w for w in words)
    out.extend(BIGRAM + a + JOIN + b for a, b in pairwise(words[:MAX_BIGRAMS + 1]))
    out.extend(HEADING + w for w in signals.heading)
    out.extend(TOP_HEADING + w for w in signals.top_heading)
    out.extend(signals.tail)
    return list(dict.fromkeys(out))


def unit_signals(view: UnitView) -> Signals:
    """What the model sees of one unit (see :class:`Signals`)."""
    text = view.text
    folded = view.folded if view.folded is not None else fold(text)
    body = rules._without_openers(rules._without_topic(folded))
    lead = ["bias", f"marker={view.marker or 'none'}"]
    for flag, name in ((view.marked, "marked"), (view.has_context, "context"),
                       (view.from_heading, "from_heading"), (view.appendix, "appendix")):
        if flag:
            lead.append(name)
    words = view.words if view.words is not None else _words(text, MAX_UNIGRAMS)
    body_words = _words(body, 3)
    lead.extend(f"w1={w}" for w in body_words[:1])
    if len(body_words) >= 2:
        lead.append(f"w12={body_words[0]}{JOIN}{body_words[1]}")
    if len(body_words) >= 3:
        lead.append(f"w123={JOIN.join(body_words)}")
    lead.extend(f"r1={w}" for w in words[:1])
    heading, top, nontask = _headings(view.heading, view.top_heading)
    tail = ["heading_nontask"] if nontask else []
    tail.extend(_cue_features(text, folded, body, view.actors))
    tail.append(f"len{_bucket(len(words))}")
    tail.append(f"sentences{_bucket(len(rules._sentences(text, 0, len(text))))}")
    stripped = text.rstrip()
    tail.append(f"ends={stripped[-1:] if stripped[-1:] in ':.;,' else 'other'}")
    return Signals(lead, words, heading, top, tail)


@lru_cache(maxsize=1024)  # every unit under a heading asks the same
def _headings(heading: str, top: str) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """The words of a unit's section title and top title, and whether either says that its
    section assigns nothing."""
    return (_words(heading, HEADING_WORDS), _words(top, HEADING_WORDS),
            _non_task_title(heading) or _non_task_title(top))


def _cue_features(text: str, folded: str, body: str,
                  actors: tuple[ActorMention, ...] | None) -> list[str]:
    """The rules' evidence as features: each may be outweighed by the others."""
    checks = (
        ("verb_start", rules._starts_with_verb(body)),
        ("handover_start", bool(rules.HANDOVER_START.match(body))),
        ("background", bool(rules.BACKGROUND.match(body))),
        ("past_cue", rules.occurs(rules.PAST_CUE, rules.PAST_STARTS, body[:200])),
        ("past_word", rules.occurs(rules.PAST_WORD, rules.PAST_STARTS, body[:80])),
        ("approval", bool(rules.APPROVAL.match(body))),
        ("directive_cue", rules.occurs(rules.DIRECTIVE_CUE, rules.DIRECTIVE_STARTS, folded)),
        ("asking", rules.occurs(rules.ASKING, rules.ASKING_STARTS, folded)),
        ("topic", bool(rules.TOPIC.match(folded))),
        ("finding", rules._reads_as_finding(body)),
        ("caps", rules._is_caps_heading(text)),
        ("date", bool(DATES[0].search(folded) or DATES[1].search(folded))),
        ("deadline_word", rules.occurs(DEADLINE_WORDS, DEADLINE_STARTS, folded)),
        ("closing_words", bool(CLOSING_WORDS.match(folded))),
    )
    out = [name for name, hit in checks if hit]
    mentions = list(actors) if actors is not None else find_actors(text, 0, len(text))
    out.append(f"actors{_bucket(len(mentions))}")
    if mentions:
        offset = len(text) - len(body)
        first = mentions[0].start - offset <= 3
        out.append("actor_first" if first else "actor_inside")
        out.append(f"actor_kind={mentions[0].kind}")
        rest = rules._without_openers(folded[rules._list_end(text, mentions):].lstrip(" :"))
        if first and rules._starts_with_verb(rest):
            out.append("actor_verb")  # "Các sở, ngành tăng cường ...", not a bare name list
    return out
