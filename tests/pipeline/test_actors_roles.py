"""Actor mentions (gazetteer and name shapes) and the roles cue words give them."""

from __future__ import annotations

import pytest

from giaoviec.normalize import fold
from giaoviec.pipeline.actors import bare_group, find_actors
from giaoviec.pipeline.roles import assign_roles, generic_partners

FILLER = "Trên cơ sở kết quả kiểm tra thực tế, "


@pytest.mark.parametrize("phrase,kind,canonical", [
    ("Sở Tài chính", "agency", "Sở Tài chính"),
    ("Sở NN&MT", "agency", "Sở Nông nghiệp và Môi trường"),
    ("Sở GD&ĐT", "agency", "Sở Giáo dục và Đào tạo"),
    ("UBND xã Kim Ngân", "agency", "Ủy ban nhân dân xã Kim Ngân"),
    ("UBND tỉnh Quảng Trị", "agency", "Ủy ban nhân dân tỉnh Quảng Trị"),
    ("Công an tỉnh", "agency", "Công an tỉnh"),
    ("Bộ Chỉ huy Quân sự tỉnh", "agency", "Bộ Chỉ huy Quân sự tỉnh"),
    # a commune's party cells, named after the bodies they sit in
    ("Chi bộ Cơ quan chính quyền phường", "agency", "Chi bộ cơ quan chính quyền phường"),
    ("Chi bộ cơ quan Đảng - Mặt trận", "agency", "Chi bộ cơ quan Đảng - Mặt trận"),
    ("các sở, ban, ngành", "collective", None),
    ("các cơ quan, đơn vị và địa phương liên quan", "collective", None),
    ("Chủ tịch UBND các xã, phường, đặc khu", "person", None),
    ("Giám đốc Sở Y tế", "person", None),
    ("Tổ trưởng các tổ dân phố", "person", None),
    ("Giáo viên chủ nhiệm", "person", None),  # school and hospital staff by title
    ("Trưởng khoa Nhi", "person", None),  # a title ending in a unit's head names the unit
    ("Trưởng phòng Kinh tế", "person", None),
    ("Ban đại diện cha mẹ học sinh", "agency", None),
    ("Công chức Địa chính - Xây dựng xã", "person", None),  # a civil servant by field
    ("Ban Quản lý dự án 85", "agency", None),  # a project board known by its number
    ("tư vấn giám sát", "collective", None),  # a project's supervising consultant
    ("lực lượng bảo vệ rừng", "collective", None),
    ("Bảo tàng tỉnh", "agency", None),  # cultural bodies
    ("Nhà hát Chèo Ninh Bình", "agency", None),
    ("Phòng giao dịch Ngân hàng Chính sách xã hội khu vực Mường Nhé", "agency", None),
    ("Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh", "agency", None),  # what it steers
    ("Phòng Quản lý doanh nghiệp số 2", "agency", None),  # units told apart by number
    ("các trường đại học, cao đẳng", "collective", None),  # universities and colleges
    ("đồn Biên phòng", "agency", None),  # a border post named in lower case
    ("Đồn Biên phòng Ma Lù Thàng", "agency", None),  # a named one, read by its head
    ("Đồn Biên phòng cửa khẩu quốc tế Cầu Treo", "agency", None),  # named after its gate
    ("Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh", "agency", None),
    ("Ban Chỉ đạo phòng, chống dịch bệnh thành phố", "agency", None),
    ("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "agency", None),  # a council
    ("Công an xã, phường", "agency", None),  # one kind of body for sibling kinds of place
    ("Công ty TNHH MTV Khai thác công trình thủy lợi Quảng Ngãi", "agency", None),
    ("Ngân hàng Chính sách xã hội chi nhánh tỉnh Hưng Yên", "agency", None),
    ("Báo và Phát thanh, Truyền hình An Giang", "agency", None),
    ("Đảng ủy Công an tỉnh", "agency", None),
    ("đồng chí Võ Thành Nhân, Phó Chủ tịch UBND phường", "person", None),
    # office-holders named by their title in the plural, and a title over generic bodies
    ("Các Bộ trưởng", "person", None),
    ("Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ", "person", None),
    # a body named by a multi-word head alone, by a number, or with "các"
    ("Tổ công tác", "agency", None),
    ("Đồn Biên phòng trên địa bàn", "agency", None),
    ("Kho bạc Nhà nước khu vực XIV", "agency", None),
    ("Khu Quản lý đường bộ III", "agency", None),
    ("Chi ủy lâm thời Chi bộ thôn Bản Mo", "agency", None),  # a provisional cell committee
    ("Chi ủy các chi bộ thôn", "collective", None),
    ("Các cơ quan, đơn vị thành viên Ban Chỉ đạo 389 tỉnh", "collective", None),
    ("Hải quan các cửa khẩu trên địa bàn tỉnh", "agency", None),  # by the places it serves
    ("Ban Quản lý các chợ phường", "agency", None),
    ("Ban điều hành các tổ dân phố", "agency", None),
    ("Văn phòng thường trực Ban Chỉ đạo 389 tỉnh", "agency", None),  # the board's office
    ("các phòng nghiệp vụ", "collective", None),
    ("Các đơn vị nghiệp vụ Công an tỉnh", "collective", None),  # the units of that body
    ("Nhà Thiếu nhi tỉnh", "agency", None),
    ("Hải đội Biên phòng 2", "agency", None),
    ("các lực lượng chức năng", "collective", None),
    ("Hải đoàn Biên phòng 28", "agency", None),
    ("Phòng Quản lý giao thông", "agency", None),  # "giao" is no verb here
    ("Chi bộ thôn 3", "agency", None),
    ("Các chi bộ trực thuộc", "collective", None),
    ("Ban điều hành các khu phố", "agency", None),
    ("các Viện Vệ sinh dịch tễ", "collective", None),
    ("Đoàn Thanh niên xã", "agency", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã"),
    ("Hội Liên hiệp Phụ nữ", "agency", None),  # a mass organisation named without its level
    ("Các đảng ủy xã, phường", "collective", None),
    ("Các đảng ủy trực thuộc Tỉnh ủy", "collective", None),  # the listed body is longer
    ("Các trung tâm", "collective", None),
    ("Các bệnh viện tuyến tỉnh", "collective", None),
    # schools by level: the levels after the first are more kinds of school
    ("Các trường mầm non, tiểu học, trung học cơ sở, phổ thông dân tộc bán trú", "collective",
     None),
    ("Khu phố 1", "locality", None),
    # place names whose syllables are not Vietnamese ones stay whole
    ("UBND xã Đạ Huoai", "agency", None),
    ("UBND xã Ea H'leo", "agency", None),
    ("Ban Xây dựng Đảng", "agency", None),
    # a member list of departments named by their field, one of them a verb
    ("Giám đốc các Sở: Nông nghiệp và Môi trường, Xây dựng, Tài chính, Y tế", "person", None),
    ("Ban Xây dựng Đảng của Đảng ủy xã", "agency", None),  # a board with its committee
    ("Tiểu ban Lễ tân - Hậu cần", "agency", None),  # a sub-committee of an organising board
    # a firm's branches and subsidiaries, and firms named after "các"
    ("các Chi nhánh", "collective", None),
    ("các Công ty con", "collective", None),
    ("các Công ty Cổ phần Xi măng", "collective", None),
    ("Khoa Kiểm soát bệnh tật và HIV/AIDS", "agency", None),  # a health centre's department
    ("Các Khoa chuyên môn", "collective", None),
    ("các hộ dân", "collective", None),
    ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "agency", None),
    ("Cấp ủy cơ sở", "collective", None),
    ("Liên danh Công ty Cổ phần Xây dựng Tây Bắc - Công ty TNHH Hoàng Long", "agency", None),
    # a person named with the title after the name; a title ending with its body's head
    ("Ông Lý Văn Tài, Trạm trưởng Trạm Y tế xã", "person", None),
    ("Bà Đinh Thị Mai, Chánh Văn phòng HĐND và UBND xã", "person", None),
    ("Ủy ban nhân dân các phường Gia Sàng, Quyết Thắng và xã Đồng Hỷ", "agency", None),
    ("Ủy ban nhân dân các phường, xã nêu trên", "agency", None),
    ("Thống kê tỉnh", "agency", None),  # since 2025, the statistics office of a province
    ("Trung tâm Kiểm soát bệnh tật", "agency", None),
    ("Các đồng chí Ủy viên Ban Thường vụ Tỉnh đoàn", "person", None),  # a five-word title
    ("Các đồng chí Tỉnh ủy viên", "person", None),
    ("Công đoàn cơ sở Bệnh viện", "agency", None),
    ("Đoàn Thanh niên Bệnh viện", "agency", None),  # the hospital's own youth union
    ("Ban Bí thư Trung ương Đoàn", "agency", None),
    # a project board named by what it builds, up to the place it serves
    ("Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp tỉnh", "agency", None),
    ("Ban Quản lý dự án đầu tư xây dựng và khu vực phát triển đô thị tỉnh", "agency", None),
    ("Ban Quản lý dự án đầu tư xây dựng khu vực Long Xuyên", "agency", None),
    ("các đơn vị dự toán cấp tỉnh", "collective", None),
    ("Thủ trưởng các đơn vị dự toán cấp I thuộc tỉnh", "person", None),
    ("các Tổ đại biểu", "collective", None),
    ("thôn, tổ dân phố", "collective", None),
    ("Báo và Phát thanh, Truyền hình Huế", "agency", None),  # a city named in one syllable
    ("Trường Đại học Kinh tế - Đại học Huế", "agency", None),  # a member school
    ("Bộ phận Tổng hợp", "agency", None),  # a head that is also an ordinary word, then a name
    ("Trực ban Công an xã", "agency", None),
    # a party committee named by the body it sits in, and its own office and boards
    ("Văn phòng Đảng ủy UBND tỉnh", "agency", None),
    ("Ủy ban Kiểm tra Đảng ủy UBND tỉnh", "agency", None),
    ("Ban Thường vụ Đảng ủy Sở Xây dựng", "agency", None),
    ("Chi ủy Chi bộ Trường Tiểu học Kim Đồng", "agency", None),
    ("Cảng hàng không quốc tế Phú Quốc", "agency", None),
    ("Ủy ban bầu cử phường", "agency", None),
    ("các hiệp hội doanh nghiệp", "collective", None),
    ("đồn, trạm biên phòng", "collective", None),
    ("cơ quan thú y", "collective", None),
    ("công đoàn các cấp", "collective", None),
    ("cơ quan quản lý nhà nước", "collective", None),
    ("Đoàn điều tra tai nạn lao động", "agency", None),
])
def test_planted_mention_has_exact_span(phrase, kind, canonical):
    text = FILLER + phrase + " chủ trì triển khai thực hiện."
    mentions = find_actors(text)
    assert mentions, phrase
    m = mentions[0]
    start = len(FILLER)
    assert (m.start, m.end) == (start, start + len(phrase))
    assert text[m.start:m.end] == m.text == phrase
    assert m.kind == kind
    if canonical:
        assert m.canonical == canonical


def test_the_standard_list_of_a_prime_minister_s_directive_is_three_office_holders():
    text = ("Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban"
            " nhân dân các tỉnh, thành phố trực thuộc trung ương chỉ đạo quyết liệt.")
    assert [m.text for m in find_actors(text)] == [
        "Các Bộ trưởng", "Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]


def test_a_number_ends_a_name_so_va_after_it_joins_two_bodies():
    text = "Báo cáo Quân khu 3 và UBND tỉnh theo quy định; Văn phòng HĐND và UBND xã theo dõi."
    assert [m.text for m in find_actors(text)] == ["Quân khu 3", "UBND tỉnh",
                                                  "Văn phòng HĐND và UBND xã"]


def test_a_named_body_after_a_comma_ends_a_list_of_kinds():
    assert [m.text for m in find_actors("Đối với các chủ đầu tư, Ban Quản lý dự án:")] == [
        "các chủ đầu tư", "Ban Quản lý"]
    in_capitals = find_actors("III. CÁC BỆNH VIỆN, TRUNG TÂM Y TẾ KHU VỰC")
    assert len(in_capitals) == 1 and in_capitals[0].text.startswith("CÁC BỆNH VIỆN, TRUNG TÂM")
    assert [m.text for m in find_actors("Không nghiệm thu (các nhà thầu tư vấn giám sát).")] == [
        "các nhà thầu tư vấn giám sát"]


def test_an_ordinary_word_that_is_also_a_head_stays_a_word():
    assert find_actors("Bộ phận chuyên môn tham mưu; bộ phận một cửa tiếp nhận.") == []


def test_a_project_board_s_own_work_and_a_count_are_not_its_name():
    assert [m.text for m in find_actors("Ban Quản lý dự án tổ chức thi công trên địa bàn xã.")] == [
        "Ban Quản lý"]
    assert find_actors("Có 27 thôn, tổ dân phố bị chia cắt.") == []


def test_a_bare_head_joins_no_other_body_with_va():
    text = "Báo cáo Giám đốc Sở và Bộ Y tế hằng tuần; Sở Văn hóa và Thể thao tổ chức."
    # "Giám đốc Sở": the holder of the writer's own Sở, whose head joins nothing after "và"
    assert [m.text for m in find_actors(text)] == ["Giám đốc Sở", "Bộ Y tế",
                                                  "Sở Văn hóa và Thể thao"]


def test_a_head_that_is_also_a_verb_is_not_a_body_alone():
    assert find_actors("Lãnh đạo, chỉ đạo chính quyền nâng cao trách nhiệm.") == []


def test_ordinary_words_that_look_like_heads_are_not_bodies():
    text = "Báo cáo kết quả; trường hợp có vướng mắc; ban hành kế hoạch; phòng chống dịch."
    assert find_actors(text) == []


def test_a_one_word_abbreviation_is_read_only_in_capitals():
    assert find_actors("Tu sửa, nạo vét giếng, bể chứa nước tập trung.") == []
    assert find_actors("TU chỉ đạo các chi bộ.")[0].canonical == "Tỉnh ủy"


def test_a_long_listed_body_after_va_is_a_body_of_its_own():
    text = "báo cáo Ban Thường vụ Hội LHPN tỉnh và Trung ương Hội LHPN Việt Nam."
    assert [m.text for m in find_actors(text)] == ["Ban Thường vụ Hội LHPN tỉnh",
                                                  "Trung ương Hội LHPN Việt Nam"]
    assert [m.text for m in find_actors("Văn phòng HĐND và UBND xã")] == [
        "Văn phòng HĐND và UBND xã"]


def test_what_another_body_reports_in_a_purpose_clause_is_not_the_task_s_reporting_line():
    text = ("Văn phòng Bộ phối hợp với Vụ Kế hoạch chuẩn bị nội dung để Bộ trưởng báo cáo Thủ"
            " tướng Chính phủ.")
    assert assign_roles(text, 0, len(text), find_actors(text)).report_to == []


def test_science_is_no_department():
    assert find_actors("Khoa học công nghệ là động lực phát triển.") == []


def test_the_plural_of_an_ordinary_word_is_not_a_collective():
    text = "Đối với các trường hợp vi phạm mới, các hội nghị sơ kết và các báo cáo."
    assert find_actors(text) == []
    assert [m.text for m in find_actors("các trường học và các bộ phận chuyên môn")] == [
        "các trường học", "các bộ phận chuyên môn"]


def test_a_crop_season_is_not_a_ministry_department():
    text = "Vụ Đông Xuân 2025-2026, cả nước dự kiến gieo cấy 2,95 triệu ha; Vụ Hè Thu, vụ việc."
    assert find_actors(text) == []
    assert [m.text for m in find_actors("Vụ Kế hoạch - Tài chính tổng hợp.")] == [
        "Vụ Kế hoạch - Tài chính"]


def test_glued_words_from_portals_are_read():
    text = "Giao BộGiáo dục và Đào tạo chủtrì thực hiện."
    names = [m.text for m in find_actors(text)]
    assert names == ["BộGiáo dục và Đào tạo"]


def test_a_brand_with_an_inner_capital_is_not_glued_words():
    """"MobiFone" is one name, not "Mo bi Fone": its inner word is no Vietnamese syllable."""
    text = "Viettel Hải Phòng, MobiFone Hải Phòng phối hợp phủ sóng."
    assert [m.text for m in find_actors(text)] == ["Viettel Hải Phòng", "MobiFone Hải Phòng"]


def test_forces_and_sectors_named_in_lower_case():
    text = ("Công an tỉnh phối hợp với lực lượng kiểm lâm tuyên truyền; đề nghị UBND các xã chỉ "
            "đạo các ban, ngành phối hợp với ngành y tế và lực lượng chức năng nước bạn.")
    names = [m.text for m in find_actors(text)]
    assert "lực lượng kiểm lâm" in names and "ngành y tế" in names
    assert "lực lượng chức năng nước bạn" in names


@pytest.mark.parametrize("text,names", [
    ("5. Trường Mầm non, Tiểu học và THCS trên địa bàn xã:",
     ["Trường Mầm non, Tiểu học và THCS trên địa bàn"]),
    ("Trường Tiểu học, THCS và THPT Ngôi Sao chủ trì.", ["Trường Tiểu học, THCS và THPT Ngôi Sao"]),
    ("Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì.", ["Phòng Kinh tế, Hạ tầng và Đô thị"]),
    # a member that begins a body of its own makes a list of bodies, not one name
    ("Sở Tài chính, Sở Xây dựng và UBND xã rà soát.", ["Sở Tài chính", "Sở Xây dựng", "UBND xã"]),
    ("Trường Mầm non Hoa Sen, Trường Tiểu học Kim Đồng phối hợp.",
     ["Trường Mầm non Hoa Sen", "Trường Tiểu học Kim Đồng"]),
    # kinds of body listed after "các" end where "và" brings a body named in full
    ("Các bệnh viện và Trung tâm Y tế khu vực: bố trí đội cấp cứu.",
     ["Các bệnh viện", "Trung tâm Y tế khu vực"]),
    ("Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã thực hiện.",
     ["Thủ trưởng các cơ quan, đơn vị", "Chủ tịch UBND các xã"]),
])
def test_an_enumeration_inside_one_name(text: str, names: list[str]):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text,names", [
    # a village branch's head, with the person the title describes
    ("Đồng chí Nguyễn Thị Hoa, Chi hội trưởng Chi hội Phụ nữ vận động hội viên.",
     ["Đồng chí Nguyễn Thị Hoa, Chi hội trưởng Chi hội Phụ nữ"]),
    ("Chi đoàn trưởng Chi đoàn thôn 3 tổ chức ra quân.", ["Chi đoàn trưởng Chi đoàn thôn 3"]),
    # a village head named by the village's number
    ("Trưởng ấp 2 và Trưởng ấp 7 phối hợp với tổ bầu cử.", ["Trưởng ấp 2", "Trưởng ấp 7"]),
    ("Tổ trưởng tổ dân phố 27 vận động các hộ.", ["Tổ trưởng tổ dân phố 27"]),
    # a market's board takes a name of one syllable, not a verb in title case
    ("Ban Quản lý chợ Hàn, Ban Quản lý chợ Cồn phối hợp.",
     ["Ban Quản lý chợ Hàn", "Ban Quản lý chợ Cồn"]),
    ("Ban Quản lý chợ Xây dựng kế hoạch.", ["Ban Quản lý chợ"]),
])
def test_local_heads_and_boards_keep_their_whole_names(text: str, names: list[str]):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text,name", [
    ("UBND xã Tân Lập phối hợp.", "UBND xã Tân Lập"),  # "lập" is a verb too
    ("UBND xã Thống Nhất chủ trì.", "UBND xã Thống Nhất"),
    ("UBND xã Kim Ngân Chủ trì, phối hợp.", "UBND xã Kim Ngân"),  # a third syllable: the verb
])
def test_a_place_name_ending_in_a_verb_syllable(text: str, name: str):
    assert [m.text for m in find_actors(text)] == [name]


@pytest.mark.parametrize("text,name", [
    ("Các phòng, đơn vị thuộc UBND xã phối hợp.", "Các phòng, đơn vị thuộc UBND xã"),
    ("Các đơn vị trực thuộc Sở Y tế triển khai.", "Các đơn vị trực thuộc Sở Y tế"),
    ("Các đơn vị trực thuộc triển khai.", "Các đơn vị trực thuộc"),
    ("Các cấp ủy, tổ chức đảng trực thuộc Thành ủy xây dựng kế hoạch.",
     "Các cấp ủy, tổ chức đảng trực thuộc Thành ủy"),
    ("Các phòng thuộc Sở thực hiện.", "Các phòng thuộc Sở"),  # the issuer's Sở, by its head
    ("Giám đốc các đơn vị thuộc Bộ triển khai.", "Giám đốc các đơn vị thuộc Bộ"),
    # right after "đơn vị", a body: its units
    ("Các đơn vị Kho bạc Nhà nước kiểm soát chi.", "Các đơn vị Kho bạc Nhà nước"),
    ("Các đơn vị Công an tỉnh tăng cường tuần tra.", "Các đơn vị Công an tỉnh"),
    # kinds of body listed under one "các"
    ("Các công đoàn ngành, công đoàn cơ sở trực thuộc tuyên truyền.",
     "Các công đoàn ngành, công đoàn cơ sở trực thuộc"),
    ("Giám đốc các đại học, học viện báo cáo.", "Giám đốc các đại học, học viện"),
    ("Các cấp ủy, tổ chức đảng, cơ quan, đơn vị quán triệt.",
     "Các cấp ủy, tổ chức đảng, cơ quan, đơn vị"),
])
def test_a_collective_keeps_the_body_its_members_belong_to(text: str, name: str):
    assert [m.text for m in find_actors(text)] == [name]


@pytest.mark.parametrize("text,names", [
    # a member with its own description after "và": a body of its own
    ("Các sở, ban, ngành, đoàn thể và đơn vị dự toán cấp I báo cáo.",
     ["Các sở, ban, ngành, đoàn thể", "đơn vị dự toán cấp I"]),
    ("Đối với các hộ gia đình, cá nhân và cơ sở sản xuất, kinh doanh:",
     ["các hộ gia đình, cá nhân", "cơ sở sản xuất"]),
    ("Đối với các sở, ban, ngành và đơn vị sự nghiệp công lập thuộc UBND tỉnh",
     ["các sở, ban, ngành", "đơn vị sự nghiệp công lập thuộc UBND tỉnh"]),
    # a body's own head after ",": "ban quản lý dự án"
    ("Đối với các chủ đầu tư, ban quản lý dự án", ["các chủ đầu tư", "ban quản lý dự án"]),
    # after ",", only in a list whose members are described too
    ("Đối với các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục "
     "thường xuyên:", ["các trường trung học phổ thông", "trung tâm giáo dục nghề nghiệp"]),
    ("Đối với các tổ chức hành nghề công chứng, tổ chức hành nghề đấu giá tài sản:",
     ["các tổ chức hành nghề công chứng", "tổ chức hành nghề đấu giá tài sản"]),
    ("Đối với các bệnh viện công lập và Trung tâm Y tế các khu vực",
     ["các bệnh viện công lập", "Trung tâm Y tế"]),
    # a description after "," shared by the list; places; how bodies stand
    ("Các sở, ban, ngành, đơn vị dự toán cấp tỉnh báo cáo.", ["Các sở, ban, ngành, đơn vị"]),
    ("Các doanh nghiệp, hợp tác xã kinh doanh vận tải hành khách kê khai giá.",
     ["Các doanh nghiệp, hợp tác xã"]),
    ("Đối với các xã, phường mới thành lập, UBND xã rà soát.", ["các xã, phường", "UBND xã"]),
    ("Các cơ quan, đơn vị, địa phương chậm triển khai bị phê bình.",
     ["Các cơ quan, đơn vị, địa phương"]),
])
def test_a_described_member_of_a_list_of_kinds_is_a_body_of_its_own(text: str, names: list):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text,names", [
    ("3. Trưởng thôn các thôn Đồng Kỳ, Đồng Tâm, Trại Cả, Hố Cáu", [
        "Trưởng thôn các thôn Đồng Kỳ, Đồng Tâm, Trại Cả, Hố Cáu"]),
    ("2. Chi bộ các thôn Phúc Đồng, Hà Linh, Phú Lập", [
        "Chi bộ các thôn Phúc Đồng, Hà Linh, Phú Lập"]),
    ("Trưởng các ấp Nhơn Lộc, Trường Thọ phối hợp với Ủy ban Mặt trận Tổ quốc xã.", [
        "Trưởng các ấp Nhơn Lộc, Trường Thọ", "Ủy ban Mặt trận Tổ quốc xã"]),
    # a label of places, then the body that does the work
    ("Dự án đường ven biển qua các xã Hòa Xuân, Hòa Tâm: Ban Quản lý dự án giao thông tỉnh bảo "
     "đảm giải ngân.", ["các xã Hòa Xuân, Hòa Tâm", "Ban Quản lý dự án giao thông tỉnh"]),
])
def test_places_of_a_kind_keep_their_names(text: str, names: list):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text,names", [
    ("phối hợp với Ban Công tác Mặt trận các tổ dân phố rà soát",
     ["Ban Công tác Mặt trận các tổ dân phố"]),
    ("phối hợp với Tổ công nghệ số cộng đồng các thôn", ["Tổ công nghệ số cộng đồng các thôn"]),
    ("Sở Y tế phối hợp với các xã tổ chức", ["Sở Y tế", "các xã"]),  # a verb between
    # a board every organisation of a kind has
    ("Đề nghị Ban Thường vụ các hội có tính chất đặc thù gửi hồ sơ", ["Ban Thường vụ các hội"]),
])
def test_a_body_of_every_place_of_a_kind_is_one_group(text: str, names: list):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text,names", [
    ("phối hợp với Vụ Giáo dục phổ thông, Vụ Giáo dục Mầm non",
     ["Vụ Giáo dục phổ thông", "Vụ Giáo dục Mầm non"]),
    ("giao Sở Tài chính tổng hợp, Sở Nội vụ thẩm định", ["Sở Tài chính", "Sở Nội vụ"]),  # a verb
])
def test_a_name_s_lower_case_tail_before_a_body_of_the_same_head(text: str, names: list):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text,names", [
    ("Đồng chí Phó Chủ tịch UBND xã phụ trách kinh tế trực tiếp chỉ đạo Tổ công tác",
     ["Đồng chí Phó Chủ tịch UBND xã phụ trách kinh tế", "Tổ công tác"]),
    ("Phó Chủ tịch UBND tỉnh phụ trách khối nội chính chỉ đạo",
     ["Phó Chủ tịch UBND tỉnh phụ trách khối nội chính"]),
])
def test_an_office_holder_keeps_the_field_it_oversees(text: str, names: list):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text,names", [
    ("phối hợp với các Bộ: Tài chính, Xây dựng và Ủy ban nhân dân các tỉnh liên quan",
     ["các Bộ: Tài chính, Xây dựng", "Ủy ban nhân dân các tỉnh liên quan"]),
    ("UBND các tỉnh: An Giang, Cần Thơ và Hậu Giang",
     ["UBND các tỉnh: An Giang, Cần Thơ và Hậu Giang"]),
    ("các Sở: Tài chính, Xây dựng và Công Thương", ["các Sở: Tài chính, Xây dựng và Công Thương"]),
    # a label, then an office-holder in it: no member list
    ("Các tổ dân phố: Trưởng các tổ dân phố tuyên truyền.",
     ["Các tổ dân phố", "Trưởng các tổ dân phố"]),
    # collectives of one trade, hospitals by kind; groups and funds by their names
    ("phối hợp với các doanh nghiệp lữ hành triển khai.", ["các doanh nghiệp lữ hành"]),
    ("Các bệnh viện đa khoa, Trung tâm Y tế khu vực bảo đảm thuốc.",
     ["Các bệnh viện đa khoa", "Trung tâm Y tế khu vực"]),
    ("Các Tổ công nghệ số cộng đồng hướng dẫn người dân.", ["Các Tổ công nghệ số cộng đồng"]),
    ("phối hợp với Quỹ Phát triển khoa học và công nghệ quốc gia rà soát.",
     ["Quỹ Phát triển khoa học và công nghệ quốc gia"]),
    ("Trung tâm Giới thiệu việc làm tỉnh tổ chức phiên giao dịch.",
     ["Trung tâm Giới thiệu việc làm tỉnh"]),  # "giới thiệu" is a verb elsewhere
    ("báo cáo Hội đồng bầu cử quốc gia.", ["Hội đồng bầu cử quốc gia"]),
    ("Đề nghị cơ quan hải quan hướng dẫn doanh nghiệp.", ["cơ quan hải quan"]),
    # a commune's fire teams and market board; "Xã hội" of a field's name is no commune
    ("Phối hợp với tổ phòng cháy, chữa cháy tại chỗ tuyên truyền.",
     ["tổ phòng cháy, chữa cháy tại chỗ"]),
    ("phối hợp với Ban Quản lý chợ đôn đốc.", ["Ban Quản lý chợ"]),
    ("Phân công công chức Văn hóa - Xã hội theo dõi.", []),
    ("Phòng Văn hóa - Xã hội theo dõi.", ["Phòng Văn hóa - Xã hội"]),
])
def test_a_member_list_ends_before_another_body(text: str, names: list[str]):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text,names", [
    ("Đảng ủy các xã, phường, đặc khu Hoàng Sa và các đảng ủy trực thuộc Thành ủy tổ chức.",
     ["Đảng ủy các xã, phường, đặc khu Hoàng Sa", "các đảng ủy trực thuộc Thành ủy"]),
    ("UBND các xã Khánh Hưng, Sông Đốc, Khánh Bình triển khai.",
     ["UBND các xã Khánh Hưng, Sông Đốc, Khánh Bình"]),
    ("UBND các xã Khánh Hưng và Sở Y tế phối hợp.", ["UBND các xã Khánh Hưng", "Sở Y tế"]),
    ("5. Các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên",
     ["Các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"]),
    ("I. ĐỐI VỚI CÁC TRƯỜNG THPT VÀ CÁC TRUNG TÂM GDNN-GDTX",
     ["CÁC TRƯỜNG THPT", "CÁC TRUNG TÂM GDNN-GDTX"]),
    ("Phối hợp với Tổ bầu cử số 7 và Chi hội Người cao tuổi thôn; Chi ủy đôn đốc.",
     ["Tổ bầu cử số 7", "Chi hội Người cao tuổi thôn", "Chi ủy"]),
    ("Ủy ban nhân dân các thành phố Hà Nội, Hải Phòng và các tỉnh Bắc Ninh, Đồng Nai chỉ đạo.",
     ["Ủy ban nhân dân các thành phố Hà Nội, Hải Phòng và các tỉnh Bắc Ninh, Đồng Nai"]),
])
def test_places_named_after_a_plural_kind(text: str, names: list[str]):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text,names", [
    # in capitals "VÀ" is a capital too: it joins two bodies as "và" does in running text
    ("I. ĐỐI VỚI CÁC TRUNG TÂM Y TẾ KHU VỰC VÀ BỆNH VIỆN LAO VÀ BỆNH PHỔI THÀNH PHỐ",
     ["CÁC TRUNG TÂM Y TẾ KHU VỰC", "BỆNH VIỆN LAO VÀ BỆNH PHỔI THÀNH PHỐ"]),
    ("II. ỦY BAN NHÂN DÂN CÁC XÃ VÀ CÁC ĐƠN VỊ SỰ NGHIỆP",
     ["ỦY BAN NHÂN DÂN CÁC XÃ", "CÁC ĐƠN VỊ SỰ NGHIỆP"]),
    ("TRUNG TÂM Y TẾ KHU VỰC VÀ TRẠM Y TẾ XÃ", ["TRUNG TÂM Y TẾ KHU VỰC", "TRẠM Y TẾ XÃ"]),
    ("HỘI ĐỒNG NHÂN DÂN VÀ ỦY BAN NHÂN DÂN XÃ", ["HỘI ĐỒNG NHÂN DÂN", "ỦY BAN NHÂN DÂN XÃ"]),
    # ... and inside one name it stays
    ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"]),
    ("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY", ["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY"]),
    ("VĂN PHÒNG HĐND VÀ UBND XÃ", ["VĂN PHÒNG HĐND VÀ UBND XÃ"]),
    ("UBND XÃ AN PHÚ VÀ XÃ AN BÌNH", ["UBND XÃ AN PHÚ VÀ XÃ AN BÌNH"]),
    # a number after "VÀ" joins nothing ("HỘI" of "XÃ HỘI" is no association either)
    ("I. VỀ TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 11 VÀ 11 THÁNG NĂM 2025", []),
    ("CHUẨN BỊ ĐẠI HỘI ĐẢNG BỘ XÃ; TỔ CHỨC LỄ HỘI ĐỀN HÙNG; TẠO CƠ HỘI VIỆC LÀM", []),
    ("HIỆP HỘI DOANH NGHIỆP TỈNH VÀ HỘI NÔNG DÂN TỈNH",
     ["HIỆP HỘI DOANH NGHIỆP TỈNH", "HỘI NÔNG DÂN TỈNH"]),
])
def test_and_in_capitals_joins_bodies_as_in_running_text(text: str, names: list[str]):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text,names", [
    # the commune's ranger, a plant-protection station by its region, a park's own rangers
    ("Phối hợp với Kiểm lâm địa bàn kiểm tra việc trồng rừng.", ["Kiểm lâm địa bàn"]),
    ("Phối hợp với Trạm Trồng trọt và Bảo vệ thực vật khu vực 4 điều tra sinh vật gây hại.",
     ["Trạm Trồng trọt và Bảo vệ thực vật khu vực 4"]),
    ("Đề nghị Hạt Kiểm lâm Vườn quốc gia Pù Mát chia sẻ thông tin.",
     ["Hạt Kiểm lâm Vườn quốc gia Pù Mát"]),
    ("Sở Nông nghiệp và Môi trường, Vườn quốc gia Bạch Mã phối hợp.",
     ["Sở Nông nghiệp và Môi trường", "Vườn quốc gia Bạch Mã"]),
    # associations named in lower case after their head, and the commune's own units
    ("Đề nghị Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh, Hội Người khuyết tật tỉnh vận "
     "động.", ["Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh", "Hội Người khuyết tật tỉnh"]),
    ("Phối hợp với Tổ quản lý trật tự đô thị phường duy trì tuần tra.",
     ["Tổ quản lý trật tự đô thị phường"]),
    ("Phối hợp với Bưu điện văn hóa xã chi trả trợ cấp.", ["Bưu điện văn hóa xã"]),
    # kinds of body after "các"
    ("Chủ trì, phối hợp với các Viện nghiên cứu xây dựng sổ tay.", ["các Viện nghiên cứu"]),
    ("Phối hợp với các sàn thương mại điện tử gỡ bỏ tin đăng.", ["các sàn thương mại điện tử"]),
    ("Các viện, trường đại học tham gia.", ["Các viện, trường đại học"]),
])
def test_forestry_research_and_market_bodies(text: str, names: list[str]):
    assert [m.text for m in find_actors(text)] == names


def roles_of(text: str):
    mentions = find_actors(text)
    r = assign_roles(text, 0, len(text), mentions)
    return ([m.text for m in r.lead], [m.text for m in r.support], [m.text for m in r.report_to])


@pytest.mark.parametrize("text,lead,report", [
    # the receiver of a submission, then what the submission asks of another body
    ("Thẩm định dự toán; tổng hợp, trình Giám đốc Sở đề nghị Sở Tài chính bố trí kinh phí.",
     [], ["Giám đốc Sở"]),
    # a paper that asks is sent to the body it asks
    ("Hoàn thiện hồ sơ đề nghị Sở Y tế thẩm định trước ngày 31/8/2026.", [], ["Sở Y tế"]),
    ("Đề nghị Sở Y tế thẩm định hồ sơ.", ["Sở Y tế"], []),
])
def test_what_a_submission_asks_is_not_the_sentence_s_request(text, lead, report):
    found = roles_of(text)
    assert (found[0], found[2]) == (lead, report)


def test_handing_a_thing_over_gives_no_lead():
    """"bàn giao cho nhà đầu tư": the investor receives land; "giao cho" there is no cue."""
    text = "Quản lý quỹ đất đã bồi thường, bàn giao cho nhà đầu tư; không để tái lấn chiếm."
    assert roles_of(text)[0] == []
    assert roles_of("Giao cho Sở Tài chính thẩm định.")[0] == ["Sở Tài chính"]


@pytest.mark.parametrize("text,lead,support,report", [
    ("Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng và UBND xã Kim Ngân kiểm tra hiện "
     "trạng, tham mưu UBND tỉnh bố trí kinh phí.",
     ["Sở Tài chính"], ["Sở Xây dựng", "UBND xã Kim Ngân"], ["UBND tỉnh"]),
    ("Sở Khoa học và Công nghệ có trách nhiệm kiểm tra; phối hợp với Viễn thông Quảng Trị "
     "rà soát thiết bị.", ["Sở Khoa học và Công nghệ"], ["Viễn thông Quảng Trị"], []),
    ("Yêu cầu UBND xã Kim Ngân (chủ đầu tư) chỉ đạo nhà thầu tăng ca.",
     ["UBND xã Kim Ngân"], [], []),
    ("Rà soát danh mục dự án, báo cáo Sở Tài chính để tổng hợp, tham mưu đề xuất UBND tỉnh.",
     [], [], ["Sở Tài chính"]),
    ("Kết quả rà soát gửi về UBND tỉnh (thông qua Sở Tài chính để tổng hợp) trong tháng 7.",
     [], [], ["UBND tỉnh", "Sở Tài chính"]),
    ("Phòng Kinh tế, Công an xã và Trưởng các thôn, buôn có trách nhiệm theo dõi.",
     ["Phòng Kinh tế", "Công an xã", "Trưởng các thôn, buôn"], [], []),
    ("Sở Công Thương chỉ đạo các doanh nghiệp dự trữ hàng hóa.", ["Sở Công Thương"], [], []),
    ("Báo cáo Ban Thường vụ Tỉnh ủy để cho ý kiến trước khi trình Hội đồng nhân dân tỉnh.",
     [], [], ["Ban Thường vụ Tỉnh ủy", "Hội đồng nhân dân tỉnh"]),
    ("Tham mưu UBND tỉnh bố trí vốn ủy thác qua Ngân hàng Chính sách xã hội.",
     [], [], ["UBND tỉnh"]),
    ("Phát hiện ca bệnh phải báo cáo ngay UBND xã (qua Phòng Văn hóa - Xã hội).",
     [], [], ["UBND xã", "Phòng Văn hóa - Xã hội"]),
    ("Bố trí kinh phí; huy động sự tham gia của Ủy ban MTTQ Việt Nam và các đoàn thể cùng cấp "
     "trong công tác tuyên truyền.", [], ["Ủy ban MTTQ Việt Nam", "các đoàn thể cùng cấp"], []),
    # what the advised body then reports is its own next step; "tham mưu trình X" is one verb
    ("Tổng hợp kết quả, tham mưu UBND tỉnh báo cáo Bộ Y tế trước ngày 20/12.",
     [], [], ["UBND tỉnh"]),
    ("Chủ trì tham mưu trình Thường trực UBND tỉnh kế hoạch triển khai.",
     [], [], ["Thường trực UBND tỉnh"]),
    # a generic role before a named body describes it: one lead
    ("Yêu cầu nhà đầu tư Công ty Cổ phần BOT Tân Phú - Bảo Lộc chỉ đạo các nhà thầu tăng ca.",
     ["Công ty Cổ phần BOT Tân Phú - Bảo Lộc"], [], []),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì, phối hợp với Công an tỉnh và lực lượng Cảnh "
     "sát biển tuần tra.", ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"], ["Công an tỉnh",
                                                                 "lực lượng Cảnh sát biển"], []),
    ("Những kiến nghị trong báo cáo trên, theo chức năng nhiệm vụ, Bộ Giáo dục và Đào tạo "
     "tiếp tục chủ trì tổ chức thực hiện.", ["Bộ Giáo dục và Đào tạo"], [], []),
    ("Đề nghị Thuế tỉnh chia sẻ thông tin về doanh nghiệp mới thành lập với Bảo hiểm xã hội "
     "tỉnh hằng tháng.", ["Thuế tỉnh"], [], ["Bảo hiểm xã hội tỉnh"]),
    ("Văn phòng HĐND tỉnh theo dõi việc thực hiện; kịp thời phản ánh những vi phạm về Thường "
     "trực HĐND tỉnh.", ["Văn phòng HĐND tỉnh"], [], ["Thường trực HĐND tỉnh"]),
    # a report sent through a body, the receiver left unnamed
    ("Báo cáo kết quả thực hiện định kỳ 6 tháng (qua Văn phòng Sở) để tổng hợp.",
     [], [], ["Văn phòng Sở"]),
    # roles said after the bodies, closing each part of a parenthesis
    ("Hoàn thành rà soát trước ngày 31/12/2025 (UBND các xã, phường chủ trì; Công an tỉnh, "
     "Sở Nông nghiệp và Môi trường phối hợp).", ["UBND các xã, phường"],
     ["Công an tỉnh", "Sở Nông nghiệp và Môi trường"], []),
    # "và UBND ..." after a name that is no council is a second body
    ("Sở Xây dựng chủ trì, phối hợp với Công ty Cổ phần Cấp thoát nước Đồng Tháp và Ủy ban "
     "nhân dân các xã bảo đảm cấp nước.", ["Sở Xây dựng"],
     ["Công ty Cổ phần Cấp thoát nước Đồng Tháp", "Ủy ban nhân dân các xã"], []),
    ("Hoàn thành lập báo cáo quyết toán, gửi Sở Tài chính thẩm định (Thủ trưởng các đơn vị dự "
     "toán cấp I thuộc tỉnh chịu trách nhiệm thực hiện).",
     ["Thủ trưởng các đơn vị dự toán cấp I thuộc tỉnh"], [], ["Sở Tài chính"]),
    # an opening time with its aside; "được giao về X" is where a report goes, no hand-over
    ("Định kỳ hằng quý (trước ngày 15 của tháng cuối quý), các sở, ban, ngành báo cáo tình hình "
     "thực hiện nhiệm vụ được giao về UBND tỉnh (qua Sở Tài chính).", ["các sở, ban, ngành"],
     [], ["UBND tỉnh", "Sở Tài chính"]),
    ("Sở Y tế triển khai Sổ sức khỏe điện tử; báo cáo tiến độ UBND tỉnh trước ngày 30/4/2026.",
     ["Sở Y tế"], [], ["UBND tỉnh"]),
    # a short name in parentheses after a body: the list goes on after it
    ("Bộ Công Thương chủ trì, phối hợp với Bộ Tài chính, Bộ Nông nghiệp và Môi trường (Bộ "
     "NN&MT) và Ủy ban nhân dân các tỉnh, thành phố theo dõi.", ["Bộ Công Thương"],
     ["Bộ Tài chính", "Bộ Nông nghiệp và Môi trường", "Ủy ban nhân dân các tỉnh, thành phố"], []),
    # a receiver named after the parenthesis of the one before ("và"), not a new clause (",")
    ("Gửi hồ sơ về Sở Công Thương (qua Trung tâm Phục vụ hành chính công tỉnh) và Công ty "
     "Điện lực Nghệ An.", [], [], ["Sở Công Thương", "Trung tâm Phục vụ hành chính công tỉnh",
                                  "Công ty Điện lực Nghệ An"]),
    ("Báo cáo UBND tỉnh (qua Sở Nội vụ), Sở Tài chính chủ trì tổng hợp.",
     ["Sở Tài chính"], [], ["UBND tỉnh", "Sở Nội vụ"]),
    # advising on an act: who the act is for does not receive the result
    ("Tham mưu bố trí kinh phí mua sắm trang thiết bị cho các Hạt Kiểm lâm; trình UBND tỉnh "
     "trước ngày 30/4/2026.", [], [], ["UBND tỉnh"]),
    # the bodies something is for ("cho các cơ quan chủ trì soạn thảo") lead nothing here
    ("Sở Tài chính bảo đảm kinh phí cho các cơ quan chủ trì soạn thảo văn bản.",
     ["Sở Tài chính"], [], []),
    # "giao" that ends a participle clause hands nothing to the body after its comma
    ("Để vượt chỉ tiêu được Bộ Tư pháp giao, Thi hành án dân sự tỉnh đề nghị UBND các xã "
     "thực hiện một số nội dung sau:", ["UBND các xã"], [], []),
])
def test_roles_from_cue_words(text, lead, support, report):
    assert roles_of(text) == (lead, support, report)


TOKEN_TEXTS = [
    "Giao Sở Nông nghiệp và Môi trường (NN&MT) chủ trì, phối hợp với Sở VH,TT&DL; báo cáo",
    "trước ngày 15/12/2025.Tổng hợp  kết quả\tgửi\u00a0UBND tỉnh\u2003(qua Văn phòng)…",
    "Ủybannhândân tỉnh, thờihạn: 30/9; số 12/KH-UBND, v/v x.y/z --- “trích dẫn”",
]


@pytest.mark.parametrize("text", TOKEN_TEXTS)
def test_tokens_are_the_regex_matches_and_their_pieces(text):
    """Tokens come from cached pieces of the text between spaces; they must be exactly the
    matches of TOKEN over any stretch, with the syllables of glued words, whatever the
    stretch's edges cut."""
    from giaoviec.pipeline.actors import TOKEN, _word_pieces, iter_tokens

    for start in range(0, len(text), 7):
        for end in (start + 9, start + 40, len(text)):
            expected = [(m.start() + a, m.start() + b, piece, folded)
                        for m in TOKEN.finditer(text, start, min(end, len(text)))
                        for a, b, piece, folded, _, _ in _word_pieces(m.group())]
            got = [(t.start, t.end, t.text, t.folded)
                   for t in iter_tokens(text, start, min(end, len(text)))]
            assert got == expected
            assert all(t.capital == t.text[:1].isupper() and t.word == t.text[:1].isalnum()
                       for t in iter_tokens(text, start, min(end, len(text))))


@pytest.mark.parametrize("text", [*TOKEN_TEXTS, "", " ", "  a  b ", "a b "])
def test_a_line_tokenized_whole_gives_the_tokens_one_by_one(text):
    """``_tokenize`` splits a stretch at every space at once, ``iter_tokens`` one space at a
    time: the same tokens, whatever the stretch (empty, spaces at its edges, runs of them)."""
    from giaoviec.pipeline.actors import _tokenize, iter_tokens

    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert _tokenize(text, start, end) == tuple(iter_tokens(text, start, end))


@pytest.mark.parametrize(("text", "names"), [
    ("Vụ Pháp chế thẩm định; Vụ Kế hoạch - Tài chính tổng hợp.",
     ["Vụ Pháp chế", "Vụ Kế hoạch - Tài chính"]),
    ("Phối hợp với Văn phòng Đăng ký đất đai và đơn vị tư vấn rà soát hồ sơ.",
     ["Văn phòng Đăng ký đất đai", "đơn vị tư vấn"]),
    ("Phối hợp với Công an tỉnh và lực lượng Cảnh sát biển tuần tra.",
     ["Công an tỉnh", "lực lượng Cảnh sát biển"]),
    ("UBND xã Kim Ngân khởi công công trình.", ["UBND xã Kim Ngân"]),
    ("Đề nghị Hiệp hội Du lịch tỉnh Lào Cai vận động; Tổ giúp việc Ban Chỉ đạo theo dõi.",
     ["Hiệp hội Du lịch tỉnh Lào Cai", "Tổ giúp việc Ban Chỉ đạo"]),
    ("Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu Hội "
     "đồng nhân dân và đại biểu Hội đồng nhân dân tỉnh giám sát.",
     ["Thường trực Hội đồng nhân dân", "các Ban của Hội đồng nhân dân",
      "các Tổ đại biểu Hội đồng nhân dân", "đại biểu Hội đồng nhân dân tỉnh"]),
    # a collective or a lower-case head named by an abbreviation; different kinds, one each
    ("Đối với các trường THPT, trường PTDTNT tỉnh và các trung tâm GDNN-GDTX; nhiệm vụ UBND"
     " xã Kim Ngân.", ["các trường THPT", "trường PTDTNT tỉnh", "các trung tâm GDNN-GDTX",
                       "UBND xã Kim Ngân"]),
    ("Phối hợp với Đảng ủy HĐND tỉnh, Đảng ủy Mặt trận Tổ quốc và các đoàn thể tỉnh.",
     ["Đảng ủy HĐND tỉnh", "Đảng ủy Mặt trận Tổ quốc và các đoàn thể tỉnh"]),
    ("Phối hợp với các sở, ngành thành viên Ban Chỉ đạo tỉnh xây dựng Bộ tiêu chí.",
     ["các sở, ngành thành viên Ban Chỉ đạo tỉnh"]),
    ("Viettel Hải Phòng; Thành Đoàn Hải Phòng; Báo và Phát thanh, Truyền hình Cần Thơ; UBND "
     "thành phố Cần Thơ chủ trì; Các Ban quản lý rừng đặc dụng, rừng phòng hộ và các công ty "
     "lâm nghiệp; Ủy ban nhân dân thành phố Hà Nội và Thành phố Hồ Chí Minh tập trung.",
     ["Viettel Hải Phòng", "Thành Đoàn Hải Phòng", "Báo và Phát thanh, Truyền hình Cần Thơ",
      "UBND thành phố Cần Thơ", "Các Ban quản lý rừng đặc dụng, rừng phòng hộ",
      "các công ty lâm nghiệp", "Ủy ban nhân dân thành phố Hà Nội và Thành phố Hồ Chí Minh"]),
    ("Phối hợp với các phòng, ban chuyên môn và các thôn, buôn triển khai.",
     ["các phòng, ban chuyên môn", "các thôn, buôn"]),
    # "và" before the head of a named body begins a second body, not more of the first name
    ("Báo cáo Ban Thường vụ Đảng ủy và Ban Tuyên giáo và Dân vận Tỉnh ủy; gửi Trung tâm Y tế "
     "khu vực và Trung tâm Kiểm soát bệnh tật tỉnh; Văn phòng HĐND và UBND xã theo dõi.",
     ["Ban Thường vụ Đảng ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Trung tâm Y tế khu vực",
      "Trung tâm Kiểm soát bệnh tật tỉnh", "Văn phòng HĐND và UBND xã"]),
    ("Các đồng chí Phó Chủ tịch UBND xã theo dõi; đồng chí Chủ tịch UBND tỉnh chỉ đạo.",
     ["Các đồng chí Phó Chủ tịch UBND xã", "đồng chí Chủ tịch UBND tỉnh"]),
    # one honoured person's second post after a comma is the same person (held concurrently)
    ("Đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Nông dân xã chỉ đạo.",
     ["Đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Nông dân xã"]),
    # and so after a named person's first post: "Vũ Đình Nam, Phó Bí thư, Chủ tịch UBND xã"
    ("Đồng chí Vũ Đình Nam, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, Công an xã thực hiện.",
     ["Đồng chí Vũ Đình Nam, Phó Bí thư Đảng ủy, Chủ tịch UBND xã", "Công an xã"]),
    # a school's or an office's own staff; the commune's boards by their abbreviations
    ("Các tổ chuyên môn phối hợp với giám thị; báo cáo Lãnh đạo trực ban, cán bộ trực ban.",
     ["Các tổ chuyên môn", "giám thị", "Lãnh đạo trực ban", "cán bộ trực ban"]),
    # (and "lãnh đạo trực" is no one: "Phân công lãnh đạo trực tiếp phụ trách")
    ("Phân công lãnh đạo trực tiếp phụ trách; Sở Y tế thực hiện.", ["Sở Y tế"]),
    ("BCH Quân sự phường phối hợp với Công an phường; báo cáo BTV Đảng ủy phường.",
     ["BCH Quân sự phường", "Công an phường", "BTV Đảng ủy phường"]),
    # the national steering committee on IUU fishing, by its short name
    ("Báo cáo Ban Chỉ đạo quốc gia về IUU (qua Bộ Nông nghiệp và Môi trường).",
     ["Ban Chỉ đạo quốc gia về IUU", "Bộ Nông nghiệp và Môi trường"]),
    # ... and the province's centres for continuing education
    ("Các trung tâm giáo dục thường xuyên phối hợp với các doanh nghiệp.",
     ["Các trung tâm giáo dục thường xuyên", "các doanh nghiệp"]),
    # "vào" and "lúc" end a name: the time follows ("vào thứ Sáu hằng tuần")
    ("Báo cáo Thường trực Đảng ủy vào thứ Sáu hằng tuần; Ban Thường vụ lúc 8 giờ.",
     ["Thường trực Đảng ủy", "Ban Thường vụ"]),
    # those a fire- or food-safety text tells to act on their own premises
    ("Chủ đầu tư, Ban quản trị, đơn vị quản lý vận hành nhà chung cư; chủ nhà trọ; chủ cơ sở "
     "sản xuất, kinh doanh; cơ sở có bếp ăn tập thể thực hiện.",
     ["Chủ đầu tư", "Ban quản trị", "đơn vị quản lý vận hành nhà chung cư", "chủ nhà trọ",
      "chủ cơ sở sản xuất, kinh doanh", "cơ sở có bếp ăn tập thể"]),
    # under "các đồng chí", or with no honorific, a comma still parts two people
    ("Các đồng chí Phó Chủ tịch UBND xã, Trưởng Công an xã theo dõi.",
     ["Các đồng chí Phó Chủ tịch UBND xã", "Trưởng Công an xã"]),
    ("Chủ tịch UBND xã, Trưởng Công an xã theo dõi.", ["Chủ tịch UBND xã", "Trưởng Công an xã"]),
])
def test_names_after_heads_honorifics_and_generic_roles(text, names):
    assert [m.text for m in find_actors(text)] == names



@pytest.mark.parametrize("text,expected", [
    ("Trình Giám đốc Sở phê duyệt.", ["Giám đốc Sở"]),
    ("giúp Phó Trưởng ban Thường trực theo dõi", ["Phó Trưởng ban Thường trực"]),
    ("Chánh Văn phòng; Giám đốc các Sở", ["Chánh Văn phòng", "Giám đốc các Sở"]),
    ("Giám đốc Sở Tài chính chủ trì", ["Giám đốc Sở Tài chính"]),
])
def test_a_title_then_a_bare_head_is_the_holder_of_the_writers_own_body(text, expected):
    assert [m.text for m in find_actors(text)] == expected


def test_a_numbered_body_keeps_the_lower_case_part_a_comma_joins_to_its_name():
    """"Phòng Quản lý, hỗ trợ doanh nghiệp số 1": the number shows the words after the comma
    name the body; without one, or before "các", the comma lists."""
    text = ("Phòng Quản lý, hỗ trợ doanh nghiệp số 1 và Phòng Quản lý, hỗ trợ doanh nghiệp số 2 "
            "đẩy nhanh; Phòng Tổ chức, các phòng số 1 làm.")
    assert [m.text for m in find_actors(text)] == [
        "Phòng Quản lý, hỗ trợ doanh nghiệp số 1", "Phòng Quản lý, hỗ trợ doanh nghiệp số 2",
        "Phòng Tổ chức", "các phòng"]


def test_trung_uong_says_which_bodies_are_meant():
    """"các Bộ, cơ quan trung ương", "... các tỉnh, thành phố trực thuộc Trung ương": the word
    that says which of a kind are meant ends the name, and the list goes on after it."""
    text = ("Các Bộ, cơ quan trung ương và Ủy ban nhân dân các tỉnh, thành phố rà soát; Sở Y tế "
            "các tỉnh, thành phố trực thuộc Trung ương báo cáo.")
    assert [m.text for m in find_actors(text)] == [
        "Các Bộ, cơ quan trung ương", "Ủy ban nhân dân các tỉnh, thành phố",
        "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương"]


def test_trade_union_levels_are_bodies():
    text = ("đề nghị các công đoàn cấp trên trực tiếp cơ sở và công đoàn cơ sở triển khai; Công "
            "đoàn cơ sở Bệnh viện phối hợp với Đoàn Thanh niên Bệnh viện.")
    assert [m.text for m in find_actors(text)] == [
        "các công đoàn cấp trên trực tiếp cơ sở", "công đoàn cơ sở", "Công đoàn cơ sở Bệnh viện",
        "Đoàn Thanh niên Bệnh viện"]


def test_in_capitals_a_head_inside_an_ordinary_word_names_nothing():
    """"CƠ SỞ ĐÀO TẠO", "NHIỆM VỤ CỦA CÁC SỞ": a heading in capitals makes every word look like
    the start of a name; "SỞ" after "CƠ" and "VỤ" after "NHIỆM" are parts of words."""
    text = ("II. ĐỐI VỚI CÁC ĐẠI HỌC, HỌC VIỆN, TRƯỜNG ĐẠI HỌC, TRƯỜNG CAO ĐẲNG SƯ PHẠM (SAU ĐÂY "
            "GỌI CHUNG LÀ CƠ SỞ ĐÀO TẠO)")
    assert [m.text for m in find_actors(text)] == [
        "CÁC ĐẠI HỌC, HỌC VIỆN, TRƯỜNG ĐẠI HỌC, TRƯỜNG CAO ĐẲNG SƯ PHẠM"]
    assert [m.text for m in find_actors("III. NHIỆM VỤ CỦA CÁC SỞ, NGÀNH")] == ["CÁC SỞ, NGÀNH"]


def test_a_tab_between_cells_ends_a_name():
    """A row copied with tabs instead of " | ": "Công an tỉnh<TAB>Quý III/2026" is a body, then
    the next cell, not one name running over the tab."""
    text = "Sở Tài chính; Công an tỉnh\tQuý III/2026\tViễn thông Vĩnh Long; Viettel Vĩnh Long\tX"
    assert [m.text for m in find_actors(text)] == [
        "Sở Tài chính", "Công an tỉnh", "Viễn thông Vĩnh Long", "Viettel Vĩnh Long"]


def test_an_abbreviation_defined_inside_a_name_keeps_the_name_going():
    """"Ủy ban nhân dân (UBND) các tỉnh, thành phố": the abbreviation in parentheses is defined
    on the way; the places after it are still the name's, and no part of its canonical form."""
    found = find_actors("Đề nghị Ủy ban nhân dân (UBND) các tỉnh, thành phố chỉ đạo; giao Sở Nông "
                        "nghiệp và Môi trường (NN&MT) chủ trì.")
    assert [(m.text, m.canonical) for m in found] == [
        ("Ủy ban nhân dân (UBND) các tỉnh, thành phố", "Ủy ban nhân dân các tỉnh, thành phố"),
        ("Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường")]


@pytest.mark.parametrize("text,expected", [
    ("1. Tổ An ninh:", ["Tổ An ninh"]),
    ("Tổ Tổng hợp tham mưu Trưởng Công an xã", ["Tổ Tổng hợp", "Trưởng Công an xã"]),
    ("IV. TỔ CHỨC THỰC HIỆN", []),  # "tổ chức": to organise, in capitals too
    ("Tổ chức tuyên truyền, bảo vệ Tổ quốc", []),
])
def test_a_team_is_named_after_to_but_to_chuc_is_no_body(text, expected):
    assert [m.text for m in find_actors(text)] == expected


def test_militia_titles_hold_their_body():
    text = "Chính trị viên phó Ban CHQS xã tổng hợp; phối hợp với Thôn đội trưởng các thôn."
    assert [m.text for m in find_actors(text)] == [
        "Chính trị viên phó Ban CHQS xã", "Thôn đội trưởng các thôn"]


@pytest.mark.parametrize("text, expected", [
    ("Công an xã phối hợp với Chấp hành viên vận động người phải thi hành án.",
     ["Công an xã", "Chấp hành viên"]),
    ("Kiểm sát viên, Thẩm phán được phân công nghiên cứu hồ sơ vụ án.",
     ["Kiểm sát viên", "Thẩm phán"]),
    # a mediation team is named whole, not "Tổ" + a name "hòa"
    ("Tổ hòa giải phối hợp với Công an xã.", ["Tổ hòa giải", "Công an xã"]),
    ("Các tổ hòa giải ở cơ sở tổ chức hòa giải.", ["Các tổ hòa giải ở cơ sở"]),
])
def test_officers_of_courts_and_enforcement_are_named_by_their_office(text, expected):
    assert [m.text for m in find_actors(text)] == expected


def test_the_party_boards_are_one_collective_with_their_committee():
    """"Các ban đảng Tỉnh ủy": the boards of the committee, not "Các ban" and a province."""
    text = "Các ban đảng Tỉnh ủy; Đảng ủy Ủy ban nhân dân tỉnh phối hợp."
    assert [m.text for m in find_actors(text)] == ["Các ban đảng Tỉnh ủy",
                                                   "Đảng ủy Ủy ban nhân dân tỉnh"]


@pytest.mark.parametrize("text, expected", [
    ("Người đại diện phần vốn nhà nước tại doanh nghiệp báo cáo",
     ["Người đại diện phần vốn nhà nước"]),
    ("Chủ tịch Hội đồng thành viên công ty thực hiện", ["Chủ tịch Hội đồng thành viên"]),
    ("Kiểm soát viên công ty báo cáo", ["Kiểm soát viên"]),
])
def test_who_answers_for_state_capital_in_a_company(text, expected):
    assert [m.text for m in find_actors(text)][:1] == expected


def test_asking_a_body_s_opinion_reports_to_it():
    """"báo cáo, xin ý kiến Sở Tài chính trước khi biểu quyết": the body consulted receives."""
    text = ("Người đại diện phần vốn nhà nước báo cáo, xin ý kiến Sở Tài chính trước khi biểu "
            "quyết; Sở Xây dựng báo cáo, xin ý kiến chỉ đạo của UBND tỉnh.")
    found = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in found.report_to] == ["Sở Tài chính", "UBND tỉnh"]


def test_a_body_to_be_assigned_in_a_purpose_clause_does_not_lead():
    """"đề nghị UBND tỉnh thu hồi ... để giao Trung tâm X quản lý": whom the province will
    then assign, not who does the work."""
    text = ("Lập hồ sơ đề nghị UBND tỉnh thu hồi cơ sở nhà, đất số 6 để giao Trung tâm Phát triển "
            "quỹ đất tỉnh quản lý.")
    found = assign_roles(text, 0, len(text), find_actors(text))
    assert found.lead == [] and [m.text for m in found.report_to] == ["UBND tỉnh"]


@pytest.mark.parametrize("text, expected", [
    ("gửi Văn phòng Ban Chỉ đạo 389 tỉnh trước ngày 05", "Văn phòng Ban Chỉ đạo 389 tỉnh"),
    ("gửi Cơ quan Thường trực Ban Chỉ đạo 389 tỉnh", "Cơ quan Thường trực Ban Chỉ đạo 389 tỉnh"),
    ("Thường trực Ban Chỉ đạo tỉnh chủ trì", "Thường trực Ban Chỉ đạo tỉnh"),
])
def test_a_steering_committee_s_office_is_named_whole(text, expected):
    """"Chỉ" + "đạo" inside the board's name is no verb that ends the office's name."""
    assert [m.text for m in find_actors(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("gửi Thống kê thành phố và Sở Tài chính trước ngày 20/12", ["Thống kê thành phố",
                                                                  "Sở Tài chính"]),
    ("gửi Thống kê thành phố Đà Nẵng trước ngày 05/12", ["Thống kê thành phố Đà Nẵng"]),
    ("Thống kê, rà soát các hộ nghèo", []),  # the verb
])
def test_the_statistics_office_is_named_by_its_place(text, expected):
    assert [m.text for m in find_actors(text)] == expected


def test_what_advice_is_for_does_not_swallow_the_lead_s_own_report():
    """"tham mưu UBND tỉnh bố trí kinh phí ... để xử lý ..., báo cáo UBND tỉnh (qua Văn phòng
    UBND tỉnh)": the purpose is the funding's; the report after it is the lead's own. After a
    report, "để tổng hợp, báo cáo X" still is the receiver's next step, also when the receiver
    is named "Phòng Tham mưu"."""
    text = ("Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí dự phòng để xử lý khẩn cấp điểm sạt "
            "lở, báo cáo UBND tỉnh (qua Văn phòng UBND tỉnh) trong tháng 7/2026.")
    found = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in found.report_to] == ["UBND tỉnh", "Văn phòng UBND tỉnh"]
    text = ("Công an các xã tổng hợp tin báo, gửi Phòng Tham mưu trước 16 giờ 00 hằng ngày để "
            "tổng hợp, báo cáo Giám đốc Công an tỉnh.")
    found = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in found.report_to] == ["Phòng Tham mưu"]


@pytest.mark.parametrize("text", [
    "Đảng ủy Ủy ban Mặt trận Tổ quốc và các đoàn thể tỉnh",
    "Đảng ủy Ủy ban MTTQ và các đoàn thể tỉnh",
])
def test_the_front_s_party_committee_is_one_body_also_named_with_its_uy_ban(text):
    found = find_actors(text + " lãnh đạo vận động hội viên.")
    assert [(m.text, m.canonical) for m in found] == [
        (text, "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh")]


def test_party_committees_of_the_communes_are_one_collective():
    text = "Đối với đảng ủy các xã, phường có Dự án đi qua; Cấp ủy nơi cư trú gửi ý kiến."
    assert [m.text for m in find_actors(text)] == ["đảng ủy các xã, phường", "Cấp ủy nơi cư trú"]


def test_thong_bao_ket_qua_cho_sends_the_result():
    text = ("Hoàn thành giải quyết 08 hồ sơ trễ hạn trong tuần; thông báo kết quả cho Trung tâm "
            "Phục vụ hành chính công xã để trả cho công dân.")
    found = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in found.report_to] == ["Trung tâm Phục vụ hành chính công xã"]


@pytest.mark.parametrize("text,name", [
    ("Các tiểu ban căn cứ nhiệm vụ được phân công.", "Các tiểu ban"),
    ("các Đoàn kiểm tra báo cáo kết quả.", "các Đoàn kiểm tra"),
    ("Đối với các chủ đập thủy điện:", "các chủ đập"),
    # a term of seven words: the budget-using units, then the investors of the same list
    ("Các đơn vị sử dụng ngân sách nhà nước, chủ đầu tư có giao dịch với Kho bạc.",
     "Các đơn vị sử dụng ngân sách nhà nước, chủ đầu tư"),
])
def test_groups_of_committees_teams_dam_owners_and_budget_units(text: str, name: str):
    assert [m.text for m in find_actors(text)][:1] == [name]


@pytest.mark.parametrize("text,partners", [
    ("Giao UBND xã A phối hợp với doanh nghiệp vận tải bổ sung chuyến tàu.",
     ["doanh nghiệp vận tải"]),
    ("Trạm Y tế phối hợp với trưởng bản, tổ trưởng tổ dân phố đến từng hộ vận động.",
     ["trưởng bản", "tổ trưởng tổ dân phố"]),
    ("Các trường phối hợp với trạm y tế xã, phường kiểm tra tiêm chủng.",
     ["trạm y tế xã, phường"]),  # a comma that only adds a place
    ("Sở Công Thương chủ trì, phối hợp chặt chẽ với các siêu thị, doanh nghiệp phân phối "
     "cung ứng hàng hóa.", ["các siêu thị", "doanh nghiệp phân phối"]),
    ("Các đơn vị phối hợp với nhau triển khai.", []),
    ("Phòng Kinh tế phối hợp với Công an xã kiểm tra.", []),  # a named body: a mention
    ("Sở X phối hợp với phường Sầm Sơn rà soát.", []),  # a capital: a place, not described
    # a list: one partner per comma and the last after "và"; two kinds of place are two
    ("Phòng Y tế phối hợp với tổ dân phố, thôn và cộng tác viên y tế giám sát ca bệnh.",
     ["tổ dân phố", "thôn", "cộng tác viên y tế"]),
    ("UBND xã phối hợp với doanh nghiệp vận tải và bến xe kiểm tra.",
     ["doanh nghiệp vận tải", "bến xe"]),
    ("Sở X phối hợp với hộ chăn nuôi và vận chuyển gia cầm.", ["hộ chăn nuôi"]),  # a verb
    ("Ban đại diện cha mẹ học sinh phối hợp với nhà trường động viên, nhắc nhở học sinh.",
     ["nhà trường"]),  # the partner ends at the verb
])
def test_partners_described_in_lower_case_after_phoi_hop_voi(text: str, partners: list[str]):
    mentions = find_actors(text)
    found = generic_partners(text, fold(text), 0, len(text), mentions)
    assert [m.text for m in found] == partners


@pytest.mark.parametrize("text,name", [
    ("lập danh sách, báo cáo Hội đồng nghĩa vụ quân sự xã trước ngày 20/12.",
     "Hội đồng nghĩa vụ quân sự xã"),
    ("phối hợp với Hội đồng nghĩa vụ quân sự cùng cấp", "Hội đồng nghĩa vụ quân sự cùng cấp"),
])
def test_the_military_service_council_is_a_body(text: str, name: str):
    assert [m.text for m in find_actors(text)] == [name]


@pytest.mark.parametrize("text,name", [
    ("Hội đồng bồi thường, hỗ trợ và tái định cư xã lập phương án bồi thường.",
     "Hội đồng bồi thường, hỗ trợ và tái định cư xã"),
    ("phối hợp với Hội đồng bồi thường, hỗ trợ, tái định cư tỉnh kiểm đếm",
     "Hội đồng bồi thường, hỗ trợ, tái định cư tỉnh"),
    ("gửi Hội đồng thẩm định bảng giá đất tỉnh thẩm định", "Hội đồng thẩm định bảng giá đất tỉnh"),
])
def test_the_land_compensation_council_is_a_body(text: str, name: str):
    assert [m.text for m in find_actors(text)][:1] == [name]


@pytest.mark.parametrize("text,names", [
    # a department's name is in capitals: "Sở" and a verb in lower case is the bare head
    # (the office) and what it does
    ("tham mưu Giám đốc Sở xây dựng kế hoạch tuyển sinh", ["Giám đốc Sở"]),
    ("Sở Xây dựng chủ trì kiểm tra", ["Sở Xây dựng"]),
    ("Sở tài chính bố trí kinh phí", ["Sở tài chính"]),  # typed in lower case: no verb
])
def test_a_department_name_in_lower_case_is_a_verb_after_the_head(text: str, names: list[str]):
    assert [m.text for m in find_actors(text)] == names


def test_a_body_reported_to_twice_in_one_task_is_one_receiver():
    text = ("Phòng Giáo dục Trung học tham mưu Giám đốc Sở xây dựng kế hoạch, trình Giám đốc "
            "Sở trước ngày 15/3/2026.")
    roles = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in roles.report_to] == ["Giám đốc Sở"]


def test_a_place_name_run_into_the_verb_after_it_ends_before_the_verb():
    text = "Báo và Phát thanh, Truyền hình Tuyên Quangtăng cường thông tin."
    assert [m.text for m in find_actors(text)] == ["Báo và Phát thanh, Truyền hình Tuyên Quang"]


@pytest.mark.parametrize("text,names", [
    ("Các chi đoàn thôn phối hợp với Công an xã.", ["Các chi đoàn thôn", "Công an xã"]),
    ("Chi đoàn giáo viên Trường THCS Lục Nam chủ trì, phối hợp với Liên đội Trường THCS Lục "
     "Nam.", ["Chi đoàn giáo viên Trường THCS Lục Nam", "Liên đội Trường THCS Lục Nam"]),
])
def test_youth_union_branches_and_pioneer_units(text: str, names: list[str]):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text,name", [
    ("Các hãng tàu, đại lý hãng tàu cung cấp thông tin.", "Các hãng tàu, đại lý hãng tàu"),
    ("Các doanh nghiệp nhập khẩu có tên tại Phụ lục liên hệ hãng tàu.",
     "Các doanh nghiệp nhập khẩu"),
    ("Các thương nhân niêm yết giá.", "Các thương nhân"),
])
def test_private_parties_a_sector_letter_addresses(text: str, name: str):
    assert [m.text for m in find_actors(text)][:1] == [name]


def test_a_lower_case_body_inside_what_is_sent_does_not_hide_the_receiver():
    text = ("Báo cáo tình hình sử dụng thuốc theo kết quả lựa chọn nhà thầu về Sở Y tế (qua "
            "Phòng Nghiệp vụ Dược).")
    roles = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in roles.report_to] == ["Sở Y tế", "Phòng Nghiệp vụ Dược"]


def test_a_body_in_an_aside_about_what_is_sent_does_not_hide_the_receiver():
    text = ("Gửi hồ sơ đăng ký dự thi (danh sách thí sinh có chữ ký của Thủ trưởng đơn vị, đóng "
            "dấu) về Sở GD&ĐT chậm nhất ngày 21/11/2025.")
    roles = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in roles.report_to] == ["Sở GD&ĐT"]


def test_an_aside_listing_what_is_sent_does_not_count_in_the_reach_to_the_receiver():
    text = ("Công ty A: nộp bổ sung hồ sơ đề nghị hoàn thuế giá trị gia tăng đối với dự án đầu "
            "tư nhà máy chế biến gỗ (hợp đồng mua bán thiết bị, chứng từ thanh toán qua ngân "
            "hàng, biên bản nghiệm thu) về Thuế tỉnh trong 10 ngày làm việc.")
    roles = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in roles.report_to] == ["Thuế tỉnh"]


def test_the_offices_after_a_named_person_are_that_person_not_more_leads():
    text = ("Đồng chí Hà Minh Tuấn - Ủy viên Ủy ban nhân dân phường, Trưởng Công an phường: "
            "chủ trì tổng kiểm tra cư trú trước ngày 30/6/2026.")
    roles = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in roles.lead] == ["Đồng chí Hà Minh Tuấn"]
    # a board member named with his office, then his seat on the board
    text = ("Ông Nguyễn Tuấn Kiệt, Phó Chủ tịch Ủy ban nhân dân tỉnh, Trưởng ban: chỉ đạo chung "
            "công tác tổ chức Đại hội.")
    roles = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in roles.lead] == [
        "Ông Nguyễn Tuấn Kiệt, Phó Chủ tịch Ủy ban nhân dân tỉnh"]
    # an office, then the seat its holder takes on the board; two seats are two people
    text = "Giám đốc Sở Y tế, Ủy viên: chỉ đạo các cơ sở y tế chuẩn bị lực lượng."
    roles = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in roles.lead] == ["Giám đốc Sở Y tế"]
    text = "Trưởng ban, Phó Trưởng ban: chỉ đạo chung công tác diễn tập."
    roles = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in roles.lead] == ["Trưởng ban", "Phó Trưởng ban"]


@pytest.mark.parametrize("text,leads", [
    # a unit, a comma, and the body it belongs to: one lead
    ("Phòng Tổng hợp, Văn phòng Tỉnh ủy chủ trì xây dựng dự thảo báo cáo.", ["Phòng Tổng hợp"]),
    ("Ban Dân chủ - Pháp luật, Ủy ban MTTQ Việt Nam tỉnh chủ trì tham mưu.",
     ["Ban Dân chủ - Pháp luật"]),
    # a list goes on, or the second names many: every body leads
    ("Phòng Kinh tế, Công an xã và Trưởng các thôn thường xuyên kiểm tra.",
     ["Phòng Kinh tế", "Công an xã", "Trưởng các thôn"]),
    ("Ban Tổ chức, Ban Tuyên giáo và Dân vận, Văn phòng Tỉnh ủy chủ trì tổng hợp.",
     ["Ban Tổ chức", "Ban Tuyên giáo và Dân vận", "Văn phòng Tỉnh ủy"]),
    # a commune's police has no Phòng: two bodies; a province's has
    ("Phòng Kinh tế, Công an xã: tổ chức giải tỏa các điểm tập kết rác tự phát.",
     ["Phòng Kinh tế", "Công an xã"]),
    ("Phòng Cảnh sát giao thông, Công an tỉnh tổ chức tuần tra.", ["Phòng Cảnh sát giao thông"]),
    # two organs of one party committee side by side
    ("Ban Xây dựng Đảng, Ủy ban Kiểm tra Đảng ủy tham mưu Ban Thường vụ kiểm tra.",
     ["Ban Xây dựng Đảng", "Ủy ban Kiểm tra Đảng ủy"]),
])
def test_a_unit_followed_by_its_parent_body_is_one_lead(text: str, leads: list[str]):
    roles = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in roles.lead] == leads


@pytest.mark.parametrize("text,names", [
    ("phối hợp với Công an xã, phường và lực lượng thú y", ["Công an xã, phường",
                                                          "lực lượng thú y"]),
    ("Hội Nông dân tỉnh, Tỉnh đoàn tuyên truyền", ["Hội Nông dân tỉnh", "Tỉnh đoàn"]),
    ("phối hợp với chủ rừng và lực lượng bảo vệ rừng", ["chủ rừng", "lực lượng bảo vệ rừng"]),
    ("UBND xã, thôn, bản tuyên truyền", ["UBND xã"]),  # a hamlet is another level
])
def test_sibling_kinds_of_place_after_a_body_s_place(text: str, names: list[str]):
    assert [m.text for m in find_actors(text)] == names


def test_a_subject_after_an_opening_phrase_may_say_which_of_them_acts():
    text = ("Trước ngày 20/01/2026, UBND các xã có thôn đặc biệt khó khăn hoàn thành việc bàn "
            "giao quà.")
    roles = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in roles.lead] == ["UBND các xã"]
    text = "(Sở Y tế chủ trì; UBND các xã có tuyến phối hợp)"
    roles = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in roles.lead] == ["Sở Y tế"]


@pytest.mark.parametrize("text,receivers", [
    # a paper the lead drafts for its superior asks another body: the superior receives
    ("Tham mưu Chủ tịch Ủy ban nhân dân phường văn bản đề nghị Sở Khoa học và Công nghệ hỗ "
     "trợ.", ["Chủ tịch Ủy ban nhân dân phường"]),
    ("Lập hồ sơ đề nghị Sở Y tế thẩm định.", ["Sở Y tế"]),  # the lead's own paper
])
def test_a_paper_drafted_for_a_superior_is_sent_by_the_superior(text, receivers):
    roles = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in roles.report_to] == receivers


def test_roles_after_the_bodies_in_a_parenthesis_with_which_of_them_and_guidance():
    text = ("Rà soát hộ thiếu đất ở (UBND các xã vùng đồng bào dân tộc thiểu số chủ trì; Sở Dân "
            "tộc và Tôn giáo phối hợp; Sở Khoa học và Công nghệ hướng dẫn; thời gian: quý I/2026).")
    roles = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in roles.lead] == ["UBND các xã"]
    assert [m.text for m in roles.support] == ["Sở Dân tộc và Tôn giáo", "Sở Khoa học và Công nghệ"]


def test_a_council_s_description_stops_at_what_it_did():
    assert [m.text for m in find_actors("Hội đồng đã thống nhất với đề xuất của xã.")] == []


def test_police_units_by_their_codes():
    """"PC02", "PV01": units of a provincial police known by code, read as written; in lower
    case the letters are no unit."""
    found = find_actors("Giao PV01 chủ trì, phối hợp với PC02, PX03 và Công an các xã; mã pc02.")
    assert [(m.text, m.kind) for m in found] == [
        ("PV01", "agency"), ("PC02", "agency"), ("PX03", "agency"),
        ("Công an các xã", "agency")]


@pytest.mark.parametrize("text,names", [
    # banks: a branch named by its region, a known noun after several capitals, a brand before
    # its branch (a verb before "Chi nhánh" is no brand)
    ("Đề nghị NHNN Chi nhánh Khu vực 5 chỉ đạo các ngân hàng.", ["NHNN Chi nhánh Khu vực 5"]),
    ("Ngân hàng CSXH Chi nhánh tỉnh phối hợp.", ["Ngân hàng CSXH Chi nhánh tỉnh"]),
    ("Đề nghị Bưu điện xã Nga Sơn, Agribank Chi nhánh Nga Sơn cảnh báo khách hàng.",
     ["Bưu điện xã Nga Sơn", "Agribank Chi nhánh Nga Sơn"]),
    ("Giao Chi nhánh Ngân hàng Chính sách xã hội tỉnh chủ trì.",
     ["Chi nhánh Ngân hàng Chính sách xã hội tỉnh"]),
    # boards named with the committees they belong to (in the plural: one group), and the
    # Front's board with its committee
    ("Ủy ban Kiểm tra các đảng ủy trực thuộc Tỉnh ủy xây dựng báo cáo tổng kết.",
     ["Ủy ban Kiểm tra các đảng ủy trực thuộc Tỉnh ủy"]),
    ("Ban Công tác Mặt trận Ủy ban MTTQ Việt Nam tỉnh giúp Ban Thường trực theo dõi.",
     ["Ban Công tác Mặt trận Ủy ban MTTQ Việt Nam tỉnh", "Ban Thường trực"]),
    # dam, plant and forest owners as collectives, with their member list
    ("Các Công ty thủy điện: A Lưới, Sông Bung, A Vương vận hành hồ chứa đúng quy trình.",
     ["Các Công ty thủy điện: A Lưới, Sông Bung, A Vương"]),
    ("Công ty Cổ phần Thủy điện Sông Ngàn Phố và các chủ hồ thủy điện trên địa bàn: vận hành.",
     ["Công ty Cổ phần Thủy điện Sông Ngàn Phố", "các chủ hồ thủy điện trên địa bàn"]),
    ("Ban quản lý rừng đặc dụng, rừng phòng hộ xây dựng phương án phòng cháy.",
     ["Ban quản lý rừng đặc dụng, rừng phòng hộ"]),
    # units named by their function in lower case
    ("Chủ trì, phối hợp với Phòng Kế hoạch tổng hợp và các khoa lâm sàng rà soát hồ sơ.",
     ["Phòng Kế hoạch tổng hợp", "các khoa lâm sàng"]),
    ("Vụ Bảo hiểm y tế và Cục Quản lý Dược cho ý kiến.", ["Vụ Bảo hiểm y tế", "Cục Quản lý Dược"]),
])
def test_bodies_are_named_whole(text: str, names: list[str]):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text", [
    "theo Nghị định số 178/2024/NĐ-CP và Nghị định số 67/2025/NĐ-CP",
    "thực hiện Thông báo số 12/TB-UBND ngày 05/6/2026",
    "Chỉ thị số 05/CT-TTg ngày 10/3/2026",
])
def test_the_issuer_code_of_a_document_number_is_no_body(text):
    """"NĐ-CP", "TB-UBND": the last part of a number names who issued it, nobody acts."""
    assert find_actors(text) == []


@pytest.mark.parametrize("text,names", [
    # a place, then more places whose kind is in lower case: one entry each
    ("Phường Cư Bao và xã Ea Drông:", ["Phường Cư Bao", "xã Ea Drông"]),
    ("Xã Tân Hòa, xã Tân Phú và phường An Lạc chủ trì.",
     ["Xã Tân Hòa", "xã Tân Phú", "phường An Lạc"]),
    # one head over two places stays one body
    ("UBND xã Tân Hòa và xã Tân Phú phối hợp.", ["UBND xã Tân Hòa và xã Tân Phú"]),
    # the place "riêng" sets apart, in lower case
    ("Riêng đặc khu Lý Sơn bổ sung nội dung phòng thủ biển.", ["đặc khu Lý Sơn"]),
    ("Riêng năm 2026 tổ chức diễn tập tại 06 xã.", []),
    # a numbered body named for its place after a dash
    ("Ban Chỉ huy Phòng thủ khu vực 5 - Kon Tum và Ban Chỉ huy Phòng thủ khu vực 2 - Bình Sơn "
     "cử tổ công tác.", ["Ban Chỉ huy Phòng thủ khu vực 5 - Kon Tum",
                         "Ban Chỉ huy Phòng thủ khu vực 2 - Bình Sơn"]),
    ("Tổ công tác số 3 - Sở Y tế chủ trì.", ["Tổ công tác số 3", "Sở Y tế"]),
])
def test_places_apart_and_numbered_bodies_named_for_a_place(text: str, names: list[str]):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text,names", [
    # a body serving an area, named by its place
    ("Bảo hiểm xã hội khu vực Bắc Ninh chủ trì.", ["Bảo hiểm xã hội khu vực Bắc Ninh"]),
    ("Bảo hiểm xã hội cơ sở Vĩnh Long phối hợp.", ["Bảo hiểm xã hội cơ sở Vĩnh Long"]),
    ("Giao Thuế cơ sở Xây dựng kế hoạch thu.", ["Thuế cơ sở"]),
    # a union named by the places it serves, their kind capitalised or not
    ("Phối hợp với Công đoàn các Khu công nghiệp tỉnh thành lập công đoàn.",
     ["Công đoàn các Khu công nghiệp tỉnh"]),
    ("Công đoàn các khu công nghiệp tỉnh chủ trì.", ["Công đoàn các khu công nghiệp tỉnh"]),
    ("Báo cáo ngay công đoàn cấp trên trực tiếp khi phát hiện.", ["công đoàn cấp trên trực tiếp"]),
    # employers, in lower case, are who many labour letters ask
    ("Đề nghị người sử dụng lao động tại các doanh nghiệp gửi thông tin việc làm trống.",
     ["người sử dụng lao động"]),
])
def test_area_bodies_and_employers(text: str, names: list[str]):
    assert [m.text for m in find_actors(text)][:1] == names


def test_a_laboratory_sent_samples_gets_no_report():
    """"gửi Viện Vệ sinh dịch tễ, Viện Pasteur khu vực để xét nghiệm": samples for testing; a
    result sent "để tổng hợp" is still a report."""
    text = ("Lấy mẫu bệnh phẩm, gửi Viện Vệ sinh dịch tễ, Viện Pasteur khu vực để xét nghiệm "
            "khẳng định.")
    assert assign_roles(text, 0, len(text), find_actors(text)).report_to == []
    text = "Tổng hợp kết quả, gửi Sở Nội vụ để tổng hợp trước ngày 10/2/2026."
    assert [m.text for m in assign_roles(text, 0, len(text), find_actors(text)).report_to] == [
        "Sở Nội vụ"]


@pytest.mark.parametrize("text,names", [
    ("Phối hợp với Hạt Quản lý đê Thường Tín kiểm tra đê.", ["Hạt Quản lý đê Thường Tín"]),
    ("Xí nghiệp thủy lợi Ứng Hòa chủ trì vận hành trạm bơm.", ["Xí nghiệp thủy lợi Ứng Hòa"]),
    ("Đề nghị Cụm thủy nông Hồng Vân bố trí lịch bơm nước.", ["Cụm thủy nông Hồng Vân"]),
    ("Phối hợp với các Xí nghiệp thủy lợi trực thuộc Công ty tổ chức nghiệm thu.",
     ["các Xí nghiệp thủy lợi trực thuộc"]),
    # a listed body named by its place
    ("Hạt Kiểm lâm Ba Vì chủ trì tuần tra.", ["Hạt Kiểm lâm Ba Vì"]),
    # religious organisations, and a board named by the pagodas it manages
    ("Các tổ chức tôn giáo, cơ sở tôn giáo trên địa bàn tỉnh:",
     ["Các tổ chức tôn giáo, cơ sở tôn giáo trên địa bàn"]),
    ("Phối hợp với Ban Quản trị các chùa hướng dẫn nghi lễ.", ["Ban Quản trị các chùa"]),
    # a crop season, not a ministry's department
    ("Vụ Xuân năm 2026, toàn xã gieo cấy 1.284 ha lúa.", []),
    ("Vụ Pháp chế chủ trì thẩm định.", ["Vụ Pháp chế"]),
])
def test_irrigation_bodies_and_crop_seasons(text: str, names: list[str]):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text,names", [
    # a head that opens a line and runs to a colon names a body: alone (two syllables or more)
    ("Văn phòng: tổ chức tiếp nhận tiền, hàng ủng hộ.", ["Văn phòng"]),
    ("- Văn phòng: tổng hợp kết quả.", ["Văn phòng"]),
    # or a working group's head with the lower-case words that say what it does
    ("3. Tổ quản lý vận hành công trình:", ["Tổ quản lý vận hành công trình"]),
    ("Đội kiểm tra liên ngành: làm việc với các xã.", ["Đội kiểm tra liên ngành", "các xã"]),
    ("Ban biên tập bản tin: thu thập tin bài.", ["Ban biên tập bản tin"]),
    # not a one-syllable head, nor a head inside a sentence, nor a team's ordinary words
    ("Sở: tổng hợp.", []),
    ("Theo Văn phòng: đã xong.", []),
    ("1. Đội ngũ cán bộ:", []),
    ("Cơ quan thường trực: Sở Y tế.", ["Sở Y tế"]),
    # the regional units of the national grid
    ("3. Truyền tải điện Quảng Ngãi: kiểm tra các tuyến đường dây 220 kV.",
     ["Truyền tải điện Quảng Ngãi"]),
])
def test_a_label_at_a_line_start_names_a_body_its_head_alone_would_not(text, names):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text,names", [
    # transport's bodies and private parties
    ("5. Đề nghị Ga Đà Nẵng phối hợp với Đội Cảnh sát giao thông, các hãng taxi tổ chức "
     "phân luồng.", ["Ga Đà Nẵng", "Đội Cảnh sát giao thông", "các hãng taxi"]),
    ("Các bến xe khách trên địa bàn niêm yết giá vé.", ["Các bến xe khách trên địa bàn"]),
    # a police unit named with its force is one body; a comma parts them
    ("Phối hợp với Phòng Cảnh sát giao thông Công an thành phố kiểm tra.",
     ["Phòng Cảnh sát giao thông Công an thành phố"]),
    ("Cơ quan Cảnh sát điều tra Công an tỉnh điều tra các vụ án.",
     ["Cơ quan Cảnh sát điều tra Công an tỉnh"]),
    ("Phòng Cảnh sát giao thông, Công an xã tuần tra.",
     ["Phòng Cảnh sát giao thông", "Công an xã"]),
])
def test_transport_bodies(text, names):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("label,trade_words,found", [
    ("HỘ KINH DOANH, CÁ NHÂN KINH DOANH", 0, "HỘ KINH DOANH, CÁ NHÂN KINH DOANH"),
    ("Doanh nghiệp, hợp tác xã quản lý chợ", 6, "Doanh nghiệp, hợp tác xã quản lý chợ"),
    ("Doanh nghiệp, hợp tác xã quản lý chợ", 0, None),  # a heading's label: kinds alone
    ("Doanh nghiệp quản lý chợ", 6, "Doanh nghiệp quản lý chợ"),  # one kind and its trade
    ("Công ty", 6, None),  # one kind alone may be a body named in full elsewhere
    ("Đơn vị chậm đóng dưới 03 tháng", 6, None),  # a case: its words hold a figure
    ("Doanh nghiệp, hợp tác xã Quản lý", 6, None),  # a capital starts a name, not a trade
])
def test_a_bare_group_may_carry_its_trade_when_a_label_asks(label, trade_words, found):
    group = bare_group(label, 0, len(label), trade_words=trade_words)
    assert (group.text if group else None) == found


@pytest.mark.parametrize("text,names", [
    ("Chủ các cơ sở kinh doanh dịch vụ karaoke có trách nhiệm kiểm tra.", ["Chủ các cơ sở"]),
    ("Yêu cầu chủ các hộ kinh doanh ký cam kết.", ["chủ các hộ kinh doanh"]),
    ("Phát huy quyền tự chủ các đơn vị sự nghiệp.", ["các đơn vị sự nghiệp"]),  # autonomy
    ("Chủ động phối hợp với các cơ quan.", ["các cơ quan"]),
])
def test_the_owners_of_a_kind_of_body_are_one_mention(text, names):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text,names", [
    ("Công an các đơn vị, địa phương báo cáo nhanh kết quả.", ["Công an các đơn vị, địa phương"]),
    ("Ban Thường vụ đảng ủy các xã, phường xây dựng chương trình.",
     ["Ban Thường vụ đảng ủy các xã, phường"]),
    ("Báo cáo Cục Cảnh sát điều tra tội phạm về ma túy và UBND tỉnh.",
     ["Cục Cảnh sát điều tra tội phạm về ma túy", "UBND tỉnh"]),
    ("Phối hợp với Cơ sở cai nghiện ma túy tỉnh tổ chức cai nghiện.",
     ["Cơ sở cai nghiện ma túy tỉnh"]),
    ("Phối hợp với Công an cấp tỉnh và Công an xã, phường nắm tình hình.",
     ["Công an cấp tỉnh", "Công an xã, phường"]),
])
def test_drug_prevention_bodies(text, names):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text,names", [
    ("Chủ trì, phối hợp với Ban Quản lý di tích tỉnh, Trung tâm Thông tin và Xúc tiến du lịch "
     "tỉnh tổ chức.", ["Ban Quản lý di tích tỉnh", "Trung tâm Thông tin và Xúc tiến du lịch tỉnh"]),
    ("Phối hợp với Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 tiếp nhận thông tin.",
     ["Tổng đài điện thoại quốc gia bảo vệ trẻ em 111"]),
    ("Phối hợp với Sở bồi dưỡng kỹ năng cho hướng dẫn viên.", []),  # "bồi dưỡng": an action
    ("Ban thực hiện cưỡng chế tổ chức vận động, thuyết phục.", ["Ban thực hiện cưỡng chế"]),
])
def test_tourism_and_child_protection_bodies(text, names):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("name,kind,resolved", [
    ("UBND xã", "agency", "UBND xã Bình Minh"),
    ("Công an xã", "agency", "Công an xã Bình Minh"),
    ("Các hợp tác xã", "collective", "Các hợp tác xã"),  # cooperatives, many, no place
    ("UBND các xã", "collective", "UBND các xã"),
    ("Hợp tác xã", "agency", "Hợp tác xã"),
])
def test_a_commune_named_by_its_kind_takes_the_documents_commune(name, kind, resolved):
    from giaoviec.pipeline.actors import ActorMention
    from giaoviec.pipeline.context import resolve_name
    assert resolve_name(ActorMention(0, len(name), name, None, kind), "xã Bình Minh") == resolved



@pytest.mark.parametrize("text,names", [
    ("I. ĐỐI VỚI CÁC DOANH NGHIỆP HOẠT ĐỘNG HÓA CHẤT", ["CÁC DOANH NGHIỆP"]),  # no "HOẠT"
    ("Giao các trường THPT trên địa bàn tổ chức.", ["các trường THPT trên địa bàn"]),
])
def test_in_a_heading_in_capitals_no_word_is_an_abbreviation(text, names):
    assert [m.text for m in find_actors(text)] == names


def test_who_a_ban_names_is_whom_it_binds():
    text = "Nghiêm cấm các tổ chức, hộ gia đình, cá nhân đốt rơm rạ ngoài đồng ruộng."
    roles = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in roles.lead] == ["các tổ chức, hộ gia đình, cá nhân"]


@pytest.mark.parametrize("text,report", [
    ("Biên soạn tài liệu, cung cấp cho các thôn và các trường học trước ngày 28/3.", []),
    ("Rà soát, cung cấp cho Thuế tỉnh danh sách website trước ngày 15/4.", ["Thuế tỉnh"]),
])
def test_who_is_supplied_material_to_use_gets_no_report(text, report):
    roles = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in roles.report_to] == report



@pytest.mark.parametrize("text,names", [
    # a body's own inspectorate or office, the body named whole ("vụ" is in lower case)
    ("Thanh tra Sở Nội vụ kiểm tra.", ["Thanh tra Sở Nội vụ"]),
    ("Phối hợp với Thanh tra Sở Tài chính kiểm tra.", ["Thanh tra Sở Tài chính"]),
    ("Văn phòng Sở Nội vụ tổng hợp.", ["Văn phòng Sở Nội vụ"]),
    ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường rà soát.",
     ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường"]),
    ("Thanh tra Quảng Ninh kiểm tra.", ["Thanh tra Quảng Ninh"]),  # named by its province
    # plural groups listed by their kinds
    ("Các cấp ủy, chính quyền tập trung lãnh đạo.", ["Các cấp ủy, chính quyền"]),
    ("Các tập đoàn kinh tế, tổng công ty nhà nước chỉ đạo các công ty con.",
     ["Các tập đoàn kinh tế, tổng công ty nhà nước", "các công ty con"]),
    ("Các công đoàn ngành báo cáo.", ["Các công đoàn ngành"]),
])
def test_bodies_named_inside_names_and_groups_of_kinds(text, names):
    assert [m.text for m in find_actors(text)] == names


def test_after_a_long_condition_its_subject_leads():
    text = ("Khi xảy ra tai nạn lao động chết người hoặc làm bị thương nặng từ hai người lao "
            "động trở lên, người sử dụng lao động phải khai báo ngay với Thanh tra Sở Nội vụ.")
    roles = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in roles.lead] == ["người sử dụng lao động"]


@pytest.mark.parametrize("text,report", [
    ("Đề nghị Ủy ban Kiểm tra Tỉnh ủy giải quyết các đơn tố cáo đảng viên; thông tin kết quả "
     "cho Ban Nội chính Tỉnh ủy trong quý III/2026.", ["Ban Nội chính Tỉnh ủy"]),
    ("Chủ tịch UBND các xã khi được mời đi công tác nước ngoài phải báo cáo, xin chủ trương của "
     "Chủ tịch UBND tỉnh.", ["Chủ tịch UBND tỉnh"]),
])
def test_who_is_told_the_result_or_asked_for_a_go_ahead_gets_the_report(text, report):
    roles = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in roles.report_to] == report


@pytest.mark.parametrize("text,lead,report", [
    # "giao" ends the name "Bộ Ngoại giao": no cue for the body listed after it
    ("Cử đoàn tham gia các hoạt động do Bộ Ngoại giao và các cơ quan đại diện Việt Nam ở nước "
     "ngoài tổ chức.", [], []),
    # what the advisee submits asks the ministry, not this text
    ("Phòng Quản lý Di sản: tiếp nhận hồ sơ; tham mưu Giám đốc Sở trình UBND tỉnh đề nghị Bộ "
     "Văn hóa, Thể thao và Du lịch xem xét.", ["Phòng Quản lý Di sản"], ["Giám đốc Sở"]),
])
def test_cue_words_inside_names_and_chains_of_submission(text, lead, report):
    roles = assign_roles(text, 0, len(text), find_actors(text))
    assert ([m.text for m in roles.lead], [m.text for m in roles.report_to]) == (lead, report)


@pytest.mark.parametrize("text,names", [
    ("Cục Văn hóa cơ sở, Gia đình và Thư viện chủ trì, phối hợp với Cục Di sản văn hóa.",
     ["Cục Văn hóa cơ sở, Gia đình và Thư viện", "Cục Di sản văn hóa"]),
    ("Cục Nghệ thuật biểu diễn, Cục Điện ảnh: tăng cường hậu kiểm.",
     ["Cục Nghệ thuật biểu diễn", "Cục Điện ảnh"]),
    # a police department whose name holds "phòng, chống"
    ("Báo cáo qua Cục Cảnh sát phòng, chống tội phạm về môi trường.",
     ["Cục Cảnh sát phòng, chống tội phạm về môi trường"]),
])
def test_the_culture_ministrys_departments(text, names):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text,names", [
    ("Tổ chức, cá nhân được giao chủ trì nhiệm vụ có trách nhiệm thực hiện.",
     ["Tổ chức, cá nhân"]),  # a listed name longer than the verb "Tổ chức"
    ("Tổ chức tập huấn cho tổ chức, cá nhân.", []),  # in lower case, whom the work is for
    ("Thư ký khoa học Hội đồng kiểm tra.", ["Thư ký khoa học Hội đồng"]),
    # a standing board named without "Ban"; a quarter's head with the word order reversed
    ("Thường vụ Đảng ủy Quân sự tỉnh lãnh đạo.", ["Thường vụ Đảng ủy Quân sự tỉnh"]),
    ("Khu phố trưởng các khu phố phối hợp.", ["Khu phố trưởng các khu phố"]),
    # "Trung ương" closes a name whose last syllable is in lower case
    ("Bệnh viện Nhi Trung ương tiếp nhận.", ["Bệnh viện Nhi Trung ương"]),
])
def test_organisations_and_individuals_and_a_councils_secretary(text, names):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text,report", [
    ("Thông báo bằng văn bản cho UBND xã nơi tổ chức tuyển chọn trước 05 ngày làm việc.",
     ["UBND xã"]),
    ("Xác định số tiền còn nợ, thông báo bằng văn bản cho nhà đầu tư để thực hiện.", []),
])
def test_a_written_notice_reports_to_an_authority_and_tells_a_party(text, report):
    roles = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in roles.report_to] == report


@pytest.mark.parametrize("text,report", [
    # the body that compiles what is sent, when no receiver is named
    ("Rà soát nhu cầu kinh phí, gửi kèm đầy đủ hồ sơ và thuyết minh để Sở Tài chính tổng hợp.",
     ["Sở Tài chính"]),
    ("Báo cáo tổng kết đợt cao điểm gửi trước ngày 12/3/2026 để Phòng Tham mưu tổng hợp.",
     ["Phòng Tham mưu"]),
    ("Rà soát hồ sơ để Sở Tài chính tổng hợp.", []),
    # material sent or supplied down to kinds in lower case is no report
    ("Biên soạn tài liệu hướng dẫn, gửi các địa phương trước ngày 30/4/2026.", []),
    ("Ưu tiên cung cấp điện cho các cơ sở y tế, trạm bơm chống hạn.", []),
    ("Gửi báo cáo về các thành viên Ban Chỉ đạo.", ["các thành viên Ban Chỉ đạo"]),
    # alternatives share the role
    ("Khi phát hiện chó nghi mắc bệnh Dại phải báo cáo Tổ trưởng tổ dân phố hoặc UBND phường.",
     ["Tổ trưởng tổ dân phố", "UBND phường"]),
])
def test_who_gets_what_is_sent(text, report):
    assert roles_of(text)[2] == report


@pytest.mark.parametrize("text,names", [
    # "số" after a name: digital, part of it; a number or a compound's noun is not
    ("Trung tâm Chuyển đổi số tỉnh chủ trì", ["Trung tâm Chuyển đổi số tỉnh"]),
    ("Vụ Chuyển đổi số phối hợp", ["Vụ Chuyển đổi số"]),
    ("Phòng Hạ tầng số, Phòng Giao dịch số 2 thực hiện",
     ["Phòng Hạ tầng số", "Phòng Giao dịch số 2"]),
    ("Sở Công Thương số liệu về", ["Sở Công Thương"]),
    ("Báo Cao Bằng số ra ngày", ["Báo Cao Bằng"]),
    # a listed name with lower-case words, written without the place word it is listed with
    ("Giao Trung tâm Phục vụ hành chính công tiếp nhận", ["Trung tâm Phục vụ hành chính công"]),
    ("Trung tâm Phục vụ hành chính công cấp xã chủ trì",
     ["Trung tâm Phục vụ hành chính công cấp xã"]),
])
def test_a_name_s_lower_case_tail_is_read_whole(text: str, names: list):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text,names", [
    ("3. Các cụm, khối thi đua do UBND Thành phố thành lập tổ chức hội nghị",
     ["Các cụm, khối thi đua", "UBND Thành phố"]),
    ("2. Đơn vị Trưởng cụm, khối thi đua năm 2027 chủ trì xây dựng",
     ["Đơn vị Trưởng cụm, khối thi đua"]),
    ("tổ chức ký kết giao ước thi đua theo khối, cụm thi đua trong quý I", []),
])
def test_emulation_clusters_are_bodies(text: str, names: list):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text,names", [
    # the issuer's own office, named bare inside a sentence or after the assigning verb
    ("- Giao Văn phòng bố trí hội trường", ["Văn phòng"]),
    ("gửi danh sách đại biểu về Văn phòng trước 10 giờ", ["Văn phòng"]),
    # not at the start of a sentence, nor in lower case (the premises)
    ("1. Văn phòng phối hợp", []),
    ("bố trí trụ sở văn phòng làm việc", []),
])
def test_the_issuer_s_own_office_named_bare(text: str, names: list):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text,names", [
    ("I. ỦY BAN NHÂN DÂN CÁC TỈNH, THÀNH PHỐ VEN BIỂN",
     ["ỦY BAN NHÂN DÂN CÁC TỈNH, THÀNH PHỐ VEN BIỂN"]),
    ("phối hợp với Công ty Cổ phần Đô thị Cần Thơ và Trưởng các khu vực thực hiện",
     ["Công ty Cổ phần Đô thị Cần Thơ", "Trưởng các khu vực"]),
    ("Vụ Tín dụng các ngành kinh tế chủ trì theo dõi", ["Vụ Tín dụng các ngành kinh tế"]),
])
def test_lists_of_places_in_capitals_and_a_person_after_va(text: str, names: list):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text,names", [
    ("Chủ trì, phối hợp với Công an cùng cấp bảo đảm an ninh", ["Công an cùng cấp"]),
    ("phối hợp với Cục Cảnh sát giao thông - Bộ Công an xây dựng phương án",
     ["Cục Cảnh sát giao thông - Bộ Công an"]),
    ("phối hợp với Văn phòng Đăng ký đất đai - Chi nhánh Lạng Giang và UBND xã Mỹ Lộc",
     ["Văn phòng Đăng ký đất đai - Chi nhánh Lạng Giang", "UBND xã Mỹ Lộc"]),
    ("Sở Tài chính - Kho bạc Nhà nước", ["Sở Tài chính", "Kho bạc Nhà nước"]),
])
def test_a_body_of_its_level_of_its_ministry_or_its_branch(text: str, names: list):
    assert [m.text for m in find_actors(text)] == names


@pytest.mark.parametrize("text", [
    "phối hợp với Công ty Cổ phần Đô thị Cần Thơ và Trưởng các khu vực thực hiện",
    "Giao Trung tâm Phục vụ hành chính công cấp xã, Trung tâm Chuyển đổi số tỉnh và",
    "Cục Cảnh sát giao thông - Bộ Công an, Văn phòng Đăng ký đất đai - Chi nhánh Lạng Giang",
    "2. Học tập ở các chi bộ: Các chi bộ trực thuộc, Giao Văn phòng, Công an cùng cấp và",
])
def test_every_prefix_of_a_sentence_is_read_without_error(text: str):
    """OCR and copies cut sentences anywhere: a name may be the last thing in the text ("...
    Sở Văn hóa và")."""
    for end in range(len(text) + 1):
        find_actors(text[:end])


def test_the_body_after_a_short_label_is_the_subject():
    text = ("Chế độ báo cáo: Ủy ban nhân dân các tỉnh, thành phố ven biển báo cáo kết quả thực "
            "hiện về Bộ Nông nghiệp và Môi trường trước 15 giờ 00 thứ Năm hằng tuần.")
    roles = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in roles.lead] == ["Ủy ban nhân dân các tỉnh, thành phố"]
    assert [m.text for m in roles.report_to] == ["Bộ Nông nghiệp và Môi trường"]


def test_a_board_named_with_its_province_is_no_unit_of_the_next_body():
    text = ("Sở Nội vụ chủ trì, phối hợp với Ban Quản lý Khu kinh tế Hải Phòng, Liên đoàn Lao "
            "động thành phố thanh tra, kiểm tra việc chấp hành pháp luật.")
    roles = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in roles.support] == ["Ban Quản lý Khu kinh tế Hải Phòng",
                                                 "Liên đoàn Lao động thành phố"]



@pytest.mark.parametrize("text,names", [
    # the standing body, named by its role where the document names it no other way
    ("Các thành viên báo cáo về cơ quan thường trực trước ngày 20 hằng tháng.",
     ["Các thành viên", "cơ quan thường trực"]),
    # where the document says which body holds the role, the body alone
    ("Cơ quan thường trực của Ban Chỉ đạo là Bộ Chỉ huy Quân sự tỉnh.",
     ["Ban Chỉ đạo", "Bộ Chỉ huy Quân sự tỉnh"]),
    ("Sở Y tế là cơ quan thường trực, chủ trì theo dõi.", ["Sở Y tế"]),
])
def test_a_designated_role_is_an_actor_only_where_no_body_holds_it(text, names):
    assert [m.text for m in find_actors(text)] == names


def test_views_sought_from_the_public_are_no_report():
    text = ("Hoàn chỉnh dự thảo Báo cáo chính trị, xin ý kiến các chi bộ, Ủy ban MTTQ Việt Nam"
            " xã và Nhân dân; trình Ban Thường vụ Tỉnh ủy cho ý kiến.")
    roles = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in roles.report_to] == ["Ban Thường vụ Tỉnh ủy"]


def test_the_body_whose_report_is_sent_sends_it():
    text = ("Báo cáo 6 tháng và báo cáo năm của các cơ quan, đơn vị, địa phương gửi về UBND"
            " tỉnh trước ngày 16 tháng 6 và trước ngày 16 tháng 12 hằng năm.")
    roles = assign_roles(text, 0, len(text), find_actors(text))
    assert [m.text for m in roles.lead] == ["các cơ quan, đơn vị, địa phương"]
    assert [m.text for m in roles.report_to] == ["UBND tỉnh"]


@pytest.mark.parametrize("text,names", [
    ("gửi về Sở Tài chính (qua Phòng Quản lý đầu tư) trước ngày 05.",
     ["Sở Tài chính", "Phòng Quản lý đầu tư"]),
    ("gửi về Sở Nội vụ (qua Phòng Tổ chức bộ máy - Biên chế).",
     ["Sở Nội vụ", "Phòng Tổ chức bộ máy - Biên chế"]),
])
def test_the_office_a_paper_goes_through_is_named_up_to_its_bracket(text, names):
    assert [m.text for m in find_actors(text)] == names
