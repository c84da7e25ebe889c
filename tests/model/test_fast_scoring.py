"""Run time scores a unit without spelling its features (word tables): it must give the
very probability that training's ``probability_of(unit_features(view))`` gives, to the last
bit, on every unit of the samples and on generated texts."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from giaoviec.model.dataset import parse_rendering, record
from giaoviec.model.features import (
    BIGRAM,
    JOIN,
    UNIGRAM,
    UnitView,
    unit_features,
)
from giaoviec.model.linear import LinearModel, shipped_model

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
    fresh test documents, as run time builds it (from the document: actors, words)."""
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


@settings(max_examples=300, deadline=None)
@given(views())
def test_shipped_model_scores_generated_units_as_training_does(view):
    model = shipped_model()
    assert model is not None
    assert same(model, view)


@settings(max_examples=200, deadline=None)
@given(views(), st.randoms(use_true_random=False))
def test_any_weights_score_as_training_does(view, rng: random.Random):
    """Weights on this unit's own features and names that no word pair can spell: the word
    tables find exactly what the spelled names find."""
    features = unit_features(view)
    weights = {f: rng.uniform(-3, 3) for f in features if rng.random() < 0.7}
    weights.update({BIGRAM + JOIN.join(("a", "b", "c")): 1.5, UNIGRAM: -0.25,
                    f"{BIGRAM}{JOIN}x": 0.5, f"{BIGRAM}x{JOIN}": 0.75})
    model = LinearModel(weights=weights)
    assert same(model, view)
    model.weights = {f: w * 2 for f, w in weights.items()}  # a new dict: new tables
    assert same(model, view)
