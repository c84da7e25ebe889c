"""What a careful reader flags, and the "6 rõ" completeness."""

from __future__ import annotations

from giaoviec import extract

HEAD = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH GIA LAI | Độc lập - Tự do - Hạnh phúc\n"
        "Số: 88/TB-UBND | Gia Lai, ngày 15 tháng 7 năm 2025\n"
        "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n")
TAIL = ("Nơi nhận:\n- Sở Tài chính;\n- Sở Y tế;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
        "Nguyễn Văn An\n")


def warnings_of(body: str, head: str = HEAD):
    notice = extract((head + body + TAIL).encode(), filename="t.txt")
    return [sorted(w.code for w in t.warnings) for t in notice.tasks], notice


def test_deadline_before_the_issue_date():
    codes, _ = warnings_of("1. Giao Sở Tài chính rà soát, báo cáo UBND tỉnh trong tháng "
                           "07/2015.\n")
    assert codes == [["deadline_before_issue"]]


def test_deadline_implausibly_far_after_the_issue_date():
    codes, _ = warnings_of("1. Giao Sở Tài chính hoàn thành trước ngày 31/12/2035.\n")
    assert codes == [["deadline_far_after_issue"]]


def test_task_without_lead_and_without_deadline():
    codes, _ = warnings_of("1. Rà soát các tuyến đường chính trên địa bàn.\n")
    assert codes == [["no_deadline", "no_lead"]]


def test_lead_not_among_the_recipients():
    codes, _ = warnings_of("1. Giao Sở Xây dựng hoàn thành trước ngày 30/9/2025.\n")
    assert codes == [["lead_not_recipient"]]
    codes, _ = warnings_of("1. Giao Sở Tài chính hoàn thành trước ngày 30/9/2025.\n")
    assert codes == [[]]


def test_a_notice_without_header_is_judged_against_the_meeting_it_reports():
    head = "THÔNG BÁO\nKết luận tại buổi làm việc\nChiều ngày 10/7/2025, tại UBND xã, đồng chí "\
           "Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
    codes, notice = warnings_of("1. Giao Sở Tài chính báo cáo UBND tỉnh trong tháng 07/2015.\n",
                                head)
    assert notice.document.issued_date is None
    assert codes == [["deadline_before_issue"]]


def test_six_clear_completeness_and_summary():
    _, notice = warnings_of(
        "1. Giao Sở Tài chính chủ trì kiểm tra hiện trạng, báo cáo UBND tỉnh trước ngày "
        "15/9/2025.\n2. Các sở, ngành tăng cường công tác tuyên truyền.\n")
    first, second = notice.tasks
    assert first.completeness.score == 6
    assert first.completeness.model_dump() == {
        "nguoi": True, "viec": True, "thoi_han": True, "trach_nhiem": True, "ket_qua": True,
        "tham_quyen": True, "score": 6}
    assert not second.completeness.thoi_han and not second.completeness.trach_nhiem
    assert notice.summary.tasks == 2 and notice.summary.with_deadline == 1
    assert notice.summary.six_clear["nguoi"] == 2
    assert notice.summary.warnings["no_deadline"] == 1
