"""Run time scores a unit without spelling its features (word tables, the folded document):
it must give the very probability that training's ``probability_of(unit_features(view))``
gives, to the last bit, on every unit of the samples and on generated texts."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from giaoviec.model import features
from giaoviec.model.dataset import parse_rendering, record
from giaoviec.model.features import (
    BIGRAM,
    DATES,
    DEADLINE_STARTS,
    DEADLINE_WORDS,
    JOIN,
    UNIGRAM,
    UnitView,
    folded_slice,
    unit_features,
)
from giaoviec.model.linear import LinearModel, shipped_model
from giaoviec.normalize import fold
from giaoviec.pipeline.tasks import occurs

ROOT = Path(__file__).resolve().parents[2]
FRESH = ROOT / "tests" / "fixtures" / "fresh"

# words that set off the features (cues, bodies, dates, openers, headings), words whose
# folding depends on their neighbours (old tone placement, "q", Greek sigma), glued words
VOCABULARY = (
    "Giao", "giao", "Sở", "Tài", "chính", "chủ", "trì", "phối", "hợp", "với", "UBND", "tỉnh",
    "xã", "các", "sở,", "ngành", "Yêu", "cầu", "đề", "nghị", "Đề", "nghị", "có", "trách",
    "nhiệm", "rà", "soát", "báo", "cáo", "trước", "ngày", "30/9/2025", "5.10", "15", "đã",
    "được", "còn", "chậm", "Về", "công", "tác", "Căn", "cứ", "Thống", "nhất", "Khẩn", "trương",
    "Tiếp", "tục", "thực", "hiện", "kịp", "thời", "thường", "xuyên", "Lưu:", "VT,", "TH.",
    "Nơi", "nhận:", "KT.", "hoà", "Hoà", "uỷ", "Uỷ", "quý", "qoà", "ΣΑΣ", "Σ", "İstanbul",
    "thờihạn", "báocáo", "TỔ", "CHỨC", "THỰC", "HIỆN", ":", ";", ".", ",", "-", "(", ")",
    "Mục", "đích,", "yêu", "cầu", "Kinh", "phí", "Sở Nội vụ", "Ủy ban nhân dân tỉnh",
)
SEPARATORS = (" ", " ", " ", " ", "", ". ", "; ", ": ", ", ", "\n", "  ")


@st.composite
def texts(draw, min_words: int = 0, max_words: int = 90) -> str:
    words = draw(st.lists(st.sampled_from(VOCABULARY), min_size=min_words, max_size=max_words))
    out = []
    for word in words:
        out.append(word)
        out.append(draw(st.sampled_from(SEPARATORS)))
    return "".join(out[:-1]) + draw(st.sampled_from(("", ".", ";", ":", " ", ",")))


@st.composite
def views(draw) -> UnitView:
    return UnitView(text=draw(texts()), marker=draw(st.sampled_from((None, "dash", "arabic"))),
                    marked=draw(st.booleans()), has_context=draw(st.booleans()),
                    from_heading=draw(st.booleans()), appendix=draw(st.booleans()),
                    heading=draw(texts(max_words=12)), top_heading=draw(texts(max_words=12)))


def same(model: LinearModel, view: UnitView) -> bool:
    return model.probability(view) == model.probability_of(unit_features(view))


@pytest.fixture(scope="module")
def units() -> list[UnitView]:
    """Every unit the task stage asks the model about, in the samples (all formats) and the
    fresh test documents, as run time builds it (from the document: actors, words, folded)."""
    found = []
    renderings = [(ROOT / "samples", "seed-001", fmt) for fmt in ("txt", "docx", "pdf")]
    renderings += [(p.parent, p.name[:-len(".txt")], "txt") for p in sorted(FRESH.rglob("*.txt"))]
    for folder, doc_id, fmt in renderings:
        parsed = parse_rendering(folder, doc_id, fmt)
        assert parsed is not None
        found.extend(view for view, _ in record(parsed))
    assert len(found) > 1000
    return found


def test_shipped_model_scores_every_sample_unit_as_training_does(units):
    model = shipped_model()
    assert model is not None
    assert [v.text for v in units if not same(model, v)] == []


def test_the_folded_document_gives_the_features_of_the_unit_alone(units):
    cut = [v for v in units if v.folded is not None]
    assert len(cut) > 0.9 * len(units)  # the fast way is the usual one
    assert [v.text for v in cut if v.folded != fold(v.text)] == []
    assert [v.text for v in cut
            if unit_features(v) != unit_features(replace(v, folded=None))] == []


@settings(max_examples=300, deadline=None)
@given(views())
def test_shipped_model_scores_generated_units_as_training_does(view):
    model = shipped_model()
    assert model is not None
    assert same(model, view)


@settings(max_examples=200, deadline=None)
@given(views(), st.randoms(use_true_random=False))
def test_any_weights_score_as_training_does(view, rng: random.Random):
    """Weights on this unit's own features and on odd names (three words, empty words, a
    second "="): the tables find exactly what the spelled names find."""
    features = unit_features(view)
    weights = {f: rng.uniform(-3, 3) for f in features if rng.random() < 0.7}
    weights.update({BIGRAM + JOIN.join(("a", "b", "c")): 1.5, UNIGRAM: -0.25,
                    f"{BIGRAM}{JOIN}x": 0.5, f"{BIGRAM}x{JOIN}": 0.75, f"{UNIGRAM}a=b": 1.0})
    model = LinearModel(weights=weights)
    assert same(model, view)
    model.weights = {f: w * 2 for f, w in weights.items()}  # a new dict: new tables
    assert same(model, view)


# the letters whose folding looks at a neighbour: old tone placement ("oà" -> "òa" unless a
# letter follows or "q" precedes), Greek sigma ("ς" at a word's end), "İ" (two letters lower)
TRICKY = "oàuỷeẻqQΑΣσİa .\n-"


@settings(max_examples=1000, deadline=None)
@given(st.one_of(texts(max_words=40), st.text(alphabet=TRICKY, max_size=30)), st.data())
def test_folded_slice_is_the_fold_of_the_slice_or_none(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    cut = folded_slice(text, fold(text), start, end)
    assert cut is None or cut == fold(text[start:end])


@pytest.mark.parametrize(("text", "start", "end"), [
    ("ΑΣ.Α", 0, 2),  # a final sigma alone, not before ".Α"
    ("hoàn", 0, 3),  # "hoà" alone moves its tone, not inside "hoàn"
    ("qoà", 1, 3),  # nor after "q"
    ("İ, hoà hoà", 3, 10),  # a letter that lowers to two: the document lowers letter by letter
])
def test_folded_slice_edges(text, start, end):
    cut = folded_slice(text, fold(text), start, end)
    assert cut is None or cut == fold(text[start:end])


def test_folded_slice_of_a_unit_between_lines():
    text = "1. Giao Sở Tài chính hoà giải, báo cáo UBND tỉnh.\n2. Khác"
    start, end = 3, text.index("\n")
    assert folded_slice(text, fold(text), start, end) == fold(text[start:end])


@settings(max_examples=500, deadline=None)
@given(st.one_of(texts(), st.text(alphabet="trướchậmnấhờiạoànằgđịkỳưxuyênpy \n.", max_size=60)))
def test_deadline_words_are_found_where_a_search_finds_them(text):
    folded = fold(text)
    assert occurs(DEADLINE_WORDS, DEADLINE_STARTS, folded) == bool(
        DEADLINE_WORDS.search(folded))


def test_deadline_words_of_the_sample_units(units):
    for view in units:
        folded = fold(view.text)
        assert occurs(DEADLINE_WORDS, DEADLINE_STARTS, folded) == bool(
            DEADLINE_WORDS.search(folded)), view.text


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts(), st.text(alphabet="ngày 0123456789/.-\n", max_size=40)))
def test_a_date_is_either_pattern(text):
    either = regex.compile("|".join(p.pattern for p in DATES))
    assert bool(DATES[0].search(text) or DATES[1].search(text)) == bool(either.search(text))


@settings(max_examples=300, deadline=None)
@given(texts(max_words=150), st.sampled_from((1, 3, 8, 60)))
def test_first_words_read_from_a_prefix_are_those_of_the_whole(text, limit):
    assert features._words(text, limit) == features._first_words(text, len(text), limit)


def test_a_pair_name_with_more_joins_is_found_by_every_pair_that_spells_it():
    from giaoviec.model.linear import _Tables

    tables = _Tables({f"{BIGRAM}a{JOIN}b{JOIN}c": 1.5, f"{BIGRAM}x{JOIN}y": 0.5})
    assert tables.bigram == {("a", f"b{JOIN}c"): 1.5, (f"a{JOIN}b", "c"): 1.5, ("x", "y"): 0.5}
