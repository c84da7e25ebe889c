"""Hand-made checks of the clean-room reference scorer (tests/support/reference_scorer.py)."""

from support.reference_scorer import (  # pytest puts tests/ on sys.path, as for support.builders
    actors_agree,
    deadline_correct,
    fold_tone,
    match_tasks,
    normalise_quote,
    reference_score,
)


def _gold_task(quote, lead=("Sở Nội vụ",), support=(), report_to=(), deadline=None,
               optional=False):
    return {"quote": quote, "lead": list(lead), "lead_implicit": False,
            "support": list(support), "deadline": deadline, "report_to": list(report_to),
            "optional": optional}


def _pred_task(text, lead=("Sở Nội vụ",), support=(), report_to=(), deadline=None):
    return {"text": text, "lead": list(lead), "support": list(support),
            "report_to": list(report_to), "deadline": deadline}


def _gold(tasks, document=None):
    return {"id": "x", "kind": "authored", "document": document or {}, "tasks": tasks}


Q1 = "Rà soát, đánh giá thực trạng tổ chức bộ máy của các cơ quan chuyên môn"
Q2 = "Xây dựng kế hoạch chuyển đổi số năm 2026 trình UBND tỉnh phê duyệt"


def test_quote_normalisation():
    assert normalise_quote("  Rà  soát,\tđánh giá (lần 2)... ") == "rà soát đánh giá lần 2"
    # NFD input gives the same result as NFC
    import unicodedata
    assert normalise_quote(unicodedata.normalize("NFD", "Ủy ban")) == "ủy ban"


def test_tone_folding():
    assert fold_tone("hoà") == "hòa"
    assert fold_tone("uỷ") == "ủy"
    assert fold_tone("thuỷ") == "thủy"
    assert fold_tone("khoẻ") == "khỏe"
    assert fold_tone("quý") == "quý"  # after q: untouched
    assert fold_tone("hoàn") == "hoàn"  # closed syllable: untouched


def test_containment_match_and_perfect_scores():
    gold = _gold([_gold_task(Q1, report_to=["UBND tỉnh"])])
    pred = {"document": {}, "tasks": [
        _pred_task("a) " + Q1.upper() + " cấp tỉnh.", report_to=["Ủy ban nhân dân tỉnh"])]}
    s = reference_score(gold, pred)
    assert (s["tp"], s["fp"], s["fn"]) == (1, 0, 0)
    assert (s["lead_correct"], s["lead_total"]) == (1, 1)
    assert (s["report_tp"], s["report_fp"], s["report_fn"]) == (1, 0, 0)
    assert (s["deadline_correct"], s["deadline_total"]) == (1, 1)


def test_jaccard_match_and_threshold():
    gold = _gold([_gold_task("một hai ba bốn năm sáu bảy tám")])
    # 6 of 8 words shared in the leading 8 words: 6 / 10 = 0.6 >= 0.5
    close = _pred_task("một hai ba bốn năm sáu X Y và tiếp nữa")
    s = reference_score(gold, {"tasks": [close]})
    assert (s["tp"], s["fp"], s["fn"]) == (1, 0, 0)
    # 4 of 8 shared: 4 / 12 < 0.5
    far = _pred_task("một hai ba bốn P Q R S")
    s = reference_score(gold, {"tasks": [far]})
    assert (s["tp"], s["fp"], s["fn"]) == (0, 1, 1)


def test_one_to_one_containment_before_jaccard():
    gold = [_gold_task("alpha beta gamma delta"), _gold_task("alpha beta gamma delta epsilon")]
    preds = [_pred_task("alpha beta gamma delta epsilon zeta")]
    # both gold quotes are contained; the first gold (gold order) takes the prediction
    assert match_tasks(gold, preds) == [(0, 0)]
    # a containment pair beats a higher-Jaccard alternative
    gold = [_gold_task("a b c d")]
    preds = [_pred_task("a b c x"), _pred_task("zz a b c d")]
    assert match_tasks(gold, preds) == [(0, 1)]


def test_jaccard_highest_similarity_first():
    gold = [_gold_task("a b c d e f"), _gold_task("a b c d e g")]
    preds = [_pred_task("a b c d e g h")]  # contains gold 1's quote, not gold 0's
    assert match_tasks(gold, preds) == [(1, 0)]
    preds = [_pred_task("a b c d x g")]  # no containment; gold0: 4/8, gold1: 5/7 wins
    assert match_tasks(gold, preds) == [(1, 0)]


def test_optional_tasks_cost_nothing():
    gold = _gold([_gold_task(Q1), _gold_task(Q2, optional=True)])
    found = reference_score(gold, {"tasks": [_pred_task(Q1), _pred_task(Q2)]})
    missed = reference_score(gold, {"tasks": [_pred_task(Q1)]})
    for s in (found, missed):
        assert (s["tp"], s["fp"], s["fn"]) == (1, 0, 0)
        assert s["lead_total"] == 1 and s["deadline_total"] == 1


def test_lead_set_agreement_rules():
    assert actors_agree("UBND xã", "UBND xã Ân Tường")
    assert actors_agree("UBND xã Ân Tường", "Ủy ban nhân dân xã")
    assert not actors_agree("UBND tỉnh", "Văn phòng UBND tỉnh")
    assert actors_agree("Đồng chí Giám đốc Sở TC", "Giám đốc Sở Tài chính")
    assert actors_agree("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn")
    assert actors_agree("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội")
    assert actors_agree("Bộ Kếhoạch và Đầu tư", "Bộ Kế hoạch và Đầu tư")
    assert actors_agree("Uỷ ban nhân dân tỉnh Khánh Hoà", "Ủy ban nhân dân tỉnh Khánh Hòa")
    assert actors_agree("Sở Y tế", {"name": "Sở", "canonical": None}) is True  # prefix "Sở"
    assert actors_agree("Sở Y tế", {"name": "Ngành y tế", "canonical": "Sở Y tế tỉnh"})
    assert not actors_agree("Sở Y tế", {"name": "Ngành y tế", "canonical": None})
    assert not actors_agree("Sở Xây dựng", "Sở Tài chính")


def test_lead_sets_must_match_one_to_one():
    gold = _gold([_gold_task(Q1, lead=["UBND xã"])])
    two = reference_score(gold, {"tasks": [_pred_task(Q1, lead=["UBND xã A", "UBND xã B"])]})
    assert two["lead_correct"] == 0
    dup = reference_score(gold, {"tasks": [_pred_task(Q1, lead=["UBND xã", "Ủy ban nhân dân xã"])]})
    assert dup["lead_correct"] == 1  # duplicates after normalisation collapse


def test_support_and_report_counts_are_micro_totals():
    gold = _gold([
        _gold_task(Q1, support=["Sở Tài chính", "Sở Xây dựng"], report_to=["UBND tỉnh"]),
        _gold_task(Q2, support=[], report_to=["UBND tỉnh", "Sở Tài chính"]),
    ])
    pred = {"tasks": [
        _pred_task(Q1, support=["Sở TC", "Công an tỉnh"], report_to=[]),
        _pred_task(Q2, support=["Sở Nội vụ"], report_to=["UBND tỉnh"]),
    ]}
    s = reference_score(gold, pred)
    assert (s["support_tp"], s["support_fp"], s["support_fn"]) == (1, 2, 1)
    assert (s["report_tp"], s["report_fp"], s["report_fn"]) == (1, 0, 2)


def test_deadline_rules():
    by_date = {"text": "trước ngày 15/10/2025", "type": "by_date", "date": "2025-10-15"}
    assert deadline_correct(None, None)
    assert not deadline_correct(None, {"type": "asap", "date": None})
    assert deadline_correct(by_date, {"type": "by_date", "date": "2025-10-15"})
    assert not deadline_correct(by_date, {"type": "by_date", "date": "2025-10-16"})
    assert not deadline_correct(by_date, {"type": "within_period", "date": "2025-10-15"})
    assert not deadline_correct(by_date, None)
    ongoing = {"text": "Thường xuyên", "type": "ongoing", "date": None}
    assert deadline_correct(ongoing, {"type": "ongoing", "date": "2025-12-31"})  # no gold date
    optional = dict(by_date, optional=True)
    assert deadline_correct(optional, None)
    assert not deadline_correct(optional, {"type": "asap", "date": None})
    with_alt = {"text": "cuối năm", "type": "vague", "date": None,
                "alt": [{"type": "within_period", "date": "2025-12-31"}]}
    assert deadline_correct(with_alt, {"type": "vague", "date": None})
    assert deadline_correct(with_alt, {"type": "within_period", "date": "2025-12-31"})
    assert not deadline_correct(with_alt, {"type": "within_period", "date": "2025-11-30"})
    assert not deadline_correct(with_alt, None)


def test_document_fields_exact_and_extension():
    gold = _gold(None, document={
        "doc_type": "thong_bao", "number": "123/TB-UBND", "issuer": "Văn phòng",
        "parent_issuer": "UBND tỉnh Quảng Trị", "place": "Quảng Trị",
        "issued_date": "2025-07-15", "title": "Kết luận của Chủ tịch UBND tỉnh",
        "urgency": None,
    })
    pred = {"document": {
        "doc_type": "thong_bao", "number": "123/TB-UBND",
        "issuer": "Văn phòng UBND tỉnh Quảng Trị",
        "parent_issuer": "Ủy ban nhân dân tỉnh Quảng Trị",
        "place": "quảng  trị", "issued_date": "2025-07-16",
        "title": "KẾT LUẬN của Chủ tịch Ủy ban nhân dân tỉnh.", "urgency": "khan",
    }, "tasks": [_pred_task(Q1)]}
    s = reference_score(gold, pred)
    assert s["fields"] == {
        "doc_type": 1.0, "number": 1.0, "issuer": 1.0, "parent_issuer": 1.0, "place": 1.0,
        "issued_date": 0.0, "title": 1.0, "urgency": 0.0,
    }
    # tasks null in gold: tasks are not scored at all
    assert (s["tp"], s["fp"], s["fn"]) == (0, 0, 0)


def test_absent_and_null_fields():
    gold = _gold([], document={"number": None, "place": "Gia Lai"})
    s = reference_score(gold, {"document": {"number": "", "title": "anything"}, "tasks": []})
    assert s["fields"] == {"number": 1.0, "place": 0.0}  # title not annotated: not scored
    s = reference_score(gold, {"document": {"number": "5/KH"}})
    assert s["fields"]["number"] == 0.0


def test_signer_and_recipients():
    gold = _gold([], document={
        "signer": {"name": "Phan Đình Hải", "position": "Phó Chánh Văn phòng",
                   "authority": "TL. CHỦ TỊCH; KT. CHÁNH VĂN PHÒNG"},
        "recipients": ["Sở Y tế", "UBND các xã, phường", "CVP, các PCVP UBND tỉnh"],
    })
    pred = {"document": {
        "signer": {"name": "PHAN ĐÌNH HẢI", "position": "Chánh Văn phòng",
                   "authority": "TL. Chủ tịch; KT. Chánh văn phòng"},
        "recipients": ["Sở Y tế", "Ủy ban nhân dân các xã phường", "Sở Tài chính", "Sở Y tế"],
    }, "tasks": []}
    s = reference_score(gold, pred)
    assert s["fields"]["signer.name"] == 1.0
    assert s["fields"]["signer.position"] == 0.0
    assert s["fields"]["signer.authority"] == 1.0
    # gold 3, pred 3 distinct (duplicate "Sở Y tế" dropped), 2 matched: F1 = 4/6
    assert abs(s["fields"]["recipients"] - 2 * 2 / 6) < 1e-9


def test_empty_gold_tasks_make_every_prediction_a_false_positive():
    s = reference_score(_gold([]), {"tasks": [_pred_task(Q1), _pred_task(Q2)]})
    assert (s["tp"], s["fp"], s["fn"]) == (0, 2, 0)
    assert s["lead_total"] == 0 and s["deadline_total"] == 0
