"""The scorer on hand-made gold and predictions: every rule of FORMAT.md "Scoring" once."""

from __future__ import annotations

import pytest

from giaoviec.evaluation.names import (
    actor_names,
    names_agree,
    names_equal,
    normalize_name,
    pair_actors,
)
from giaoviec.evaluation.scorer import (
    aggregate,
    deadline_agrees,
    match_text,
    score_document,
)

QUOTE_A = "Chủ trì, phối hợp với UBND xã tổ chức rà soát, đánh giá thực trạng tổ chức bộ máy"
QUOTE_B = "Khẩn trương hoàn thiện hồ sơ thủ tục đầu tư dự án đường giao thông liên xã"
QUOTE_C = "Tăng cường công tác kiểm tra, giám sát việc thực hiện các chương trình mục tiêu"


def gold_task(quote: str, **fields) -> dict:
    task = {"quote": quote, "lead": [], "lead_implicit": False, "support": [],
            "deadline": None, "report_to": [], "optional": False}
    task.update(fields)
    return task


def actor(name: str, canonical: str | None = None) -> dict:
    return {"name": name, "canonical": canonical, "kind": "agency"}


def pred_task(text: str, lead=(), support=(), report_to=(), deadline=None) -> dict:
    return {"text": text, "lead": [a if isinstance(a, dict) else actor(a) for a in lead],
            "support": [actor(a) for a in support], "report_to": [actor(a) for a in report_to],
            "lead_implicit": False, "deadline": deadline}


def gold(tasks, document=None) -> dict:
    return {"id": "t-001", "kind": "authored", "document": document or {}, "tasks": tasks}


def pred(tasks=(), document=None) -> dict:
    return {"document": document or {}, "tasks": list(tasks)}


def lead_score(gold_lead: list[str], predicted_lead: list) -> tuple[int, int]:
    score = score_document(gold([gold_task(QUOTE_A, lead=gold_lead)]),
                           pred([pred_task(QUOTE_A, lead=predicted_lead)]))
    assert score.tp == 1
    return score.lead_correct, score.lead_total


# --- task matching -----------------------------------------------------------------------------

def test_containment_match_ignores_case_punctuation_and_spacing():
    text = "- " + QUOTE_A.upper().replace(",", " ;") + "  của các cơ quan trên địa bàn."
    score = score_document(gold([gold_task(QUOTE_A)]), pred([pred_task(text)]))
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)
    assert score.pairs[0].how == "contain"
    assert score.doc_id == "t-001"


def test_match_text_drops_punctuation_and_folds_tones():
    assert match_text("Hoà  giải, (UBND)  xã!") == "hòa giải ubnd xã"


def test_jaccard_fallback_matches_reworded_opening():
    text = "Khẩn trương hoàn thành hồ sơ thủ tục đầu tư dự án đường giao thông liên thôn"
    score = score_document(gold([gold_task(QUOTE_B)]), pred([pred_task(text)]))
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)
    assert score.pairs[0].how == "jaccard"


def test_jaccard_below_threshold_does_not_match():
    text = "Khẩn trương báo cáo kết quả triển khai chương trình chuyển đổi số của tỉnh năm nay"
    score = score_document(gold([gold_task(QUOTE_B)]), pred([pred_task(text)]))
    assert (score.tp, score.fp, score.fn) == (0, 1, 1)
    kinds = sorted(miss["kind"] for miss in score.misses)
    assert kinds == ["extra_task", "missed_task"]


def test_jaccard_uses_only_as_many_leading_words_as_the_quote():
    # The quote's words all occur, but only late in the text: the opening words decide.
    text = "Đề nghị các đơn vị liên quan thực hiện nghiêm: " + " ".join(reversed(QUOTE_B.split()))
    score = score_document(gold([gold_task(QUOTE_B)]), pred([pred_task(text)]))
    assert score.tp == 0


def test_one_to_one_second_container_is_a_false_positive():
    first = pred_task(QUOTE_A + " trong năm 2025")
    second = pred_task("Giao Sở Nội vụ: " + QUOTE_A)
    score = score_document(gold([gold_task(QUOTE_A)]), pred([second, first]))
    assert (score.tp, score.fp, score.fn) == (1, 1, 0)
    assert score.pairs[0].pred_index == 1  # the one that opens with the quote wins


def test_containment_pairs_are_taken_before_jaccard_pairs():
    reworded = pred_task("Chủ trì, phối hợp với UBND xã tổ chức rà soát, đánh giá lại tổ chức")
    containing = pred_task("Sở Nội vụ " + QUOTE_A)
    score = score_document(gold([gold_task(QUOTE_A)]), pred([reworded, containing]))
    assert score.pairs[0].pred_index == 1
    assert score.pairs[0].how == "contain"
    assert score.fp == 1


def test_two_gold_tasks_each_take_their_own_prediction():
    score = score_document(gold([gold_task(QUOTE_A), gold_task(QUOTE_B)]),
                           pred([pred_task(QUOTE_B), pred_task(QUOTE_A)]))
    assert (score.tp, score.fp, score.fn) == (2, 0, 0)
    assert [(p.gold_index, p.pred_index) for p in score.pairs] == [(0, 1), (1, 0)]


def test_optional_task_matched_counts_nothing():
    tasks = [gold_task(QUOTE_A), gold_task(QUOTE_C, optional=True, lead=["Sở Tài chính"])]
    score = score_document(gold(tasks), pred([pred_task(QUOTE_A), pred_task(QUOTE_C)]))
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)
    assert score.optional_matched == 1
    assert score.lead_total == 1  # the optional pair's lead is not scored


def test_optional_task_missed_is_not_a_false_negative():
    tasks = [gold_task(QUOTE_A), gold_task(QUOTE_C, optional=True)]
    score = score_document(gold(tasks), pred([pred_task(QUOTE_A)]))
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)
    assert score.misses == []


def test_gold_tasks_null_scores_fields_only():
    document = {"number": "12/TB-UBND"}
    score = score_document({"id": "r-1", "document": document, "tasks": None},
                           pred([pred_task(QUOTE_A)], {"number": "12/TB-UBND"}))
    assert not score.tasks_scored
    assert (score.tp, score.fp, score.fn) == (0, 0, 0)
    assert score.fields == {"number": (1.0, 1.0)}


def test_leading_marker_of_extracted_text_is_ignored_for_jaccard():
    text = "a) Khẩn trương hoàn thành hồ sơ thủ tục đầu tư dự án đường giao thông liên thôn"
    score = score_document(gold([gold_task(QUOTE_B)]), pred([pred_task(text)]))
    assert score.pairs and score.pairs[0].how == "jaccard"


# --- names -------------------------------------------------------------------------------------

def test_lead_agrees_through_ubnd_abbreviation():
    assert lead_score(["UBND tỉnh"], ["Ủy ban nhân dân tỉnh"]) == (1, 1)


def test_lead_agrees_through_department_abbreviations():
    assert lead_score(["Sở NN&MT"], ["Sở Nông nghiệp và Môi trường"]) == (1, 1)
    assert lead_score(["Sở Tài chính"], ["Sở TC"]) == (1, 1)


@pytest.mark.parametrize(("short", "long"), [
    ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
    ("Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    ("UBMTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh"),
    ("BQL các KCN", "Ban Quản lý các khu công nghiệp"),
    ("BCH BĐBP tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    ("VPCP", "Văn phòng Chính phủ"),
    ("Sở NN & PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("Sở TN&MT", "Sở Tài nguyên và Môi trường"),
    ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
    ("Sở KH&CN", "Sở Khoa học và Công nghệ"),
    ("Bộ KH&ĐT", "Bộ Kế hoạch và Đầu tư"),
    ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở LĐTB&XH", "Sở Lao động-Thương binh và Xã hội"),
    ("Sở VH,TT&DL", "Sở Văn hoá, Thể thao và Du lịch"),
    ("Sở VHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
    ("Sở GTVT", "Sở Giao thông vận tải"),
    ("Sở XD", "Sở Xây dựng"),
    ("Sở NV", "Sở Nội vụ"),
    ("Sở YT", "Sở Y tế"),
    ("Sở CT", "Sở Công Thương"),
    ("Sở TP", "Sở Tư pháp"),
])
def test_abbreviation_equals_its_expansion(short, long):
    assert names_equal(short, long)
    assert names_agree(long, short)


def test_department_abbreviation_only_after_so():
    assert not names_equal("Phòng TC", "Phòng Tài chính")
    assert normalize_name("Phòng TC") == "phòng tc"


def test_lead_agrees_through_canonical_name():
    assert lead_score(["Sở Xây dựng"], [actor("Sở", "Sở Xây dựng")]) == (1, 1)
    assert lead_score(["Bộ Công an"], [actor("Bộ CA", "Bộ Công an")]) == (1, 1)


def test_lead_agrees_when_one_name_extends_the_other():
    assert lead_score(["UBND xã"], ["UBND xã Ân Tường"]) == (1, 1)
    assert lead_score(["UBND xã Ân Tường"], ["Ủy ban nhân dân xã"]) == (1, 1)


def test_extension_only_at_the_end_and_at_a_word_boundary():
    assert lead_score(["UBND tỉnh"], ["Văn phòng UBND tỉnh"]) == (0, 1)
    assert not names_agree("Văn phòng UBND tỉnh", "UBND tỉnh")
    assert not names_agree("Sở Y", "Sở Ytế")  # letters run on inside a word


def test_wrong_lead_is_reported():
    score = score_document(gold([gold_task(QUOTE_A, lead=["UBND tỉnh"])]),
                           pred([pred_task(QUOTE_A, lead=["Văn phòng UBND tỉnh"])]))
    assert score.misses == [{"kind": "wrong_lead", "quote": QUOTE_A, "gold": ["UBND tỉnh"],
                             "predicted": ["Văn phòng UBND tỉnh"]}]


def test_honorifics_are_dropped():
    assert names_equal("Đồng chí Nguyễn Văn An", "Nguyễn Văn An")
    assert names_equal("ông Trần Bình", "Trần Bình")
    assert names_equal("- Bà Lê Thị Hoa;", "Lê Thị Hoa")
    assert not names_equal("Bà Rịa - Vũng Tàu", "Rịa - Vũng Tàu")


def test_tone_placement_and_case_do_not_matter():
    assert names_equal("Uỷ ban nhân dân huyện Hoà Vang", "ỦY BAN NHÂN DÂN HUYỆN HÒA VANG")
    assert lead_score(["Sở Văn hoá và Thể thao"], ["Sở Văn hóa và Thể thao"]) == (1, 1)


def test_repaired_spacing_agrees():
    assert lead_score(["Bộ Kếhoạch và Đầu tư"], ["Bộ Kế hoạch và Đầu tư"]) == (1, 1)
    assert names_agree("Bộ Kếhoạch", "Bộ Kế hoạch và Đầu tư")
    assert not names_agree("Bộ Kế", "Bộ Kếhoạch và Đầu tư")


def test_lead_sets_must_agree_exactly():
    assert lead_score(["Sở Tài chính"], ["Sở Tài chính", "Sở Xây dựng"]) == (0, 1)
    assert lead_score(["Sở Tài chính", "Sở Xây dựng"], ["Sở Xây dựng"]) == (0, 1)
    assert lead_score(["Sở Tài chính", "Sở Xây dựng"], ["Sở Xây dựng", "Sở TC"]) == (1, 1)
    assert lead_score([], []) == (1, 1)
    assert lead_score(["Sở Nội vụ"], ["Sở Nội vụ", "sở nội vụ"]) == (1, 1)  # repeats collapse


def test_name_pairing_is_one_to_one_and_maximal():
    gold_names = [["UBND xã"], ["UBND xã An Hòa"]]
    predicted = [["UBND xã An Hòa"], ["UBND xã Bình Minh"]]
    assert pair_actors(gold_names, predicted) == [(0, 1), (1, 0)]
    assert pair_actors([["UBND xã"]], [["UBND xã A"], ["UBND xã B"]]) == [(0, 0)]


def test_actor_names_accepts_strings_and_objects():
    assert actor_names("Sở Y tế") == ["Sở Y tế"]
    assert actor_names(actor("Sở YT", "Sở Y tế")) == ["Sở YT", "Sở Y tế"]
    assert actor_names(actor("Sở Y tế", "Sở Y tế")) == ["Sở Y tế"]
    assert actor_names({"name": "Công an tỉnh", "canonical": None}) == ["Công an tỉnh"]
    assert actor_names(None) == []


def test_plain_string_actors_in_predictions():
    task = {"text": QUOTE_A, "lead": ["UBND xã"], "support": "Công an xã", "deadline": None}
    score = score_document(gold([gold_task(QUOTE_A, lead=["UBND xã"], support=["Công an xã"])]),
                           pred([task]))
    assert (score.lead_correct, score.support_tp, score.support_fp) == (1, 1, 0)


def test_unannotated_task_keys_are_not_scored():
    task = {"quote": QUOTE_A, "optional": False}
    score = score_document(gold([task]), pred([pred_task(QUOTE_A, lead=["Sở Nội vụ"])]))
    assert (score.lead_total, score.deadline_total, score.support_fp) == (0, 0, 0)


# --- deadlines ---------------------------------------------------------------------------------

def test_deadline_type_and_date_must_agree():
    wanted = {"text": "trước ngày 15/10/2025", "type": "by_date", "date": "2025-10-15"}
    assert deadline_agrees(wanted, {"type": "by_date", "date": "2025-10-15"})
    assert not deadline_agrees(wanted, {"type": "by_date", "date": "2025-10-16"})
    assert not deadline_agrees(wanted, {"type": "within_period", "date": "2025-10-15"})
    assert not deadline_agrees(wanted, None)


def test_gold_without_date_accepts_any_date_of_the_type():
    wanted = {"text": "trong 10 ngày", "type": "relative", "date": None}
    assert deadline_agrees(wanted, {"type": "relative", "date": "2025-08-01"})
    assert deadline_agrees(wanted, {"type": "relative", "date": None})


def test_gold_null_deadline_requires_null():
    assert deadline_agrees(None, None)
    assert not deadline_agrees(None, {"type": "asap", "date": None})


def test_optional_deadline_accepts_null_but_not_a_wrong_one():
    wanted = {"text": "kịp thời", "type": "asap", "date": None, "optional": True}
    assert deadline_agrees(wanted, None)
    assert deadline_agrees(wanted, {"type": "asap", "date": None})
    assert not deadline_agrees(wanted, {"type": "ongoing", "date": None})


def test_alt_deadlines_are_accepted():
    wanted = {"text": "tại kỳ họp cuối năm 2025", "type": "vague", "date": None,
              "alt": [{"type": "within_period", "date": "2025-12-31"}]}
    assert deadline_agrees(wanted, {"type": "vague", "date": None})
    assert deadline_agrees(wanted, {"type": "within_period", "date": "2025-12-31"})
    assert not deadline_agrees(wanted, {"type": "within_period", "date": "2025-11-30"})


def test_deadline_accuracy_on_matched_pairs():
    wanted = {"text": "trong tháng 7/2025", "type": "within_period", "date": "2025-07-31"}
    tasks = [gold_task(QUOTE_A, deadline=wanted), gold_task(QUOTE_B, deadline=wanted)]
    predictions = [pred_task(QUOTE_A, deadline={"type": "within_period", "date": "2025-07-31"}),
                   pred_task(QUOTE_B, deadline={"type": "within_period", "date": "2025-06-30"})]
    score = score_document(gold(tasks), pred(predictions))
    assert (score.deadline_correct, score.deadline_total) == (1, 2)
    miss = next(m for m in score.misses if m["kind"] == "wrong_deadline")
    assert miss["predicted"] == {"type": "within_period", "date": "2025-06-30"}


# --- support and report_to ---------------------------------------------------------------------

def test_support_and_report_to_counts_are_micro_over_pairs():
    tasks = [gold_task(QUOTE_A, support=["Sở Tài chính", "Sở Xây dựng"], report_to=["UBND tỉnh"]),
             gold_task(QUOTE_B, support=["Công an tỉnh"], report_to=[])]
    predictions = [pred_task(QUOTE_A, support=["Sở TC", "Sở Nội vụ"], report_to=["UBND tỉnh"]),
                   pred_task(QUOTE_B, support=["Công an tỉnh"], report_to=["Sở Tài chính"])]
    score = score_document(gold(tasks), pred(predictions))
    assert (score.support_tp, score.support_fp, score.support_fn) == (2, 1, 1)
    assert (score.report_tp, score.report_fp, score.report_fn) == (1, 1, 0)
    totals = aggregate([score])
    assert totals.support_f1 == pytest.approx(2 * 2 / (2 * 2 + 1 + 1))
    assert totals.report_to_f1 == pytest.approx(2 / 3)
    kinds = {miss["kind"] for miss in score.misses}
    assert kinds == {"wrong_support", "wrong_report_to"}


def test_no_names_at_all_gives_f1_of_one():
    score = score_document(gold([gold_task(QUOTE_A)]), pred([pred_task(QUOTE_A)]))
    totals = aggregate([score])
    assert totals.support_f1 == 1.0
    assert totals.report_to_f1 == 1.0
    assert totals.lead_accuracy == 1.0


# --- document fields ---------------------------------------------------------------------------

def test_scalar_fields_match_after_normalisation():
    document = {"doc_type": "thong_bao", "number": "123/TB-UBND", "place": "Gia Lai",
                "issued_date": "2025-07-15", "title": "Kết luận của Chủ tịch UBND tỉnh"}
    predicted = {"doc_type": "thong_bao", "number": "123/TB-UBND", "place": "gia lai",
                 "issued_date": "2025-07-16",
                 "title": "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh."}
    score = score_document(gold(None, document), pred([], predicted))
    values = {name: value for name, (value, _weight) in score.fields.items()}
    assert values == {"doc_type": 1.0, "number": 1.0, "place": 1.0, "issued_date": 0.0,
                      "title": 1.0}
    assert [m["field"] for m in score.misses] == ["issued_date"]


def test_issuer_agrees_by_extension_only():
    document = {"issuer": "Văn phòng", "parent_issuer": "UBND tỉnh Quảng Trị"}
    predicted = {"issuer": "Văn phòng UBND tỉnh Quảng Trị", "parent_issuer": "Văn phòng UBND tỉnh"}
    score = score_document(gold(None, document), pred([], predicted))
    assert score.fields["issuer"] == (1.0, 1.0)
    assert score.fields["parent_issuer"] == (0.0, 1.0)


def test_title_needs_exact_agreement_not_extension():
    score = score_document(gold(None, {"title": "Kết luận"}),
                           pred([], {"title": "Kết luận của Chủ tịch"}))
    assert score.fields["title"] == (0.0, 1.0)


def test_recipients_set_f1():
    document = {"recipients": ["CT, các PCT UBND tỉnh", "Sở Y tế", "Các sở, ban, ngành"]}
    predicted = {"recipients": ["Sở Y tế.", "UBND các xã", "CT, các PCT Ủy ban nhân dân tỉnh;"]}
    score = score_document(gold(None, document), pred([], predicted))
    assert score.fields["recipients"] == (pytest.approx(2 / 3), 1.0)
    assert score_document(gold(None, {"recipients": []}), pred([], {})).fields == {
        "recipients": (1.0, 1.0)}


def test_absent_gold_fields_are_not_scored_and_null_requires_nothing():
    document = {"urgency": None, "parent_issuer": None}
    predicted = {"urgency": "khan", "parent_issuer": "", "number": "1/UBND", "place": "Huế"}
    score = score_document(gold(None, document), pred([], predicted))
    assert score.fields == {"urgency": (0.0, 1.0), "parent_issuer": (1.0, 1.0)}


def test_signer_scored_per_subfield():
    signer = {"name": "Phan Đình Hải", "position": "Phó Chánh Văn phòng",
              "authority": "TL. CHỦ TỊCH; KT. CHÁNH VĂN PHÒNG"}
    predicted = {"signer": {"name": "Phan Đình Hải", "position": "PHÓ CHÁNH VĂN PHÒNG",
                            "authority": "TL CHỦ TỊCH KT CHÁNH VĂN PHÒNG"}}
    score = score_document(gold(None, {"signer": signer}), pred([], predicted))
    assert score.fields == {"signer.name": (1.0, 1.0), "signer.position": (1.0, 1.0),
                            "signer.authority": (1.0, 1.0)}
    wrong = score_document(gold(None, {"signer": {"name": "Lê Văn A"}}), pred([], {}))
    assert wrong.fields == {"signer.name": (0.0, 1.0)}


def test_null_signer_requires_no_signer():
    assert score_document(gold(None, {"signer": None}), pred([], {"signer": None})).fields == {
        "signer.name": (1.0, 1.0), "signer.position": (1.0, 1.0),
        "signer.authority": (1.0, 1.0)}


# --- aggregation -------------------------------------------------------------------------------

def test_aggregate_is_micro_over_documents_and_fields_mean_where_scored():
    first = score_document(gold([gold_task(QUOTE_A), gold_task(QUOTE_B)], {"place": "Huế"}),
                           pred([pred_task(QUOTE_A)], {"place": "Huế"}))
    second = score_document(gold([gold_task(QUOTE_C)], {"place": "Huế", "number": "1/UBND"}),
                            pred([pred_task(QUOTE_C), pred_task("Việc khác hẳn không liên quan")],
                                 {"place": "Đà Nẵng", "number": "1/UBND"}))
    fields_only = score_document({"document": {"number": None}, "tasks": None}, pred())
    totals = aggregate([first, second, fields_only])
    assert totals.documents == 3
    assert totals.task_documents == 2
    assert (totals.counts["tp"], totals.counts["fp"], totals.counts["fn"]) == (2, 1, 1)
    assert totals.task_precision == pytest.approx(2 / 3)
    assert totals.task_recall == pytest.approx(2 / 3)
    assert totals.task_f1 == pytest.approx(2 / 3)
    assert totals.fields == {"number": 1.0, "place": 0.5}
    assert totals.field_documents == {"number": 2, "place": 2}


def test_aggregate_of_nothing():
    totals = aggregate([])
    assert totals.documents == 0
    assert totals.task_f1 == 1.0
    assert totals.fields == {}
