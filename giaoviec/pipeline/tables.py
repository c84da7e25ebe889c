"""Task tables: "STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm".

A table is a task table when its header row names a content column and a lead (chủ trì)
column. Each later row with content and a lead is a task; group rows ("I | Tổ chức quán
triệt ...", nothing else filled) are not. Columns are found by their header words, so their
order and wording may vary.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from giaoviec.normalize import fold
from giaoviec.pipeline.lines import Line
from giaoviec.pipeline.sections import Structure
from giaoviec.rx import regex

# "chủ trì", also as OCR leaves it in a bold header cell: "chủ tn", "chủ tr" (short header
# cells leave no other word to read there, and a table whose lead column goes unseen is lost)
LEAD_WORD = r"chủ\s*t(?:rì|ri|rí|rỉ|rl|r|n)(?!\p{L})"
COLUMNS = {
    # ("Tên văn bản, trích yếu": a list of documents to draft, each by its body and date)
    # (not "Chủ nhiệm nhiệm vụ", who heads a research task: a column of people)
    "content": regex.compile(r"nội\s*dung|(?<!chủ\s*nhiệm\s*)nhiệm\s*vụ|công\s*việc|hoạt\s*động"
                             r"|giải\s*pháp"
                             r"|biện\s*pháp"  # "Biện pháp thực hiện" beside "Chủ trì"
                             r"|tên\s*(?:dự\s*án|công\s*trình|văn\s*bản|đề\s*án|chương\s*trình)|vụ\s*việc"
                             # "Văn bản cần rà soát, xử lý | Cơ quan chủ trì | ... | Phương án xử
                             # lý dự kiến": each row is the review of the text it names
                             r"|văn\s*bản\s*cần\s*(?:rà\s*soát|xử\s*lý|sửa\s*đổi|bãi\s*bỏ|thay\s*thế"
                             r"|ban\s*hành|xây\s*dựng)"
                             # a reporting calendar: "Tên báo cáo | Cơ quan thực hiện | Thời hạn
                             # gửi | Nơi nhận", "Loại báo cáo"
                             r"|^\s*(?:tên|loại)\s*(?:báo\s*cáo|sản\s*phẩm)\s*$"
                             # "Phương án sắp xếp, xử lý | Cơ quan chịu trách nhiệm | Thời hạn":
                             # what to do with each building, by whom (without a lead column
                             # it is what the decision settles: no task table)
                             r"|phương\s*án\s*(?:sắp\s*xếp|xử\s*lý)"
                             # a plan of delegations: "STT | Đoàn | Thời gian | Cơ quan chủ trì"
                             r"|^\s*(?:tên\s*)?đoàn(?:\s*(?:công\s*tác|ra|vào))?\s*$"
                             # what each investor is asked: "Chủ đầu tư | ... | Yêu cầu | Thời hạn"
                             r"|^\s*yêu\s*cầu(?:\s*(?:cụ\s*thể|thực\s*hiện|khắc\s*phục|đối\s*với\s*\p{L}+))?\s*$"),
    "lead": regex.compile(LEAD_WORD + r"|chịu\s*trách\s*nhiệm|thực\s*hiện|đơn\s*vị\s*được\s*giao"
                          # "Cơ quan chuẩn bị" beside what a session takes up
                          r"|chủ\s*đầu\s*tư|(?:cơ\s*quan|đơn\s*vị)\s*(?:chuẩn\s*bị|tham\s*mưu)"
                          # a reporting calendar: "Nội dung số liệu | Đơn vị cung cấp | Kỳ báo cáo
                          # | Thời hạn gửi | Nơi nhận"
                          r"|(?:cơ\s*quan|đơn\s*vị)\s*cung\s*cấp"
                          # a list of judgments to enforce: "Đơn vị tổ chức thi hành"
                          r"|(?:cơ\s*quan|đơn\s*vị)\s*(?:tổ\s*chức\s*)?thi\s*hành"
                          # a board's members and their duties: "Thành viên | Nhiệm vụ được phân
                          # công", "Chức danh | Nhiệm vụ", "Người phụ trách | Nội dung"
                          r"|^\s*(?:thành\s*viên|chức\s*danh|người\s*phụ\s*trách)\s*$"),
    "support": regex.compile(r"phối\s*hợp"),
    "time": regex.compile(r"thời\s*gian|thời\s*hạn|tiến\s*độ|hoàn\s*thành"),
    "product": regex.compile(r"sản\s*phẩm|kết\s*quả|hình\s*thức"),
}
# a column about how or when the work is done, not by whom: "Phương thức tổ chức thực hiện"
# ("Tuyển chọn", "Giao trực tiếp"), "Thời gian thực hiện", "Kinh phí thực hiện"
HOW_DONE = regex.compile(r"(?:phương\s*thức|hình\s*thức|thời\s*gian|kinh\s*phí|nguồn\s*vốn)"
                         r"[^|]{0,20}?thực\s*hiện")
# a column of figures done by a date, not of who does the work: "Kế hoạch năm 2026 | Thực hiện
# 4 tháng | Tỷ lệ (%)", "Ước thực hiện năm 2025", "Thực hiện cùng kỳ"
FIGURES_DONE = regex.compile(r"\s*(?:ước\s*)?thực\s*hiện\s*(?:\d|năm|tháng|quý|kỳ|cùng\s*kỳ"
                             r"|lũy\s*kế|đến|\()")
# the columns of a schedule ("Lịch công tác tuần": "Thứ, ngày | Thời gian | Nội dung công việc |
# Lãnh đạo chủ trì | Thành phần | Địa điểm"): its rows are meetings, not work handed over
SCHEDULE_COLUMNS = (regex.compile(r"\s*thành\s*phần"), regex.compile(r"\s*địa\s*điểm"))
# a leaders' schedule may name no attendees: "Thứ, ngày | Thời gian | Nội dung công việc |
# Lãnh đạo chủ trì, dự | Địa điểm" (the day, the leader who chairs or attends, the place)
ATTENDING_LEADER = regex.compile(r"\s*lãnh\s*đạo\s*(?:chủ\s*trì|dự|tham\s*dự)")
# its column of who prepares each meeting ("Đơn vị chuẩn bị"): work handed over
PREPARES = regex.compile(r"\s*(?:đơn\s*vị|cơ\s*quan|bộ\s*phận)?\s*chuẩn\s*bị(?:\s*nội\s*dung)?\s*")
DAY_COLUMN = regex.compile(r"\s*(?:thứ\s*,?\s*)?ngày")  # "Thứ, ngày": the day of the meeting
# the column of a report on work given earlier: "Kết quả thực hiện | Tình trạng" ("Đã hoàn
# thành", "Đang thực hiện"); its rows account for work, they hand none over
STATUS = regex.compile(r"\s*(?:tình\s*trạng|mức\s*độ\s*hoàn\s*thành)\s*")
# how each task given went: "Nhiệm vụ tại Kết luận số 27 | Cơ quan được giao | Thời hạn | Tình
# hình thực hiện" (a report on work given before; with a new term column, work again)
HOW_IT_WENT = regex.compile(r"\s*(?:tình\s*hình|kết\s*quả)\s*thực\s*hiện\s*")
# a column of counts: "Số cơ sở nhà, đất dôi dư | Đã có phương án xử lý | Chưa có phương án"
COUNTED = regex.compile(r"\s*(?:đã|chưa|số)\s")
# a table of figures: "Nội dung | Đơn vị tính | Kế hoạch | Thực hiện | Tỷ lệ (%)", where
# "Thực hiện" is how much was done, not who does it
UNITS_COLUMN = regex.compile(r"\s*(?:đơn\s*vị\s*tính|đvt|tỷ\s*lệ(?:\s*\(?%\)?)?)\s*")
AMOUNT_DONE = regex.compile(r"\s*thực\s*hiện\s*")
# what came of each supervision done: "Số kiến nghị | Đã được tiếp thu" (a report's table)
HEARD = regex.compile(r"\s*(?:số\s*kiến\s*nghị|đã\s*(?:được\s*)?(?:tiếp\s*thu|giải\s*quyết))\s*")
# the column of what each body did wrong: "Đơn vị | Nội dung sai phạm | Số tiền thu sai" (an
# inspection's findings, row by row)
FAULTS = regex.compile(r"\s*(?:nội\s*dung\s*|hành\s*vi\s*)?(?:sai\s*phạm|vi\s*phạm)\s*")
# not "Số căn hộ hoàn thành năm 2026": a target ("Hạn hoàn thành mới" is a term)
TERMS = regex.compile(r"thời\s*(?:hạn|gian)|^\s*hạn(?!\p{L})")
# a column titled by the period alone: "Tháng | Nội dung | Bộ phận chủ trì" (a year's
# programme, month by month), "Ngày | Địa điểm, nội dung | Đơn vị thực hiện"
PERIOD_COLUMN = regex.compile(r"\s*(?:tháng|ngày|tuần|quý|thời\s*điểm)\s*")
PLANS = regex.compile(r"\s*phương\s*án")  # "Phương án sắp xếp, xử lý": what is settled
# "Tên tiêu chí | Nội dung tiêu chí | Chỉ tiêu chung | Kết quả đánh giá | Cơ quan phụ trách":
# criteria to assess (a form to fill), each with the body that oversees it; no work handed over
CRITERIA = regex.compile(r"\s*(?:nội\s*dung|tên)\s*(?:của\s*)?(?:tiêu\s*chí|chỉ\s*tiêu)")
SCHEMES = regex.compile(r"\s*tên\s*(?:đề\s*án|chương\s*trình)")  # "Tên đề án, chương trình"
LEADS = regex.compile(LEAD_WORD)
# what a project costs, and how long it runs (a catalogue's columns)
INVESTMENT = regex.compile(r"\s*(?:tổng\s*mức\s*đầu\s*tư|tổng\s*vốn|kinh\s*phí|vốn\s*đầu\s*tư)")
DURATION = regex.compile(r"\s*thời\s*gian\s*thực\s*hiện(?:\s*\([^)]*\))?\s*")
# the content names a project, or a case to settle ("Vụ việc": a complaint, its handler, its term)
PROJECTS = regex.compile(r"\s*(?:tên\s*(?:dự\s*án|công\s*trình)|vụ\s*việc)")
# a table of requests and what was concluded on each: "Nội dung kiến nghị | Ý kiến kết luận |
# Đơn vị thực hiện | Thời hạn". The request says what the row is about, the answer what must
# be done
REQUESTS = regex.compile(r"\s*(?:nội\s*dung\s*)?(?:(?:ý\s*kiến\s*,?\s*)?kiến\s*nghị|đề\s*xuất"
                         r"|đề\s*nghị|vướng\s*mắc|khó\s*khăn"
                         # a citizen reception's table: "Nội dung khiếu nại, kiến nghị | Ý kiến
                         # kết luận | Cơ quan chủ trì ..."
                         r"|khiếu\s*nại|tố\s*cáo|phản\s*ánh)")
ANSWERS = regex.compile(r"\s*(?:ý\s*kiến\s*(?:kết\s*luận|chỉ\s*đạo|giải\s*quyết|xử\s*lý)"
                        r"|kết\s*luận|hướng\s*(?:xử\s*lý|giải\s*quyết)"
                        r"|phương\s*án\s*giải\s*quyết|nội\s*dung\s*trả\s*lời)")
SUBMITTED_ALONE = regex.compile(r"\s*(?:trình|cấp\s*trình|trình\s*cấp)\s*")  # "Trình": to whom
SUBMITTER = regex.compile(r"\s*(?:cơ\s*quan|đơn\s*vị)\s*trình\s*")
LEADER_COLUMN = regex.compile(r"\s*(?:lãnh\s*đạo|đồng\s*chí)\b")  # "Lãnh đạo chủ trì"
RESPONSIBLE = regex.compile(r"phụ\s*trách|người\s*thực\s*hiện")
# a column that names whom each row's result is submitted to: "Cấp trình" in a work programme
# ("Chủ tịch UBND thành phố", "UBND thành phố (để trình HĐND thành phố)")
SUBMITTED_TO = regex.compile(r"\s*(?:cấp\s*trình|trình\s*cấp|(?:cơ\s*quan|đơn\s*vị)\s*(?:trình"
                             r"|nhận\s*(?:báo\s*cáo|kết\s*quả|sản\s*phẩm))"
                             # a party programme: "Cấp cho ý kiến | Thời gian trình" ("Ban
                             # Thường vụ"), "Cấp quyết định", "Cấp phê duyệt"
                             r"|cấp\s*(?:cho\s*ý\s*kiến|quyết\s*định|phê\s*duyệt|thông\s*qua)"
                             r"|nơi\s*nhận(?:\s*(?:báo\s*cáo|kết\s*quả|số\s*liệu))?)\s*")
# a notes column ("Ghi chú": "Trình Giám đốc Sở duyệt", "Tờ trình UBND tỉnh"): read as the
# product column when there is none; only its receivers are taken from it
NOTES = regex.compile(r"\s*ghi\s*chú")
# a column that names bodies and nothing more ("Cơ quan, đơn vị" beside "Nhiệm vụ" in a
# decision's annex of a working group): whose row it is, when no column says who leads
BODIES = regex.compile(r"\s*(?:(?:cơ\s*quan|đơn\s*vị|địa\s*phương)(?:\s*(?:,|và)\s*(?:cơ\s*quan"
                       r"|đơn\s*vị|địa\s*phương))*"
                       # "STT | Trường | Nội dung thực hiện | Thời hạn hoàn thành": each school's
                       r"|(?:tên\s*)?trường(?:\s*học)?|cơ\s*sở\s*giáo\s*dục"
                       # a party committee's list of its cells: "STT | Đảng ủy | Nhiệm vụ"
                       r"|đảng\s*ủy|chi\s*bộ|cấp\s*ủy"
                       # the premises an inspection found at fault: "STT | Cơ sở | Địa chỉ | Nội
                       # dung phải khắc phục | Thời hạn khắc phục"
                       # (not "Doanh nghiệp | Nội dung kiến nghị": what firms asked)
                       r"|(?:tên\s*)?cơ\s*sở(?:\s*(?:kinh\s*doanh|sản\s*xuất|được\s*kiểm\s*tra))?)"
                       r"\s*")
# a time column that replaces another: "Thời hạn theo văn bản giao | Thời hạn hoàn thành mới"
# in a letter urging overdue work; the new one is the deadline
REVISED_TIME = regex.compile(r"\bmới\b|điều\s*chỉnh|gia\s*hạn")
# a list of overdue work: "Văn bản giao | Thời hạn đã giao | Số ngày quá hạn". Without a
# column giving a new term ("Thời hạn mới", "Thời hạn đề nghị hoàn thành") it counts how late
# each body is, a report; the letter's own items say what must now be done
OVERDUE_DAYS = regex.compile(r"\s*số\s*ngày\s*(?:quá\s*hạn|chậm)")
NEW_TERM = regex.compile(REVISED_TIME.pattern + r"|đề\s*nghị|hoàn\s*thành")
# the first of such columns, the term the work was first given: "Thời hạn theo văn bản giao",
# "Thời hạn theo Công văn số 8035/STC-QLCS" (then "Thời hạn đề nghị hoàn thành")
GIVEN_TIME = regex.compile(r"theo\s*(?:văn\s*bản|công\s*văn|quyết\s*định|kế\s*hoạch|thông\s*báo"
                           r"|chỉ\s*thị|quy\s*định)"
                           # "Hạn ban đầu | Số ngày quá hạn | Hạn hoàn thành mới"
                           r"|ban\s*đầu|đã\s*giao")
# a table with no column of who leads whose group rows name the bodies ("I | BỘ TÀI CHÍNH",
# then that ministry's overdue tasks): the lead column is the group's title
GROUP_LEAD = -1
# a row's number, which no header row holds ("12", "3.1"), and the words a column title runs to
ROW_NUMBER = regex.compile(r"\s*\d{1,3}(?:\.\d{1,3})*\.?\s*")
HEADER_WORDS = 12
Span = tuple[int, int]
# a plan's schedule drawn as a chart: under "Thời gian thực hiện (tháng)", a row of one column
# per month or quarter ("T1 | T2 | ... | T12", "Tháng 1", "Quý I", "Q2/2026"), and in each task
# row a mark ("x") in the periods the work runs in. Bare numbers ("1 | 2 | 3") are no months:
# tables number their columns so ("(1) | (2)")
PERIOD_LABEL = regex.compile(r"\s*(?:(?:t|th|tháng)\s*\.?\s*(?P<month>1[0-2]|0?[1-9])"
                             r"|(?:q|quý)\s*(?P<quarter>iv|i{1,3}|[1-4]))"
                             r"(?:\s*[/-]\s*(?P<year>20\d\d))?\s*")
CHART_PERIODS = 3  # periods at least in a chart's row of labels
QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# a column of answers beside what was asked ("Nội dung kiến nghị | Cơ quan giải quyết | Kết quả
# trả lời, giải quyết"): a report on voters' petitions, whose answers may hand work over in
# prose ("Kiến nghị là chính đáng. UBND tỉnh giao Sở Xây dựng chủ trì ..."); not "Phương án xử
# lý" in the annex of a decision on public buildings ("Chuyển giao cho UBND phường X làm trụ
# sở" is what the decision settles, not work it hands over)
ANSWER = regex.compile(r"trả\s*lời|kết\s*quả\s*giải\s*quyết|ý\s*kiến\s*chỉ\s*đạo")
# lines that may stand between two rows of one task table: a group's title ("1. Công tác tuyên
# truyền") that a plain-text copy puts on a line of its own, not as a row with one cell filled
GROUP_LINES = 2


@dataclass(frozen=True)
class ChartColumn:
    """A column of a schedule chart: the period it stands for, by its last month."""

    col: int
    month: int  # "T3" -> 3, "Quý II" -> 6
    year: int | None  # when the label gives it ("T3/2026"); else the plan's year


@dataclass
class TaskRow:
    line: int
    content: Span
    lead: Span | None = None
    support: Span | None = None
    time: Span | None = None
    product: Span | None = None
    receiver: Span | None = None  # a column that names whom the result goes to ("Cấp trình")
    group: Span | None = None  # the content of the group row above ("A | Các nội dung trình ...")
    inherited: bool = False  # the lead cell is the parent row's ("1.1" under "1")
    grouped: bool = False  # the lead cell is the group row's title ("I | BỘ TÀI CHÍNH")
    # a chart's row: the last period marked (its cell and its column), for the deadline
    marked: tuple[Span, ChartColumn] | None = None


@dataclass
class TaskTable:
    table: int
    header_line: int
    # column by name ("content", "lead", "time" ...); "lead" is GROUP_LEAD when the group rows
    # name the bodies, and "revised" is there (the time column again) when the time column
    # replaced an earlier one, so that a row with it empty is work done; "day" is there (the
    # time column again) when a row that leaves it empty is on the day or month above; "status"
    # is there in a list of late work: a row whose status says done is no task
    columns: dict[str, int]
    rows: list[TaskRow] = field(default_factory=list)
    chart: list[ChartColumn] = field(default_factory=list)  # its periods, when it charts them


# the first cell of a header row: "STT", "TT", "Số TT"
NUMBER_HEADER = regex.compile(r"\s*(?:số\s*)?(?:stt|tt)\s*\.?\s*")


def find_task_tables(text: str, lines: list[Line], structure: Structure) -> list[TaskTable]:
    tables: list[TaskTable] = []
    current: TaskTable | None = None
    group: Span | None = None  # the title of the current table's last group row
    parent: TaskRow | None = None  # the last row numbered "N", for sub-rows "N.1", "N.2"
    parent_number: str | None = None
    width = 0  # the current table's header cells
    between = 0  # lines since its last row that are no rows
    day: Span | None = None  # a schedule's last day cell
    for line in lines:
        if line.kind != "row" or not line.cells:
            between += 1
            continue
        if current is not None and line.table != current.table:
            if between <= GROUP_LINES and len(line.cells) == width and not (
                    NUMBER_HEADER.fullmatch(fold(text[slice(*line.cells[0])]))):
                current.table = line.table  # a group's title between rows, on its own line
                # (not a new table's header row: "PHỤ LỤC II" + its title + "STT | Tên đường")
            else:
                current = None
        between = 0
        columns = _header_columns(text, line, _urged(lines, line.index))
        if columns is not None:
            group = parent = parent_number = day = None
            current = TaskTable(line.table, line.index, columns)
            width = len(line.cells)
            tables.append(current)
            continue
        if current is None:
            continue
        if not current.rows and _column_numbers(text, line):
            continue  # "(1) | (2) | (3) | ...": the header's columns numbered, no row
        if not current.rows and not current.chart and "time" in current.columns:
            chart = _chart_columns(text, line, current.columns["time"])
            if chart is not None:  # "T1 | T2 | ... | T12" under "Thời gian thực hiện"
                width = _spread_over_chart(current, chart, len(line.cells), width)
                continue
        if _totals_row(text, line):
            continue
        number = _row_number(text, line)
        grouped = current.columns["lead"] == GROUP_LEAD
        if grouped and number is None:
            group = _group_title(line, current.columns)  # "II | BỘ XÂY DỰNG"
            continue
        # (in a table whose group rows name the bodies, rows before any group row: "Các chủ
        # đầu tư gửi báo cáo ... theo các kỳ và thời hạn sau:" over "STT | Nội dung báo cáo |
        # Thời hạn gửi"; the sentence above the table may say whose they are, see tasks.py)
        row = _task_row(text, line, current.columns, lead=group if grouped else None,
                        unled=grouped and group is None)
        if row is not None and grouped:
            row.grouped = True
        if "day" in current.columns:  # a schedule's day, written on its first meeting only
            day = _cell_at(text, line, current.columns["day"]) or day
            if row is not None:
                row.time = day
        if row is not None and current.chart:
            row.marked = _last_mark(text, line, current.chart)
        if row is not None and (("revised" in current.columns and row.time is None) or (
                row.time is not None and DONE.match(text, *row.time)) or (
                (status := _cell_at(text, line, current.columns.get("status"))) is not None
                and DONE.match(text, *status))):
            row = None  # "Thời hạn đề nghị hoàn thành" left empty, or "Đã thực hiện (Quyết
            group_kept = True  # định số ...)" in the time column: the work is done
        else:
            group_kept = False
        if parent is not None and _numbered_under(number, parent_number):
            if row is None:
                # "1.1 | Rút ngắn ... | (empty) | Trung tâm X | Quý II": row 1's lead
                row = _task_row(text, line, current.columns, lead=parent.lead)
                if row is not None:
                    row.inherited = True
            if row is not None and current.rows and current.rows[-1] is parent and (
                    parent.time is None):
                current.rows.pop()  # "1 | Chỉ số Gia nhập thị trường | Sở Tài chính": a
                # heading over its sub-rows, which hold the work
        elif row is None and number is not None and not group_kept and parent is not None and (
                current.rows and current.rows[-1] is parent):
            # "2 | (empty) | Hợp nhất 02 Hệ thống ..." under "1 | Sở Khoa học và Công nghệ |
            # ...": a lead cell merged with the one above it in the source
            row = _task_row(text, line, current.columns, lead=parent.lead)
            if row is not None:
                row.inherited = True
        if row is not None:
            row.group = group
            current.rows.append(row)
            if number is not None and "." not in number.rstrip("."):
                parent, parent_number = row, number.rstrip(".")
        elif not group_kept and not grouped:
            group = _group_title(line, current.columns)
            parent = parent_number = None
    return [table for table in tables if not _agenda(text, table)]


# an hour of the day and the next: "08h00 - 08h15", "8:00-8:30", "14 giờ 00 - 14 giờ 30"
CLOCK_RANGE = regex.compile(r"\s*[0-2]?\d\s*(?:h|giờ|:)\s*(?:[0-5]\d)?(?:\s*phút)?\s*[-–]\s*"
                            r"[0-2]?\d\s*(?:h|giờ|:)\s*(?:[0-5]\d)?(?:\s*phút)?\s*",
                            regex.IGNORECASE)


def _agenda(text: str, table: TaskTable) -> bool:
    """A meeting's programme: "Thời gian | Nội dung | Thực hiện" whose rows run hour by hour
    ("08h00 - 08h15 | Đón tiếp đại biểu | Văn phòng"). Who speaks or presents at each item is
    named, no work handed over (a column of who prepares each item would hand some over)."""
    if "prepares" in table.columns or len(table.rows) < 2:
        return False
    return all(row.time is not None and CLOCK_RANGE.fullmatch(text, *row.time)
               for row in table.rows)


COLUMN_NUMBER = regex.compile(r"\s*\(?(\d{1,2})\)?\s*")


def _column_numbers(text: str, line: Line) -> bool:
    """A row that numbers the columns of the header above it: "(1) | (2) | (3)" or "1 | 2 |
    3", each cell the one before it plus one."""
    cells = line.cells or []
    numbers = [COLUMN_NUMBER.fullmatch(text, s, e) for s, e in cells]
    return len(cells) >= CHART_PERIODS and all(numbers) and [
        int(found[1]) for found in numbers] == list(range(1, len(cells) + 1))


def _chart_columns(text: str, line: Line, time_col: int) -> list[ChartColumn] | None:
    """The periods of a chart's row of labels right under its header, or None when the row
    is not one. A row of labels alone ("T1 | ... | T12") stands under the header's time
    column, whose place in the rows below it takes; a row as wide as the rows below, its other
    cells empty (merged down from the header), gives each label its own column."""
    cells = [fold(text[s:e]) for s, e in line.cells or ()]
    labels = [(col, PERIOD_LABEL.fullmatch(cell)) for col, cell in enumerate(cells)
              if cell.strip()]
    if len(labels) < CHART_PERIODS or not all(found for _, found in labels):
        return None
    compact = len(labels) == len(cells)
    out = []
    for col, found in labels:
        month = int(found["month"]) if found["month"] else 3 * (
            QUARTERS.get(found["quarter"]) or int(found["quarter"]))
        out.append(ChartColumn(time_col + col if compact else col, month,
                               int(found["year"]) if found["year"] else None))
    return out


def _spread_over_chart(table: TaskTable, chart: list[ChartColumn], cells: int,
                       width: int) -> int:
    """The header's columns as the rows under a chart place them: the time column gives way
    to the chart's periods, and a column after it moves right by what the rows hold more than
    the header (its periods less one under a row of labels alone; nothing when the header
    is spread as wide as the labels' row, as a DOCX grid spreads a merged cell). The width of
    the rows."""
    time_col = table.columns["time"]
    compact = cells == len(chart) and chart[0].col == time_col
    rows_width = width + cells - 1 if compact else max(cells, width)
    shift = rows_width - width
    table.columns = {name: col + shift if col > time_col else col
                     for name, col in table.columns.items() if col != time_col}
    table.chart = chart
    return rows_width


def _last_mark(text: str, line: Line, chart: list[ChartColumn]
               ) -> tuple[Span, ChartColumn] | None:
    """The last period the row marks ("x" in its column), with its cell."""
    for column in reversed(chart):
        cell = _cell_at(text, line, column.col)
        if cell is not None:
            return cell, column
    return None


# a time cell that says the row's work is done: "Đã thực hiện (Quyết định số 276/QĐ-UBND)"
DONE = regex.compile(r"\s*(?:đã|đã\s*được)\s*(?:thực\s*hiện|hoàn\s*thành|ban\s*hành|tổ\s*chức|xong"
                     # "Đã trình UBND tỉnh tại Tờ trình số ...", "Đã báo cáo ngày 04/9": its
                     # part done
                     r"|trình|nộp|báo\s*cáo)"
                     r"(?!\p{L})", regex.IGNORECASE)


# a mark standing alone inside a column title, OCR's dust: "Đơn vị phối . hợp"
STRAY_MARK = regex.compile(r"(?<=\p{L})\s+[.,:;'`’]+\s+(?=\p{L})")


# a table's last row that adds up the others: "Tổng cộng | 10 xã | 29 thôn, bản; 19 trạm BTS"
TOTALS_CELL = regex.compile(r"\s*(?:tổng\s*(?:cộng|số)?|cộng)\s*:?\s*", regex.IGNORECASE)


def _totals_row(text: str, line: Line) -> bool:
    """The row's first cell with text says it sums the rows above: no work of its own."""
    first = next((text[s:e] for s, e in line.cells if text[s:e].strip()), "")
    return TOTALS_CELL.fullmatch(first) is not None


def _row_number(text: str, line: Line) -> str | None:
    """The row's number in its first cell ("1", "1.2"), or None."""
    s, e = line.cells[0]
    cell = text[s:e].strip()
    return cell if ROW_NUMBER.fullmatch(cell) else None


def _numbered_under(number: str | None, parent: str | None) -> bool:
    """"1.2" under "1": a sub-row of the row numbered ``parent``."""
    return number is not None and parent is not None and number.startswith(parent + ".")


def _group_title(line: Line, columns: dict[str, int]) -> Span | None:
    """The title of a group row ("A | Các nội dung trình UBND Thành phố"): the content cell,
    or the last cell when the row has fewer cells than the header."""
    cells = line.cells or []
    col = columns["content"]
    return cells[col] if col < len(cells) else (cells[-1] if cells else None)


def _schedule(cells: list[str]) -> bool:
    """The header of a week's schedule: attendees and a place, or a leader, a day and a
    place."""
    if all(any(word.match(c) for c in cells) for word in SCHEDULE_COLUMNS):
        return True
    place = SCHEDULE_COLUMNS[1]
    return all(any(word.match(c) for c in cells) for word in (place, DAY_COLUMN, ATTENDING_LEADER))


# what a list of work given before is when the lines over it call it late: "DANH MỤC NHIỆM VỤ
# QUÁ HẠN, CHẬM TIẾN ĐỘ", "còn nhiều nhiệm vụ quá hạn ... Danh mục một số nhiệm vụ chậm"
OVERDUE_WORK = regex.compile(r"quá\s*hạn|chậm\s*(?:tiến\s*độ|thực\s*hiện|hoàn\s*thành)"
                             r"|chưa\s*hoàn\s*thành")
URGED_LINES = 3  # the lines over a table that may say so (its appendix's title, its source)


def _urged(lines: list[Line], index: int) -> bool:
    """The lines right over the header row at ``index`` say the work listed is late."""
    above = [ln for ln in lines[max(0, index - URGED_LINES):index] if ln.kind != "row"]
    return any(OVERDUE_WORK.search(fold(ln.text)) for ln in above)


def _header_columns(text: str, line: Line, urged: bool = False) -> dict[str, int] | None:
    """The columns of a task table whose header row is ``line``, or None. ``urged``: the
    lines over it call the work late, so a column of how each task went marks what is left
    to do (a list of late work, each row still owed unless done), not a report."""
    cells = [STRAY_MARK.sub(" ", fold(text[s:e])) for s, e in line.cells]
    if ROW_NUMBER.fullmatch(cells[0]) or any(len(c.split()) > HEADER_WORDS for c in cells):
        # "12 | Hội nghị sơ kết ..., triển khai nhiệm vụ quý II | ... | Chủ tịch UBND chủ
        # trì": a numbered row, or a cell longer than column titles run, whatever its words
        return None
    if _schedule(cells):
        # a week's schedule: who chairs each meeting, who attends, where; its one column of
        # work handed over, when it has one, is who prepares each meeting ("Đơn vị chuẩn bị")
        content = _first_column(cells, lambda c: bool(COLUMNS["content"].search(c)))
        prepares = _first_column(cells, lambda c: bool(PREPARES.fullmatch(c)))
        day = _first_column(cells, lambda c: bool(DAY_COLUMN.match(c)))
        if content is None or prepares is None:
            return None
        # ("day": a row that leaves its day empty is on the day above)
        # ("prepares": the column may hold whole sentences of work, "Công an phường chuẩn bị
        # báo cáo ...", each a task of its own)
        return {"content": content, "lead": prepares, "time": day, "day": day,
                "prepares": prepares} if (day is not None) else {
            "content": content, "lead": prepares, "prepares": prepares}
    reports_back = any(OVERDUE_DAYS.match(c) or HOW_IT_WENT.fullmatch(c) for c in cells) and (
        not any(TERMS.search(c) and NEW_TERM.search(c) for c in cells))
    status = _first_column(cells, lambda c: bool(HOW_IT_WENT.fullmatch(c))) if urged else None
    if (reports_back and status is None) or any(
            STATUS.fullmatch(c) or FAULTS.fullmatch(c) or HEARD.fullmatch(c) for c in cells):
        return None  # where each task given stands, how late it is: a report, not new work
    found: dict[str, int] = {} if status is None else {"status": status}
    for col, cell in enumerate(cells):
        if col == status:
            continue  # ("Tình hình thực hiện" says how it went, not who does it)
        for name, pattern in COLUMNS.items():
            if name in found or not pattern.search(cell):
                continue
            if name == "content" and COUNTED.match(cell):
                continue  # "Đã có phương án xử lý | Chưa có ...": how many, not what to do
            if name == "lead" and (COLUMNS["support"].search(cell) or HOW_DONE.search(cell)
                                   or FIGURES_DONE.match(cell)):
                continue
            if name == "time" and "lead" not in found and COLUMNS["lead"].search(cell) and (
                    not HOW_DONE.search(cell)):
                continue
            found[name] = col
            break
    if "lead" in found and LEADER_COLUMN.match(cells[found["lead"]]):
        # "Nội dung | Lãnh đạo chủ trì | Cơ quan chuẩn bị nội dung": the leader chairs the
        # meeting, the body prepares it; a leader leads only where no body is named
        body = _first_column(cells, lambda c: bool(COLUMNS["lead"].search(c)) and not (
            LEADER_COLUMN.match(c) or COLUMNS["support"].search(c)), after=found["lead"],
            taken=set(found.values()))
        if body is not None:
            found["lead"] = body
    if "content" in found and REQUESTS.match(cells[found["content"]]):
        answer = _first_column(cells, lambda c: bool(ANSWERS.match(c)), after=found["content"],
                               taken=set(found.values()))
        if answer is not None:
            found["content"] = found["answers"] = answer
    if "content" in found and PROJECTS.match(cells[found["content"]]):
        # "Tên dự án | Chủ đầu tư | Nội dung cần thực hiện | Thời hạn": the project names what
        # the row is about, the later column what must be done
        work = _first_column(cells, lambda c: bool(COLUMNS["content"].search(c)) and not (
            PROJECTS.match(c)), after=found["content"], taken=set(found.values()))
        if work is not None:
            found["content"] = work
    if "time" not in found:
        period = _first_column(cells, lambda c: bool(PERIOD_COLUMN.fullmatch(c)),
                               taken=set(found.values()))
        if period is not None:  # ("Tháng 1" written once over its rows, like a day)
            found["time"] = found["day"] = period
    if "time" in found:
        given = bool(GIVEN_TIME.search(cells[found["time"]]))
        revised = _first_column(cells, lambda c: bool(COLUMNS["time"].search(c) and (
            given or REVISED_TIME.search(c))), after=found["time"])
        if revised is not None:
            found["time"] = revised
            found["revised"] = revised
    if "lead" not in found:
        # "Đồng chí phụ trách", "Người phụ trách": who answers for the row, when no column
        # says who leads ("Lãnh đạo phụ trách" beside "Cơ quan chủ trì" is not the lead);
        # else a column that only names bodies ("Cơ quan, đơn vị")
        taken = set(found.values())
        lead = _first_column(cells, lambda c: bool(RESPONSIBLE.search(c)), taken=taken)
        if lead is None and any(SUBMITTED_ALONE.fullmatch(c) for c in cells):
            # "Nội dung trình | Cơ quan trình | Trình | Thời hạn trình": beside a column of
            # whom each is submitted to, "Cơ quan trình" is the body that submits
            lead = _first_column(cells, lambda c: bool(SUBMITTER.fullmatch(c)), taken=taken)
        if lead is None and not ("content" in found and PLANS.match(cells[found["content"]])):
            # (not beside a plan for each body: "Cơ quan | Phương án sắp xếp" is what the
            # decision settles for each body, no work handed over)
            lead = _first_column(cells, lambda c: bool(BODIES.fullmatch(c)), taken=taken)
        if lead is not None:
            found["lead"] = lead
    receiver = _first_column(cells, lambda c: bool(SUBMITTED_TO.fullmatch(c) or (
        SUBMITTED_ALONE.fullmatch(c))), taken=set(found.values()))
    if receiver is not None:
        found["receiver"] = receiver
    if "product" not in found:
        notes = _first_column(cells, lambda c: bool(NOTES.match(c)), taken=set(found.values()))
        if notes is not None:
            found["product"] = notes
    if "content" in found and "lead" in found and CRITERIA.match(cells[found["content"]]) and (
            not LEADS.search(cells[found["lead"]])):
        return None  # a form of criteria to assess, each with the body that oversees it
    if "content" in found and "lead" in found and SCHEMES.match(cells[found["content"]]) and (
            not LEADS.search(cells[found["lead"]])):
        return None  # "Tên đề án | Đơn vị thực hiện | Kinh phí khuyến công": a list funded,
        # each by who carries it out; with "Cơ quan chủ trì" the schemes are work handed over
    projects = "content" in found and PROJECTS.match(cells[found["content"]]) is not None
    if projects and "time" in found and "product" not in found and COLUMNS["content"].search(
            cells[found["time"]]):
        found["product"] = found["time"]  # "Nhiệm vụ, thời hạn": "Trình HĐND tỉnh ... trước"
    if projects and "time" in found and DURATION.fullmatch(cells[found["time"]]) and any(
            INVESTMENT.match(c) for c in cells):
        return None  # "Tên dự án | Chủ đầu tư | Tổng mức đầu tư dự kiến | Thời gian thực hiện":
        # a catalogue of projects, each with its investor, cost and years, not work handed over
    if projects and not ("time" in found and TERMS.search(cells[found["time"]])):
        return None  # a list of projects and their investors says no work by itself (a
        # report's table of where each stands, targets); with a column of terms it hands
        # work over
    if "lead" in found and AMOUNT_DONE.fullmatch(cells[found["lead"]]) and any(
            UNITS_COLUMN.fullmatch(c) for c in cells):
        return None
    if "content" in found and "lead" in found:
        return found
    if "content" in found and "time" in found and TERMS.search(cells[found["time"]]):
        found["lead"] = GROUP_LEAD  # whose work each row is, its group row says
        return found
    return None


def _first_column(cells: list[str], test: Callable[[str], bool], after: int = -1,
                  taken: Collection[int] = ()) -> int | None:
    """The first column after ``after``, not ``taken``, whose folded header cell passes."""
    return next((col for col, cell in enumerate(cells)
                 if col > after and col not in taken and test(cell)), None)


def _cell_at(text: str, line: Line, col: int | None) -> Span | None:
    """The row's cell in column ``col``, when it holds something."""
    if col is None or col < 0 or col >= len(line.cells):
        return None
    s, e = line.cells[col]
    return (s, e) if text[s:e].strip() else None


# what a form's blank row holds in place of the work: an instruction in parentheses ("(Ghi tên
# đề án)", "(ghi rõ nội dung)") or dots
TEMPLATE_CELL = regex.compile(r"\s*(?:\(\s*(?:ghi|nêu|điền)\s[^()]*\)|[.…\s]+)\s*",
                              regex.IGNORECASE)


def _task_row(text: str, line: Line, columns: dict[str, int], lead: Span | None = None,
              unled: bool = False) -> TaskRow | None:
    """The row's cells by column; ``lead``: the lead cell to use when its own is empty;
    ``unled``: a row may have none."""
    def span(name: str) -> Span | None:
        return _cell_at(text, line, columns.get(name))

    content = span("content")
    lead = span("lead") or lead
    if content is None or (lead is None and not unled):
        return None  # a group row or an empty line of the table
    if TEMPLATE_CELL.fullmatch(text, *content):
        return None  # a form's row to fill in: "(Ghi tên đề án, dự thảo văn bản)", "..."
    return TaskRow(line.index, content, lead, span("support"), span("time"), span("product"),
                   span("receiver"))


def find_answer_cells(text: str, lines: list[Line], task_tables: list[TaskTable]
                      ) -> dict[int, Span]:
    """The answer cell of each row of a table that is no task table but has a column of
    answers (:data:`ANSWER`), by line: its prose is read as any paragraph is, the rest of
    the row (what was asked, who was asked) assigns nothing."""
    taken = {table.table for table in task_tables}
    out: dict[int, Span] = {}
    table: int | None = None
    column: int | None = None
    for line in lines:
        if line.kind != "row" or not line.cells or line.table in taken:
            continue
        if line.table != table:
            table, column = line.table, _answer_column(text, line)
            continue
        if column is not None and column < len(line.cells):
            s, e = line.cells[column]
            if text[s:e].strip():
                out[line.index] = (s, e)
    return out


def _answer_column(text: str, line: Line) -> int | None:
    """The column of answers a table's first row names, when that row reads as a header."""
    cells = [fold(text[s:e]) for s, e in line.cells]
    if ROW_NUMBER.fullmatch(cells[0]) or any(len(c.split()) > HEADER_WORDS for c in cells):
        return None
    return _first_column(cells, lambda c: bool(ANSWER.search(c)))
