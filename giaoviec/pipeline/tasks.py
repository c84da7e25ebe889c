"""Which text is a task, and what it says: lead, support, deadline, reporting line, action.

A task is a directive: a list item, a paragraph or a row of a task table that asks someone to
do something. Praise, findings, background, legal bases, approvals that assign nothing, and
the Mục đích / Yêu cầu / Chỉ tiêu / Kinh phí parts of a plan are not tasks. An item that gives
separate directives to different bodies is split into one task per body.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import islice

from giaoviec.normalize import fold, fold_document, read_digits
from giaoviec.pipeline import context as ctx
from giaoviec.pipeline.actors import (
    ActorMention,
    bare_group,
    find_actors,
    folded_words,
    head_of,
    iter_tokens,
    lexicon,
    positions_of,
    set_aliases,
    set_windows,
    tokenize,
)
from giaoviec.pipeline.deadline_patterns import DAY_NAME, month_end
from giaoviec.pipeline.deadlines import (
    DATED_TYPES,
    TemporalMention,
    choose_deadline,
    drill_day,
    drill_terms,
    effective_date,
    event_dates,
    find_temporal_mentions,
)
from giaoviec.pipeline.glued import spaced
from giaoviec.pipeline.header_patterns import ISSUER_HEADS, type_of_line
from giaoviec.pipeline.lines import Line
from giaoviec.pipeline.resolver import Decision, Resolver
from giaoviec.pipeline.roles import RoleAssignment, assign_roles, generic_partners
from giaoviec.pipeline.sections import Structure
from giaoviec.pipeline.tables import TaskTable, find_answer_cells, find_task_tables
from giaoviec.rx import regex

NON_TASK_HEADINGS = regex.compile(
    r"\s*(?:mục\s*đích|yêu\s*cầu\s*[:.]?\s*$|(?:(?:một\s*số|các)\s*)?(?:mục\s*tiêu|chỉ\s*tiêu)"
    r"|mặt\s*hàng|"
    # a penalty decision's findings: "1. Đã thực hiện hành vi vi phạm hành chính:", "Tình tiết
    # tăng nặng", "Hình thức xử phạt" (its remedies, "Biện pháp khắc phục hậu quả", are work)
    r"(?:đã\s*thực\s*hiện\s*)?(?:các\s*)?hành\s*vi\s*vi\s*phạm|tình\s*tiết\s*(?:tăng|giảm)|"
    r"hình\s*thức\s*xử\s*phạt|"
    # what a programme or a campaign holds, not who does it: "NỘI DUNG CHƯƠNG TRÌNH" (Phần lễ,
    # Phần hội), "NỘI DUNG TUYÊN TRUYỀN", "HÌNH THỨC TUYÊN TRUYỀN"
    r"(?:nội\s*dung|hình\s*thức)\s*(?:chương\s*trình|tuyên\s*truyền)\s*[:.]?\s*$|"
    # a body's members: "4. Các thành viên:" + "- Đại diện lãnh đạo Thuế tỉnh"
    r"(?:các\s*)?thành\s*viên(?:\s*gồm)?\s*:?\s*$|"
    # the slogans a campaign hangs up: "IV. KHẨU HIỆU TUYÊN TRUYỀN" + "1. ... muôn năm!"
    r"(?:các\s*)?khẩu\s*hiệu(?:\s*tuyên\s*truyền)?\s*[:.]?\s*$|"
    # what the delegates said at a meeting, before its chair concludes: "I. Ý KIẾN CỦA CÁC ĐẠI
    # BIỂU", "Ý kiến phát biểu", "Ý kiến thảo luận"
    r"(?:các\s*)?ý\s*kiến\s*(?:(?:phát\s*biểu|tham\s*gia|thảo\s*luận)(?:\s*của)?\s*)?"
    r"(?:của\s*)?(?:các\s*)?(?:đại\s*biểu|thành\s*viên|phát\s*biểu|thảo\s*luận|tham\s*luận)|"
    # ("Đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên:" is the year-end review's work)
    r"kinh\s*phí|quan\s*điểm|đánh\s*giá(?!\s*,?\s*(?:và\s*)?xếp\s*loại)|tình\s*hình|kết\s*quả"
    # ("Điều 2. Nguyên tắc làm việc và chế độ báo cáo" hands out who reports what, by when)
    r"|nguyên\s*tắc(?![^\n]{0,60}?báo\s*cáo)|phạm\s*vi|"
    # the papers of a file, the forms sent with the text: "3. Hồ sơ đánh giá gồm:", "Biểu mẫu
    # kèm theo:"
    r"hồ\s*sơ(?:\s+\p{L}+){0,4}\s*gồm\s*:?\s*$|(?:các\s*)?biểu\s*mẫu\s*kèm\s*theo\s*:?\s*$|"
    r"khái\s*quát|đặc\s*điểm|nhận\s*xét|"
    # an inspection's findings: "I. ƯU ĐIỂM", "II. VI PHẠM, KHUYẾT ĐIỂM", "III. NGUYÊN NHÂN VÀ
    # XỬ LÝ" (the discipline decided is no work handed over; "... và giải pháp" may hand some)
    r"ưu\s*điểm|(?:vi\s*phạm\s*,?\s*)?khuyết\s*điểm|"
    r"nguyên\s*nhân(?![^\n]{0,40}(?:giải\s*pháp|nhiệm\s*vụ|khắc\s*phục|biện\s*pháp))|"
    # a Quy chế's norms ("Chương II. QUY ĐỊNH CỤ THỂ", "Điều 7. Các hành vi bị nghiêm cấm"):
    # what everyone it governs must do, not work handed to a body ("TỔ CHỨC THỰC HIỆN")
    r"(?:những\s*)?quy\s*định\s*(?:chung|cụ\s*thể)\s*[:.]?\s*$|"
    r"(?:các\s*|những\s*)?hành\s*vi\s*(?:bị\s*)?(?:nghiêm\s*)?cấm|đối\s*"
    r"tượng|thông\s*tin\s*chung|tồn\s*tại|hạn\s*chế|khó\s*khăn|căn\s*cứ|thời\s*gian,?\s*địa\s*điểm|thời\s*gian\b(?!\s*tới)|"
    # an event plan's programme: "II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM" + "1. Lễ kỷ niệm cấp tỉnh:
    # tổ chức vào 08 giờ 00 ... tại Quảng trường ..." ("NỘI DUNG, THỜI GIAN THỰC HIỆN" hands
    # out work)
    r"nội\s*dung\s*,\s*thời\s*gian\s*(?:,|và)\s*địa\s*điểm\s*[:.]?\s*$|"
    r"địa\s*điểm|thành\s*phần|nội\s*dung\s*(?:cuộc\s*họp|làm\s*việc|kiểm\s*tra|giám\s*sát|kỳ\s*họp|phiên\s*họp|hội\s*nghị|đại\s*hội)|bối\s*cảnh|thực\s*trạng|ý\s*nghĩa|dự\s*báo|"
    # "Điều 3. Hiệu lực thi hành", "Điều khoản chuyển tiếp": when the text takes effect
    r"hiệu\s*lực(?:\s*thi\s*hành)?\s*[:.]?\s*$|điều\s*khoản\s*chuyển\s*tiếp|"
    # "2. Hình thức" of a plan: how it is held (the tasks come under "Tổ chức thực hiện");
    # "Điều 4. Hình thức phối hợp" of a Quy chế: the ways two bodies work together
    r"(?:hình|phương)\s*thức(?:\s*phối\s*hợp)?\s*[:.]?\s*$|"
    # "3. Quyền hạn của Ban Chỉ đạo:" + "a) Được yêu cầu các sở ... báo cáo": what a body may
    # do, not what it must ("Nhiệm vụ, quyền hạn" opens with its duties)
    r"quyền\s*(?:hạn|lợi)(?!\p{L}))")
# a chapter that hands work over ("Chương III. TỔ CHỨC THỰC HIỆN", "Chương II. TRÁCH NHIỆM CỦA
# CÁC CƠ QUAN", "NHIỆM VỤ VÀ GIẢI PHÁP", a Quy chế phối hợp's "NỘI DUNG PHỐI HỢP", whose
# articles give named bodies their part: "Sở Y tế có ý kiến bằng văn bản trong thời hạn 05
# ngày ..."); the other chapters of a Quy định or Quy chế state its norms ("Chương II. TIẾP
# CÔNG DÂN, ĐỐI THOẠI ..."), which bind everyone they govern and hand no one a task
CHAPTER_OF_WORK = regex.compile(r"trách\s*nhiệm|thực\s*hiện|thi\s*hành|nhiệm\s*vụ|giải\s*pháp"
                                r"|phân\s*công|tổ\s*chức|điều\s*khoản|phối\s*hợp"
                                # "Chương III. CHẾ ĐỘ HỌP, THÔNG TIN, BÁO CÁO": who meets and
                                # who reports what, by when
                                r"|báo\s*cáo|chế\s*độ\s*họp"
                                # "Chương IV. MỐI QUAN HỆ CÔNG TÁC, KIỂM TRA, GIÁM SÁT": who
                                # works with whom, who inspects
                                r"|quan\s*hệ\s*công\s*tác|kiểm\s*tra|giám\s*sát")
# what residents asked at a meeting with voters ("Cử tri tổ dân phố số 5 phản ánh ...", "Ông
# Trần Văn Tâm (tổ dân phố số 3) đề nghị xem xét ..."): the petition, not the answer to it;
# matched on the text as written, since a person's name is told by its capitals
PETITION = regex.compile(
    r"\s*(?:(?i:(?:ý\s*kiến\s*(?:của\s*)?)?(?:cử\s*tri|công\s*dân|người\s*dân|nhân\s*dân"
    r"|(?:một\s*số\s*|nhiều\s*|các\s*)?hộ\s*(?:dân|kinh\s*doanh|gia\s*đình))"
    r"|(?i:ông|bà)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,4}))(?!\p{L})"
    r"[^.;:]{0,120}?\s(?i:phản\s*[áả]nh|kiến\s*nghị|đề\s*nghị|đề\s*xuất|bức\s*xúc|hỏi"
    r"|trình\s*bày"
    # "Ông Vũ Đình Thắng khiếu nại Quyết định số ...", "Bà X tố cáo công chức ..."
    r"|thống\s*nhất|đồng\s*tình|khiếu\s*nại|tố\s*cáo|cho\s*rằng)(?!\p{L})")
# a label over the papers a file holds ("Hồ sơ của mỗi trường hợp gồm:", "Thành phần hồ sơ:"),
# the fields of a call for proposals, or the data to collect ("Thông tin cần thu thập, cập
# nhật đối với mỗi thửa đất gồm:")
# what went wrong, as an inspection names it (see BLAMED, FINDINGS_AHEAD, FINDING_LABEL)
_FAULTS = r"(?:vi\s*phạm|khuyết\s*điểm|hạn\s*chế|tồn\s*tại|sai\s*phạm|thiếu\s*sót)"
# who is to blame: "X chịu trách nhiệm chính; các đồng chí chi ủy viên chịu trách nhiệm liên
# đới", "... chịu trách nhiệm chính đối với những vi phạm, khuyết điểm nêu trên"
BLAMED = regex.compile(r"chịu\s*trách\s*nhiệm\s*(?:chính|liên\s*đới|trực\s*tiếp|người\s*đứng\s*đầu)"
                       rf"\s*(?:[;.,]|$|(?:đối\s*với|về)\s*(?:những\s*|các\s*)?{_FAULTS})")
# a heading that names only the partners of its items: "Chủ trì, phối hợp với UBND xã X:",
# "Phối hợp với Công an tỉnh:"
WITH_PARTNERS = regex.compile(r"\s*(?:chủ\s*trì\s*,?\s*)?phối\s*hợp\s*(?:chặt\s*chẽ\s*)?với\s")
# a body's own view or admission, not work: "HĐND tỉnh nhận thấy: tiến độ ... còn chậm", "Sở Y
# tế nhận trách nhiệm trong công tác tham mưu ... chưa kịp thời" (not "có trách nhiệm")
OBSERVES = regex.compile(r"(?:nhận\s*thấy|nhận\s*định|nhìn\s*nhận|thừa\s*nhận|cho\s*rằng"
                         r"|nhận\s*(?:trách\s*nhiệm|khuyết\s*điểm|thiếu\s*sót|lỗi))(?!\p{L})")
# a paragraph that announces what went wrong, its items below: "..., tổ chức đảng và đảng
# viên được kiểm tra còn có những vi phạm, khuyết điểm chủ yếu sau:", "Chi ủy ... đã có vi
# phạm, khuyết điểm:" (the items are findings, however they open)
FINDINGS_AHEAD = regex.compile(rf"(?:có|còn|với)\s*(?:những\s*|một\s*số\s*|các\s*)?{_FAULTS}"
                               rf"(?:\s*(?:,|và)\s*{_FAULTS})*(?:\s*chủ\s*yếu)?(?:\s*(?:như\s*)?sau)?"
                               r"\s*:\s*$")
PAPERS_LABEL = regex.compile(r"\s*(?:[-+•]\s*)?(?:(?:\p{L}+|\d{1,2}(?:\.\d{1,2})*)[.)]\s*)?"
                             r"(?:thành\s*phần\s*)?"
                             r"(?:(?:hồ\s*sơ|giấy\s*tờ)[^:;.]{0,80}|(?:thông\s*tin|số\s*liệu|dữ\s*liệu"
                             r"|tài\s*liệu|đối\s*tượng"
                             # the fields a call for proposals names: "Các lĩnh vực ưu tiên đặt
                             # hàng thực hiện từ năm 2027 gồm:"
                             r"|(?:các\s*)?(?:lĩnh\s*vực|chủ\s*đề|hướng\s*nghiên\s*cứu|nhóm\s*sản\s*phẩm)"
                             # who a duty binds: "Người có nghĩa vụ kê khai tài sản, thu nhập
                             # hằng năm thuộc Đảng bộ xã gồm:" + the posts
                             r"|(?:những\s*)?người\s*(?:có\s*nghĩa\s*vụ|thuộc\s*diện|phải))"
                             r"[^:;.]{0,80}?\s(?:bao\s*)?gồm"
                             # ("... gửi kết quả trước ngày 29/8/2025. Trong đó, tập trung rà
                             # soát:" + the kinds of text to review; "Đối tượng rà soát gồm:")
                             r"|trong\s*đó\s*,?\s*(?:tập\s*trung|ưu\s*tiên|chú\s*trọng)[^:;.]{0,40}"
                             r"):\s*$")
LABEL_REACH = 120  # characters: how far into an item its label's colon may come
QUALIFIER_CHARS = 160  # how far a qualifier ("có vùng tham gia Đề án (...)") may run
LABEL_TRADE_WORDS = 6  # words a bare label may add to its kinds of body ("... quản lý chợ")
# who attends a meeting: "Thành phần tham dự hội nghị:" + "- Về phía UBND xã: đồng chí ...,
# Chủ tịch UBND xã, chủ trì hội nghị": its items are people, not work
ATTENDANCE_LABEL = regex.compile(r"\s*(?:[-+•]\s*)?(?:\p{L}+[.)]\s*)?thành\s*phần\s*"
                                 r"(?:tham\s*dự|dự\s*họp|tham\s*gia|mời|làm\s*việc)"
                                 r"[^:;.\n]{0,40}:\s*$")
# an item that directs another body ("Chỉ đạo Sở Nội vụ chủ trì ..."): in "X chỉ đạo Y làm Z"
# the lead is X, here the body of the heading or lead-in
DIRECTING = regex.compile(r"\s*(?:[-+•]\s*)?(?:tiếp\s*tục\s*)?(?:lãnh\s*đạo\s*,\s*)?chỉ\s*đạo\s")
LEADING = regex.compile(r"\s*(?:[-+•]\s*)?lãnh\s*đạo\s+(?!,)")
# a heading whose body directs (or, a party committee, leads) the bodies its items name:
# "2. Đảng ủy UBND tỉnh lãnh đạo, chỉ đạo:", "Đảng ủy xã lãnh đạo UBND xã:"
HEADING_DIRECTS = regex.compile(r"\s*(?:tiếp\s*tục\s*)?(?:lãnh\s*đạo(?:\s*,\s*|\s+|(?=:))"
                                r"(?P<directs>chỉ\s*đạo(?=[\s:]))?|(?P<directs>chỉ\s*đạo(?=[\s:])))"
                                r"[^:;.\n]{0,80}:\s*$")
PARTY_BODY = regex.compile(r"(?:đảng\s*ủy|tỉnh\s*ủy|thành\s*ủy|chi\s*bộ|chi\s*ủy|cấp\s*ủy"
                           r"|ban\s*thường\s*vụ|ban\s*cán\s*sự\s*đảng|đảng\s*đoàn)")
# "Nhiệm vụ của từng cơ quan, đơn vị: Chi tiết tại Phụ lục kèm theo Quyết định này": the
# tasks are in the appendix, this line only points there
APPENDIX_POINTER = regex.compile(r"[^.;:\n]{0,100}:\s*(?:chi\s*tiết|cụ\s*thể)\s*(?:tại|theo|như)"
                                 r"\s*phụ\s*lục[^.;\n]{0,80}[.;]?\s*$"
                                 # "Chi tiết phân bổ cho từng xã tại Phụ lục kèm theo ..."
                                 r"|\s*(?:chi\s*tiết|danh\s*mục|danh\s*sách)[^.;:\n]{0,80}?\s(?:tại|theo)"
                                 r"\s*phụ\s*lục[^.;\n]{0,80}[.;]?\s*$"
                                 # "Nhiệm vụ cụ thể, cơ quan chủ trì, ... được phân công tại
                                 # Phụ lục kèm theo": no body is its subject, the annex tells
                                 r"|\s*(?:các\s*)?nhiệm\s*vụ[^.;:\n]{0,160}?\s(?:được\s*)?"
                                 r"(?:phân\s*công|giao|nêu|xác\s*định)\s*(?:cụ\s*thể\s*|chi\s*tiết\s*)?"
                                 r"(?:tại|theo)\s*phụ\s*lục[^.;\n]{0,80}[.;]?\s*$"
                                 # "Phân công nhiệm vụ cho các sở, ngành ... (chi tiết tại Phụ
                                 # lục II kèm theo)": a decision's article announcing its annex
                                 r"|\s*(?:phân\s*công|giao)\s*nhiệm\s*vụ\s*cho\s[^.;\n]{0,200}?"
                                 r"\(\s*(?:chi\s*tiết|cụ\s*thể)\s*(?:tại|theo)\s*phụ\s*lục[^)\n]{0,80}\)"
                                 r"[.;]?\s*$")
# headings of how a plan is carried out ("3. Thời gian, thành phần"): what they hold is no
# task, unless a body is told by a date to do something ("- Các chi bộ tổ chức học tập ...,
# hoàn thành trước ngày 30-4-2026")
LOGISTICS_HEADINGS = regex.compile(r"\s*(?:thời\s*gian|địa\s*điểm|thành\s*phần|hình\s*thức"
                                   r"|nội\s*dung\s*,\s*thời\s*gian\s*(?:,|và)\s*địa\s*điểm)\b")
_PARTICULARS = (r"(?:(?:môn\s*thi|lịch\s*thi|đối\s*tượng|hình\s*thức|phạm\s*vi|quy\s*mô"
                r"|chỉ\s*tiêu|mục\s*tiêu"  # "Chỉ tiêu: 100% cơ sở Hội tổ chức ...": a target
                r"|số\s*lượng|cơ\s*cấu|điều\s*kiện|tiêu\s*chuẩn"
                r"|thời\s*gian(?:\s*(?:,|và)\s*địa\s*điểm)?"  # "Thời gian, địa điểm: ..."
                r"|địa\s*điểm|nội\s*dung|phương\s*thức|(?:thông\s*tin\s*)?liên\s*hệ"
                r"|chủ\s*đề|khẩu\s*hiệu|thông\s*điệp|chương\s*trình|phần\s*(?:lễ|hội)"
                # an office-holder's portfolio in a "phân công nhiệm vụ" notice, a policy's
                # rates, a plan's levels and principles: "Lĩnh vực phụ trách: ...", "Kiêm
                # nhiệm: ...", "Mức hỗ trợ: ...", "Cấp độ 2: ...", "Nguyên tắc: ..."
                r"|lĩnh\s*vực\s*(?:phụ\s*trách|được\s*phân\s*công|theo\s*dõi)|kiêm\s*nhiệm"
                r"|trực\s*tiếp\s*(?:theo\s*dõi(?:\s*,\s*chỉ\s*đạo)?|phụ\s*trách)"
                r"|giúp\s*(?:chủ\s*tịch|giám\s*đốc|bí\s*thư|trưởng\s*ban)\s*phụ\s*trách"
                r"|mức\s*hỗ\s*trợ|cấp\s*độ\s*\d"
                # a phase of a schedule: "Giai đoạn 3: Giao, nhận quân"
                r"|giai\s*đoạn\s*(?:\d+|[ivx]+)"
                # the day of the event the document prepares: "Ngày bầu cử: Chủ nhật, ngày
                # 15 tháng 3 năm 2026", "Ngày khai mạc: ..."
                r"|ngày\s*(?:bầu\s*cử|khai\s*mạc|bế\s*mạc|khai\s*giảng|diễn\s*ra|tổ\s*chức|ra\s*quân)"
                r"|nguyên\s*tắc|hồ\s*sơ(?:\s+\p{L}+){0,4}\s*gồm"
                # a form sent with the text: "Biểu số 01: Danh sách cán bộ đề xuất luân chuyển"
                r"|(?:biểu(?:\s*mẫu)?|mẫu)\s*(?:số\s*)?\d{1,2}[a-z]?"
                r"|thông\s*tin\s*chi\s*tiết(?:\s*xin)?\s*liên\s*hệ"
                r"|lệ\s*phí)"  # "Lệ phí dự thi: thực hiện theo Nghị quyết số ..."
                r"(?:\s*,?\s+[\p{L}]+){0,4}\s*:"  # ("Môn thi, hình thức thi: ...")
                # a campaign's theme, named in full: "Chủ đề Tháng hành động vì trẻ em năm
                # 2026: “Chung tay vì mùa hè an toàn”"
                r"|(?:chủ\s*đề|khẩu\s*hiệu|thông\s*điệp)(?:\s+[\p{L}\d/]+){0,10}\s*:\s*[“\"]"
                # a meeting's agenda: "08 giờ 00 - 08 giờ 30: Sở X báo cáo ...", "14h00:"
                r"|\d{1,2}\s*(?:giờ|h|:)\s*\d{0,2}(?:\s*[-–]\s*\d{1,2}\s*(?:giờ|h|:)\s*\d{0,2})?"
                r"\s*:"
                # "Phụ trách chung; trực tiếp phụ trách các lĩnh vực: ...", "Phụ trách lĩnh vực
                # an ninh, trật tự; ...", "Làm chủ tài khoản ngân sách xã; ...": a portfolio
                # ("Phụ trách chung, chỉ đạo toàn diện công tác tổ chức Lễ hội; ..." goes on to
                # work: a task)
                r"|phụ\s*trách\s*chung\s*[;,]\s*(?=(?:trực\s*tiếp\s*)?phụ\s*trách)"
                r"|(?:phụ\s*trách|làm\s*chủ\s*tài\s*khoản)"
                r"(?=\s*(?:các\s*)?(?:lĩnh\s*vực|ngân\s*sách|khối)\s[^:]*?[;.])"
                # a consultation's questions and the options it weighs: "Vấn đề 1. Xử lý thửa
                # đất ...", "- Phương án 2: Tách thửa đất ..."
                r"|(?:vấn\s*đề|phương\s*án)\s*\d{1,2}\s*[.:])")
BACKGROUND = regex.compile(
    # ("Thực hiện Thông báo số ..." is grounds; "Thực hiện thông báo tạm hoãn xuất cảnh đối
    # với ..." is to notify, work)
    r"\s*(?:căn\s*cứ|thực\s*hiện\s+(?:công\s*văn|quyết\s*định|kế\s*hoạch|chỉ\s*thị|nghị\s*"
    r"quyết|thông\s*báo(?=\s*(?:kết\s*luận|số|\d|của|ý\s*kiến|$|[,;.]))|kết\s*luận|chỉ\s*đạo"
    r"\s*của|ý\s*kiến|chủ\s*trương)|ngày\s*\d|"
    r"(?:sáng|chiều|tối|trưa)\s*ngày|"
    # "Sáng thứ Hai, ngày 13/10/2025, tại phòng họp ...": when the meeting was held
    rf"(?:(?:sáng|chiều|tối)\s*)?{DAY_NAME}\s*,?\s*(?:ngày\s*)?\d{{1,2}}\s*[/-]|"
    # ("Tuần qua, các phòng ... đã bám sát ...": the week just past)
    r"(?:trong\s*)?(?:năm|tháng|tuần|quý|thời\s*gian)\s*qua(?!\p{L})|"
    r"qua\s*(?:kiểm\s*tra|theo\s*dõi|\d)|bên\s*cạnh|"
    r"tuy\s*nhiên|tuy\s*vậy|năm\s*\d{4}\s*,|theo\s*(?:dự\s*báo|báo\s*cáo|số\s*liệu|bản\s*tin)|"
    r"sau\s*(?:hơn|khi)|tình\s*hình\s|"
    r"hiện\s*nay|từ\s*đầu|đến\s*nay|thời\s*gian\s*qua|"
    # a figure as of a day: "Tính đến ngày 31/10/2025, trên địa bàn tỉnh còn 14.286 hồ sơ ..."
    r"tính\s*đến\s*(?:ngày|hết|thời\s*điểm|cuối|nay|\d)|nhìn\s*chung|nhằm|để\s*(?:hoàn|khắc|"
    r"thực|triển|chuẩn|bảo|kịp|tiếp)|ủy\s*ban\s*nhân\s*dân\s*tỉnh\s*ghi\s*nhận|với\s*mục|"
    r"(?:quyết\s*định|thông\s*báo|kế\s*hoạch|chỉ\s*thị|công\s*văn|quy\s*định|nghị\s*quyết"
    r"|quy\s*chế|hướng\s*dẫn)\s*này\s*(?:có\s*hiệu\s*lực|thay\s*thế|được\s*(?:niêm\s*yết|đăng"
    r"\s*tải|công\s*khai))|(?:chủ\s*trì|thành\s*phần|thời\s*gian|địa\s*điểm|nội\s*dung|kính\s*mời)"
    r"\s*(?:cuộc\s*họp\s*)?:"
    # a decision's preamble and its own acts: "Xét đề nghị của ...", "Ban hành kèm theo Quyết
    # định này ...", "Thành lập Tổ công tác ... (sau đây gọi là Tổ công tác)"
    r"|xét\s+(?:báo\s*cáo|đề\s*nghị|tờ\s*trình|văn\s*bản|công\s*văn|kết\s*quả|đơn)"
    # whom to call: "Thông tin chi tiết, đề nghị liên hệ bà X, điện thoại ...", "Đầu mối liên
    # hệ: Phòng Y", "Mọi thắc mắc, đề nghị người dân liên hệ ..."
    r"|(?:mọi\s*)?(?:thông\s*tin\s*chi\s*tiết|chi\s*tiết|thắc\s*mắc)[^.;:]{0,40}?liên\s*hệ"
    r"|đầu\s*mối\s*liên\s*hệ\s*:"
    # a contact named with a number: "đồng chí Nguyễn Thị Thanh Nga, công chức Phòng Kinh tế,
    # điện thoại 0986.225.310"
    r"|(?:ông|bà|đồng\s*chí)\s[^;:]{2,100}?(?:điện\s*thoại|đt|sđt)\s*:?\s*\(?\d"
    # numbers to call: "Đường dây nóng tiếp nhận phản ánh của hành khách: Sở Xây dựng 0236...",
    # "Số điện thoại trực ban ... của Cảng vụ ...: 0270..."
    r"|(?:số\s*)?(?:điện\s*thoại|đường\s*dây\s*nóng|hotline)[^:;.\n]{0,100}:"
    # a leader's portfolio, "Theo dõi, chỉ đạo: Chi cục Thủy lợi, Ban Quản lý dự án ...", and
    # a schedule's slot, "Cả ngày: Chủ tịch UBND tỉnh dự Kỳ họp ...": who follows what, who
    # attends when, no work handed over
    r"|(?:theo\s*dõi|phụ\s*trách|chỉ\s*đạo)(?:\s*,\s*(?:theo\s*dõi|phụ\s*trách|chỉ\s*đạo))+\s*:"
    r"|(?:sáng|chiều|tối|cả\s*ngày)\s*:"
    # what a review found, labelled: "Hạn chế: việc tổng hợp ... còn chậm", "Khó khăn, vướng
    # mắc: ..."
    r"|(?:tồn\s*tại|hạn\s*chế|khó\s*khăn|vướng\s*mắc|khuyết\s*điểm|ưu\s*điểm)"
    r"(?:\s*(?:,|và)\s*(?:tồn\s*tại|hạn\s*chế|khó\s*khăn|vướng\s*mắc|khuyết\s*điểm"
    r"|nguyên\s*nhân))*\s*:"
    # a plan's particulars, "Môn thi: Toán, Vật lí ...", "Đối tượng: học sinh lớp 12"
    r"|" + _PARTICULARS +
    r"|ban\s*hành\s*kèm\s*theo"
    # what a document received asks of others, reported: "Công điện yêu cầu các bộ, cơ quan
    # trung ương và địa phương ...", "Chỉ thị số 05/CT-TTg của Thủ tướng giao ..." (the work
    # follows, handed over by this text; "Chỉ thị này yêu cầu" is its own)
    r"|(?:công\s*điện|chỉ\s*thị|nghị\s*quyết|kết\s*luận|nghị\s*định|thông\s*tư)"
    r"(?:\s*số\s*[\w/.-]+)?(?!\s*này)(?:\s*(?:của|nêu\s*trên|trên)[^.;:]{0,80}?)?"
    r"\s+(?:yêu\s*cầu|đề\s*nghị|chỉ\s*đạo|nêu\s*rõ|giao)\s"
    # how to fill in a form: "Cột (7) ghi một trong các mức ...", "Số liệu hư hỏng tính đến
    # hết ngày 15/12/2025."
    r"|cột\s*\(?\s*\d+\s*\)?\s*:?\s*(?:ghi|điền)|số\s*liệu[^.;:]{0,60}?\stính\s*(?:đến|tới)"
    # a reporting period's cut-off: "Báo cáo tháng: số liệu tính từ ngày 15 tháng trước đến
    # ngày 14 tháng báo cáo"
    r"|(?:báo\s*cáo\s[^.;:]{0,20}:\s*)?số\s*liệu[^.;:]{0,60}?\stính\s*từ\s[^.;:]{0,80}?\sđến\s"
    r"|hướng\s*dẫn\s*(?:ghi|điền|lập)\s*(?:biểu|mẫu)"
    # where the money comes from: "Kinh phí thực hiện chính sách do ngân sách nhà nước bảo đảm"
    # "Kinh phí huấn luyện ..., diễn tập ... do ngân sách cấp xã bảo đảm", "... do chủ đầu tư
    # bảo đảm", "... do cơ quan, đơn vị tự bảo đảm"
    r"|kinh\s*phí(?:\s*,?\s+[\p{L}-]+){0,14}?\s+(?:do\s+ngân\s*sách|được\s+(?:bố\s*trí|bảo\s*đảm"
    r"|cấp)|từ\s+nguồn|do\s[^.;:]{1,50}?\s(?:tự\s*)?bảo\s*đảm)"
    r"|kinh\s*phí(?:\s*thực\s*hiện)?\s*:\s*(?:từ\s*nguồn|nguồn|do|ngân\s*sách|sử\s*dụng)"

    r"|(?:thành\s*lập|kiện\s*toàn|phê\s*duyệt|công\s*nhận|ban\s*hành)\s[^.;:]{0,250}?"
    r"\(\s*sau\s*đây\s*(?:gọi\s*)?(?:tắt\s*)?(?:là|gọi))")
# what supplies come from: "Vũ khí, đạn, vật chất huấn luyện do Bộ Chỉ huy Quân sự tỉnh bảo đảm
# theo phân cấp." (the whole sentence); asked only of a sentence holding " do " and "bảo đảm",
# a lazy scan of every sentence costing more than the rest of the background test
SUPPLIED_BY = regex.compile(r"(?!(?:giao|yêu|đề)\s)[^.;:]{3,80}?\sdo\s[^.;:]{2,60}?\sbảo\s*đảm"
                            r"(?:\s*theo\s*(?:phân\s*cấp|quy\s*định))?\s*[.;]?\s*$")


GROUNDS_AFTER_NAME = regex.compile(r"căn\s*cứ\s")
GROUNDS_REACH = 120  # characters a body's grounds may take before its action


def _past_grounds(rest: str) -> str:
    """What a body does after the grounds it works from ("Ủy ban Kiểm tra Đảng ủy" + "căn cứ
    nội dung được phân công chủ động chuẩn bị ..."): the action, from its first verb; ``rest``
    itself when it opens with no grounds or no action follows them in reach."""
    grounds = GROUNDS_AFTER_NAME.match(rest)
    if grounds is None or GROUNDS_FOR.match(rest):
        return rest  # ("căn cứ ... để đánh giá, xếp loại": what a procedure bases a step on)
    at = _action_after(rest, grounds.end(), len(rest), min(len(rest), GROUNDS_REACH),
                       (",", ";", ".", ":"))
    if at is None:  # "căn cứ nhiệm vụ được phân công, xây dựng lịch ...": a comma closes them
        comma = rest.find(",", grounds.end(), GROUNDS_REACH)
        after = rest[comma + 1:].lstrip() if comma != -1 else ""
        return after if after and _starts_with_verb(after) else rest
    return rest[at:]


def _action_after(folded: str, start: int, end: int, reach: int,
                  stops: tuple[str, ...]) -> int | None:
    """Where the first action begins after a clause that opens at ``start`` (its grounds, or
    which of the bodies is meant: two words at least), or None when one of ``stops`` comes
    first or none begins before ``reach``."""
    words = 0
    for token in iter_tokens(folded, start, reach):
        if token.folded in stops:
            return None
        words += token.word
        if words > 2 and token.word and _starts_with_verb(folded[token.start:end]):
            return token.start
    return None


def _background(folded: str) -> bool:
    """The sentence (folded) is background: BACKGROUND, or what supplies come from."""
    return bool(BACKGROUND.match(folded)) or (
        " do " in folded and "bảo đảm" in folded and SUPPLIED_BY.match(folded) is not None)


# "Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.": the closing
# formula asks everyone to carry out the document, and assigns nothing of its own
CLOSING_FORMULA = regex.compile(
    # ("Đề nghị X đưa tin ... để nông dân biết, chủ động thực hiện" has work of its own before
    # its purpose: no closing)
    # (the issuer may say it first: "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy ... thực hiện.")
    # (its name opens with a head of issuer_heads.txt, as the header's block does)
    r"\s*(?:(?:" + "|".join(h.replace(" ", r"\s*") for h in ISSUER_HEADS) + r")(?!\p{L})"
    r"[^.;:,]{0,50}?\s)?"
    r"(?:yêu\s*cầu|đề\s*nghị)\s(?:(?!\sđể\s)[^.;:]){3,160}?\s(?:(?:nghiêm\s*túc|khẩn\s*trương|kịp\s*thời"
    r"|,)\s*)*(?:triển\s*khai\s*|tổ\s*chức\s*)?thực\s*hiện\s*(?:nghiêm\s*túc\s*)?[./;]*\s*")
# the other closing formulas, each asked only of a text holding its word ("kính", "mong"): a
# pattern that may start anywhere in the first 80 characters tries every one of them
CLOSING_BY_WORD = (
    # a report's or a submission's last words: "Sở Công Thương kính báo cáo UBND tỉnh xem xét"
    ("kính", regex.compile(
        r"[^.;:]{0,80}?(?<!\p{L})kính\s+(?:báo\s*cáo|trình|đề\s*nghị)\s[^.;:]{0,160}?[./;]*\s*")),
    # thanks for cooperation to come: "Sở X rất mong nhận được sự phối hợp của các cơ quan"
    ("mong", regex.compile(
        r"[^.;:]{0,80}?(?<!\p{L})(?:rất\s*)?mong\s*(?:nhận\s*được\s*)?sự\s*(?:phối\s*hợp|quan\s*tâm"
        r"|hợp\s*tác|ủng\s*hộ)[^.;:]{0,120}?[./;]*\s*")),
    # a report's last words without "kính", its final "./." ending the document: "Sở Công
    # Thương báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./."
    ("./.", regex.compile(
        r"[^.;:]{0,80}?(?<!\p{L})báo\s*cáo\s[^.;:]{0,120}?(?:xem\s*xét|chỉ\s*đạo|biết|theo\s*dõi)"
        r"[\s,\p{L}]{0,40}?\./\.\s*")))
PARTICULARS = regex.compile(r"\s*" + _PARTICULARS)
# a decision's or resolution's grounds, one line however many documents it lists
# (not "Căn cứ chỉ tiêu, nhiệm vụ được giao, ..." nor "Căn cứ Kế hoạch này, ...": a body told
# to work from what it was given)
PREAMBLE = regex.compile(r"\s*(?:căn\s*cứ|xét)\s+(?:luật|nghị|quyết|thông|tờ|báo|đề|văn|công"
                         r"|kết\s*luận|chỉ\s*thị|kế\s*hoạch|hiến|pháp|quy"
                         # (a programme or a charter only as a line of grounds, ending on ";":
                         # "Căn cứ Chương trình hành động ..., xây dựng kế hoạch ..." is work)
                         r"|(?:chương\s*trình|điều\s*lệ)(?=[^\n]*;\s*$))"
                         r"(?![^,;:]{0,20}?\snày(?!\p{L}))")
# a document cited with its title: "Quyết định số 1932/QĐ-UBND ngày 27/10/2025 của UBND tỉnh
# về việc thành lập ...", "Công văn số 85/UBBC ... về việc giao Sở Nội vụ ..." (the verbs are
# its title's)
CITATION = regex.compile(r"\s*(?:luật|nghị\s*định|nghị\s*quyết|quyết\s*định|thông\s*tư|chỉ\s*thị"
                         r"|kế\s*hoạch|công\s*văn|văn\s*bản|thông\s*báo|hướng\s*dẫn|công\s*điện"
                         r"|kết\s*luận|chương\s*trình)\s*số\s*\d[^\s,;]*\s*(?:ngày\s*[\d/.-]+\s*)?"
                         r"(?:của\s[^;]{0,100}?)?(?:về\s*việc|về|v/v)\s")
# "Bà X, Trưởng phòng Kinh tế - Tổ phó thường trực;": a member of the group a decision sets up
_GROUP_ROLE = (r"(?:tổ\s*trưởng|tổ\s*phó|tổ\s*viên|(?:phó\s*)?trưởng\s*(?:ban|đoàn|nhóm)"
               r"|(?:phó\s*)?chủ\s*tịch\s*hội\s*đồng|thành\s*viên|ủy\s*viên|uỷ\s*viên"
               r"|thư\s*ký|thường\s*trực)(?!\p{L})")
# how a group set up by a decision works, not work it is given: "Tổ trưởng được sử dụng con dấu
# ...", "Tổ công tác làm việc theo chế độ kiêm nhiệm, tự giải thể sau khi hoàn thành nhiệm vụ"
STANDING = regex.compile(r"(?:được\s*(?:sử\s*dụng|hưởng|phép)|(?:làm\s*việc|hoạt\s*động)\s*theo"
                         r"\s*(?:chế\s*độ|nguyên\s*tắc)|tự\s*giải\s*thể|có\s*con\s*dấu"
                         # (after a word of its name: "Tổ công tác liên xã tự giải thể ...";
                         # "Đội" + "tự" read as one name: "... giải thể sau khi hoàn thành")
                         r"|(?:\p{L}+\s+){1,3}?tự\s*giải\s*thể|giải\s*thể\s*sau\s*khi"
                         # a party's right against a decision: "có quyền khiếu nại ..."
                         r"|có\s*quyền\s*(?:khiếu\s*nại|khởi\s*kiện)"
                         # "Tổ công tác hoạt động đến hết ngày 31/12/2026 và tự giải thể ..."
                         r"|hoạt\s*động\s*(?:đến|tới)\s*(?:hết\s*)?(?:ngày|năm|tháng)"
                         # "Thủ trưởng đơn vị chịu trách nhiệm về tính chính xác của số liệu"
                         r"|chịu\s*trách\s*nhiệm\s*(?:về\s*tính\s*chính\s*xác|trước\s*pháp\s*luật)"
                         # "Ban Chỉ đạo là tổ chức phối hợp liên ngành, có chức năng giúp ...":
                         # what the body is for ("là cơ quan thường trực, có trách nhiệm ..."
                         # gives it work)
                         r"|là\s*(?:tổ\s*chức|cơ\s*quan|đơn\s*vị|bộ\s*phận)[^.;:]{0,80}?"
                         r"có\s*chức\s*năng)"
                         r"(?!\p{L})")
MEMBERSHIP = regex.compile(rf"(?:^|\s)[-–]\s*{_GROUP_ROLE}(?:\s*(?:,|và|kiêm)?\s*{_GROUP_ROLE})*"
                           r"\s*[;.]?\s*$")
FINDING_START = regex.compile(
    r"\s*(?:công\s*tác|tiến\s*độ|việc|tình\s*hình|kết\s*quả|một\s*số|nhiều|các\s*chỉ\s*tiêu|"
    r"tổng|toàn\s*(?:tỉnh|xã|ngành)|trong\s|năm\s|hiện|tỷ\s*lệ|số\s|giá\s*trị|thu\s|chi\s|"
    r"bộ\s*máy|đội\s*ngũ|cơ\s*sở\s*vật\s*chất|hạ\s*tầng|dự\s*án|công\s*trình|chất\s*lượng)")
FINDING_MARKERS = regex.compile(
    # ("Lễ hội Lim năm 2026 diễn ra từ ngày ...": when an event takes place, a fact)
    # ("tiết giảm chi phí", "miễn, giảm lãi", "cắt giảm thủ tục": the work, not a fall)
    r"\b(?:đã|đang|còn|chưa|vẫn|được|đạt|tăng|(?<!(?:tiết|cắt|miễn\s*,?)\s)giảm|chiếm|ước"
    r"|có\s*ý\s*nghĩa|là"
    r"|(?<!(?:thời\s*gian|khi|để|sẽ|được)\s*)diễn\s*ra)\b")  # ("trong thời gian diễn ra ...")
FINDING_STARTS = ("đã", "đang", "còn", "chưa", "vẫn", "được", "đạt", "tăng", "giảm", "chiếm",
                  "ước", "có", "là", "diễn")
# (also "Kính đề nghị X ...", "Ủy quyền cho X ...", "Phân công đồng chí Y ... trực tiếp chỉ đạo")
HANDOVER_START = regex.compile(rf"(?:{ctx.GIAO}|yêu\s*cầu|(?:kính\s*)?đề\s*nghị|ủy\s*quyền\s*cho"
                               # a penalty's remedy: "Buộc Công ty X cải tạo ..."
                               r"|phân\s*công|buộc)\s")
RECOMMENDS = regex.compile(r"\s*kiến\s*nghị\s+")  # + a body: see _Run.recommends
HANDOVER_CUE = regex.compile(rf"\b(?:{ctx.GIAO}(?:\s*nhiệm\s*vụ)?|yêu\s*cầu|đề\s*nghị|ủy\s*quyền)"
                             r"\s+(?:cho\s+)?")
# a party's own undertaking after its name: "Chủ đầu tư cam kết hoàn thành ...", "Nhà thầu
# (Công ty X) cam kết ..." (not "ký cam kết", "Yêu cầu nhà thầu cam kết ...")
PROMISE = regex.compile(r"\s*(?:\([^()]{0,100}\)\s*)?(?:đã\s*)?cam\s*kết(?!\p{L})")
PAST_WORD = regex.compile(r"\bđã\s")
# a figure reached so far, short of what was asked: "mới đạt 41% dự toán", "chỉ đạt 62%"
# an item that gives its body a standing role: "Là cơ quan đầu mối tiếp nhận phản ánh ...",
# "Là cơ quan thường trực, chủ trì theo dõi ..."
FOCAL_ROLE = regex.compile(r"\s*là\s*(?:cơ\s*quan|đơn\s*vị|đầu\s*mối)\s*"
                           r"(?:đầu\s*mối|chủ\s*trì|thường\s*trực|tham\s*mưu)")
# a draft and where it stands: "Dự thảo Báo cáo chính trị đã được lấy ý kiến ...", "Dự thảo
# Quy hoạch cơ bản bảo đảm ..." (the noun, where "Dự thảo Quyết định ..." may be the verb)
DRAFT_STATUS = regex.compile(r"\s*(?:các\s*|bản\s*)?dự\s*thảo\s[^;,.:]{3,80}?\s"
                             r"(?:đã|được|cơ\s*bản|còn|chưa|vẫn|đang)\s")
STATUS_FIGURE = regex.compile(r"\b(?:mới|chỉ|mới\s*chỉ)\s*đạt\s*(?:khoảng\s*|được\s*)?\d")
# where things stand, said of what the clause names ("...; vận chuyển trái phép ngà voi ... vẫn
# diễn biến phức tạp", "...; cấp dự báo cháy rừng ... đang ở cấp V"): a situation, however its
# first word reads (see _Run.sentence_directive, for the clauses after the first)
STANDS = regex.compile(r"\b(?:vẫn|đang|còn)\s*(?:còn\s*)?(?:diễn\s*biến|ở\s*(?:mức|cấp)|tiếp\s*diễn"
                       r"|phức\s*tạp)(?!\p{L})")
# a request named as a noun, whose it was: "(theo) đề nghị của đơn vị" asks no one
WHOSE_REQUEST = regex.compile(r"\s*của\s")
PAST_RIGHT_BEFORE = regex.compile(r"(?:đã|được|đã\s*được)\s*$")  # "đã giao", "được giao"
PAST_STARTS = ("đã",)  # where a match of PAST_WORD or PAST_CUE begins
SENTENCE_END = regex.compile(r"\.\s")  # a period and a space: the first sentence ends there
# ("giao" after a body with nothing after it is what that body gave: "bằng 86,2% dự toán
# Trung ương giao, tăng ..."; "phấn đấu vượt dự toán được giao." still asks)
ASKING = regex.compile(r"\b(?:cần|phải|yêu\s*cầu|đề\s*nghị|giao(?!\s*(?:[,.;)]|$))"
                       r"|(?<=được\s)giao|khẩn\s*trương|chủ\s*trì)\b")
HANDING_CUES = frozenset({"giao", "yêu cầu", "đề nghị"})  # the ASKING cues a body may follow
ASKING_STARTS = ("cần", "phải", "yêu", "đề", "giao", "khẩn", "chủ")  # see occurs()
CLAUSE_BREAK = regex.compile(r"[;:]")
PARENTHESIS = regex.compile(r"\s*\([^)]*\)")
STOP = regex.compile(r"[;.]")
# (not a participle after what was given: "các khoản kinh phí đã giao trong dự toán", "nhiệm
# vụ đã giao", "chỉ tiêu đã giao": the work is on them now)
PAST_CUE = regex.compile(r"(?<!(?:kinh\s*phí|nhiệm\s*vụ|vốn|dự\s*toán|chỉ\s*tiêu|công\s*việc"
                         r"|khoản|biên\s*chế|tài\s*sản|diện\s*tích|nguồn)\s)"
                         # (not land given out: "các dự án đã giao đất trước khi ...")
                         r"\bđã\s+(?:giao(?!\s*(?:đất|rừng|mặt\s*nước|khoán)(?!\p{L}))"
                         r"|yêu\s*cầu|đề\s*nghị|chỉ\s*đạo)")
APPROVAL = regex.compile(r"\s*(?:thống\s*nhất|đồng\s*ý|chấp\s*thuận|ghi\s*nhận|biểu\s*dương|"
                         r"(?:trân\s*trọng\s*)?cảm\s*ơn|"
                         # "Thủ tướng Chính phủ gửi lời thăm hỏi, chia buồn sâu sắc tới ..."
                         r"gửi\s*lời\s*(?:thăm\s*hỏi|chia\s*buồn|cảm\s*ơn|chúc\s*mừng|động\s*viên)|"
                         r"đánh\s*giá\s*cao|hoan\s*nghênh|cơ\s*bản\s*(?:thống\s*nhất|đồng\s*ý|nhất\s*trí)"
                         # a refusal answers a proposal as an approval does
                         r"|(?:chưa|không)\s*(?:đồng\s*ý|chấp\s*thuận|thống\s*nhất)"
                         # "Phó Thủ tướng Chính phủ không có ý kiến.": nothing to answer
                         r"|không\s*có\s*ý\s*kiến\s*[.;]?\s*$)")
OPENER_PHRASES = regex.compile(
    r"\s*(?:trước\s*mắt|đồng\s*thời|ngoài\s*ra|bên\s*cạnh\s*đó|"
    # "Là cơ quan thường trực, tham mưu ...": the body's standing, then its work
    r"là\s*(?:cơ\s*quan|đơn\s*vị)\s*(?:thường\s*trực|đầu\s*mối|chủ\s*trì|chuyên\s*môn)[^,;:]{0,80}|"
    # "Trong thời gian rà soát, tạm dừng ...": while something lasts ("trong thời gian qua" is
    # the past: see BACKGROUND)
    r"trong\s*(?:thời\s*gian|quá\s*trình)\s(?!qua(?!\p{L}))[^,;:]{2,60}|"
    r"theo\s*chức\s*năng,?\s*"
    r"nhiệm\s*vụ(?:\s*được\s*giao)?|căn\s*cứ\s*(?:chức\s*năng|nhiệm\s*vụ)"
    r"(?:\s*(?:,|và)\s*(?:nhiệm\s*vụ|quyền\s*hạn)(?!\s*(?:được|,)?\s*(?:giao|quy)))*[^,]{0,60}|"
    # "căn cứ tình hình thực tế, quyết định ...": the grounds, not a document (no number)
    r"căn\s*cứ\s*(?:vào\s*)?(?:tình\s*hình|điều\s*kiện|yêu\s*cầu|thực\s*tế)[^,;:\d]{0,50}|"
    # "căn cứ kết quả giải ngân đến ngày 31/01/2026, tham mưu ...": the figures it works from
    r"căn\s*cứ\s*(?:vào\s*)?(?:kết\s*quả|số\s*liệu|danh\s*sách|danh\s*mục|hồ\s*sơ|báo\s*cáo"
    r"|đề\s*xuất)[^,;:]{0,80}|"
    # "X căn cứ chỉ tiêu, nhiệm vụ được giao, xây dựng kế hoạch ...", "Căn cứ nội dung được
    # phân công, ...": what X works from
    r"căn\s*cứ\s*(?:vào\s*)?(?:chỉ\s*tiêu|nhiệm\s*vụ|nội\s*dung|kế\s*hoạch|chương\s*trình"
    r"|hướng\s*dẫn)"
    r"(?:\s*(?:,|và)\s*(?:chỉ\s*tiêu|nhiệm\s*vụ|kế\s*hoạch))?[^,;:\d]{0,50}|"
    # "Trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản này, phân công ..."
    r"(?:trong\s*(?:thời\s*hạn\s*)?|chậm\s*nhất\s*(?:sau\s*)?)\d+\s*ngày(?:\s*làm\s*việc)?"
    r"(?:\s*kể\s*từ[^,;:]{0,60})?|"
    # "Ngay trong ngày 09/3/2026, thành lập ...", "Trước ngày 15/3/2026, hoàn thành ...": the
    # day, then the work
    r"(?:(?:ngay\s*)?trong|trước|chậm\s*nhất(?:\s*là)?)\s*ngày\s*\d{1,2}\s*[/.-]\s*\d{1,2}"
    r"(?:\s*[/.-]\s*\d{2,4})?|"
    # "Ngay trong ngày nhận được Công điện này, liên hệ ...": as soon as it arrives
    r"(?:ngay\s*)?(?:trong\s*ngày\s*|sau\s*khi\s*)?nhận\s*được\s*(?:công\s*văn|công\s*điện"
    r"|văn\s*bản|thông\s*báo|quyết\s*định|kế\s*hoạch|chỉ\s*thị)\s*này|"
    # "Kết quả thực hiện, các đơn vị gửi về Sở ...": the thing to send, put first
    r"kết\s*quả(?:\s*(?:thực\s*hiện|triển\s*khai|rà\s*soát|kiểm\s*tra))?|"
    # "Sau kiểm tra, ...", "Sau khi có kết luận, ...": when the work comes, after a step
    r"sau\s*(?:khi\s*)?(?:kiểm\s*tra|giám\s*sát|làm\s*việc|kết\s*thúc|có\s*kết\s*luận"
    r"|(?:được\s*)?phê\s*duyệt|(?:được\s*)?ban\s*hành|hội\s*nghị|đại\s*hội|thanh\s*tra)"
    r"[^,;:\d]{0,30})\s*,\s*")
CONTENT_HEADINGS = regex.compile(
    r"\s*(?:phê\s*duyệt|ban\s*hành|công\s*nhận|thống\s*nhất|đồng\s*ý|chấp\s*thuận|"
    r"quyết\s*định|danh\s*sách|danh\s*mục)\b")
# what a thing decided serves, listed below: "Điều 2. Bảng giá đất ... được sử dụng làm căn cứ
# để:" + "a) Tính tiền sử dụng đất ...": its uses, not work handed over
USES_HEADING = regex.compile(r"[^:;]{0,160}?\sđược\s*(?:sử\s*dụng|áp\s*dụng|dùng)\s*"
                             r"(?:làm\s*căn\s*cứ\s*)?(?:để|trong|cho|đối\s*với)[^:;]{0,60}:\s*$")
# what a policy grants, not work: "Hỗ trợ 100% học phí ...", "Hỗ trợ tiền ăn 150.000 đồng/người
# ...", "Hỗ trợ một lần sau đầu tư ..."
BENEFIT = regex.compile(r"\s*hỗ\s*trợ\s+(?:\d|tối\s*đa|một\s*lần|tiền\s|kinh\s*phí\s+\d)")
# who a group is made of, not its work: "Ban Tổ chức do đồng chí Phó Chủ tịch UBND tỉnh làm
# Trưởng ban; Giám đốc Sở X làm Phó Trưởng ban", "Tổ trưởng là Phó Giám đốc Sở ...",
# "thành viên gồm ..."
COMPOSITION = regex.compile(
    r"[^;.:]{0,200}?\slàm\s*(?:phó\s*)?(?:trưởng\s*(?:ban|đoàn|tiểu\s*ban)|tổ\s*(?:trưởng|phó)"
    r"|chủ\s*tịch|thành\s*viên|ủy\s*viên|thư\s*ký|thường\s*trực)(?!\p{L})"
    r"|\s*(?:tổ\s*trưởng|tổ\s*phó|(?:phó\s*)?trưởng\s*ban|thành\s*viên)\s*(?:thường\s*trực\s*)?"
    r"(?:là|gồm)\s"
    # "Phó Trưởng ban thường trực: Giám đốc Sở Y tế.": who holds the seat, not what to do
    # (after a colon, "Tổ trưởng: phụ trách chung, ..." gives the holder's work)
    r"|\s*(?:tổ\s*trưởng|tổ\s*phó|(?:phó\s*)?trưởng\s*(?:tiểu\s*ban|ban|đoàn|nhóm)|ủy\s*viên"
    r"|thành\s*viên|thư\s*ký"
    # "Phó Chủ tịch thường trực Hội đồng: Ông Nguyễn Hữu Phước, Giám đốc Sở Tài chính"
    r"|(?:phó\s*)?chủ\s*tịch\s*(?:thường\s*trực\s*)?hội\s*đồng)"
    r"\s*(?:thường\s*trực\s*)?:\s*(?:ông|bà|đồng\s*chí|(?:phó\s*)?(?:giám\s*đốc|chủ\s*tịch|chánh"
    r"|trưởng|chỉ\s*huy\s*trưởng)|lãnh\s*đạo|đại\s*diện)\s"
    # a member list: "Ông Trần Văn Bình - Chỉ huy trưởng Ban CHQS xã, Phó Chủ tịch Hội đồng;"
    r"|\s*(?:ông|bà|đồng\s*chí)\s+\p{L}[^-–:;]{2,40}?\s[-–]\s[^;:]{0,160}?"
    r"(?:(?:phó\s*)?chủ\s*tịch|ủy\s*viên|thư\s*ký|thành\s*viên|(?:phó\s*)?trưởng\s*(?:tiểu\s*)?ban"
    r"|tổ\s*(?:trưởng|phó))(?:\s*(?:thường\s*trực|hội\s*đồng|ban|tổ))?(?:\s*kiêm\s[^;:]{0,60})?"
    r"\s*[;.]?\s*$"
    # "Hội đồng làm việc theo chế độ kiêm nhiệm, ...": how a body works, no work handed over
    r"|(?=[^.;:]{0,80}?kiêm\s*nhiệm)[^.;:]{0,80}?làm\s*việc\s*theo\s*chế\s*độ\s*kiêm\s*nhiệm")
# an appendix that is an outline or a form: "ĐỀ CƯƠNG BÁO CÁO ...", "MẪU BÁO CÁO", "Biểu mẫu"
APPENDIX_START = regex.compile(r"\s*phụ\s*lục\b")
OUTLINE_TITLE = regex.compile(r"\s*(?:đề\s*cương|mẫu(?:\s*số)?|biểu\s*mẫu|nội\s*dung\s*báo\s*cáo)"
                              r"(?!\p{L})")
# what a place has, in figures: "Xã Mã Đà có tổng diện tích đất lâm nghiệp 41.260 ha" (after a
# body it says which of them: "UBND các tỉnh có trên 20% số xã thiếu công chức xây dựng ...")
DESCRIBES = regex.compile(r"(?:có|gồm)\s+(?:tổng|khoảng|\d|(?:trên|hơn|gần)\s*\d)"
                          # "Tỉnh Đồng Tháp có mạng lưới sông, kênh dày đặc": what a place has;
                          # not what it is told to have ("có kế hoạch", "có biện pháp ...")
                          r"|có\s+(?!trách\s*nhiệm|biện\s*pháp|kế\s*hoạch|phương\s*án"
                          r"|giải\s*pháp|văn\s*bản|ý\s*kiến|báo\s*cáo|hướng\s*dẫn)")
# a body's own request: "X đề nghị / kiến nghị / đề xuất ..."
PROPOSES = regex.compile(r"(?:đề\s*nghị|kiến\s*nghị|đề\s*xuất)\s+(?:cho\s+)?")
# a short clause that opens a sentence before its subject: "Trong tháng 12/2025, ", "Căn cứ
# kết quả rà soát, ", "Để ngăn chặn từ gốc, " (no past, no second clause inside it)
# an item that bases its work on something: "Căn cứ <what> để <action>" (with a comma the
# action follows as a leading clause does, see acts_after_clause)
GROUNDS_FOR = regex.compile(r"\s*căn\s*cứ\s[^,;:\n]{3,160}?\sđể\s+")
# the circumstances an item's work answers, then the work: "Căn cứ diễn biến cụ thể của bão,
# quyết định việc sơ tán ..." (not a legal basis: no law, decree or number before the comma)
GROUNDS_THEN = regex.compile(r"\s*căn\s*cứ\s(?![^,;:\n]*(?:luật|nghị|quyết\s*định|thông\s*tư"
                             r"|chỉ\s*thị|kế\s*hoạch|công\s*văn|số|\d))[^,;:\n]{3,120}?,\s*")
# a step that comes first, then the item's work: "c) Sau khi khai thác rừng trồng, thực hiện
# trồng lại rừng ..." (not the minutes' "Sau khi nghe báo cáo ..., (Chủ tịch) kết luận")
AFTER_THEN = regex.compile(r"\s*sau\s*khi\s(?!\s*(?:nghe|xem\s*xét|kiểm\s*tra\s*thực\s*tế|thảo"
                           r"\s*luận|làm\s*việc))[^,;:\n]{3,120}?,\s*(?!đã\s)")
# an opening that looks back: "Qua đợt đại hội thí điểm ..., Ban Thường vụ đánh giá ..."
RETROSPECT = regex.compile(r"\s*qua\s*(?:(?:các\s*)?đợt|quá\s*trình|thực\s*tế|kết\s*quả|kiểm\s*tra"
                           r"|theo\s*dõi|\d)")
# "Theo quy định tại Điều 28 Luật Bảo hiểm xã hội năm 2024, người sử dụng lao động ...": what
# the law already lays down, quoted, not work handed over
AS_THE_LAW_SAYS = regex.compile(r"\s*theo\s*quy\s*định\s*(?:tại|của)\s")
# a target by a date: "Đến ngày 30/6/2026, 100% bệnh viện ...", "Đến năm 2030, phấn đấu 95% ..."
TARGET_FIGURE = regex.compile(r"\s*(?:đến|trong)\s[^,;:]{2,40},\s*(?:phấn\s*đấu\s*)?(?:có\s*)?"
                              r"\d+(?:[.,]\d+)?\s*%")
REQUESTS = regex.compile(r"\b(?:đề\s*nghị|yêu\s*cầu)\b")
# the case a citizen brought, as a heading: "1. Vụ việc của bà Nguyễn Thị Hạnh, trú tại ...,
# khiếu nại về ..." (what is decided on it follows)
CITIZEN_CASE = regex.compile(r"\s*(?:vụ\s*việc|đơn|trường\s*hợp)\s*(?:của|do)\s*(?:ông|bà"
                             r"|công\s*dân|hộ|các\s*hộ|tập\s*thể)\s")
# an inspection's findings under an inline label: "1. Ưu điểm: ...", "2. Hạn chế, vi phạm: ..."
_FINDING_WORD = rf"(?:ưu\s*điểm|nguyên\s*nhân|{_FAULTS})"
FINDING_LABEL = regex.compile(rf"\s*{_FINDING_WORD}(?:\s*(?:,|và)\s*{_FINDING_WORD})*\s*:")
# what a thing is made of: "3. Hồ sơ dự toán gồm văn bản giấy và tệp dữ liệu điện tử ..."
CONSISTS_OF = regex.compile(r"\s*(?:\p{L}+\s+){1,8}?(?:bao\s*)?gồm\s")
# the close of an item whose details follow: ", cụ thể:", ", trong đó:", "; trong đó tập trung:"
SPECIFIED_BELOW = regex.compile(r"[,;]\s*(?:cụ\s*thể(?:\s*như\s*sau)?|trong\s*đó(?:\s+\p{L}+){0,3})"
                                r"\s*:\s*$")
# a body's standing function, not work: "Ban Chỉ đạo có nhiệm vụ giúp Chủ tịch UBND ..."
STANDING_DUTY = regex.compile(r"\scó\s*(?:chức\s*năng|nhiệm\s*vụ)\s")
PURPOSE_OPENING = regex.compile(r"\s*(?:để|nhằm)\s")
# "Khi xảy ra ngừng việc tập thể, cử cán bộ có mặt ...": the event that sets standing work off
WHEN_IT_HAPPENS = regex.compile(r"\s*khi\s+(?!đã\s)")
CLAUSE_COMMA = regex.compile(r",\s+")  # where a condition's own words may end
LEADING_CLAUSE = regex.compile(r"\s*(?!đã\s)[^,;:()\n]{3,100}?,\s+")
# what a body has done or is doing, right after its name: no work handed over ("Sở X đã ban
# hành ...", "Sở Công Thương nhận được Văn bản số ...")
ACTED = ("đã ", "đang ", "vừa ", "nhận được ")
# what a body is made of or holds: "Ban Chỉ đạo có 04 Tiểu ban giúp việc gồm: ...", "Phường
# hiện có 12 khu phố" (not "có trách nhiệm", which hands work over)
HAS_COUNT = regex.compile(r"\s*(?:hiện\s*)?có\s*(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s")
# how far the bodies reach, between their name and what they do: "Các cấp ủy, chính quyền" +
# "từ tỉnh đến cơ sở đã quan tâm lãnh đạo ...", "... các cấp từ Trung ương đến địa phương"
REACH_AFTER_NAME = regex.compile(r"(?:các\s*cấp\s*)?từ\s*(?:tỉnh|trung\s*ương|thành\s*phố|huyện)"
                                 r"\s*(?:đến|tới|xuống)\s*(?:cơ\s*sở|địa\s*phương|xã|phường"
                                 r"|thôn|ấp)\s*,?\s*")
# which bodies of a kind, by who set them up or runs them: "do UBND Thành phố thành lập"
MADE_BY = regex.compile(r"do\s[^,;:.]{2,60}?\s(?:thành\s*lập|quản\s*lý|phụ\s*trách|chủ\s*quản"
                        r"|công\s*nhận|cấp\s*phép)\s+")
# whom to call, a person named with a telephone number: "... là đầu mối theo dõi, tổng hợp"
CONTACT_ROLE = regex.compile(r"là\s*(?:cán\s*bộ\s*|người\s*)?(?:đầu\s*mối|liên\s*hệ)")
PHONE = regex.compile(r"(?:điện\s*thoại|đt|sđt|di\s*động)\s*:?\s*\(?\+?\d")
# a list the sentence names, not work: "Các Bảo hiểm xã hội cơ sở" + "có số nợ từ 03 tháng trở
# lên lớn là: Hoa Lư (38,6 tỷ đồng), Tam Điệp ..." (the words after the colon no action)
NAMES_A_LIST = regex.compile(r"[^:;.]{0,120}?\slà\s*:\s*")
# ... and after the rest of a group's name in lower case: "Các cơ sở" + "tôn giáo đã thực hiện
# đúng nội dung đăng ký", "Đội ngũ" + "người có uy tín đã tích cực tham gia ...", "Các địa
# phương" + "có dịch đã tổ chức tiêu hủy ..." (not what qualifies the group: "Các nhà đầu tư" +
# "thứ cấp đã được cấp Giấy chứng nhận ...", "Các đơn vị" + "có người lao động đã nghỉ việc
# phải hoàn thành ...", whose main clause follows)
ACTED_AFTER_NAME = regex.compile(r"(?!có\s*(?:trách\s*nhiệm|ý\s*kiến|văn\s*bản|kế\s*hoạch)\s)"
                                 r"(?:\p{Ll}+\s+){1,4}?đã\s+(?!được\s)")
# "Chủ tịch UBND xã, phường" + "nào để dịch lây lan ... phải chịu trách nhiệm": whichever body
# fails answers for it, no work handed over
WHICHEVER = regex.compile(r"\s*nào\s")
# ... and a verb's word that names the kind of body, "đã" right after it: "Các cơ quan" +
# "thanh tra đã phát hiện sai phạm ..." (a verb is never followed by "đã")
NOUN_THEN_PAST = regex.compile(r"\p{Ll}+(?:\s+\p{Ll}+)?\s+đã\s+(?!được\s)")
# what a body does right after such a clause when no action verb comes first
# what narrows a kind of body down to those meant: "đang chậm đóng ...", "đã lắp đặt ...",
# "có hồ sơ ...", "được bố trí tái định cư", "dự kiến cắt giảm ..."
NARROWING = regex.compile(r"\s+(?:đang|đã|được|có(?!\s*trách\s*nhiệm)|dự\s*kiến|chưa|còn)\s+")
# what a body so narrowed must do, later in its sentence
MUST_DO = regex.compile(r"(?<!\p{L})(?:phải|có\s*trách\s*nhiệm|khẩn\s*trương)\s+\p{L}")
MAIN_CLAUSE_CUE = regex.compile(r"(?:chủ\s*trì|phải|cần|có\s*trách\s*nhiệm|tiếp\s*tục)\b")
TOPIC_QUALIFIER_CHARS = 60  # "Đối với UBND các xã" + " có dự án đi qua" + ":": which of them
# a reminder of a rule: "Lưu ý: danh mục thuốc ... không bao gồm ...", "Lưu ý: Hồ sơ ... phải có"
NOTE = regex.compile(r"\s*lưu\s*ý\s*:")
# an answer that a matter is another body's to decide: "nội dung (này) thuộc thẩm quyền của ..."
WHOSE_AUTHORITY = regex.compile(r"\s*(?:nội\s*dung|vấn\s*đề|việc)\s*(?:này\s*|trên\s*)?"
                                r"(?:thuộc|không\s*thuộc)\s*thẩm\s*quyền")
# a lead-in that quotes what a law lays down: "Nghị định số 54/2019/NĐ-CP ... quy định ...:",
# "Theo quy định tại Nghị định số ..., hồ sơ đề nghị cấp Giấy phép gồm:"
LAW_LISTS = regex.compile(r"\b(?:luật|nghị\s*định|thông\s*tư)\s*(?:số\s*)?[\w/.-]*\d[^:]{0,300}"
                          r"\b(?:quy\s*định|gồm)\b[^:]{0,200}:\s*$"
                          # "Theo quy định tại Nghị định số 70/2025/NĐ-CP:"
                          r"|(?<![^\n])\s*theo\s*quy\s*định\s*(?:tại|của)\s*(?:luật|nghị\s*định|thông\s*tư)"
                          r"[^:;.]{0,200}:\s*$")
# a label over findings: "Nguyên nhân chủ yếu:", "Tồn tại, hạn chế:", "Khó khăn, vướng mắc:";
# and over a body's members, "4. Các thành viên:" + "- Đại diện lãnh đạo Thuế tỉnh"
FINDINGS_LABEL = regex.compile(
    r"\s*(?:[ivx\d]+[.)]\s*|[a-zđ][.)]\s*)?(?:(?:các\s*)?thành\s*viên(?:\s*gồm)?\s*:\s*$"
    r"|nguyên\s*nhân|tồn\s*tại|hạn\s*chế|khó\s*khăn|vướng\s*mắc)"
    r"(?:\s*(?:,|và)\s*(?:nguyên\s*nhân|tồn\s*tại|hạn\s*chế|khó\s*khăn|vướng\s*mắc))*"
    r"(?:\s*(?:chủ\s*yếu|chính|cơ\s*bản))?(?:\s*(?:như\s*sau|là))?\s*:\s*$"
    # "Kết quả kiểm tra cho thấy:", "Qua giám sát cho thấy:": what was found follows
    r"|[^:;.\n]{0,80}?\bcho\s*thấy\s*:\s*$")
# a lead-in that lists what was done or given before: "... đã được giao đầu tư 05 công trình
# lưới điện trọng điểm, gồm:"
PAST_LIST = regex.compile(r"\bđã\s[^:;]*\b(?:bao\s*)?gồm\s*:\s*$")
# a rule in the passive about a thing, no body named before it: "Thông tin về doanh nghiệp ...
# được đồng bộ tự động", "Hội nghị đối thoại ... được tổ chức định kỳ 06 tháng một lần" (how
# things are done under a Quy chế; work given "được giao" is another matter, and so is what
# was done before, "mức giá đã được UBND tỉnh phê duyệt")
PASSIVE_NORM = regex.compile(r"[^,;:.]{3,160}?(?<!đã)\s(?:được|phải\s*được)\s+"
                             r"(?!giao|phân\s*công)\p{L}")
TOPIC_ASIDE_CHARS = 80  # "(Thanh Sơn, Tam Nông, Lạc Sơn)": names in brackets, not counted
PARENTHESES = regex.compile(r"\s*\([^()]*\)")
# a group named by "các" that a topic qualifies as places or things, not as bodies: "các xã có
# dịch", "các tỉnh, thành phố thường xuyên chịu ảnh hưởng của bão", "các cơ sở nhà, đất"
PLACES_OR_THINGS = regex.compile(r"các\s*(?:xã|phường|tỉnh|thành\s*phố|huyện|thôn|bản|khu|vùng"
                                 r"|địa\s*phương|cơ\s*sở)(?!\p{L})")
TOPIC_COMMA = regex.compile(r"(?<=[^;:()]),\s+")  # a comma inside a topic, up to its body
TOPIC_BODY = regex.compile(r"\s*(?:(?:riêng\s*)?đối\s*với|riêng)\s+")  # "Đối với" + its body
# (and an answer's label in a reply to voters or the press: "Trả lời: Giao Phòng Kinh tế ...",
# whose words after it are read as any unit's: "Trả lời: Tuyến đường đã có ..." is no work)
TOPIC = regex.compile(r"\s*(?:(?:về|đối\s*với|riêng|tại)\s[^:;.]{3,220}?|trả\s*lời\s*):\s*")
# "Đối với đề xuất của X", "Về kiến nghị của X": a topic that is a body's proposal
PROPOSAL_TOPIC = regex.compile(r"\s*(?:đối\s*với|về)\s+(?:các\s+)?"
                               r"(?:đề\s*xuất|kiến\s*nghị|đề\s*nghị)\s+của\s+")
OPENERS = ("tiếp tục", "chủ động", "khẩn trương", "tập trung", "kịp thời", "thường xuyên",
           "trước mắt", "đồng thời", "ngoài ra", "sớm", "nghiêm túc", "tích cực", "quyết liệt",
           "khẩn cấp", "cần", "phải", "triệt để")
_OPENER_WORDS = regex.compile(
    "(?:" + "|".join(sorted(OPENERS, key=len, reverse=True)) + ")(?=[ ,])")
LEAD_CUES = regex.compile(rf"\b(?:{ctx.GIAO}\s*(?:cho\s*)?|yêu\s*cầu|đề\s*nghị)\s*:?\s*$")
DIRECTIVE_CUE = regex.compile(
    rf"\b(?:{ctx.GIAO}|yêu\s*cầu|đề\s*nghị|có\s*trách\s*nhiệm|chủ\s*trì)\b")
DIRECTS = regex.compile(r"\b(?:chỉ\s*đạo|kiến\s*nghị)\b")  # handing on what is asked
DIRECTIVE_STARTS = ("giao", "yêu", "đề", "có", "chủ")
REPORTS = regex.compile(r"\bbáo\s*cáo\b")
REPORT_ITEM = regex.compile(r"(?:gửi\s*)?báo\s*cáo\b")  # an item that is one report
LETTER_RUN = regex.compile(r"\p{L}+")
CELL_PART = regex.compile(r"[^;\n]+")
ENACTING = regex.compile(r"(?:phê\s*duyệt|ban\s*hành|thành\s*lập|kiện\s*toàn|công\s*nhận"
                         r"|bổ\s*nhiệm|bãi\s*bỏ|sửa\s*đổi|điều\s*chỉnh|giải\s*thể|sáp\s*nhập"
                         r"|thông\s*qua|quy\s*định|công\s*bố"
                         # a council's or a decision's own allocation: "Điều 1. Quyết định dự
                         # toán ngân sách năm 2026", "Điều 1. Giao chỉ tiêu kế hoạch ... cho
                         # các sở" (the bodies act on it in the articles that follow)
                         r"|quyết\s*định\s*(?:dự\s*toán|phân\s*bổ)"
                         r"|giao\s*(?:chỉ\s*tiêu|dự\s*toán|kế\s*hoạch\s*vốn)"
                         # a post given up or taken: "Điều 1. Cho ông X thôi làm Trưởng thôn"
                         r"|cho\s*(?:ông|bà|đồng\s*chí)\s[^;.]{2,80}?\s(?:thôi|nghỉ|thôi\s*giữ))"
                         r"(?!\p{L})")
# an article that hands a body work and then describes its object: "Điều 1. Giao Sở X làm chủ
# đầu tư Dự án Y, với các nội dung chủ yếu sau:" + "1. Mục tiêu: ...": the article is the task,
# its items the project's particulars
DESCRIBED_BELOW = regex.compile(r"(?:với|gồm|có)\s*(?:các|những)\s*nội\s*dung\s*"
                                r"(?:chủ\s*yếu|chính|cơ\s*bản|cụ\s*thể)?\s*(?:như\s*)?sau\s*:\s*$")
# an item's last words announcing what its work covers: "..., tập trung vào các nội dung:",
# "..., gồm các nội dung sau:", "..., bao gồm:"
# the markers of items (not of a document's divisions) whose lead-in may be work itself
_ITEM_MARKERS = frozenset({"arabic", "arabic2", "arabic3", "arabic_paren", "letter", "dash",
                           "plus", "bullet"})
# the label over what a report covers: "Nội dung báo cáo gồm:", "Báo cáo cần nêu rõ:"
# (not "Nội dung báo cáo cụ thể như sau:" over "a) Đối với các sở, ban, ngành:" + what each
# must do: work for each body)
REPORT_CONTENTS = regex.compile(r"\s*(?:nội\s*dung\s*(?:báo\s*cáo|đề\s*cương)|báo\s*cáo|đề\s*cương)"
                                r"\s*(?:cần\s*|phải\s*)?(?:bao\s*)?(?:gồm|nêu\s*rõ)"
                                r"(?:\s*(?:các|những)\s*nội\s*dung(?:\s*sau)?)?\s*:\s*$")
CONTENTS_BELOW = regex.compile(r"(?:(?:tập\s*trung\s*vào|(?:bao\s*)?gồm|với)\s*(?:các|những)\s*"
                               r"nội\s*dung(?:\s*(?:chủ\s*yếu|chính|cơ\s*bản|cụ\s*thể))?"
                               r"(?:\s*(?:như\s*)?sau)?|,\s*(?:bao\s*)?gồm|,\s*cụ\s*thể(?:\s*như\s*sau)?"
                               # ", tập trung vào các nhóm hàng:" + "+ Mỹ phẩm, ...;"
                               r"|,\s*(?:tập\s*trung|chú\s*trọng|ưu\s*tiên)\s*(?:vào\s*)?(?:các|những)"
                               r"(?:\s+\p{L}+){1,3}"
                               # "... gửi văn bản đề nghị về UBND phường ..., trong đó nêu rõ:"
                               # ", trong đó tập trung:" + "+ Việc niêm yết ..."
                               r"|,\s*trong\s*đó\s*(?:(?:nêu|ghi)\s*rõ|tập\s*trung(?:\s*vào)?"
                               r"(?:\s*(?:các|những)(?:\s+\p{L}+){1,3})?))"
                               r"\s*:\s*$")
# the topic line of an answer, the answer below it: "1. Về đề nghị của UBND phường X tại Văn
# bản số 318/UBND-KT ... về việc xử lý ..." (with no colon: with one, TOPIC reads the answer)
REGARDING = regex.compile(r"\s*về\s*(?:đề\s*nghị|kiến\s*nghị|đề\s*xuất|tờ\s*trình|văn\s*bản)"
                          r"\s*của\s")
# who else attended, all of the line: "Cùng dự có đồng chí Phó Chủ tịch ...; lãnh đạo Ban
# Tổ chức Thành ủy, ...", "Cùng đi có lãnh đạo các sở: ..."
ATTENDANCE = regex.compile(r"\s*(?:cùng\s*(?:dự|đi|tham\s*dự|làm\s*việc)|tham\s*(?:dự|gia\s*đoàn)"
                           r"(?:\s+[^\s.;:,]+){0,4}?|dự\s*(?:cuộc\s*|buổi\s*)?(?:họp|làm\s*việc"
                           r"|hội\s*nghị))\s*(?:có|với)\s")  # ("Dự họp có đồng chí ...")
# a request that opens "Kính đề nghị" + a body; what it asks a closing formula would: to
# consider or direct; the courtesy before the work: "quan tâm" ("quan tâm hỗ trợ ...")
POLITE_REQUEST = regex.compile(r"\s*kính\s*đề\s*nghị\s+")
CLOSING_ASKS = regex.compile(r"(?:xem\s*xét|chỉ\s*đạo|cho\s*ý\s*kiến|giúp\s*đỡ|tạo\s*điều\s*kiện)"
                             r"[^.;]{0,40}[./;]*\s*$")
CONSIDERATELY = regex.compile(r"\s*quan\s*tâm\s*(?:,\s*)?")
# a heading in capitals at the start of a line (two words at least)
GLUED_CAPS = regex.compile(r"\p{Lu}+(?:[\s,]+\p{Lu}+)+(?=\s)")
# what no body is told to do: a consequence ("các địa phương chậm báo cáo sẽ được nêu tên
# ..."), a leader's own decision to come ("đồng chí Bí thư sẽ cho ý kiến sau khi ..."), the
# document bringing in its own plan ("Sở X ban hành Kế hoạch ... cụ thể như sau:")
NOT_WORK = regex.compile(r"(?<=\s)sẽ\s*(?:được|bị|cho\s*ý\s*kiến|xem\s*xét,?\s*quyết\s*định)"
                         r"(?!\p{L})")
# (after the grounds it rests on, however many: "Thực hiện Luật ... và Kết luận ...; căn cứ
# Nghị quyết ..., Ban Thường vụ Tỉnh ủy ban hành Kế hoạch ... như sau:")
OWN_PLAN = regex.compile(r"(?:\s*(?:thực\s*hiện|căn\s*cứ)\s[^.]{0,400}?|[^.;]{0,120}?)"
                         r"\s(?:(?:ban\s*hành|xây\s*dựng)\s*(?:kế\s*hoạch|hướng\s*dẫn"
                         r"|chương\s*trình)(?!\s*(?:số|này))|thông\s*báo\s*(?:kết\s*quả|danh\s*sách"
                         r"|lịch))[^.;]{0,300}?(?:cụ\s*thể\s*)?như\s*sau\s*:\s*$")


def _not_work(folded: str) -> bool:
    """See NOT_WORK and OWN_PLAN; the plan's own lead-in is looked for only in a text that
    ends with "như sau:" (a cheap test first: the pattern is slow on long sentences)."""
    if "sẽ" in folded and NOT_WORK.search(folded):
        return True
    return folded.rstrip().endswith(":") and "như sau" in folded and bool(OWN_PLAN.match(folded))


# what a body may do, after its first power: "được yêu cầu ...", "được sử dụng ..."
PERMITTED = regex.compile(r"\s*được\s+(?:yêu\s*cầu|sử\s*dụng|mời|trưng\s*tập|huy\s*động|quyền)")
# an account of where things stand at a date: "Đến hết tháng 11 năm 2025, ...", "Tính đến
# ngày 15/11, ...", "Lũy kế đến nay, ..."
# a clause that opens an account of what was done: a year or a season, then "đã"
PAST_ACCOUNT = regex.compile(r"\s*(?:năm\s*\d{4}|dịp\s[^,;]{3,40}|trong\s*năm\s*\d{4}"
                             r"|qua\s[^,;]{3,30})\s*,[^;]{0,120}?\bđã\s")
# what happened at an hour, told as it happened: "Từ 7 giờ 30 phút ngày 03/3/2026, khoảng 2.300
# công nhân Công ty X ... đã ngừng việc tập thể, ..., yêu cầu thanh toán tiền lương ..." (the
# workers' demand, not the document's)
INCIDENT_ACCOUNT = regex.compile(r"\s*(?:từ|vào|lúc|khoảng)\s*(?:\d{1,2}|0\d)\s*(?:giờ|h)\b"
                                 r"[^,;]{0,40},[^;]{0,240}?\bđã\s")
# a sentence's opening period, to its comma: "Từ ngày 15/01/2026 đến ngày 09/02/2026, "
PERIOD_OPENING = regex.compile(r"\s*(?:từ|trong)\s[^,;:]{4,60},\s")
STATUS_OPENING = regex.compile(r"\s*(?:đến\s*(?:hết|nay|ngày|cuối)|tính\s*(?:đến|tới)|lũy\s*kế"
                               r"|trong\s*(?:\d+\s*)?tháng\s*(?:đầu\s*)?năm"
                               # "Sáu tháng đầu năm 2026, tốc độ tăng trưởng ước đạt 7,4%; ..."
                               r"|(?:\d+|ba|sáu|chín)\s*tháng\s*đầu\s*năm)")
# what follows a cue that hands work to someone: a word, not the end of a clause ("... đạt
# 50,7% kế hoạch Thủ tướng Chính phủ giao.": the plan that was set, no one asked)
HANDS_TO = regex.compile(r"\s*\p{L}")
# a sentence that lists causes or shortcomings, its parts joined by ";": none of them is work
CAUSES = regex.compile(r"\s*(?:nguyên\s*nhân|hạn\s*chế|tồn\s*tại|khó\s*khăn|vướng\s*mắc)"
                       r"[^.;:]{0,40}?\s(?:là|do|gồm|như)(?!\p{L})")
# a unit that opens by naming a task given before, then says where it stands and what is now
# asked: "Nhiệm vụ thẩm định thiết kế cơ sở ... (thời hạn cũ: ngày 15/10/2025) chưa hoàn
# thành. Yêu cầu Sở Xây dựng thẩm định trong ...": the named task is the task
NAMED_TASK = regex.compile(r"\s*nhiệm\s*vụ\s+(?!(?:của|được|đã|này|trên|chung|cụ\s*thể)\b)\p{L}")
ANSWERABLE = regex.compile(r"(?:phải\s*)?chịu\s*trách\s*nhiệm\s*trước")
HANDED = "\0the lead of the heading or lead-in"  # no body's folded name can equal this
ANSWERING = "\0who answers for the work"  # split's mark of such a first sentence (likewise)
CELL_SUPPORT = regex.compile(r"\(\s*phối\s*hợp\s*\)|phối\s*hợp(?:\s*với)?")
# a task's attribute on a line of its own, under the task: "Cơ quan chủ trì: Sở X;",
# "Đơn vị phối hợp: ...", "Thời gian hoàn thành: Quý III/2026.", "Sản phẩm: Báo cáo UBND tỉnh"
ATTRIBUTE_LINE = regex.compile(
    r"\s*(?:[-+•]\s*)?(?:(?P<lead>(?:cơ\s*quan|đơn\s*vị)\s*(?:chủ\s*trì|thực\s*hiện))"
    r"|(?P<support>(?:cơ\s*quan|đơn\s*vị)\s*phối\s*hợp)"
    r"|(?P<owner>trách\s*nhiệm\s*thực\s*hiện|(?:cơ\s*quan|đơn\s*vị)\s*thực\s*hiện\s*và\s*phối\s*hợp)"
    r"|(?P<time>thời\s*(?:gian|hạn)(?:\s*(?:hoàn\s*thành|thực\s*hiện))?)"
    r"|(?P<product>sản\s*phẩm|kết\s*quả\s*đầu\s*ra))\s*:\s*")
# the same attributes inside a parenthesis closing the task: "(cơ quan chủ trì: Sở X; phối
# hợp: UBND các xã; thời gian hoàn thành: quý II/2026)"; the opening names who leads
INLINE_ATTRIBUTES = regex.compile(
    r"\(\s*(?=(?:cơ\s*quan\s*|đơn\s*vị\s*)?(?:chủ\s*trì|thực\s*hiện)\s*:)")
INLINE_ATTRIBUTE = regex.compile(
    r"\s*(?:(?P<lead>(?:cơ\s*quan\s*|đơn\s*vị\s*)?(?:chủ\s*trì|thực\s*hiện))"
    r"|(?P<support>(?:cơ\s*quan\s*|đơn\s*vị\s*)?phối\s*hợp)"
    r"|(?P<time>thời\s*(?:gian|hạn)(?:\s*(?:hoàn\s*thành|thực\s*hiện))?)"
    r"|(?P<product>sản\s*phẩm|kết\s*quả\s*đầu\s*ra))\s*:\s*")
# a header cell that names where results go: "Thời hạn gửi Sở Tài chính", "Nộp về Sở Nội vụ"
# ("Thời hạn gửi hồ sơ về Văn phòng UBND tỉnh": what is sent may come between)
HEADER_SENDS = regex.compile(r"(?:gửi|nộp|báo\s*cáo)\s+(?:(?:hồ\s*sơ|tài\s*liệu|báo\s*cáo|kết\s*quả"
                             r"|văn\s*bản|dự\s*thảo)\s+)?(?:về\s+|cho\s+|đến\s+)?")
CELL_LEAD = regex.compile(r"\(\s*chủ\s*trì\s*\)")
# a group row's title that says where its rows go: "Các nội dung trình UBND Thành phố", "Các
# đề án trình Thường trực Tỉnh ủy", "Các báo cáo gửi Bộ Tài chính"
GROUP_SENDS = regex.compile(r"\s*(?:[ivx\d]+[.)]?\s*)?(?:các\s*)?(?:nội\s*dung|đề\s*án|báo\s*cáo|"
                           r"văn\s*bản|dự\s*thảo|tờ\s*trình|hồ\s*sơ|công\s*việc)[^|]{0,40}?"
                           r"\s(?:trình|báo\s*cáo|gửi)\s")
SUBMISSION = regex.compile(r"(?<!\p{L})tờ\s*trình\s+")  # "Tờ trình UBND tỉnh" in a product cell
# a cell of work and terms that says the work is done or dropped ("Đã phê duyệt ...", "Không
# đưa vào danh mục ...")
DONE_CELL = regex.compile(r"\s*(?:đã|không)\s")
# a notes cell that names partners: "Ghi chú: Phối hợp: Thuế tỉnh Cà Mau"
PARTNERS_NOTE = regex.compile(r"\s*(?:đơn\s*vị\s*|cơ\s*quan\s*)?phối\s*hợp(?:\s*với)?\s*:\s*")
AS_ABOVE = regex.compile(r"\s*(?:như\s*trên|nt|như\s*mục\s*trên)\s*\.?\s*")  # a cell "Như trên"
CELL_SEGMENT = regex.compile(r"[^;]+")
# the spaces after "." or ";" before a capital, a digit, a quote or "(", or after ";" before a
# lower-case letter (group 1 or 2); the punctuation is matched, not looked behind for, so the
# search can jump to it instead of testing every character
SENTENCE_SPLIT = regex.compile(r"[.;](\s+)(?=[\p{Lu}\d“\"(])|;(\s+)(?=\p{Ll})")


@dataclass
class FoundActor:
    name: str
    span: tuple[int, int] | None
    canonical: str | None
    kind: str
    implicit: bool = False


@dataclass
class FoundTask:
    start: int
    end: int
    section: str | None
    lead: list[FoundActor] = field(default_factory=list)
    lead_implicit: bool = False
    support: list[FoundActor] = field(default_factory=list)
    report_to: list[FoundActor] = field(default_factory=list)
    deadline: TemporalMention | None = None
    alternatives: list[TemporalMention] = field(default_factory=list)
    action: tuple[int, int] | None = None
    advisory: bool = False
    from_table: bool = False
    source: str = "rule"  # who found it: "rule", "model" or "both" (see resolver)
    confidence: float = 1.0


def extract_tasks(text: str, lines: list[Line], structure: Structure, header, info,
                  resolver: Resolver | None = None) -> list[FoundTask]:
    # a table row's cells are windows of their own: no name runs from one cell into the next
    # (a copy may part them by spaces alone: "UBND các xã, phường   Ủy ban MTTQ ...")
    set_windows(text, [span for ln in lines for span in (ln.cells or [(ln.start, ln.end)])])
    set_aliases(_document_aliases(text))
    issued = date.fromisoformat(info.issued_date) if info.issued_date else None
    locality = ctx.document_locality(text, header.title.span if header.title else None, tuple(
        found.value for found in (header.issuer, header.parent_issuer) if found is not None))
    addressees = _addressee_context(text, header, info) or _guided_in_preamble(
        text, lines, structure)
    run = _Run(text, structure, issued, locality, addressees)
    run.own_name = _own_name(text, header)
    run.decision = info.doc_type in ("quyet_dinh", "nghi_quyet")
    run.issuer = _issuer_name(header)
    issuers = [fold(found.value) for found in (header.issuer, header.parent_issuer) if found]
    run.below_centre = bool(issuers) and not any(map(CENTRAL_ISSUER.match, issuers))
    run.lines = lines
    run.plan_year = _plan_year(text, header, issued)
    run.resolver = resolver or Resolver()
    tables = find_task_tables(text, lines, structure)
    table_rows = {row.line: (table, row) for table in tables for row in table.rows}
    header_rows = {table.header_line for table in tables}
    answer_cells = find_answer_cells(text, lines, tables)
    run.task_table_lines = set(table_rows) | header_rows
    section_lines = {n.line: n for n in structure.sections}
    skip_sections, logistics_sections = _non_task_sections(structure)
    body_led_sections = _body_led_sections(skip_sections, run.by_id)
    outline_lines = _outline_lines(run.folded, lines, structure)
    tasks: list[FoundTask] = []
    heading_tasks: dict[str, list[FoundTask]] = {}  # a model's, of headings that hand over
    unit_found: list[FoundTask] = []  # the tasks of the last unit, for its attribute lines
    handed: set[int] = set()  # items of a lead-in that asks for them inside a non-task section
    for line in lines:
        role = structure.roles.get(line.index)
        if role not in ("body", "appendix"):
            continue
        attribute = ATTRIBUTE_LINE.match(run.folded, line.start, line.end)
        if attribute is not None and unit_found:
            run.apply_attribute(unit_found, attribute, line)
            continue
        unit_found = []
        if line.index in table_rows:
            if not run.in_enacted(structure.line_section.get(line.index)):
                # the rows of a table an article approves ("Điều 1. Phê duyệt kế hoạch lựa
                # chọn nhà thầu ...") are the approved text's content
                tasks.extend(run.table_task(*table_rows[line.index]))
            continue
        if line.index in answer_cells:
            unit_found = run.cell_tasks(line, *answer_cells[line.index])
            tasks.extend(unit_found)
            continue
        if line.index in header_rows or line.kind == "row":
            continue
        section = structure.line_section.get(line.index)
        if line.index in section_lines:
            node = section_lines[line.index]
            run.enter_heading(node)
            described = run.describes_below(node)  # the article is the task, not a heading
            own_work = described or run.heads_own_work(node)
            found = run.unit_tasks(line, node.parent, ruled_out=not own_work)
            if found and run.hands_over(node) and not own_work:
                heading_tasks[node.id] = found
            tasks.extend(found)
            continue
        if section in skip_sections and line.index not in structure.markers and (
                run.hands_on_below(line)):
            # "4. Thời gian kết thúc xả lũ: ..." + "Để bảo đảm an toàn ..., Công ty kính đề
            # nghị:" + "- UBND các xã ...": a lead-in that asks for its items ends the
            # particulars
            handed.update(i.index for i in run.following_items(line))
            if run.lead_in(line, section):
                continue
        ruled_out = (section in skip_sections and line.index not in handed and not (
            section in logistics_sections and run.dated_order(line)) and not (
            section in body_led_sections and run.body_acts(line))) or (
            run.under_glued_heading(line)) or (
            run.in_enacted(section) and not run.has_owner(line, section)) or (
            run.in_particulars(section) and not run.names_own_body(line)) or (
            line.index in outline_lines) or run.among_topics(line, section)
        if ruled_out or _annotation(line) or (role == "appendix" and _titled_by_type(lines, line)):
            tasks.extend(run.unit_tasks(line, section, ruled_out=True))
            continue
        if run.lead_in(line, section):
            continue
        unit_found = run.unit_tasks(line, section)
        tasks.extend(unit_found)
    run.resolver.settle(run.unsettled)
    return _without_handing_headings(tasks, heading_tasks, run.by_id)


def _without_handing_headings(tasks: list[FoundTask], heading_tasks: dict[str, list[FoundTask]],
                              by_id: dict) -> list[FoundTask]:
    """Drop the tasks a model made of hand-over headings whose own sections hold tasks.

    The rules never take a heading for a task; a confident model may ("6. Đề nghị Ủy ban MTTQ
    Việt Nam xã và các tổ chức chính trị - xã hội" reads like a request). But a heading that
    only names who acts, or ends in ":", hands its items their actor: with tasks under it,
    the work is in the items, and the heading as a task would repeat them without an action.
    A heading with an action of its own ("- Văn phòng Sở chủ trì tổ chức 04 lớp ...;" over
    "+ Đợt 1 ...") is the task its items detail, and one whose items assign nothing may still
    be a task itself."""
    from_headings = {id(t) for found in heading_tasks.values() for t in found}
    if not from_headings:
        return tasks
    assigning: set[str] = set()  # sections holding a task other than a heading's
    for task in tasks:
        sid = task.section if id(task) not in from_headings else None
        while sid is not None and sid not in assigning:
            assigning.add(sid)
            sid = by_id[sid].parent
    dropped = {id(t) for sid, found in heading_tasks.items() if sid in assigning for t in found}
    return [t for t in tasks if id(t) not in dropped]


# "(sau đây gọi là Công ty)", "(sau đây gọi tắt là Ban Quản lý)": a short name defined
ALIAS_DEFINITION = regex.compile(r"\(\s*sau\s+đây\s+gọi\s+(?:tắt\s+|chung\s+)?là\s+"
                                 r"[\"“]?(?P<alias>[^)\"”]{2,40}?)[\"”]?\s*\)")
# heads that, alone and capitalised, refer back to the one firm a document deals with
COUNTERPART_HEADS = ("Công ty", "Tổng công ty", "Tập đoàn")
# heads that refer back to a body when the document names only one of their kind: "gửi về
# Trung tâm" after "Trung tâm Phục vụ hành chính công xã", "gửi về Văn phòng" after "Văn phòng
# HĐND và UBND xã"
SOLE_HEADS = ("Trung tâm", "Văn phòng")
# bodies a decision sets up, which it then calls by their head alone ("Nhiệm vụ của Hội đồng")
ESTABLISHES = regex.compile(r"(?i:thành\s*lập|kiện\s*toàn)\s+")
ESTABLISHED_HEADS = ("Hội đồng", "Ban Chỉ đạo", "Ban Tổ chức", "Tổ công tác", "Tổ giúp việc",
                     "Đoàn kiểm tra", "Tổ kiểm tra", "Tiểu ban", "Ban Chỉ huy", "Ban Điều hành")


def _document_aliases(text: str) -> dict[str, str]:
    """Short names the document uses for a body it names in full: those it defines "(sau
    đây gọi là ...)", and "Công ty" for the first company it names (a notice after a
    session with a firm, "Sở Nội vụ phối hợp với Công ty ..."). The full name becomes the
    short name's canonical form."""
    out: dict[str, str] = {}
    for m in ALIAS_DEFINITION.finditer(text):
        before = find_actors(text, text.rfind("\n", 0, m.start()) + 1, m.start())
        if before and not text[before[-1].end:m.start()].strip():
            out.setdefault(m.group("alias").strip(), before[-1].canonical or before[-1].text)
    for head in (h for h in COUNTERPART_HEADS if h not in out):
        first = next(_named_with(text, head), None)  # the first firm the document names
        if first is not None:
            out[head] = first
    for head in (h for h in SOLE_HEADS if h not in out):
        named = set(_named_with(text, head))  # the only body of its kind, or none
        if len(named) == 1:
            out[head] = named.pop()
    for m in ESTABLISHES.finditer(text):
        # "Điều 1. Thành lập Hội đồng nghĩa vụ quân sự xã Tân Hòa": "Hội đồng" is that one
        line_end = text.find("\n", m.end())
        found = find_actors(text, m.end(), len(text) if line_end < 0 else line_end)
        if found and found[0].start == m.end():
            named_head = next((h for h in ESTABLISHED_HEADS if found[0].text.startswith(h)), None)
            if named_head is not None and len(found[0].text) > len(named_head):
                out.setdefault(named_head, found[0].canonical or found[0].text)
    return out


def _named_with(text: str, head: str) -> Iterator[str]:
    """The full names (canonical) of the bodies the text names with ``head`` ("Công ty Cổ
    phần ...", "Trung tâm Phục vụ hành chính công xã"), in order."""
    for m in regex.finditer(rf"(?<!\p{{L}}){head}\s+\p{{Lu}}", text):
        line_end = text.find("\n", m.start())
        found = find_actors(text, m.start(), len(text) if line_end < 0 else line_end)
        if found and found[0].start == m.start() and len(found[0].text) > len(head):
            yield found[0].canonical or found[0].text


def _annotation(line: Line) -> bool:
    """A line wholly in parentheses annotates what precedes it ("(Ban hành kèm theo Quyết
    định số 3125/QĐ-UBND ...)", "(Kèm theo Kế hoạch số ...)")."""
    text = line.text.strip()
    return text.startswith("(") and text.endswith(")") and text.count("(") == 1


def _outline_lines(folded: str, lines: list[Line], structure: Structure) -> set[int]:
    """The lines of an appendix that is an outline or a form to fill in ("PHỤ LỤC" / "ĐỀ CƯƠNG
    BÁO CÁO CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA", "Mẫu số 01"): its items say what to write, not what
    to do."""
    out: set[int] = set()
    inside = False
    for k, line in enumerate(lines):
        if structure.roles.get(line.index) != "appendix":
            inside = False
            continue
        if APPENDIX_START.match(folded, line.start, line.end):
            inside = any(OUTLINE_TITLE.match(folded, ln.start, ln.end) for ln in lines[k + 1:k + 3])
        elif inside:
            out.add(line.index)
    return out


def _titled_by_type(lines: list[Line], line: Line) -> bool:
    """The title of a document attached after the signature: the line under its type name
    ("QUY CHẾ" / "Phối hợp quản lý hoạt động ...")."""
    previous = lines[line.index - 1] if line.index > 0 else None
    return previous is not None and type_of_line(fold(previous.text)) is not None


# a plan's section on money ("IV. KINH PHÍ THỰC HIỆN"): where the money comes from, and now
# and then a body told to find it
FUNDING_HEADING = regex.compile(r"\s*kinh\s*phí")
# what a supervision or inspection plan covers: its items name subjects ("Việc thực hiện ..."),
# but one that opens with a body and its work hands it over ("Hội Cựu chiến binh tỉnh chủ trì
# giám sát ..."), as in a section about money
SCRUTINY_HEADING = regex.compile(r"\s*nội\s*dung\s*(?:giám\s*sát|kiểm\s*tra)")
# how a campaign reaches people ("III. HÌNH THỨC TUYÊN TRUYỀN", "b) Hình thức:"): the channels,
# and now and then the body told to use one ("1. Tuyên truyền trên báo chí: Đề nghị Báo ... mở
# chuyên mục ...", "- Phòng Văn hóa - Xã hội chủ trì phát sóng ...")
FORMS_HEADING = regex.compile(r"\s*hình\s*thức(?:\s*tuyên\s*truyền|\s*[:.]?\s*$)")
# the chair's conclusions in the minutes of a meeting, under "III. NỘI DUNG CUỘC HỌP": what
# the meeting decided, whatever the section above it reports
CONCLUSION_HEADING = regex.compile(r"\s*(?:ý\s*kiến\s*)?(?:kết\s*luận|chỉ\s*đạo)\b")


# a heading over what a campaign or a plan covers ("a) Nội dung trọng tâm:", "Nội dung phổ
# biến:"): its items are subjects when none of them is work
TOPICS_HEADING = regex.compile(r"\s*(?:các\s*)?nội\s*dung\s*(?:trọng\s*tâm|chủ\s*yếu|chính"
                               r"|tuyên\s*truyền|phổ\s*biến|giới\s*thiệu|cần\s*\p{L}+)")
AIMS = regex.compile(r"\s*(?:mục\s*đích|mục\s*tiêu)")
BARE_REQUIREMENTS = regex.compile(r"\s*(?:các\s*)?yêu\s*cầu\s*[:.]?\s*$")


def _non_task_sections(structure: Structure) -> tuple[set[str], set[str]]:
    """Sections (and their descendants) whose heading says they assign nothing, and those of
    them about how a plan is carried out (see LOGISTICS_HEADINGS)."""
    skip: set[str] = set()
    logistics: set[str] = set()
    # "2. Yêu cầu" beside "1. Mục đích", or a plan's "I. YÊU CẦU", say what it must achieve;
    # "III. YÊU CẦU" after an inspection's findings, with no aims anywhere, lists what each
    # body must do
    aims = any(AIMS.match(fold(node.title)) for node in structure.sections)
    parents_seen: set[str | None] = set()
    for node in structure.sections:
        title = fold(node.title)
        after_others = node.parent in parents_seen
        parents_seen.add(node.parent)
        if not aims and after_others and BARE_REQUIREMENTS.match(title):
            continue
        if node.parent in skip and not CONCLUSION_HEADING.match(title):
            skip.add(node.id)
            if node.parent in logistics:
                logistics.add(node.id)
        elif (NON_TASK_HEADINGS.match(title) and not _grounds_then_work(title)) or (
                PAPERS_LABEL.match(title)) or (
                node.marker is not None and node.marker.kind == "chapter" and title.strip()
                and not CHAPTER_OF_WORK.search(title)):
            # (a heading that lists papers or people: "1. Người có nghĩa vụ kê khai ... gồm:")
            skip.add(node.id)
            if LOGISTICS_HEADINGS.match(title):
                logistics.add(node.id)
    return skip, logistics



def _grounds_then_work(title: str) -> bool:
    """"2. Căn cứ kết quả rà soát, phân loại và hỗ trợ người lao động ..., cụ thể:": the
    circumstances, then the work (not a heading of legal bases, "I. CĂN CỨ")."""
    grounds = GROUNDS_THEN.match(title)
    return grounds is not None and _starts_with_verb(title[grounds.end():])


def _body_led_sections(skip: set[str], by_id: dict) -> set[str]:
    """The sections ruled out (``skip``) where a unit that opens with a body and its work is
    a task all the same: those about money, what a supervision covers, or how a campaign
    reaches people, and the sections below them ("III. NỘI DUNG GIÁM SÁT, PHẢN BIỆN XÃ HỘI"
    + "2. Phản biện xã hội" + "a) Ban Thường trực ... chủ trì, phối hợp với ...")."""
    led: set[str] = set()
    for sid in skip:
        node = by_id[sid]
        while node is not None and node.id in skip:
            title = fold(node.title)
            if FUNDING_HEADING.match(title) or SCRUTINY_HEADING.match(title) or (
                    FORMS_HEADING.match(title)):
                led.add(sid)
                break
            node = by_id.get(node.parent) if node.parent else None
    return led


# the centre's bodies, which hand work to the provinces and the ministries themselves
CENTRAL_ISSUER = regex.compile(
    r"\s*(?:bộ\s|(?:\p{L}+\s*){0,3}chính\s*phủ|thủ\s*tướng|văn\s*phòng\s*(?:chính\s*phủ|trung\s*ương)"
    r"|ban\s*chấp\s*hành\s*trung\s*ương|bộ\s*chính\s*trị|ban\s*bí\s*thư|quốc\s*hội"
    r"|ủy\s*ban\s*thường\s*vụ\s*quốc\s*hội|bảo\s*hiểm\s*xã\s*hội\s*việt\s*nam"
    r"|ngân\s*hàng\s*nhà\s*nước\s*việt\s*nam|kiểm\s*toán\s*nhà\s*nước|tổng\s*cục|cục\s"
    r"|ban\s*\p{L}+(?:\s*\p{L}+){0,4}\s*trung\s*ương)")
# who a central body asks, as a provincial or communal text reports it: "Bộ Dân tộc và Tôn
# giáo đề nghị Ủy ban nhân dân các tỉnh, thành phố ...:", "Thủ tướng yêu cầu các bộ, ngành"
SUPERIORS_ASKED = regex.compile(r"\s*(?:(?:ủy\s*ban\s*nhân\s*dân|ubnd|chủ\s*tịch\s*(?:ủy\s*ban"
                                r"\s*nhân\s*dân|ubnd))\s*các\s*tỉnh|các\s*bộ\s*(?:,|ngành|và))")


def _issuer_name(header) -> str | None:
    """The issuer's name as the gazetteer spells it (the header's may come from capitals)."""
    if header.issuer is None:
        return None
    name = header.issuer.value
    found = find_actors(name)
    if len(found) == 1 and found[0].end - found[0].start == len(name) and found[0].canonical:
        return found[0].canonical
    return name


def _own_name(text: str, header) -> regex.Pattern[str] | None:
    """The issuer's head word alone ("Sở", "Bộ"), capitalised as written, not opening a longer
    name, not after "các" (other bodies of that kind)."""
    issuer = header.issuer.value if header.issuer else None
    head = head_of(issuer) if issuer else None
    if head is None or len(head.split()) > 2:
        return None
    # "Sở, ban, ngành" and "Sở và ngành" name other bodies, but after its head of office
    # ("báo cáo Giám đốc Sở và Bộ Y tế") the head word is the issuer whatever follows
    return regex.compile(rf"(?<!\p{{L}})(?<!các\s)(?<!Các\s){regex.escape(head)}(?!\p{{L}})"
                         rf"(?:(?<=(?i:giám\s+đốc|thủ\s+trưởng|lãnh\s+đạo)\s+{regex.escape(head)})"
                         # ("về Chi cục vào thứ Năm": "vào" is no "và")
                         r"|(?!\s*[,-]?\s*\p{Lu})(?!\s+(?:(?:ngành|ban|và)(?!\p{L})|,)))")


def _addressee_context(text: str, header, info) -> list[ActorMention]:
    """Who does the work a passage hands to no one: the addressees ("Kính gửi: ..."); in a
    report (Báo cáo), its issuer, whose own next steps it lists ("III. Nhiệm vụ, giải pháp
    thời gian tới"), while its addressees are who receive it."""
    if info.doc_type == "bao_cao" and header.issuer is not None:
        found = header.issuer
        return [ActorMention(found.span[0], found.span[1], found.value, _issuer_name(header),
                             "agency")]
    out = []
    for found in header.addressees:
        mentions = find_actors(text, *found.span)
        if mentions:
            out.append(mentions[0])
        else:
            out.append(ActorMention(found.span[0], found.span[1], found.value, None, "other"))
    return out


def _guided_in_preamble(text: str, lines: list[Line], structure: Structure
                        ) -> list[ActorMention]:
    """A guidance letter without "Kính gửi" names whom it guides in its preamble ("Thực hiện
    ..., Sở Nội vụ hướng dẫn UBND các xã, phường thực hiện chế độ thông tin, báo cáo như
    sau:"): they do the work its items hand to no one, as addressees would."""
    for line in lines:
        if structure.roles.get(line.index) != "preamble" or not (
                line.text.rstrip().endswith(":")) or not ctx.GUIDES.search(fold(line.text)):
            continue
        found = ctx.lead_in_actors(text, line.start, line.end)
        if found:
            return found
    return []


# the year a plan is for, as its title gives it: "Kế hoạch ... năm 2026"
TITLE_YEAR = regex.compile(r"(?<!\p{L})năm\s+((?:19|20)\d\d)(?!\d)")


def _plan_year(text: str, header, issued: date | None) -> int | None:
    """The year the document's plan is for: the last "năm YYYY" of its title, else the year
    it was issued (what a chart's bare months "T1 ... T12" count in)."""
    if header.title is not None:
        years = TITLE_YEAR.findall(fold(text[header.title.span[0]:header.title.span[1]]))
        if years:
            return int(years[-1])
    return issued.year if issued is not None else None


# a lead-in that ends on what its items are about: "... hướng dẫn nghiệp vụ cho Sở X về:"
ABOUT_COLON = regex.compile(r"\svề\s*:\s*$")


class _Run:
    """State while walking the body: the implicit-lead context of each section."""

    def __init__(self, text, structure, issued, locality, addressees) -> None:
        self.text = text
        # the text with numbers OCR misread read as digits ("trước ngày 3l/10/2025"), same
        # length: the terms are read from it
        self.read_text = read_digits(text)
        self.folded = fold_document(text)
        self.structure = structure
        self.issued = issued
        self.effective = effective_date(text, issued)
        self.event_date = event_dates(self.folded, issued)  # asked only by event anchors
        self.drill_day = drill_day(text, issued)  # a drill plan's day D, when it dates it
        self.locality = locality
        self.addressees = addressees
        self.by_id = {n.id: n for n in structure.sections}
        self.heading_context: dict[str, list[ActorMention]] = {}
        self.lead_in_context: dict[str | None, list[ActorMention]] = {}
        # (line, section, where an item's text starts | the bodies an unmarked paragraph
        # carried) of the last unit, for an unmarked paragraph after it (see carried_label)
        self._last_unit: tuple[int, str | None, int | list[ActorMention]] | None = None
        # the bodies a heading or lead-in names as supporting, by id() of its lead list
        self.support_of: dict[int, list[ActorMention]] = {}
        # the receivers a heading names for the reports its items list ("b) ..., báo cáo UBND
        # phường (qua Văn phòng) theo chế độ sau:" + "+ Báo cáo nhanh ..."), by section
        self.reports_of: dict[str, list[ActorMention]] = {}
        self.content_sections: set[str] = set()  # "Điều 1. Phê duyệt danh sách ... gồm:"
        self._described: dict[str, bool] = {}  # section -> describes_below (asked per line)
        self._topics: dict[str, frozenset[int]] = {}  # section -> its items that are subjects
        self._above: dict[int, tuple] = {}  # task table -> (lead, support) of its last row
        self._above_support: dict[int, list[ActorMention]] = {}  # its support column, likewise
        self.label_sections: set[str] = set()  # headings that only name a body
        # id() of the heading actors that direct the bodies their items name ("2. Đảng ủy UBND
        # tỉnh lãnh đạo, chỉ đạo:" + "- Ủy ban nhân dân tỉnh ban hành ...")
        self.directing: set[int] = set()
        self.content_lines: set[int] = set()  # items that list a report's contents
        self.task_table_lines: set[int] = set()  # the rows (and header rows) of task tables
        self._sentence_spans: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self.lines: list[Line] = []
        self._header_receivers: dict[int, list[ActorMention]] = {}  # header line -> receivers
        self._intro_roles: dict[int, RoleAssignment] = {}  # ... of the line above it
        self.resolver = Resolver("rules")
        # units whose tasks get their source and confidence at the end (Resolver.settle)
        self.unsettled: list[tuple[Decision, list[FoundTask]]] = []
        self.own_name: regex.Pattern[str] | None = None  # see _own_name
        self.issuer: str | None = None
        # the issuer is a province's or a commune's body, below the centre's (see
        # quotes_the_centre)
        self.below_centre = False
        self.decision = False  # a Quyết định or Nghị quyết: its articles enact
        self.plan_year: int | None = None  # see _plan_year

    # --- context ---------------------------------------------------------------------------
    def title_start(self, node) -> int:
        """Where a heading's title begins, after its marker."""
        return _skip_space(self.text, node.marker.end if node.marker else node.span[0])

    def enter_heading(self, node) -> None:
        title_start, end = self.title_start(node), node.span[1]
        ending = self.text[title_start:end].rstrip()[-1:]
        actors, label = ctx.heading_actors(self.text, title_start, end)
        if actors:
            self.heading_context[node.id] = actors
            if ending != ".":
                # (a heading that is a whole sentence of work keeps its partners to itself:
                # "1. Phòng X: chủ trì, phối hợp với Công an phường tham mưu ... ." + "- Tổ
                # chức kiểm tra ...")
                self.support_of[id(actors)] = ctx.context_support(self.text, title_start, end,
                                                                  actors)
            if label and any(a.kind != "collective" for a in actors):
                self.label_sections.add(node.id)
            directs = HEADING_DIRECTS.match(self.folded, _list_end(self.text, actors), end)
            if actors[0].start - title_start <= 3 and directs is not None and (
                    directs.group("directs") or _party(actors)):
                self.directing.add(id(actors))
        elif ending == ":" and WITH_PARTNERS.match(self.folded, title_start, end):
            self.partners_heading(node, title_start, end)
        if CONTENT_HEADINGS.match(self.folded, title_start, end) or (
                USES_HEADING.match(self.folded, title_start, end)):
            self.content_sections.add(node.id)
        self.lead_in_context.pop(node.id, None)
        if ending == ":" and REPORTS.search(self.folded, title_start, end):
            mentions = find_actors(self.text, title_start, end)
            receivers = assign_roles(self.text, title_start, end, mentions).report_to
            if receivers:
                self.reports_of[node.id] = receivers

    def partners_heading(self, node, title_start: int, end: int) -> None:
        """"3. Sở Nông nghiệp và Môi trường:" + "- Chủ trì, phối hợp với UBND xã Văn Môn:" +
        "+ Lắp đặt 02 trạm quan trắc ...": a heading that names no lead, only the partners of
        the items below it; the lead is the one the heading above hands them to."""
        above, labelled = self.context_for(node.parent)
        if not above or above is self.addressees:
            return
        mentions = find_actors(self.text, title_start, end)
        partners = [m for m in assign_roles(self.text, title_start, end, mentions).support
                    if m not in above]
        if not partners or self.text[_list_end(self.text, mentions):end].strip(" :.;"):
            return  # ("Chủ trì, phối hợp với X tổ chức kiểm kê ...:" has work of its own,
            # which its items detail)
        own = list(above)  # a list of its own: the partners are filed under it
        self.heading_context[node.id] = own
        self.support_of[id(own)] = partners
        if labelled:
            self.label_sections.add(node.id)
        if id(above) in self.directing:
            self.directing.add(id(own))

    def heads_own_work(self, node) -> bool:
        """An item with work of its own whose details follow: with a day ("a) Chủ trì ...
        tổng kiểm tra an toàn phòng cháy ..., hoàn thành trước ngày 30/6/2026. Trong đó:"), or
        said to be detailed below ("Đẩy nhanh tiến độ thi công các hạng mục ..., cụ thể:",
        "Quản lý chặt chẽ hành lang an toàn giao thông đường sắt, trong đó:"): a task, and its
        items may be tasks too. Not a purpose that names the day ("Để bàn giao mặt bằng
        trước ngày ..., đề nghị:"), whose items carry the work."""
        if node.marker is None or node.marker.kind not in _ITEM_MARKERS:
            return False
        start, end = self.title_start(node), node.span[1]
        title = self.text[start:end].rstrip()
        if title.endswith((";", ".")) and len(title.split()) >= 8:
            # "- Phối hợp với Trạm Y tế xã ... trong tháng 10/2026;" over "+ Thông báo kết quả
            # ...": a whole sentence of work, its details below
            return self.sentence_directive(*self.sentences(start, end)[0], first=True,
                                           marked=True)
        if not title.endswith(":") or PURPOSE_OPENING.match(self.folded, start, end):
            return False
        if not self.detailed_below(node, start, end) and not self.due_by_date(start, end):
            return False
        return self.sentence_directive(*self.sentences(start, end)[0], first=True, marked=True)

    def detailed_below(self, node, start: int, end: int) -> bool:
        """A heading said to be detailed below (", cụ thể:"), unless it says who answers for the
        items, a body's standing duties, or the work for each case below ("Tổ chức đôn đốc
        theo từng nhóm ..., cụ thể:" + "- Đơn vị chậm đóng dưới 03 tháng: gửi thông báo ...")."""
        return bool(SPECIFIED_BELOW.search(self.folded, start, end)) and not (
            ANSWERABLE.search(self.folded, start, end)
            or STANDING_DUTY.search(self.folded, start, end) or self.cases_below(node))

    def due_by_date(self, start: int, end: int) -> bool:
        """A firm day in ``text[start:end]`` that is the work's own deadline."""
        return any(m.role == "deadline" and m.type == "by_date" for m in find_temporal_mentions(
            self.read_text[start:end], self.issued, offset=start))

    def cases_below(self, node) -> bool:
        """Most items below a heading open with the case they are for ("- Đơn vị chậm đóng
        dưới 03 tháng: ...")."""
        items = self.following_items(self.lines[node.line])
        labelled = sum(bool(_after_case_label(_without_openers(self.folded[
            self.content_start(i):i.end]))) for i in items)
        return bool(items) and labelled * 2 > len(items)

    def hands_over(self, node) -> bool:
        """A heading that only names who acts ("6. Đề nghị Ủy ban MTTQ xã"), or leads into
        its items with ":": its items carry the work."""
        title_start = self.title_start(node)
        return (self.text[title_start:node.span[1]].rstrip().endswith(":")
                or ctx.is_label(self.text, title_start, node.span[1]))

    def lead_in(self, line: Line, section: str | None) -> bool:
        """A paragraph ending with ':' that hands what follows to someone: remember it."""
        if not line.text.rstrip().endswith(":"):
            return False
        listing = PAPERS_LABEL.match(self.folded, line.start, line.end) or (
            ATTENDANCE_LABEL.match(self.folded, line.start, line.end)) or (  # papers, people
            FINDINGS_AHEAD.search(self.folded, line.start, line.end)) or (  # what went wrong
            PETITION.match(self.text, line.start, line.end))  # "Cử tri ... kiến nghị Bộ X:"
        not_work = not listing and _not_work(self.folded[line.start:line.end])
        if listing or (not not_work and self.lists_contents(line)):
            # its items are contents, and the label is no task either
            self.content_lines.update(i.index for i in self.following_items(line))
            return True
        if not_work:
            return True  # "Sở X ban hành Kế hoạch ..., cụ thể như sau:": the plan follows
        actors = ctx.lead_in_actors(self.text, line.start, line.end)
        if not actors:
            return False
        if self.quotes_the_centre(actors):
            # "Tại Công văn này, Bộ ... đề nghị Ủy ban nhân dân các tỉnh, thành phố chỉ đạo
            # thực hiện một số nội dung sau:": what the centre asked, reported; the issuer's
            # own work follows
            self.content_lines.update(i.index for i in self.following_items(line))
            return True
        items = self.following_items(line)
        if not items and self.figures_follow(line) and (DIRECTIVE_CUE.search(
                self.folded, line.start, line.end) or DIRECTS.search(
                self.folded, line.start, line.end)):
            return False  # "... chỉ đạo các cơ quan thu hồi số tiền 11,05 tỷ đồng còn lại, nộp
            # vào ... trong thời hạn 30 ngày ..., cụ thể:" + a table of sums: the work handed
            # over is whole, the table its details (a body's own schedule, "Chủ tịch ... tiếp
            # công dân ... như sau:" + its days, stays a lead-in)
        if items and sum(self.looks_directive(i) for i in items) * 2 < len(items):
            # "... đề nghị các sở báo cáo ... theo các nội dung sau:" + "1. Công tác chỉ đạo
            # ...": the items are the contents of one task, the lead-in itself
            self.content_lines.update(i.index for i in items)
            return False
        self.lead_in_context[section] = actors
        if not items and None not in self.lead_in_context and self.heading_next(line):
            # "I. TÌNH HÌNH" ending "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở ... thực
            # hiện tốt các nhiệm vụ sau:" + "II. NHIỆM VỤ, GIẢI PHÁP": the sections that follow
            # hold its work, wherever no nearer body is named
            self.lead_in_context[None] = actors
        self.support_of[id(actors)] = ctx.context_support(self.text, line.start, line.end, actors)
        return True

    def heading_next(self, line: Line) -> bool:
        """The next line after ``line`` with text opens a section."""
        headings = {n.line for n in self.structure.sections}
        nxt = next((ln for ln in self.lines[line.index + 1:] if ln.text.strip()), None)
        return nxt is not None and nxt.index in headings

    def hands_on_below(self, line: Line) -> bool:
        """An unmarked paragraph that asks for what its items say ("..., Công ty kính đề
        nghị:"), whatever section it stands in."""
        return self.text[line.start:line.end].rstrip().endswith(":") and bool(
            DIRECTIVE_CUE.search(self.folded, line.start, line.end))

    def figures_follow(self, line: Line) -> bool:
        """A table right after the line, and no task table: what the line asks is detailed
        in figures or a list of places, not handed out row by row."""
        following = self.lines[line.index + 1:line.index + 2]
        return bool(following) and following[0].kind == "row" and (
            following[0].index not in self.task_table_lines)

    def quotes_the_centre(self, lead: list[ActorMention]) -> bool:
        """The bodies asked are the provinces or the ministries in a province's or a commune's
        text: a central body's demand on them, reported ("Bộ Nội vụ đề nghị Ủy ban nhân dân
        các tỉnh, thành phố chỉ đạo ..."), not work this text hands over."""
        return self.below_centre and bool(lead) and all(
            SUPERIORS_ASKED.match(fold(m.text)) for m in lead)

    def lists_contents(self, line: Line) -> bool:
        """A lead-in whose items say what something holds, not work (besides a file's papers,
        PAPERS_LABEL): a law's conditions quoted in an answer ("Nghị định số 54/2019/NĐ-CP ...
        quy định điều kiện kinh doanh ... như sau:"), what was given before ("EVNSPC và PC Lâm
        Đồng đã được giao đầu tư 05 công trình ..., gồm:")."""
        start, end = line.start, line.end
        return bool(PAST_LIST.search(self.folded, start, end) or FINDINGS_LABEL.match(
            self.folded, start, end) or (
            LAW_LISTS.search(self.folded, start, end) and not (
                HANDOVER_CUE.search(self.folded, start, end))))

    def following_items(self, line: Line) -> list[Line]:
        """The marked lines right after a lead-in, up to the next unmarked paragraph or the
        first item marked another way ("- Đơn ...;" / "- Bản sao ...;" / "2. Kinh phí ...")."""
        out = []
        headings = {n.line for n in self.structure.sections}
        markers = self.structure.markers
        for nxt in self.lines[line.index + 1:line.index + 12]:
            if nxt.index not in markers or (
                    self.structure.roles.get(nxt.index) not in ("body", "appendix")) or (
                    out and markers[nxt.index].kind != markers[out[0].index].kind):
                break
            if nxt.index in headings:
                break
            out.append(nxt)
        return out

    def among_topics(self, line: Line, section: str | None) -> bool:
        """An item under "a) Nội dung trọng tâm:" when every item only names a subject ("+
        Pháp luật về đất đai, hôn nhân và gia đình;"): what the work covers, not work."""
        node = self.by_id.get(section) if section else None
        if node is None or not TOPICS_HEADING.match(fold(node.title)):
            return False
        known = self._topics.get(node.id)
        if known is None:
            items = self.following_items(self.lines[node.line])
            known = self._topics[node.id] = frozenset(
                i.index for i in items) if len(items) >= 2 and all(
                map(self.names_a_kind, items)) else frozenset()
        return line.index in known

    def names_a_kind(self, line: Line) -> bool:
        """An item that only names a kind of thing ("+ Mỹ phẩm, thực phẩm chức năng;"): a
        capital, no label, no work."""
        start = self.content_start(line)
        return self.text[start:start + 1].isupper() and ":" not in self.text[start:line.end] and (
            not self.looks_directive(line))

    def asks_before_colon(self, node) -> bool:
        """A lead-in that ends with whom it addresses ("... tham mưu UBND phường:"): its items
        are what that body is given, not what the lead-in's work is about."""
        end = self.text.rindex(":", node.span[0], node.span[1])
        named = find_actors(self.text, self.title_start(node), end)
        return bool(named) and not self.text[named[-1].end:end].strip()

    def looks_directive(self, line: Line) -> bool:
        start = self.content_start(line)
        body = _without_openers(_without_topic(self.folded[start:line.end]))
        if _starts_with_verb(body) or HANDOVER_START.match(body) or _after_case_label(body):
            return True
        # (after its topic: "4. Về trật tự đô thị: Phòng Kinh tế ... chủ trì, ...")
        return self.opening_body(start, line.end, reach=120) is not None or (
            self.opening_body(line.end - len(body), line.end, reach=120) is not None)

    def content_start(self, line: Line) -> int:
        """Where a unit's own text begins: after its list marker and the spaces."""
        marker = self.structure.markers.get(line.index)
        return _skip_space(self.text, marker.end if marker else line.start)

    def opening_body(self, start: int, end: int, reach: int = 200) -> ActorMention | None:
        """The body a unit opens with ("Sở Y tế chuẩn bị ..."), if it opens with one."""
        mentions = find_actors(self.text, start, min(end, start + reach))
        return mentions[0] if mentions and mentions[0].start - start <= 3 else None

    def context_for(self, section: str | None) -> tuple[list[ActorMention], bool]:
        """(actors, from a heading) for a line in ``section``: nearest first."""
        sid = section
        while True:
            if sid in self.lead_in_context:
                return self.lead_in_context[sid], False
            if sid is not None and sid in self.heading_context:
                return self.heading_context[sid], sid in self.label_sections
            if sid is None:
                break
            sid = self.by_id[sid].parent
        return self.addressees, False

    # --- units -----------------------------------------------------------------------------
    def sentences(self, start: int, end: int) -> list[tuple[int, int]]:
        """The sentence spans of ``text[start:end]``, kept for the run: a unit's are asked for
        where its directive begins and again where it splits into tasks (read, never changed)."""
        spans = self._sentence_spans.get((start, end))
        if spans is None:
            spans = self._sentence_spans[start, end] = _sentences(self.text, start, end)
        return spans

    def unit_tasks(self, line: Line, section: str | None, ruled_out: bool = False
                   ) -> list[FoundTask]:
        """The tasks of one unit. ``ruled_out``: the structure already says it is no task (a
        heading, a Mục đích item); only a very confident model may overrule that."""
        marker = self.structure.markers.get(line.index)
        start = self.content_start(line)
        end = line.end
        context, from_heading = self.context_for(section)
        carried = self.carried_label(line, section, marker is not None, start)
        if carried:
            context, from_heading = carried, False
        ruled_out = ruled_out or line.index in self.content_lines or self.enacts(line, start)
        default = (marker is not None or from_heading) and section not in self.content_sections
        begin = None if ruled_out else self.directive_start(start, end, default, bool(context))
        decision = self.resolver.decide_unit(begin, start, lambda: _unit_view(
            self, line, section, start, end, default, bool(context), from_heading, ruled_out),
            stage="structure" if ruled_out else "unit")
        if decision.begin is None:
            return []
        tasks = []
        handed = bool(context) and context is not self.addressees  # a heading's or lead-in's
        overruled = decision.source == "model" and self.resolver.mode == "combined"
        spans = self.split(decision.begin, end, handed)
        for s, e in spans:
            if len(spans) > 1 and self.answers_only(s, e):
                continue  # "Chủ tịch UBND tỉnh đồng ý ... . Giao Sở X ...": the answer, then work
            task = self.build(s, e, section, context, from_heading)
            if task is None or (overruled and not task.lead):
                continue  # what the model adds over the rules must have an owner ("rõ người")
            task.source, task.confidence = decision.source, decision.confidence
            tasks.append(task)
        inline = INLINE_ATTRIBUTES.search(self.folded, decision.begin, end) if tasks else None
        if inline is not None:
            self.apply_inline_attributes(tasks, inline.end(), end)
        if decision.later is not None and tasks:
            self.unsettled.append((decision, tasks))  # scored with the others at the end
        return tasks

    def carried_label(self, line: Line, section: str | None, marked: bool,
                      start: int) -> list[ActorMention]:
        """"2. Công an tỉnh: khẩn trương chỉ đạo ..." + "Tăng cường tuần tra ...": a paragraph
        without a marker right after an item that opens with a body's label goes on with that
        body's work (and so does the next such paragraph). The bodies carried to ``line``, []
        when none. The item's label is read only when such a paragraph follows it."""
        last, carried = self._last_unit, []
        if not marked and last is not None and last[0] == line.index - 1 and last[1] == section:
            if isinstance(last[2], int):  # the item: its start; read its label now
                colon = self.text.find(": ", last[2], min(line.start, last[2] + LABEL_REACH))
                named, is_label = ctx.heading_actors(self.text, last[2], colon) if (
                    colon != -1) else ([], False)
                carried = named if is_label else []
            else:
                carried = last[2]
        self._last_unit = (line.index, section, start if marked else carried)
        return carried

    def answers_only(self, start: int, end: int) -> bool:
        """A span where a body approves, notes or refuses a proposal and hands nothing over
        ("Chủ tịch UBND tỉnh ghi nhận đề xuất của Sở Y tế.")."""
        body = self.opening_body(start, end)
        if body is None:
            return False
        rest = _without_openers(self.folded[body.end:end].lstrip(" :,"))
        return bool(APPROVAL.match(rest)) and not HANDOVER_CUE.search(rest)

    def in_enacted(self, section: str | None) -> bool:
        """Inside an article by which a decision approves or issues a text ("Điều 1. Phê
        duyệt Đề án ... với những nội dung chủ yếu sau:" + "3. Nhiệm vụ, giải pháp ..."):
        what it lists is the approved text's content."""
        if not self.decision:
            return False
        sid = section
        while sid is not None:
            node = self.by_id[sid]
            if node.marker.kind == "article":
                return bool(ENACTING.match(self.folded, self.title_start(node), node.span[1])
                            or self.describes_below(node))
            sid = node.parent
        return False

    def describes_below(self, node) -> bool:
        """A heading that hands work over and then lists what it is made of: an article of a
        decision ("Giao Sở X làm chủ đầu tư Dự án Y, với các nội dung chủ yếu sau:"), an item
        whose last sentence lists a file's papers ("c. Lập hồ sơ đề nghị chuyển nguồn, gửi Sở
        Tài chính trước ngày 15/01/2026. Hồ sơ chuyển nguồn gồm:")."""
        known = self._described.get(node.id)
        if known is None:
            known = self._described[node.id] = self._describes_below(node)
        return known

    def _describes_below(self, node) -> bool:
        if node.marker is None or not self.folded[node.span[0]:node.span[1]].rstrip().endswith(
                ":"):
            return False
        start = self.title_start(node)
        if node.marker.kind == "article" and self.decision and DESCRIBED_BELOW.search(
                self.folded, start, node.span[1]) is not None:
            return True
        if node.marker.kind in _ITEM_MARKERS and CONTENTS_BELOW.search(
                self.folded, start, node.span[1]) is not None and (_starts_with_verb(
                _without_openers(self.folded[start:node.span[1]])) or self.opening_body(
                start, node.span[1]) is not None):
            # "- Tổ chức các đoàn kiểm tra ..., tập trung vào các nội dung:" + "+ Việc triển
            # khai ...": the work, then what it covers (items that are work of their own
            # stay tasks)
            items = self.following_items(self.lines[node.line])
            return bool(items) and sum(self.looks_directive(i) for i in items) * 2 < len(items)
        if node.marker.kind in _ITEM_MARKERS and ABOUT_COLON.search(
                self.folded, start, node.span[1]) is not None and _starts_with_verb(
                _without_openers(self.folded[start:node.span[1]])):
            items = self.following_items(self.lines[node.line])
            if items and all(self.text[self.content_start(i):i.end][:1].islower()
                             for i in items):
                # "- Hướng dẫn chuyên môn, nghiệp vụ cho Sở X về:" + "+ thẩm định hồ sơ ...;"
                # + "+ kiểm tra ...": the sentence goes on in its items, what the guidance
                # covers
                self.content_lines.update(i.index for i in items)
                return True
        if node.marker.kind in _ITEM_MARKERS and _starts_with_verb(_without_openers(
                self.folded[start:node.span[1]])) and not self.asks_before_colon(node):
            items = self.following_items(self.lines[node.line])
            if len(items) >= 2 and all(map(self.names_a_kind, items)):
                # "- Báo cáo ngay với UBND xã những vụ việc có nguy cơ ...:" + "+ Tranh chấp
                # đất nương rẫy ...;" + "+ Vụ việc bạo lực gia đình ...": the work, then the
                # kinds of thing it is about
                return True
        last = max(self.folded.rfind(". ", start, node.span[1]),
                   self.folded.rfind("; ", start, node.span[1]))
        # its last sentence is the label over a file's papers ("Hồ sơ chuyển nguồn gồm:") or
        # over what the report it asks for covers ("Nội dung báo cáo gồm:")
        return last > start + 20 and (PAPERS_LABEL.match(
            self.folded, last + 2, node.span[1]) is not None or REPORT_CONTENTS.match(
            self.folded, last + 2, node.span[1]) is not None)

    def under_glued_heading(self, line: Line) -> bool:
        """"I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích - Đẩy mạnh ...": a copy that lost its line
        breaks runs a heading in capitals into its content; when the heading says its section
        assigns nothing, neither does the line."""
        start = self.content_start(line)
        caps = GLUED_CAPS.match(self.text, start, line.end)
        return caps is not None and caps.end() < line.end - 1 and bool(
            NON_TASK_HEADINGS.match(self.folded, start, caps.end()))

    def in_particulars(self, section: str | None) -> bool:
        """Under a heading that lists what its work is made of (see ``describes_below``): the
        heading's body owns the work, not each particular or paper."""
        sid = section
        while sid is not None:
            node = self.by_id[sid]
            if self.describes_below(node):
                return True
            sid = node.parent
        return False

    def names_own_body(self, line: Line) -> bool:
        """A unit that hands work over or opens with the body that does it."""
        start = self.content_start(line)
        return bool(HANDOVER_START.match(self.folded, start, line.end)) or (
            self.opening_body(start, line.end) is not None)

    def has_owner(self, line: Line, section: str | None) -> bool:
        """Whether a unit names who does it, or stands under a heading or lead-in that does."""
        return bool(self.context_for(section)[0]) or self.names_own_body(line)

    def body_acts(self, line: Line) -> bool:
        """The unit opens with a body that acts ("Sở Tài chính tham mưu UBND tỉnh bố trí kinh
        phí ...", "Sở Tài chính chủ trì, phối hợp với ...") or with a request to one ("Yêu
        cầu ...", "Đề nghị ..."): work handed over inside a section
        about money, where the rest says where the money comes from, or about what a
        supervision covers, where the rest names subjects."""
        start = self.content_start(line)
        if HANDOVER_START.match(self.folded, start, line.end):
            # "Yêu cầu Thủ trưởng các cơ quan, đơn vị triển khai thực hiện; báo cáo kết quả về
            # UBND đặc khu ... trước 16 giờ thứ Sáu hằng tuần": a request closing the text
            # after its money section, whose work may follow its first words
            return self.own_lead(start, line.end) is not None and self.directive_start(
                start, line.end, marked=False) is not None
        if self.opening_body(start, line.end) is None:
            # "Tuyên truyền trên báo chí: Đề nghị Báo và Phát thanh, Truyền hình ... mở ...":
            # the channel, then the body asked
            colon = self.folded.find(": ", start, min(line.end, start + 80))
            if colon == -1 or find_actors(self.text, start, colon):
                return False
            start = colon + 2
            if self.opening_body(start, line.end) is None and not HANDOVER_START.match(
                    self.folded, start, line.end):
                return False
        return self.own_lead(start, line.end) is not None and self.sentence_directive(
            *self.sentences(start, line.end)[0], first=True, marked=False)

    def dated_order(self, line: Line) -> bool:
        """A body told to act by a date: the unit opens with the body and its action and sets a
        firm deadline ("Các chi bộ trực thuộc tổ chức học tập ..., hoàn thành trước ngày
        30-4-2026"), not a meeting's particulars ("Hội nghị cấp xã: tổ chức trong tháng
        3/2026")."""
        start = self.content_start(line)
        body = self.opening_body(start, line.end)
        if body is None or ":" in self.text[body.end:body.end + 2]:
            return False
        first = self.sentences(start, line.end)[0]
        if not self.sentence_directive(*first, first=True, marked=False):
            return False
        deadline, _ = choose_deadline(find_temporal_mentions(
            self.read_text[start:line.end], self.issued, effective=self.effective))
        return deadline is not None and deadline.type in DATED_TYPES

    def directive_start(self, start: int, end: int, marked: bool, has_context: bool = False
                        ) -> int | None:
        """Where the directive of a unit begins, or None when it gives none. Background
        sentences before it ("Ngày 25/9/2025, UBND tỉnh đã ban hành ...") are left out; an
        approval ("Thống nhất chủ trương ...") or a topic ("Về X:") stays with it."""
        if STEP_TITLE.fullmatch(self.folded, start, end):
            return None  # "Bước 2. Kiểm điểm tại chi bộ": a step's title, its work below
        if PREAMBLE.match(self.folded, start, end) or PARTICULARS.match(
                self.folded, start, end) or PETITION.match(self.text, start, end) or (
                APPENDIX_POINTER.match(self.folded, start, end)) or ATTENDANCE.match(
                self.folded, start, end) or (REGARDING.match(self.folded, start, end) and (
                ":" not in self.folded[start:end])):
            # "Xét Tờ trình ...; Báo cáo thẩm tra số ...": the grounds, all of them; "Nội dung
            # phối hợp: cấp, thu hồi ...; kiểm tra ...": what a label lists, all of it; a
            # voter's petition with the request it ends on ("...; đề nghị xã sửa chữa.")
            return None
        sentences = self.sentences(start, end)
        attending = False  # inside "Dự họp có đồng chí A, ...; đồng chí B, ...; ..."
        for k, (s, e) in enumerate(sentences):
            if ATTENDANCE.match(self.folded, s, e) or (attending and self.text[
                    sentences[k - 1][0]:s].rstrip().endswith(";")):
                attending = True
                continue  # who came, person by person: no work
            attending = False
            if k and CITATION.match(self.folded, s, e) and self.text[
                    sentences[k - 1][0]:s].rstrip().endswith(";"):
                continue  # "Thực hiện Kế hoạch số ...; Công văn số 85/UBBC ... về việc giao Sở
                # Nội vụ hướng dẫn ...": the next document worked from, by its title
            verdict = self.sentence_directive(s, e, first=k == 0, marked=marked,
                                              has_context=has_context)
            if verdict:
                if k == 0:
                    return start
                leading = _without_topic(" ".join(self.folded[a:b] for a, b in sentences[:k]))
                if NAMED_TASK.match(leading):
                    return start  # "Nhiệm vụ X (thời hạn cũ: ...): chưa xong. Yêu cầu ..."
                after_semicolon = self.text[sentences[k - 1][0]:s].rstrip().endswith(";")
                if CAUSES.match(leading) and after_semicolon:
                    return None  # "Nguyên nhân chủ yếu là ...; lực lượng kiểm lâm mỏng, ..."
                if after_semicolon and STATUS_OPENING.match(leading) and not any(
                        HANDS_TO.match(self.folded, cue.end(), e)
                        for cue in DIRECTIVE_CUE.finditer(self.folded, s, e)):
                    continue  # "Đến hết tháng 11, thu ngân sách đạt ...; giải ngân vốn ... đạt
                    # 71,2%": the parts of one account of where things stand
                if after_semicolon and self.past_account_before(sentences, k) and (
                        not DIRECTIVE_CUE.search(self.folded, s, e)) and (
                        not ASKING.search(self.folded, s, e)):
                    continue  # "Năm 2025, ... đã vận động 62,7 tỷ đồng; hỗ trợ xây mới 1.204
                    # nhà ...": the next results of one account of what was done
                background = _background(leading) or PAST_CUE.search(leading) or (
                    _reads_as_finding(leading)) or PAST_WORD.search(leading[:80])
                return s if background and not APPROVAL.match(leading) else start
        return None

    def past_account_before(self, sentences: list[tuple[int, int]], k: int) -> bool:
        """Sentence k goes on an account of what was done or where things stand: one of the
        sentences joined to it by ";" before it opens one ("Năm 2025, ngành Y tế đã hoàn
        thành ...; tiếp nhận ...; triển khai bệnh án điện tử tại 12/14 bệnh viện"), however
        many results come between."""
        for j in range(k - 1, -1, -1):
            if not self.text[sentences[j][0]:sentences[j + 1][0]].rstrip().endswith(";"):
                return False
            if PAST_ACCOUNT.match(self.folded, *sentences[j]) or STATUS_OPENING.match(
                    self.folded, *sentences[j]) or self.past_period_opening(*sentences[j]):
                return True  # (or of where things stand: "Sáu tháng đầu năm 2026, ... ước
                # đạt 7,4%; ...; giải ngân vốn đầu tư công đạt 41,8% kế hoạch")
        return False

    def sentence_directive(self, start: int, end: int, first: bool, marked: bool,
                           has_context: bool = False) -> bool:
        """Marked items of a task section are directives unless they read as background,
        approval, a past event or a heading; other sentences need a directive cue, an
        imperative verb, or a body followed by its action."""
        apart = self.set_apart(start, end) if first else None
        if apart is not None:
            body = self.folded[apart:end]  # "Riêng UBND xã X hoàn thành ...": no topic
        else:
            body = _without_topic(self.folded[start:end]) if first else self.folded[start:end]
        body = _without_openers(body)
        if _not_work(body[:300]) and not DIRECTIVE_CUE.search(body):
            return False
        if ATTENDANCE.match(body):
            return False  # "... . Tham dự có lãnh đạo Sở X, Công an thành phố": who came
        if body.rstrip(" \"'”’.;)").endswith("?"):
            return False  # a question quoted: "Đề nghị Giám đốc Sở Y tế cho biết nguyên nhân
            # ...?" (a deputy's question in a chất vấn, answered in the text)
        if "cam kết" in body and self.promises(end - len(body), end):
            return False  # "Nhà thầu thi công (Công ty X) cam kết hoàn thành ...": its promise
        if first and NOTE.match(body):
            return False  # "Lưu ý: danh mục thuốc ... không bao gồm ...": a reminder of a rule
        if WHOSE_AUTHORITY.match(body):
            return False  # "Về kiến nghị ...: nội dung thuộc thẩm quyền của HĐND tỉnh": an answer
        if not first and PERMITTED.match(body):
            return False  # "...; được yêu cầu các cơ quan cung cấp thông tin": a group's powers
        if TARGET_FIGURE.match(body):
            return False  # "Đến ngày 30/6/2026, 100% bệnh viện công lập triển khai ...": a target
        if AS_THE_LAW_SAYS.match(body) and not REQUESTS.search(body):
            return False  # "Theo quy định tại Điều 28 Luật ..., người sử dụng lao động có trách
            # nhiệm ...": the law restated; "..., đề nghị các đơn vị ..." would hand work over
        if self.acts_after_clause(body, end) or self.acts_after_long_topic(start, end):
            return True
        if first and self.narrowed_body_acts(body, end):
            return True
        if self.polite_request(body, end):
            return True
        if marked and first and (grounds := GROUNDS_FOR.match(body)) and _starts_with_verb(
                body[grounds.end():]):
            return True  # "Căn cứ giá ... do Sở Xây dựng công bố để lập, thẩm định dự toán"
        if marked and first and (grounds := GROUNDS_THEN.match(body)) and _starts_with_verb(
                body[grounds.end():]):
            return True  # "c) Căn cứ diễn biến cụ thể của bão, quyết định việc sơ tán ..."
        if marked and first and (step := AFTER_THEN.match(body)) and _starts_with_verb(
                body[step.end():]):
            return True
        if _background(body) or _figure_line(body) or _is_caps_heading(
                self.text[start:end]) or (
                _closing_formula(body)) or PETITION.match(
                self.text, end - len(body), end) or BENEFIT.match(body):
            return False
        if STATUS_FIGURE.search(body[:300]) and not DIRECTIVE_CUE.search(body):
            return False  # "...; giải ngân kinh phí ... mới đạt 41% dự toán": where it stands
        if not first and not marked and STANDS.search(body[:300]) and not DIRECTIVE_CUE.search(
                body):
            return False
        if marked and first and FOCAL_ROLE.match(body):
            return True  # "c) Là cơ quan đầu mối tiếp nhận phản ánh ...": the duty of the body
            # the heading names
        if DRAFT_STATUS.match(body) and not DIRECTIVE_CUE.search(body):
            return False  # "Dự thảo Báo cáo chính trị đã được lấy ý kiến ...": the draft, a noun
        if first and FINDING_LABEL.match(body):
            return False  # "2. Hạn chế, vi phạm: Việc tiếp công dân định kỳ ... còn vi phạm ..."
        if _starts_with_verb(body):
            return True  # "Thành lập Ban Chỉ đạo ... do Chủ tịch UBND làm Trưởng ban": work
        if marked and first and (no := PROHIBITION.match(body)) and (
                _starts_with_verb(body[no.end():]) or BANNED_ACT.match(body, no.end())):
            return True  # "+ Không tích nước vượt mực nước thiết kế ...": a ban is work too
        if marked and first and (cut := _after_case_label(body)) and not find_actors(
                self.text, end - len(body), end - len(body) + cut):
            return True  # "- Đơn vị chậm đóng dưới 03 tháng: gửi thông báo ...": a case's work
        if COMPOSITION.match(body):
            return self.seat_duties(body, end)  # who sits on the board, or that seat's duties
        if PAST_CUE.search(body[:200]) or (APPROVAL.match(body) and not any(
                not PAST_RIGHT_BEFORE.search(body, 0, m.start()) and not (
                    WHOSE_REQUEST.match(body, m.end()))
                for m in DIRECTIVE_CUE.finditer(body))):
            return False  # (an approval's "... ngân sách đã giao cho Sở Y tế" hands nothing)
        if INCIDENT_ACCOUNT.match(body):
            return False
        if HANDOVER_START.match(body) or _asks_to_act(body) or self.recommends(body, end):
            return True
        offset = end - len(body)
        if self.cue_before_actor(body, offset, end) or self.leads_by_cue(offset, end):
            return True
        mentions = find_actors(self.text, offset, min(end, offset + 200))
        if mentions and mentions[0].start - offset <= 3:
            named_end = _list_end(self.text, mentions)
            aside = PARENTHESIS.match(self.text, named_end, end)  # "UBND xã X (và ...) đã ..."
            after = self.folded[aside.end() if aside else named_end:end].lstrip(" :")
            rest = _past_grounds(_without_openers(after))
            if (WHICHEVER.match(rest) and ANSWERABLE.search(rest)) or BLAMED.search(
                    rest.partition(";")[0]):
                return False  # (or who is to blame for what went wrong: "X nhiệm kỳ 2020 -
                # 2025 chịu trách nhiệm chính đối với những vi phạm, khuyết điểm nêu trên")
            if reach := REACH_AFTER_NAME.match(rest):
                rest = rest[reach.end():]
            if (made := MADE_BY.match(rest)) and _starts_with_verb(rest[made.end():]):
                rest = rest[made.end():]  # "Các cụm, khối thi đua" + "do UBND Thành phố thành
                # lập " + "tổ chức hội nghị ...": which of them, then their work
            if (listed := NAMES_A_LIST.match(rest)) and not _starts_with_verb(
                    rest[listed.end():]):
                return False
            if mentions[0].kind == "person" and CONTACT_ROLE.search(rest) and PHONE.search(
                    self.folded, offset, end):
                return False  # "Đồng chí X, Trưởng phòng ... (điện thoại: 0239...) là đầu mối
                # theo dõi, tổng hợp": whom to call
            if rest.startswith(ACTED) and _work_after_colon(rest, clause=True) is not None:
                return True  # "Các cơ quan, đơn vị đang quản lý trụ sở dôi dư: bàn giao ...":
                # which bodies, then their work
            if APPROVAL.match(rest) or OBSERVES.match(rest) or _background(rest) or (
                    MEMBERSHIP.search(after)) or (
                    rest.startswith((*ACTED, "có bài", "do "))) or HAS_COUNT.match(rest) or (
                    ACTED_AFTER_NAME.match(rest) and (
                        not _starts_with_verb(rest) or NOUN_THEN_PAST.match(rest)) and not (
                        rest.startswith("có ") and MAIN_CLAUSE_CUE.search(rest))) or (
                    STANDING.match(rest)) or (
                    mentions[0].kind == "locality" and DESCRIBES.match(rest)):
                return False
            proposal = PROPOSES.match(rest)
            if proposal is not None:
                # "Nhà đầu tư đề nghị điều chỉnh tiến độ ...": what the body asks for itself;
                # "UBND xã đề nghị Sở X hỗ trợ ..." hands work to the body it names
                at = end - len(rest) + proposal.end()
                named = find_actors(self.text, at, min(end, at + 120))
                return bool(named) and named[0].start - at <= 1
            # a body and then its action ("Sở Y tế chuẩn bị ..."), not a bare name in a list
            return len(LETTER_RUN.findall(rest)) >= 3
        long_enough = len(body.split()) >= 8 or has_context
        return marked and first and long_enough and not _reads_as_finding(body) and (
            not PASSIVE_NORM.match(body)) and not CONSISTS_OF.match(body) and not (
            CITIZEN_CASE.match(body))

    def seat_duties(self, body: str, end: int) -> bool:
        """"Thành viên là lãnh đạo Sở Tài chính: tham mưu bố trí đủ vốn ...": a seat on the
        board named by who holds it, then a colon and its duties, which are work (not "Thành
        viên gồm: ...", who sits there)."""
        colon = _work_after_colon(body)
        return colon is not None and bool(find_actors(self.text, end - len(body),
                                                      end - len(body) + colon))

    def recommends(self, body: str, end: int) -> bool:
        """"Kiến nghị Chủ tịch UBND tỉnh chỉ đạo ...": an inspection's or a council's
        recommendation to the body named right after it, which then acts (not "kiến nghị của
        cử tri", a petition)."""
        cue = RECOMMENDS.match(body)
        return cue is not None and self.opening_body(end - len(body) + cue.end(), end,
                                                     reach=120) is not None

    def set_apart(self, start: int, end: int) -> int | None:
        """"Riêng Ủy ban nhân dân xã Vĩnh Bảo hoàn thành ..., trong 07 ngày ...": "riêng" sets
        a body apart from those before, and the body acts; not the topic "Riêng X, ..." that
        a comma closes. Where the body begins, or None."""
        opening = SET_APART.match(self.folded, start, end)
        if opening is None:
            return None
        at = opening.end()
        named = find_actors(self.text, at, min(end, at + 200))
        if not named or named[0].start != at:
            return None
        after = _list_end(self.text, named)
        rest = _without_openers(self.folded[after:end].lstrip())
        if _starts_with_verb(rest):
            return at
        return at if self.past_qualifier(after, end) is not None else None

    def past_qualifier(self, start: int, end: int) -> int | None:
        """"Riêng UBND các xã" + " có vùng tham gia Đề án (Tân Thạnh, Hậu Thạnh) khẩn trương
        hoàn thành ...": the clause that says which of the bodies is meant, then their
        action. Where the action begins, or None when no qualifier opens at ``start`` or no
        action follows it within the clause."""
        if not ctx.QUALIFIER.match(self.folded, start, end):
            return None
        at = _action_after(self.folded, start, end, min(end, start + QUALIFIER_CHARS),
                           (";", ".", ":"))
        before = self.folded[start:at].split()[-1:] if at is not None else []
        return None if before and before[0] + " " in ACTED else at

    def polite_request(self, body: str, end: int) -> bool:
        """"Kính đề nghị Bộ Xây dựng quan tâm hỗ trợ tỉnh thiết kế mẫu nhà ở ...": a request
        to a named body for work of its own, not the closing formula ("Kính đề nghị quý cơ
        quan xem xét, chỉ đạo")."""
        cue = POLITE_REQUEST.match(body)
        if cue is None:
            return False
        at = end - len(body) + cue.end()
        named = find_actors(self.text, at, min(end, at + 120))
        if not named or named[0].start != at or named[0].kind == "collective":
            return False
        rest = _without_openers(self.folded[_list_end(self.text, named):end].lstrip(" ,"))
        rest = CONSIDERATELY.sub("", rest, count=1)
        return _starts_with_verb(rest) and not CLOSING_ASKS.match(rest)

    def acts_after_clause(self, body: str, end: int) -> bool:
        """"Trong tháng 12/2025, Chủ tịch UBND các xã tổ chức rà soát ...", "Căn cứ kết quả rà
        soát, Sở X chủ trì ...", "Để ngăn chặn từ gốc, Văn phòng ... chỉ đạo ...": a short
        clause of time, grounds or purpose, then a body and its action. Not when the body has
        acted ("đã"), a lead-in announces a list (":", "như sau"), or the clause's time lies
        before the document (a finding: "Năm 2024, các xã tổ chức ...")."""
        clause = LEADING_CLAUSE.match(body)
        if clause is None or body.rstrip().endswith(":") or "như sau" in body or (
                RETROSPECT.match(body)):
            return False
        if WHEN_IT_HAPPENS.match(body) and not _starts_with_verb(body[clause.end():]):
            # "Khi có người bị chó, mèo nghi dại cắn ..., phối hợp với ...": the condition's
            # own words may hold commas; the action follows a later one
            for comma in CLAUSE_COMMA.finditer(body, clause.end(), min(len(body), 160)):
                if _starts_with_verb(body[comma.end():]) and not body.startswith(
                        ACTED, comma.end()):
                    return True
        at = end - len(body) + clause.end()
        opening = self.text[end - len(body):at]
        mentions = find_actors(self.text, at, min(end, at + 200))
        if not mentions or mentions[0].start - at > 1:
            # "Từ ngày 01/4/2026, phối hợp với ...": a time, then the action of the body a
            # heading names; only a time says so (a clause of grounds or manner may open a
            # finding: "Về cơ bản, hoàn thành ...")
            return _starts_with_verb(body[clause.end():]) and (self.time_to_come(
                opening, whole=True) or bool(WHEN_IT_HAPPENS.match(body)))
        rest = _without_openers(self.folded[_list_end(self.text, mentions):end].lstrip(" :"))
        if not (_starts_with_verb(rest) or MAIN_CLAUSE_CUE.match(rest)) or rest.startswith(
                ACTED) or APPROVAL.match(rest) or STANDING.match(rest):
            return False
        return self.time_to_come(opening)

    def narrowed_body_acts(self, body: str, end: int) -> bool:
        """"Các doanh nghiệp" + "đang chậm đóng bảo hiểm xã hội từ 03 tháng trở lên" + "phải
        xây dựng lộ trình ...", "Cơ sở" + "đã lắp đặt hệ thống quan trắc" + "có trách nhiệm
        duy trì ...": a kind of body narrowed by a clause of what it has or is doing, then
        what it must do."""
        at = end - len(body)
        named = find_actors(self.text, at, min(end, at + 120))
        if not named or named[0].start - at > 1 or named[0].kind not in ("collective", "agency"):
            return False
        clause = NARROWING.match(self.folded, named[0].end, end)
        if clause is None:
            return False
        stop = min((i for i in (self.folded.find(sign, clause.end(), end) for sign in ";.")
                    if i != -1), default=end)
        return MUST_DO.search(self.folded, clause.end(), min(stop, clause.end() + 160)) is not None

    def acts_after_long_topic(self, start: int, end: int) -> bool:
        """"Đối với các thôn, bản vùng sâu, vùng xa chưa thể tổ chức thu gom, UBND các xã
        hướng dẫn ...": a topic whose own words hold commas, then a body and its action (the
        topic clause of ``_without_topic`` ends at the first comma)."""
        topic = TOPIC_BODY.match(self.folded, start, end)
        if topic is None or self.folded[start:end].rstrip().endswith(":") or (
                "như sau" in self.folded[start:end]):
            return False  # "Đối với X, Y, Bộ Công an yêu cầu:": a lead-in, its items follow
        for comma in TOPIC_COMMA.finditer(self.folded, topic.end(), min(end, start + 200)):
            at = comma.end()
            named = find_actors(self.text, at, min(end, at + 200))
            if named and named[0].start == at:
                rest = _without_openers(self.folded[_list_end(self.text, named):end].lstrip())
                return _starts_with_verb(rest) and not rest.startswith(ACTED)
        return False

    def promises(self, start: int, end: int) -> bool:
        """The unit opens with a party and its own undertaking (see PROMISE)."""
        named = self.opening_body(start, end, reach=120)
        return named is not None and bool(PROMISE.match(self.folded, named.end, end))

    def past_period_opening(self, start: int, end: int) -> bool:
        """"Từ ngày 15/01/2026 đến ngày 09/02/2026, trên địa bàn tỉnh xảy ra 38 vụ ...": a
        sentence that opens with a period over before the document, then says what happened
        in it."""
        opening = PERIOD_OPENING.match(self.folded, start, end)
        if opening is None or self.issued is None:
            return False
        times = find_temporal_mentions(self.read_text[start:opening.end()], self.issued)
        return bool(times) and all((m.date or m.start_date) is not None and (
            m.date or m.start_date) < self.issued for m in times)

    def time_to_come(self, opening: str, whole: bool = False) -> bool:
        """Whether no time in ``opening`` lies before the document ("Năm 2024, các xã tổ
        chức ..." is a finding); ``whole``: and the opening is one time, all of it ("Từ ngày
        01/4/2026, "), not a clause that mentions one ("Nhà đầu tư đề nghị ... đến quý
        IV/2027, ")."""
        times = find_temporal_mentions(opening, self.issued)
        if whole and not (len(times) == 1 and not opening[:times[0].start].strip() and (
                not opening[times[0].end:].strip(" ,"))):
            return False
        past = [m for m in times if (m.date or m.start_date) is not None and self.issued
                and (m.date or m.start_date) < self.issued]
        return not past and not any(m.role == "past" for m in times)

    def leads_by_cue(self, start: int, end: int) -> bool:
        """"..., theo chức năng nhiệm vụ, Bộ X tiếp tục chủ trì tổ chức thực hiện": a body
        followed by "chủ trì" / "có trách nhiệm" anywhere in the sentence."""
        mentions = find_actors(self.text, start, end)
        if not mentions:
            return False
        roles = assign_roles(self.text, start, end, mentions)
        if not roles.lead or roles.lead_cue not in ("chủ trì", "có trách nhiệm"):
            return False
        # "Hội nghị ... do Ban Thường vụ Thành ủy chủ trì, được tổ chức ...": who chairs an
        # event described, not work handed over
        return not self.folded[max(start, roles.lead[0].start - 4):roles.lead[0].start].endswith(
            "do ")

    def cue_before_actor(self, body: str, offset: int, end: int) -> bool:
        """"... X đề nghị các sở ... báo cáo", ", giao Sở Y tế ...": a cue handing work to a
        named body, anywhere in the sentence (not "đã giao": that is the past)."""
        for cue in HANDOVER_CUE.finditer(body[:260]):
            if body[max(0, cue.start() - 5):cue.start()].strip() in ("đã", "việc") or body[
                    max(0, cue.start() - 11):cue.start()].strip() == "thống nhất":
                continue  # the past; "Chi bộ thống nhất đề nghị Đảng ủy xã ...": a proposal;
                # "đồng ý về nguyên tắc việc giao UBND phường X làm chủ đầu tư": an approval
            if PAST_WORD.search(body, body.rfind(";", 0, cue.start()) + 1, cue.start()):
                continue  # "Sở Y tế đã có Tờ trình số ... đề nghị UBND tỉnh trình ...": what
                # a body has asked, told as done
            at = offset + cue.end()
            found = find_actors(self.text, at, min(end, at + 120))
            if found and found[0].start == at:
                # "nhiệm vụ ... giao Công an tỉnh đang được thực hiện tốt": the task given to
                # the body, and how it stands
                after = self.folded[_list_end(self.text, found):end].lstrip(" ,")
                return not after.startswith((*ACTED, "đang được", "đã được"))
        return False

    def split(self, start: int, end: int, handed: bool = False) -> list[tuple[int, int]]:
        """One span per directive: a sentence that hands work to a different body starts a
        new task; sentences without their own lead stay with the task before them. ``handed``:
        a heading or lead-in gives the unit its lead, so a first sentence without one of its
        own is that body's, and a later sentence naming another body is a task of its own
        ("6. Đề nghị Ủy ban MTTQ xã ..." / "Vận động hội viên ...; Đoàn Thanh niên xã thành
        lập ...")."""
        pieces = self.sentences(start, end)
        if len(pieces) < 2:
            return pieces  # a sentence's own lead only decides whether the next one splits off
        spans: list[list[int]] = []
        current_lead: str | None = None
        for s, e in pieces:
            lead = self.own_lead(s, e, acting=bool(spans) and current_lead == HANDED)
            if lead is None and not spans and not handed:
                # "Đối với kiến nghị của Công ty X ...: khẩn trương bổ sung hồ sơ. Sở Xây dựng
                # giải quyết ...": the proposer's work, then another body's
                proposer = self.proposer(s, e, find_actors(self.text, s, min(e, s + 200)))
                lead = fold(proposer.text) if proposer is not None else None
            if lead is not None and spans and not self.sentence_directive(s, e, False, False):
                lead = None  # "X biểu dương ...": a body named, but no work handed over
            if spans and (lead is None or current_lead is None or lead == current_lead
                          or _action(self.text, self.folded, spans[-1][0], spans[-1][1],
                                     RoleAssignment()) is None):
                spans[-1][1] = e
                current_lead = current_lead or lead
                continue
            spans.append([s, e])
            current_lead = lead if lead is not None or len(spans) > 1 or not handed else HANDED
            if current_lead is None and self.answers_for_work(s, e):
                current_lead = ANSWERING
        return [(s, e) for s, e in spans]

    def answers_for_work(self, s: int, e: int) -> bool:
        """The sentence says who answers for the work ("Thủ trưởng các sở ... chịu trách nhiệm
        trước Chủ tịch UBND thành phố về kết quả ..."): a body named after it, with its own
        work, is a task of its own ("Văn phòng UBND thành phố theo dõi, đôn đốc ...")."""
        mentions = find_actors(self.text, s, min(e, s + 200))
        if not mentions or mentions[0].start - s > 3:
            return False
        after = self.folded[_list_end(self.text, mentions):e].lstrip(" ,")
        return bool(ANSWERABLE.match(after))

    def enacts(self, line: Line, start: int) -> bool:
        """"Điều 1. Phê duyệt Phương án ..." in a decision: the article is the decision's own
        act (it approves, issues, sets up, appoints), which assigns nothing by itself."""
        marker = self.structure.markers.get(line.index)
        return self.decision and marker is not None and marker.kind == "article" and bool(
            ENACTING.match(self.folded, start, line.end))

    def with_issuer(self, mentions: list[ActorMention], s: int, e: int) -> list[ActorMention]:
        """The mentions plus the issuer named by its bare head ("gửi về Sở (qua Phòng Giáo
        dục trung học)" in a Sở's letter, "báo cáo Bộ" in a ministry's): in its own document
        a body calls itself by its kind alone."""
        if self.own_name is None:
            return mentions
        out = list(mentions)
        for found in self.own_name.finditer(self.text, s, e):
            if any(m.start <= found.start() < m.end for m in out):
                continue
            title = next((k for k, m in enumerate(out) if m.kind == "person" and m.end <= (
                found.start()) and not self.text[m.end:found.start()].strip()), None)
            if title is not None:  # "Giám đốc" + "Sở": the issuer's head of office
                m = out[title]
                out[title] = ActorMention(m.start, found.end(), self.text[m.start:found.end()],
                                          None, "person")
            else:
                out.append(ActorMention(found.start(), found.end(), found.group(), self.issuer,
                                        "agency"))
        return sorted(out, key=lambda m: m.start)

    def own_lead(self, s: int, e: int, acting: bool = False) -> str | None:
        """The folded name of the body a sentence hands its work to, or None. ``acting``:
        only a body that is the sentence's subject and acts ("Đoàn Thanh niên xã thành lập
        ..."), not one asked by the body the unit belongs to ("...; yêu cầu chủ đầu tư ...")
        nor one held answerable ("Chủ tịch UBND xã chịu trách nhiệm trước ... nếu ...")."""
        mentions = find_actors(self.text, s, min(e, s + 200))
        if not mentions:
            return None
        roles = assign_roles(self.text, s, e, mentions)
        if not roles.lead:
            return None
        first = roles.lead[0]
        opening = self.folded[s:first.start]
        after = self.folded[_list_end(self.text, roles.lead):e].lstrip(" ,")
        if roles.lead_cue == "subject" and ANSWERABLE.search(after[:60]):
            return None  # "Thủ trưởng cơ quan ... chịu trách nhiệm trước pháp luật nếu ...": who
            # answers for the work before it, not new work
        if acting:
            return fold(first.text) if roles.lead_cue == "subject" and not ANSWERABLE.search(
                after[:40]) and not _places(first) else None
        cue = LEAD_CUES.search(opening)
        if cue is not None and cue.start() > 0 and _starts_with_verb(opening[:cue.start()]):
            return None  # "...; rà soát, yêu cầu các cơ sở ... hoàn thành ...": the unit's own
            # body acts, and what it asks of others is part of its work
        if roles.lead_cue == "subject" or cue is not None or len(opening) < 25:
            return fold(first.text)
        if mentions[0] is not first and mentions[0].start - s < 25 and self.folded[
                mentions[0].end:first.start].strip() == ":":
            return fold(first.text)  # "Tiểu ban An ninh - Y tế: Công an tỉnh chủ trì ...": a
            # label, then the body that leads, however long the label's name
        return None

    def build(self, s: int, e: int, section, context, from_heading) -> FoundTask | None:
        mentions = self.with_issuer(find_actors(self.text, s, e), s, e)
        roles = assign_roles(self.text, s, e, mentions)
        topic = TOPIC_BODY.match(self.folded, s, e)
        if not roles.lead and topic and mentions and mentions[0].start == topic.end() and (
                self.topic_asked(topic.end(), e) or self.acts_after_topic(mentions, e)):
            # "Đối với Ủy ban nhân dân các xã: Tam Nông, ... đề nghị rà soát ...": the topic's
            # body is the one asked
            roles.lead, roles.lead_cue = ctx.leading_group(self.text, mentions), "topic"
        recommended = RECOMMENDS.match(self.folded, s, e)
        if recommended is not None and mentions and mentions[0].start - recommended.end() <= 1:
            # "Kiến nghị Chủ tịch UBND tỉnh chỉ đạo ... giao Sở X ...": the body recommended
            # to act leads, whatever it is asked to hand on
            roles.lead, roles.lead_cue = ctx.leading_group(self.text, mentions), "kiến nghị"
        if self.seat_duties(self.folded[s:e], e) and COMPOSITION.match(self.folded, s, e):
            # "Thành viên là lãnh đạo Sở Tài chính: tham mưu ...": the seat, as its label
            # names it, does the work
            colon = self.text.find(": ", s, e)
            roles.lead = [ActorMention(s, colon, self.text[s:colon], None, "person")]
            roles.lead_cue = "label"
        if not roles.lead:
            label = self.bare_label(s, e)
            if label:
                roles.lead, roles.lead_cue = label, "label"
        opened = self.opener_end(s, e)
        if not roles.lead and opened > s:
            # "Chậm nhất 05 ngày làm việc kể từ ..., người đứng đầu cơ quan, đơn vị thông báo
            # ...": the subject comes after the opening phrase
            after = assign_roles(self.text, opened, e, [m for m in mentions if m.start >= opened])
            if after.lead_cue == "subject":
                roles.lead, roles.lead_cue = after.lead, after.lead_cue
        task = FoundTask(s, e, section)
        lead = roles.lead
        if lead and from_heading and context and (roles.lead_cue == "yêu cầu" or (
                roles.lead_cue == "đề nghị" and not ASKS_FIRST.match(self.folded, s, e))):
            # "1. Sở Công Thương: - Yêu cầu các chủ hồ ...", "- Rà soát ...; kịp thời đề nghị
            # UBND tỉnh hỗ trợ": the Sở asks them; but an item that opens with "Đề nghị Đảng
            # ủy xã Krông Búk ban hành ..." is the issuer's request to the body it names
            lead = []
        if lead and roles.lead_cue in ("yêu cầu", "đề nghị") and mentions and (
                mentions[0].start - s <= 3) and mentions[0] not in lead:
            asker = ctx.leading_group(self.text, mentions)
            colon = _list_end(self.text, asker)
            if self.text[colon:colon + 2] == ": " and LEAD_CUES.match(
                    self.folded[colon + 2:lead[0].start].rstrip() + " "):
                # "Ban Quản lý các khu công nghiệp: yêu cầu các doanh nghiệp ...": the body
                # the item is labelled with asks, and the asking is its work
                lead, roles.lead_cue = asker, "label"
        if lead and context and roles.lead_cue in ("yêu cầu", "đề nghị") and self.asks_in_own_work(
                s, lead[0].start):
            # "2. Đối với các Ban Quản lý dự án:" + "- Rà soát các gói thầu ...; yêu cầu nhà thầu
            # bổ sung nhân lực ...": the unit's own body works, and asks as part of its work
            lead = []
        if lead and context and (DIRECTING.match(self.folded, s, e) or (
                LEADING.match(self.folded, s, e) and _party(context))):
            # "2. Đảng ủy UBND tỉnh: - Chỉ đạo Sở Nội vụ chủ trì ...": who directs; under a
            # party committee "Lãnh đạo UBND xã hoàn thiện ..." is its leading the UBND
            lead = []
        if lead and context and id(context) in self.directing and roles.lead_cue == "subject" and (
                fold(lead[0].text) != fold(context[0].text)):
            # "2. Đảng ủy UBND tỉnh lãnh đạo, chỉ đạo:" + "- Ủy ban nhân dân tỉnh ban hành kế
            # hoạch ...": the body the heading directs acts, the heading's body leads
            lead = []
        directing = self.director(s, e, mentions)
        if directing and lead and lead[0] is not directing[0]:
            lead = directing  # "Đảng ủy UBND tỉnh chỉ đạo Sở Công Thương chủ trì ..."
        if self.quotes_the_centre(lead):
            return None
        proposer = None if lead or context else self.proposer(s, e, mentions)
        if lead:
            task.lead = [self.actor(m) for m in lead]
        elif context:
            task.lead = [self.actor(m, implicit=True) for m in context]
            task.lead_implicit = True
        elif proposer is not None:
            task.lead = [self.actor(proposer, implicit=True)]
            task.lead_implicit = True
        task.support = [self.actor(m) for m in roles.support if m not in lead]
        task.support.extend(self.actor(m) for m in generic_partners(self.text, self.folded, s, e,
                                                                     mentions))
        if task.lead_implicit and not task.support:  # "Giao X chủ trì, phối hợp với Y:"
            task.support = [self.actor(m) for m in self.support_of.get(id(context), [])]
        task.report_to = [self.actor(m) for m in roles.report_to]
        if not task.report_to and roles.requester is not None and (
                roles.requester not in lead) and REPORTS.search(self.folded, s, e):
            # "Bộ X đề nghị các sở báo cáo ...": the report goes to whoever asked for it
            task.report_to = [self.actor(roles.requester)]
        if not task.report_to and section in self.reports_of and REPORT_ITEM.match(
                self.folded, s, e):
            # "+ Báo cáo nhanh ... ngay sau mỗi trận mưa lớn;": one of the reports its heading
            # sends to a receiver it names
            task.report_to = [self.actor(m) for m in self.reports_of[section]]
        self.add_deadline(task, self.after_approval(s, lead), e)
        task.action = _action(self.text, self.folded, s, e, roles)
        return task

    def asks_in_own_work(self, s: int, named: int) -> bool:
        """The unit opens with its own action and asks the body named at ``named`` in a later
        clause ("Rà soát ...; yêu cầu nhà thầu ..."): see ``own_lead``."""
        opening = self.folded[s:named]
        cue = LEAD_CUES.search(opening)
        return cue is not None and cue.start() > 0 and opening[:cue.start()].rstrip()[-1:] in (
            ";", ",") and _starts_with_verb(_without_openers(opening[:cue.start()]))

    def topic_asked(self, start: int, end: int) -> bool:
        """After a topic's body, a cue that asks it to act ("Đối với UBND các xã: Tam Nông,
        ... đề nghị rà soát ..."), not one handing the work to someone else ("Đối với các cơ
        sở nhà, đất chưa có phương án xử lý: giao đơn vị đang quản lý thực hiện bảo quản")."""
        cue = ASKING.search(self.folded, start, end)
        if cue is None:
            return False
        colon = self.folded.find(":", start, cue.start())
        if cue.group() in HANDING_CUES and colon != -1 and not self.folded[
                colon + 1:cue.start()].strip():  # the clause after the topic opens with it
            return _starts_with_verb(_without_openers(self.folded[cue.end():end].lstrip()))
        return True

    def bare_label(self, s: int, e: int) -> list[ActorMention]:
        """"Doanh nghiệp, hợp tác xã quản lý chợ: rà soát ...": kinds of body named without
        "các", perhaps with their trade, then a colon and their work. The label names who acts;
        the actor finder leaves bare kinds alone in running text, where they are as often
        what the work is about."""
        colon = self.text.find(": ", s, min(e, s + LABEL_REACH))
        if colon == -1 or find_actors(self.text, s, colon) or not _starts_with_verb(
                _without_openers(self.folded[colon + 2:e])):
            return []
        group = bare_group(self.text, s, colon, trade_words=LABEL_TRADE_WORDS)
        return [group] if group is not None else []

    def proposer(self, s: int, e: int, mentions: list[ActorMention]) -> ActorMention | None:
        """"Đối với kiến nghị của UBND xã Hòa Thắng về khoan giếng: chủ động rà soát ...":
        with no one named to act and no heading to say who, the body whose proposal the topic
        answers is told to act on it itself."""
        topic = PROPOSAL_TOPIC.match(self.folded, s, e)
        if topic is None or not mentions or mentions[0].start != topic.end():
            return None
        colon = TOPIC.match(self.folded, s, e)
        if colon is None or not _starts_with_verb(_without_openers(self.folded[colon.end():e])):
            return None
        return mentions[0]

    def acts_after_topic(self, mentions: list[ActorMention], e: int) -> bool:
        """"Đối với UBND các xã, phường: tổ chức tiếp công dân ...": the body the topic names,
        a colon, then its work. A short clause may say which of them ("Đối với UBND các xã,
        phường có dự án đi qua: tập trung ...")."""
        end = _list_end(self.text, mentions)
        rest = self.folded[end:e].lstrip()
        colon = rest.find(":", 0, TOPIC_QUALIFIER_CHARS + TOPIC_ASIDE_CHARS)
        qualifier = PARENTHESES.sub("", rest[:colon]) if colon > 0 else ""
        if len(qualifier) > TOPIC_QUALIFIER_CHARS or any(c in qualifier for c in ";.()"):
            return False
        if qualifier and PLACES_OR_THINGS.match(fold(mentions[0].text)):
            return False  # "Đối với các cơ sở nhà, đất dôi dư:", "các xã có dịch": which
            # things or places the work is about, not a body named to do it ("Đối với các
            # đảng ủy xã, phường thành lập sau sắp xếp:" names bodies)
        return colon != -1 and _starts_with_verb(_without_openers(rest[colon + 1:].lstrip()))

    def director(self, s: int, e: int, mentions: list[ActorMention]) -> list[ActorMention]:
        """The bodies that open the unit and direct another ("X chỉ đạo Y ..."): in "X chỉ
        đạo Y làm Z" the lead is X, whatever cue Y's own work carries. A party committee
        leads the body it leads ("Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh xem xét ..., giao Sở
        Tài chính chủ trì")."""
        if not mentions or mentions[0].start - s > 3:
            return []
        group = ctx.leading_group(self.text, mentions)
        after = _list_end(self.text, group)
        return group if DIRECTING.match(self.folded, after, e) or (
            LEADING.match(self.folded, after, e) and _party(group)) else []

    def opener_end(self, s: int, e: int) -> int:
        """Where the unit's opening phrases ("Trước mắt,", "Trong thời hạn 05 ngày ...,")
        end; ``s`` when it has none."""
        body = _without_openers(self.folded[s:e])
        return e - len(body) if len(body) < e - s and (OPENER_PHRASES.match(
            self.folded, s, e) or RECURRENCE_OPENER.match(self.folded, s, e)) else s

    def after_approval(self, s: int, lead: list[ActorMention]) -> int:
        """Where the work handed over begins when the unit opens with an approval: "Thống
        nhất chủ trương tổ chức Hội chợ vào cuối tháng 12/2025; giao Phòng Kinh tế xây dựng
        kế hoạch, trình UBND xã trước ngày 30/11/2025": the fair's date is not the task's."""
        if not lead or not APPROVAL.match(self.folded, s, lead[0].start):
            return s
        # "...; giao" or "... vào tháng 10/2026. Giao ...": the clause or sentence handing over
        clause = max(self.folded.rfind(";", s, lead[0].start),
                     self.folded.rfind(". ", s, lead[0].start))
        return clause + 1 if clause >= 0 else s

    def add_deadline(self, task: FoundTask, s: int, e: int, time_cell: bool = False) -> None:
        mentions = find_temporal_mentions(self.read_text[s:e], self.issued, offset=s,
                                          effective=self.effective, event_date=self.event_date,
                                          written=self.text[s:e] if (
                                              self.read_text is not self.text) else None)
        if time_cell:
            for mention in mentions:
                if mention.role == "scope":  # "Năm học 2026 - 2027" in the time column
                    mention.role = "deadline"
        if self.drill_day is not None and "D" in self.text[s:e]:
            # "D-30", "Từ D-20 đến D-5": days counted from the drill's day D
            taken = [(m.start, m.end) for m in mentions]
            mentions = sorted([*mentions, *(d for d in drill_terms(
                self.text[s:e], self.drill_day, s) if not any(
                    a < d.end and d.start < b for a, b in taken))], key=lambda m: m.start)
        main, alternatives = choose_deadline(mentions, self.text, self.issued)
        task.deadline = main
        task.alternatives = alternatives

    def apply_attribute(self, found: list[FoundTask], attribute: regex.Match, line: Line) -> None:
        """A line under a task that states one of its attributes ("Cơ quan chủ trì: Sở Khoa
        học và Công nghệ;", "Cơ quan phối hợp: ...", "Thời gian hoàn thành: Quý III/2026"),
        as a task table's columns would: it overrides what the task's own text implied."""
        self.set_attribute(found, attribute.lastgroup, attribute.end(), line.end)

    def apply_inline_attributes(self, found: list[FoundTask], start: int, end: int) -> None:
        """"Rà soát ... (cơ quan chủ trì: Sở X; phối hợp: UBND các xã; thời gian: quý
        II/2026)": the attributes a parenthesis closing the unit states, ";" between them, read
        as the lines of :meth:`apply_attribute` are."""
        close = _closing_parenthesis(self.text, start, end)
        for segment in CELL_SEGMENT.finditer(self.text, start, close):
            label = INLINE_ATTRIBUTE.match(self.folded, segment.start(), segment.end())
            if label is not None:
                self.set_attribute(found, label.lastgroup, label.end(), segment.end())

    def set_attribute(self, found: list[FoundTask], kind: str, s: int, e: int) -> None:
        """Set the attribute ``kind`` (a group of ATTRIBUTE_LINE or INLINE_ATTRIBUTE: "lead",
        "owner", "support", "time", "product") of the tasks ``found`` from ``text[s:e]``."""
        if kind in ("owner", "lead"):
            # "Trách nhiệm thực hiện: X chủ trì; Y phối hợp.", "Đơn vị thực hiện: X (chủ trì)"
            lead, support = _lead_cell(self.text, s, e)
            for task in found:
                if lead:
                    task.lead, task.lead_implicit = [self.actor(m) for m in lead], False
                task.support = [self.actor(m) for m in support] or task.support
            return
        mentions = _cell_actors(self.text, s, e) if kind == "support" else []
        for task in found:
            if kind == "support" and mentions:
                task.support = [self.actor(m) for m in mentions]
            elif kind == "time":
                self.add_deadline(task, s, e, time_cell=True)
            elif kind == "product":
                task.report_to.extend(self.receivers(s, e))

    def actor(self, m: ActorMention, implicit: bool = False) -> FoundActor:
        name = ctx.resolve_name(m, self.locality) if implicit else m.text
        canonical = m.canonical
        if canonical is None or canonical == m.text:
            canonical = _expand(ctx.resolve_name(m, self.locality))
        return FoundActor(name=name, span=(m.start, m.end), canonical=canonical, kind=m.kind,
                          implicit=implicit)

    # --- tables ----------------------------------------------------------------------------
    def table_task(self, table: TaskTable, row) -> list[FoundTask]:
        if "prepares" in table.columns and row.lead is not None and self.cell_hands_work(
                *row.lead):
            return self.cell_tasks(self.lines[row.line], *row.lead)
        if row.time is not None and row.product == row.time and DONE_CELL.match(
                self.folded, *row.time):
            return []  # "Tên dự án | ... | Đã phê duyệt dự án tại Quyết định số ...": no work
        s, e = row.content
        if "answers" in table.columns and DONE_CELL.match(self.folded, s, e):
            return []  # "Đã được Thuế cơ sở 18 giải quyết tại Công văn số ...": settled
        task = FoundTask(s, e, self.structure.line_section.get(row.line), from_table=True)
        if row.grouped:
            # "VI | ỦY BAN NHÂN DÂN CÁC TỈNH" over "Ủy ban nhân dân tỉnh Đồng Nai hoàn thành
            # ...": a row that names its own body is that body's; a group that names none
            # ("I | Hoàn thiện thể chế") leaves the row without an owner, no work handed over
            # (a row before any group row has the bodies the table's introduction hands the
            # rows to, "Các chủ đầu tư gửi báo cáo ... sau:", or is no work handed over)
            if row.lead is None and not self.intro_roles(table).lead:
                return []
            own = self.opening_body(s, e)
            lead = [own] if own is not None and self.own_lead(s, e) else (
                self.group_body(*row.lead) if row.lead is not None
                else self.intro_roles(table).lead)
            if not lead:
                return []
            task.lead.extend(self.actor(m) for m in lead)
            task.lead_implicit = own is None
        elif row.lead is not None:
            if AS_ABOVE.fullmatch(self.folded, *row.lead) and table.header_line in self._above:
                # "Như trên": the bodies of the row above, as it named them
                lead, support = self._above[table.header_line]
                task.lead_implicit = True
            else:
                lead, support = _lead_cell(self.text, *row.lead)
                self._above[table.header_line] = (lead, support)
                task.lead_implicit = row.inherited  # "1.1" under "1 | ... | Sở X"
            task.lead.extend(self.actor(m) for m in lead)
            task.support.extend(self.actor(m) for m in support)
        if row.support is not None:
            if AS_ABOVE.fullmatch(self.folded, *row.support):  # "nt": the supports above
                supports = self._above_support.get(table.header_line, [])
            else:
                supports = _cell_actors(self.text, *row.support)
                self._above_support[table.header_line] = supports
            task.support.extend(self.actor(m) for m in supports)
        content = assign_roles(self.text, s, e, find_actors(self.text, s, e))
        task.report_to = [self.actor(m) for m in content.report_to]
        if not task.support:  # "Phối hợp với Tổ bầu cử số 7 niêm yết ...": in the content cell
            task.support.extend(self.actor(m) for m in content.support)
        if row.product is not None and (
                partners := PARTNERS_NOTE.match(self.folded, *row.product)) is not None:
            if not task.support:
                task.support.extend(self.actor(m) for m in _cell_actors(
                    self.text, partners.end(), row.product[1]))
        elif row.product is not None:
            task.report_to.extend(self.receivers(*row.product))
        if row.receiver is not None:  # "Cấp trình": the bodies it names, not what they do next
            named = _cell_actors(self.text, *row.receiver)
            task.report_to.extend(self.actor(m) for m in (
                ctx.leading_group(self.text, named, ctx.RECEIVER_JOINERS) if named else []))
        if row.time is not None:
            self.add_deadline(task, *row.time, time_cell=True)
        elif row.marked is not None:
            self.charted_deadline(task, *row.marked)
        for receiver in map(self.actor, self.header_receivers(table)):  # "Thời hạn gửi Sở X"
            if all(receiver.canonical != a.canonical for a in task.report_to):
                task.report_to.append(receiver)
        if not task.report_to:  # "..., gửi về Ban Kinh tế - Ngân sách HĐND tỉnh theo thời
            # hạn sau:" over "STT | Cơ quan | Nội dung báo cáo | Thời hạn": every row's result
            task.report_to = [self.actor(m) for m in self.intro_receivers(table)]
        if not task.report_to and row.group is not None and GROUP_SENDS.match(
                self.folded, *row.group):
            # "B | Các nội dung trình Chủ tịch UBND Thành phố": where every row of the group
            # goes, unless the row says otherwise
            task.report_to = self.receivers(*row.group)
        task.action = (s, min(e, _word_end(self.text, s, 100)))
        return [task]

    def charted_deadline(self, task: FoundTask, cell: tuple[int, int], column) -> None:
        """A chart's row is done by the end of the last period it marks ("x" under "T3":
        within March of the plan's year)."""
        year = column.year or self.plan_year
        if year is not None:
            task.deadline = TemporalMention(cell[0], cell[1], self.text[cell[0]:cell[1]],
                                            "within_period", month_end(year, column.month))
            task.alternatives = []

    def cell_hands_work(self, start: int, end: int) -> bool:
        """A schedule's preparation cell that is a sentence of work ("Công an phường chuẩn bị
        báo cáo tình hình ...") rather than the name of who prepares ("Sở Y tế")."""
        return self.opening_body(start, end) is not None and self.own_lead(
            start, end) is not None and self.directive_start(start, end, marked=True) is not None

    def cell_tasks(self, line: Line, start: int, end: int) -> list[FoundTask]:
        """The tasks of one cell of a table row, read as a unit of its own (an answer to a
        petition, a schedule's preparation cell that is a sentence of work)."""
        cell = replace(line, start=start, end=end, text=self.text[start:end], cells=None)
        return self.unit_tasks(cell, self.structure.line_section.get(line.index))

    def group_body(self, start: int, end: int) -> list[ActorMention]:
        """The body a group row's title is, all of it ("BỘ TÀI CHÍNH", "ỦY BAN NHÂN DÂN CÁC
        TỈNH, THÀNH PHỐ"), or nothing ("LĨNH VỰC NÔNG NGHIỆP", "Kiểm tra ... của chi bộ")."""
        mentions = find_actors(self.text, start, end)
        if not mentions or self.text[start:mentions[0].start].strip() or self.text[
                _list_end(self.text, mentions):end].strip(" .:"):
            return []
        return ctx.leading_group(self.text, mentions)

    def receivers(self, start: int, end: int) -> list[FoundActor]:
        """Whom a product cell or line sends the result to ("Báo cáo UBND tỉnh"; "Tờ trình
        Chính phủ": a submission to the body it names). A cell that opens with another body
        tells what that body does next ("UBND Thành phố trình HĐND Thành phố"), not where
        this row's result goes."""
        mentions = find_actors(self.text, start, end)
        if mentions and not self.text[start:mentions[0].start].strip():
            return []
        found = assign_roles(self.text, start, end, mentions)
        out = list(found.report_to)
        for paper in SUBMISSION.finditer(self.folded, start, end):
            named = [m for m in mentions if m.start == paper.end()]
            out.extend(m for m in named if m not in out)
        return [self.actor(m) for m in out]

    def intro_receivers(self, table: TaskTable) -> list[ActorMention]:
        """Whom the sentence that introduces a task table (the line right above its header,
        ending in ":") sends every row's result to."""
        return self.intro_roles(table).report_to

    def intro_roles(self, table: TaskTable) -> RoleAssignment:
        """The roles of the sentence that introduces a task table (the line right above its
        header, ending in ":"): who does its rows' work, whom it goes to. Read once per
        table."""
        out = self._intro_roles.get(table.header_line)
        if out is None:
            out = self._intro_roles[table.header_line] = RoleAssignment()
            if table.header_line > 0:
                intro = self.lines[table.header_line - 1]
                if intro.kind != "row" and intro.text.rstrip().endswith(":") and not (
                        _background(self.folded[intro.start:intro.end])):
                    # (not a finding that leads to the list: "Tuy nhiên, ... việc báo cáo các
                    # sở, ngành có lúc chậm. Danh mục một số nhiệm vụ chậm như sau:")
                    out = self._intro_roles[table.header_line] = assign_roles(
                        self.text, intro.start, intro.end, find_actors(
                            self.text, intro.start, intro.end))
        return out

    def header_receivers(self, table: TaskTable) -> list[ActorMention]:
        """Bodies a task table's header sends every row's result to ("STT | Đơn vị thực hiện |
        Nội dung | Thời hạn gửi Sở Tài chính"): read once per table, asked for each row."""
        out = self._header_receivers.get(table.header_line)
        if out is None:
            out = self._header_receivers[table.header_line] = []
            for s, e in self.lines[table.header_line].cells or ():
                for cue in HEADER_SENDS.finditer(self.folded, s, e):
                    found = find_actors(self.text, cue.end(), e)
                    if found and found[0].start - cue.end() <= 1:
                        out.append(found[0])
        return out


def _unit_view(*args):
    """The model's input for a unit; imported late because the features build on this
    module's cue patterns (and only the model needs them)."""
    from giaoviec.model.features import view_of

    return view_of(*args)


ASKING_AFTER_CLAUSE = regex.compile(r"[,;]\s*(?:đề\s*nghị|yêu\s*cầu)\s+")


def _asks_to_act(folded: str) -> bool:
    """"..., đề nghị rà soát, chỉnh sửa và gửi lại ...": after what a body did, a request that
    it act (a verb follows the cue)."""
    return any(_starts_with_verb(folded[m.end():])
               for m in ASKING_AFTER_CLAUSE.finditer(folded, 0, 400))


def _party(actors: list[ActorMention]) -> bool:
    """Whether the first of these bodies is a party organ ("Đảng ủy xã", "Ban cán sự đảng")."""
    return bool(actors) and bool(PARTY_BODY.search(fold(actors[0].text)))


def _places(mention: ActorMention) -> bool:
    """"các tỉnh" (phía Bắc), "các xã" (miền núi): places, not an organ. Inside an item handed
    to a body they narrow where its work is done ("...; các tỉnh phía Bắc gieo cấy xong trước
    ngày 28/02/2026"), they do not hand the work to someone else."""
    words = fold(mention.text).split()
    return len(words) == 2 and words[0] == "các" and (words[1],) in lexicon().locality_words


# a procedure's step named on a line of its own, its work on the lines below
STEP_TITLE = regex.compile(r"\s*bước\s*\d{1,2}\s*\.\s*[^\s.;:,]+(?:[\s,]+[^\s.;:,]+){0,11}[\s,]*")
ASKS_FIRST = regex.compile(r"\s*(?:kính\s*)?đề\s*nghị\s")  # the unit opens with the request
SET_APART = regex.compile(r"\s*riêng\s+")  # "Riêng UBND xã X ...": one body set apart
# "Đối với các kiến nghị chưa giải quyết xong, định kỳ hằng quý báo cáo ...": a topic closed
# by a comma (up to 120 characters: "Đối với các dự án đã hết thời gian gia hạn mà nhà đầu tư
# không có khả năng tiếp tục thực hiện, kiên quyết ..."; a longer clause is a sentence of its own)
TOPIC_CLAUSE = regex.compile(r"\s*(?:đối\s*với|riêng)\s[^:;.,()]{3,120}?,\s*")


def _work_after_colon(folded: str, clause: bool = False) -> int | None:
    """Where the label's colon is when a label opens ``folded`` and work follows it ("Thành
    viên là lãnh đạo Sở Tài chính: tham mưu ...", "(Các cơ quan ...) đang quản lý trụ sở dôi
    dư: bàn giao ..."), else None. ``clause``: the label holds no sentence sign."""
    colon = folded.find(": ", 0, LABEL_REACH)
    if colon == -1 or (clause and any(sign in folded[:colon] for sign in ".;")):
        return None
    return colon if _starts_with_verb(_without_openers(folded[colon + 2:])) else None


def _without_topic(folded: str) -> str:
    topic = TOPIC.match(folded) or TOPIC_CLAUSE.match(folded)
    return folded[topic.end():] if topic else folded


# an item that forbids: "Không tích nước vượt mực nước thiết kế ...", "Tuyệt đối không để ..."
PROHIBITION = regex.compile(r"\s*(?:tuyệt\s*đối\s*|nghiêm\s*túc\s*)?không\s+(?:được\s+)?"
                            r"(?:tự\s*ý\s+)?(?!có\s)")  # "Không tự ý tu bổ ...": a ban too
# what a ban forbids that the action lexicon leaves out, its words too loose as verbs alone
# ("thu nhập", "cho biết"): "Không thu tiền bảo hiểm y tế đối với học sinh đã có thẻ ...",
# "Không để xảy ra ...", "Không bán hàng ...", "Không lạm dụng ..."
BANNED_ACT = regex.compile(r"(?:thu|để|bán|nhận|cho|ép|gây|lạm\s*dụng|lợi\s*dụng|xả|vứt|đốt"
                           r"|kê)\s")


# the case an item's work is for, before a colon: "Đơn vị chậm đóng dưới 03 tháng: gửi thông
# báo ...", "Trường hợp phát hiện ổ dịch: ...", "Dân quân cơ động: huấn luyện 15 ngày ...";
# not what a plan's item describes ("Mục tiêu: phát triển ...", "Quy mô: cấp tỉnh", "Giai
# đoạn 2: Kiểm đếm ...", "Nội dung: Báo cáo chính trị ...", "Cụm miền Bắc: tổ chức tại ...")
CASE_LABEL = regex.compile(
    r"\s*(?!(?:mục\s*(?:tiêu|đích)|chỉ\s*tiêu|yêu\s*cầu|quy\s*mô|giai\s*đoạn|nội\s*dung|cụm"
    r"|thời\s*gian|thời\s*điểm|địa\s*điểm|hình\s*thức|phương\s*(?:thức|pháp|châm)|nguyên\s*tắc"
    r"|phạm\s*vi|tên|lý\s*do|mức|lĩnh\s*vực|đối\s*tượng|thành\s*phần|kinh\s*phí|kết\s*quả"
    r"|sản\s*phẩm|nhiệm\s*vụ|căn\s*cứ|ghi\s*chú|lưu\s*ý|tiêu\s*chí|điều\s*kiện|số\s*lượng"
    r"|cơ\s*cấu|đại\s*biểu|khách\s*mời|chủ\s*đề|khẩu\s*hiệu|phần|nhà)(?!\p{L}))"
    r"[^:;.()\n|]{3,80}?:\s+")


def _after_case_label(folded: str) -> int:
    """Where the work begins after a case label (see CASE_LABEL), or 0: the label must not be
    work itself ("Tổ chức đánh giá ...: đợt 1 ...") and the work must open with a verb."""
    if ":" not in folded[:84] or _starts_with_verb(folded):
        return 0
    label = CASE_LABEL.match(folded)
    if label is None or not _starts_with_verb(folded[label.end():]):
        return 0
    return label.end()


# "định kỳ hằng quý (trước ngày 20 của tháng cuối quý) báo cáo ...": how often, then the work
RECURRENCE_OPENER = regex.compile(
    r"\s*(?:(?:định\s*kỳ\s*(?:(?:hằng|hàng|mỗi)\s*)?|(?:hằng|hàng)\s*)"
    r"(?:ngày|tuần|tháng|quý|năm|\d{1,2}\s*tháng)(?!\p{L})(?:\s*\([^()\n]{0,80}\))?\s*,?"
    # "Bước 2: Cơ quan, đơn vị trực tiếp quản lý rà soát ...": a procedure's step, then its
    # work; "Đợt 2 (tiêm vét): từ 05/4 đến 20/4/2027, rà soát ...": a phase, its time, its work
    r"|(?:bước|đợt|giai\s*đoạn)\s*(?:\d{1,2}|[ivx]{1,4})(?:\s*\([^()\n]{0,60}\))?\s*[:.])\s*")


# "Là đầu mối tham mưu Giám đốc ...": the body's standing, then its work (no comma between)
ROLE_OPENER = regex.compile(r"\s*là\s*(?:cơ\s*quan\s*|đơn\s*vị\s*)?(?:thường\s*trực|đầu\s*mối)\s*"
                            r"(?=(?:tham\s*mưu|giúp|tổng\s*hợp|theo\s*dõi|hướng\s*dẫn|đôn\s*đốc"
                            r"|chủ\s*trì)[\s,])")
# "Các tiểu ban căn cứ nhiệm vụ được phân công (tại Mục III) xây dựng kế hoạch ...": what the
# body works from, then its action, with or without a comma between
GROUNDS_OPENER = regex.compile(
    r"\s*(?:căn\s*cứ\s*(?:vào\s*)?|theo\s*)(?:chức\s*năng\s*,?\s*)?nhiệm\s*vụ(?:\s*,?\s*quyền\s*hạn)?"
    r"\s*(?:được\s*(?:giao|phân\s*công)|của\s*(?:mình|đơn\s*vị|ngành))"
    r"(?:\s*tại\s*(?:mục|điểm|khoản|phần|điều|phụ\s*lục)\s*[\divxlc.]+[^\s,;:]*)?\s*,?\s*"
    # "Các đảng ủy trực thuộc căn cứ Kế hoạch này xây dựng kế hoạch ...": the document at hand
    r"|\s*căn\s*cứ\s*(?:vào\s*)?(?:nội\s*dung\s*)?(?:kế\s*hoạch|chỉ\s*thị|nghị\s*quyết"
    r"|quyết\s*định|thông\s*báo|công\s*văn|chương\s*trình|hướng\s*dẫn|văn\s*bản|kết\s*luận)"
    r"\s*(?:này|nêu\s*trên|trên)(?!\p{L})\s*,?\s*")
GROUNDS_STARTS = ("căn", "theo")  # its first words: the pattern is tried only after them


def _without_openers(folded: str) -> str:
    """"Trước mắt, ...", "Theo chức năng, nhiệm vụ được giao, ...", "Định kỳ hằng tháng ...":
    the directive follows."""
    body = folded.lstrip(" -+•*")
    for _ in range(3):
        m = OPENER_PHRASES.match(body) or RECURRENCE_OPENER.match(body) or ROLE_OPENER.match(
            body) or (GROUNDS_OPENER.match(body) if body.lstrip().startswith(GROUNDS_STARTS)
                      else None)
        if not m:
            break
        body = body[m.end():]
    return body


def _list_end(text: str, mentions: list[ActorMention]) -> int:
    """End of the list of bodies that opens a sentence ("Sở A, Sở B và UBND xã C")."""
    end = mentions[0].end
    for m in mentions[1:]:
        if text[end:m.start].strip().lower() in (",", "và", ", và", ";"):
            end = m.end
        else:
            break
    return end


# the count after a label's colon: "... làm trường học: 31 cơ sở.", "... phân tán: 2,4 triệu cây."
FIGURE = regex.compile(r"\s*\d[\d.,]*\s*(?:%|\p{L})")
MEASURE_LABEL = regex.compile(r"\s*(?:diện\s*tích|sản\s*lượng|năng\s*suất|số\s*lượng|tổng\s*số"
                             r"|quy\s*mô|cơ\s*cấu)(?!\p{L})")
NAMED_FIGURE = regex.compile(r"\s*(?:\p{Ll}+\s+){1,3}\d[\d.,]*\s*(?:%|ha|tấn|người|hộ|cơ\s*sở"
                            r"|con|km|m|tỷ|triệu|nghìn)(?!\p{L})")
FIGURE_LABEL = 120  # the longest label a figure stands under


def _figure_line(body: str) -> bool:
    """A figure under its label ("Chuyển giao cho ngành giáo dục làm trường học: 31 cơ sở.",
    "Trồng cây phân tán: 2,4 triệu cây."): a count in a list of results or targets, no work.
    The label holds no ";", "." or "|" (it is one clause). Found with ``str`` methods: a lazy
    pattern tried on every sentence cost more than the rest of the background test."""
    colon = body.find(":", 3, FIGURE_LABEL + 1)
    if colon == -1 or any(sign in body[:colon] for sign in ";.|"):
        return False
    if FIGURE.match(body, colon + 1):
        return True
    # "Diện tích kế hoạch vụ Hè Thu năm 2026: lúa 1.230 ha; ...": a measure's label, what is
    # counted, then the count (not "Trường tiểu học: tuyển sinh 100% trẻ 6 tuổi", a body's work)
    return bool(MEASURE_LABEL.match(body)) and bool(NAMED_FIGURE.match(body, colon + 1))


def _closing_formula(body: str) -> bool:
    """The sentence is a closing formula, all of it (see CLOSING_FORMULA, CLOSING_BY_WORD)."""
    return bool(CLOSING_FORMULA.fullmatch(body)) or any(
        word in body and pattern.fullmatch(body) for word, pattern in CLOSING_BY_WORD)


def _is_caps_heading(segment: str) -> bool:
    if len(segment) >= 200:  # (an annex title runs long: "PHÂN CÔNG NHIỆM VỤ ... NĂM 2026")
        return False
    # (upper and lower case letters counted in C: more than 80% of the letters in capitals)
    upper = sum(map(str.isupper, segment))
    return upper > 0 and upper > 4 * sum(map(str.islower, segment))


def _reads_as_finding(folded: str) -> bool:
    """Assessments state a result instead of asking for one: "Công tác ... còn chậm", "Các dự
    án ... có ý nghĩa đặc biệt quan trọng; Thủ tướng đã chỉ đạo ..." (no directive word)."""
    end = SENTENCE_END.search(folded)  # a literal first: found faster than by a lookbehind
    sentence = spaced(folded[:end.start() + 1] if end else folded)
    if occurs(ASKING, ASKING_STARTS, sentence):
        return False
    first_clause = CLAUSE_BREAK.split(sentence, maxsplit=1)[0]
    if FINDING_START.match(first_clause):
        if "đã" in first_clause:
            first_clause = APPROVED_THING.sub(" ", first_clause)
        return occurs(FINDING_MARKERS, FINDING_STARTS, first_clause[:160])
    return occurs(FINDING_MARKERS, FINDING_STARTS, sentence)


# what a thing is, not what happened: "Thu tiền nước đúng mức giá đã được UBND tỉnh phê duyệt"
# (the price approved before; the collecting is the work)
APPROVED_THING = regex.compile(r"(?<=\p{L}\s)đã\s*được\s*(?:\S+\s+){0,4}?(?:phê\s*duyệt|ban\s*hành"
                               r"|thông\s*qua|quy\s*định|cấp\s*có\s*thẩm\s*quyền\s*phê\s*duyệt)\b")


def occurs(pattern: regex.Pattern[str], starts: tuple[str, ...], text: str) -> bool:
    """``bool(pattern.search(text))`` for a pattern whose every match begins with one of
    ``starts``: tried only where one of them is (``str.find`` jumps there), not at every
    position of the text, which is what makes a search of many words slow (a unit's cue
    words: about half the instructions). A match at a position sees the text around it (its
    ``\b``) as a search would."""
    for start in starts:
        at = text.find(start)
        while at != -1:
            if pattern.match(text, at):
                return True
            at = text.find(start, at + 1)
    return False


def _lead_cell(text: str, start: int, end: int) -> tuple[list[ActorMention], list[ActorMention]]:
    """(lead, support) of a table's only "Đơn vị thực hiện" column, which then marks who
    supports: "Sở Xây dựng (chủ trì); Sở Công Thương (phối hợp)", "Sở Khoa học và Công nghệ
    chủ trì, phối hợp với UBND các xã". Without such a mark every body listed leads."""
    mentions = _cell_actors(text, start, end)
    folded = fold(text[start:end])
    marked = CELL_LEAD.search(folded)
    if marked is not None:  # "Công an xã (chủ trì), Đoàn Thanh niên": the others support
        before = [m for m in mentions if m.end <= start + marked.start()]
        opens = folded.rfind(";", 0, marked.start()) + 1
        # "Các sở, ban, ngành, UBND các xã (chủ trì); Sở Nội vụ (phối hợp)": the part before
        # the mark leads; without ";" the mark is the last body's
        marked_lead = ([m for m in before if m.start >= start + opens] if ";" in folded
                       else before[-1:])
        if marked_lead:
            return marked_lead, [m for m in mentions if m not in marked_lead]
    if not CELL_SUPPORT.search(folded):
        return mentions, []
    lead: list[ActorMention] = []
    support: list[ActorMention] = []
    for part in CELL_SEGMENT.finditer(folded):
        inside = [m for m in mentions if part.start() <= m.start - start < part.end()]
        mark = CELL_SUPPORT.search(folded, part.start(), part.end())
        if mark is None:
            lead.extend(inside)
            continue
        cut = start + mark.start()
        before = [m for m in inside if m.start < cut]
        after = [m for m in inside if m.start >= cut]
        closes = not folded[mark.end():part.end()].strip(" .,")
        if mark.group().startswith("(") or closes:
            # "X, Y (phối hợp)", "Đoàn Thanh niên phường phối hợp": the names before it support
            support.extend(before)
            lead.extend(after)
        else:  # "X chủ trì, phối hợp với Y"
            lead.extend(before)
            support.extend(after)
    return lead, support


def _cell_actors(text: str, start: int, end: int) -> list[ActorMention]:
    """Bodies listed in a table cell ("Sở Tư pháp; UBND các huyện, thị xã, thành phố")."""
    mentions = _without_board_roles(text, find_actors(text, start, end))
    if mentions:
        return _team_named_first([_to_cell_mark(text, m, end) for m in mentions], text, start)
    parts = [p for p in CELL_PART.finditer(text[start:end]) if p.group().strip()]
    out = []
    for p in parts:  # (without the address after the name: ", số 12 ngõ 48 phố Ngọc Lâm")
        name = p.group()[:address.start()] if (address := ADDRESS_TAIL.search(p.group())) else (
            p.group())
        s = start + p.start() + len(name) - len(name.lstrip())
        out.append(ActorMention(s, s + len(name.strip()), name.strip(), None, "other"))
    return out


# where a premises' address follows its name in a cell: ", số 12 ngõ 48 ...", ", thôn 3"
ADDRESS_TAIL = regex.compile(r"\s*,\s*(?:(?i:số)\s*\d|(?i:địa\s*chỉ|thôn|ấp|tổ\s*dân\s*phố|ngõ"
                             r"|ngách|kiệt|hẻm|đường|phố|khu\s*phố)\s)")


# a seat in a group a decision sets up: "Trưởng ban", "Phó Trưởng ban thường trực", "Ủy viên"
BOARD_SEAT = regex.compile(rf"{_GROUP_ROLE}(?:\s*thường\s*trực)?")


def _without_board_roles(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Chủ tịch UBND phường - Trưởng ban", "Trưởng Công an phường - Phó Trưởng ban": in a
    cell of a board's members, the seat after the dash is the member's place in the board,
    not a second body doing the work."""
    return [m for k, m in enumerate(mentions) if not (
        k and text[mentions[k - 1].end:m.start].strip() in ("-", "–")
        and BOARD_SEAT.fullmatch(fold(m.text)))]


# a working group that opens a cell, named by what it does: "Tổ rà soát các thôn, bản"
TEAM_CELL = regex.compile(r"\s*(?:Tổ|Đoàn|Đội|Nhóm)(?:\s+\p{Ll}+){1,4}\s+(?=\S)")


def _team_named_first(mentions: list[ActorMention], text: str, start: int
                      ) -> list[ActorMention]:
    """"Tổ rà soát" + "các thôn, bản" in a lead cell: a team named in lower case by its work,
    of the bodies it serves, is one body (the finder knows the team's head only with a
    capitalised name, "Tổ An ninh"), not the places after it."""
    team = TEAM_CELL.match(text, start, mentions[0].start + 1)
    if team is None or team.end() != mentions[0].start:
        return mentions
    opens = start + len(team.group()) - len(team.group().lstrip())
    first = mentions[0]
    whole = ActorMention(opens, first.end, text[opens:first.end], None, "agency")
    return [whole, *mentions[1:]]


# the lower-case rest of a name in a unit cell, up to its role mark or the next body:
# "Phòng Kế hoạch" + " tổng hợp" + " (chủ trì)", "Phòng Hành chính" + " quản trị" + ","
CELL_NAME_REST = regex.compile(r"(?:\s+\p{Ll}+){1,3}(?=\s*(?:\(|[,;]|$))")
# what a cell says of a body after its name, never part of it ("Sở X chủ trì, phối hợp với Y")
CELL_ROLE_WORDS = regex.compile(r"chủ\s*trì|phối\s*hợp|thực\s*hiện|trách\s*nhiệm|tham\s*mưu"
                                r"|hướng\s*dẫn|theo\s*dõi|liên\s*quan|các\b")


def _to_cell_mark(text: str, m: ActorMention, end: int) -> ActorMention:
    """A body in a cell named in full: its name runs on in lower case up to its role mark
    ("(chủ trì)"), a separator or the cell's end, words the actor finder may stop before
    because one of them is also a verb ("tổng hợp", "quản trị")."""
    rest = CELL_NAME_REST.match(text, m.end, end)
    if rest is None or m.kind == "collective" or CELL_ROLE_WORDS.search(fold(rest.group())):
        return m
    stop = rest.end()
    return ActorMention(m.start, stop, text[m.start:stop], None, m.kind)


def _closing_parenthesis(text: str, start: int, end: int) -> int:
    """Where the parenthesis open at ``start`` closes (nested ones skipped), or ``end``."""
    depth = 0
    for i in range(start, end):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            if depth == 0:
                return i
            depth -= 1
    return end


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    s = start
    # from one character early: a "." right before ``start`` ends a sentence there too
    for m in SENTENCE_SPLIT.finditer(text, max(start - 1, 0), end):
        if text.count("(", start, m.start()) > text.count(")", start, m.start()):
            continue  # "(Sở Tài chính chủ trì; Sở Xây dựng phối hợp)": one aside, not two
        gap = 1 if m.group(1) is not None else 2
        out.append((s, m.start(gap)))
        s = m.end(gap)
    out.append((s, end))
    return [(a, b) for a, b in out if b > a]


def _starts_with_verb(folded: str) -> bool:
    body = folded.lstrip(" -+•*")
    lex = lexicon()
    for _ in range(3 * len(OPENERS)):  # "Cần tiếp tục chủ động ...": each opener at most 3 times
        opener = _OPENER_WORDS.match(body)
        if opener is None:
            break
        body = body[opener.end():].lstrip(" ,")
    tokens = folded_words(islice(iter_tokens(body), 3))
    if any(tokens[:n] in lex.verbs for n in (3, 2, 1)):
        return True
    # "Chỉ sử dụng phương tiện đo đã được kiểm định ...": only so, still work ("chỉ đạo",
    # "chỉ định" are verbs of their own, read above)
    return tokens[:1] == ("chỉ",) and _starts_with_verb(body[body.find("chỉ") + 3:].lstrip())


def _action(text: str, folded: str, s: int, e: int, roles: RoleAssignment
            ) -> tuple[int, int] | None:
    """The main verb phrase: the first action verb that is not a role cue, to the clause end."""
    lex = lexicon()
    skip = {("chủ", "trì"), ("phối", "hợp"), ("giao",), ("yêu", "cầu"), ("đề", "nghị"),
            ("có", "trách", "nhiệm"), ("chịu", "trách", "nhiệm")}
    after = roles.lead[-1].end if roles.lead else s
    parenthesis = PARENTHESIS.match(text, after, e)
    if parenthesis:  # "UBND xã X (chủ đầu tư) chỉ đạo ..."
        after = parenthesis.end()
    tokens = tokenize(text, after, e)
    inside = [(m.start, m.end) for m in find_actors(text, after, e)]
    for k in positions_of(tokens, lex.verb_firsts):  # no verb starts with the other words
        if any(a <= tokens[k].start < b for a, b in inside):
            continue  # "Sở Xây dựng" names a body; its "xây dựng" is no action
        if tokens[k].capital and k > 0 and (tokens[k - 1].word or tokens[k - 1].folded == ","):
            continue  # a capitalised word inside a sentence belongs to a name ("Giám đốc các
            # sở: Tài chính, Xây dựng")
        for n in (3, 2, 1):
            key = folded_words(tokens[k:k + n])
            if len(key) == n and key in lex.verbs and key not in skip:
                start = tokens[k].start
                stop = STOP.search(text, start, e)
                end = stop.start() if stop else e
                return start, _word_end(text, start, min(end - start, 120))
    return None


def _word_end(text: str, start: int, limit: int) -> int:
    end = start + limit
    if end >= len(text):
        return len(text)
    while end > start and not text[end].isspace() and text[end] not in ",;.":
        end -= 1
    return end if end > start else start + limit


ABBREVIATIONS = tuple(
    (short, regex.compile(rf"(?<!\p{{L}}){short}(?!\p{{L}})"), long)
    for short, long in (("UBND", "Ủy ban nhân dân"), ("HĐND", "Hội đồng nhân dân"),
                        ("UBMTTQ", "Ủy ban Mặt trận Tổ quốc"), ("MTTQ", "Mặt trận Tổ quốc"),
                        ("BCH", "Bộ Chỉ huy"), ("BQL", "Ban Quản lý"), ("KCN", "khu công nghiệp"),
                        ("VPCP", "Văn phòng Chính phủ"), ("PCT", "Phó Chủ tịch"),
                        ("CT", "Chủ tịch")))


def _expand(name: str) -> str:
    """Abbreviations written out, so that trackers can group names ("UBND" -> "Ủy ban nhân
    dân")."""
    out = name
    for short, pattern, long in ABBREVIATIONS:
        if short in out:  # the pattern needs the letters: skip its character-by-character scan
            out = pattern.sub(long, out)
    return out
