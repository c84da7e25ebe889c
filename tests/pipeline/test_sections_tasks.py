"""The section tree, which text is a task, implicit leads, splitting, tables, warnings."""

from __future__ import annotations

import pytest

from giaoviec import extract

HEAD = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH GIA LAI | Độc lập - Tự do - Hạnh phúc\n"
        "Số: 88/TB-UBND | Gia Lai, ngày 15 tháng 7 năm 2025\n"
        "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại buổi làm việc với các sở\n")
TAIL = ("Văn phòng UBND tỉnh thông báo để các cơ quan biết, thực hiện./.\nNơi nhận:\n"
        "- Các sở, ban, ngành;\n- UBND các xã, phường;\n- Lưu: VT.\nTL. CHỦ TỊCH\n"
        "CHÁNH VĂN PHÒNG\nĐoàn Minh Khoa\n")


def run(body: str):
    return extract((HEAD + body + TAIL).encode(), filename="t.txt")


def run_central(body: str):
    """As ``run``, in a ministry's text: the provinces and the ministries are who it asks."""
    head = HEAD.replace("ỦY BAN NHÂN DÂN |", "BỘ NỘI VỤ |").replace("TỈNH GIA LAI |", "|")
    return extract((head + body + TAIL).encode(), filename="t.txt")


def leads(task):
    return [a.name for a in task.lead]


def test_section_tree_levels_and_items():
    body = ("I. Đánh giá chung\nCông tác cải cách hành chính đã có chuyển biến.\n"
            "II. Nhiệm vụ thời gian tới\n1. Sở Nội vụ:\n- Rà soát tổ chức bộ máy.\n"
            "+ Báo cáo UBND tỉnh trước ngày 30/9/2025.\n2. Sở Tài chính:\n"
            "a) Bố trí kinh phí.\nđ) Hướng dẫn quyết toán.\n")
    n = run(body)
    tree = {s.id: s for s in n.sections}
    tops = [s for s in n.sections if s.level == 1]
    assert [s.marker for s in tops] == ["I.", "II."]
    children = [s for s in n.sections if s.parent == tops[1].id]
    assert [s.marker for s in children] == ["1.", "2."]
    item = next(b for b in n.blocks if n.text[slice(*b.span)].startswith("đ) Hướng dẫn"))
    assert tree[item.section].title == "Sở Tài chính:"
    assert all(n.text[slice(*s.span)].endswith(s.title) for s in n.sections)


def test_implicit_lead_from_heading_and_explicit_lead_inside_items():
    body = ("1. Sở Nội vụ:\n- Rà soát, kiện toàn tổ chức bộ máy cấp xã.\n"
            "- Sở Tài chính bố trí kinh phí thực hiện.\n"
            "2. Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh:\n- Xây dựng phương án bảo vệ.\n")
    tasks = run(body).tasks
    assert [(leads(t), t.lead_implicit) for t in tasks] == [
        (["Sở Nội vụ"], True), (["Sở Tài chính"], False),
        (["Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh"], True)]


def test_label_heading_body_asks_others():
    body = "1. Sở Công Thương:\n- Yêu cầu các chủ hồ thủy điện vận hành đúng quy trình.\n"
    task = run(body).tasks[0]
    assert leads(task) == ["Sở Công Thương"] and task.lead_implicit


def test_item_with_two_directives_to_two_bodies_is_split():
    body = ("1. Về công trình trường học: Yêu cầu UBND xã Kim Ngân hoàn thành trước ngày "
            "31/8/2025. Sở Giáo dục và Đào tạo hướng dẫn xã bố trí phòng học tạm.\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks] == [["UBND xã Kim Ngân"], ["Sở Giáo dục và Đào tạo"]]
    assert tasks[0].text.startswith("Về công trình trường học: Yêu cầu")
    assert tasks[1].text.startswith("Sở Giáo dục và Đào tạo hướng dẫn")


def test_background_praise_findings_and_approvals_are_not_tasks():
    body = ("Ngày 10/7/2025, Chủ tịch UBND tỉnh đã làm việc với các sở.\n"
            "Thực hiện chủ trương sắp xếp đơn vị hành chính, nhiệm vụ đã được chuyển giao cho"
            " Ủy ban nhân dân cấp xã. Qua theo dõi, một số địa phương còn lúng túng.\n"
            "UBND tỉnh ghi nhận, biểu dương sự nỗ lực của các sở.\n"
            "1. Công tác giải ngân vốn đầu tư công còn chậm, đạt 52% kế hoạch.\n"
            "2. Thống nhất chủ trương đầu tư công trình kè.\n"
            "3. Tại Thông báo số 521/TB-VP ngày 03/10/2025, UBND tỉnh đã giao Sở Xây dựng "
            "hoàn thiện phương án.\n"
            "4. Giao Sở Xây dựng khẩn trương hoàn thiện phương án, báo cáo UBND tỉnh.\n")
    tasks = run(body).tasks
    assert [t.text[:21] for t in tasks] == ["Giao Sở Xây dựng khẩn"]
    assert [a.name for a in tasks[0].report_to] == ["UBND tỉnh"]


def test_plan_purpose_budget_and_form_sections_and_the_closing_formula_are_not_tasks():
    body = ("I. MỤC ĐÍCH, YÊU CẦU\n1. Xác định cụ thể nội dung công việc.\n"
            "II. NHIỆM VỤ\n1. Tổ chức quán triệt Luật Đất đai, hoàn thành trong quý III/2025.\n"
            "III. KINH PHÍ THỰC HIỆN\nKinh phí bố trí trong dự toán.\n"
            "IV. HÌNH THỨC\nTổ chức hội nghị trực tiếp kết hợp trực tuyến.\n"
            "Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.\n")
    tasks = run(body).tasks
    assert len(tasks) == 1 and tasks[0].deadline.date == "2025-09-30"
    # the issuer may name itself before the formula
    body = ("1. Ban Tổ chức Tỉnh ủy chủ trì tổng hợp danh sách trước ngày 10/12/2025.\n"
            "Kế hoạch này được phổ biến đến chi bộ. Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ "
            "chức đảng, cơ quan, đơn vị nghiêm túc triển khai thực hiện.\n")
    assert [leads(t) for t in run(body).tasks] == [["Ban Tổ chức Tỉnh ủy"]]


def test_fields_listed_for_proposals_and_figures_reached_so_far_are_no_tasks():
    body = ("Các lĩnh vực ưu tiên đặt hàng thực hiện từ năm 2027 gồm:\n"
            "- Chế biến sâu các sản phẩm từ dừa, cây ăn trái và thủy sản;\n"
            "- Ứng dụng trí tuệ nhân tạo trong quản lý nhà nước.\n"
            "Theo số liệu trên Hệ thống, toàn tỉnh còn 37 nhiệm vụ chậm tiến độ; giải ngân kinh "
            "phí sự nghiệp khoa học mới đạt 41% dự toán.\n"
            "1. Sở Khoa học và Công nghệ:\n"
            "a) Giới thiệu các kết quả nghiên cứu đã được nghiệm thu với doanh nghiệp.\n"
            "b) Lấy mẫu tái kiểm đối với các cơ sở có mẫu không đạt.\n"
            "c) Đẩy nhanh giải ngân, phấn đấu đạt 100% dự toán trước ngày 31/12/2025.\n")
    tasks = run(body).tasks
    assert [t.text[:10] for t in tasks] == ["Giới thiệu", "Lấy mẫu tá", "Đẩy nhanh "]


def test_to_notify_is_work_and_the_result_of_cooperation_is_reported():
    body = ("Thực hiện Thông báo số 12/TB-UBND ngày 05/8/2025 của UBND tỉnh, Sở Tài chính đề nghị "
            "như sau:\n1. Thuế tỉnh:\n+ Thực hiện thông báo tạm hoãn xuất cảnh đối với người đại "
            "diện theo pháp luật của doanh nghiệp nợ thuế quá hạn trên 120 ngày.\n"
            "2. UBND các xã báo cáo kết quả phối hợp về Thuế tỉnh Đồng Nai trước ngày 25 hằng "
            "tháng.\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks] == [["Thuế tỉnh"], ["UBND các xã"]]
    assert ([a.name for a in tasks[1].support], [a.name for a in tasks[1].report_to]) == (
        [], ["Thuế tỉnh Đồng Nai"])


def test_the_documents_worked_from_and_the_day_of_the_event_are_no_tasks():
    body = ("Thực hiện Kế hoạch số 205/KH-UBND ngày 22/9/2025 của UBND tỉnh về công tác bầu cử; "
            "Quyết định số 1932/QĐ-UBND ngày 27/10/2025 của UBND tỉnh về việc thành lập Ủy ban bầu "
            "cử tỉnh; Công văn số 85/UBBC ngày 10/11/2025 của Ủy ban bầu cử tỉnh về việc giao Sở "
            "Nội vụ hướng dẫn nghiệp vụ công tác bầu cử ở cấp xã.\n"
            "1. Ngày bầu cử: Chủ nhật, ngày 15 tháng 3 năm 2026.\n"
            "2. UBND các xã rà soát danh sách cử tri trước ngày 10/12/2025.\n")
    assert [leads(t) for t in run(body).tasks] == [["UBND các xã"]]


def test_a_body_told_to_act_by_a_date_in_a_time_and_participants_section_is_a_task():
    body = ("II. NỘI DUNG, THỜI GIAN\n1. Thời gian, thành phần\n"
            "- Hội nghị cấp xã: tổ chức trong tháng 3/2026, tại Hội trường UBND xã.\n"
            "- Thành phần gồm Ban Chấp hành Đảng bộ xã, bí thư các chi bộ trực thuộc.\n"
            "- Các chi bộ trực thuộc tổ chức học tập cho đảng viên, hoàn thành trước ngày "
            "30-4-2026.\n"
            "- Đảng ủy xã đã tổ chức hội nghị sơ kết ngày 15/01/2026.\n")
    tasks = run(body).tasks
    assert [(leads(t), t.deadline.date) for t in tasks] == [(["Các chi bộ trực thuộc"],
                                                             "2026-04-30")]


def test_a_topic_closed_by_a_comma_and_a_recurrence_before_the_verb():
    body = ("1. Sở Xây dựng:\n"
            "- Đối với các kiến nghị chưa giải quyết xong, định kỳ hằng quý (trước ngày 20 của "
            "tháng cuối quý) báo cáo tiến độ về UBND tỉnh.\n"
            "- Định kỳ 6 tháng tổng hợp kết quả, gửi Sở Nội vụ.\n")
    tasks = run(body).tasks
    assert [(leads(t), t.deadline.recurrence) for t in tasks] == [
        (["Sở Xây dựng"], "quarterly"), (["Sở Xây dựng"], "semiannual")]


def test_what_voters_asked_is_no_task_the_answer_is():
    body = ("1. Cử tri tổ dân phố số 5 phản ánh tình trạng lấn chiếm vỉa hè, họp chợ tạm.\n"
            "Kết luận: Giao Công an phường chủ trì tổ chức ra quân lập lại trật tự vỉa hè.\n"
            "2. Ông Trần Văn Tâm (tổ dân phố số 3) đề nghị xem xét cấp Giấy chứng nhận.\n"
            "Kết luận: Nội dung đã được giải trình tại Hội nghị; cử tri thống nhất với nội dung"
            " giải trình.\n"
            "3. Một số hộ kinh doanh kiến nghị hướng dẫn thủ tục đăng ký hộ kinh doanh.\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks] == [["Công an phường"]]


def test_a_meeting_s_agenda_and_contact_line_are_no_tasks():
    body = ("Chương trình cuộc họp:\n"
            "- 08 giờ 00 - 08 giờ 30: Sở Văn hóa, Thể thao và Du lịch báo cáo tổng thể.\n"
            "- 14h00: Công an thành phố báo cáo phương án bảo đảm an ninh.\n"
            "Để chuẩn bị cuộc họp, Chủ tịch UBND tỉnh giao:\n"
            "1. Sở Tài chính chuẩn bị báo cáo dự toán kinh phí, gửi trước ngày 20/7/2025.\n"
            "Thông tin liên hệ: đồng chí Lê Văn Phước, chuyên viên, điện thoại: 0236.3822.415.\n")
    for mode in ("rules", "combined"):
        tasks = extract((HEAD + body + TAIL).encode(), filename="t.txt", mode=mode).tasks
        assert [leads(t) for t in tasks] == [["Sở Tài chính"]], mode


def test_how_a_working_group_works_and_its_members_are_no_tasks():
    body = ("Điều 1. Thành lập Tổ công tác (sau đây gọi tắt là Tổ công tác), gồm:\n"
            "1. Ông Phan Thanh Tâm, Giám đốc Sở Tài chính - Tổ phó thường trực;\n"
            "2. Bà Trương Thị Yến, Phó Giám đốc Sở Xây dựng - Tổ phó;\n"
            "Điều 2. Tổ chức thực hiện\n"
            "1. Tổ trưởng Tổ công tác phân công nhiệm vụ cho các thành viên; Tổ trưởng được sử "
            "dụng con dấu của Ủy ban nhân dân tỉnh.\n"
            "2. Tổ công tác làm việc theo chế độ kiêm nhiệm, tự giải thể sau khi hoàn thành "
            "nhiệm vụ.\n")
    tasks = run(body).tasks
    assert [n for t in tasks for n in leads(t)] == ["Tổ trưởng Tổ công tác"]


def test_a_heading_in_capitals_joins_its_bodies_with_va():
    body = ("I. ĐỐI VỚI CÁC TRƯỜNG THPT VÀ CÁC TRUNG TÂM GDNN-GDTX\n"
            "1. Rà soát, thống kê thiệt hại về phòng học, thiết bị.\n")
    [task] = run(body).tasks
    assert leads(task) == ["CÁC TRƯỜNG THPT", "CÁC TRUNG TÂM GDNN-GDTX"] and task.lead_implicit


WRAPPED = """\
Ngày 09/01/2026, đồng chí Phó Chủ tịch UBND tỉnh đã kiểm tra tiến độ xây dựng trường học tại
xã Thu Lũm. Tham gia đoàn kiểm tra có lãnh đạo các Sở: Giáo dục và Đào tạo, Xây dựng, Tài chính và
lãnh đạo UBND xã Thu Lũm. Sau khi kiểm tra hiện trường và nghe báo cáo, Phó Chủ tịch UBND tỉnh
kết luận như sau:
1. Đánh giá chung
Dự án được khởi công ngày 19/7/2025, tổng mức đầu tư 248 tỷ đồng, quy mô 30 lớp học và khu nội trú
cho 1.050 học sinh. Đến nay khối lượng thực hiện ước đạt 46% giá trị hợp đồng; khối nhà lớp học đã
hoàn thành phần thô. Tuy nhiên, tiến độ thi công khu nhà ở bán trú, nhà ăn còn chậm so với kế hoạch.
2. Nhiệm vụ thời gian tới
a) UBND xã Thu Lũm:
- Khẩn trương hoàn thành giải phóng mặt bằng 0,8 ha đất còn lại, bàn giao mặt bằng cho chủ đầu tư
15/02/2026.
- Huy động lực lượng tại chỗ, phối hợp với chủ đầu tư khắc phục điểm sạt lở trên tuyến đường vào
công trình, bảo đảm thông tuyến vận chuyển vật liệu.
b) Giao Văn phòng UBND tỉnh theo dõi, đôn đốc các cơ quan, đơn vị thực hiện; kịp thời báo cáo đồng
Chủ tịch UBND tỉnh những vấn đề vượt thẩm quyền.
"""


def test_a_text_wrapped_at_a_fixed_width_is_read_as_paragraphs():
    """OCR output pasted as text: a line that fills the width goes on in the next one, even
    when that one starts with a capital or a digit."""
    tasks = run(WRAPPED).tasks
    assert [(leads(t), t.text.endswith(("vật liệu.", "thẩm quyền.", "15/02/2026.")))
            for t in tasks] == [(["UBND xã Thu Lũm"], True), (["UBND xã Thu Lũm"], True),
                                (["Văn phòng UBND tỉnh"], True)]
    assert tasks[0].deadline.date == "2026-02-15"


def test_a_plan_attached_after_the_signature_is_outside_the_decision_s_articles():
    """The executing article's bodies ("Điều 3. Chánh Văn phòng ...; Giám đốc các sở ...")
    are not the actors of the plan attached after the signature."""
    text = (HEAD.replace("THÔNG BÁO", "QUYẾT ĐỊNH").replace("88/TB-UBND", "88/QĐ-UBND")
            + "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phân loại chất thải rắn.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
            "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các sở và các tổ chức, cá nhân có liên"
            " quan chịu trách nhiệm thi hành Quyết định này./.\n"
            + TAIL
            + "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "TỈNH GIA LAI | Độc lập - Tự do - Hạnh phúc\n"
            "KẾ HOẠCH\nPhân loại chất thải rắn sinh hoạt tại nguồn năm 2026\n"
            "(Ban hành kèm theo Quyết định số 88/QĐ-UBND ngày 15/7/2025 của UBND tỉnh)\n"
            "I. NHIỆM VỤ\n"
            "1. Tăng cường tuyên truyền về lợi ích của việc phân loại chất thải rắn.\n"
            "II. TỔ CHỨC THỰC HIỆN\n"
            "1. Đề nghị Ủy ban MTTQ Việt Nam tỉnh vận động hội viên thực hiện phân loại.\n"
            "2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n")
    notice = extract(text.encode(), filename="t.txt")
    assert all(s.parent is None for s in notice.sections if s.marker.startswith(("I", "II")))
    by_text = {t.text[:12]: (leads(t), t.lead_implicit) for t in notice.tasks}
    assert by_text["Tăng cường t"] == ([], False)
    assert by_text["Đề nghị Ủy b"] == (["Ủy ban MTTQ Việt Nam tỉnh"], False)
    assert by_text["Sở Tài chính"] == (["Sở Tài chính"], False)


def test_the_subject_after_a_recurrence_opener_leads():
    body = ("1. Sở Nội vụ:\n- Định kỳ hằng quý, các phòng chuyên môn báo cáo kết quả thực hiện "
            "về UBND tỉnh.\n")
    [task] = run(body).tasks
    assert (leads(task), task.lead_implicit) == (["các phòng chuyên môn"], False)


def test_a_school_year_in_the_time_column_is_the_deadline():
    body = ("STT | Nội dung | Chủ trì | Phối hợp | Thời gian\n"
            "1 | Đưa nội dung giáo dục kỹ năng số vào hoạt động ngoại khóa | Sở Giáo dục và Đào"
            " tạo | Các trường | Năm học 2026 - 2027\n"
            "2 | Tổng hợp, báo cáo kết quả thực hiện | Sở Nội vụ | | Tháng 12 hằng năm\n")
    tasks = run(body).tasks
    assert [(t.deadline.type, t.deadline.date, t.deadline.recurrence) for t in tasks] == [
        ("within_period", "2027-05-31", None), ("recurring", None, "yearly")]


def test_a_scan_s_stray_rules_around_items_are_ignored():
    body = ("Chủ tịch UBND tỉnh kết luận như sau:\na) UBND xã Thu Lũm:\n"
            "- Huy động lực lượng tại chỗ khắc phục điểm sạt lở trên tuyến đường. |\n"
            "| b) Sở Xây dựng kiểm tra, giám sát chất lượng công trình.\n")
    tasks = run(body).tasks
    assert [(leads(t), t.text[:8]) for t in tasks] == [(["UBND xã Thu Lũm"], "Huy động"),
                                                        (["Sở Xây dựng"], "Sở Xây d")]


def test_the_subject_after_a_fronted_result_leads():
    body = ("1. Chủ tịch UBND tỉnh giao:\n"
            "- Kết quả thực hiện, các đơn vị, địa phương gửi về Sở Nông nghiệp và Môi trường "
            "trước ngày 15/12/2025.\n")
    [task] = run(body).tasks
    assert (leads(task), task.lead_implicit) == (["các đơn vị, địa phương"], False)


def test_what_an_approving_article_lists_is_the_approved_text():
    text = (HEAD.replace("THÔNG BÁO", "QUYẾT ĐỊNH").replace("88/TB-UBND", "88/QĐ-UBND")
            + "Điều 1. Phê duyệt Đề án phát triển du lịch cộng đồng với những nội dung sau:\n"
            "1. Nhiệm vụ, giải pháp chủ yếu\n"
            "a) Hoàn thiện cơ chế, chính sách hỗ trợ hộ gia đình đầu tư cơ sở lưu trú.\n"
            "b) Đầu tư hạ tầng giao thông, điện, nước kết nối đến các điểm du lịch.\n"
            "2. Kinh phí thực hiện: Tổng kinh phí dự kiến 186,5 tỷ đồng.\n"
            "Điều 2. Tổ chức thực hiện\n"
            "1. Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch triển khai Đề án.\n"
            "2. Sở Tài chính:\na) Bố trí kinh phí thực hiện Đề án.\n"
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n" + TAIL)
    tasks = extract(text.encode(), filename="t.txt").tasks
    assert [leads(t) for t in tasks] == [["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Tài chính"]]


def test_a_table_an_approving_article_lists_holds_no_tasks():
    text = (HEAD.replace("THÔNG BÁO", "QUYẾT ĐỊNH").replace("88/TB-UBND", "88/QĐ-UBND")
            + "Điều 1. Phê duyệt kế hoạch lựa chọn nhà thầu dự án đường liên thôn như sau:\n"
            "1. Phần công việc đã thực hiện\n"
            "STT | Nội dung công việc | Đơn vị thực hiện | Giá trị (đồng)\n"
            "1 | Khảo sát địa hình, địa chất | Công ty TNHH Tư vấn Xây dựng Kỳ Lừa | 412.560.000\n"
            "Điều 2. Tổ chức thực hiện\n"
            "Phòng Kinh tế tổ chức lựa chọn nhà thầu theo kế hoạch được duyệt.\n"
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n" + TAIL)
    tasks = extract(text.encode(), filename="t.txt").tasks
    assert [leads(t) for t in tasks] == [["Phòng Kinh tế"]]


def test_papers_a_file_holds_and_where_money_comes_from_are_no_tasks():
    body = ("Các cơ quan, đơn vị lập hồ sơ đề nghị nghỉ việc.\nHồ sơ của mỗi trường hợp gồm:\n"
            "- Đơn đề nghị nghỉ việc của cá nhân (theo Mẫu số 01);\n"
            "- Bản sao quyết định tuyển dụng, hợp đồng lao động;\n"
            "2. Kinh phí thực hiện chính sách do ngân sách nhà nước bảo đảm theo phân cấp.\n"
            "Kinh phí huấn luyện dân quân tự vệ, diễn tập chiến đấu phòng thủ do ngân sách cấp xã "
            "bảo đảm theo phân cấp.\n"
            "Kinh phí trực Tết của cơ quan, đơn vị do cơ quan, đơn vị tự bảo đảm.\n"
            "3. Sở Nội vụ tổng hợp danh sách, trình UBND tỉnh trước ngày 15/12/2025.\n")
    assert [leads(t) for t in run(body).tasks][-1:] == [["Sở Nội vụ"]]
    assert not any(t.text.startswith(("Đơn", "Bản sao", "Kinh phí")) for t in run(body).tasks)


def test_a_procedure_step_s_body_leads_and_a_report_s_closing_is_no_task():
    body = ("Bước 2: Cơ quan, đơn vị trực tiếp quản lý rà soát, lập danh sách, gửi Sở Nội vụ.\n"
            "Bước 3: Bộ, ngành, địa phương thẩm định, phê duyệt danh sách.\n"
            "Cấp ủy, tổ chức đảng các cấp tổ chức quán triệt Nghị quyết.\n"
            "Sở Công Thương kính báo cáo UBND tỉnh xem xét, chỉ đạo./.\n")
    assert [leads(t) for t in run(body).tasks] == [
        ["Cơ quan, đơn vị trực tiếp quản lý"], ["Bộ, ngành, địa phương"],
        ["Cấp ủy, tổ chức đảng các cấp"]]


def test_a_phase_s_label_and_time_open_its_work():
    """"+ Đợt 2: từ ... đến ..., rà soát ...": the phase and its dates, then the work of the
    body the heading names, also when the work is about children "chưa được tiêm"."""
    body = ("II. Tổ chức thực hiện\n1. Trạm Y tế xã:\nTổ chức tiêm chủng theo lịch:\n"
            "+ Đợt 1: từ 01/9 đến 30/9/2025, tổ chức tiêm tại các trường mầm non;\n"
            "+ Đợt 2 (tiêm vét): từ 05/10 đến 20/10/2025, rà soát và tiêm vét cho trẻ chưa "
            "được tiêm ở Đợt 1.\n")
    tasks = run(body).tasks
    assert [t.text.split(":")[0] for t in tasks][-2:] == ["Đợt 1", "Đợt 2 (tiêm vét)"]
    assert [leads(t) for t in tasks][-2:] == [["Trạm Y tế xã"]] * 2
    assert tasks[-1].deadline is not None and str(tasks[-1].deadline.date) == "2025-10-20"


def test_an_article_that_hands_over_a_project_is_the_task_and_its_particulars_are_not():
    """"Điều 1. Giao Sở X làm chủ đầu tư Dự án Y, với các nội dung chủ yếu sau:" is work
    handed to Sở X; "1. Mục tiêu: ..." and "2. Tổng mức đầu tư: ..." describe the project."""
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "TỈNH LÀO CAI | Độc lập - Tự do - Hạnh phúc\n"
            "Số: 96/QĐ-UBND | Lào Cai, ngày 12 tháng 01 năm 2026\n"
            "QUYẾT ĐỊNH\nVề việc giao nhiệm vụ chủ đầu tư Dự án Kè sông Hồng\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nQUYẾT ĐỊNH:\n"
            "Điều 1. Giao Sở Nông nghiệp và Môi trường làm chủ đầu tư Dự án Kè chống sạt lở bờ "
            "sông Hồng, với các nội dung chủ yếu sau:\n"
            "1. Mục tiêu: Chống sạt lở, bảo vệ tính mạng, tài sản của khoảng 1.300 hộ dân.\n"
            "2. Tổng mức đầu tư dự kiến: 486 tỷ đồng, từ nguồn vốn ngân sách tỉnh.\n"
            "Điều 2. Sở Tài chính tham mưu bố trí vốn cho Dự án.\n"
            "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các sở: Nông nghiệp và Môi trường, "
            "Tài chính, Xây dựng; Giám đốc Kho bạc Nhà nước khu vực VIII và Thủ trưởng các cơ "
            "quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.\n"
            "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
            "Hoàng Quốc Khải\n")
    tasks = extract(text.encode(), filename="t.txt").tasks
    assert [leads(t) for t in tasks] == [
        ["Sở Nông nghiệp và Môi trường"], ["Sở Tài chính"],
        ["Chánh Văn phòng UBND tỉnh",
         "Giám đốc các sở: Nông nghiệp và Môi trường, Tài chính, Xây dựng",
         "Giám đốc Kho bạc Nhà nước khu vực VIII",
         "Thủ trưởng các cơ quan, đơn vị có liên quan"]]
    assert tasks[0].text.startswith("Giao Sở Nông nghiệp")


def test_an_overdue_task_named_first_keeps_its_new_term_not_the_old_one():
    """A letter urging overdue work: "Nhiệm vụ X (thời hạn cũ: ...): chưa xong. Yêu cầu ..."
    is one task from the item's start, due by the new term; the old term (also on a line of
    its own after a hard break) is the past; a task "giao X" that "đang được thực hiện" is
    how it stands, not work handed over."""
    body = ("Nhiệm vụ giao Công an tỉnh đang được thực hiện tốt, không tổng hợp vào danh mục.\n"
            "1. Sở Nông nghiệp và Môi trường:\n"
            "a) Nhiệm vụ hướng dẫn UBND xã Năm Căn xác định nguồn gốc đất (thời hạn cũ: trong "
            "tháng 9/2025). Yêu cầu hoàn thành chậm nhất ngày 20/11/2025.\n"
            "2. Sở Tài chính:\n"
            "Nhiệm vụ tham mưu bố trí vốn cho công tác bồi thường của Dự án\n"
            "(thời hạn tại Thông báo số 215/TB-VP là trước ngày 30/9/2025): đến nay mới bố trí "
            "45 tỷ đồng. Yêu cầu Sở Tài chính rà soát nguồn, báo cáo UBND tỉnh trước ngày "
            "18/11/2025.\n")
    tasks = [t for t in run(body).tasks if t.text.startswith("Nhiệm vụ")]
    assert [t.text[:22] for t in tasks] == ["Nhiệm vụ hướng dẫn UBN", "Nhiệm vụ tham mưu bố t"]
    assert [str(t.deadline.date) for t in tasks] == ["2025-11-20", "2025-11-18"]
    assert [a.name for a in tasks[1].report_to] == ["UBND tỉnh"]


def test_a_portfolio_and_a_notice_replacing_another_are_no_tasks():
    body = ("II. Phân công cụ thể\n"
            "1. Đồng chí Phạm Thị Hoa - Phó Chủ tịch UBND xã, phụ trách khối văn hóa - xã hội\n"
            "a) Phụ trách chung; trực tiếp phụ trách các lĩnh vực: giáo dục; y tế.\n"
            "b) Làm chủ tài khoản ngân sách xã; Chủ tịch Hội đồng Thi đua - Khen thưởng xã.\n"
            "c) Chỉ đạo hoàn thành xóa nhà tạm cho 46 hộ nghèo trong quý IV/2025.\n"
            "2. Đồng chí Đinh Văn Ren - Trưởng Công an xã\n"
            "Phụ trách lĩnh vực an ninh, trật tự, an toàn xã hội; quản lý cư trú.\n"
            "Thông báo này thay thế Thông báo số 09/TB-UBND ngày 03 tháng 7 năm 2025.\n")
    tasks = run(body).tasks
    assert [(t.text[:20], leads(t)) for t in tasks] == [
        ("Chỉ đạo hoàn thành x", ["Đồng chí Phạm Thị Hoa"])]


def test_a_regulation_s_norms_and_a_general_overview_are_no_tasks():
    """A Quy chế's chapters of norms ("Chương II" / "QUY ĐỊNH CỤ THỂ") bind whoever it
    governs; its "TỔ CHỨC THỰC HIỆN" chapter hands work to bodies. A report's "Khái quát
    chung" describes."""
    body = ("I. Khái quát chung\nUBND xã Hòa Tiến (và UBND các xã trước sắp xếp) đã chấp hành "
            "cơ bản các quy định.\nChương II\nQUY ĐỊNH CỤ THỂ\n"
            "Điều 4. Đăng ký kinh doanh\n"
            "1. Hộ kinh doanh nộp đơn đăng ký tại Trung tâm Phục vụ hành chính công phường "
            "trước ngày 15 tháng 3 hằng năm.\n"
            "2. Nhân viên phục vụ phải mặc đồng phục, đeo thẻ do UBND phường cấp.\n"
            "Điều 5. Các hành vi bị nghiêm cấm\n1. Dựng lều, lán, mái che kiên cố.\n"
            "Chương III\nTỔ CHỨC THỰC HIỆN\n"
            "Điều 6. Trách nhiệm của Công an phường\n"
            "Chủ trì tổ chức tuần tra, xử lý các hành vi chèo kéo, ép giá trên bãi biển.\n")
    assert [leads(t) for t in run(body).tasks] == [["Công an phường"]]


def test_an_item_whose_last_sentence_lists_a_file_s_papers_is_one_task():
    body = ("2.1. Đối với các đơn vị dự toán cấp tỉnh:\n"
            "c. Lập hồ sơ đề nghị chuyển nguồn sang năm 2026, gửi Sở Tài chính chậm nhất ngày "
            "15/01/2026. Hồ sơ chuyển nguồn gồm:\n"
            "- Văn bản đề nghị chuyển nguồn, nêu rõ lý do;\n"
            "- Bảng tổng hợp số dư dự toán có xác nhận của Kho bạc Nhà nước;\n"
            "d. Công khai dự toán trong thời hạn 15 ngày (các đơn vị dự toán cấp tỉnh thực hiện; "
            "Sở Tài chính phối hợp).\n")
    tasks = run(body).tasks
    assert [t.text[:12] for t in tasks] == ["Lập hồ sơ đề", "Công khai dự"]
    assert [a.name for a in tasks[1].support] == ["Sở Tài chính"]


def test_a_council_s_allocation_and_the_work_from_it():
    """"Điều 1. Quyết định dự toán ..." and "Điều 1. Giao chỉ tiêu ... cho các sở" are the
    text's own acts; "Căn cứ chỉ tiêu, nhiệm vụ được giao, X xây dựng ..." and "Căn cứ Kế
    hoạch này, ..." tell a body to work from them (no grounds of the preamble)."""
    text = ("HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "XÃ VĨNH LỘC | Độc lập - Tự do - Hạnh phúc\n"
            "Số: 25/NQ-HĐND | Vĩnh Lộc, ngày 22 tháng 12 năm 2025\n"
            "NGHỊ QUYẾT\nVề dự toán ngân sách năm 2026\nQUYẾT NGHỊ:\n"
            "Điều 1. Quyết định dự toán ngân sách năm 2026\n"
            "1. Tổng thu ngân sách nhà nước trên địa bàn: 68.450 triệu đồng, trong đó:\n"
            "- Thu tiền sử dụng đất: 47.000 triệu đồng.\n"
            "2. Một số nguyên tắc điều hành\n"
            "- Chi đầu tư phát triển chỉ thực hiện khi nguồn thu đã về; ưu tiên bố trí thanh "
            "toán nợ đọng xây dựng cơ bản.\n"
            "Điều 2. Tổ chức thực hiện\n"
            "1. Căn cứ chỉ tiêu, nhiệm vụ được giao, Ủy ban nhân dân xã xây dựng kế hoạch triển "
            "khai, hoàn thành trước ngày 15/01/2026.\n"
            "Nơi nhận:\n- Lưu: VT.\nTM. HỘI ĐỒNG NHÂN DÂN\nCHỦ TỊCH\nLê Văn Hải\n")
    tasks = extract(text.encode(), filename="t.txt").tasks
    assert [(t.text[:20], leads(t)) for t in tasks] == [
        ("Căn cứ chỉ tiêu, nhi", ["Ủy ban nhân dân xã"])]


def test_a_target_and_a_form_s_notes_are_no_tasks():
    body = ("II. Nhiệm vụ\n1. Các cơ sở Hội tổ chức hưởng ứng Tháng hành động.\n"
            "2. Chỉ tiêu: 100% cơ sở Hội tổ chức ít nhất 01 hoạt động hưởng ứng.\n"
            "Ghi chú:\n- Cột (7) ghi một trong các mức: nặng, trung bình, nhẹ.\n"
            "- Số liệu hư hỏng tính đến hết ngày 15/12/2025.\n")
    assert [t.text[:12] for t in run(body).tasks] == ["Các cơ sở Hộ"]


def test_a_semicolon_inside_a_parenthesis_ends_no_sentence():
    body = ("8. Nhiệm vụ liên ngành\n"
            "8.1. Hoàn thành sắp xếp, xử lý trụ sở dôi dư trước ngày 30/6/2026 (Sở Tài chính chủ "
            "trì; Sở Xây dựng, UBND các xã, phường phối hợp).\n")
    tasks = run(body).tasks
    assert [(leads(t), [a.name for a in t.support]) for t in tasks] == [
        (["Sở Tài chính"], ["Sở Xây dựng", "UBND các xã, phường"])]


def test_a_target_a_body_is_told_to_strive_for_is_its_task():
    body = ("8. Ủy ban nhân dân các xã, phường:\n"
            "a) Bố trí công chức phụ trách chuyển đổi số; hoàn thành trước ngày 15/3/2026.\n"
            "b) Phấn đấu tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình "
            "năm 2026 đạt trên 60%.\n")
    assert [leads(t) for t in run(body).tasks] == [["Ủy ban nhân dân các xã, phường"]] * 2


def test_list_markers_that_lost_their_space():
    """"1.Chủ tịch UBND các xã ven biển:" and "-Tổ chức kiểm đếm ...": a copy that dropped
    the space after the marker keeps its structure."""
    body = ("1.Chủ tịch Ủy ban nhân dân các xã, phường ven biển:\n"
            "-Tổ chức kiểm đếm tàu thuyền; hoàn thành trước 17 giờ ngày 27/9/2026.\n"
            "2.Sở Y tế chỉ đạo các bệnh viện bố trí đủ thuốc.\n")
    assert [leads(t) for t in run(body).tasks] == [
        ["Chủ tịch Ủy ban nhân dân các xã, phường"], ["Sở Y tế"]]


def test_glued_markers_under_a_heading_without_a_colon():
    """"8.UBND các xã, phường ven biển" (an abbreviation right after the number) over
    "a)Rà soát ..." (a lower-case letter that starts an item, not a line going on)."""
    body = ("II. Nhiệm vụ\n"
            "2.Sở Nông nghiệp và Môi trường (Cơ quan thường trực Ban Chỉ đạo tỉnh)\n"
            "a)Chủ trì rà soát, cập nhật 100% tàu cá vào cơ sở dữ liệu.\n"
            "8.UBND các xã, phường ven biển\n"
            "a)Rà soát, lập danh sách tàu cá nằm bờ dài ngày.\n"
            "b)Tuyên truyền, vận động chủ tàu ký cam kết.\n")
    assert [leads(t) for t in run(body).tasks] == [
        ["Sở Nông nghiệp và Môi trường"], ["UBND các xã, phường"], ["UBND các xã, phường"]]


def test_as_above_in_a_task_table_s_unit_cell():
    body = ("STT | Nội dung | Đơn vị thực hiện | Thời gian\n"
            "1 | Xây dựng Thể lệ Hội nghị | Phòng Kế hoạch tổng hợp (chủ trì), Phòng Chỉ đạo "
            "tuyến (phối hợp) | Tháng 3/2026\n"
            "2 | Thông báo Thể lệ đến các khoa | Như trên | Đến hết ngày 05/4/2026\n")
    tasks = run(body).tasks
    assert [(leads(t), [a.name for a in t.support], t.lead_implicit) for t in tasks] == [
        (["Phòng Kế hoạch tổng hợp"], ["Phòng Chỉ đạo tuyến"], False),
        (["Phòng Kế hoạch tổng hợp"], ["Phòng Chỉ đạo tuyến"], True)]


def test_an_approved_list_s_column_of_how_it_is_done_names_no_body():
    """"Phương thức tổ chức thực hiện" ("Tuyển chọn", "Giao trực tiếp") says how, not who:
    the table is an approved list, not a task table."""
    body = ("TT | Tên nhiệm vụ | Yêu cầu đối với kết quả | Phương thức tổ chức thực hiện\n"
            "1 | Nghiên cứu quy trình canh tác nhãn lồng theo hướng hữu cơ | Quy trình | "
            "Tuyển chọn\n"
            "2 | Ứng dụng công nghệ IoT giám sát môi trường ao nuôi cá | Hệ thống | Giao trực "
            "tiếp\n")
    assert run(body).tasks == []


def test_a_table_of_figures_done_names_no_body():
    """"Thực hiện 4 tháng" beside "Kế hoạch năm 2026" and "Tỷ lệ (%)" counts what was done by
    a date: a table of results, its numbers no bodies."""
    body = ("STT | Nội dung | Kế hoạch năm 2026 | Thực hiện 4 tháng | Tỷ lệ (%)\n"
            "1 | Trẻ dưới 1 tuổi tiêm chủng đầy đủ | 412 | 118 | 28,6\n"
            "2 | Phụ nữ có thai tiêm vắc xin phòng uốn ván | 430 | 127 | 29,5\n")
    assert run(body).tasks == []


def test_a_numbered_item_after_dashes_that_ended_is_no_child_of_theirs():
    """The data a campaign collects ("Thông tin cần thu thập ... gồm:" + "- ..."), then "1.
    Giao các cơ quan sau thực hiện:" with its own dashes: the number closes the dashes above
    it, and its dashes are the work."""
    body = ("Thông tin cần thu thập, cập nhật đối với mỗi thửa đất gồm:\n"
            "- Họ, tên, số định danh cá nhân của người sử dụng đất;\n"
            "- Hiện trạng sử dụng đất, nhà ở và tài sản khác gắn liền với đất.\n"
            "Số liệu nêu trên được tổng hợp đến ngày 10/9/2025.\n"
            "1. Giao các cơ quan sau thực hiện:\n"
            "- Công an xã đối chiếu thông tin chủ sử dụng đất với Cơ sở dữ liệu quốc gia.\n"
            "- Trung tâm Phục vụ hành chính công xã bố trí quầy tiếp nhận riêng.\n"
            "2. Đối với Trưởng các thôn, tổ dân phố:\n"
            "a) Phối hợp với Công an xã tổ chức họp thôn.\n")
    assert [leads(t) for t in run(body).tasks] == [
        ["Công an xã"], ["Trung tâm Phục vụ hành chính công xã"],
        ["Trưởng các thôn, tổ dân phố"]]


def test_causes_joined_by_semicolons_and_roles_said_after_bodies_in_a_cell_or_sentence():
    body = ("I. Tình hình\nNguyên nhân chủ yếu là một số chủ rừng chưa làm tròn trách nhiệm; "
            "lực lượng kiểm lâm mỏng, địa bàn rộng.\nII. Nhiệm vụ\n"
            "1. Chủ tịch UBND các xã chủ trì, Trưởng Công an xã phối hợp rà soát, lập danh sách "
            "các đối tượng vào rừng trái phép.\n"
            "STT | Nội dung công việc | Cơ quan thực hiện | Thời gian thực hiện\n"
            "2 | Xây dựng Đề án tinh giản biên chế | Các sở, ban, ngành, UBND các xã, phường "
            "(chủ trì); Sở Nội vụ (phối hợp) | Quý II/2026\n")
    tasks = run(body).tasks
    assert [(leads(t), [a.name for a in t.support]) for t in tasks] == [
        (["Chủ tịch UBND các xã"], ["Trưởng Công an xã"]),
        (["Các sở, ban, ngành", "UBND các xã, phường"], ["Sở Nội vụ"])]


def test_what_no_body_is_told_to_do():
    """A plan introducing itself, an accountability sentence after the work, a consequence
    and a leader's own decision to come are no tasks of their own."""
    body = ("Sở Khoa học và Công nghệ ban hành Kế hoạch triển khai sử dụng chữ ký số năm 2026, "
            "cụ thể như sau:\n"
            "1. Không để tài sản dôi dư bị hư hỏng. Thủ trưởng cơ quan, đơn vị được giao quản "
            "lý tài sản chịu trách nhiệm trước pháp luật nếu để xảy ra mất mát.\n"
            "2. Cục Quản lý công sản sẽ tổng hợp kết quả; các địa phương chậm báo cáo sẽ được "
            "nêu tên trong báo cáo tổng hợp.\n"
            "3. Đối với đề xuất thành lập Trung tâm Dữ liệu, đồng chí Bí thư Tỉnh ủy sẽ cho ý "
            "kiến sau khi có báo cáo của Đảng ủy UBND tỉnh.\n")
    texts = [t.text[:20] for t in run(body).tasks]
    assert not any(t.startswith(("Sở Khoa học", "Thủ trưởng", "các địa phương", "Đối với"))
                   for t in texts), texts
    assert any(t.startswith("Không để tài sản") for t in texts)


def test_a_heading_run_into_its_content_still_rules_it_out():
    body = ("I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích - Đẩy mạnh sử dụng chữ ký số trong xử lý văn bản.\n"
            "II. NHIỆM VỤ\n1. Sở Nội vụ rà soát chứng thư số.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Nội vụ"]]


def test_who_else_attended_is_no_task():
    body = ("Cùng dự có đồng chí Phó Chủ tịch UBND thành phố; lãnh đạo Ban Tổ chức Thành ủy, "
            "Văn phòng Thành ủy.\nII. Kết luận\n1. Sở Y tế rà soát các trạm y tế.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Y tế"]]


def test_a_product_cell_s_submission_names_who_receives_it():
    body = ("STT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành | Sản phẩm\n"
            "1 | Rà soát, khoanh định khu vực cấm hoạt động khoáng sản | Sở Nông nghiệp và Môi "
            "trường | Quý I/2026 | Tờ trình UBND tỉnh\n")
    assert [[a.name for a in t.report_to] for t in run(body).tasks] == [["UBND tỉnh"]]


def test_a_week_s_schedule_is_no_task_table_but_its_notes_hand_work_over():
    body = ("Thứ, ngày | Thời gian | Nội dung công việc | Lãnh đạo chủ trì | Thành phần | "
            "Địa điểm\n"
            "Thứ Hai (10/11) | 07 giờ 30 | Chào cờ đầu tuần; giao ban lãnh đạo UBND phường | "
            "Chủ tịch UBND phường | Các Phó Chủ tịch UBND phường | Hội trường\n"
            "Ghi chú:\n1. Công an phường bố trí lực lượng bảo đảm an ninh tại buổi đối thoại ngày "
            "14/11.\n")
    assert [leads(t) for t in run(body).tasks] == [["Công an phường"]]


def test_a_leaders_schedule_without_attendees_is_no_task_table():
    """"Lãnh đạo chủ trì, dự" beside the day and the place: each row is a leader's meeting."""
    body = ("Thứ, ngày | Thời gian | Nội dung công việc | Lãnh đạo chủ trì, dự | Địa điểm\n"
            "Thứ Hai 20/10/2025 | 07 giờ 30 | Chào cờ đầu tuần; giao ban lãnh đạo UBND phường | "
            "Chủ tịch UBND phường | Hội trường tầng 2\n"
            " | 15 giờ 00 | Kiểm tra công tác vệ sinh an toàn thực phẩm tại chợ Hàn | Phó Chủ tịch "
            "UBND phường | Chợ Hàn\n"
            "PHÂN CÔNG CHUẨN BỊ NỘI DUNG\n1. Công an phường xây dựng phương án bảo đảm an ninh "
            "buổi ra quân ngày 26/10/2025.\n")
    assert [leads(t) for t in run(body).tasks] == [["Công an phường"]]


def test_a_list_of_overdue_work_without_a_new_term_is_a_report():
    """"Thời hạn đã giao | Số ngày quá hạn" counts how late each body is; with a new term
    column the rows are work again."""
    late = ("PHỤ LỤC\nSTT | Đơn vị | Nội dung nhiệm vụ | Văn bản giao | Thời hạn đã giao | Số ngày "
            "quá hạn\n1 | UBND xã Cao Lộc | Rà soát, đề xuất danh mục công trình hạ tầng thiết yếu "
            "| Công văn số 1952/UBND-KT | 15/5/2026 | 26\n")
    assert run(late).tasks == []
    renewed = late.replace("Số ngày quá hạn", "Số ngày quá hạn | Thời hạn mới").replace(
        "| 26\n", "| 26 | 30/6/2026\n")
    assert [leads(t) for t in run(renewed).tasks] == [["UBND xã Cao Lộc"]]


def test_reports_listed_under_a_heading_go_to_the_receiver_it_names():
    """"b) ..., báo cáo UBND phường (qua Văn phòng ...) theo chế độ sau:" + "+ Báo cáo nhanh
    ...": each report goes where the heading sends them; other work under it does not."""
    body = ("IV. TỔ CHỨC THỰC HIỆN\n1. Phòng Kinh tế, Hạ tầng và Đô thị phường\n"
            "a) Theo dõi, đôn đốc việc nạo vét; tổng hợp tình hình, báo cáo UBND phường (qua Văn "
            "phòng HĐND và UBND phường) theo chế độ sau:\n"
            "+ Báo cáo nhanh tình hình ngập úng ngay sau mỗi trận mưa lớn;\n"
            "+ Cập nhật bản đồ điểm ngập trên hệ thống.\n")
    tasks = run(body).tasks
    assert [[a.name for a in t.report_to] for t in tasks] == [
        ["UBND phường", "Văn phòng HĐND và UBND phường"], []]


def test_a_table_of_requests_hands_over_what_was_concluded_on_each():
    """"Nội dung kiến nghị | Ý kiến kết luận | Đơn vị thực hiện | Thời hạn": the conclusion is
    the work; a request already settled ("Đã được ... giải quyết") hands none over."""
    body = ("STT | Doanh nghiệp | Nội dung kiến nghị | Ý kiến kết luận | Đơn vị thực hiện | "
            "Thời hạn\n"
            "1 | Công ty TNHH Bao bì Đông Hiệp | Đường vào cụm nhà xưởng bị ngập sâu khi mưa lớn | "
            "Khảo sát, lập phương án nạo vét tuyến cống thoát nước khu phố Tân Phước | Phòng Kinh "
            "tế, Hạ tầng và Đô thị | Trước ngày 30/10/2026\n"
            "2 | Công ty TNHH Gỗ Minh Long | Đề nghị được gia hạn nộp tiền thuê đất | Đã được Thuế "
            "cơ sở 18 giải quyết tại Công văn số 1432/TCS18-QLDN | - | -\n")
    tasks = run(body).tasks
    assert [(t.text[:9], leads(t)) for t in tasks] == [
        ("Khảo sát,", ["Phòng Kinh tế, Hạ tầng và Đô thị"])]


def test_a_citizen_reception_table_hands_over_what_was_concluded_on_each_complaint():
    """"Nội dung khiếu nại, kiến nghị | Ý kiến kết luận | Cơ quan chủ trì": the complaint says
    what the row is about, the conclusion what must be done."""
    body = ("STT | Công dân | Nội dung khiếu nại, kiến nghị | Ý kiến kết luận | Cơ quan chủ trì | "
            "Cơ quan phối hợp | Thời hạn\n"
            "1 | Ông Nguyễn Văn Lực, xã Tuy Phước | Khiếu nại việc bồi thường khi thu hồi đất | "
            "Kiểm tra, rà soát lại hồ sơ nguồn gốc đất của hộ ông Lực | UBND xã Tuy Phước | Sở "
            "Nông nghiệp và Môi trường | Trước ngày 15/11/2025\n")
    tasks = run(body).tasks
    assert [(t.text[:9], leads(t)) for t in tasks] == [("Kiểm tra,", ["UBND xã Tuy Phước"])]


@pytest.mark.parametrize("header,row,due", [
    ("TT | Nội dung nhiệm vụ | Đơn vị thực hiện | Hạn ban đầu | Số ngày quá hạn | Hạn hoàn thành "
     "mới", "1 | Kiểm đếm, lập phương án bồi thường cho 23 hộ | Phòng Kinh tế | 15/4/2026 | 23 | "
     "22/5/2026", "2026-05-22"),
    ("STT | Đơn vị | Nội dung còn chậm | Thời hạn theo quy định | Thời hạn hoàn thành",
     "1 | UBND xã Lệ Thủy | Gửi báo cáo tình hình hoạt động tháng 10/2026 | 15/10/2026 | Trước "
     "17 giờ 00 ngày 21/10/2026", "2026-10-21"),
])
def test_an_overdue_list_with_a_new_term_hands_work_over_by_it(header, row, due):
    """The term first given ("Hạn ban đầu", "Thời hạn theo quy định"), then the new one: the
    row's work is due by the new one."""
    tasks = run(header + "\n" + row + "\n").tasks
    assert [str(t.deadline.date) for t in tasks] == [due]


def test_a_list_of_judgments_names_who_enforces_each():
    body = ("STT | Nội dung công việc | Số tiền phải thi hành (triệu đồng) | Đơn vị tổ chức thi "
            "hành | Đơn vị phối hợp | Thời hạn hoàn thành\n"
            "1 | Kê biên, bán đấu giá quyền sử dụng đất của người phải thi hành án Lâm Văn Khởi | "
            "95.200 | Phòng Thi hành án dân sự khu vực 3 | Công an thành phố | 30/6/2026\n")
    tasks = run(body).tasks
    assert [(t.text[:8], leads(t)) for t in tasks] == [
        ("Kê biên,", ["Phòng Thi hành án dân sự khu vực 3"])]


@pytest.mark.parametrize("item", [
    "Hạch toán tăng tài sản đối với tài sản đã tiếp nhận theo quy định.",  # an entry to make
    # stopping an activity until a fault is put right is work too
    "Dừng ngay hoạt động nhập, xuất hóa chất tại kho chứa số 2 cho đến khi khắc phục xong sự "
    "cố và được cơ quan có thẩm quyền kiểm tra, chấp thuận.",
    "Tăng tần suất quan trắc chất lượng nước tại các điểm nóng ô nhiễm.",
])
def test_verbs_that_open_work(item: str):
    body = ("II. NHIỆM VỤ\n1. Các sở, ngành:\na) Rà soát toàn bộ xe ô tô đã tiếp nhận.\n"
            f"b) {item}\n")
    assert [t.text[:9] for t in run(body).tasks] == ["Rà soát t", item[:9]]


def test_work_due_the_day_the_dispatch_arrives_is_work():
    """"Ngay trong ngày nhận được Công điện này, liên hệ ...": when, then the work."""
    body = ("II. NHIỆM VỤ\n1. Các sở, ngành:\na) Rà soát toàn bộ hồ sơ quá hạn.\n"
            "b) Ngay trong ngày nhận được Công điện này, liên hệ, gửi văn bản xin lỗi đến từng "
            "người dân có hồ sơ quá hạn.\n")
    tasks = run(body).tasks
    assert [(t.text[:9], t.deadline and t.deadline.type) for t in tasks] == [
        ("Rà soát t", None), ("Ngay tron", "asap")]


def test_a_body_s_work_after_who_answers_for_it_is_a_task_of_its_own():
    """"Thủ trưởng ... chịu trách nhiệm trước ... . Văn phòng UBND thành phố theo dõi, đôn đốc
    ...": who answers, then another body's work."""
    body = ("II. NHIỆM VỤ\n10. Thủ trưởng các sở, ban, ngành thành phố chịu trách nhiệm trước Chủ "
            "tịch UBND thành phố về kết quả thực hiện Chỉ thị này. Văn phòng UBND thành phố theo "
            "dõi, đôn đốc việc thực hiện.\n")
    assert [leads(t) for t in run(body).tasks] == [
        ["Thủ trưởng các sở, ban, ngành thành phố"], ["Văn phòng UBND thành phố"]]


def test_a_table_of_each_school_s_work_is_a_task_table():
    """"STT | Trường | Nội dung thực hiện | Thời hạn hoàn thành": the school column leads."""
    body = ("5. Nhiệm vụ cụ thể của từng trường\n"
            "STT | Trường | Nội dung thực hiện | Thời hạn hoàn thành | Sản phẩm\n"
            "1 | Trường Mầm non Ca Thành | Hoàn trả học phí tháng 9/2025 đã thu của 46 trẻ | "
            "Trước ngày 30/9/2025 | Danh sách hoàn trả\n")
    tasks = run(body).tasks
    assert [(leads(t), str(t.deadline.date)) for t in tasks] == [
        (["Trường Mầm non Ca Thành"], "2025-09-30")]


def test_items_under_a_labelled_sentence_of_work_are_the_label_s_body_s():
    """"1. Phòng X: chủ trì, phối hợp với Công an phường tham mưu ..., hoàn thành ... ." + "-
    Tổ chức kiểm tra ...": the items are Phòng X's work; the partners were for its own."""
    body = ("Chủ tịch UBND phường yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:\n"
            "1. Phòng Kinh tế, Hạ tầng và Đô thị phường: chủ trì, phối hợp với Công an phường "
            "tham mưu thành lập Tổ kiểm tra liên ngành, hoàn thành trong 05 ngày làm việc.\n"
            "- Tổ chức kiểm tra các cơ sở sản xuất bánh Trung thu trên địa bàn.\n")
    tasks = run(body).tasks
    assert [(leads(t), [a.name for a in t.support]) for t in tasks] == [
        (["Phòng Kinh tế, Hạ tầng và Đô thị phường"], ["Công an phường"]),
        (["Phòng Kinh tế, Hạ tầng và Đô thị phường"], [])]


def test_the_week_just_past_is_an_account():
    """"1. Tuần qua, các phòng, đơn vị ... đã bám sát ...": a briefing's look back."""
    body = ("1. Tuần qua, các phòng, đơn vị thuộc UBND xã đã bám sát chương trình công tác, triển "
            "khai tương đối đầy đủ các nhiệm vụ được giao.\n"
            "2. Phòng Kinh tế rà soát hồ sơ đất đai quá hạn.\n")
    assert [leads(t) for t in run(body).tasks] == [["Phòng Kinh tế"]]


def test_what_went_wrong_and_who_is_to_blame_are_findings():
    """A paragraph that announces the violations below ("... đã có vi phạm, khuyết điểm:"),
    a table of them ("Đơn vị | Nội dung sai phạm | Số tiền"), and who is to blame ("X chịu
    trách nhiệm chính; ... chịu trách nhiệm liên đới") hand no work over; the remedies do."""
    body = ("Tuy nhiên, Chi ủy Chi bộ ấp Tân Lộc đã có vi phạm, khuyết điểm:\n"
            "- Để đồng chí Bí thư Chi bộ trực tiếp thu, giữ tiền mặt 115.000.000 đồng.\n"
            "- Không kịp thời báo cáo Đảng ủy xã khi Nhân dân có ý kiến phản ánh.\n"
            "STT | Đơn vị | Nội dung sai phạm | Số tiền thu sai (đồng)\n"
            "1 | Trường THPT Việt Trì | Thu tiền học thêm vượt mức quy định | 426.000.000\n"
            "Đồng chí Nguyễn Văn Út, Bí thư Chi bộ chịu trách nhiệm chính; các đồng chí chi ủy "
            "viên chịu trách nhiệm liên đới.\n"
            "3. Về khắc phục vi phạm\n- Chi ủy Chi bộ ấp Tân Lộc công khai toàn bộ các khoản thu, "
            "chi đóng góp tại cuộc họp dân.\n")
    assert [leads(t) for t in run(body).tasks] == [["Chi ủy Chi bộ ấp Tân Lộc"]]


def test_a_programme_s_body_columns_lead_not_its_leaders():
    """"Lãnh đạo chủ trì" chairs a meeting that "Cơ quan chuẩn bị nội dung" prepares; in "Nội
    dung trình | Cơ quan trình | Trình | Thời hạn trình" the body submits to the "Trình"."""
    meetings = ("Thời gian | Nội dung | Lãnh đạo chủ trì | Cơ quan chuẩn bị nội dung | Thành "
                "phần\nThứ Hai, 04/8/2025 | Họp nghe báo cáo tình hình giải ngân vốn đầu tư công | "
                "Chủ tịch UBND tỉnh | Sở Tài chính | Các sở, ngành\n")
    assert [leads(t) for t in run(meetings).tasks] == [["Sở Tài chính"]]
    submissions = ("STT | Nội dung trình | Cơ quan trình | Trình | Thời hạn trình\n"
                   "1 | Đề án phát triển hệ thống y tế cơ sở | Sở Y tế | UBND tỉnh | Trước ngày "
                   "25/8/2025\n")
    tasks = run(submissions).tasks
    assert [(leads(t), [a.name for a in t.report_to]) for t in tasks] == [
        (["Sở Y tế"], ["UBND tỉnh"])]


def test_a_term_ocr_read_with_letters_for_digits():
    """"trước ngày 3l/10/2025": the task stage reads the term from the text with misread
    numbers read as digits, and quotes it as written."""
    body = "II. NHIỆM VỤ\n1. Sở Y tế rà soát hồ sơ, hoàn thành trước ngày 3l/10/2025.\n"
    (task,) = run(body).tasks
    assert (task.deadline.text, str(task.deadline.date)) == ("trước ngày 3l/10/2025",
                                                             "2025-10-31")


def test_a_drill_plan_s_terms_count_from_its_day_d():
    """"3. Thời gian: ngày D là ngày 10/12/2026" dates day D; "D-30" is thirty days before it,
    "Từ D-20 đến D-5" ends on D-5, "Ngày D" is the day itself. A plan that leaves D to be
    announced ("ngày D ... thông báo sau") gives no date."""
    table = ("STT | Nội dung | Cơ quan chủ trì | Thời gian\n"
             "1 | Xây dựng kịch bản, văn kiện diễn tập | Bộ Chỉ huy Quân sự tỉnh | D-30\n"
             "2 | Huấn luyện lực lượng dân quân | UBND xã Lạc Dương | Từ D-20 đến D-5\n"
             "3 | Chữa cháy bằng phương tiện chuyên dụng | Công an tỉnh | Ngày D\n")
    dated = run("I. KẾ HOẠCH\n3. Thời gian: ngày D là ngày 10/12/2026.\n" + table).tasks
    assert [(t.deadline.type, str(t.deadline.date)) for t in dated] == [
        ("relative", "2026-11-10"), ("relative", "2026-12-05"), ("relative", "2026-12-10")]
    later = run("I. KẾ HOẠCH\n3. Thời gian: ngày D do Ban Chỉ đạo thông báo sau.\n" + table).tasks
    assert all(t.deadline is None or t.deadline.date is None for t in later)


def test_a_time_column_that_says_thuc_hien_is_the_time():
    body = ("TT | Nội dung công việc | Thời gian thực hiện | Đơn vị thực hiện | Sản phẩm\n"
            "1 | Kiểm tra thực địa các khu đất có biến động | Trước ngày 05/01/2026 | Phòng Kinh "
            "tế, Hạ tầng và Đô thị | Báo cáo\n")
    tasks = run(body).tasks
    assert [(leads(t), str(t.deadline.date)) for t in tasks] == [
        (["Phòng Kinh tế, Hạ tầng và Đô thị"], "2026-01-05")]


def test_an_account_of_figures_a_group_s_powers_and_a_festival_s_parts_are_no_tasks():
    body = ("Đến hết tháng 11 năm 2025, thu ngân sách đạt 87,4% dự toán; giải ngân vốn đầu tư "
            "công đạt 71,2% kế hoạch.\n"
            "II. Nhiệm vụ\n1. Tổ công tác được sử dụng con dấu của UBND xã; được yêu cầu các cơ "
            "quan, đơn vị cung cấp thông tin, hồ sơ.\n"
            "2. Phần lễ: Lễ dâng hương tại Miếu Ông lúc 07 giờ 30 ngày 13/5/2026.\n"
            "3. Phòng Văn hóa - Xã hội chuẩn bị chương trình văn nghệ.\n")
    assert [leads(t) for t in run(body).tasks] == [["Phòng Văn hóa - Xã hội"]]


def test_answers_to_proposals_under_their_topic_lines():
    """"1. Về đề nghị của X tại Văn bản số ..." on a line of its own is the topic; an approval
    "việc giao X làm chủ đầu tư" hands nothing over; "Giao Sở Y ..." below it does."""
    body = ("1. Về đề nghị của UBND phường Điện Biên Phủ tại Văn bản số 318/UBND-KT ngày "
            "06/10/2025 về việc xử lý các hạng mục dở dang của Dự án Khu tái định cư Noong Bua "
            "sau khi tiếp nhận từ Ban Quản lý dự án thành phố (cũ)\n"
            "Chủ tịch UBND tỉnh đồng ý về nguyên tắc việc giao UBND phường Điện Biên Phủ làm chủ "
            "đầu tư tiếp tục thực hiện các hạng mục còn lại của Dự án.\n"
            "Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính hướng dẫn UBND phường Điện Biên "
            "Phủ rà soát khối lượng, trình UBND tỉnh trước ngày 10/11/2025.\n"
            "2. Phòng An ninh kinh tế:\n- Là đầu mối hướng dẫn, đôn đốc các đơn vị thực hiện Kế "
            "hoạch; định kỳ hằng quý báo cáo Giám đốc Công an tỉnh.\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks] == [["Sở Xây dựng"], ["Phòng An ninh kinh tế"]]
    assert tasks[1].text.startswith("Là đầu mối")


def test_a_form_s_filling_notes_are_no_tasks():
    body = ("II. Nhiệm vụ\n1. Các cơ quan gửi báo cáo về Sở Nội vụ trước ngày 10/01/2026.\n"
            "III. Biểu mẫu\nHướng dẫn ghi biểu:\n- Cột (3): ghi số biên chế công chức được "
            "giao.\n")
    assert [t.text[:8] for t in run(body).tasks] == ["Các cơ q"]


def test_less_common_ways_of_handing_work_over():
    body = ("II. Nhiệm vụ\n"
            "1. Tổ chức Lễ phát động Tết trồng cây tại đồi Cây Sến ngày 24/02/2026.\n"
            "Trách nhiệm thực hiện: Phòng Kinh tế chủ trì; Văn phòng HĐND và UBND xã, Công an xã "
            "phối hợp.\n"
            "2. Giao nhiệm vụ cho Phòng Kế hoạch - Tài chính theo dõi tiến độ giải ngân.\n"
            "3. Ủy quyền cho Giám đốc Sở Nông nghiệp và Môi trường phê duyệt thiết kế kỹ thuật.\n"
            "4. Phân công đồng chí Võ Phiên, Phó Chủ tịch UBND tỉnh, trực tiếp chỉ đạo thực hiện.\n"
            "5. Kính đề nghị Bộ Xây dựng quan tâm hỗ trợ tỉnh thiết kế mẫu nhà ở chống bão, lũ.\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks] == [
        ["Phòng Kinh tế"], ["Phòng Kế hoạch - Tài chính"],
        ["Giám đốc Sở Nông nghiệp và Môi trường"], ["đồng chí Võ Phiên, Phó Chủ tịch UBND tỉnh"],
        ["Bộ Xây dựng"]]
    assert [a.name for a in tasks[0].support] == ["Văn phòng HĐND và UBND xã", "Công an xã"]


def test_a_topic_s_body_then_a_colon_then_its_work():
    body = ("3. Lĩnh vực nội chính\nc) Đối với UBND các xã, phường: tổ chức tiếp công dân định "
            "kỳ theo quy định.\n")
    assert [leads(t) for t in run(body).tasks] == [["UBND các xã, phường"]]


def test_a_topic_s_body_may_say_which_of_them_before_the_colon():
    body = ("II. Nhiệm vụ\n1. Đối với UBND các xã, phường có dự án đi qua: tập trung hoàn thành "
            "giải phóng mặt bằng.\n2. Đối với các cơ sở nhà, đất dôi dư: cập nhật phương án xử "
            "lý.\n")
    tasks = run(body).tasks
    assert leads(tasks[0]) == ["UBND các xã, phường"]
    assert leads(tasks[1]) != ["các cơ sở"]  # the things the work is about, not who does it


def test_rieng_doi_voi_names_the_body_asked():
    body = ("II. Nhiệm vụ\n1. Riêng đối với UBND tỉnh Đắk Lắk: đề nghị khẩn trương hoàn thành "
            "hạ tầng.\n")
    assert [leads(t) for t in run(body).tasks] == [["UBND tỉnh Đắk Lắk"]]


def test_before_a_school_year_is_a_vague_deadline():
    tasks = run("II. Nhiệm vụ\n1. Sở Giáo dục và Đào tạo hoàn thành đầu tư 02 trường nội trú "
                "trước năm học 2026 - 2027.\n").tasks
    assert (tasks[-1].deadline.type, tasks[-1].deadline.text) == (
        "vague", "trước năm học 2026 - 2027")


def test_an_item_that_directs_another_body_is_led_by_the_heading_s_body():
    """In "X chỉ đạo Y làm Z" the lead is X, also when X is only in the heading."""
    body = ("1. Đảng ủy UBND tỉnh:\n"
            "- Chỉ đạo Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ xây dựng cơ chế.\n"
            "- Sở Tài chính bố trí kinh phí thực hiện.\n")
    tasks = run(body).tasks
    assert [(leads(t), t.lead_implicit) for t in tasks] == [
        (["Đảng ủy UBND tỉnh"], True), (["Sở Tài chính"], False)]
    assert [a.name for a in tasks[0].support] == ["Sở Khoa học và Công nghệ"]


def test_an_event_chaired_by_a_body_and_a_plan_s_theme_are_no_tasks():
    body = ("Hội nghị học tập Nghị quyết cấp thành phố do Ban Thường vụ Thành ủy chủ trì, được tổ"
            " chức trực tiếp tại Trung tâm Hành chính thành phố.\n"
            "Chủ đề: \"Thực phẩm an toàn - Chung tay vì sức khỏe cộng đồng\".\n"
            "1. Sở Y tế chủ trì tổ chức Tháng hành động.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Y tế"]]


def test_answering_for_the_figures_is_no_task_of_its_own():
    body = ("1. Cập nhật đầy đủ dữ liệu đầu năm học trên phần mềm, hoàn thành trước ngày "
            "30/9/2025. Thủ trưởng đơn vị chịu trách nhiệm về tính chính xác của số liệu.\n")
    [task] = run(body).tasks
    assert task.deadline.date == "2025-09-30"


def test_the_body_that_directs_leads_whatever_cue_the_directed_one_carries():
    body = ("1. Đảng ủy UBND tỉnh chỉ đạo Sở Công Thương chủ trì, phối hợp với Sở Nông nghiệp và "
            "Môi trường rà soát quy hoạch, hoàn thành trước ngày 30/6/2026.\n")
    [task] = run(body).tasks
    assert leads(task) == ["Đảng ủy UBND tỉnh"]


def test_a_party_cell_s_task_table_names_who_answers_for_each_row():
    body = ("II. NHIỆM VỤ TRỌNG TÂM THÁNG 3\n"
            "STT | Nội dung nhiệm vụ | Đồng chí phụ trách | Thời gian hoàn thành\n"
            "1 | Đôn đốc thu quỹ xây dựng đường bê tông nội đồng | Đồng chí Hoàng Văn Lợi | "
            "Trước ngày 25/3/2026\n"
            "2 | Hoàn thiện hồ sơ đề nghị kết nạp đảng viên mới | Đồng chí Trần Thị Hà | \n"
            "3 | Phối hợp với Tổ bầu cử số 7 niêm yết danh sách cử tri | Đồng chí Hoàng Văn Lợi"
            " | \n"
            "Chi bộ thống nhất đề nghị Đảng ủy xã xét công nhận đảng viên chính thức.\n")
    tasks = run(body).tasks
    assert [(leads(t), t.deadline and t.deadline.date) for t in tasks] == [
        (["Đồng chí Hoàng Văn Lợi"], "2026-03-25"), (["Đồng chí Trần Thị Hà"], None),
        (["Đồng chí Hoàng Văn Lợi"], None)]
    assert [a.name for a in tasks[2].support] == ["Tổ bầu cử số 7"]


def test_a_heading_naming_those_given_a_role_before_is_a_label():
    body = ("1. Giám đốc các sở, Thủ trưởng các ban, ngành; Chủ tịch UBND các xã, phường được giao"
            " làm chủ đầu tư:\n"
            "a) Rà soát kế hoạch giải ngân chi tiết đến từng dự án; gửi Sở Tài chính.\n")
    [task] = run(body).tasks
    assert leads(task) == ["Giám đốc các sở", "Thủ trưởng các ban, ngành",
                           "Chủ tịch UBND các xã, phường"]


def test_giao_in_a_body_s_name_hands_nothing_over():
    """"giao thông" is traffic: "5. Phòng Cảnh sát giao thông" only names who acts."""
    body = ("5. Phòng Cảnh sát giao thông\n"
            "- Tăng cường tuần tra, kiểm soát, xử lý nghiêm vi phạm về nồng độ cồn.\n"
            "- Chủ trì, phối hợp với Sở Xây dựng kiểm tra phương tiện vận tải hành khách.\n")
    assert [(leads(t), t.lead_implicit) for t in run(body).tasks] == [
        (["Phòng Cảnh sát giao thông"], True), (["Phòng Cảnh sát giao thông"], True)]


def test_under_a_party_committee_lanh_dao_is_its_leading_another_body():
    body = ("2. Đảng ủy xã Đại Từ:\n"
            "- Lãnh đạo UBND xã hoàn thiện hạ tầng mạng tại Trung tâm Phục vụ hành chính công.\n"
            "3. Ủy ban nhân dân xã:\n"
            "- Lãnh đạo UBND xã tiếp công dân định kỳ hằng tháng.\n")
    tasks = run(body).tasks
    assert [(leads(t), t.lead_implicit) for t in tasks] == [
        (["Đảng ủy xã Đại Từ"], True), (["Lãnh đạo UBND xã"], False)]


def test_a_petition_s_own_request_and_a_pointer_to_the_appendix_are_no_tasks():
    body = ("1. Ông Lý Văn Đức (thôn Bản Lằng) phản ánh: Đoạn đường liên thôn bị sạt lở sau bão; "
            "đề nghị xã sửa chữa.\n"
            "Trả lời: Giao Phòng Kinh tế khảo sát, sửa chữa trước ngày 30/01/2026.\n"
            "2. Nhiệm vụ của từng cơ quan, đơn vị: Chi tiết tại Phụ lục kèm theo Thông báo này.\n")
    assert [leads(t) for t in run(body).tasks] == [["Phòng Kinh tế"]]
    # the annex tells who does what; these lines only say so (a body told to carry out what
    # the annex gives it still has work)
    body = ("3. Nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành và sản "
            "phẩm được phân công tại Phụ lục kèm theo Kế hoạch này.\n"
            "Điều 2. Phân công nhiệm vụ cho các sở, ngành và Ủy ban nhân dân các xã chỉ đạo, hỗ "
            "trợ thực hiện các tiêu chí (chi tiết tại Phụ lục II và Phụ lục III kèm theo).\n"
            "Điều 3. Giao Sở Y tế chủ trì thực hiện các nhiệm vụ tại Phụ lục kèm theo.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Y tế"]]
    # a complaint or denunciation a citizen brought, then the work it gets
    body = ("1. Vụ việc của ông Vũ Đình Thắng\nÔng Vũ Đình Thắng khiếu nại Quyết định số 1537/QĐ-"
            "UBND ngày 12/6/2024 của Chủ tịch UBND thành phố về bồi thường.\nBà Trương Thị Hằng "
            "tố cáo công chức địa chính phường có hành vi nhũng nhiễu.\nGiao Thanh tra tỉnh chủ "
            "trì kiểm tra, xác minh, tham mưu Chủ tịch UBND tỉnh.\n")
    assert [leads(t) for t in run(body).tasks] == [["Thanh tra tỉnh"]]


def test_what_a_body_works_from_comes_between_it_and_its_work():
    body = ("1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã căn cứ chỉ tiêu, nhiệm vụ"
            " được giao, xây dựng kế hoạch thực hiện năm 2026, gửi về Sở Nông nghiệp và Môi "
            "trường trước ngày 31/01/2026.\n")
    [task] = run(body).tasks
    assert task.deadline.date == "2026-01-31" and not task.lead_implicit


def test_lead_in_paragraph_hands_items_to_a_body():
    body = ("Ban Thường vụ Tỉnh ủy đề nghị Đảng ủy UBND tỉnh lãnh đạo thực hiện các nhiệm vụ "
            "sau:\n- Quyết liệt triển khai các giải pháp thúc đẩy tăng trưởng.\n"
            "- Hoàn chỉnh dự thảo Kế hoạch năm 2026.\n")
    tasks = run(body).tasks
    assert [(leads(t), t.lead_implicit) for t in tasks] == [(["Đảng ủy UBND tỉnh"], True)] * 2


def test_lead_in_whose_items_are_report_contents_is_one_task():
    body = ("Bộ Giáo dục và Đào tạo đề nghị các sở giáo dục và đào tạo báo cáo tình hình thực "
            "hiện theo các nội dung sau:\n1. Công tác chỉ đạo năm học 2015 - 2016.\n"
            "2. Những đề xuất, kiến nghị khác.\n")
    tasks = run(body).tasks
    assert len(tasks) == 1
    assert [a.name for a in tasks[0].report_to] == ["Bộ Giáo dục và Đào tạo"]


def test_task_table_rows():
    body = ("STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | "
            "Sản phẩm\nI | Tuyên truyền Luật Đất đai |  |  |  | \n"
            "1 | Tổ chức hội nghị quán triệt Luật | Sở Tư pháp | Sở Nội vụ; UBND các xã, "
            "phường | Quý III/2025 | Báo cáo UBND tỉnh\n")
    tasks = run(body).tasks
    assert len(tasks) == 1
    t = tasks[0]
    assert t.text == "Tổ chức hội nghị quán triệt Luật"
    assert leads(t) == ["Sở Tư pháp"] and not t.lead_implicit
    assert [a.name for a in t.support] == ["Sở Nội vụ", "UBND các xã, phường"]
    assert (t.deadline.type, t.deadline.date) == ("within_period", "2025-09-30")
    assert [a.name for a in t.report_to] == ["UBND tỉnh"]


def test_a_reporting_calendar_is_a_task_table_with_its_receivers():
    """"Nội dung số liệu | Đơn vị cung cấp | Kỳ báo cáo | Thời hạn gửi | Nơi nhận": each row
    asks a body to supply its figures; the receiving unit in brackets receives too."""
    body = ("STT | Nội dung số liệu | Đơn vị cung cấp | Kỳ báo cáo | Thời hạn gửi | Nơi nhận\n"
            "1 | Số liệu ước tính thu, chi ngân sách nhà nước trên địa bàn tỉnh | Sở Tài chính | "
            "Tháng | Ngày 08 hằng tháng | Thống kê tỉnh (Phòng Thống kê Tổng hợp)\n")
    tasks = run(body).tasks
    assert [t.text for t in tasks] == [
        "Số liệu ước tính thu, chi ngân sách nhà nước trên địa bàn tỉnh"]
    assert leads(tasks[0]) == ["Sở Tài chính"]
    assert [a.name for a in tasks[0].report_to] == ["Thống kê tỉnh", "Phòng Thống kê Tổng hợp"]
    assert (tasks[0].deadline.type, tasks[0].deadline.recurrence) == ("recurring", "monthly")
    # "Đơn vị nhận báo cáo" names the receivers too
    named = body.replace("Nơi nhận", "Đơn vị nhận báo cáo")
    assert [a.name for a in run(named).tasks[0].report_to] == [
        "Thống kê tỉnh", "Phòng Thống kê Tổng hợp"]


def test_a_list_of_documents_to_draft_is_a_task_table():
    body = ("STT | Tên văn bản, trích yếu | Hình thức xử lý | Cơ quan chủ trì soạn thảo | Cơ quan "
            "phối hợp | Thời hạn trình\nA | VĂN BẢN CỦA HỘI ĐỒNG NHÂN DÂN TỈNH\n"
            "1 | Nghị quyết quy định mức chi hỗ trợ hòa giải viên ở cơ sở | Ban hành mới | Sở Tư "
            "pháp | Sở Tài chính | Tháng 3/2026\n")
    tasks = run(body).tasks
    assert [(leads(t), [a.name for a in t.support], t.deadline.date) for t in tasks] == [
        (["Sở Tư pháp"], ["Sở Tài chính"], "2026-03-31")]


def test_a_table_of_projects_with_a_column_of_what_to_do_takes_that_column():
    """"Tên dự án | Chủ đầu tư | Nội dung cần thực hiện | Thời hạn": the project says what
    the row is about, the later column what must be done."""
    body = ("STT | Tên dự án | Chủ đầu tư | Nội dung cần thực hiện | Thời hạn\n"
            "1 | Đường vành đai phía Đông | Ban Quản lý dự án đầu tư xây dựng tỉnh | Hoàn thành "
            "giải phóng mặt bằng đoạn Km2 - Km3 | Tháng 11/2025\n")
    tasks = run(body).tasks
    assert [(t.text, leads(t), t.deadline.date) for t in tasks] == [
        ("Hoàn thành giải phóng mặt bằng đoạn Km2 - Km3",
         ["Ban Quản lý dự án đầu tư xây dựng tỉnh"], "2025-11-30")]


def test_one_column_of_bodies_that_marks_who_supports():
    body = ("STT | Nội dung | Đơn vị thực hiện | Thời gian\n"
            "1 | Hướng dẫn các xã thực hiện tiêu chí về điện | Sở Xây dựng (chủ trì); Sở Công "
            "Thương, Công ty Điện lực An Giang (phối hợp) | Năm 2026\n"
            "2 | Xây dựng mô hình thôn thông minh | Sở Khoa học và Công nghệ chủ trì, phối hợp "
            "với UBND các xã | Quý IV/2026\n"
            "3 | Kiểm tra việc thực hiện | Sở Nội vụ; Sở Tài chính | Tháng 12/2026\n"
            "4 | Tổ chức tháng cao điểm dịch vụ công | Trung tâm Phục vụ hành chính công "
            "phường chủ trì; Đoàn Thanh niên phường phối hợp | Tháng 3/2027\n")
    first, second, third, fourth = run(body).tasks
    assert leads(first) == ["Sở Xây dựng"]
    assert [a.name for a in first.support] == ["Sở Công Thương", "Công ty Điện lực An Giang"]
    assert leads(second) == ["Sở Khoa học và Công nghệ"]
    assert [a.name for a in second.support] == ["UBND các xã"]
    assert leads(third) == ["Sở Nội vụ", "Sở Tài chính"] and third.support == []
    assert leads(fourth) == ["Trung tâm Phục vụ hành chính công phường"]
    assert [a.name for a in fourth.support] == ["Đoàn Thanh niên phường"]


def test_every_task_value_points_at_its_text():
    body = ("1. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng kiểm tra, báo cáo UBND "
            "tỉnh trước ngày 15/9/2025.\n2. Sở Y tế hằng tháng báo cáo tình hình dịch bệnh.\n")
    n = run(body)
    for t in n.tasks:
        assert n.text[slice(*t.span)] == t.text
        for a in t.lead + t.support + t.report_to:
            assert n.text[slice(*a.span)] == a.name
        assert n.text[slice(*t.deadline.span)] == t.deadline.text
        assert n.text[slice(*t.action.span)] == t.action.text


SENTENCE_TEXTS = [
    "Sở Y tế chủ trì. Sở Tài chính phối hợp; báo cáo UBND tỉnh.  (Trước ngày 15/12)",
    "x. A; b;  c.\u00a0“Trích” 1.2. Giao Sở X;Sở Y. 3; đ",
]


@pytest.mark.parametrize("text", SENTENCE_TEXTS)
def test_sentences_break_where_the_lookbehind_definition_does(text):
    """Sentences break at the spaces after "." or ";" (before a capital, digit, quote or
    "(") and after ";" (before a lower-case letter); a "." just before the stretch counts,
    as a lookbehind would see it."""
    import regex

    from giaoviec.pipeline.tasks import _sentences

    lookbehind = regex.compile(r"(?<=[.;])\s+(?=[\p{Lu}\d“\"(])|(?<=;)\s+(?=\p{Ll})")
    for start in range(len(text)):
        for end in range(start, len(text) + 1, 3):
            pieces, s = [], start
            for m in lookbehind.finditer(text, start, end):
                pieces.append((s, m.start()))
                s = m.end()
            pieces.append((s, end))
            assert _sentences(text, start, end) == [(a, b) for a, b in pieces if b > a]


DECISION = """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ HÒA AN | Độc lập - Tự do - Hạnh phúc
Số: 215/QĐ-UBND | Hòa An, ngày 10 tháng 11 năm 2025
QUYẾT ĐỊNH
Thành lập Tổ công tác rà soát vi phạm đất đai
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA AN
Xét đề nghị của Trưởng phòng Kinh tế tại Tờ trình số 45/TTr-KT ngày 05/11/2025,
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ công tác rà soát đất đai (sau đây gọi là Tổ công tác), gồm các ông, bà:
1. Ông Võ Minh Tâm, Phó Chủ tịch UBND xã - Tổ trưởng;
2. Bà Nguyễn Thị Thu Hà, Trưởng phòng Kinh tế - Tổ phó thường trực;
3. Bà Phan Thị Ngọc, công chức Phòng Kinh tế - Thành viên, Thư ký.
Điều 2. Nhiệm vụ của Tổ công tác
1. Rà soát toàn bộ các trường hợp sử dụng đất sai mục đích, hoàn thành trước ngày 15/12/2025.
2. Định kỳ hằng tháng báo cáo Chủ tịch UBND xã kết quả thực hiện.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
CHỦ TỊCH
Võ Văn Hùng
"""


def test_a_decision_s_own_acts_preamble_and_members_are_not_tasks():
    """What a decision enacts (it sets up a group, "Ban hành kèm theo ...") and who sits on
    the group are not assignments; the group's duties are, led by the group."""
    notice = extract(DECISION.encode(), filename="qd.txt")
    texts = [t.text for t in notice.tasks]
    assert len(texts) == 2, texts
    assert texts[0].startswith("Rà soát toàn bộ")
    assert all(leads(t) == ["Tổ công tác"] and t.lead_implicit for t in notice.tasks)
    enacting = DECISION.replace(
        "Điều 1. Thành lập Tổ công tác rà soát đất đai (sau đây gọi là Tổ công tác), gồm các ông,"
        " bà:",
        "Điều 1. Ban hành kèm theo Quyết định này Danh mục nhiệm vụ năm 2026 (gồm 14 nhiệm vụ).")
    assert not any(t.text.startswith("Ban hành") for t in extract(
        enacting.encode(), filename="qd.txt").tasks)
    powers = DECISION.replace("Điều 2. Nhiệm vụ của", "Điều 2. Nhiệm vụ, quyền hạn của")
    assert all(leads(t) == ["Tổ công tác"] for t in extract(powers.encode(), "qd.txt").tasks)


def test_a_body_calls_itself_by_its_kind_alone():
    """In a Sở's letter "gửi về Sở" is the Sở itself, and "Giám đốc Sở" its director."""
    letter = ("UBND TỈNH AN GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "SỞ GIÁO DỤC VÀ ĐÀO TẠO | Độc lập - Tự do - Hạnh phúc\n"
              "Số: 812/SGDĐT-GDTrH | An Giang, ngày 10 tháng 12 năm 2025\n"
              "V/v chuẩn bị kỳ thi chọn học sinh giỏi\n"
              "Kính gửi: Các trường trung học phổ thông.\n"
              "1. Lập danh sách học sinh dự thi, gửi về Sở (qua Phòng Giáo dục trung học) trước "
              "ngày 20/12/2025.\n"
              "2. Phòng Khảo thí tham mưu Giám đốc Sở thành lập Ban Chỉ đạo kỳ thi.\n"
              "3. Tổng hợp kết quả, báo cáo Giám đốc Sở và Bộ Giáo dục và Đào tạo hằng tuần.\n"
              "4. Báo cáo tiến độ về Sở vào thứ Năm hằng tuần.\n"
              "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Văn Minh\n")
    first, second, third, fourth = extract(letter.encode(), filename="cv.txt").tasks
    names = [a.name for a in first.report_to]  # (lower-case name words after a head: cut)
    assert names[0] == "Sở" and names[1].startswith("Phòng Giáo dục") and len(names) == 2
    assert first.report_to[0].canonical == "Sở Giáo dục và Đào tạo"
    assert [a.name for a in second.report_to] == ["Giám đốc Sở"]
    assert [a.name for a in third.report_to] == ["Giám đốc Sở", "Bộ Giáo dục và Đào tạo"]
    assert [a.name for a in fourth.report_to] == ["Sở"]  # ("vào" is no "và": no list)


def test_a_task_table_s_group_titles_on_lines_of_their_own():
    """A plain-text copy puts a group's title ("1. Công tác tuyên truyền") on a line of its
    own between rows: the rows after it still belong to the table."""
    body = ("II. Nội dung, thời gian thực hiện\n"
            "Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\n"
            "1. Công tác tuyên truyền\n"
            "Xây dựng đề cương tuyên truyền | Ban Xây dựng Đảng | Văn phòng Đảng ủy | "
            "Trước ngày 15/01/2026\n"
            "2. Bảo đảm an ninh, trật tự\n"
            "Xây dựng phương án bảo đảm an ninh, trật tự | Công an xã | Ban Chỉ huy Quân sự xã | "
            "Trước ngày 31/01/2026\n")
    tasks = run(body).tasks
    assert [(leads(t), [a.name for a in t.support], str(t.deadline.date)) for t in tasks] == [
        (["Ban Xây dựng Đảng"], ["Văn phòng Đảng ủy"], "2026-01-15"),
        (["Công an xã"], ["Ban Chỉ huy Quân sự xã"], "2026-01-31")]


def test_task_table_in_an_appendix_after_the_signature():
    """The archive line ends the recipients: the appendix table after the signature is not
    read as recipients broken over lines, and its rows are tasks."""
    notice = (HEAD + "1. Các sở, ngành triển khai các nhiệm vụ tại Phụ lục kèm theo.\n"
              "Nơi nhận:\n- Các sở, ban, ngành;\n- Lưu: VT, TH.\nTL. CHỦ TỊCH\n"
              "CHÁNH VĂN PHÒNG\nĐoàn Minh Khoa\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
              "(Kèm theo Thông báo số 88/TB-UBND ngày 15/7/2025)\n"
              "STT | Nội dung nhiệm vụ | Chủ trì | Phối hợp | Thời hạn\n"
              "I | Về giải ngân vốn\n"
              "1 | Rà soát, điều chuyển kế hoạch vốn | Sở Tài chính | Các chủ đầu tư | "
              "Trước 05/12/2025\n"
              "2 | Xác định giá đất cụ thể | Sở Nông nghiệp và Môi trường | UBND các xã | "
              "Quý I/2026\n")
    result = extract(notice.encode(), filename="t.txt")
    assert result.document.recipients == ["Các sở, ban, ngành"]
    table_tasks = [t for t in result.tasks if t.text.startswith(("Rà soát", "Xác định"))]
    assert [leads(t) for t in table_tasks] == [["Sở Tài chính"], ["Sở Nông nghiệp và Môi trường"]]


def test_items_under_a_lead_in_share_its_supporting_bodies():
    body = ("Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Công an tỉnh, Bộ Chỉ huy "
            "Quân sự tỉnh:\n"
            "a) Tham mưu tổ chức diễn tập phòng cháy, chữa cháy rừng trước ngày 15/12/2025.\n"
            "b) Kiểm tra các khu rừng có nguy cơ cháy cao, phối hợp với UBND các xã.\n")
    first, second = run(body).tasks
    assert leads(first) == ["Sở Nông nghiệp và Môi trường"] and first.lead_implicit
    assert [a.name for a in first.support] == ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"]
    assert [a.name for a in second.support] == ["UBND các xã"]  # its own, named in the item


def test_a_body_acting_on_its_own_inside_an_item_under_a_heading_is_its_own_task():
    """Under a heading that hands the items to a body, a later sentence whose subject is
    another body that acts is that body's task; asking a body ("yêu cầu ...") or holding one
    answerable ("... chịu trách nhiệm trước ...") stays in the task."""
    body = ("1. Ủy ban MTTQ Việt Nam tỉnh:\n"
            "Vận động hội viên tham gia các lớp học kỹ năng số; Đoàn Thanh niên xã thành lập "
            "đội hình tình nguyện hỗ trợ người cao tuổi.\n"
            "2. Sở Xây dựng:\n"
            "Kiểm tra an toàn các công trình đang thi công; yêu cầu chủ đầu tư có phương án bảo "
            "đảm an toàn; Chủ tịch UBND xã chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để "
            "xảy ra sự cố.\n"
            "3. UBND các xã, phường:\n"
            "Bố trí lịch thời vụ tập trung; các xã vùng trũng gieo cấy xong trước ngày"
            " 28/02/2026.\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks] == [["Ủy ban MTTQ Việt Nam tỉnh"], ["Đoàn Thanh niên xã"],
                                         ["Sở Xây dựng"], ["UBND các xã, phường"]]
    assert tasks[-1].deadline.date == "2026-02-28"  # places narrow the work, not hand it on


def test_an_article_that_approves_is_the_decision_s_own_act():
    approving = DECISION.replace(
        "Điều 1. Thành lập Tổ công tác rà soát đất đai (sau đây gọi là Tổ công tác), gồm các ông,"
        " bà:", "Điều 1. Phê duyệt Phương án bảo đảm nguồn nước mùa khô năm 2026 (kèm theo).")
    texts = [t.text for t in extract(approving.encode(), filename="qd.txt").tasks]
    assert not any(t.startswith("Phê duyệt") for t in texts)
    assert any(t.startswith("Rà soát toàn bộ") for t in texts)


def test_a_plan_s_particulars_are_not_tasks():
    body = ("II. NỘI DUNG\n1. Môn thi: Toán, Vật lí, Hóa học, Ngữ văn, Tiếng Anh.\n"
            "2. Đối tượng dự thi: học sinh lớp 12 các trường THPT.\n"
            "Thời gian thi: ngày 04 và 05 tháng 12 năm 2025; địa điểm thi tại các trường.\n"
            "3. Sở Giáo dục và Đào tạo tổ chức kỳ thi trước ngày 15/12/2025.\n")
    texts = [t.text for t in run(body).tasks]
    assert len(texts) == 1 and texts[0].startswith("Sở Giáo dục và Đào tạo tổ chức")


def test_grounds_and_a_time_limit_before_the_action_are_openers():
    body = ("1. Sở Giáo dục và Đào tạo căn cứ tình hình thực tế, quyết định cho học sinh nghỉ"
            " học tại các khu vực có nguy cơ mất an toàn.\n"
            "2. UBND các xã, phường:\n"
            "- Trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản này, phân công 01"
            " lãnh đạo phụ trách, gửi danh sách về Sở Giáo dục và Đào tạo.\n"
            "- Từ ngày 01/4/2026, phối hợp với Công an tỉnh kiểm tra các cửa hàng.\n"
            "3. Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh, năm 2025 ngành"
            " đã tổ chức 12 lớp tập huấn.\n"
            "4. Từ ngày 01/7/2025 đến nay, các xã đã tiếp nhận 120 hồ sơ.\n")
    tasks = run(body).tasks
    assert [t.text[:20] for t in tasks] == ["Sở Giáo dục và Đào t", "Trong thời hạn 05 ng",
                                            "Từ ngày 01/4/2026, p"]
    assert leads(tasks[1]) == leads(tasks[2]) == ["UBND các xã, phường"]


def test_writing_a_letter_is_an_action():
    body = ("1. Yêu cầu Công ty Cổ phần Du lịch Hòn Rùa:\n"
            "- Trong thời hạn 10 ngày kể từ ngày ký Thông báo này, có văn bản báo cáo UBND tỉnh"
            " (qua Sở Tài chính) về năng lực tài chính.\n")
    (task,) = run(body).tasks
    assert [a.name for a in task.report_to] == ["UBND tỉnh", "Sở Tài chính"]


def test_an_approval_s_date_is_not_the_deadline_of_the_work_it_hands_over():
    body = ("1. Thống nhất chủ trương tổ chức Hội chợ nông sản vào cuối tháng 12/2025; giao"
            " Phòng Kinh tế xây dựng kế hoạch tổ chức, trình UBND tỉnh trước ngày 30/11/2025.\n")
    (task,) = run(body).tasks
    assert leads(task) == ["Phòng Kinh tế"]
    assert (task.deadline.type, task.deadline.date) == ("by_date", "2025-11-30")


def test_a_bare_company_head_refers_back_to_the_firm_the_document_names():
    body = ("Ngày 14/01/2026, UBND tỉnh làm việc với Công ty Cổ phần Đầu tư Phước An về tiến độ"
            " dự án. Kết luận như sau:\n"
            "1. Đề nghị Công ty:\n"
            "a) Bố trí đủ vốn chủ sở hữu theo cam kết.\n"
            "2. Sở Nội vụ phối hợp với Công ty tổ chức phiên giao dịch việc làm.\n"
            "3. Trung tâm Phát triển quỹ đất tỉnh (sau đây gọi là Trung tâm) theo dõi, đôn đốc"
            " Công ty thực hiện.\n"
            "4. Giao Trung tâm báo cáo UBND tỉnh hằng quý.\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks] == [["Công ty"], ["Sở Nội vụ"],
                                         ["Trung tâm Phát triển quỹ đất tỉnh"], ["Trung tâm"]]
    assert tasks[0].lead[0].canonical == "Công ty Cổ phần Đầu tư Phước An"
    assert [a.name for a in tasks[1].support] == ["Công ty"]
    assert tasks[3].lead[0].canonical == "Trung tâm Phát triển quỹ đất tỉnh"
    # the next document does not inherit these names
    assert leads(run("1. Đề nghị Công ty:\na) Bố trí đủ vốn chủ sở hữu.\n").tasks[0]) == []


RESOLUTION = """\
HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH ĐẮK LẮK | Độc lập - Tự do - Hạnh phúc
Số: 52/2025/NQ-HĐND | Đắk Lắk, ngày 10 tháng 12 năm 2025
NGHỊ QUYẾT
Quy định chính sách hỗ trợ phát triển cà phê bền vững
HỘI ĐỒNG NHÂN DÂN TỈNH ĐẮK LẮK
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Xét Tờ trình số 198/TTr-UBND ngày 20 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh; Báo cáo \
thẩm tra số 87/BC-HĐND ngày 02 tháng 12 năm 2025 của Ban Kinh tế - Ngân sách.
QUYẾT NGHỊ:
Điều 1. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.
Điều 2. Hiệu lực thi hành
1. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026.
2. Nghị quyết số 15/2021/NQ-HĐND ngày 10 tháng 12 năm 2021 hết hiệu lực kể từ ngày Nghị quyết \
này có hiệu lực thi hành.
3. Các hồ sơ đã tiếp nhận trước ngày Nghị quyết này có hiệu lực thì tiếp tục thực hiện theo \
Nghị quyết số 15/2021/NQ-HĐND.
Nơi nhận:
- Chính phủ;
- Lưu: VT.
CHỦ TỊCH
Trần Quốc Vĩnh
"""


def test_a_resolution_s_grounds_and_its_coming_into_force_are_not_tasks():
    tasks = extract(RESOLUTION.encode(), filename="nq.txt").tasks
    assert [t.text for t in tasks] == ["Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết."]


def test_chapters_hold_their_articles_after_a_decision_s_own_articles():
    """A Quy chế after the decision's signature: Chương > Điều > 1. whatever the decision's
    own "Điều 3." left open; its title, its "(Ban hành kèm theo ...)" line and its
    particulars ("Nội dung phối hợp: ...") are no tasks."""
    body = ("Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
            "Điều 2. Giám đốc Sở Xây dựng chịu trách nhiệm thi hành Quyết định này.\n")
    quy_che = ("QUY CHẾ\nPhối hợp quản lý hoạt động tàu lưu trú du lịch trên vịnh\n"
               "(Ban hành kèm theo Quyết định số 3125/QĐ-UBND ngày 27/10/2025)\n"
               "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Nội dung phối hợp\n"
               "1. Nội dung phối hợp: cấp, thu hồi giấy chứng nhận; kiểm tra an toàn.\n"
               "2. Phương thức phối hợp: trao đổi thông tin bằng văn bản.\n"
               "Chương II\nTRÁCH NHIỆM CỦA CÁC CƠ QUAN\nĐiều 2. Trách nhiệm của Công an tỉnh\n"
               "1. Chỉ đạo lực lượng Cảnh sát đường thủy tuần tra.\n"
               "2. Tuyên truyền, phổ biến quy định đến các tổ chức, cá nhân kinh doanh.\n"
               "Chương III\nTỔ CHỨC THỰC HIỆN\nĐiều 3. Trách nhiệm thi hành\n"
               "Sở Xây dựng theo dõi, đôn đốc việc thực hiện Quy chế.\n")
    text = (HEAD.replace("THÔNG BÁO", "QUYẾT ĐỊNH").replace("/TB-", "/QĐ-") + body + TAIL
            + quy_che)
    notice = extract(text.encode(), filename="qd.txt")
    chapters = [s for s in notice.sections if s.marker.startswith("Chương")]
    assert [s.level for s in chapters] == [1, 1, 1]
    articles = [s for s in notice.sections if s.marker == "Điều 2." and s.parent]
    assert articles and articles[0].parent == chapters[1].id
    assert [t.text[:20] for t in notice.tasks if t.span[0] > len(HEAD + body + TAIL)] == [
        "Chỉ đạo lực lượng Cả", "Tuyên truyền, phổ bi", "Sở Xây dựng theo dõi"]


def test_bodies_joined_by_a_semicolon_in_a_heading_and_a_subject_after_a_time_limit():
    body = ("1. Các sở, ban, ngành tỉnh; UBND các xã, phường:\n"
            "- Quán triệt, triển khai Hướng dẫn này đến toàn thể công chức.\n"
            "- Báo cáo kết quả kiểm tra với Ban Thường vụ Tỉnh ủy trong quý III/2026.\n"
            "2. Thông báo kết quả\n"
            "Chậm nhất 05 ngày làm việc kể từ ngày có quyết định xếp loại, người đứng đầu cơ"
            " quan, đơn vị thông báo bằng văn bản đến công chức được đánh giá.\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks] == [["Các sở, ban, ngành tỉnh", "UBND các xã, phường"]] * 2 + [
        ["người đứng đầu cơ quan, đơn vị"]]
    assert [a.name for a in tasks[1].report_to] == ["Ban Thường vụ Tỉnh ủy"]


def test_a_body_named_as_the_topic_is_asked_after_what_it_did():
    body = ("Đối với Ủy ban nhân dân các xã: Tam Nông, Yên Lập đã gửi báo cáo nhưng số liệu chưa"
            " khớp, đề nghị rà soát, chỉnh sửa và gửi lại Sở Tài chính trước ngày 13/01/2026.\n")
    (task,) = run(body).tasks
    assert leads(task) == ["Ủy ban nhân dân các xã: Tam Nông, Yên Lập"]
    assert [a.name for a in task.report_to] == ["Sở Tài chính"]
    assert task.deadline.date == "2026-01-13"


def test_a_date_broken_at_its_slash_stays_one_line():
    body = ("1. Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí hỗ trợ, hoàn thành trong tháng 10\n"
            "/2025.\n2. Công an tỉnh kiểm soát việc vận chuyển lợn.\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks] == [["Sở Tài chính"], ["Công an tỉnh"]]
    assert (tasks[0].deadline.type, tasks[0].deadline.date) == ("within_period", "2025-10-31")


REPORT = """\
ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ HÀM YÊN | Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND | Hàm Yên, ngày 22 tháng 12 năm 2025
BÁO CÁO
Kết quả 06 tháng vận hành chính quyền địa phương hai cấp
Kính gửi: Sở Nội vụ tỉnh Tuyên Quang.
I. KẾT QUẢ
Bộ máy của xã đi vào hoạt động ổn định.
II. TỒN TẠI, HẠN CHẾ
Trụ sở làm việc chật hẹp; bộ phận một cửa phải làm việc tại nhà văn hóa.
III. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI
1. Tiếp tục rà soát, bố trí công chức theo vị trí việc làm.
IV. NỘI DUNG KIỂM TRA
1. Việc cấp, sử dụng giấy chứng nhận đủ điều kiện kinh doanh.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Hùng
"""


def test_a_report_s_own_next_steps_are_its_issuer_s():
    """In a Báo cáo the addressees receive it; the tasks it lists are the issuer's, and its
    shortcomings and the checkpoints of an inspection are no tasks."""
    tasks = extract(REPORT.encode(), filename="bc.txt").tasks
    assert [t.text[:20] for t in tasks] == ["Tiếp tục rà soát, bố"]
    assert leads(tasks[0]) == ["Ủy ban nhân dân xã Hàm Yên"] and tasks[0].lead_implicit


def test_works_on_the_ground_are_actions_even_beside_a_word_of_findings():
    body = ("4. Đối với UBND các xã Bình Đại, Ba Tri:\n"
            "- Đắp đập tạm ngăn mặn tại các kênh nhánh còn hở, hoàn thành trước Tết Nguyên đán.\n"
            "- Phát quang hành lang tuyến đường dây điện.\n")
    tasks = run(body).tasks
    assert [t.text[:15] for t in tasks] == ["Đắp đập tạm ngă", "Phát quang hành"]


def test_bodies_joined_by_a_semicolon_in_a_label_on_the_task_s_own_line():
    """"X; Y: ..." names both bodies as a heading would; a semicolon after a clause still ends
    it, and the body after it is no lead of the clause before."""
    body = ("1. Sở Tài chính; Sở Nội vụ; UBND các xã, phường: Bố trí kinh phí thực hiện.\n"
            "2. Sở Y tế tổ chức tiêm phòng; UBND các xã: phối hợp.\n")
    tasks = run(body).tasks
    assert leads(tasks[0]) == ["Sở Tài chính", "Sở Nội vụ", "UBND các xã, phường"]
    assert leads(tasks[1]) == ["Sở Y tế"]


def test_a_long_item_ends_with_its_sentence_before_a_paragraph_that_opens_a_list():
    """"2. Báo cáo ... ." is an item, not the heading of the list that the next paragraph
    ("Đồng thời, Sở ... giao:") opens."""
    body = ("Sở Y tế đề nghị UBND các xã, phường triển khai các nội dung sau:\n"
            "1. Tổ chức tiêm phòng bổ sung cho trẻ em chưa được tiêm đủ liều.\n"
            "2. Báo cáo kết quả tiêm phòng bổ sung và đợt vệ sinh môi trường về Sở Y tế; trong"
            " đó kết quả tiêm phòng gửi trước ngày 05/02/2026, kết quả vệ sinh gửi trước ngày"
            " 03/3/2026.\n"
            "Đồng thời, Sở Y tế giao:\n"
            "- Trung tâm Kiểm soát bệnh tật cấp phát vắc xin cho các địa phương.\n")
    tasks = run(body).tasks
    assert [t.text[:15] for t in tasks] == ["Tổ chức tiêm ph", "Báo cáo kết quả", "Trung tâm Kiểm "]
    assert [leads(t) for t in tasks][1:] == [["UBND các xã, phường"],
                                            ["Trung tâm Kiểm soát bệnh tật"]]


def test_a_revised_time_column_gives_the_deadline_in_a_letter_urging_overdue_work():
    body = ("1. Hoàn thành các nhiệm vụ quá hạn theo thời hạn mới tại bảng dưới đây:\n"
            "STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời hạn theo văn bản giao"
            " | Thời hạn hoàn thành mới\n"
            "1 | Kiện toàn các Trạm Y tế xã, phường | Sở Y tế | 30/9/2025 | Trước ngày"
            " 30/11/2025\n")
    (task,) = run(body).tasks
    assert (task.deadline.type, task.deadline.date) == ("by_date", "2025-11-30")


def test_a_labelled_item_whose_body_then_acts():
    """"Label: X verb ...": X leads, with verbs of recruiting as of any other work."""
    body = ("1. Giai đoạn chuẩn bị\n"
            "a) Tuyển chọn điều tra viên, tổ trưởng: UBND các xã, phường tuyển chọn, giới thiệu"
            " điều tra viên, gửi danh sách về Thống kê tỉnh trước ngày 15/4/2026.\n"
            "b) Tập huấn nghiệp vụ: Thống kê tỉnh tổ chức tập huấn cho điều tra viên.\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks] == [["UBND các xã, phường"], ["Thống kê tỉnh"]]
    assert [a.name for a in tasks[0].report_to] == ["Thống kê tỉnh"]


def test_a_short_clause_of_time_grounds_or_purpose_then_a_body_and_its_action():
    """Prose of a Chỉ thị: "Trong tháng 12/2025, X tổ chức ...", "Căn cứ kết quả rà soát, X
    chủ trì ...". A clause whose time lies before the document is a finding, and a lead-in
    ending in a colon announces its list."""
    body = ("Trong tháng 12/2025, Chủ tịch UBND các xã, phường tổ chức rà soát các trường hợp"
            " vi phạm, báo cáo UBND tỉnh trước ngày 05/01/2026.\n"
            "Căn cứ kết quả rà soát, Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Xây"
            " dựng hướng dẫn các xã phương án xử lý.\n"
            "Để ngăn chặn từ gốc, Văn phòng Đăng ký đất đai tỉnh chỉ đạo các Chi nhánh tạm dừng"
            " giải quyết thủ tục tách thửa.\n"
            "Trong năm 2026, UBND các xã, phường phải xử lý dứt điểm các trường hợp vi phạm.\n"
            "Năm 2024, các xã, phường tổ chức 12 cuộc kiểm tra.\n"
            "Công tác tuyên truyền phải được đẩy mạnh; Báo và Phát thanh, Truyền hình Đồng Nai,"
            " Cổng Thông tin điện tử tỉnh mở chuyên mục về đất đai.\n"
            "Để khắc phục tồn tại trên, Chủ tịch UBND tỉnh yêu cầu:\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks] == [
        ["Chủ tịch UBND các xã, phường"], ["Sở Nông nghiệp và Môi trường"],
        ["Văn phòng Đăng ký đất đai tỉnh"], ["UBND các xã, phường"],
        ["Báo và Phát thanh, Truyền hình Đồng Nai", "Cổng Thông tin điện tử tỉnh"]]


def test_a_heading_names_a_kind_of_body_with_which_of_them_it_means():
    """"1. Chủ tịch UBND các xã có nguy cơ sạt lở nêu trên" heads its items like a label."""
    body = ("1. Chủ tịch UBND các xã có nguy cơ sạt lở nêu trên\n"
            "- Khẩn trương kiểm tra các khu dân cư ven sườn đồi, ven suối.\n"
            "- Bố trí lực lượng canh gác 24/24 giờ tại các điểm sạt lở.\n"
            "2. Công an tỉnh tổ chức chốt chặn tại hai đầu đèo.\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks] == [["Chủ tịch UBND các xã"]] * 2 + [["Công an tỉnh"]]
    assert tasks[0].lead_implicit


def test_a_unit_cell_marks_its_lead_with_chu_tri_and_the_rest_support():
    body = ("STT | Nội dung | Đơn vị thực hiện | Thời gian\n"
            "1 | Tổ chức diễu hành cổ động hưởng ứng Ngày toàn dân phòng, chống ma túy"
            " | Công an xã (chủ trì), Đoàn Thanh niên | Ngày 26/6/2026\n")
    (task,) = run(body).tasks
    assert leads(task) == ["Công an xã"]
    assert [a.name for a in task.support] == ["Đoàn Thanh niên"]


def test_a_party_committee_leads_what_it_leads_another_body_to_do():
    body = ("1. Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh xem xét hỗ trợ kinh phí xây dựng khu tái"
            " định cư, giao Sở Tài chính chủ trì tham mưu.\n")
    (task,) = run(body).tasks
    assert leads(task) == ["Đảng ủy UBND tỉnh"]


def test_the_duties_of_households_under_a_heading_and_no_tasks_in_general_information():
    body = ("I. THÔNG TIN CHUNG VỀ DỰ ÁN\n"
            "1. Dự án có chiều dài 2,1 km, mở rộng mặt cắt ngang từ 7 m lên 20 m.\n"
            "II. TRÁCH NHIỆM CỦA CÁC HỘ DÂN CÓ ĐẤT BỊ THU HỒI\n"
            "1. Nộp bản sao giấy tờ về quyền sử dụng đất cho Ban Bồi thường, giải phóng mặt"
            " bằng phường trước ngày 20/3/2026.\n"
            "2. Tự tháo dỡ nhà cửa, vật kiến trúc và bàn giao mặt bằng.\n")
    tasks = run(body).tasks
    assert len(tasks) == 2 and all(
        len(t.lead) == 1 and t.lead[0].name.startswith("CÁC HỘ DÂN") for t in tasks)


def test_portfolios_rates_levels_and_grants_are_no_tasks():
    """A "phân công nhiệm vụ" notice's portfolio lines, a policy's rates and grants, a plan's
    levels and principles, and a contact line describe; they hand no work over."""
    body = ("1. Phó Chủ tịch UBND xã Trần Văn Bình:\n"
            "- Lĩnh vực phụ trách: tài chính, ngân sách; nông nghiệp, môi trường.\n"
            "- Trực tiếp theo dõi, chỉ đạo: Phòng Kinh tế, Trung tâm Dịch vụ tổng hợp xã.\n"
            "- Kiêm nhiệm: Phó Trưởng Ban Chỉ huy phòng thủ dân sự xã.\n"
            "- Trực tiếp phụ trách: tổ chức bộ máy, cán bộ; quốc phòng, quân sự địa phương.\n"
            "- Giúp Chủ tịch phụ trách các lĩnh vực: nông nghiệp, thủy lợi; đất đai.\n"
            "- Chỉ đạo hoàn thành kế hoạch thu ngân sách năm 2026.\n"
            "2. Chính sách hỗ trợ\n"
            "a) Hỗ trợ 100% học phí cho người lao động tham gia khóa bồi dưỡng.\n"
            "b) Mức hỗ trợ: 50% chi phí cải tạo, tối đa 60 triệu đồng/hộ.\n"
            "c) Hồ sơ đề nghị hỗ trợ gồm: đơn đề nghị theo Mẫu số 01.\n"
            "3. Cấp độ 2: lượng mưa tháng thiếu hụt trên 70%, kéo dài từ 03 đến 05 tháng.\n"
            "4. Thông tin chi tiết xin liên hệ: ông Phạm Quang Huy, điện thoại 0243.000.000.\n")
    tasks = run(body).tasks
    assert [t.text[:20] for t in tasks] == ["Chỉ đạo hoàn thành k"]


def test_a_working_group_s_members_and_standing_are_no_tasks_but_setting_one_up_is():
    body = ("1. Ban Tổ chức Đại hội do đồng chí Phó Chủ tịch UBND tỉnh làm Trưởng ban; Giám đốc"
            " Sở Văn hóa, Thể thao và Du lịch làm Phó Trưởng ban Thường trực.\n"
            "2. Tổ trưởng là Phó Giám đốc Sở Nông nghiệp và Môi trường.\n"
            "3. Tổ công tác hoạt động đến hết ngày 31 tháng 12 năm 2026 và tự giải thể.\n"
            "4. Thành lập Ban Chỉ đạo về nhà ở xã hội do Chủ tịch UBND xã làm Trưởng ban.\n"
            "5. Là đầu mối tham mưu Giám đốc Sở triển khai chiến dịch tiêm chủng.\n")
    tasks = run(body).tasks
    assert [t.text[:20] for t in tasks] == ["Thành lập Ban Chỉ đạ", "Là đầu mối tham mưu "]


def test_an_annex_table_of_a_group_s_bodies_and_their_duties():
    """"Cơ quan, đơn vị | Thành viên cử tham gia | Nhiệm vụ": each row is its body's task."""
    body = ("STT | Cơ quan, đơn vị | Thành viên cử tham gia | Nhiệm vụ\n"
            "1 | Công an tỉnh | 01 Phó Trưởng phòng (Tổ phó) | Chỉ đạo lực lượng nắm tình hình,"
            " lập danh sách đối tượng vi phạm.\n"
            "2 | Sở Tài chính | 01 công chức | Thẩm định dự toán kinh phí hoạt động của Tổ công"
            " tác.\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks] == [["Công an tỉnh"], ["Sở Tài chính"]]


def test_an_outline_appended_after_the_signature_holds_no_tasks():
    notice = (HEAD + "1. Sở Công Thương tổ chức kiểm tra các cửa hàng xăng dầu trong tháng"
              " 3/2026.\n"
              "Nơi nhận:\n- Các sở, ban, ngành;\n- Lưu: VT, TH.\nTL. CHỦ TỊCH\n"
              "CHÁNH VĂN PHÒNG\nĐoàn Minh Khoa\nPHỤ LỤC\n"
              "ĐỀ CƯƠNG BÁO CÁO CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA\n"
              "(Kèm theo Thông báo số 88/TB-UBND ngày 15/7/2025)\n"
              "1. Thông tin chung về đơn vị: tên, địa chỉ, người đại diện theo pháp luật.\n"
              "2. Việc chấp hành quy định về đo lường, chất lượng, niêm yết giá.\n"
              "3. Khó khăn, vướng mắc và kiến nghị, đề xuất.\n")
    tasks = extract(notice.encode(), filename="t.txt").tasks
    assert [t.text[:15] for t in tasks] == ["Sở Công Thương "]


def test_the_ways_two_bodies_work_together_are_no_tasks():
    body = ("Điều 4. Hình thức phối hợp\n"
            "1. Trao đổi bằng văn bản, thư điện tử công vụ.\n"
            "2. Tổ chức họp liên ngành, kiểm tra liên ngành.\n"
            "Điều 5. Trách nhiệm thi hành\n"
            "Sở Tài chính chủ trì tổ chức thực hiện Quy chế này.\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks] == [["Sở Tài chính"]]


def test_a_role_named_in_brackets_and_a_body_s_own_request():
    """"Đối với nhà đầu tư (Công ty X):" gives its items to the firm; "Nhà đầu tư đề nghị điều
    chỉnh ..." is what the investor asked, while "UBND xã đề nghị Sở Y tế ..." hands work on."""
    body = ("Nhà đầu tư đề nghị điều chỉnh tiến độ thực hiện Dự án đến quý IV/2027.\n"
            "1. Đối với nhà đầu tư (Công ty cổ phần Logistics Cao Nguyên Xanh):\n"
            "- Thực hiện ký quỹ bổ sung theo quy định trước ngày 27/02/2026.\n"
            "2. UBND phường Hội Phú đề nghị Sở Y tế hỗ trợ trang thiết bị cho Trạm Y tế.\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks] == [["Công ty cổ phần Logistics Cao Nguyên Xanh"],
                                         ["Sở Y tế"]]


def test_a_place_label_leaves_the_lead_to_the_body_after_it():
    body = ("1. Các xã có điểm trường bị hư hỏng\n"
            "a) Xã Sốp Cộp: UBND xã khẩn trương hoàn thành sửa chữa 06 phòng học.\n"
            "b) Sở Giáo dục và Đào tạo: bố trí kinh phí sửa chữa.\n")
    tasks = run(body).tasks
    assert [leads(t)[0].startswith(p) for t, p in zip(tasks, ("UBND xã", "Sở Giáo dục"),
                                                       strict=True)] == [True, True]


def test_a_heading_that_names_a_body_is_its_whole_name():
    """"a) Cục Văn hóa cơ sở, gia đình và thư viện": lower-case words and a comma inside."""
    body = ("1. Nhiệm vụ của các đơn vị thuộc Bộ\n"
            "a) Cục Văn hóa cơ sở, gia đình và thư viện\n"
            "- Tổng hợp tình hình tổ chức lễ hội trên cả nước, báo cáo Bộ trưởng hằng tuần.\n"
            "b) Vụ Kế hoạch, Tài chính bố trí kinh phí cho các đoàn kiểm tra.\n")
    tasks = run(body).tasks
    assert leads(tasks[0]) == ["Cục Văn hóa cơ sở, gia đình và thư viện"]


def test_what_a_place_has_in_figures_is_no_task():
    body = ("1. Xã Mã Đà có tổng diện tích đất lâm nghiệp 41.260 ha, chủ yếu là rừng tự nhiên.\n"
            "2. UBND xã Mã Đà có trách nhiệm tổ chức tuần tra bảo vệ rừng.\n")
    tasks = run(body).tasks
    assert [t.text[:12] for t in tasks] == ["UBND xã Mã Đ"]


def test_the_issuer_s_head_of_office_is_the_title_before_its_bare_name_not_after_it():
    """In a Sở's notice "của Sở ...; trình Giám đốc Sở": the first "Sở" is no part of the
    head of office named later (once merged into a mention that ended before it began)."""
    notice = ("UBND TỈNH QUẢNG TRỊ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "SỞ KHOA HỌC VÀ CÔNG NGHỆ | Độc lập - Tự do - Hạnh phúc\n"
              "Số: 52/TB-SKHCN | Quảng Trị, ngày 06 tháng 4 năm 2026\n"
              "THÔNG BÁO\nKết luận của Giám đốc Sở tại cuộc họp giao ban tháng 3/2026\n"
              "1. Văn phòng Sở\n"
              "a) Rà soát, hoàn thiện Quy chế làm việc của Sở sau khi tiếp nhận nhiệm vụ mới;"
              " trình Giám đốc Sở trong tháng 4/2026.\n" + TAIL)
    (task,) = extract(notice.encode(), filename="t.txt").tasks
    assert [a.name for a in task.report_to] == ["Giám đốc Sở"]


def test_an_approval_s_date_in_its_own_sentence_is_not_the_deadline_either():
    body = ("1. Đồng ý chủ trương tổ chức Ngày hội Khởi nghiệp tại phường Đồng Hới vào tháng"
            " 10/2026. Giao Phòng Kinh tế xây dựng kế hoạch chi tiết, trình UBND tỉnh trong"
            " tháng 5/2026.\n")
    (task,) = run(body).tasks
    assert (task.deadline.type, task.deadline.date) == ("within_period", "2026-05-31")


def test_a_task_s_attributes_on_lines_of_their_own():
    """"Cơ quan chủ trì: ...", "Cơ quan phối hợp: ...", "Thời gian hoàn thành: ..." under an
    item give it lead, support and deadline as a task table's columns would."""
    body = ("III. NHIỆM VỤ CỤ THỂ\n"
            "1. Rà soát hiện trạng hạ tầng, thiết bị công nghệ thông tin tại Bộ phận Một cửa của"
            " các xã, phường.\n"
            "Cơ quan chủ trì: Sở Khoa học và Công nghệ;\n"
            "Cơ quan phối hợp: UBND các xã, phường;\n"
            "Thời gian hoàn thành: Trước ngày 15/3/2026.\n"
            "2. Đầu tư, trang bị máy quét tốc độ cao cho Bộ phận Một cửa cấp xã.\n"
            "Cơ quan chủ trì: UBND các xã, phường;\n"
            "Thời gian hoàn thành: Quý III/2026.\n")
    first, second = run(body).tasks
    assert leads(first) == ["Sở Khoa học và Công nghệ"] and not first.lead_implicit
    assert [a.name for a in first.support] == ["UBND các xã, phường"]
    assert (first.deadline.type, first.deadline.date) == ("by_date", "2026-03-15")
    assert leads(second) == ["UBND các xã, phường"]
    assert (second.deadline.type, second.deadline.date) == ("within_period", "2026-09-30")


def test_a_commune_s_own_notice_resolves_its_bodies_to_its_place_not_to_a_name_in_its_title():
    """"Kết luận của Chủ tịch UBND xã Phạm Văn Thắng": the name is the chairman's; the header's
    "UBND XÃ ĐẦM HÀ" says which xã "UBND xã" means."""
    notice = ("UBND XÃ ĐẦM HÀ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "VĂN PHÒNG HĐND VÀ UBND | Độc lập - Tự do - Hạnh phúc\n"
              "Số: 41/TB-VP | Đầm Hà, ngày 21 tháng 4 năm 2026\n"
              "THÔNG BÁO\nKết luận của Chủ tịch UBND xã Phạm Văn Thắng tại cuộc họp giao ban\n"
              "1. Ủy ban nhân dân xã\n"
              "- Rà soát các hộ nghèo trên địa bàn trước ngày 30/4/2026.\n" + TAIL)
    (task,) = extract(notice.encode(), filename="t.txt").tasks
    assert [a.name for a in task.lead] == ["Ủy ban nhân dân xã Đầm Hà"]


def test_a_task_table_s_header_may_name_where_every_row_is_sent():
    body = ("STT | Đơn vị thực hiện | Nội dung | Thời hạn gửi Sở Tài chính\n"
            "1 | UBND các xã, phường | Dự toán thu, chi ngân sách xã năm 2027 | Trước ngày"
            " 06/7/2026\n")
    (task,) = run(body).tasks
    assert [a.name for a in task.report_to] == ["Sở Tài chính"]


def test_a_request_with_work_of_its_own_before_its_purpose_is_no_closing_formula():
    body = ("6. Đề nghị Báo và Phát thanh, Truyền hình Hưng Yên đưa tin thường xuyên về tình hình"
            " sâu bệnh để nông dân biết, chủ động thực hiện.\n"
            "Đề nghị các cơ quan, đơn vị nghiêm túc thực hiện.\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks] == [["Báo và Phát thanh, Truyền hình Hưng Yên"]]


def test_while_a_review_lasts_and_bodies_said_by_what_they_have():
    body = ("5. Trong thời gian rà soát, tạm dừng tuyển dụng mới công chức cấp xã.\n"
            "6. Ủy ban nhân dân các tỉnh có trên 20% số xã thiếu công chức xây dựng phương án bổ"
            " sung nhân sự, báo cáo Bộ Nội vụ trước ngày 15/11/2025.\n"
            "7. Trong thời gian qua, các xã đã tổ chức rà soát.\n")
    tasks = run_central(body).tasks
    assert [t.text[:20] for t in tasks] == ["Trong thời gian rà s", "Ủy ban nhân dân các "]


def test_the_answer_to_a_proposal_is_no_task_the_work_after_it_is():
    body = ("2. Về đề xuất của Sở Y tế tại Văn bản số 855/SYT-TCCB ngày 01/4/2026\n"
            "Chủ tịch Ủy ban nhân dân tỉnh ghi nhận đề xuất của Sở Y tế. Giao Sở Nội vụ chủ trì"
            " rà soát số lượng người làm việc của ngành y tế.\n"
            "Chủ tịch Ủy ban nhân dân tỉnh chưa đồng ý với quy mô tổ chức như đề xuất. Giao Sở"
            " Văn hóa, Thể thao và Du lịch rà soát lại chương trình.\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks] == [["Sở Nội vụ"], ["Sở Văn hóa, Thể thao và Du lịch"]]


def test_a_body_that_received_a_letter_hands_no_work_over():
    body = ("1. Sở Công Thương nhận được Văn bản số 08/2026/CV-HT ngày 29/7/2026 của Công ty TNHH"
            " Hoàng Tín đề nghị hướng dẫn thủ tục.\n"
            "2. Sở Công Thương hướng dẫn Công ty hoàn thiện hồ sơ.\n"
            "Trong tháng 8/2026, Sở Tài chính nhận được 12 hồ sơ đề nghị hỗ trợ.\n")
    assert [t.text[:20] for t in run(body).tasks] == ["Sở Công Thương hướng"]


def test_a_notes_column_names_where_a_rows_result_goes():
    """"Ghi chú" beside the time column: "Trình Giám đốc Sở duyệt", "Tờ trình UBND tỉnh" send
    the row's result, as a product column would; other notes name no receiver."""
    body = ("TT | Nội dung công việc | Bộ phận thực hiện | Thời hạn hoàn thành | Ghi chú\n"
            "1 | Xây dựng kịch bản chương trình nghệ thuật | Trung tâm Văn hóa tỉnh | "
            "Tháng 3/2026 | Trình Giám đốc Sở phê duyệt\n"
            "2 | Tham mưu thành lập Ban Tổ chức Lễ hội | Văn phòng Sở | Trước ngày 10/3/2026 | "
            "Tờ trình UBND tỉnh\n"
            "3 | Cập nhật thông tin Lễ hội trên Cổng thông tin điện tử | Văn phòng Sở | "
            "Thường xuyên | Phối hợp với Báo Thái Nguyên\n")
    tasks = run(body).tasks
    assert [[a.name for a in t.report_to] for t in tasks] == [
        ["Giám đốc Sở"], ["UBND tỉnh"], []]
    assert [leads(t) for t in tasks] == [
        ["Trung tâm Văn hóa tỉnh"], ["Văn phòng Sở"], ["Văn phòng Sở"]]


def test_attributes_in_a_parenthesis_closing_the_item():
    """"(cơ quan chủ trì: X; phối hợp: Y; thời gian hoàn thành: Z)": who leads, who supports
    and by when, stated after the work as a table's columns would state them."""
    body = ("II. NHIỆM VỤ VÀ GIẢI PHÁP\n"
            "1. Rà soát, cập nhật vùng chuyên canh lúa chất lượng cao (cơ quan chủ trì: Sở "
            "Nông nghiệp và Môi trường; phối hợp: UBND các xã có diện tích tham gia Đề án; "
            "thời gian hoàn thành: quý II/2026).\n"
            "2. Nghiên cứu cơ chế hỗ trợ thu gom rơm rạ (cơ quan chủ trì: Sở Khoa học và Công "
            "nghệ; phối hợp: Sở Nông nghiệp và Môi trường, Sở Tài chính; thời gian: quý "
            "III/2026).\n"
            "3. Đẩy mạnh ứng dụng cơ giới hóa đồng bộ trong sản xuất lúa (theo Kế hoạch số "
            "12/KH-UBND).\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks[:2]] == [["Sở Nông nghiệp và Môi trường"],
                                             ["Sở Khoa học và Công nghệ"]]
    assert tasks[0].support[0].name.startswith("UBND các xã")
    assert [a.name for a in tasks[1].support] == ["Sở Nông nghiệp và Môi trường", "Sở Tài chính"]
    assert [(t.deadline.type, t.deadline.date) for t in tasks[:2]] == [
        ("within_period", "2026-06-30"), ("within_period", "2026-09-30")]
    assert not tasks[2].lead


def test_a_body_set_apart_by_rieng_acts_when_a_verb_follows_it():
    """"Riêng UBND xã X hoàn thành ..., trong 07 ngày ...": the body set apart is the lead of
    work of its own; "Riêng đối với X, ..." and "Riêng X, ..." stay topics."""
    body = ("1. Ủy ban nhân dân các xã:\na) Hoàn thành kiểm đếm trước ngày 25/4/2026.\n"
            "Riêng Ủy ban nhân dân xã Vĩnh Bảo hoàn thành việc xác minh nguồn gốc đất của 27 "
            "hộ, trong 07 ngày làm việc kể từ ngày nhận được Thông báo này.\n"
            "2. Sở Tài chính:\na) Bố trí kinh phí.\n"
            "Riêng Ủy ban nhân dân phường Yên Bái và Ủy ban nhân dân xã Bảo Thắng thu hồi 02 "
            "cơ sở đang cho thuê trái quy định trong 30 ngày.\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks] == [
        ["Ủy ban nhân dân các xã"], ["Ủy ban nhân dân xã Vĩnh Bảo"], ["Sở Tài chính"],
        ["Ủy ban nhân dân phường Yên Bái", "Ủy ban nhân dân xã Bảo Thắng"]]
    assert not tasks[1].lead_implicit


def test_an_item_that_lists_what_its_work_covers_is_one_task():
    """"- Tổ chức các đoàn kiểm tra ..., tập trung vào các nội dung:" + "+ Việc triển khai
    ...": the work, then what it covers; items that are work of their own stay tasks."""
    body = ("1. Công an tỉnh:\n"
            "- Tổ chức các đoàn kiểm tra liên ngành tại các xã, phường trong quý III/2026, tập "
            "trung vào các nội dung:\n"
            "+ Việc triển khai các văn bản chỉ đạo của Trung ương, của tỉnh;\n"
            "+ Công tác quản lý phương tiện, người điều khiển phương tiện tại địa phương.\n"
            "- Tổ chức tuyên truyền, gồm các nội dung sau:\n"
            "+ Xây dựng phóng sự về an toàn giao thông, phát sóng hằng tuần;\n"
            "+ Tổ chức hội thi tìm hiểu Luật Giao thông đường bộ trong tháng 9/2026.\n")
    texts = [t.text for t in run(body).tasks]
    assert texts[0].startswith("Tổ chức các đoàn kiểm tra liên ngành")
    assert not any(t.startswith(("Việc triển khai", "Công tác quản lý")) for t in texts)
    assert [t[:20] for t in texts[1:]] == ["Xây dựng phóng sự về", "Tổ chức hội thi tìm "]
    # "..., cụ thể:" + where each session is held: the details of one task
    body = ("1. Cục Quản lý đất đai:\n- Tổ chức tập huấn cho công chức các tỉnh theo 03 cụm, hoàn "
            "thành trong quý II/2026, cụ thể:\n+ Cụm miền Bắc: tổ chức tại thành phố Hà Nội;\n"
            "+ Cụm miền Nam: tổ chức tại Thành phố Hồ Chí Minh.\n")
    assert [t.text[:20] for t in run(body).tasks] == ["Tổ chức tập huấn cho"]


PROGRAMME = ("STT | Nội dung | Cơ quan chủ trì/trình | Thời gian trình | Ghi chú\n"
             "A | Các nội dung trình UBND Thành phố tại phiên họp thường kỳ tháng 4/2026\n"
             "1 | Báo cáo tình hình kinh tế - xã hội quý I năm 2026 | Sở Tài chính | "
             "Trước 08/4/2026 |\n"
             "2 | Đề án phân loại chất thải rắn sinh hoạt tại nguồn | Sở Nông nghiệp và Môi "
             "trường | Trước 10/4/2026 | UBND Thành phố trình HĐND Thành phố tại kỳ họp\n"
             "B | Các nội dung trình Chủ tịch UBND Thành phố\n"
             "3 | Quyết định phê duyệt danh mục dự án kêu gọi đầu tư năm 2026 | Sở Tài chính | "
             "Trước 17/4/2026 |\n"
             "C | Các hội nghị, sự kiện\n"
             "4 | Hội nghị sơ kết công tác quý I, triển khai nhiệm vụ quý II năm 2026 | Văn phòng "
             "UBND Thành phố | Ngày 09/4/2026 | Chủ tịch UBND Thành phố chủ trì\n"
             "5 | Hội nghị đối thoại với doanh nghiệp | Sở Tài chính | Ngày 23/4/2026 |\n")


def test_a_group_row_that_names_where_its_rows_go_gives_their_receiver():
    """A work programme's group rows ("A | Các nội dung trình UBND Thành phố") send each row's
    result there; a note whose own subject acts ("UBND Thành phố trình HĐND ...") does not
    change where this row goes; a group of events sends nothing."""
    tasks = run(PROGRAMME).tasks
    assert [[a.name for a in t.report_to] for t in tasks] == [
        ["UBND Thành phố"], ["UBND Thành phố"], ["Chủ tịch UBND Thành phố"], [], []]


def test_a_numbered_row_is_never_read_as_a_new_header():
    """"4 | Hội nghị ..., triển khai nhiệm vụ quý II | ... | Chủ tịch UBND chủ trì" holds a
    header's words ("nhiệm vụ", "chủ trì"), but a row number says it is data."""
    tasks = run(PROGRAMME).tasks
    assert [leads(t) for t in tasks[3:]] == [["Văn phòng UBND Thành phố"], ["Sở Tài chính"]]
    assert [t.deadline.date for t in tasks[3:]] == ["2026-04-09", "2026-04-23"]


def test_a_request_closed_by_a_colon_hands_work_to_the_body_after_it():
    """"UBND tỉnh yêu cầu: Công an tỉnh chỉ đạo ...; UBND các xã thành lập ...": the colon
    changes nothing; the requester is not the lead, and each body asked is."""
    body = ("1. Để chấm dứt tình trạng này, UBND tỉnh yêu cầu: Công an tỉnh chỉ đạo lực lượng "
            "Cảnh sát môi trường phối hợp với Công an các xã tăng cường tuần tra; UBND các xã "
            "ven sông thành lập tổ giám sát cộng đồng.\n"
            "2. Chủ tịch UBND tỉnh đề nghị: các sở, ngành khẩn trương rà soát.\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks] == [["Công an tỉnh"], ["UBND các xã"], ["các sở, ngành"]]


def test_thanks_for_cooperation_to_come_is_no_task():
    body = ("1. Sở Y tế chỉ đạo các cơ sở rà soát.\n"
            "Sở Giáo dục và Đào tạo rất mong nhận được sự phối hợp của các cơ quan, đơn vị./.\n"
            "Rất mong nhận được sự quan tâm, ủng hộ của Quý cơ quan.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Y tế"]]


def test_a_topic_whose_words_hold_commas_then_a_body_that_acts():
    """"Đối với các thôn, bản vùng sâu, vùng xa chưa thể tổ chức thu gom, UBND các xã hướng dẫn
    ...": the body after the topic leads, also as a second sentence for another body; a topic
    that announces a list ("Đối với X, Y, Bộ Công an yêu cầu:") is no task."""
    body = ("1. Giao UBND các xã, phường tổ chức lựa chọn đơn vị cung ứng dịch vụ thu gom trong "
            "năm 2026. Đối với các thôn, bản vùng sâu, vùng xa chưa thể tổ chức thu gom, UBND "
            "các xã hướng dẫn hộ gia đình xử lý chất thải tại chỗ.\n"
            "2. Đối với Công an các đơn vị, địa phương, Bộ Công an yêu cầu:\n"
            "- Tăng cường tuần tra, kiểm soát trên các tuyến đường.\n")
    tasks = run(body).tasks
    assert [(leads(t), t.text[:20]) for t in tasks[:2]] == [
        (["UBND các xã, phường"], "Giao UBND các xã, ph"),
        (["UBND các xã"], "Đối với các thôn, bả")]
    assert not any(t.text.startswith("Đối với Công an") for t in tasks)


def test_an_inspections_findings_sections_hold_no_tasks():
    """"I. ƯU ĐIỂM", "II. VI PHẠM, KHUYẾT ĐIỂM", "III. NGUYÊN NHÂN VÀ XỬ LÝ": what was found
    and decided; the requests come under "IV. YÊU CẦU, ĐỀ NGHỊ"."""
    body = ("I. ƯU ĐIỂM\nBan Thường vụ Đảng ủy xã đã kịp thời kiện toàn tổ chức bộ máy.\n"
            "II. VI PHẠM, KHUYẾT ĐIỂM\n1. Ban Thường vụ Đảng ủy xã buông lỏng lãnh đạo, chỉ đạo "
            "công tác quản lý đất đai.\n2. Đồng chí Hồ Văn Lâm, Bí thư Đảng ủy xã, chịu trách "
            "nhiệm người đứng đầu về những vi phạm.\nIII. NGUYÊN NHÂN VÀ XỬ LÝ\nVi phạm của Ban "
            "Thường vụ Đảng ủy xã đã đến mức phải xem xét, xử lý kỷ luật.\n"
            "IV. YÊU CẦU, ĐỀ NGHỊ\n1. Yêu cầu Ủy ban Kiểm tra Đảng ủy xã kiểm điểm, làm rõ trách "
            "nhiệm trong việc chưa phát hiện vi phạm.\n")
    assert [leads(t) for t in run(body).tasks] == [["Ủy ban Kiểm tra Đảng ủy xã"]]


def test_a_letter_marker_glued_to_its_item_is_still_a_marker():
    """"a)Chủ trì ...": a copy that lost the space after the letter; before a capital it is the
    item's marker, and the item inherits the heading's body as the spaced ones do."""
    body = ("1.Sở Xây dựng:\na)Chủ trì rà soát phương án tổ chức giao thông.\n"
            "b)Phối hợp với Sở Tài chính tham mưu phương án tăng cường xe buýt.\n")
    tasks = run(body).tasks
    assert [(leads(t), t.text[:9]) for t in tasks] == [
        (["Sở Xây dựng"], "Chủ trì r"), (["Sở Xây dựng"], "Phối hợp ")]


def test_a_plan_that_was_set_is_no_hand_over_in_an_account_of_figures():
    """"...; giải ngân vốn ... đạt 50,7% kế hoạch Thủ tướng Chính phủ giao.": "giao" closing a
    noun phrase names the plan set, not work handed to someone."""
    body = ("Trong 9 tháng năm 2025, thu ngân sách nhà nước ước đạt 97,3% dự toán; chi ngân sách "
            "nhà nước ước đạt 61,2% dự toán; giải ngân vốn đầu tư công đạt 50,7% kế hoạch Thủ "
            "tướng Chính phủ giao.\n1. Các Bộ, cơ quan trung ương rà soát các khoản chi.\n")
    assert [t.text[:20] for t in run_central(body).tasks] == ["Các Bộ, cơ quan trun"]


def test_who_came_along_is_no_task_even_inside_a_paragraph():
    body = ("Ngày 04/12/2025, đồng chí Phó Chủ tịch đã kiểm tra thực địa tại nút giao Quốc lộ 5. "
            "Tham dự có lãnh đạo Sở Xây dựng, Công an thành phố, Sở Tài chính.\n"
            "Tham gia đoàn có lãnh đạo các sở: Nông nghiệp và Môi trường, Xây dựng.\n"
            "1. Sở Xây dựng rà soát phương án tổ chức giao thông.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Xây dựng"]]


def test_a_row_with_sub_rows_is_their_heading_and_lends_them_its_lead():
    """"1 | Chỉ số Gia nhập thị trường | Sở Tài chính | |" over "1.1 | Rút ngắn ... | |
    Trung tâm X | Quý II/2026": the numbered row names the topic and who leads it; its sub-rows
    hold the work, their lead cell empty or their own."""
    body = ("STT | Nhiệm vụ, giải pháp | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn "
            "thành\n1 | Chỉ số Gia nhập thị trường | Sở Tài chính | | \n"
            "1.1 | Rút ngắn thời gian đăng ký doanh nghiệp | | Trung tâm Phục vụ hành chính công "
            "tỉnh | Quý II/2026\n"
            "1.2 | Hỗ trợ hộ kinh doanh chuyển đổi lên doanh nghiệp | Thuế tỉnh | | Năm 2026\n"
            "2 | Công khai bảng giá đất trên Cổng thông tin điện tử tỉnh | Sở Nông nghiệp và Môi "
            "trường | | Trước ngày 31/3/2026\n")
    tasks = run(body).tasks
    assert [(t.text[:15], leads(t), t.lead_implicit) for t in tasks] == [
        ("Rút ngắn thời g", ["Sở Tài chính"], True), ("Hỗ trợ hộ kinh ", ["Thuế tỉnh"], False),
        ("Công khai bảng ", ["Sở Nông nghiệp và Môi trường"], False)]


def test_a_list_of_projects_hands_work_over_only_with_a_column_of_terms():
    """"Tên dự án | Chủ đầu tư | ... | Nhiệm vụ, thời hạn": each project's investor must do
    what the last column says, by when, to whom; a row done or dropped says no work; a list
    with a column of targets ("Số căn hộ hoàn thành năm 2026") hands nothing over."""
    body = ("STT | Tên dự án | Chủ đầu tư | Tổng mức đầu tư | Nhiệm vụ, thời hạn\n"
            "1 | Đường ven biển đoạn Cà Ná - Mũi Dinh | Ban Quản lý dự án đầu tư xây dựng các "
            "công trình giao thông tỉnh | 1.850 | Trình HĐND tỉnh thông qua chủ trương đầu tư "
            "trước ngày 30/11/2025\n"
            "2 | Cầu Phú Vinh | Sở Xây dựng | 265 | Đã phê duyệt dự án tại Quyết định số "
            "2210/QĐ-UBND ngày 25/9/2025\n"
            "Danh mục nhà ở xã hội:\n"
            "STT | Tên dự án | Chủ đầu tư | Số căn hộ hoàn thành năm 2026\n"
            "1 | Khu nhà ở xã hội Phố Hiến | Công ty Cổ phần Đầu tư Phố Hiến | 1.120\n")
    tasks = run(body).tasks
    assert [(t.text[:20], [a.name for a in t.report_to], t.deadline.date) for t in tasks] == [
        ("Đường ven biển đoạn ", ["HĐND tỉnh"], "2025-11-30")]


def test_a_heading_naming_a_unit_with_ve_in_its_name_gives_its_items_that_unit():
    body = ("3. Tổ Quản lý hành chính về trật tự xã hội\n"
            "- Kiểm tra an toàn phòng cháy, chữa cháy tại chợ Vôi trước ngày 20/01/2026.\n")
    tasks = run(body).tasks
    assert [(leads(t), t.lead_implicit) for t in tasks] == [
        (["Tổ Quản lý hành chính về trật tự xã hội"], True)]


def test_a_support_cell_nt_repeats_the_supports_of_the_row_above():
    body = ("STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian\n"
            "1 | Kiểm tra tàu cá tại cảng | Chi cục Thủy sản | UBND các xã ven biển | Quý I/2026\n"
            "2 | Đánh dấu tàu cá hết hạn giấy phép | Chi cục Thủy sản | nt | Quý II/2026\n")
    tasks = run(body).tasks
    assert [[a.name for a in t.support] for t in tasks] == [["UBND các xã ven biển"]] * 2


def test_a_chapter_of_norms_holds_no_tasks_but_one_of_implementation_does():
    body = ("Chương II\nTIẾP CÔNG DÂN, ĐỐI THOẠI VÀ XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ\n"
            "Điều 3. Tiếp công dân định kỳ\n"
            "1. Bí thư Tỉnh ủy tiếp công dân định kỳ ít nhất 01 ngày trong 01 quý.\n"
            "Chương III\nTỔ CHỨC THỰC HIỆN\nĐiều 6. Trách nhiệm thi hành\n"
            "1. Văn phòng Tỉnh ủy tham mưu sơ kết 02 năm thực hiện Quy định trong quý III/2027.\n")
    assert [leads(t) for t in run(body).tasks] == [["Văn phòng Tỉnh ủy"]]


def test_a_bare_head_refers_back_to_the_only_body_of_its_kind():
    """"gửi về Trung tâm", "Văn phòng:": the one Trung tâm or Văn phòng the document names in
    full; with two of a kind named, the bare head names neither."""
    body = ("1. Trung tâm Phục vụ hành chính công xã rà soát hồ sơ trễ hạn.\n"
            "2. Các phòng chuyên môn số hóa kết quả giải quyết, gửi về Trung tâm để trả cho "
            "công dân trong ngày.\n")
    tasks = run(body).tasks
    assert [a.canonical for a in tasks[1].report_to] == ["Trung tâm Phục vụ hành chính công xã"]
    two = body + "3. Trung tâm Y tế khu vực tổ chức khám sàng lọc.\n"
    assert run(two).tasks[1].report_to == []


def test_a_steps_title_on_its_own_line_is_no_task():
    body = ("II. CÁC BƯỚC TIẾN HÀNH\nBước 2. Kiểm điểm tại chi bộ\n"
            "Chi bộ tổ chức họp kiểm điểm, nhận xét từng đảng viên trước ngày 15/12/2025.\n"
            "Bước 3. Kiểm điểm tập thể lãnh đạo, quản lý\n"
            "Ban Thường vụ Đảng ủy xã tổ chức kiểm điểm trước ngày 20/12/2025.\n")
    assert [t.text[:10] for t in run(body).tasks] == ["Chi bộ tổ ", "Ban Thường"]


def test_a_body_acts_after_its_grounds_theo_chuc_nang():
    body = ("1. Đối với các kiến nghị khác của tỉnh, các Bộ, cơ quan theo chức năng, nhiệm vụ "
            "được giao xem xét, giải quyết theo thẩm quyền.\n")
    assert [leads(t) for t in run_central(body).tasks] == [["các Bộ, cơ quan"]]


def test_the_answers_of_a_petition_table_are_read_as_prose():
    """"Nội dung kiến nghị | Cơ quan giải quyết | Kết quả trả lời": what voters asked assigns
    nothing, an answer may hand work over after a finding; a plan's disposal column
    ("Phương án xử lý") is what the decision settles, not an answer."""
    body = ("STT | Nội dung kiến nghị | Cơ quan giải quyết | Kết quả trả lời, giải quyết\n"
            "1 | Cử tri phường An Lạc đề nghị lắp đèn tín hiệu tại nút giao đường Lê Lợi | "
            "Sở Xây dựng | Kiến nghị của cử tri là chính đáng. UBND tỉnh giao Sở Xây dựng chủ "
            "trì, phối hợp với UBND phường An Lạc khảo sát, lắp đặt đèn tín hiệu, hoàn thành "
            "trong quý I/2026.\n"
            "2 | Cử tri xã Bình Minh đề nghị chi trả chế độ còn tồn đọng | Sở Nội vụ | Sở Nội vụ "
            "đã giải quyết xong 12/12 hồ sơ.\n"
            "Phụ lục\n"
            "STT | Tên cơ sở nhà, đất | Địa chỉ | Phương án xử lý\n"
            "1 | Trụ sở UBND huyện cũ | Phường An Lạc | Chuyển giao cho UBND phường An Lạc "
            "làm trụ sở làm việc\n")
    tasks = run(body).tasks
    assert [(leads(t), [a.name for a in t.support], str(t.deadline.date)) for t in tasks] == [
        (["Sở Xây dựng"], ["UBND phường An Lạc"], "2026-03-31")]
    assert tasks[0].text.startswith("UBND tỉnh giao Sở Xây dựng")


def test_a_body_acts_after_the_duties_it_works_from_with_no_comma():
    """"Các tiểu ban căn cứ nhiệm vụ được phân công xây dựng ...": the grounds run into the
    action; "các tiểu ban", "các đoàn kiểm tra" name groups as "các sở" does."""
    body = ("II. Tổ chức thực hiện\n"
            "1. Các tiểu ban căn cứ nhiệm vụ được phân công xây dựng kế hoạch chi tiết, hoàn "
            "thành trước ngày 12/7/2025.\n"
            "2. Văn phòng Hội căn cứ nhiệm vụ được phân công tại Mục III chủ động xây dựng kế "
            "hoạch chi tiết.\n"
            "3. Các đoàn kiểm tra theo nhiệm vụ được giao báo cáo kết quả về Thường trực.\n")
    assert [leads(t) for t in run(body).tasks] == [
        ["Các tiểu ban"], ["Văn phòng Hội"], ["Các đoàn kiểm tra"]]


def test_a_proposal_topic_names_who_acts_when_nothing_else_does():
    """"Đối với kiến nghị của UBND xã X về ...: chủ động rà soát ...": the proposer acts on
    its own proposal; an approval under such a topic stays no task."""
    body = ("2. Về các kiến nghị\n"
            "a) Đối với kiến nghị của UBND xã Hòa Thắng về khoan giếng cấp nước tạm: chủ động "
            "rà soát, đề xuất vị trí khoan giếng, gửi Sở Nông nghiệp và Môi trường trước ngày "
            "15/3/2026.\n"
            "b) Về đề xuất của Sở Y tế về mua vắc xin: Thống nhất chủ trương.\n")
    tasks = run(body).tasks
    assert [(leads(t), t.lead_implicit) for t in tasks] == [(["UBND xã Hòa Thắng"], True)]


def test_a_proposer_s_work_then_another_body_s_is_two_tasks():
    body = ("2. Về các kiến nghị\n"
            "c) Đối với kiến nghị của Công ty TNHH Nhà ở công nhân Quế Võ về thủ tục cấp giấy "
            "phép: khẩn trương bổ sung hồ sơ. Sở Xây dựng giải quyết trong thời hạn 07 ngày làm "
            "việc kể từ ngày nhận đủ hồ sơ hợp lệ.\n")
    assert [leads(t) for t in run(body).tasks] == [
        ["Công ty TNHH Nhà ở công nhân Quế Võ"], ["Sở Xây dựng"]]


def test_an_urging_table_whose_group_rows_name_the_bodies():
    """"I | BỘ TÀI CHÍNH" over the ministry's overdue tasks: no column says who leads, the
    group does; a row that names its own body is that body's; the new term, not the one first
    given, is the deadline; a row whose new term is empty is done; a group that names no body
    hands nothing over."""
    body = ("STT | Nội dung nhiệm vụ | Thời hạn theo văn bản giao | Thời hạn đề nghị hoàn thành\n"
            "I | BỘ TÀI CHÍNH | | |\n"
            "1 | Trình Chính phủ Nghị định sửa đổi quy định về tài sản công | 30/9/2025 | "
            "Trước ngày 30/11/2025\n"
            "2 | Báo cáo phương án bố trí vốn đối ứng | 15/8/2025 | \n"
            "II | ỦY BAN NHÂN DÂN CÁC TỈNH, THÀNH PHỐ | | |\n"
            "3 | Ủy ban nhân dân tỉnh Đồng Nai hoàn thành bồi thường, giải phóng mặt bằng | "
            "30/6/2025 | Trước ngày 31/12/2025\n"
            "Phụ lục\n"
            "TT | Tên nhiệm vụ | Thời gian thực hiện\n"
            "I | LĨNH VỰC NÔNG NGHIỆP |\n"
            "1 | Nghiên cứu quy trình canh tác nhãn hữu cơ | 2026 - 2027\n")
    tasks = run(body).tasks
    assert [(leads(t), str(t.deadline.date)) for t in tasks] == [
        (["BỘ TÀI CHÍNH"], "2025-11-30"), (["Ủy ban nhân dân tỉnh Đồng Nai"], "2025-12-31")]
    assert [t.lead_implicit for t in tasks] == [True, False]


def test_a_report_table_of_where_each_task_stands_hands_nothing_over():
    body = ("STT | Nhiệm vụ được giao | Cơ quan chủ trì | Kết quả thực hiện | Tình trạng\n"
            "1 | Đào tạo nguồn nhân lực quản lý Khu thương mại tự do | Sở Nội vụ | Đã tổ chức 03 "
            "khóa bồi dưỡng | Đã hoàn thành\n"
            "2 | Điều chỉnh cục bộ Quy hoạch phân khu | Sở Xây dựng | Đã lấy ý kiến cộng đồng | "
            "Đang thực hiện\n")
    assert run(body).tasks == []


def test_whom_to_call_is_no_task_and_a_merged_lead_cell_is_the_one_above():
    body = ("STT | Cơ quan chủ trì | Nhiệm vụ | Tiến độ\n"
            "1 | Sở Khoa học và Công nghệ | Hợp nhất 02 Trung tâm dữ liệu | Quý I/2026\n"
            "2 |  | Hợp nhất 02 Hệ thống quản lý văn bản và điều hành | Trước ngày 31/3/2026\n"
            "Thông tin chi tiết, đề nghị liên hệ bà Đỗ Thị Thu Hà, chuyên viên, điện thoại: "
            "0243.824.1234.\n"
            "Đầu mối liên hệ: Phòng Quản lý ngân sách, Sở Tài chính.\n")
    tasks = run(body).tasks
    assert [(leads(t), t.lead_implicit) for t in tasks] == [
        (["Sở Khoa học và Công nghệ"], False), (["Sở Khoa học và Công nghệ"], True)]


def test_a_year_programme_by_month_and_a_schedule_by_day_have_their_terms():
    body = ("Tháng | Nội dung | Bộ phận chủ trì | Phối hợp\n"
            "Tháng 02 | Lãnh đạo tổ chức Lễ giao nhận quân năm 2026 | Ban Chỉ huy Quân sự xã | "
            "Công an xã\n"
            "Ngày | Địa điểm, nội dung | Đơn vị thực hiện | Đơn vị phối hợp\n"
            "08/3/2026 | Nạo vét, khơi thông kênh mương nội đồng | Chi đoàn thôn Cầu Găng | Hội "
            "Nông dân xã\n")
    tasks = run(body).tasks
    assert [(t.deadline.type, str(t.deadline.date)) for t in tasks] == [
        ("within_period", "2026-02-28"), ("by_date", "2026-03-08")]


def test_a_leader_s_portfolio_and_a_schedule_s_slot_are_no_tasks():
    body = ("1. Đồng chí Nguyễn Văn An, Phó Giám đốc Sở:\n"
            "- Theo dõi, chỉ đạo: Chi cục Thủy lợi, Ban Quản lý dự án các công trình nông "
            "nghiệp.\n"
            "- Cả ngày: Chủ tịch UBND tỉnh dự Kỳ họp chuyên đề HĐND tỉnh.\n"
            "2. Văn phòng Sở chuẩn bị nội dung cuộc họp.\n")
    assert [leads(t) for t in run(body).tasks] == [["Văn phòng Sở"]]


def test_the_chair_s_conclusions_in_minutes_hand_work_over():
    """"III. NỘI DUNG CUỘC HỌP" reports what was said; its "4. Kết luận của chủ trì" decides."""
    body = ("III. NỘI DUNG CUỘC HỌP\n"
            "1. Ông Đỗ Quang Huy, đại diện chủ đầu tư, báo cáo tiến độ dự án.\n"
            "2. Kết luận của chủ trì cuộc họp\n"
            "a) Giao Phòng Kinh tế chủ trì rà soát hồ sơ, hoàn thành trước ngày 25/10/2025.\n"
            "b) Giao Công an xã nắm chắc tình hình tư tưởng của các hộ dân.\n")
    assert [leads(t) for t in run(body).tasks] == [["Phòng Kinh tế"], ["Công an xã"]]


def test_a_body_told_to_find_the_money_in_a_funding_section():
    body = ("IV. KINH PHÍ THỰC HIỆN\n"
            "1. Kinh phí thực hiện Kế hoạch được bảo đảm từ ngân sách nhà nước.\n"
            "2. Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí thực hiện các nhiệm vụ cấp tỉnh.\n")
    tasks = run(body).tasks
    assert [(leads(t), [a.name for a in t.report_to]) for t in tasks] == [
        (["Sở Tài chính"], ["UBND tỉnh"])]


def test_a_figure_under_its_label_is_no_task():
    body = ("II. Phương án\n"
            "1. Chuyển giao cho ngành giáo dục làm trường học, điểm trường: 31 cơ sở.\n"
            "2. Trồng cây phân tán: 2,4 triệu cây.\n"
            "3. Sở Tài chính chủ trì bàn giao các cơ sở, hoàn thành trước ngày 31/12/2025.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Tài chính"]]


def test_the_issuer_announcing_results_and_a_report_s_last_words_are_no_tasks():
    body = ("Sở Y tế thông báo kết quả trúng tuyển kỳ xét tuyển viên chức năm 2025 như sau:\n"
            "1. Các đơn vị tuyển dụng gửi thông báo đến người trúng tuyển trước ngày "
            "15/01/2026.\n"
            "Thông báo này được niêm yết công khai tại trụ sở Sở Y tế.\n"
            "Sở Y tế báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.\n")
    assert [leads(t) for t in run(body).tasks] == [["Các đơn vị"]]


def test_a_heading_that_names_kinds_of_body_without_cac_gives_its_items_their_lead():
    body = ("I. ĐỐI VỚI HỘ KINH DOANH, CÁ NHÂN KINH DOANH\n"
            "1. Chủ động rà soát, xác định doanh thu năm 2025, hoàn thành trước ngày "
            "15/01/2026.\n"
            "II. Nhiệm vụ\n"
            "1. Doanh nghiệp, tổ chức:\n"
            "a) Nộp hồ sơ quyết toán thuế trước ngày 31/3/2026.\n")
    tasks = run(body).tasks
    assert [(leads(t), t.lead_implicit) for t in tasks] == [
        (["HỘ KINH DOANH, CÁ NHÂN KINH DOANH"], True), (["Doanh nghiệp, tổ chức"], True)]


def test_an_item_labelled_by_kinds_of_body_and_their_trade_is_theirs_not_the_headings():
    body = ("II. ĐỐI VỚI ĐƠN VỊ QUẢN LÝ CHỢ, TRUNG TÂM THƯƠNG MẠI\n"
            "3. Doanh nghiệp, hợp tác xã quản lý chợ: rà soát, sửa chữa hệ thống điện của "
            "chợ trước ngày 20/01/2026.\n"
            "4. Doanh nghiệp kinh doanh xăng dầu: bảo đảm nguồn hàng, không để gián đoạn "
            "cung ứng.\n"
            "5. Đơn vị chậm đóng dưới 03 tháng: gửi thông báo đôn đốc hằng tháng.\n")
    tasks = run(body).tasks
    assert [(leads(t), t.lead_implicit) for t in tasks] == [
        (["Doanh nghiệp, hợp tác xã quản lý chợ"], False),
        (["Doanh nghiệp kinh doanh xăng dầu"], False),
        (["ĐƠN VỊ QUẢN LÝ CHỢ", "TRUNG TÂM THƯƠNG MẠI"], True)]  # a case, not a kind: "03"


def test_a_topic_whose_work_is_handed_to_another_keeps_the_headings_lead():
    body = ("2. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:\n"
            "c) Đối với các cơ sở nhà, đất chưa có phương án xử lý: giao đơn vị đang quản lý "
            "thực hiện bảo quản, bảo vệ, không để bị lấn chiếm.\n"
            "d) Đối với các xã, phường được giao dự toán thu tiền sử dụng đất: xây dựng kế "
            "hoạch đấu giá quyền sử dụng đất năm 2026.\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks] == [
        ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"],
        ["các xã, phường"]]


def test_heads_of_public_service_units_are_one_group_with_the_next_office_holders():
    body = ("1. Thủ trưởng các sở, ban, ngành, đơn vị sự nghiệp công lập cấp tỉnh; Chủ tịch Ủy "
            "ban nhân dân các xã, phường, đặc khu:\n"
            "a) Tổ chức kiểm kê lại toàn bộ tài sản công do cơ quan, đơn vị quản lý.\n")
    assert [leads(t) for t in run(body).tasks] == [[
        "Thủ trưởng các sở, ban, ngành, đơn vị sự nghiệp công lập cấp tỉnh",
        "Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu"]]


def test_renewing_the_way_of_work_is_work():
    body = ("Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt:\n"
            "- Đổi mới nội dung, hình thức tuyên truyền phù hợp với từng địa bàn, đối tượng; "
            "chú trọng đối tượng thanh thiếu niên, học sinh.\n")
    texts = [t.text for t in run(body).tasks]
    assert texts and texts[0].startswith("Đổi mới nội dung")


def test_a_body_set_apart_by_a_qualifier_then_acts():
    body = ("1. Giao Sở Nông nghiệp và Môi trường chủ trì hướng dẫn các xã thực hiện Đề án.\n"
            "Riêng Ủy ban nhân dân các xã có vùng tham gia Đề án (Tân Thạnh, Hậu Thạnh) khẩn "
            "trương hoàn thành việc đo đạc, cắm mốc chậm nhất ngày 31/3/2026.\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks] == [["Sở Nông nghiệp và Môi trường"],
                                         ["Ủy ban nhân dân các xã"]]
    assert str(tasks[1].deadline.date) == "2026-03-31"


def test_a_campaigns_theme_is_no_task():
    body = ("II. NỘI DUNG\n"
            "1. Chủ đề Tháng hành động vì trẻ em năm 2026: “Chung tay vì mùa hè an toàn, lành "
            "mạnh cho trẻ em”.\n"
            "2. Sở Y tế chủ trì tổ chức Lễ phát động Tháng hành động.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Y tế"]]


def test_a_ban_on_acting_alone_is_work():
    body = ("3. Đề nghị UBND các tỉnh chỉ đạo các Ban Quản lý di tích:\n"
            "c) Không tự ý tu bổ, phục hồi công trình trong khu vực di tích khi chưa có ý kiến "
            "thẩm định; tăng cường công tác phòng cháy, chữa cháy tại các di tích.\n")
    texts = [t.text for t in run(body).tasks]
    assert texts and texts[0].startswith("Không tự ý tu bổ")


def test_a_measure_under_its_label_is_no_task_a_bodys_target_is():
    body = ("II. KẾ HOẠCH VÀ LỊCH THỜI VỤ\n"
            "1. Diện tích kế hoạch vụ Hè Thu năm 2026: lúa 1.230 ha; ngô, lạc 185 ha.\n"
            "2. Trường tiểu học: tuyển sinh 100% trẻ 6 tuổi trong phân tuyến được giao.\n")
    assert [t.text[:16] for t in run(body).tasks] == ["Trường tiểu học:"]


def test_the_time_and_place_of_a_drill_are_no_task():
    body = ("II. NỘI DUNG\n"
            "3. Thời gian, địa điểm: Thực binh diễn tập tổ chức trong 01 ngày, ngày 20/8/2026, "
            "tại Khu công nghiệp Quế Võ.\n"
            "4. Sở Công Thương chủ trì xây dựng kịch bản diễn tập.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Công Thương"]]


def test_a_table_of_what_each_investor_is_asked_hands_work_over():
    body = ("1. Các chủ đầu tư thực hiện yêu cầu tại Phụ lục kèm theo.\n"
            "STT | Chủ đầu tư | Kế hoạch vốn năm 2026 | Tỷ lệ (%) | Yêu cầu | Thời hạn\n"
            "1 | UBND xã Hàm Yên | 48.600 | 13,0 | Phê duyệt kết quả lựa chọn nhà thầu Dự án "
            "Trường Mầm non trung tâm xã | Trước ngày 31/8/2026\n"
            "2 | UBND xã Yên Sơn | 36.200 | 11,0 | Chi trả tiền bồi thường cho 37 hộ dân | "
            "Trước 15/9/2026\n")
    tasks = run(body).tasks
    assert [(leads(t), str(t.deadline.date)) for t in tasks[-2:]] == [
        (["UBND xã Hàm Yên"], "2026-08-31"), (["UBND xã Yên Sơn"], "2026-09-15")]


def test_a_body_that_works_and_asks_a_contractor_keeps_its_work():
    body = ("2. Đối với các Ban Quản lý dự án đầu tư xây dựng khu vực:\n"
            "- Rà soát toàn bộ các gói thầu đang triển khai; yêu cầu nhà thầu bổ sung nhân lực, "
            "máy móc đối với các gói thầu chậm tiến độ.\n")
    assert [leads(t) for t in run(body).tasks] == [["các Ban Quản lý dự án"]]


def test_end_to_end_online_services_are_no_submission():
    body = ("1. Giao các cơ quan thực hiện các nhiệm vụ sau:\n"
            "d) Chủ tịch UBND các xã có tỷ lệ hồ sơ trực tuyến toàn trình dưới 30% xây dựng giải "
            "pháp để nâng cao tỷ lệ, báo cáo UBND tỉnh (qua Sở Khoa học và Công nghệ) trong 10 "
            "ngày làm việc.\n")
    tasks = run(body).tasks
    assert [a.name for a in tasks[0].report_to] == ["UBND tỉnh", "Sở Khoa học và Công nghệ"]


def test_requirements_after_an_inspections_findings_are_work_a_plans_are_not():
    findings = ("I. KẾT QUẢ KIỂM TRA\n"
                "Công trình cơ bản được thi công theo thiết kế; còn 03 vị trí mặt đường bị nứt.\n"
                "II. YÊU CẦU\n"
                "1. UBND xã Chiềng Sơn (chủ đầu tư):\n"
                "a) Chỉ đạo nhà thầu khắc phục các tồn tại, hoàn thành trước ngày 30/10/2026.\n")
    assert [leads(t) for t in run(findings).tasks] == [["UBND xã Chiềng Sơn"]]
    plan = ("I. YÊU CẦU\n"
            "1. Việc kiểm điểm phải bảo đảm khách quan, công khai, dân chủ.\n"
            "II. NHIỆM VỤ\n"
            "1. Sở Nội vụ hướng dẫn các cơ quan kiểm điểm.\n")
    assert [leads(t) for t in run(plan).tasks] == [["Sở Nội vụ"]]


def test_the_papers_of_a_file_and_the_forms_sent_are_no_tasks():
    body = ("2. Sở Nội vụ tổng hợp kết quả đánh giá, báo cáo UBND tỉnh trước ngày 15/01/2026.\n"
            "3. Hồ sơ đánh giá gồm:\n"
            "- Phiếu đánh giá, xếp loại chất lượng của từng cá nhân;\n"
            "- Biên bản họp tập thể cơ quan, đơn vị nhận xét, đánh giá.\n"
            "Biểu mẫu kèm theo:\n"
            "- Biểu số 01: Danh sách cán bộ đề xuất luân chuyển năm 2026;\n"
            "- Biểu số 02: Tổng hợp nhu cầu đào tạo, bồi dưỡng năm 2026.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Nội vụ"]]


def test_a_body_that_works_from_its_grounds_acts():
    body = ("II. NHIỆM VỤ\n"
            "2. Các ban xây dựng Đảng, Ủy ban Kiểm tra Đảng ủy căn cứ nội dung được phân công "
            "chủ động chuẩn bị; gửi dự thảo về Ban Thường vụ Đảng ủy trước ngày 10/3/2026.\n")
    assert [leads(t) for t in run(body).tasks] == [
        ["Các ban xây dựng Đảng", "Ủy ban Kiểm tra Đảng ủy"]]


def test_work_that_comes_after_an_inspection_is_work():
    body = ("3. Các đảng ủy được kiểm tra:\n"
            "- Sau kiểm tra, trong thời hạn 30 ngày kể từ ngày nhận được thông báo kết luận, xây "
            "dựng kế hoạch khắc phục hạn chế, báo cáo Ban Thường vụ Tỉnh ủy.\n")
    tasks = run(body).tasks
    assert [(leads(t), [a.name for a in t.report_to]) for t in tasks] == [
        (["Các đảng ủy"], ["Ban Thường vụ Tỉnh ủy"])]


def test_a_labelled_body_that_asks_others_leads_its_item():
    body = ("II. NHIỆM VỤ\n"
            "3. Ban Quản lý các khu công nghiệp Đồng Nai: yêu cầu các doanh nghiệp đầu tư kinh "
            "doanh hạ tầng khu công nghiệp rà soát hệ thống xử lý nước thải.\n"
            "4. Sở Công Thương: đề nghị các doanh nghiệp báo cáo tình hình.\n")
    tasks = run(body).tasks
    assert [(leads(t), [a.name for a in t.report_to]) for t in tasks] == [
        (["Ban Quản lý các khu công nghiệp Đồng Nai"], []), (["Sở Công Thương"], [])]


def test_a_seats_duties_are_work_of_that_seat():
    body = ("Điều 3. Trách nhiệm của các thành viên Tổ công tác\n"
            "3. Thành viên là lãnh đạo Sở Tài chính: tham mưu bố trí đủ vốn chi trả bồi "
            "thường.\n"
            "4. Thành viên gồm: Phó Giám đốc Sở Xây dựng, Phó Giám đốc Sở Y tế.\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks][:1] == [["Thành viên là lãnh đạo Sở Tài chính"]]


def test_who_holds_a_seat_on_a_steering_committee_is_no_task():
    body = ("II. Thành phần\n"
            "1. Trưởng ban: Ông Nguyễn Hữu Phước, Phó Chủ tịch UBND tỉnh.\n"
            "2. Phó Trưởng ban thường trực: Giám đốc Sở Y tế.\n"
            "III. Nhiệm vụ\n"
            "1. Sở Y tế chủ trì xây dựng kế hoạch phòng, chống dịch.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Y tế"]]


def test_the_results_after_an_account_of_what_was_done_are_no_tasks():
    body = ("II. Nội dung\n1. Năm 2025, Mặt trận Tổ quốc các cấp đã vận động Quỹ được 62,7 tỷ "
            "đồng; hỗ trợ xây mới, sửa chữa 1.204 nhà Đại đoàn kết; trao 48.300 suất quà.\n"
            "2. Năm 2025, UBND xã đã rà soát 120 hộ; yêu cầu các thôn lập danh sách trước ngày "
            "15/12/2025.\n")
    tasks = run(body).tasks
    assert [t.text[:20] for t in tasks] == ["yêu cầu các thôn lập"]


def test_an_item_that_bases_its_work_on_something_is_work():
    """"Căn cứ giá ... để lập dự toán": the grounds, then the action it serves."""
    body = ("II. Đối với các chủ đầu tư\n1. Căn cứ giá vật liệu xây dựng do Sở Xây dựng công "
            "bố quý I/2026 (đăng tải trên Trang thông tin điện tử của Sở) để lập, thẩm định, "
            "điều chỉnh dự toán xây dựng công trình.\n")
    assert [t.text[:8] for t in run(body).tasks] == ["Căn cứ g"]


def test_the_enacting_formula_of_a_2025_legal_text_is_no_task():
    body = ("Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;\n"
            "Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.\n"
            "Ủy ban nhân dân ban hành Quyết định ban hành Bảng giá đất trên địa bàn tỉnh.\n"
            "Điều 1. Ban hành kèm theo Quyết định này Bảng giá đất.\n"
            "Điều 2. Bảng giá đất ban hành kèm theo Quyết định này được sử dụng làm căn cứ để:\n"
            "a) Tính tiền sử dụng đất khi Nhà nước công nhận quyền sử dụng đất;\n"
            "b) Tính thuế sử dụng đất.\n"
            "Điều 3. Sở Tài chính hướng dẫn xác định giá khởi điểm đấu giá quyền sử dụng đất.\n")
    assert [t.text[:13] for t in run(body).tasks] == ["Sở Tài chính "]


def test_what_the_unit_s_body_asks_of_others_stays_its_work():
    body = ("II. Nội dung\n4. Trưởng ban Ban Quản lý Khu kinh tế Dung Quất chỉ đạo các doanh "
            "nghiệp vận hành hệ thống xử lý nước thải tập trung; rà soát, yêu cầu các cơ sở chưa "
            "đấu nối hoàn thành đấu nối trước ngày 31/3/2026.\n")
    tasks = run(body).tasks
    assert [(leads(t), t.deadline.date) for t in tasks] == [
        (["Trưởng ban Ban Quản lý Khu kinh tế Dung Quất"], "2026-03-31")]


@pytest.mark.parametrize("opening", ["Hằng tuần vào thứ Sáu, ", "Sau Lễ hội, "])
def test_a_time_with_capitals_opens_the_sentence_before_its_subject(opening):
    body = f"II. Nội dung\n3. {opening}các chủ đầu tư báo cáo tiến độ về Sở Xây dựng.\n"
    tasks = run(body).tasks
    assert [(leads(t), t.lead_implicit) for t in tasks] == [(["các chủ đầu tư"], False)]


def test_clearing_illegal_sites_is_work():
    """An item that opens with its verb is work even when it names what was done before
    ("đã được ... thống kê" says which sites)."""
    body = ("II. Nội dung\n1. Sở Xây dựng:\n- Giải tỏa dứt điểm 09 bến bãi tập kết cát không "
            "phép đã được Sở Nông nghiệp và Môi trường thống kê.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Xây dựng"]]


def test_a_recommendation_to_a_named_body_is_its_work():
    """An inspection's "Kiến nghị X <verb>": X is recommended to act and leads, whatever it is
    asked to hand on; a heading "Kiến nghị X" hands its items to X, but "Kiến nghị của X" is
    what X recommends."""
    body = ("IV. KIẾN NGHỊ BIỆN PHÁP XỬ LÝ\n3. Kiến nghị Giám đốc Sở Tài chính chỉ đạo phòng "
            "chuyên môn thẩm tra quyết toán 06 dự án trong quý IV/2025.\n"
            "4. Kiến nghị Chủ tịch UBND tỉnh\n"
            "a) Chỉ đạo Sở Nội vụ xem xét, xử lý trách nhiệm của Giám đốc Ban Quản lý dự án.\n"
            "V. KIẾN NGHỊ CỦA ĐOÀN KIỂM TRA\n"
            "Buổi làm việc kết thúc vào lúc 11 giờ 30 phút cùng ngày.\n")
    tasks = run(body).tasks
    assert [(t.text[:12], leads(t)) for t in tasks] == [
        ("Kiến nghị Gi", ["Giám đốc Sở Tài chính"]), ("Chỉ đạo Sở N", ["Chủ tịch UBND tỉnh"])]


@pytest.mark.parametrize("topic,lead", [
    ("Đối với các đảng ủy xã, phường thành lập sau sắp xếp", "các đảng ủy xã, phường"),
    ("Đối với UBND các xã có mỏ đá đang khai thác (Thanh Sơn, Tam Nông, Lạc Sơn)", "UBND các xã"),
    ("Đối với các xã có dịch", "UBND các xã, phường"),
])
def test_a_topic_that_narrows_bodies_names_the_lead(topic, lead):
    """A topic that qualifies bodies ("các đảng ủy ... thành lập sau sắp xếp") names who does
    the work; one that qualifies places ("các xã có dịch") says where the heading's body acts."""
    body = f"II. Nội dung\n1. UBND các xã, phường:\n- {topic}: rà soát, báo cáo kết quả.\n"
    assert [leads(t) for t in run(body).tasks] == [[lead]]


def test_a_coordination_rule_s_chapter_of_content_gives_bodies_their_part():
    """A Quy chế phối hợp's "NỘI DUNG PHỐI HỢP": each named body's part is work; a rule in the
    passive about a thing is not."""
    body = ("Chương II\nNỘI DUNG PHỐI HỢP\nĐiều 4. Phối hợp về tổ chức bộ máy\n"
            "1. Sở Y tế có ý kiến bằng văn bản trong thời hạn 05 ngày làm việc kể từ ngày nhận "
            "đủ hồ sơ.\n2. Hội nghị đối thoại với doanh nghiệp về thủ tục thuế được tổ chức "
            "định kỳ 06 tháng một lần tại Trung tâm Phục vụ hành chính công.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Y tế"]]


def test_an_answer_that_a_matter_is_another_body_s_is_no_task():
    body = ("II. Nội dung\n2. Về kiến nghị tăng mức phụ cấp cho nhân viên y tế thôn, bản: nội "
            "dung thuộc thẩm quyền của HĐND tỉnh; Sở Y tế đã có Tờ trình số 2750/TTr-SYT ngày "
            "26/6/2025 đề nghị UBND tỉnh trình HĐND tỉnh xem xét.\n")
    assert run(body).tasks == []


def test_a_long_purpose_clause_before_the_subject():
    body = ("Qua đợt đại hội thí điểm tại Đảng bộ xã Hàm Yên, Ban Thường vụ Tỉnh ủy "
            "đánh giá công tác chuẩn bị văn kiện cơ bản bảo đảm đúng quy định.\n"
            "II. Nội dung\n2. Để kịp thời tháo gỡ khó khăn trong quá trình vận hành chính quyền "
            "địa phương hai cấp, Sở Nội vụ chủ trì tổng hợp các kiến nghị của các xã, phường "
            "tại Hội nghị; tham mưu UBND tỉnh văn bản trả lời trước ngày 20/9/2025.\n")
    tasks = run(body).tasks
    assert [(t.text[:6], leads(t), t.deadline.date) for t in tasks] == [
        ("Để kịp", ["Sở Nội vụ"], "2025-09-20")]


def test_the_members_of_a_body_are_one_lead():
    body = ("II. Nội dung\n3. Các thành viên Ủy ban bầu cử tỉnh theo dõi, kiểm tra công tác bầu "
            "cử tại các địa phương được phân công phụ trách.\n")
    assert [leads(t) for t in run(body).tasks] == [["Các thành viên Ủy ban bầu cử tỉnh"]]


def test_thanks_a_list_of_what_was_given_before_and_goods_are_no_tasks():
    body = ("Công ty Điện lực Lâm Đồng trân trọng cảm ơn sự quan tâm, hỗ trợ của UBND tỉnh, Sở "
            "Công Thương trong công tác bảo đảm cung cấp điện năm 2025.\n"
            "Để giải quyết tình trạng quá tải, Công ty đã được giao đầu tư 02 công trình lưới "
            "điện trọng điểm, gồm:\n- Nâng công suất Trạm biến áp 110 kV Đức Trọng;\n"
            "- Cải tạo lưới điện trung áp khu vực Đà Lạt, Lạc Dương.\n"
            "III. MẶT HÀNG, LĨNH VỰC TRỌNG TÂM\n- Thuốc lá điếu nhập lậu, rượu, bia, nước giải "
            "khát, bánh kẹo, thực phẩm tiêu dùng Tết;\n"
            "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương kiểm tra các cơ sở kinh doanh.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Công Thương"]]


def test_a_programme_s_contents_a_law_quoted_and_a_reminder_are_no_tasks():
    body = ("III. NỘI DUNG CHƯƠNG TRÌNH\n- Hội thi đấu vật, đua thuyền trên sông Lèn, kéo co, "
            "đánh đu, cờ người và các trò chơi dân gian.\n"
            "IV. HÌNH THỨC TUYÊN TRUYỀN\n1. Tuyên truyền trên báo chí, hệ thống thông tin cơ "
            "sở, trang thông tin điện tử và mạng xã hội.\n"
            "V. Ý KIẾN\nNghị định số 54/2019/NĐ-CP ngày 19 tháng 6 năm 2019 của Chính phủ quy "
            "định điều kiện kinh doanh dịch vụ karaoke như sau:\n"
            "a) Bảo đảm các điều kiện về phòng, chống cháy theo quy định của pháp luật;\n"
            "b) Phòng hát phải có diện tích sử dụng từ 20 m2 trở lên.\n"
            "2. Lưu ý: hồ sơ gửi về Sở phải có đủ phim tư liệu, ảnh và bản đồ.\n"
            "3. Sở Văn hóa, Thể thao và Du lịch hướng dẫn Công ty hoàn thiện hồ sơ.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Văn hóa, Thể thao và Du lịch"]]


def test_a_body_that_leads_a_supervision_is_handed_it():
    """Under "NỘI DUNG GIÁM SÁT" the items name what is supervised; one that opens with a
    body and its work hands that work over."""
    body = ("II. NỘI DUNG GIÁM SÁT\n1. Việc thực hiện chính sách bảo hiểm y tế học sinh, sinh "
            "viên trên địa bàn tỉnh.\n2. Hội Cựu chiến binh tỉnh chủ trì giám sát việc thực hiện "
            "chính sách đối với người có công; hoàn thành trong quý III/2026.\n")
    assert [leads(t) for t in run(body).tasks] == [["Hội Cựu chiến binh tỉnh"]]


def test_a_body_that_leads_work_under_a_subheading_of_a_supervision_section_is_handed_it():
    """The sub-sections of "NỘI DUNG GIÁM SÁT, PHẢN BIỆN XÃ HỘI" are read as the section is:
    subjects, but a body that opens a unit with its work leads that work."""
    body = ("III. NỘI DUNG GIÁM SÁT, PHẢN BIỆN XÃ HỘI\n1. Phản biện xã hội\na) Ban Thường trực "
            "Ủy ban MTTQ Việt Nam tỉnh chủ trì, phối hợp với Hội Nông dân tỉnh tổ chức phản biện "
            "xã hội đối với dự thảo Nghị quyết; thời gian thực hiện trong quý II/2026.\n"
            "b) Việc thực hiện chính sách hỗ trợ hợp tác xã nông nghiệp.\n")
    assert [leads(t) for t in run(body).tasks] == [["Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"]]


def test_the_part_a_body_was_given_is_its_grounds_not_its_work():
    """"Căn cứ nội dung được phân công, xây dựng kế hoạch ...": what the body works from,
    then its work."""
    body = ("V. TỔ CHỨC THỰC HIỆN\n1. Các tổ chức chính trị - xã hội tỉnh\n- Căn cứ nội dung được "
            "phân công, xây dựng kế hoạch giám sát chuyên đề của tổ chức mình, gửi về Ban Thường "
            "trực trước ngày 28/02/2026.\n")
    assert [leads(t) for t in run(body).tasks] == [["Các tổ chức chính trị - xã hội tỉnh"]]


def test_the_time_ahead_opens_work_not_particulars():
    """"Thời gian tới, ... yêu cầu ... các nhiệm vụ sau:" looks ahead: its items are work (a
    "Thời gian:" heading gives particulars)."""
    body = ("4. Thời gian tới, Ban Thường vụ Đảng ủy xã yêu cầu các cơ quan, đơn vị tập trung thực "
            "hiện tốt các nhiệm vụ sau:\n4.1. Văn phòng Đảng ủy xã tham mưu Thường trực Đảng ủy "
            "xã tổ chức thăm, chúc Tết các gia đình chính sách.\n4.2. Đề nghị Ủy ban MTTQ Việt "
            "Nam xã chủ trì vận động ủng hộ Quỹ Vì người nghèo.\n")
    assert [leads(t) for t in run(body).tasks] == [["Văn phòng Đảng ủy xã"],
                                                   ["Ủy ban MTTQ Việt Nam xã"]]


def test_a_work_programme_s_column_of_whom_it_is_submitted_to():
    body = ("Tháng | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Cấp trình\n"
            "Tháng 3 | Quy định phân cấp quản lý hạ tầng kỹ thuật đô thị | Sở Xây dựng | Sở Tư "
            "pháp | UBND tỉnh (để trình HĐND tỉnh)\n")
    tasks = run(body).tasks
    assert [[a.name for a in t.report_to] for t in tasks] == [["UBND tỉnh"]]


def test_a_guidance_letter_s_items_are_for_those_it_guides():
    body = ("Để chuẩn bị tốt năm học mới, Sở Giáo dục và Đào tạo hướng dẫn các cơ sở giáo dục "
            "thực hiện một số nội dung sau:\n1. Về tổ chức Lễ khai giảng\n- Rà soát, bảo đảm "
            "100% học sinh có đủ sách giáo khoa trước ngày 05/9/2025.\n")
    assert [leads(t) for t in run(body).tasks] == [["các cơ sở giáo dục"]]


def test_a_guidance_letter_s_items_are_for_the_short_name_it_gives_them():
    """"Sở Nội vụ hướng dẫn các sở, ... (sau đây gọi chung là các cơ quan, đơn vị) tổng kết
    ... như sau:": the guided bodies' items, by the name the letter calls them."""
    body = ("Sở Nội vụ hướng dẫn các sở, ban, ngành, Ủy ban nhân dân các xã, phường (sau đây "
            "gọi chung là các cơ quan, đơn vị) tổng kết công tác thi đua năm 2026 như sau:\n"
            "1. Báo cáo tổng kết công tác thi đua năm 2026 gửi về Sở Nội vụ trước ngày "
            "15/01/2027.\n")
    assert [leads(t) for t in run(body).tasks] == [["các cơ quan, đơn vị"]]


def test_a_place_named_giao_hands_nothing_over():
    """"UBND xã Giao Ninh" holds the word "giao" (to hand over) in its name: the heading is a
    label of two bodies all the same."""
    body = ("II. NHIỆM VỤ\n4. UBND xã Giao Ninh, UBND xã Hải Tiến:\n- Tuyên truyền, vận động "
            "47 hộ dân chưa đồng thuận nhận tiền bồi thường.\n")
    assert [leads(t) for t in run(body).tasks] == [["UBND xã Giao Ninh", "UBND xã Hải Tiến"]]


def test_a_kind_of_body_narrowed_by_a_clause_then_what_it_must_do():
    """"Các doanh nghiệp đang chậm đóng ... phải xây dựng ...": those of the kind meant, then
    their work; "Các xã đã hoàn thành ..." is what was done."""
    body = ("II. NHIỆM VỤ\n1. Các doanh nghiệp đang chậm đóng bảo hiểm xã hội từ 03 tháng trở "
            "lên phải xây dựng lộ trình nộp trước ngày 30/6/2026.\n2. Các địa phương đang có nợ "
            "quá hạn khẩn trương hoàn trả toàn bộ số nợ quá hạn.\n3. Các xã đã hoàn thành việc "
            "rà soát.\n")
    assert [leads(t) for t in run(body).tasks] == [["Các doanh nghiệp"], ["Các địa phương"]]


def test_once_the_flood_has_passed_is_when_work_starts():
    """"Sau khi nước rút, tổ chức ...": a time to come, not background, and its deadline."""
    body = ("II. Nhiệm vụ\n1. UBND các xã:\n- Sau khi nước rút, tổ chức kiểm tra, thống kê thiệt "
            "hại, báo cáo UBND tỉnh.\n")
    tasks = run(body).tasks
    assert [(leads(t), t.deadline.type, t.deadline.text) for t in tasks] == [
        (["UBND các xã"], "vague", "Sau khi nước rút")]


def test_a_body_that_works_from_the_document_at_hand():
    """"X căn cứ Kế hoạch này xây dựng ...": what X works from, then its action."""
    body = ("IV. TỔ CHỨC THỰC HIỆN\n1. Các đảng ủy trực thuộc Tỉnh ủy căn cứ Kế hoạch này xây "
            "dựng kế hoạch thực hiện, hoàn thành trước ngày 31-10-2025.\n")
    tasks = run(body).tasks
    assert [(leads(t), str(t.deadline.date)) for t in tasks] == [
        (["Các đảng ủy trực thuộc Tỉnh ủy"], "2025-10-31")]


def test_a_heading_that_directs_leads_the_bodies_its_items_name():
    """Under "Đảng ủy UBND tỉnh lãnh đạo, chỉ đạo:" an item "Ủy ban nhân dân tỉnh ban hành
    ..." is the Đảng ủy's work through the body it directs, as "X chỉ đạo Y làm Z" is X's;
    a heading that only names a body leaves its items' own subjects alone."""
    body = ("IV. TỔ CHỨC THỰC HIỆN\n1. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo:\n- Ủy ban "
            "nhân dân tỉnh ban hành kế hoạch thực hiện trong tháng 10-2025.\n- Rà soát quy "
            "hoạch ba loại rừng.\n2. Sở Tài chính:\n- Phòng Ngân sách chủ trì bố trí kinh "
            "phí.\n")
    assert [leads(t) for t in run(body).tasks] == [
        ["Đảng ủy Ủy ban nhân dân tỉnh"], ["Đảng ủy Ủy ban nhân dân tỉnh"], ["Phòng Ngân sách"]]


def test_the_figures_a_body_works_from_are_no_deadline():
    """"căn cứ kết quả giải ngân đến ngày 31/01/2026, tham mưu ...": what the body works from
    (up to a cut-off day), then its work and its own deadline."""
    body = ("II. Nhiệm vụ\n6. Sở Nội vụ: căn cứ kết quả giải ngân đến ngày 31/01/2026, tham mưu "
            "UBND tỉnh xem xét trách nhiệm người đứng đầu các xã, báo cáo trong tháng 02/2026.\n")
    tasks = run(body).tasks
    assert [(leads(t), t.deadline.type, str(t.deadline.date)) for t in tasks] == [
        (["Sở Nội vụ"], "within_period", "2026-02-28")]


def test_work_that_informs_someone_is_no_closing_formula():
    """The last item before the closing may tell a body to inform others ("thông báo cho phụ
    huynh học sinh"): work, not the formula, which tells its readers to know ("thông báo cho
    các cơ quan biết")."""
    body = ("IV. TỔ CHỨC THỰC HIỆN\n1. Trung tâm Y tế khu vực tổ chức chiến dịch.\n2. Đề nghị Sở "
            "Giáo dục và Đào tạo chỉ đạo các trường bố trí địa điểm tiêm, thông báo cho phụ "
            "huynh học sinh trước ngày tiêm ít nhất 03 ngày.\n")
    tail = TAIL.split("\n", 1)[1]  # no formula of its own: the item is the last line
    tasks = extract((HEAD + body + tail).encode(), filename="t.txt").tasks
    assert [leads(t) for t in tasks] == [["Trung tâm Y tế khu vực"], ["Sở Giáo dục và Đào tạo"]]


def test_a_table_of_cases_hands_each_case_to_its_handler():
    """"Vụ việc | Cơ quan chủ trì | ... | Thời hạn hoàn thành": each row is a complaint to
    settle, by its handler, by its term."""
    body = ("STT | Vụ việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành\n"
            "I | Vụ việc khiếu nại\n1 | Ông Ngô Văn Hiển, phường Từ Sơn: khiếu nại Quyết định xử "
            "phạt vi phạm hành chính | UBND phường Từ Sơn | Sở Xây dựng | Trước ngày 15/01/2026\n")
    tasks = run(body).tasks
    assert [(leads(t), [a.name for a in t.support], str(t.deadline.date)) for t in tasks] == [
        (["UBND phường Từ Sơn"], ["Sở Xây dựng"], "2026-01-15")]



def test_an_item_ending_on_what_it_covers_keeps_its_list_as_contents():
    """"... trước ngày 12-12-2025. Đối tượng rà soát gồm:" and "Trong đó, tập trung rà soát:"
    end an item with what its work covers: the list below is no work of its own."""
    body = ("II. Nhiệm vụ\n1. Sở Nội vụ rà soát, lập danh sách người có nghĩa vụ kê khai, gửi về "
            "Ủy ban Kiểm tra trước ngày 12-12-2025. Đối tượng rà soát gồm:\n- Người giữ chức vụ "
            "từ Phó Giám đốc sở trở lên;\n- Bí thư, Phó Bí thư đảng ủy các xã, phường.\n2. Sở Tư "
            "pháp rà soát văn bản quy phạm pháp luật, gửi kết quả trước ngày 29/8/2025. Trong đó, "
            "tập trung rà soát:\n- Văn bản quy định về giá đất, bồi thường, hỗ trợ;\n- Văn bản "
            "quy định mức thu phí, lệ phí.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Nội vụ"], ["Sở Tư pháp"]]


def test_a_schedule_hands_each_meeting_to_the_unit_that_prepares_it():
    """A week's schedule says who chairs and who attends; its "Đơn vị chuẩn bị" column hands
    the preparing unit work, on the row's day (a day written once holds for the rows under
    it). Rows with no preparing unit hand nothing over."""
    body = ("Thứ, ngày | Thời gian | Nội dung công việc | Chủ trì | Thành phần | Địa điểm | Đơn vị "
            "chuẩn bị\nThứ Hai 13/10 | 07h30 | Chào cờ đầu tuần; giao ban | Chủ tịch UBND xã | "
            "Các Phó Chủ tịch | Hội trường | Văn phòng HĐND và UBND xã\n | 14h00 | Họp nghe báo "
            "cáo tiến độ giải ngân | Chủ tịch UBND xã | Phòng Kinh tế | Phòng họp số 1 | Phòng "
            "Kinh tế\nThứ Ba 14/10 | 08h00 | Kiểm tra tiến độ thu hoạch lúa mùa | Phó Chủ tịch | "
            "Phòng Kinh tế | Các thôn | \n")
    tasks = run(body).tasks
    assert [(leads(t), str(t.deadline.date)) for t in tasks] == [
        (["Văn phòng HĐND và UBND xã"], "2025-10-13"), (["Phòng Kinh tế"], "2025-10-13")]


def test_a_briefing_s_opening_and_who_attended_are_no_tasks():
    """"Sáng thứ Hai, ngày 14/7/2025, ... chủ trì cuộc họp giao ban. Dự họp có đồng chí A,
    ... phụ trách kinh tế; đồng chí B, ... phụ trách văn hóa - xã hội; ...": the meeting and its
    attendance, clause by clause, hand nothing over."""
    body = ("Sáng thứ Hai, ngày 14/7/2025, tại phòng họp UBND xã, đồng chí Hà Văn Quyết, Chủ tịch "
            "UBND xã chủ trì cuộc họp giao ban tuần 29. Dự họp có đồng chí Đinh Công Toàn, Phó "
            "Chủ tịch UBND xã phụ trách kinh tế; đồng chí Nguyễn Thị Hằng, Phó Chủ tịch UBND xã "
            "phụ trách văn hóa - xã hội; Trưởng Công an xã.\nII. Nhiệm vụ\n1. Phòng Kinh tế rà "
            "soát hồ sơ đất đai quá hạn.\n")
    assert [leads(t) for t in run(body).tasks] == [["Phòng Kinh tế"]]


def test_a_session_s_agenda_is_no_work():
    """"II. NỘI DUNG KỲ HỌP" lists the reports and drafts a council will hear."""
    body = ("II. NỘI DUNG KỲ HỌP\n1. Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm của UBND "
            "xã.\n2. Tờ trình và dự thảo Nghị quyết điều chỉnh kế hoạch đầu tư công năm 2026.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng HĐND và UBND xã chuẩn bị tài liệu kỳ họp.\n")
    assert [leads(t) for t in run(body).tasks] == [["Văn phòng HĐND và UBND xã"]]


def test_pointers_compositions_and_funding_lines_are_no_tasks():
    body = ("Điều 1. Phân bổ kinh phí hỗ trợ khắc phục hậu quả mưa lũ.\n3. Chi tiết phân bổ cho "
            "từng xã, phường tại Phụ lục kèm theo Quyết định này.\n"
            "II. Tổ chức thực hiện\n1. Kinh phí thực hiện: từ nguồn chi thường xuyên năm 2026 của "
            "Chi cục Thủy lợi.\n2. Phòng Kinh tế: căn cứ danh mục do Phòng Văn hóa - Xã hội tổng "
            "hợp, khảo sát, lập dự toán sửa chữa.\n3. Phòng Kinh tế, Trạm Y tế xã: phối hợp kiểm "
            "tra hiện trạng Trạm Y tế xã.\n")
    assert [leads(t) for t in run(body).tasks] == [["Phòng Kinh tế"],
                                                   ["Phòng Kinh tế", "Trạm Y tế xã"]]


def test_an_approval_that_mentions_what_was_given_before_hands_nothing_over():
    body = ("Xét đề nghị của Sở Y tế tại Tờ trình số 215/TTr-SYT ngày 03/7/2025, Chủ tịch UBND "
            "tỉnh có ý kiến như sau:\n1. Đồng ý chủ trương mua sắm 11 danh mục trang thiết bị y "
            "tế cho Bệnh viện Đa khoa (chi tiết tại Tờ trình số 215/TTr-SYT nêu trên), dự toán "
            "tạm tính 36,2 tỷ đồng, từ nguồn Quỹ phát triển hoạt động sự nghiệp của Bệnh viện và "
            "nguồn ngân sách tỉnh năm 2025 đã giao cho Sở Y tế.\n2. Giao Sở Tài chính thẩm định "
            "dự toán.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Tài chính"]]


def test_a_party_s_own_undertaking_is_no_task():
    """"Nhà thầu thi công (Công ty X) cam kết hoàn thành ...": what it promised; "Yêu cầu nhà
    thầu ..." and "ký cam kết" hand work over."""
    body = ("1. Dự án đường ven biển\nNhà thầu thi công (Công ty TNHH Xây dựng Đại Lộc) cam kết "
            "hoàn thành toàn bộ công trình trước ngày 30/9/2025.\nYêu cầu nhà thầu bố trí thêm 02 "
            "mũi thi công.\nUBND xã tổ chức cho hộ kinh doanh ký cam kết không lấn chiếm vỉa hè.\n")
    assert [leads(t) for t in run(body).tasks] == [["nhà thầu"], ["UBND xã"]]


def test_a_table_of_schemes_hands_work_to_its_lead_column_only():
    """"Tên đề án, chương trình | Cơ quan chủ trì | Thời gian thực hiện": each scheme is its
    lead's work; "Tên đề án | Đơn vị thực hiện | Kinh phí khuyến công" lists what is funded,
    "Nội dung tiêu chí | ... | Cơ quan phụ trách" what is assessed."""
    led = ("STT | Tên đề án, chương trình | Cơ quan chủ trì | Thời gian thực hiện | Kinh phí dự "
           "kiến (tỷ đồng)\n1 | Đề án hỗ trợ hộ kinh doanh chuyển đổi lên doanh nghiệp | Sở Tài "
           "chính | 2026 - 2027 | 45\n")
    assert [leads(t) for t in run(led).tasks] == [["Sở Tài chính"]]
    funded = ("STT | Tên đề án | Đơn vị thực hiện | Địa điểm | Kinh phí khuyến công (triệu đồng) "
              "| Thời gian thực hiện\n1 | Ứng dụng máy đóng gói tự động sản phẩm bánh tráng | "
              "Hộ kinh doanh Minh Tâm | Xã Ia Grai | 250 | Năm 2026\n")
    assert run(funded).tasks == []
    criteria = ("STT | Tên tiêu chí | Nội dung tiêu chí | Chỉ tiêu chung | Kết quả đánh giá của "
                "xã | Cơ quan phụ trách\n1 | Giao thông | Tỷ lệ đường xã được nhựa hóa hoặc bê "
                "tông hóa | 100% | | Sở Xây dựng\n")
    assert run(criteria).tasks == []  # a form of criteria to assess, each body's field
    ocr = led.replace("Cơ quan chủ trì", "Cơ quan chủ tn")  # as OCR reads a bold header
    assert [leads(t) for t in run(ocr).tasks] == [["Sở Tài chính"]]
    dusty = ("STT | Nộidung hoạt động | Đơn vị chủ trì | Đơn vị phối . hợp | Thời gian\n1 | Kiểm "
             "tra công tác phòng, chống dịch | Phòng Nghiệp vụ Y | Trung tâm Kiểm soát bệnh tật | "
             "Quý II/2026\n")  # OCR's glued words and dust in the column titles
    assert [[a.name for a in t.support] for t in run(dusty).tasks] == [
        ["Trung tâm Kiểm soát bệnh tật"]]
    done = ("STT | Nội dung công việc | Đơn vị chủ trì | Thời gian thực hiện\n1 | Tham mưu thành "
            "lập Ủy ban bầu cử phường | Văn phòng HĐND và UBND phường | Đã thực hiện (Quyết định "
            "số 276/QĐ-UBND ngày 20/11/2025)\n2 | Lập danh sách cử tri | Công an phường | Trước "
            "ngày 10/12/2025\n")
    assert [leads(t) for t in run(done).tasks] == [["Công an phường"]]  # row 1 is done
    team = ("STT | Nội dung | Chủ trì | Phối hợp | Thời gian\n1 | Lập danh sách hộ cần rà soát | "
            "Tổ rà soát các thôn, bản | Trưởng thôn | Tháng 10/2025\n")
    assert [leads(t) for t in run(team).tasks] == [["Tổ rà soát các thôn, bản"]]  # one team


def test_a_roman_numbered_sentence_is_an_item_not_a_heading():
    """"IV. Giao Phòng X chủ trì theo dõi ...; tham mưu ... ." closes a letter: a long sentence
    under a roman numeral, with only the contact line after it, is work, not a heading."""
    n = run("I. Đối với các chủ đầu tư\n1. Rà soát biện pháp thi công trên các tuyến.\n"
            "II. Giao Phòng Quản lý giao thông chủ trì theo dõi, tổng hợp, đôn đốc các đơn vị "
            "thực hiện; tham mưu Giám đốc Sở tổ chức kiểm tra thực tế trong tháng 6/2026.\n"
            "Đầu mối liên hệ: Phòng Quản lý giao thông; điện thoại: 0212.3852.461.\n")
    follow_up = [t for t in n.tasks if t.text.startswith("Giao Phòng")]
    assert [leads(t) for t in follow_up] == [["Phòng Quản lý giao thông"]]
    assert [s.marker for s in n.sections if s.level == 1] == ["I."]


def test_what_a_received_document_asks_of_others_is_reported_not_assigned():
    """"Công điện yêu cầu các bộ ... tập trung ...": the Prime Minister's demand, reported in
    the background; the province's own work follows it."""
    n = run("Ủy ban nhân dân tỉnh nhận được Công điện số 168/CĐ-TTg ngày 18/9/2025 của Thủ "
            "tướng Chính phủ. Công điện yêu cầu các bộ, cơ quan trung ương và địa phương tập "
            "trung tháo gỡ vướng mắc, đẩy nhanh giải ngân vốn đầu tư công.\n"
            "1. Sở Tài chính tổng hợp tình hình giải ngân, báo cáo UBND tỉnh trước ngày "
            "05/10/2025.\n")
    assert [leads(t) for t in n.tasks] == [["Sở Tài chính"]]


def test_a_particulars_label_of_several_words_is_no_task():
    """"Thời gian ra quân cao điểm: từ ngày ... đến ...": when the campaign runs, a plan's
    particular, with the work in the other items."""
    n = run("1. Công an phường chủ trì ra quân xử lý lấn chiếm vỉa hè trước ngày 20/01/2026.\n"
            "2. Thời gian ra quân cao điểm: từ ngày 15/01/2026 đến hết ngày 05/3/2026.\n")
    assert [leads(t) for t in n.tasks] == [["Công an phường"]]


def test_a_plan_for_each_building_with_whom_it_falls_to_is_a_task_table():
    """"Phương án sắp xếp, xử lý | Cơ quan chịu trách nhiệm | Thời hạn hoàn thành": each row
    hands a building's handling to a body by a date; the same plan beside the bodies it
    reorganises ("Cơ quan | Phương án sắp xếp") is what the decision settles."""
    n = run("Điều 2. Các cơ quan thực hiện theo Phụ lục kèm theo.\nPHỤ LỤC\n"
            "STT | Cơ sở nhà, đất | Phương án sắp xếp, xử lý | Cơ quan chịu trách nhiệm | "
            "Thời hạn hoàn thành\n"
            "1 | Trụ sở UBND xã Hàm Rồng (cũ) | Điều chuyển cho Sở Y tế sử dụng làm trạm y tế | "
            "Sở Tài chính | Quý IV/2025\n")
    rows = [t for t in n.tasks if t.text.startswith("Điều chuyển")]
    assert [(leads(t), t.deadline.date) for t in rows] == [(["Sở Tài chính"], "2025-12-31")]
    settled = run("Điều 1. Phê duyệt phương án theo Phụ lục.\nPHỤ LỤC\n"
                  "STT | Cơ quan | Phương án sắp xếp | Số phòng trước sắp xếp\n"
                  "1 | Sở Y tế | Hợp nhất Phòng Nghiệp vụ Y và Phòng Nghiệp vụ Dược | 9\n")
    assert not [t for t in settled.tasks if t.text.startswith("Hợp nhất")]


def test_what_was_given_earlier_is_no_past_act_of_the_subject():
    """"các khoản kinh phí đã giao trong dự toán": a participle on what the Sở reviews, not an
    account of what was done; "đến ngày 30/11/2025 chưa phân bổ" is what stands on that day,
    the term comes after it."""
    n = run("7. Sở Tài chính rà soát các khoản kinh phí đã giao trong dự toán nhưng đến ngày "
            "30/11/2025 chưa phân bổ, tham mưu UBND tỉnh cắt giảm; hoàn thành trong tháng "
            "12/2025.\n")
    assert [(leads(t), t.deadline.date) for t in n.tasks] == [(["Sở Tài chính"], "2025-12-31")]


def test_a_figure_against_what_a_body_gave_is_a_finding():
    """"bằng 86,2% dự toán Trung ương giao": what was given, not a request to give."""
    n = run("1. Tổng thu ngân sách nhà nước trên địa bàn 10 tháng năm 2025 ước đạt 31.870 tỷ "
            "đồng, bằng 86,2% dự toán Trung ương giao, tăng 12,4% so với cùng kỳ.\n"
            "2. Sở Tài chính đôn đốc thu ngân sách, phấn đấu vượt dự toán được giao.\n")
    assert [leads(t) for t in n.tasks] == [["Sở Tài chính"]]


def test_a_figure_as_of_a_day_is_a_finding():
    """"Tính đến ngày 31/10/2025, ... còn 14.286 hồ sơ tồn đọng": where things stood."""
    n = run("1. Tính đến ngày 31/10/2025, trên địa bàn tỉnh còn 14.286 hồ sơ đăng ký, cấp Giấy "
            "chứng nhận tồn đọng; một số xã, phường chưa bố trí đủ công chức địa chính.\n"
            "2. Sở Nông nghiệp và Môi trường hướng dẫn các xã giải quyết dứt điểm hồ sơ tồn "
            "đọng.\n")
    assert [leads(t) for t in n.tasks] == [["Sở Nông nghiệp và Môi trường"]]


def test_an_account_of_results_goes_on_through_its_semicolons():
    """"Năm 2025, ... đã hoàn thành ...; tiếp nhận ...; triển khai bệnh án điện tử tại 12/14
    bệnh viện": each part after the first is one more result, however many come between."""
    n = run("1. Năm 2025, ngành Y tế đã hoàn thành 9/10 chỉ tiêu được giao; tiếp nhận, kiện toàn "
            "130 trạm y tế xã sau sắp xếp; triển khai bệnh án điện tử tại 12/14 bệnh viện tuyến "
            "tỉnh.\n2. Sở Y tế triển khai bệnh án điện tử tại các bệnh viện còn lại.\n")
    assert [leads(t) for t in n.tasks] == [["Sở Y tế"]]


def test_a_long_topic_clause_closed_by_a_comma_leaves_the_work_after_it():
    """"Đối với các dự án đã hết thời gian gia hạn mà nhà đầu tư không có khả năng tiếp tục
    thực hiện, kiên quyết chấm dứt ...": the "đã" describes which projects, the work follows."""
    n = run("1. Sở Tài chính:\n- Đối với các dự án đã hết thời gian gia hạn mà nhà đầu tư không có "
            "khả năng tiếp tục thực hiện, kiên quyết chấm dứt hoạt động, thu hồi đất theo quy "
            "định.\n")
    assert [leads(t) for t in n.tasks] == [["Sở Tài chính"]]


def test_an_account_of_where_things_stand_goes_on_through_its_semicolons():
    """"Sáu tháng đầu năm 2025, ... ước đạt 7,4%; thu ngân sách ... đạt 56,2% dự toán; giải
    ngân vốn đầu tư công đạt 41,8% kế hoạch.": figures, not a request to disburse."""
    n = run("Năm 2026 là năm có ý nghĩa quan trọng. Sáu tháng đầu năm 2025, tốc độ tăng trưởng "
            "GRDP của tỉnh ước đạt 7,4%; thu ngân sách nhà nước trên địa bàn đạt 56,2% dự toán; "
            "giải ngân vốn đầu tư công đạt 41,8% kế hoạch.\n"
            "1. Sở Tài chính đôn đốc giải ngân vốn đầu tư công.\n")
    assert [leads(t) for t in n.tasks] == [["Sở Tài chính"]]


def test_a_year_end_review_s_assessment_step_is_work():
    """"3. Đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên:" heads the review's work;
    "II. Đánh giá kết quả" heads findings."""
    n = run("I. Đánh giá kết quả năm 2025\n1. Các chi bộ đã hoàn thành tốt nhiệm vụ.\n"
            "II. Nội dung thực hiện\n1. Đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên:\n"
            "- Chi bộ, đảng bộ cơ sở tổ chức đánh giá, xếp loại chất lượng đảng viên; hoàn "
            "thành trước ngày 25-12-2025.\n")
    assert [t.deadline.date for t in n.tasks] == ["2025-12-25"]


def test_bodies_picked_out_by_what_they_hold_then_a_colon_have_work():
    """"Các cơ quan, đơn vị đang quản lý trụ sở dôi dư ...: bàn giao ...": which bodies, then
    their work; without the colon "đang quản lý" says what they do now."""
    n = run("1. Các cơ quan, đơn vị cấp tỉnh đang quản lý trụ sở dôi dư của các huyện cũ: bàn giao "
            "nguyên trạng hồ sơ, tài sản cho UBND xã trước ngày 25/8/2025.\n"
            "2. Các cơ quan, đơn vị cấp tỉnh đang quản lý 35 trụ sở dôi dư.\n")
    assert [leads(t) for t in n.tasks] == [["Các cơ quan, đơn vị cấp tỉnh"]]


def test_an_approval_at_a_body_s_request_hands_nothing_over():
    """"Đồng ý chủ trương để X đầu tư ... theo đề nghị của đơn vị": the request is the unit's
    own, named as a noun; a handover after the approval still is work."""
    n = run("II. Kết luận\n1. Đồng ý chủ trương để Trung tâm Đăng kiểm xe cơ giới 65-01S đầu tư "
            "bổ sung 01 dây chuyền kiểm định theo đề nghị của đơn vị.\n2. Đồng ý chủ trương theo "
            "đề nghị của Sở Y tế; giao Sở Tài chính bố trí kinh phí.\n")
    assert [leads(t) for t in n.tasks] == [["Sở Tài chính"]]


def test_an_item_opening_with_triet_de_is_work():
    """"Triệt để tiết kiệm chi thường xuyên, ...": a manner, then the verb."""
    n = run("1. Các sở, ban, ngành, UBND các xã:\n- Triệt để tiết kiệm chi thường xuyên, cắt "
            "giảm tối thiểu 50% kinh phí hội nghị, hội thảo so với dự toán.\n")
    assert [t.text[:24] for t in n.tasks] == ["Triệt để tiết kiệm chi t"]


def test_the_rules_a_decree_lays_down_are_quoted_not_assigned():
    """"Theo quy định tại Nghị định số 70/2025/NĐ-CP:" + "- Khi bán xăng dầu ..., người bán
    phải lập hóa đơn ...": what the law requires of everyone, quoted."""
    n = run("Theo quy định tại Nghị định số 70/2025/NĐ-CP:\n"
            "- Khi bán xăng dầu cho khách hàng, người bán phải lập hóa đơn điện tử cho từng "
            "lần bán hàng;\n- Hóa đơn điện tử phải có đầy đủ nội dung theo quy định.\n"
            "Đề nghị các doanh nghiệp hoàn thành kết nối trước ngày 31/3/2026.\n")
    assert [t.text[:20] for t in n.tasks] == ["Đề nghị các doanh ng"]


def test_a_numbered_item_that_names_what_it_covers_is_one_task():
    """"1. Tổ chức đợt cao điểm kiểm tra ..., tập trung vào các nhóm hàng:" + "+ Mỹ phẩm, ...;":
    the work, then the goods it covers (not tasks of their own)."""
    n = run("1. Các Đội Quản lý thị trường:\n"
            "a) Tổ chức đợt cao điểm kiểm tra, kiểm soát từ ngày 01/9/2026 đến ngày 31/10/2026 "
            "đối với hoạt động kinh doanh qua sàn thương mại điện tử, tập trung vào các nhóm "
            "hàng:\n+ Mỹ phẩm, thực phẩm bảo vệ sức khỏe;\n+ Quần áo, giày dép giả mạo nhãn "
            "hiệu.\nb) Rà soát danh sách tổ chức kinh doanh qua livestream.\n")
    assert [t.text[:12] for t in n.tasks] == ["Tổ chức đợt ", "Rà soát danh"]


def test_a_plan_of_delegations_is_a_task_table():
    """"STT | Đoàn | Thời gian dự kiến | Địa điểm | Cơ quan chủ trì": each delegation is work
    for the body that leads it."""
    n = run("PHỤ LỤC\nSTT | Đoàn | Thời gian dự kiến | Địa điểm | Cơ quan chủ trì | Cơ quan "
            "phối hợp\n1 | Đoàn đại biểu cấp cao tỉnh thăm, làm việc với tỉnh Xiêng Khoảng | "
            "Tháng 4/2026 | Tỉnh Xiêng Khoảng (Lào) | Sở Ngoại vụ | Văn phòng UBND tỉnh\n")
    assert [(leads(t), t.deadline.date) for t in n.tasks] == [(["Sở Ngoại vụ"], "2026-04-30")]


def test_a_long_annex_title_in_capitals_is_no_task():
    """"PHÂN CÔNG NHIỆM VỤ ... 6 THÁNG CUỐI NĂM 2026" over an annex table: its title."""
    n = run("PHỤ LỤC\nPHÂN CÔNG NHIỆM VỤ PHÁT TRIỂN NGƯỜI THAM GIA BẢO HIỂM XÃ HỘI, BẢO HIỂM "
            "THẤT NGHIỆP VÀ GIẢM NỢ ĐÓNG 6 THÁNG CUỐI NĂM 2026\n"
            "STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Thời gian hoàn thành\n"
            "1 | Rà soát dữ liệu doanh nghiệp chưa đóng bảo hiểm | Phòng Thu | Tháng 8/2026\n")
    assert [leads(t) for t in n.tasks] == [["Phòng Thu"]]


def test_the_causes_listed_under_their_label_are_findings():
    """"Nguyên nhân chủ yếu:" + "- Một số xã chưa bố trí công chức ...": why, not work."""
    n = run("Nguyên nhân chủ yếu:\n"
            "- Hồ sơ do UBND cấp huyện (cũ) bàn giao chưa đầy đủ thành phần.\n"
            "- Một số xã, phường chưa bố trí công chức có chuyên môn về đất đai, còn giao công "
            "chức kiêm nhiệm tiếp nhận hồ sơ.\n"
            "1. Văn phòng Đăng ký đất đai giải quyết dứt điểm hồ sơ tồn đọng trước ngày "
            "31/12/2025.\n")
    assert [t.text[:12] for t in n.tasks] == ["Văn phòng Đă"]


def test_who_heads_a_sub_board_and_the_slogans_are_no_tasks():
    """"- Trưởng tiểu ban: ông X, ...": who holds the seat; "IV. KHẨU HIỆU TUYÊN TRUYỀN" +
    "1. ... muôn năm!": what the banners say."""
    n = run("1. Tiểu ban Nội dung - Kịch bản\n"
            "- Trưởng tiểu ban: ông Lê Đức Cường, Trưởng phòng Quản lý văn hóa, Sở Văn hóa, "
            "Thể thao và Du lịch; thành viên gồm đại diện Nhà hát Chèo.\n"
            "- Nhiệm vụ: Xây dựng kịch bản tổng thể Lễ khai mạc, trình Ban Tổ chức trước ngày "
            "15/12/2025.\nIV. KHẨU HIỆU TUYÊN TRUYỀN\n"
            "1. Đảng Cộng sản Việt Nam quang vinh muôn năm!\n"
            "2. Mừng Đảng, mừng Xuân Bính Ngọ năm 2026!\n")
    assert [t.text[:20] for t in n.tasks] == ["Nhiệm vụ: Xây dựng k"]


def test_a_heading_in_capitals_run_into_its_first_item_is_two_lines():
    """"V. TỔ CHỨC THỰC HIỆN1. Sở Tư pháp": a portal's copy lost the line break; the items
    under "1. Sở Tư pháp" are that body's."""
    n = run("V. TỔ CHỨC THỰC HIỆN1. Sở Tư pháp\n"
            "- Tổng hợp kết quả hưởng ứng Ngày Pháp luật, báo cáo UBND tỉnh trước ngày "
            "30/11/2025.\n2. UBND các xã, phường\n- Treo băng rôn, khẩu hiệu tại trụ sở.\n")
    assert [leads(t) for t in n.tasks] == [["Sở Tư pháp"], ["UBND các xã, phường"]]


def test_a_council_s_member_list_names_seats_not_work():
    """"Ông Trần Văn Bình - Chỉ huy trưởng Ban CHQS xã, Phó Chủ tịch Hội đồng;": a seat;
    "Hội đồng làm việc theo chế độ kiêm nhiệm": how it works. The duties below are work."""
    n = run("Điều 1. Thành lập Hội đồng nghĩa vụ quân sự xã, gồm:\n"
            "1. Ông Lê Quang Vinh - Chủ tịch UBND xã, Chủ tịch Hội đồng;\n"
            "2. Ông Trần Văn Bình - Chỉ huy trưởng Ban CHQS xã, Phó Chủ tịch Hội đồng;\n"
            "3. Bà Đỗ Thị Mai - Trưởng Trạm Y tế xã, Ủy viên.\n"
            "Điều 2. Hội đồng làm việc theo chế độ kiêm nhiệm, được sử dụng con dấu của UBND xã."
            "\nĐiều 3. Ban Chỉ huy Quân sự xã tổng hợp kết quả, báo cáo UBND xã trước ngày "
            "30/11/2026.\n")
    assert [leads(t) for t in n.tasks] == [["Ban Chỉ huy Quân sự xã"]]


def test_a_phase_label_and_where_supplies_come_from_are_no_tasks():
    """"Giai đoạn 3: Giao, nhận quân" names a phase; "Vũ khí ... do Bộ Chỉ huy Quân sự tỉnh bảo
    đảm theo phân cấp." says who supplies what, no work handed over here."""
    n = run("1. Ban Chỉ huy Quân sự xã tổ chức huấn luyện dân quân trong tháng 3/2026.\n"
            "2. Vũ khí, đạn, vật chất huấn luyện do Bộ Chỉ huy Quân sự tỉnh bảo đảm theo phân "
            "cấp.\nGiai đoạn 3: Giao, nhận quân\n")
    assert [leads(t) for t in n.tasks] == [["Ban Chỉ huy Quân sự xã"]]


def test_a_body_the_decision_sets_up_is_called_by_its_head():
    """"Điều 1. Thành lập Hội đồng nghĩa vụ quân sự xã Tân Hòa" + "Điều 2. Nhiệm vụ của Hội
    đồng" + "1. Giúp UBND xã ...": the items are that council's."""
    n = run("Điều 1. Thành lập Hội đồng nghĩa vụ quân sự xã Tân Hòa năm 2026.\n"
            "Điều 2. Nhiệm vụ của Hội đồng\n"
            "1. Tổ chức sơ tuyển sức khỏe cho công dân từ ngày 15/10 đến 30/11/2026.\n")
    items = [t for t in n.tasks if t.text.startswith("Tổ chức sơ tuyển")]
    assert [[a.canonical for a in t.lead] for t in items] == [
        ["Hội đồng nghĩa vụ quân sự xã Tân Hòa"]]


def test_what_a_session_takes_up_is_work_for_whoever_prepares_it():
    """"Nội dung trình phiên họp | Cơ quan chuẩn bị | ... | Thời hạn gửi hồ sơ về Văn phòng UBND
    tỉnh": each row is the preparing body's, sent to the office the header names."""
    n = run("STT | Nội dung trình phiên họp | Cơ quan chuẩn bị | Thời hạn gửi hồ sơ về Văn phòng "
            "UBND tỉnh\n1 | Báo cáo tình hình kinh tế - xã hội năm 2025 | Sở Tài chính | "
            "Trước ngày 22/12/2025\n")
    assert [(leads(t), [a.name for a in t.report_to]) for t in n.tasks] == [
        (["Sở Tài chính"], ["Văn phòng UBND tỉnh"])]


def test_the_members_listed_under_their_label_are_no_tasks():
    """"4. Các thành viên:" + "- Đại diện lãnh đạo Thuế tỉnh.": who sits on the group."""
    n = run("4. Các thành viên:\n- Ông Hà Trung Kiên, Phó Giám đốc Sở Xây dựng;\n"
            "- Đại diện lãnh đạo Thuế tỉnh Sơn La.\n"
            "5. Sở Tài chính bố trí kinh phí hoạt động của Tổ công tác.\n")
    assert [leads(t) for t in n.tasks] == [["Sở Tài chính"]]


def test_a_lead_in_that_only_names_whose_items_follow():
    """"Đối với Trưởng các thôn:" after label-inline paragraphs: the items are theirs."""
    n = run("Công an xã: kiểm tra, ngăn chặn các trường hợp thi công không phép.\n"
            "Đối với Trưởng các thôn:\n"
            "- Vận động người dân hỗ trợ ngày công cho các hộ neo đơn; hoàn thành trong quý "
            "III/2026.\n")
    items = [t for t in n.tasks if t.text.startswith("Vận động")]
    assert [leads(t) for t in items] == [["Trưởng các thôn"]]


def test_the_work_for_each_case_under_its_label():
    """"- Đơn vị chậm đóng dưới 03 tháng: gửi thông báo ...": a case, then its work; the items
    carry the work, not the lead-in "..., cụ thể:" over them."""
    n = run("1. Đối với Bảo hiểm xã hội cơ sở\n"
            "b) Tổ chức đôn đốc theo từng nhóm đơn vị chậm đóng, cụ thể:\n"
            "- Đơn vị chậm đóng dưới 03 tháng: gửi thông báo, nhắn tin đôn đốc hằng tháng.\n"
            "- Trường hợp có dấu hiệu trốn đóng: phối hợp với Công an cùng cấp thu thập tài "
            "liệu.\n"
            "- Nhóm doanh nghiệp đã giải thể: lập danh sách, báo cáo Bảo hiểm xã hội tỉnh.\n")
    assert [t.text[:12] for t in n.tasks] == ["Đơn vị chậm ", "Trường hợp c", "Nhóm doanh n"]


def test_a_plan_items_description_under_its_label_is_no_work():
    """"- Quy mô: cấp tỉnh ...", "- Nội dung: Báo cáo chính trị ...": what the item is."""
    n = run("1. Tổ chức Hội nghị tổng kết công tác dân quân tự vệ, cụ thể:\n"
            "- Quy mô: cấp tỉnh, dự kiến 200 đại biểu tham dự tại Hội trường tỉnh.\n"
            "- Nội dung: báo cáo kết quả 05 năm thực hiện Luật Dân quân tự vệ.\n"
            "- Thời gian: tổ chức trong tháng 10/2026 tại Hội trường tỉnh.\n")
    assert [t.text[:12] for t in n.tasks] == ["Tổ chức Hội "]


def test_an_item_that_opens_with_a_request_is_for_the_body_asked():
    """Under "3. Xã Krông Búk:", "- Đề nghị Đảng ủy xã Krông Búk ban hành ..." is the
    issuer's request to the party committee; a request inside the item's own work ("...;
    kịp thời đề nghị UBND tỉnh hỗ trợ") is the heading's body asking."""
    n = run("3. Xã Krông Búk:\n"
            "- Đề nghị Đảng ủy xã Krông Búk ban hành nghị quyết chuyên đề về dân quân.\n"
            "- Rà soát hộ có nguy cơ thiếu đói; kịp thời đề nghị UBND tỉnh hỗ trợ gạo.\n")
    assert [leads(t) for t in n.tasks] == [["Đảng ủy xã Krông Búk"], ["Xã Krông Búk"]]


def test_the_place_set_apart_does_its_own_part():
    """"Riêng đặc khu Lý Sơn bổ sung ...": under a heading for all the communes, the one
    place set apart in lower case leads its item."""
    n = run("2. Đối với UBND các xã, phường, đặc khu:\n"
            "a) Hoàn chỉnh hệ thống văn kiện diễn tập trong tháng 7/2026.\n"
            "b) Riêng đặc khu Lý Sơn bổ sung nội dung phòng thủ biển, đảo.\n")
    assert [leads(t) for t in n.tasks] == [["UBND các xã, phường, đặc khu"], ["đặc khu Lý Sơn"]]


def test_the_law_restated_is_no_task():
    """"Theo quy định tại Điều 28 Luật ..., người sử dụng lao động có trách nhiệm ...": what
    the law lays down; a request after such grounds still hands work over."""
    n = run("Theo quy định tại Điều 28 Luật Bảo hiểm xã hội năm 2024, người sử dụng lao động có "
            "trách nhiệm đăng ký tham gia bảo hiểm xã hội bắt buộc cho người lao động.\n"
            "Theo quy định tại Nghị định số 158/2025/NĐ-CP, đề nghị Sở Nội vụ hướng dẫn các "
            "doanh nghiệp đăng ký.\n")
    assert [leads(t) for t in n.tasks] == [["Sở Nội vụ"]]


def test_work_set_off_by_an_event():
    """"3. Khi xảy ra ngừng việc tập thể, cử cán bộ có mặt ...": standing work, the event that
    sets it off first; the item is one task from its start."""
    n = run("II. ĐỐI VỚI CÔNG ĐOÀN CƠ SỞ\n"
            "3. Khi xảy ra ngừng việc tập thể, cử cán bộ có mặt tại doanh nghiệp chậm nhất 02 "
            "giờ kể từ khi nhận được thông tin.\n")
    assert [t.text[:20] for t in n.tasks] == ["Khi xảy ra ngừng việ"]


def test_what_an_inspection_found_and_what_it_asks():
    """"Kết quả kiểm tra cho thấy:" + items: findings. A ban ("+ Không tích nước ...") and work
    on something approved before ("Thu tiền nước đúng mức giá đã được UBND tỉnh phê duyệt")
    are work."""
    n = run("Kết quả kiểm tra cho thấy:\n"
            "- Có 05/14 công trình ngừng hoạt động từ 03 tháng trở lên do hỏng máy bơm.\n"
            "- Công ty chưa thực hiện xét nghiệm chất lượng nước theo đúng tần suất quy định.\n"
            "I. ĐỐI VỚI CÔNG TY\n"
            "1. Thu tiền nước đúng mức giá đã được UBND tỉnh phê duyệt; không thu thêm các "
            "khoản ngoài quy định.\n"
            "2. Đối với các hồ chứa bị hư hỏng:\n"
            "+ Không tích nước vượt mực nước thiết kế đối với các hồ chứa chưa được sửa chữa.\n")
    assert [t.text[:14] for t in n.tasks] == ["Thu tiền nước ", "Không tích nướ"]


def test_an_article_that_announces_is_no_task():
    """"Điều 1. Công bố lịch lấy nước ...": the decision's own act, like "Ban hành"."""
    text = (HEAD.replace("THÔNG BÁO", "QUYẾT ĐỊNH").replace("88/TB-UBND", "88/QĐ-UBND")
            + "Điều 1. Công bố lịch lấy nước đổ ải phục vụ gieo cấy vụ Chiêm Xuân năm 2026 trên "
            "địa bàn tỉnh gồm 03 đợt.\n"
            "Điều 2. Giao Sở Nông nghiệp và Môi trường hướng dẫn các xã thực hiện.\n" + TAIL)
    n = extract(text.encode(), filename="t.txt")
    assert [leads(t) for t in n.tasks] == [["Sở Nông nghiệp và Môi trường"]]


def test_grounds_of_duty_then_work():
    """"Căn cứ chức năng, nhiệm vụ, chủ động phối hợp ...": under a heading that names the
    bodies, the grounds first, then their work."""
    n = run("6. Các cơ quan tham mưu, giúp việc Tỉnh ủy, các đảng ủy trực thuộc Tỉnh ủy\n"
            "Căn cứ chức năng, nhiệm vụ, chủ động phối hợp triển khai thực hiện Kế hoạch này.\n")
    assert [t.text[:20] for t in n.tasks] == ["Căn cứ chức năng, nh"]


def test_what_the_centre_asked_the_provinces_is_reported_not_handed_over():
    """A province's letter reporting "Bộ ... đề nghị Ủy ban nhân dân các tỉnh, thành phố ...:"
    passes the centre's demand on; the letter's own assignments follow. A ministry's letter
    to the provinces hands them work."""
    body = ("Tại Công văn này, Bộ Dân tộc và Tôn giáo đề nghị Ủy ban nhân dân các tỉnh, thành phố "
            "chỉ đạo thực hiện một số nội dung sau:\n"
            "- Nắm chắc tình hình hoạt động của các tổ chức tôn giáo dịp Lễ Giáng sinh.\n"
            "- Tổ chức thăm hỏi, chúc mừng các chức sắc tôn giáo tiêu biểu.\n"
            "Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, thành phố chỉ đạo cơ quan chuyên môn "
            "hướng dẫn doanh nghiệp.\n"
            "1. Sở Dân tộc và Tôn giáo chủ trì hướng dẫn các tổ chức tôn giáo đăng ký hoạt động.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Dân tộc và Tôn giáo"]]
    central = (HEAD.replace("ỦY BAN NHÂN DÂN |", "BỘ NỘI VỤ |").replace("TỈNH GIA LAI |", "|")
               + "Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, thành phố chỉ đạo cơ quan chuyên "
               "môn hướng dẫn doanh nghiệp điều chỉnh thang lương.\n" + TAIL)
    tasks = extract(central.encode(), filename="t.txt").tasks
    assert [leads(t) for t in tasks] == [["Ủy ban nhân dân các tỉnh, thành phố"]]


def test_a_group_named_in_lower_case_that_has_acted():
    """"...; các cơ sở tôn giáo đã thực hiện đúng nội dung đăng ký": what a group did; "Các nhà
    đầu tư thứ cấp đã được cấp ... khẩn trương ..." is work for the group so described."""
    n = run("Đại lễ Phật đản năm 2025 được tổ chức trang nghiêm; các cơ sở tôn giáo đã thực hiện "
            "đúng nội dung đăng ký với chính quyền.\n"
            "Các nhà đầu tư thứ cấp đã được cấp Giấy chứng nhận đăng ký đầu tư khẩn trương hoàn "
            "thiện thủ tục xây dựng.\n")
    assert [t.text[:20] for t in n.tasks] == ["Các nhà đầu tư thứ c"]


def test_what_a_letter_must_state_is_no_task():
    """"- Các chùa ... gửi văn bản đề nghị về UBND phường ..., trong đó nêu rõ:" + "+ Tên hoạt
    động ...": the item is the task, its sub-items what the letter holds."""
    n = run("b) Về đăng ký hoạt động tôn giáo:\n"
            "- Các chùa, niệm Phật đường có tổ chức hoạt động tôn giáo ngoài cơ sở tôn giáo gửi "
            "văn bản đề nghị về UBND phường trước ngày 12/5/2026, trong đó nêu rõ:\n"
            "+ Tên hoạt động, nội dung, chương trình, thời gian, địa điểm tổ chức;\n"
            "+ Người chịu trách nhiệm tổ chức, quy mô, thành phần tham gia dự kiến.\n")
    assert [(t.text[:10], leads(t)) for t in n.tasks] == [
        ("Các chùa, ", ["Các chùa, niệm Phật đường"])]


def test_the_body_told_to_use_a_channel_of_a_campaign():
    """Under "III. HÌNH THỨC TUYÊN TRUYỀN" the channels are no tasks, but "1. Tuyên truyền trên
    báo chí: Đề nghị Báo ... mở chuyên mục ..." hands the press work."""
    n = run("III. HÌNH THỨC TUYÊN TRUYỀN\n"
            "1. Tuyên truyền trên báo chí: Đề nghị Báo và Phát thanh, Truyền hình Thái Nguyên mở "
            "chuyên trang, chuyên mục tuyên truyền.\n"
            "2. Tuyên truyền trực quan bằng băng rôn, khẩu hiệu, pa nô tại các tuyến phố.\n")
    assert [leads(t) for t in n.tasks] == [["Báo và Phát thanh, Truyền hình Thái Nguyên"]]


def test_a_topic_heading_that_names_its_lead_in_brackets():
    """"3. Hoạt động văn hóa, văn nghệ, thể thao (Tổ Văn hóa - Thể thao chủ trì thực hiện)":
    the items are the bracketed body's."""
    n = run("3. Hoạt động văn hóa, văn nghệ, thể thao (Tổ Văn hóa - Thể thao chủ trì thực hiện)\n"
            "- Dàn dựng chương trình văn nghệ phục vụ Lễ kỷ niệm của xã.\n")
    assert [leads(t) for t in n.tasks] == [["Tổ Văn hóa - Thể thao"]]


def test_a_target_by_a_date_and_a_ban():
    """"- Đến ngày 30/6/2026, 100% bệnh viện ... triển khai ...": a target; "d) Không được từ
    chối ...": a ban, work."""
    n = run("1. Sở Y tế:\n"
            "- Đến ngày 30/6/2026, 100% bệnh viện công lập trên địa bàn tỉnh triển khai hồ sơ bệnh "
            "án điện tử.\n"
            "- Không được từ chối, hạn chế quyền lợi của người có thẻ BHYT với lý do hết dự "
            "toán.\n")
    assert [t.text[:16] for t in n.tasks] == ["Không được từ ch"]


def test_replying_is_work_an_answer_is_not():
    """"d) Trả lời bằng văn bản các phản ánh ... trong thời hạn 15 ngày" is work; "Trả lời:
    Tuyến đường đã có trong danh mục ..." is an answer to voters."""
    n = run("1. Thủ trưởng các sở, ban, ngành tỉnh:\n"
            "d) Trả lời bằng văn bản các phản ánh, kiến nghị của cơ quan báo chí trong thời hạn "
            "15 ngày kể từ ngày nhận được văn bản.\n"
            "2. Cử tri thôn 3 đề nghị sửa chữa tuyến đường liên thôn.\n"
            "Trả lời: Tuyến đường đã có trong danh mục công trình khắc phục hậu quả thiên tai.\n")
    assert [t.text[:16] for t in n.tasks] == ["Trả lời bằng văn"]


def test_what_delegates_said_is_no_task_the_chair_s_conclusions_are():
    """"I. Ý KIẾN CỦA CÁC ĐẠI BIỂU": reports and proposals made at the meeting; the work comes
    under the conclusions."""
    n = run("I. Ý KIẾN CỦA CÁC ĐẠI BIỂU\n"
            "1. Hạt Kiểm lâm đề nghị Giám đốc Vườn bổ sung kinh phí mua sắm thiết bị bay.\n"
            "2. Đại diện UBND xã Cư Pui kiến nghị Vườn quốc gia hỗ trợ cây giống bản địa.\n"
            "II. KẾT LUẬN CỦA GIÁM ĐỐC VƯỜN QUỐC GIA\n"
            "1. Hạt Kiểm lâm Vườn quốc gia tổ chức đợt cao điểm tuần tra, tháo gỡ bẫy thú.\n")
    assert [t.text[:12] for t in n.tasks] == ["Hạt Kiểm lâm"]


def test_what_an_inspection_focuses_on_is_its_contents():
    """"c) Phối hợp ... kiểm tra các cơ sở ..., trong đó tập trung:" + "+ Việc niêm yết ...": one
    task, the points it covers."""
    n = run("1. Trạm Y tế xã:\n"
            "c) Phối hợp với Công an xã kiểm tra các cơ sở y tế tư nhân có dịch vụ siêu âm trước "
            "ngày 30/11/2025, trong đó tập trung:\n"
            "+ Việc niêm yết quy định nghiêm cấm lựa chọn giới tính thai nhi;\n"
            "+ Việc ghi chép sổ sách, lưu trữ kết quả siêu âm thai theo quy định.\n")
    assert [t.text[:12] for t in n.tasks] == ["Phối hợp với"]


def test_who_attends_a_meeting_is_no_work():
    """"Thành phần tham dự hội nghị:" lists people; "chủ trì hội nghị" in it is their part in
    the meeting, not work handed over."""
    body = ("Thành phần tham dự hội nghị:\n- Về phía UBND xã: đồng chí Trần Văn Lực, Chủ tịch UBND "
            "xã, chủ trì hội nghị; đồng chí Lê Văn Bình, Phó Chủ tịch UBND xã.\n- Mời dự: đồng "
            "chí Phạm Ngọc Thạch, Phó Bí thư Thường trực Đảng ủy xã.\nI. NHIỆM VỤ\n1. Sở Y tế tổ "
            "chức kiểm tra an toàn thực phẩm.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Y tế"]]


def test_an_evening_visit_and_a_labelled_shortcoming_are_background():
    """"Tối ngày 02/6/2026, đồng chí ... chủ trì đoàn kiểm tra" opens the notice as "Sáng
    ngày" does; "Hạn chế: ..." reports what a review found."""
    body = ("Tối ngày 02/6/2026, đồng chí Võ Thanh Tùng, Chủ tịch UBND phường chủ trì đoàn kiểm "
            "tra hệ thống chiếu sáng công cộng.\nI. NHIỆM VỤ\nHạn chế: việc tổng hợp kiến nghị "
            "cử tri còn chậm; một số thôn chưa báo cáo định kỳ.\nKhó khăn, vướng mắc: chưa bố trí "
            "được kinh phí.\n1. Sở Y tế tổ chức kiểm tra an toàn thực phẩm.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Y tế"]]


def test_a_totals_row_is_no_task():
    body = ("II. NHIỆM VỤ\nSTT | Xã | Nội dung | Đơn vị thực hiện | Thời gian\n1 | Xã Phình Hồ | "
            "Lắp đặt 01 trạm BTS phủ sóng 4G cho bản Chống Chùa | VNPT Lào Cai | Tháng 8/2026\n"
            "Tổng cộng | 10 xã | 29 thôn, bản; 19 trạm BTS | - | -\n")
    assert [leads(t) for t in run(body).tasks] == [["VNPT Lào Cai"]]


def test_a_table_of_measures_is_a_task_table():
    """"Biện pháp thực hiện" beside "Chủ trì": each row's measure is its work."""
    body = ("IV. DANH MỤC LỐI ĐI TỰ MỞ THỰC HIỆN XÓA BỎ\nSTT | Lý trình | Biện pháp thực hiện | "
            "Chủ trì | Phối hợp | Thời hạn hoàn thành\n1 | Km 393+250 | Rào chắn, xóa bỏ lối đi tự "
            "mở tại thôn Trung Hòa | UBND xã Hương Khê | Công ty Cổ phần Đường sắt Nghệ Tĩnh | "
            "Trước ngày 31/12/2025\n")
    assert [leads(t) for t in run(body).tasks] == [["UBND xã Hương Khê"]]


def test_a_heading_names_bodies_by_their_trade():
    """"7. Các tổ chức, cá nhân khai thác, kinh doanh, vận chuyển cát": the bodies, then the
    trade that picks them out; its items are theirs."""
    body = ("II. NHIỆM VỤ\n7. Các tổ chức, cá nhân khai thác, kinh doanh, vận chuyển cát\n"
            "- Thực hiện đúng nội dung giấy phép; lập sổ theo dõi khối lượng cát bán ra.\n")
    assert [leads(t) for t in run(body).tasks] == [["Các tổ chức, cá nhân"]]


def test_numbers_to_call_and_what_a_place_has_are_no_work():
    body = ("II. NHIỆM VỤ\n1. Đường dây nóng tiếp nhận phản ánh của hành khách: Sở Xây dựng "
            "0236.3822.559; Phòng Cảnh sát giao thông 0236.3622.111.\n2. Số điện thoại trực ban "
            "của Cảng vụ Đường thủy nội địa khu vực IV: 0270.3822.222.\nTỉnh Đồng Tháp có mạng "
            "lưới sông, kênh dày đặc.\nXã Tân Hòa có kế hoạch di dời các hộ dân ra khỏi vùng sạt "
            "lở.\n")
    assert [leads(t) for t in run(body).tasks] == [["Xã Tân Hòa"]]


def test_a_paragraph_after_an_item_that_opens_with_a_label_is_that_body_s():
    """"2. Công an tỉnh: khẩn trương ..." then an unmarked paragraph: its work goes on, the
    lead-in's bodies above are not all its leads."""
    body = ("II. NHIỆM VỤ\nĐề nghị Sở Xây dựng, Công an tỉnh thực hiện các nội dung sau:\n"
            "1. Sở Xây dựng: chủ trì khảo sát vị trí sà lan chìm.\n2. Công an tỉnh: khẩn trương "
            "tìm kiếm thuyền viên mất tích.\nTăng cường tuần tra, kiểm soát trên các tuyến sông "
            "Cổ Chiên, Hàm Luông; xử lý nghiêm phương tiện chở quá tải.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Xây dựng"], ["Công an tỉnh"],
                                                   ["Công an tỉnh"]]


CHART_HEADER = ("TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện "
                "(tháng) | Sản phẩm\n")


def test_a_chart_s_marks_date_each_row_by_the_last_month_it_runs_in():
    """A plan's schedule drawn month by month ("T1 | ... | T12" under "Thời gian thực hiện"):
    a row is done by the end of its last marked month, in the year the plan's title gives;
    the columns after the chart move right by its months, and its labels are no task."""
    months = " | ".join(f"T{n}" for n in range(1, 13))
    marks = ["x" if n in (2, 3) else "" for n in range(1, 13)]
    head = HEAD.replace("Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với các sở",
                        "Công tác phổ biến, giáo dục pháp luật năm 2026")
    body = (CHART_HEADER + months + "\n"
            "1 | Tổ chức hội nghị phổ biến Luật Tổ chức chính quyền địa phương | Sở Tư pháp | "
            "Sở Nội vụ | " + " | ".join(marks) + " | Báo cáo UBND tỉnh\n")
    notice = extract((head + body + TAIL).encode(), filename="t.txt")
    assert [leads(t) for t in notice.tasks] == [["Sở Tư pháp"]]
    task = notice.tasks[0]
    assert (task.deadline.type, task.deadline.date, task.deadline.text) == (
        "within_period", "2026-03-31", "x")
    assert [a.name for a in task.report_to] == ["UBND tỉnh"]


def test_a_chart_by_quarters_spread_as_wide_as_its_rows():
    """A row of labels as wide as the rows below it ("|  |  |  | Quý I | ... | Quý IV |  ",
    the other cells merged down from the header) places each quarter by its own cell; without
    a year in the title, the plan counts in the year it was issued."""
    header = ("TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện"
              " |  |  |  | Sản phẩm\n")
    body = (header + " |  |  |  | Quý I | Quý II | Quý III | Quý IV | \n"
            "1 | Kiểm tra công tác hòa giải ở cơ sở | Sở Tư pháp | UBND các xã |  | x | x |  | "
            "Thông báo kết quả\n")
    task = run(body).tasks[0]
    assert (task.deadline.type, task.deadline.date) == ("within_period", "2025-09-30")
    assert [a.name for a in task.support] == ["UBND các xã"]


def test_numbered_columns_are_no_chart():
    """"(1) | (2) | (3)" under a header numbers its columns: the time column stays a column."""
    body = (CHART_HEADER + "(1) | (2) | (3) | (4) | (5) | (6)\n"
            "1 | Rà soát các thủ tục hành chính | Sở Tư pháp | Sở Nội vụ | Tháng 6/2025 | "
            "Báo cáo\n")
    task = run(body).tasks[0]
    assert task.deadline.date == "2025-06-30"


def test_a_chart_under_a_header_of_merged_cells_moves_the_later_columns():
    """A header whose time cell spans the chart ("... | Thời gian thực hiện | Sản phẩm") over
    a labels' row as wide as the rows (its first cells merged down, empty): "Sản phẩm" is
    the rows' last column."""
    body = (CHART_HEADER + " |  |  |  | Quý I | Quý II | Quý III | Quý IV | \n"
            "1 | Kiểm tra công tác hòa giải ở cơ sở | Sở Tư pháp | UBND các xã | x |  |  |  | "
            "Báo cáo UBND tỉnh\n")
    task = run(body).tasks[0]
    assert task.deadline.date == "2025-03-31"
    assert [a.name for a in task.report_to] == ["UBND tỉnh"]


def test_a_reporting_calendar_hands_each_report_to_its_bodies():
    """"Tên báo cáo | Cơ quan thực hiện | Thời hạn gửi | Nơi nhận | Ghi chú": each report is
    work, sent where its row says; a note naming partners ("Phối hợp: X") gives the support."""
    body = ("STT | Tên báo cáo | Cơ quan thực hiện | Thời hạn gửi | Nơi nhận | Ghi chú\n"
            "I | BÁO CÁO ĐỊNH KỲ | | | |\n"
            "1 | Báo cáo tình hình thực hiện dự toán thu, chi ngân sách nhà nước năm 2025 | Sở Tài "
            "chính | Trước ngày 25/11/2025 | UBND tỉnh | Phối hợp: Thuế tỉnh\n"
            "2 | Báo cáo kết quả lao động, việc làm, giảm nghèo năm 2025 | UBND các xã, phường | "
            "Trước ngày 30/11/2025 | Sở Nội vụ |\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks] == [["Sở Tài chính"], ["UBND các xã, phường"]]
    assert [[a.name for a in t.report_to] for t in tasks] == [["UBND tỉnh"], ["Sở Nội vụ"]]
    assert [a.name for a in tasks[0].support] == ["Thuế tỉnh"]
    assert tasks[1].deadline.date == "2025-11-30"


def test_the_level_that_gives_its_opinion_receives_the_row():
    """A party programme's "Cấp cho ý kiến" column: where each content is submitted."""
    body = ("STT | Nội dung | Cơ quan chủ trì chuẩn bị | Cơ quan phối hợp | Cấp cho ý kiến | "
            "Thời gian trình\n"
            "1 | Chương trình kiểm tra, giám sát năm 2026 của Ban Chấp hành Đảng bộ tỉnh | Ủy ban "
            "Kiểm tra Tỉnh ủy | Văn phòng Tỉnh ủy | Ban Thường vụ Tỉnh ủy | Quý I/2026\n")
    task = run(body).tasks[0]
    assert [a.name for a in task.report_to] == ["Ban Thường vụ Tỉnh ủy"]
    assert task.deadline.date == "2026-03-31"


def test_a_form_s_blank_row_is_no_task():
    """A form to fill in: "1 | (Ghi tên đề án, dự thảo văn bản) | (Ghi tên cơ quan) | ..."."""
    body = ("Mẫu đăng ký:\nSTT | Tên đề án | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian trình\n"
            "1 | (Ghi tên đề án, dự thảo văn bản) | (Ghi tên cơ quan) | (Ghi tên cơ quan) | "
            "Tháng .../2026\n2 | ... | ... | ... | ...\n")
    assert run(body).tasks == []


def test_a_long_label_then_the_lead_lets_the_next_body_split_off():
    """"- Tiểu ban An ninh - Y tế: Công an tỉnh chủ trì ...; Sở Y tế bố trí ...": two bodies'
    work under one label, however long the label's name."""
    n = run("3. Nhiệm vụ trong thời gian tới\n- Tiểu ban An ninh - Y tế: Công an tỉnh chủ trì xây "
            "dựng phương án bảo đảm an ninh; Sở Y tế bố trí các tổ cấp cứu lưu động.\n")
    assert [leads(t) for t in n.tasks] == [["Công an tỉnh"], ["Sở Y tế"]]


def test_a_request_after_the_money_section_is_work():
    """A plan whose last numbered section is its funding, then an unnumbered request with a
    report and its term: work, though it stands in the money section."""
    n = run("IV. Tổ chức thực hiện\n1. Sở Tài chính bố trí kinh phí.\nV. Kinh phí\nKinh phí thực "
            "hiện từ ngân sách tỉnh năm 2025.\nYêu cầu Thủ trưởng các cơ quan, đơn vị triển khai "
            "thực hiện; báo cáo kết quả về UBND tỉnh trước 16 giờ 00 thứ Sáu hằng tuần.\n")
    assert [leads(t) for t in n.tasks] == [["Sở Tài chính"],
                                           ["Thủ trưởng các cơ quan, đơn vị"]]
    assert n.tasks[1].deadline.recurrence == "weekly"


@pytest.mark.parametrize("statement", [
    # the draft, a noun, and where it stands
    "Dự thảo Báo cáo chính trị đã được lấy ý kiến của 100% đảng bộ trực thuộc.",
    # what a body holds
    "Ban Chỉ đạo có 04 Tiểu ban giúp việc gồm: Tiểu ban Lễ tân - Hậu cần; Tiểu ban An ninh.",
    # a body named as the object of another's decision
    "Trưởng các Tiểu ban do Trưởng Ban Chỉ đạo quyết định.",
])
def test_statements_about_a_body_or_a_draft_hand_no_work(statement):
    n = run("II. Nhiệm vụ\n1. " + statement + "\n2. Sở Nội vụ hướng dẫn các tiểu ban.\n")
    assert [leads(t) for t in n.tasks] == [["Sở Nội vụ"]]


def test_a_schedule_s_preparation_cells_of_whole_sentences_are_tasks():
    """"... | Chuẩn bị" holding "Công an phường chuẩn bị báo cáo ...": the cell's own work; a
    bare body ("Trạm Y tế phường") still leads the meeting's work. A "LỊCH CÔNG TÁC" is a
    document type, its title the line under it."""
    text = ("UBND PHƯỜNG THANH KHÊ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "VĂN PHÒNG HĐND VÀ UBND | Độc lập - Tự do - Hạnh phúc\n"
            "Số: 27/LCT-VP | Thanh Khê, ngày 03 tháng 7 năm 2026\nLỊCH CÔNG TÁC\n"
            "Tuần 28 năm 2026 của lãnh đạo UBND phường\n"
            "Thứ, ngày | Thời gian | Nội dung công việc | Chủ trì | Thành phần | Địa điểm | "
            "Chuẩn bị\n"
            "Thứ Tư, 08/7 | 14 giờ 00 | Làm việc với Công an phường về trật tự an toàn giao thông"
            " | Chủ tịch UBND phường | Công an phường | Phòng họp số 1 | Công an phường chuẩn bị "
            "báo cáo tình hình trật tự an toàn giao thông, đề xuất giải pháp xử lý\n"
            "Thứ Năm, 09/7 | 08 giờ 00 | Họp bàn công tác phòng, chống dịch bệnh | Chủ tịch UBND "
            "phường | Trạm Y tế phường | Phòng họp số 1 | Trạm Y tế phường\n" + TAIL)
    notice = extract(text.encode(), filename="t.txt")
    assert (notice.document.doc_type, notice.document.title) == (
        "other", "Tuần 28 năm 2026 của lãnh đạo UBND phường")
    tasks = notice.tasks
    assert [t.text[:30] for t in tasks] == ["Công an phường chuẩn bị báo cá",
                                           "Họp bàn công tác phòng, chống "]
    assert [leads(t) for t in tasks] == [["Công an phường"], ["Trạm Y tế phường"]]


def test_an_item_giving_the_heading_s_body_a_standing_role_is_work():
    """"c) Là cơ quan đầu mối tiếp nhận phản ánh ...; công bố ...": the duty of the body the
    heading names."""
    n = run("1. Sở Công Thương:\na) Chủ trì xây dựng cơ sở dữ liệu; hoàn thành trong quý "
            "III/2025.\nb) Là cơ quan đầu mối tiếp nhận phản ánh của người tiêu dùng về hàng "
            "giả; công bố số điện thoại đường dây nóng trong tháng 8/2025.\n")
    assert [leads(t) for t in n.tasks] == [["Sở Công Thương"], ["Sở Công Thương"]]
    assert n.tasks[1].deadline.date == "2025-08-31"


def test_the_header_stops_at_a_wide_table_row():
    """An unknown type name ("LỊCH CÔNG TÁC TUẦN") leaves no title to close the header, and a
    row's date ("trước ngày 07/7/2026") looked like the header's; a row of four filled cells or
    more is the body's all the same (the header's rows hold two)."""
    text = ("UBND PHƯỜNG THANH KHÊ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "VĂN PHÒNG HĐND VÀ UBND | Độc lập - Tự do - Hạnh phúc\n"
            "Số: 27/VP | Thanh Khê, ngày 03 tháng 7 năm 2026\nLỊCH CÔNG TÁC TUẦN\n"
            "Văn phòng thông báo lịch công tác tuần của lãnh đạo UBND phường như sau\n"
            "Thứ, ngày | Thời gian | Nội dung công việc | Chủ trì | Thành phần | Địa điểm | "
            "Chuẩn bị\n"
            "Thứ Hai, 06/7 | 07 giờ 30 | Giao ban lãnh đạo UBND phường | Chủ tịch UBND phường | "
            "Các Phó Chủ tịch | Phòng họp số 1 | Văn phòng HĐND và UBND phường tổng hợp kết quả "
            "công tác tuần 27\n"
            "Thứ Tư, 08/7 | 14 giờ 00 | Làm việc với Công an phường | Chủ tịch UBND phường | "
            "Công an phường | Phòng họp số 1 | Công an phường chuẩn bị báo cáo tình hình trật tự "
            "an toàn giao thông, gửi Văn phòng trước ngày 07/7/2026\n" + TAIL)
    tasks = extract(text.encode(), filename="t.txt").tasks
    assert [leads(t) for t in tasks] == [["Văn phòng HĐND và UBND phường"], ["Công an phường"]]


@pytest.mark.parametrize("item", [
    "Đồng bộ toàn bộ dữ liệu giấy phép lái xe đã cấp với ứng dụng VNeID",
    "Tích hợp dữ liệu đăng ký xe lên Cổng Dịch vụ công",
    "Chia sẻ dữ liệu vi phạm giao thông cho Sở Xây dựng",
])
def test_work_on_data_opens_with_its_verb(item):
    """"Đồng bộ ...", "Tích hợp ...", "Chia sẻ ...": the action, the term after it the task's."""
    n = run("1. Công an tỉnh:\nc) " + item + "; hoàn thành trước ngày 31/7/2025.\n")
    assert [t.text[:12] for t in n.tasks] == [item[:12]]
    assert n.tasks[0].deadline.date == "2025-07-31"


def test_bans_findings_and_incidents_in_an_insurance_letter():
    """A ban whose object holds a past participle ("học sinh đã có thẻ") is still work, as
    are acts the lexicon names ("Chỉ định", "Chấm dứt"). Not work: a sentence that lists who
    owes ("... lớn là: Hoa Lư, Tam Điệp"), bodies named with their reach and then what they did
    ("Các cấp ủy, chính quyền từ tỉnh đến cơ sở đã ..."), and what happened at an hour, with
    the demand the strikers made ("Từ 7 giờ 30 phút ngày ..., ... đã ngừng việc, ... yêu cầu
    ...")."""
    n = run("Các Bảo hiểm xã hội cơ sở có số nợ từ 03 tháng trở lên lớn là: Hoa Lư (38,6 tỷ "
            "đồng), Tam Điệp (27,1 tỷ đồng).\n"
            "Các cấp ủy, chính quyền từ tỉnh đến cơ sở đã quan tâm lãnh đạo, chỉ đạo.\n"
            "Từ 7 giờ 30 phút ngày 03/3/2026, khoảng 2.300 công nhân Công ty TNHH Vĩnh Phát tại "
            "Khu công nghiệp Tân Trường đã ngừng việc tập thể, yêu cầu thanh toán tiền lương.\n"
            "1. Đối với các trường học:\n"
            "a) Không thu tiền bảo hiểm y tế đối với học sinh đã có thẻ bảo hiểm y tế.\n"
            "b) Chỉ định xét nghiệm phù hợp với chẩn đoán và phạm vi chuyên môn được phê duyệt.\n"
            "c) Chấm dứt ngay việc sử dụng người lao động không có giấy phép đã hết hạn.\n"
            "d) Không ký kết thỏa thuận quốc tế khi chưa có ý kiến của Chủ tịch UBND tỉnh.\n")
    assert [t.text[:12] for t in n.tasks] == ["Không thu ti", "Chỉ định xét", "Chấm dứt nga",
                                              "Không ký kết"]


def test_who_declares_whom_to_call_and_a_table_of_sums():
    """A heading that lists whom a duty binds ("Người có nghĩa vụ kê khai ... gồm:") lists
    posts, not work; a person with a telephone number "là đầu mối" is whom to call; "các cơ
    quan" + "thanh tra đã phát hiện": a kind of body, then the past. A directive whose details
    follow in a table of sums ("..., cụ thể:") is work whole."""
    n = run("1. Người có nghĩa vụ kê khai tài sản, thu nhập hằng năm thuộc Đảng bộ xã gồm:\n"
            "- Trưởng, phó các phòng chuyên môn thuộc Ủy ban nhân dân xã;\n"
            "- Công chức làm công tác quản lý ngân sách, tài sản công, địa chính, xây dựng.\n"
            "2. Về kinh tế\n"
            "Năm 2025, công tác phòng, chống tham nhũng đạt kết quả: 100% người có nghĩa vụ đã kê "
            "khai đúng quy định; các cơ quan thanh tra đã phát hiện sai phạm 68,2 tỷ đồng.\n"
            "Chủ tịch UBND tỉnh chỉ đạo các cơ quan, đơn vị liên quan thu hồi số tiền 11,05 tỷ "
            "đồng còn lại trong thời hạn 30 ngày kể từ ngày ký Kết luận thanh tra, cụ thể:\n"
            "STT | Đơn vị, dự án | Số tiền phải thu hồi (đồng)\n"
            "1 | Dự án Đường ven biển | 5.820.000.000\n"
            "2 | Dự án Trường THPT Hồ Thị Kỷ | 1.770.000.000\n"
            "Đồng chí Phan Văn Thắng, Trưởng phòng Phòng, chống tham nhũng, Ban Nội chính Tỉnh ủy "
            "(điện thoại: 0239.3855.601) là đầu mối theo dõi, tổng hợp.\n")
    assert [t.text[:25] for t in n.tasks] == ["Chủ tịch UBND tỉnh chỉ đạ"]


def test_event_facts_grounds_and_incidents_are_not_work():
    """"Lễ hội X diễn ra từ ngày ... . Đề nghị ..." starts at the request; a plan brought in
    after its grounds ("Thực hiện Luật ...; căn cứ ..., Ban Thường vụ ban hành Kế hoạch ... như
    sau:") and an incident ("Vụ cháy ... là bài học ...") are no work."""
    n = run("Thực hiện Luật Di sản văn hóa năm 2024; căn cứ Nghị quyết Đại hội đại biểu Đảng bộ "
            "tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch bảo tồn dân ca giai đoạn 2025 - 2030 "
            "như sau:\n"
            "Vụ cháy cơ sở karaoke tại phường Lê Chân ngày 02/7/2026 làm 03 người bị thương là "
            "bài học đắt giá về buông lỏng quản lý.\n"
            "1. Nhiệm vụ\n"
            "Lễ hội Lim năm 2026 diễn ra từ ngày 27/02 đến ngày 01/3/2026. Đề nghị Ban Tổ chức Lễ "
            "hội Lim hoàn thiện kịch bản, gửi về Sở Văn hóa, Thể thao và Du lịch trước ngày "
            "12/02/2026.\n")
    assert [(t.text[:20], t.deadline.date if t.deadline else None) for t in n.tasks] == [
        ("Đề nghị Ban Tổ chức ", "2026-02-12")]


def test_groups_named_by_their_trade_and_a_guidance_about_topics():
    """A heading of groups, each picked out by what it trades or where it operates, leads its
    items; "Chỉ sử dụng ..." is work; "- Hướng dẫn ... về:" + lower-case items is one task
    whose items say what it covers; a table of results ("Tổ chức đăng ký chủ trì | Chủ nhiệm
    nhiệm vụ dự kiến | Điểm") hands nothing over."""
    n = run("1. Kết quả\n"
            "STT | Tổ chức đăng ký chủ trì | Chủ nhiệm nhiệm vụ dự kiến | Điểm trung bình\n"
            "1 | Trường Đại học Quy Nhơn | TS. Lê Thị Ngọc Hân | 86,4\n"
            "2 | Viện Nghiên cứu Sở hữu trí tuệ | ThS. Nguyễn Quang Vinh | 79,1\n"
            "2. Các thương nhân kinh doanh xăng dầu, khí dầu mỏ hóa lỏng và các cơ sở sản xuất, "
            "kinh doanh hàng đóng gói sẵn\n"
            "a) Chỉ sử dụng phương tiện đo đã được kiểm định, còn hiệu lực.\n"
            "3. Các doanh nghiệp hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài "
            "có trụ sở trên địa bàn tỉnh\n"
            "a) Thu tiền dịch vụ, tiền ký quỹ đúng quy định.\n"
            "4. Các tổ chức cung cấp dịch vụ chứng thực chữ ký số công cộng\n"
            "a) Bảo đảm hạ tầng cung cấp dịch vụ ký số từ xa ổn định, an toàn.\n"
            "5. Cục An toàn bức xạ và hạt nhân\n"
            "- Hướng dẫn chuyên môn, nghiệp vụ cho Sở Khoa học và Công nghệ các tỉnh về:\n"
            "+ thẩm định hồ sơ cấp phép đối với thiết bị X-quang;\n"
            "+ kiểm tra, đánh giá che chắn phòng đặt thiết bị X-quang.\n")
    assert [(t.text[:14], leads(t)) for t in n.tasks] == [
        ("Chỉ sử dụng ph", ["Các thương nhân kinh doanh xăng dầu, khí dầu mỏ hóa lỏng",
                            "các cơ sở sản xuất, kinh doanh hàng đóng gói sẵn"]),
        ("Thu tiền dịch ", ["Các doanh nghiệp hoạt động dịch vụ đưa người lao động đi làm việc "
                            "ở nước ngoài có trụ sở trên địa bàn tỉnh"]),
        ("Bảo đảm hạ tần", ["Các tổ chức cung cấp dịch vụ chứng thực chữ ký số công cộng"]),
        ("Hướng dẫn chuy", ["Cục An toàn bức xạ và hạt nhân"])]


def test_storm_orders_units_and_a_request_after_particulars():
    """Military units by number ("Sư đoàn 324, Sư đoàn 968:") and a power company's branches
    lead; "c) Căn cứ diễn biến của bão, quyết định ..." is work after its circumstances; a
    flood-release notice's particulars ("4. Thời gian kết thúc xả lũ: ...") end at the
    paragraph that asks for what its items say."""
    n = run("1. Các đơn vị\n"
            "a) Sư đoàn 324, Sư đoàn 968: duy trì lực lượng tại các địa bàn bị thiệt hại nặng.\n"
            "b) Đề nghị các Điện lực trực thuộc khôi phục cấp điện trước ngày 20/9/2026.\n"
            "c) Căn cứ diễn biến cụ thể của bão, quyết định việc sơ tán người dân ở khu vực ven "
            "biển; hoàn thành trước 19 giờ 00 ngày 15/9/2026.\n"
            "2. Thời gian kết thúc xả lũ: khi lưu lượng nước về hồ giảm dưới 1.000 m3/s.\n"
            "Để bảo đảm an toàn về người và tài sản ở vùng hạ du, Công ty kính đề nghị:\n"
            "- UBND các xã nêu trên bố trí lực lượng cảnh giới tại các bến đò, ngầm tràn.\n")
    assert [(t.text[:14], leads(t)) for t in n.tasks] == [
        ("Sư đoàn 324, S", ["Sư đoàn 324", "Sư đoàn 968"]),
        ("Đề nghị các Đi", ["các Điện lực trực thuộc"]),
        ("Căn cứ diễn bi", ["Các đơn vị"]),
        ("UBND các xã nê", ["UBND các xã nêu trên"])]


def test_an_appendix_table_after_a_task_table_and_grounds_closed_by_a_comma():
    """A second appendix's table ("PHỤ LỤC II" + its title + "STT | Tên đường | ...") is a table
    of its own, not rows of the task table before it; "Các phòng chuyên môn căn cứ nhiệm vụ
    được phân công, xây dựng ...": the grounds end at the comma, the work follows."""
    n = run("1. Các phòng chuyên môn căn cứ nhiệm vụ được phân công, xây dựng kế hoạch chi tiết "
            "trước ngày 15/3/2026.\n"
            "PHỤ LỤC I\nPHÂN CÔNG THỰC HIỆN\n"
            "STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian\n"
            "1 | Khảo sát hiện trạng số nhà | Phòng Kinh tế | Công an phường | Tháng 3/2026\n"
            "PHỤ LỤC II\nDANH MỤC CÁC TUYẾN ĐƯỜNG\n"
            "STT | Tên đường | Điểm đầu | Điểm cuối | Ghi chú\n"
            "1 | Trần Não | Xa lộ Hà Nội | Lương Định Của | Đánh số lại\n")
    assert [t.text[:20] for t in n.tasks] == ["Các phòng chuyên môn", "Khảo sát hiện trạng "]


def test_a_day_first_then_work_and_a_decision_letting_a_hamlet_head_go():
    """"Ngay trong ngày 09/3/2026, thành lập ..." is work after its day; a decision's
    preamble "Xét đơn xin thôi làm ..." and its article "Cho ông X ... thôi làm Trưởng thôn"
    hand nothing over."""
    n = run("1. Sở Nội vụ:\n"
            "a) Ngay trong ngày 09/3/2026, thành lập các đoàn kiểm tra công tác chuẩn bị bầu cử.\n")
    assert [t.text[:14] for t in n.tasks] == ["Ngay trong ngà"]
    text = (HEAD.replace("THÔNG BÁO", "QUYẾT ĐỊNH").replace("88/TB-UBND", "88/QĐ-UBND")
            + "Xét đơn xin thôi làm Trưởng thôn ngày 20 tháng 7 năm 2026 của ông Nguyễn Văn Lợi;\n"
            "QUYẾT ĐỊNH:\n"
            "Điều 1. Cho ông Nguyễn Văn Lợi, sinh năm 1961, thôi làm Trưởng thôn Tân Phong, "
            "nhiệm kỳ 2025 - 2030, kể từ ngày 10 tháng 8 năm 2026.\n"
            "Điều 2. Giao Ban công tác Mặt trận thôn Tân Phong tổ chức bầu Trưởng thôn mới.\n"
            + TAIL)
    n = extract(text.encode(), filename="t.txt")
    assert [t.text[:10] for t in n.tasks] == ["Giao Ban c"]


def test_a_penalty_decision_hands_over_its_remedies_only():
    """A penalty decision's findings ("1. Đã thực hiện hành vi vi phạm hành chính:" + what was
    done wrong) and the party's rights ("... có quyền khiếu nại ...") are no work; its remedies
    ("Buộc Công ty X cải tạo ...") are, and the company compelled leads."""
    text = (HEAD.replace("THÔNG BÁO", "QUYẾT ĐỊNH").replace("88/TB-UBND", "88/QĐ-XPHC")
            + "Điều 1. Xử phạt vi phạm hành chính đối với Công ty TNHH Dệt nhuộm Phúc Hưng.\n"
            "1. Đã thực hiện hành vi vi phạm hành chính:\n"
            "a) Không vận hành hệ thống quan trắc nước thải tự động, liên tục.\n"
            "2. Biện pháp khắc phục hậu quả:\n"
            "a) Buộc Công ty TNHH Dệt nhuộm Phúc Hưng cải tạo hệ thống xử lý nước thải trong "
            "thời hạn 90 ngày kể từ ngày nhận được Quyết định này.\n"
            "Điều 2. Công ty TNHH Dệt nhuộm Phúc Hưng có quyền khiếu nại hoặc khởi kiện hành "
            "chính đối với Quyết định này theo quy định của pháp luật.\n" + TAIL)
    n = extract(text.encode(), filename="t.txt")
    assert [(t.text[:16], leads(t)) for t in n.tasks] == [
        ("Buộc Công ty TNH", ["Công ty TNHH Dệt nhuộm Phúc Hưng"])]


def test_a_task_table_of_texts_to_review_quotes_each_text():
    """"Văn bản cần rà soát, xử lý | Cơ quan chủ trì | ... | Phương án xử lý dự kiến": the row's
    work is the review of the text it names; the planned outcome is no task of its own."""
    body = ("Điều 2. Giao các sở rà soát văn bản theo Phụ lục.\n"
            "STT | Văn bản cần rà soát, xử lý | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn trình"
            " | Phương án xử lý dự kiến\n"
            "1 | Quyết định số 31/2022/QĐ-UBND ngày 25/8/2022 của UBND tỉnh ban hành Quy chế phối"
            " hợp | Sở Tư pháp | Công an tỉnh | Trước ngày 30/9/2025 | Thay thế\n"
            "2 | Quyết định số 09/2023/QĐ-UBND ngày 14/3/2023 của UBND tỉnh quy định phân cấp quản"
            " lý | Sở Nội vụ | Sở Tư pháp | Trước ngày 30/10/2025 | Bãi bỏ toàn bộ\n")
    rows = [t for t in run(body).tasks if t.text.startswith("Quyết định số")]
    assert [(t.text[:25], leads(t)) for t in rows] == [
        ("Quyết định số 31/2022/QĐ-", ["Sở Tư pháp"]), ("Quyết định số 09/2023/QĐ-", ["Sở Nội vụ"])]
    assert not [t for t in run(body).tasks if t.text in ("Thay thế", "Bãi bỏ toàn bộ")]


def test_a_lead_in_over_kinds_of_case_is_the_task():
    """"- Báo cáo ngay với UBND xã những vụ việc ...:" + "+ Tranh chấp đất ...;": the work, then
    the kinds of case it covers; "tạo điều kiện" is work too."""
    body = ("II. Tổ chức thực hiện\n1. Đối với Trưởng các bản:\n"
            "- Tạo điều kiện cho tổ hòa giải hoạt động; báo cáo ngay với UBND xã những vụ việc có "
            "nguy cơ phát sinh thành điểm nóng:\n"
            "+ Tranh chấp đất nương rẫy, ranh giới đất giữa các hộ, các bản;\n"
            "+ Vụ việc bạo lực gia đình, tảo hôn, hôn nhân cận huyết thống.\n"
            "2. Đối với Văn phòng UBND xã:\n- Chủ trì tham mưu UBND xã:\n"
            "+ Danh mục trường học cần đầu tư xây mới;\n+ Kế hoạch bố trí vốn năm 2026.\n")
    texts = [t.text[:22] for t in run(body).tasks]
    assert "Tạo điều kiện cho tổ h" in texts
    assert not [t for t in texts if t.startswith(("Tranh chấp", "Vụ việc"))]
    # a lead-in that ends with whom it addresses hands its items over
    assert "Danh mục trường học cầ" in texts


def test_subjects_under_a_focus_heading_are_no_tasks():
    body = ("II. Nội dung\n2. Phổ biến, giáo dục pháp luật\na) Nội dung trọng tâm:\n"
            "+ Pháp luật về đất đai, hôn nhân và gia đình, phòng, chống bạo lực gia đình;\n"
            "+ Pháp luật về phòng, chống ma túy, mua bán người, xuất cảnh trái phép;\n"
            "b) Hình thức:\n"
            "- Phòng Văn hóa - Xã hội chủ trì phát sóng chuyên mục pháp luật trên hệ thống loa "
            "truyền thanh của xã hằng tuần.\n"
            "- Sân khấu hóa, tọa đàm, thi tìm hiểu pháp luật.\n")
    tasks = run(body).tasks
    assert [(t.text[:26], leads(t)) for t in tasks] == [
        ("Phòng Văn hóa - Xã hội chủ", ["Phòng Văn hóa - Xã hội"])]


def test_a_clause_that_says_where_things_stand_is_no_task():
    body = ("I. Tình hình\nTuy nhiên, tình trạng quảng cáo, mua bán động vật hoang dã trên mạng xã "
            "hội; vận chuyển trái phép ngà voi, sừng tê giác qua các cửa khẩu vẫn diễn biến phức "
            "tạp.\nHiện nay đang là cao điểm mùa khô; cấp dự báo cháy rừng tại các lâm phần rừng "
            "tràm đang ở cấp V.\n")
    assert run(body).tasks == []


def test_a_step_first_then_the_work():
    body = ("II. Nhiệm vụ\n1. Đối với các công ty lâm nghiệp:\n"
            "a) Sau khi khai thác rừng trồng, thực hiện trồng lại rừng trong thời hạn 12 tháng kể "
            "từ khi kết thúc khai thác.\n")
    assert [t.text[:20] for t in run(body).tasks] == ["Sau khi khai thác rừ"]


def test_an_item_with_its_own_day_over_details_is_a_task():
    body = ("II. Nhiệm vụ\n1. Các sở, ban, ngành:\n"
            "a) Chủ trì tổng kiểm tra an toàn phòng cháy, chữa cháy đối với nhà ở kết hợp kinh "
            "doanh, hoàn thành trước ngày 30/6/2026. Trong đó:\n"
            "+ Tập trung kiểm tra lối thoát nạn, giải pháp ngăn cháy lan;\n"
            "+ Kiên quyết đình chỉ hoạt động đối với cơ sở vi phạm nghiêm trọng.\n"
            "b) Để bàn giao mặt bằng trước ngày 30/9/2026, thực hiện các nội dung sau:\n"
            "+ Rà soát hồ sơ bồi thường;\n+ Chi trả tiền bồi thường.\n")
    texts = [t.text[:24] for t in run(body).tasks]
    assert "Chủ trì tổng kiểm tra an" in texts and "Tập trung kiểm tra lối t" in texts
    assert not [t for t in texts if t.startswith("Để bàn giao")]


def test_whichever_body_fails_answers_for_it():
    body = ("II. Tổ chức thực hiện\nChủ tịch UBND tỉnh yêu cầu Giám đốc các Sở nghiêm túc thực "
            "hiện; Chủ tịch UBND xã, phường nào để dịch lây lan diện rộng do buông lỏng chỉ đạo "
            "phải chịu trách nhiệm trước Chủ tịch UBND tỉnh.\n")
    assert not [t for t in run(body).tasks if "nào để dịch" in t.text[:40]]


def test_places_with_an_outbreak_that_acted_are_no_task():
    body = ("I. Tình hình\nThời gian qua, UBND tỉnh đã ban hành văn bản chỉ đạo; các địa phương có "
            "dịch đã tổ chức tiêu hủy heo bệnh, lập chốt kiểm dịch tạm thời.\n"
            "II. Nhiệm vụ\n1. Các đơn vị có người lao động đã nghỉ việc phải hoàn thành việc đóng "
            "đủ bảo hiểm xã hội trước ngày 30/6/2026.\n")
    assert [t.text[:20] for t in run(body).tasks] == ["Các đơn vị có người "]


def test_a_condition_with_commas_then_the_work():
    body = ("II. Nhiệm vụ\n1. Đối với UBND các xã:\n"
            "d) Khi có người bị chó, mèo nghi dại cắn hoặc phát hiện ổ dịch Dại trên động vật, phối"
            " hợp với Trung tâm Kiểm soát bệnh tật tỉnh khoanh vùng, xử lý ổ dịch trong vòng 48 giờ"
            "; tổ chức tiêm phòng bao vây cho toàn bộ chó, mèo trong thôn có ổ dịch.\n")
    assert [t.text[:20] for t in run(body).tasks] == ["Khi có người bị chó,"]


def test_what_a_thing_is_made_of_is_no_task():
    body = ("II. Tổ chức thực hiện\n2. Các đơn vị gửi dự toán về Sở Tài chính trước ngày 25/7/2026."
            "\n3. Hồ sơ dự toán gồm văn bản giấy và tệp dữ liệu điện tử theo các biểu mẫu ban hành"
            " kèm theo Thông tư.\n")
    assert [t.text[:12] for t in run(body).tasks] == ["Các đơn vị g"]


def test_a_whole_sentence_of_work_over_its_details_is_a_task():
    body = ("II. Nhiệm vụ\n1. Đối với các trường học:\n"
            "- Rà soát hồ sơ sức khỏe của học sinh, hoàn thành trước ngày 15/10/2026;\n"
            "- Phối hợp với Trạm Y tế xã khám phát hiện bệnh về mắt, răng miệng cho học sinh "
            "trong tháng 10/2026;\n"
            "+ Thông báo kết quả cho cha mẹ học sinh chậm nhất 05 ngày làm việc sau khi khám;\n"
            "+ Lập sổ theo dõi sức khỏe của học sinh.\n"
            "- Vệ sinh trường học\n+ Lau rửa đồ chơi hằng ngày.\n")
    texts = [t.text[:20] for t in run(body).tasks]
    assert "Phối hợp với Trạm Y " in texts and "Thông báo kết quả ch" in texts
    assert "Vệ sinh trường học" not in texts  # a bare topic over its items


def test_a_citizen_s_case_and_account_are_no_tasks():
    body = ("II. Kết luận\n1. Vụ việc của bà Nguyễn Thị Hạnh, trú tại tổ dân phố 5, phường Lâm "
            "Viên, khiếu nại về bồi thường khi Nhà nước thu hồi đất\n"
            "Bà Hạnh trình bày: năm 2022, UBND thành phố đã thu hồi 420 m2 đất của gia đình bà.\n"
            "- Giao Sở Nông nghiệp và Môi trường kiểm tra, rà soát hồ sơ thu hồi đất.\n")
    assert [t.text[:8] for t in run(body).tasks] == ["Giao Sở "]


def test_an_item_said_to_be_detailed_below_is_a_task():
    body = ("II. Nhiệm vụ\n1. Sở Xây dựng:\n"
            "a) Đẩy nhanh tiến độ thi công các hạng mục hạ tầng kỹ thuật thiết yếu, cụ thể:\n"
            "+ Hoàn thành đường trục chính trong quý II/2026;\n+ Lắp đặt hệ thống chiếu sáng.\n"
            "b) Ban Chỉ đạo có nhiệm vụ giúp Chủ tịch UBND tỉnh chỉ đạo toàn bộ công tác diễn "
            "tập, cụ thể:\n+ Xây dựng kịch bản diễn tập;\n+ Tổ chức tổng duyệt.\n")
    texts = [t.text[:20] for t in run(body).tasks]
    assert "Đẩy nhanh tiến độ th" in texts and "Hoàn thành đường trụ" in texts
    assert "Ban Chỉ đạo có nhiệm" not in texts


def test_an_item_with_its_grounds_heads_work_not_a_basis():
    """"2. Căn cứ kết quả rà soát, phân loại và hỗ trợ ..., cụ thể:": the circumstances, then
    the work; its items are work (a heading "I. CĂN CỨ" lists legal bases)."""
    body = ("II. Nhiệm vụ\n2. Căn cứ kết quả rà soát, phân loại và hỗ trợ người lao động về nước "
            "theo nhu cầu, cụ thể:\n"
            "a) Đối với người có nhu cầu tìm việc làm: giới thiệu đến Trung tâm Dịch vụ việc làm.\n"
            "b) Đối với người có nhu cầu vay vốn: phối hợp với Ngân hàng Chính sách xã hội.\n")
    texts = [t.text[:22] for t in run(body).tasks]
    assert "Đối với người có nhu c" in texts


def test_findings_under_an_inline_label_are_no_tasks():
    body = ("III. Kết luận\n1. Ưu điểm: Chủ tịch UBND phường đã quan tâm chỉ đạo công tác tiếp "
            "công dân.\n2. Hạn chế, vi phạm: Việc tiếp công dân định kỳ, xử lý đơn còn vi phạm về "
            "thời hạn.\nIV. Kiến nghị\n1. Đối với Chủ tịch UBND phường:\n"
            "a) Thụ lý, giải quyết dứt điểm 03 vụ việc khiếu nại quá hạn trong thời hạn 30 ngày.\n")
    assert [t.text[:12] for t in run(body).tasks] == ["Thụ lý, giải"]


def test_a_party_document_s_hyphen_markers_make_sections():
    """"I- MỤC ĐÍCH, YÊU CẦU", "1- Ban Tuyên giáo ...": the numeral, then a hyphen."""
    body = ("I- MỤC ĐÍCH, YÊU CẦU\n1- Tăng cường sự lãnh đạo của các cấp ủy đối với hoạt động báo "
            "chí.\nII- MỘT SỐ CHỈ TIÊU ĐẾN NĂM 2030\n- 100% xã, phường có đài truyền thanh ứng "
            "dụng công nghệ thông tin.\nIII- TỔ CHỨC THỰC HIỆN\n1- Ban Tuyên giáo và Dân vận Tỉnh "
            "ủy\n- Tổ chức giao ban báo chí hằng tháng.\n")
    n = run(body)
    assert [s.marker for s in n.sections if s.level == 1] == ["I-", "II-", "III-"]
    assert [(t.text[:20], leads(t)) for t in n.tasks] == [
        ("Tổ chức giao ban báo", ["Ban Tuyên giáo và Dân vận Tỉnh ủy"])]


def test_items_that_name_their_topic_then_the_body_are_work():
    """A lead-in whose items open with their topic and then the body that acts ("4. Về trật tự
    đô thị: Phòng Kinh tế ... chủ trì, ...") hands work to each item."""
    body = ("Chủ tịch UBND phường yêu cầu các phòng, đơn vị tập trung thực hiện các nội dung sau:\n"
            "1. Thống nhất với báo cáo kết quả thực hiện nhiệm vụ tháng 11.\n"
            "2. Về trật tự đô thị: Phòng Kinh tế chủ trì, phối hợp với Công an phường ra quân "
            "lập lại trật tự vỉa hè.\n"
            "3. Về công tác chuẩn bị Tết: Phòng Văn hóa - Xã hội chủ trì tổ chức thăm, tặng quà.\n"
            "4. Về quốc phòng: Ban Chỉ huy Quân sự phường hoàn thành khám sức khỏe nghĩa vụ quân "
            "sự.\n")
    texts = [t.text[:18] for t in run(body).tasks]
    assert "Về trật tự đô thị:" in texts and "Về quốc phòng: Ban" in texts


def test_a_meeting_s_programme_hour_by_hour_is_no_task_table():
    """"Thời gian | Nội dung | Thực hiện" run hour by hour names who speaks at each item; the
    work handed over is in the sentences after it."""
    body = ("I. CHƯƠNG TRÌNH HỘI NGHỊ\nThời gian | Nội dung | Thực hiện\n"
            "08h00 - 08h15 | Đón tiếp đại biểu; tuyên bố lý do | Văn phòng\n"
            "08h15 - 08h45 | Phổ biến các điểm mới của Luật Thuế giá trị gia tăng | Sở Tài chính\n"
            "II. TỔ CHỨC THỰC HIỆN\n- Giao Văn phòng bố trí hội trường, âm thanh, đường truyền kết "
            "nối trực tuyến; hoàn thành trước ngày 12/11/2025.\n")
    assert [leads(t) for t in run(body).tasks] == [["Văn phòng"]]


def test_the_sentence_over_a_task_table_says_where_every_row_s_report_goes():
    body = ("1. Đề nghị các cơ quan, đơn vị xây dựng báo cáo, gửi về Ban Kinh tế - Ngân sách "
            "Hội đồng nhân dân tỉnh theo thời hạn sau:\n"
            "STT | Cơ quan, đơn vị | Nội dung báo cáo | Thời hạn gửi báo cáo\n"
            "1 | Sở Tài chính | Tình hình thu tiền sử dụng đất, tiền thuê đất | Trước ngày "
            "04/9/2025\n"
            "2 | Sở Xây dựng | Việc thẩm định, cấp giấy phép xây dựng, báo cáo UBND tỉnh | Trước "
            "ngày 05/9/2025\n")
    tasks = [t for t in run(body).tasks if t.lead and t.lead[0].name.startswith("Sở")]
    assert [[a.name for a in t.report_to] for t in tasks] == [
        ["Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh"], ["UBND tỉnh"]]


def test_a_body_s_own_view_admission_or_quoted_question_is_no_work():
    body = ("1. Hội đồng nhân dân tỉnh nhận thấy: tiến độ cấp giấy chứng nhận quyền sử dụng đất "
            "lần đầu còn chậm; tình trạng khai thác cát trái phép diễn biến phức tạp.\n"
            "2. Sở Y tế nhận trách nhiệm trong công tác tham mưu, hướng dẫn các đơn vị mua sắm "
            "thuốc chưa kịp thời.\n"
            "3. Sở Y tế nhận được Phiếu chất vấn của đại biểu: \"Đề nghị Giám đốc Sở Y tế cho "
            "biết nguyên nhân và giải pháp khắc phục?\".\n"
            "4. Sở Y tế có trách nhiệm hoàn thành mua sắm thuốc trước ngày 30/6/2026.\n"
            "5. Chủ tịch UBND tỉnh gửi lời thăm hỏi, chia buồn sâu sắc tới gia đình các nạn "
            "nhân.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Y tế"]]


def test_a_heading_naming_only_partners_keeps_the_lead_above_it():
    body = ("II. NHIỆM VỤ\n3. Sở Nông nghiệp và Môi trường:\n"
            "- Chủ trì, phối hợp với UBND xã Văn Môn:\n"
            "+ Lắp đặt 02 trạm quan trắc nước mặt tự động, hoàn thành trong quý I/2026.\n"
            "- Hướng dẫn các hộ sản xuất kê khai, nộp phí bảo vệ môi trường đối với nước thải.\n")
    tasks = run(body).tasks
    assert [(leads(t), [a.name for a in t.support]) for t in tasks] == [
        (["Sở Nông nghiệp và Môi trường"], ["UBND xã Văn Môn"]),
        (["Sở Nông nghiệp và Môi trường"], [])]


def test_bodies_of_a_kind_named_by_who_set_them_up_then_their_work():
    body = ("1. Các cụm, khối thi đua do UBND tỉnh thành lập tổ chức hội nghị tổng kết, bình "
            "xét thi đua, hoàn thành trong tháng 12/2025.\n")
    assert [leads(t) for t in run(body).tasks] == [["Các cụm, khối thi đua"]]


def test_a_line_ending_on_a_word_no_sentence_ends_on_goes_on_in_the_next():
    """A paragraph cut after "của", "và", "(qua" continues though the next line begins with a
    capital ("UBND", a name)."""
    body = ("1. Ban Quản lý chợ lắp đặt bổ sung camera giám sát tại các lối ra vào, báo cáo kết "
            "quả về UBND phường (qua\nPhòng Kinh tế, Hạ tầng và Đô thị) trước ngày 15/4/2026.\n")
    tasks = run(body).tasks
    assert len(tasks) == 1 and tasks[0].deadline is not None
    assert str(tasks[0].deadline.date) == "2026-04-15"


def test_what_happened_in_a_period_over_before_the_document_is_an_account():
    body = ("Từ ngày 15/6/2025 đến ngày 09/7/2025, trên địa bàn tỉnh xảy ra 38 vụ tai nạn giao "
            "thông; lực lượng chức năng phát hiện, bắt giữ 64 vụ vận chuyển pháo nổ.\n"
            "1. Công an tỉnh tăng cường tuần tra, kiểm soát trên các tuyến quốc lộ.\n")
    assert [leads(t) for t in run(body).tasks] == [["Công an tỉnh"]]


def test_what_a_report_asked_for_covers_is_no_work_of_its_own():
    body = ("II. NHIỆM VỤ\n1. Sở Văn hóa, Thể thao và Du lịch báo cáo kết quả tổ chức lễ hội "
            "về UBND tỉnh trước ngày 15/4/2026. Nội dung báo cáo gồm:\n"
            "a) Tình hình tổ chức lễ hội trên địa bàn: số lượng lễ hội, số lượt khách;\n"
            "b) Kết quả công tác kiểm tra, xử lý vi phạm; việc quản lý tiền công đức;\n"
            "c) Đánh giá ưu điểm, hạn chế, nguyên nhân và đề xuất, kiến nghị.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Văn hóa, Thể thao và Du lịch"]]


def test_cutting_costs_and_waiving_interest_are_work_not_a_fall():
    """"giảm" reads as a finding ("tỷ lệ hộ nghèo giảm"), not inside "tiết giảm", "cắt giảm",
    "miễn, giảm"."""
    body = ("II. NHIỆM VỤ\n1. Các tổ chức tín dụng:\n"
            "a) Tiếp tục tiết giảm chi phí hoạt động để giảm lãi suất cho vay.\n"
            "b) Cơ cấu lại thời hạn trả nợ, miễn, giảm lãi cho khách hàng.\n"
            "c) Tỷ lệ nợ xấu giảm còn 1,8%.\n")
    assert len(run(body).tasks) == 2


def test_the_grounds_of_a_decision_and_a_basic_agreement_are_no_work():
    body = ("- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;\n"
            "- Căn cứ Chương trình kiểm tra, giám sát năm 2026 của Ban Chấp hành Đảng bộ xã;\n"
            "1. Ban Thường vụ Tỉnh ủy cơ bản đồng ý với Báo cáo của Đảng ủy UBND tỉnh về kết quả "
            "thực hiện Nghị quyết.\n"
            "2. Văn phòng Tỉnh ủy theo dõi, tổng hợp kết quả thực hiện, báo cáo Ban Thường vụ.\n")
    assert [leads(t) for t in run(body).tasks] == [["Văn phòng Tỉnh ủy"]]


def test_voters_petitions_listed_after_their_lead_in_are_no_work():
    body = ("Cử tri tỉnh An Giang kiến nghị Bộ Xây dựng:\n"
            "- Sớm đầu tư nâng cấp, mở rộng Quốc lộ 80 đoạn qua các xã Hòn Đất, Kiên Lương.\n"
            "- Xử lý dứt điểm điểm đen tai nạn giao thông tại nút giao Quốc lộ 80.\n"
            "Trả lời:\nBộ Xây dựng giao Cục Đường bộ Việt Nam lập phương án tổ chức lại giao "
            "thông tại nút giao, hoàn thành trong quý I/2026.\n")
    assert [leads(t) for t in run(body).tasks] == [["Cục Đường bộ Việt Nam"]]


def test_a_table_of_how_each_task_given_went_is_a_report():
    body = ("STT | Nhiệm vụ tại Kết luận số 27-KL/TU | Cơ quan được giao | Thời hạn | Tình hình "
            "thực hiện\n"
            "1 | Giải quyết dứt điểm các kiến nghị về đất đai tồn đọng | Sở Nông nghiệp và Môi "
            "trường | 30-6-2025 | Còn 17 kiến nghị chưa giải quyết xong\n"
            "2. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 30/8/2025.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Nội vụ"]]


def test_a_catalogue_of_projects_with_cost_and_years_is_no_task_table():
    body = ("PHỤ LỤC\nDANH MỤC DỰ ÁN ƯU TIÊN ĐẦU TƯ GIAI ĐOẠN 2026 - 2030\n"
            "STT | Tên dự án | Chủ đầu tư | Tổng mức đầu tư dự kiến (tỷ đồng) | Thời gian thực "
            "hiện\n"
            "1 | Trung tâm dữ liệu tỉnh | Sở Khoa học và Công nghệ | 185 | 2026 - 2028\n"
            "2 | Số hóa tài liệu lưu trữ lịch sử của tỉnh | Sở Nội vụ | 42 | 2026 - 2027\n")
    assert run(body).tasks == []


def test_whom_a_guidance_letter_guides_in_its_preamble_does_the_work():
    """No "Kính gửi": the preamble's "Sở Nội vụ hướng dẫn UBND các xã, phường thực hiện ...
    như sau:" names who does the work its items hand to no one."""
    text = ("UBND TỈNH NINH BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "SỞ NỘI VỤ | Độc lập - Tự do - Hạnh phúc\n"
            "Số: 1502/HD-SNV | Ninh Bình, ngày 05 tháng 8 năm 2025\n"
            "HƯỚNG DẪN\nChế độ thông tin, báo cáo về cán bộ, công chức cấp xã\n"
            "Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 2316/UBND-NC ngày 28/7/2025, Sở Nội "
            "vụ hướng dẫn UBND các xã, phường thực hiện chế độ thông tin, báo cáo như sau:\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Thống nhất nội dung, biểu mẫu, thời hạn báo cáo.\n"
            "II. NỘI DUNG BÁO CÁO\n"
            "1. Rà soát số lượng công chức cấp xã dôi dư sau sắp xếp, gửi về Sở Nội vụ chậm "
            "nhất ngày 05/9/2025.\n"
            "Nơi nhận:\n- UBND các xã, phường;\n- Lưu: VT.\nGIÁM ĐỐC\nTrần Văn Bình\n")
    tasks = extract(text.encode(), filename="t.txt").tasks
    assert [leads(t) for t in tasks] == [["UBND các xã, phường"]]


def _rules_quotes(body: str) -> list[str]:
    notice = extract((HEAD + body + TAIL).encode(), filename="t.txt", mode="rules")
    return [notice.text[t.span[0]:t.span[1]] for t in notice.tasks]


def test_a_heading_of_working_rules_that_also_sets_the_reporting_keeps_its_tasks():
    quotes = _rules_quotes(
        "Điều 2. Nguyên tắc làm việc và chế độ báo cáo\n"
        "1. Các thành viên UBND xã báo cáo Chủ tịch UBND xã kết quả thực hiện nhiệm vụ trước "
        "ngày 20 hằng tháng.\n"
        "Chương III\nCHẾ ĐỘ HỌP, THÔNG TIN, BÁO CÁO\nĐiều 7. Chế độ họp\n"
        "1. Cơ quan thường trực chuẩn bị nội dung, tài liệu họp, gửi các thành viên chậm nhất "
        "03 ngày làm việc trước ngày họp.\n")
    assert [q[:30] for q in quotes] == ["Các thành viên UBND xã báo cáo", "Cơ quan thường trực "
                                        "chuẩn bị n"]


def test_a_portfolio_is_no_task_but_a_general_charge_that_goes_on_to_work_is():
    quotes = _rules_quotes(
        "I. GIÁM ĐỐC SỞ TRỊNH QUỐC VIỆT\n"
        "1. Phụ trách chung; lãnh đạo, chỉ đạo toàn diện các hoạt động của Sở.\n"
        "II. PHÓ GIÁM ĐỐC SỞ LÊ VĂN AN\n"
        "1. Phụ trách chung; trực tiếp phụ trách các lĩnh vực: tổ chức cán bộ; tài chính.\n"
        "2. Giúp Giám đốc phụ trách các lĩnh vực: giáo dục mầm non; giáo dục phổ thông.\n")
    assert [q[:25] for q in quotes] == ["Phụ trách chung; lãnh đạo"]


def test_an_event_plans_programme_is_no_task_but_a_dated_order_in_it_is():
    quotes = _rules_quotes(
        "II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM\n"
        "1. Lễ kỷ niệm cấp tỉnh: tổ chức vào 08 giờ 00, thứ Bảy, ngày 19/12/2026 tại Quảng "
        "trường Võ Nguyên Giáp.\n"
        "2. Các xã, phường tổ chức treo cờ, băng rôn, hoàn thành trước ngày 15/12/2026.\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Văn hóa, Thể thao và Du lịch chủ trì xây dựng kịch bản Lễ kỷ niệm.\n")
    assert [q[:22] for q in quotes] == ["Các xã, phường tổ chức", "Sở Văn hóa, Thể thao v"]


def test_a_group_that_disbands_itself_is_no_task():
    quotes = _rules_quotes(
        "1. Tổ công tác liên xã tự giải thể sau khi hoàn thành nhiệm vụ.\n"
        "2. Đội tự giải thể sau khi hoàn thành nhiệm vụ.\n"
        "3. Tổ công tác liên xã kiểm tra các bến đò trước ngày 30/9/2025.\n")
    assert [q[:24] for q in quotes] == ["Tổ công tác liên xã kiểm"]


def test_a_consultations_options_and_a_contacts_number_are_no_tasks():
    quotes = _rules_quotes(
        "1. Đề nghị các sở cho ý kiến lựa chọn phương án, gửi về Sở Tài chính trước ngày "
        "30/7/2025.\n"
        "2. Đầu mối liên hệ: đồng chí Y Thuôn Niê, Phó Trưởng Công an xã, điện thoại "
        "0905.418.276; đồng chí Nguyễn Thị Thanh Nga, công chức Phòng Kinh tế, điện thoại "
        "0986.225.310.\n"
        "Vấn đề 1. Xử lý thửa đất nằm trên đường địa giới hành chính cấp xã mới\n"
        "- Phương án 1: Giữ nguyên thửa đất, ghi chú thửa đất thuộc hai đơn vị hành chính.\n"
        "- Phương án 2: Tách thửa đất theo đường địa giới hành chính.\n")
    assert [q[:22] for q in quotes] == ["Đề nghị các sở cho ý k"]


def test_a_table_of_a_board_s_members_and_their_duties_hands_each_row_to_its_member():
    """"Thành viên | Nhiệm vụ được phân công": the member leads, not the seat after the dash
    ("- Trưởng ban"), which says where in the board the member sits."""
    body = ("Căn cứ Quyết định số 385/QĐ-UBND về việc kiện toàn Ban Chỉ huy Phòng thủ dân sự"
            " tỉnh;\n"
            "I. NHIỆM VỤ CHUNG CỦA BAN CHỈ HUY\n"
            "1. Tổ chức diễn tập ứng phó bão, ngập lụt cấp tỉnh trong tháng 9/2025.\n"
            "II. PHÂN CÔNG NHIỆM VỤ CÁC THÀNH VIÊN\n"
            "STT | Thành viên | Nhiệm vụ được phân công | Thời gian\n"
            "1 | Chủ tịch UBND tỉnh - Trưởng ban | Chỉ đạo chung công tác phòng thủ dân sự"
            " trên địa bàn | Thường xuyên\n"
            "2 | Giám đốc Công an tỉnh - Phó Trưởng ban | Bảo đảm an ninh, trật tự tại các"
            " điểm sơ tán | Khi có tình huống\n")
    tasks = run(body).tasks
    assert [leads(t) for t in tasks] == [["BAN CHỈ HUY"], ["Chủ tịch UBND tỉnh"],
                                         ["Giám đốc Công an tỉnh"]]
    assert tasks[0].lead_implicit


def test_a_decision_setting_up_a_board_hands_out_its_duties_not_its_powers_or_members():
    """Members (an officer by rank too, a seat before a colon), what the board is for and
    what it may do are no tasks; its duties are, a duty's last clause on a line of its own
    after ";" included."""
    body = ("QUYẾT ĐỊNH:\n"
            "Điều 1. Thành lập Hội đồng thẩm định Bảng giá đất tỉnh, gồm:\n"
            "- Chủ tịch Hội đồng: Ông Võ Ngọc Hiệp, Phó Chủ tịch UBND tỉnh;\n"
            "- Đại tá Ngô Quang Vinh, Phó Giám đốc Công an tỉnh;\n"
            "Điều 2. Chức năng, nhiệm vụ, quyền hạn của Hội đồng\n"
            "1. Hội đồng là tổ chức phối hợp liên ngành, có chức năng giúp Chủ tịch UBND tỉnh"
            " thẩm định giá đất.\n"
            "2. Thẩm định dự thảo Bảng giá đất điều chỉnh trên địa bàn tỉnh;\n"
            "hoàn thành thẩm định trước ngày 25/11/2025.\n"
            "3. Quyền hạn của Hội đồng:\n"
            "a) Được yêu cầu các sở, ban, ngành cung cấp thông tin, tài liệu.\n"
            "b) Được sử dụng con dấu của UBND tỉnh.\n")
    tasks = run(body).tasks
    assert [t.text[:20] for t in tasks] == ["Thẩm định dự thảo Bả"]
    assert str(tasks[0].deadline.date) == "2025-11-25"


def test_a_quy_che_chapter_of_inspection_and_working_relations_hands_out_work():
    body = ("Chương IV\nMỐI QUAN HỆ CÔNG TÁC, KIỂM TRA, GIÁM SÁT\n"
            "Điều 10. Kiểm tra, giám sát\n"
            "1. Hằng năm, Sở Nội vụ xây dựng kế hoạch kiểm tra của Ban Chỉ đạo, trình Trưởng"
            " ban phê duyệt trong quý I.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Nội vụ"]]


def test_a_reporting_period_s_cut_off_is_no_task():
    body = ("1. Kỳ báo cáo\n"
            "a) Báo cáo tháng: số liệu tính từ ngày 15 tháng trước đến ngày 14 tháng báo cáo.\n"
            "2. Các sở gửi báo cáo tháng về Sở Tài chính trước ngày 16 hằng tháng.\n")
    assert [leads(t) for t in run(body).tasks] == [["Các sở"]]


def test_a_table_without_a_lead_column_takes_the_bodies_its_introduction_names():
    body = ("Các chủ đầu tư gửi báo cáo về Sở Tài chính theo các kỳ và thời hạn sau:\n"
            "STT | Nội dung báo cáo | Biểu mẫu | Thời hạn gửi\n"
            "1 | Báo cáo tình hình giải ngân kế hoạch vốn tháng trước | Biểu 01 | Trước ngày"
            " 03 hằng tháng\n"
            "2 | Báo cáo đánh giá tình hình thực hiện 6 tháng đầu năm | Biểu 02 | Trước ngày"
            " 05/7/2026\n")
    tasks = run(body).tasks
    assert [(leads(t), t.lead_implicit) for t in tasks] == [(["Các chủ đầu tư"], True)] * 2
    assert [[a.name for a in t.report_to] for t in tasks] == [["Sở Tài chính"]] * 2


def test_a_list_of_late_work_hands_over_what_is_not_done():
    """Under a title that calls the work late, "Tình hình thực hiện" says what is left to do:
    each row not done is still owed (a report's same column says how the work went)."""
    body = ("Các cơ quan khẩn trương hoàn thành các nhiệm vụ còn tồn đọng.\n"
            "DANH MỤC NHIỆM VỤ QUÁ HẠN, CHẬM TIẾN ĐỘ\n"
            "STT | Nhiệm vụ | Văn bản giao | Cơ quan chủ trì | Thời hạn | Tình hình thực hiện\n"
            "1 | Tham mưu ban hành Quy định phân cấp quản lý chất lượng công trình | Thông báo"
            " số 45/TB-UBND | Sở Xây dựng | 31/3/2026 | Chưa trình UBND tỉnh\n"
            "2 | Rà soát danh mục các tuyến đường tỉnh cần sửa chữa | Công văn số 512/UBND-KT |"
            " Sở Xây dựng | 30/4/2026 | Đã hoàn thành\n"
            "3 | Tham mưu phương án bố trí vốn đối ứng | Thông báo số 98/TB-UBND | Sở Tài chính"
            " | 30/4/2026 | Đã trình UBND tỉnh tại Tờ trình số 12/TTr-STC\n")
    tasks = [t for t in run(body).tasks if t.text.startswith(("Tham mưu", "Rà soát"))]
    assert [leads(t) for t in tasks] == [["Sở Xây dựng"]]


def test_a_report_s_table_of_how_each_task_went_hands_nothing_over():
    body = ("Kết quả thực hiện các nhiệm vụ được giao như sau:\n"
            "STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn | Tình hình thực hiện\n"
            "1 | Tham mưu ban hành Quy định phân cấp | Sở Xây dựng | 31/3/2026 | Đang thực"
            " hiện\n")
    assert [t for t in run(body).tasks if t.text.startswith("Tham mưu")] == []


def test_a_table_of_premises_hands_each_its_remedies_without_its_address():
    body = ("STT | Cơ sở | Tồn tại chính | Yêu cầu khắc phục | Thời hạn\n"
            "1 | Xưởng may Hoàng Gia, số 12 ngõ 48 phố Ngọc Lâm | Không có lối thoát nạn thứ"
            " hai | Mở lối thoát nạn thứ hai qua ban công tầng 3 | Trước ngày 15/12/2025\n")
    assert [leads(t) for t in run(body).tasks] == [["Xưởng may Hoàng Gia"]]


def test_a_lead_in_before_the_next_section_hands_that_section_its_work():
    body = ("I. TÌNH HÌNH\n"
            "Năm 2025, tỉnh chịu ảnh hưởng của 04 cơn bão.\n"
            "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã,"
            " phường thực hiện tốt các nhiệm vụ sau:\n"
            "II. NHIỆM VỤ, GIẢI PHÁP\n"
            "1. Rà soát, cập nhật phương án ứng phó thiên tai, hoàn thành trước ngày"
            " 15/6/2025.\n")
    assert [leads(t) for t in run(body).tasks] == [
        ["Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các xã, phường"]]


def test_an_exam_s_particulars_and_a_report_s_table_of_supervisions_done_are_no_tasks():
    body = ("1. Môn thi, hình thức thi: Kỳ thi tổ chức 12 môn: Toán, Ngữ văn, Tiếng Anh.\n"
            "2. Lệ phí dự thi: thực hiện theo Nghị quyết số 18/2025/NQ-HĐND.\n"
            "STT | Nội dung giám sát | Đơn vị chủ trì | Thời gian | Số kiến nghị"
            " | Đã được tiếp thu\n"
            "1 | Việc chi trả chế độ bảo trợ xã hội | Hội Nông dân xã | Tháng 3/2025 | 4 | 4\n")
    assert run(body).tasks == []


def test_tables_of_figures_done_and_of_counts_hand_nothing_over():
    body = ("STT | Nội dung | Đơn vị tính | Kế hoạch | Thực hiện | Tỷ lệ (%)\n"
            "1 | Số hộ chăn nuôi được phun tiêu độc, khử trùng | Hộ | 3.150 | 3.150 | 100\n"
            "PHỤ LỤC\nTRỤ SỞ DÔI DƯ CẦN XỬ LÝ\n"
            "STT | Địa phương | Số cơ sở nhà, đất dôi dư | Đã có phương án xử lý | Chưa có"
            " phương án xử lý\n"
            "1 | Tỉnh Nghệ An | 538 | 201 | 337\n")
    assert run(body).tasks == []


def test_a_leader_with_no_view_on_a_proposal_hands_nothing_over():
    body = ("1. Về đề nghị của tỉnh: Phó Thủ tướng Chính phủ không có ý kiến.\n"
            "2. Giao Sở Tài chính rà soát, báo cáo trước ngày 30/11/2025.\n")
    assert [leads(t) for t in run(body).tasks] == [["Sở Tài chính"]]
