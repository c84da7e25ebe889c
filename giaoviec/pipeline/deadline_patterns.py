"""The Vietnamese temporal grammar behind :mod:`giaoviec.pipeline.deadlines`, as regex patterns.

Kept apart from the code that interprets matches so that the grammar reads as one table. Why
a grammar of our own: general date parsers misread administrative phrasing ("quý IV/2025",
"6 tháng đầu năm", "trước ngày 20 hằng tháng", "05 ngày làm việc kể từ ngày ký").

Conventions:

* every rule is one compiled pattern; the interpreter reads its named groups;
* ``\\s*`` between words, because text served by legal portals runs words together
  ("tháng8 năm 2015", "thờihạn");
* patterns are case-insensitive and expect NFC text (what ingestion produces).
"""

from __future__ import annotations

import calendar
import functools
from collections.abc import Callable
from datetime import date, timedelta

from giaoviec.rx import regex

# a plain int: the parser tests a pattern's flags at every step, and an enum's "&" costs a call
# into the enum machinery each time (see giaoviec.rx); the grammar's rules compile with these
FLAGS = int(regex.IGNORECASE | regex.VERSION0)

# --- numbers written as words ----------------------------------------------------------------

UNIT_WORDS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
              "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}
MONTH_WORDS = {"giêng": 1, "chạp": 12}
_UNIT = r"(?:một|mốt|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín)"
WORD_NUMBER = (rf"(?:(?:hai|ba)\s+mươi(?:\s+{_UNIT})?|mười(?:\s+{_UNIT})?"
               r"|một|hai|ba|bốn|năm|sáu|bảy|tám|chín)")
MONTH_WORD = r"(?:mười\s+(?:một|hai)|mười|một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|giêng|chạp)"
SMALL_NUMBER = (r"(?:\d{1,3}|mười\s+(?:lăm|hai)|mười|hai\s+mươi|ba\s+mươi"
                r"|một|hai|ba|bốn|năm|sáu|bảy|tám|chín)")

# --- atoms -----------------------------------------------------------------------------------

YEAR = r"(?:19|20)\d\d"
# (an "l" typed or read for "I": "Quý l/2026", "quý lll/2026")
ROMAN_QUARTER = r"(?:[Il]V|[Il]{1,3}|[1-4])(?![\p{L}\d])"
# "/2025", "-2025", " năm 2025", ", năm 2025"
YEAR_TAIL = r"(?:\s*(?:[/-]|,?\s*năm)\s*(?P<y>" + YEAR + r"))?(?!\d)"


def date_pattern(sfx: str = "") -> str:
    """A calendar date with groups d/m/y (+ sfx); numeric, spelled with "tháng", or in words."""
    numeric = (rf"(?<![\d.,/-])(?P<d{sfx}>[0-3]?\d)\s?(?P<sep{sfx}>[/.-])\s?(?P<m{sfx}>[01]?\d)"
               rf"(?:\s?(?P=sep{sfx})\s?(?P<y{sfx}>{YEAR}))?(?![\d/]|\.\d)")
    spelled = (rf"(?<![\d.,/-])(?P<d{sfx}>[0-3]?\d)\s*tháng\s*(?P<m{sfx}>[01]?\d)"
               rf"(?:\s*,?\s*năm\s*(?P<y{sfx}>{YEAR}))?(?!\d)")
    words = (rf"(?P<ngay{sfx}>ngày)\s+(?:(?:mồng|mùng)\s+)?(?P<dw{sfx}>{WORD_NUMBER}|[0-3]?\d)"
             r"\s+tháng\s+"
             rf"(?P<mw{sfx}>{MONTH_WORD}|\d{{1,2}})(?!\p{{L}})"
             rf"(?:\s*,?\s*năm\s+(?P<y{sfx}>{YEAR}))?(?!\d)")
    return rf"(?:(?:(?P<ngay{sfx}>ngày)\s*(?:mồng|mùng)?\s*)?(?:{numeric}|{spelled})|{words})"


TIME = (r"(?<![\d/])(?P<hh>[0-2]?\d)\s*(?:giờ|h(?!\p{L})|g(?=\d))"
        r"(?:\s*(?P<mm>[0-5]\d)(?:\s*phút|')?)?(?:\s*(?:sáng|chiều|trưa|tối))?")
WEEKDAY = (r"(?:(?:ngày|buổi)\s*)?(?:(?:sáng|chiều|trưa|tối)\s*)?"
           r"(?:thứ\s*(?P<wd>hai|ba|tư|năm|sáu|bảy|[2-7])(?!\p{L})|(?P<sun>chủ\s*nhật))")
MONTH = r"tháng\s*(?P<m>[01]?\d)" + YEAR_TAIL
# "tuần đầu tháng 3/2026", "tuần thứ hai của tháng 12", "tuần cuối tháng 6"
MONTH_WEEK = (r"tuần\s*(?P<wk>đầu|cuối|thứ\s*(?:nhất|hai|ba|tư|[1-4]))(?!\p{L})\s*(?:của\s*)?"
              + MONTH)
QUARTER = r"quý\s*(?P<q>" + ROMAN_QUARTER + ")" + YEAR_TAIL
HALF = (r"(?P<n>\d{1,2}|sáu|chín|ba)\s*tháng\s*(?P<pos>đầu|cuối)\s*năm"
        r"(?:\s*(?P<y>" + YEAR + r"))?(?!\d)")
YEAR_ONLY = r"năm\s*(?P<y>" + YEAR + r")(?!\s*[-–—]\s*\d)(?!\d)"
# "tháng này", "quý tới", "năm nay": a period named relative to the issue date
NAMED = (r"(?P<unit>tuần|tháng|quý|năm)\s*(?P<which>này|nay|hiện\s*nay|tới|sau|tiếp\s*theo)"
         r"(?!\p{L})"
         # "hoàn thành trong tuần.": the week of the issue date, "này" left unsaid (not "vào
         # các ngày làm việc trong tuần": a rhythm)
         r"|(?<=trong\s{1,3})(?<!(?:việc|ngày)\s{1,3}trong\s{1,3})(?P<unit>tuần)(?P<which>)"
         r"(?=\s*(?:[,.;)]|$))")
# a week by its number in the year, as weekly meetings count them: "trong tuần 17",
# "tuần 18 năm 2026" (Monday to Sunday, ISO 8601)
# (not a week of a month's programme dated in brackets: "Tuần thứ 3 (từ 17/11 đến 21/11/2025)")
WEEK_NUMBER = (r"tuần\s*(?:thứ\s*)?(?P<wn>[1-5]?\d)(?![\d/]|\.\d)(?!\s*(?:ngày|tháng|tuần))"
               r"(?:\s*(?:năm|/)\s*(?P<y>" + YEAR + r"))?(?!\d)"
               r"(?!\s*\(\s*(?:từ\s*)?(?:ngày\s*)?\d)")
# the summer holidays of a year, "dịp hè 2026", "kỳ nghỉ hè năm 2026": June to August (without
# a year it is an event: see EVENT)
SUMMER = (r"(?:(?:dịp|kỳ\s*nghỉ|mùa)\s*)?(?P<summer>hè)\s*(?:năm\s*)?(?P<y>" + YEAR
          + r")(?![\d/-])")
# months listed under one word: "các tháng 5, 6, 7 năm 2026", "tháng 10, 11 và 12/2026" (the
# work runs through the last)
MONTH_LIST = r"(?:các\s*)?tháng\s*(?:[01]?\d\s*(?:,|và)\s*){1,11}(?P<m>[01]?\d)" + YEAR_TAIL
PERIOD = (rf"(?:{HALF}|{QUARTER}|{MONTH_WEEK}|{MONTH_LIST}|{MONTH}|{WEEK_NUMBER}|{YEAR_ONLY}"
          rf"|{NAMED}|{SUMMER})")

# --- prefixes --------------------------------------------------------------------------------

BY_PREFIX = (r"(?:(?:chậm|muộn)\s*nhất|không\s*(?:muộn|chậm)\s*hơn"
             r"|(?:thời\s*)?hạn\s*(?:chót|cuối)|trước|đến\s*hết|tới\s*hết|đến|tới|trong)(?!\p{L})"
             r"(?:\s*(?:là|vào|đến|trong)(?!\p{L}))?")
PERIOD_PREFIX = (r"(?P<pre>ngay\s*trong|trong\s*(?:suốt|cả)|trong|đến\s*hết|tới\s*hết|hết"
                 r"|(?:vào|đến|tới|trước)\s*cuối|đến|tới|trước|vào)(?!\p{L})")

# --- rules -----------------------------------------------------------------------------------

# the last day of a month named by the law's terms: "chậm nhất là ngày cuối cùng của tháng đầu
# quý IV năm 2026" (one day), "ngày cuối cùng của tháng 3/2026"; of every such month:
# "chậm nhất ngày cuối cùng của tháng đầu quý sau", "... của tháng tiếp theo"
LAST_DAY = (rf"(?P<pre>{BY_PREFIX})?\s*ngày\s*cuối\s*cùng\s*(?:của\s*)?"
            rf"(?:tháng\s*(?P<m>[01]?\d)\s*(?:/|năm)\s*(?P<y>{YEAR})"
            rf"|tháng\s*(?P<nth>đầu|thứ\s*(?:hai|2)|giữa|cuối|thứ\s*(?:ba|3))\s*(?:của\s*)?"
            rf"quý\s*(?P<q>{ROMAN_QUARTER})\s*(?:/|năm)\s*(?P<qy>{YEAR})"
            r"|(?P<quarterly>tháng\s*(?:đầu|cuối)\s*(?:của\s*)?(?:mỗi\s*|hằng\s*|các\s*)?quý"
            r"(?:\s*(?:sau|tiếp\s*theo|kế\s*tiếp))?)(?!\s*(?:[ivxIVX]+(?!\p{L})|\d))"
            r"|(?P<monthly>(?:(?:mỗi|hằng)\s*)?tháng(?:\s*(?:sau|tiếp\s*theo|kế\s*tiếp))?)"
            r"(?!\s*\d))")

SCOPE_HEAD = (r"(?:giai\s*đoạn|nhiệm\s*kỳ|thời\s*kỳ|niên\s*khóa|niên\s*độ|năm\s*học"
              r"|mùa\s*(?:mưa\s*lũ|mưa\s*bão|mưa|lũ|bão|khô|khô\s*hanh)"
              r"|vụ\s*(?:Đông\s*Xuân|Hè\s*Thu|Thu\s*Đông|Xuân|Mùa|Đông|Hè|Chiêm)"
              r"|kế\s*hoạch\s*\d\s*năm|tầm\s*nhìn(?:\s*đến)?)")
SCOPE = (rf"{SCOPE_HEAD}\s*\(?\s*(?:từ\s*)?(?:năm\s*)?(?P<y1>{YEAR})"
         rf"(?:\s*(?:[-–—]|đến|tới)\s*(?:năm\s*)?(?P<y2>{YEAR}))?\)?(?!\d)"
         rf"|(?<![\d/])(?:(?:từ\s*)?năm\s*)?(?P<y1>{YEAR})\s*[-–—]\s*(?P<y2>{YEAR})(?!\d)"
         rf"|(?:đến|tới)\s*năm\s*(?P<y2>{YEAR})(?!\d)")

SCHOOL_YEAR = r"năm\s*học"
NEGATION = r"(?<!\p{L})(?:không|chưa|tránh)\s"
# "số liệu tính đến ngày ...", "số liệu đến hết ngày ...", "kết quả giải ngân đến ngày ..."
DATA_CUTOFF = r"(?:số\s*liệu|tính|kết\s*quả(?:\s+\p{L}+){0,3})\s*$"
# "bảo đảm ... tần suất thu gom tối thiểu 03 lần/tuần": how often a service runs, not when the
# work is due
# after "trong N ngày": the days an event lasts ("trong 03 ngày diễn ra Festival", "trong 04
# ngày nghỉ Tết"), not a term for the work
WHILE_IT_LASTS = r"^\s*(?:diễn\s*ra|nghỉ|lễ|hội|tổ\s*chức\s*(?:lễ|hội|giải|festival))(?!\p{L})"
SERVICE_FREQUENCY = r"tần\s*suất[^,;.\n|()]{0,40}$"
_ANCHOR_STOP = r"(?=\s*(?:[,;\n|()]|\.(?:\s|$)|$)|\s+(?:để|nhằm|phải)\s)"
RELATIVE = (r"(?:(?P<pre>trong\s*(?:vòng|thời\s*hạn|thời\s*gian)?|thời\s*hạn(?:\s*giải\s*quyết)?"
            r"(?:\s*là)?|chậm\s*nhất(?:\s*là)?|tối\s*đa|không\s*quá|sau|vòng"
            # "ít nhất 03 ngày trước khi chi trả": a lead time before an event ("niêm yết ít
            # nhất 03 ngày" alone is how long, not when)
            r"|(?:ít\s*nhất|tối\s*thiểu)(?=[^,;.\n]{1,25}?trước\s*(?:ngày|khi|thời\s*điểm))"
            # "thông báo ... trước ít nhất 05 ngày": ahead of what it announces
            r"|trước\s*(?:ít\s*nhất|tối\s*thiểu))\s*"
            r"(?:(?:là|không\s*quá|tối\s*đa|sau)\s*)?)?"
            # (not the period a review covers: "báo cáo sơ kết 6 tháng trước ngày 10-6-2026")
            r"(?<!(?:(?:sơ|tổng)\s*kết|báo\s*cáo)\s*)"
            rf"(?<![\d/.,])(?P<n>{SMALL_NUMBER})\s*(?P<unit>ngày\s*làm\s*việc|ngày|giờ|tuần|tháng|năm)"
            r"(?!\s*(?:đầu|cuối)\s*năm)(?!\s*\d)(?!\s*/)"
            r"(?:\s*,?\s*(?P<link>(?:kể\s*)?từ\s*(?:ngày|khi|thời\s*điểm|lúc)?|sau\s*(?:ngày|khi)"
            r"|trước\s*(?:ngày|khi|thời\s*điểm)|so\s*với(?:\s*ngày)?|khi"
            # "trong 05 ngày làm việc sau Lễ giao nhận quân": after an event it names
            r"|sau(?=\s*(?:lễ|hội\s*nghị|đại\s*hội|kỳ\s*(?:họp|thi)|cuộc|đợt|buổi|diễn\s*tập)"
            r"(?!\p{L})))"
            r"\s*(?P<anchor>[^\n|;]*?)" + _ANCHOR_STOP + ")?")
# "rút ngắn thời gian xét duyệt hồ sơ xuống" + "không quá 15 ngày": how long a procedure may
# take from now on, a target, not the time the work itself is given
REDUCED_TO = r"(?<!\p{L})(?:(?:xuống|giảm)(?:\s*còn)?|rút\s*ngắn(?:\s*còn)?)\s*$"
# "trước phiên họp ít nhất 05 ngày làm việc", "trước khi xả lũ ít nhất 04 giờ": a lead time
# before an event, the count after it
LEAD_TIME = (r"trước\s*(?P<anchor>(?:ngày|khi|thời\s*điểm)?[^\n|;,.()]{2,60}?)\s*"
             rf"(?:ít\s*nhất|tối\s*thiểu)(?:\s*là)?\s*(?P<n>{SMALL_NUMBER})\s*"
             r"(?P<unit>ngày\s*làm\s*việc|ngày|giờ|tuần|tháng)(?!\p{L})")
# "trước ngày khai mạc lễ hội 01 ngày", "trước ngày bầu cử 10 ngày": the count after a named
# day, without "ít nhất" (a day by its date is no event: "trước ngày 15/3 05 ngày" is not read)
# (or the event named alone: "Trước diễn tập 20 ngày", "trước Lễ khai mạc 05 ngày")
# ("trước Đại hội 03 ngày" stays vague: the congress's days are its own run of sessions)
_NAMED_EVENT = r"(?:diễn\s*tập|lễ|hội\s*nghị|kỳ\s*thi)(?!\p{L})"
EVENT_LEAD_TIME = (rf"trước\s*(?P<anchor>(?:ngày\s*(?!\d)|(?={_NAMED_EVENT}))"
                   r"[^\n|;,.()\d]{2,40}?)\s+"
                   rf"(?P<n>{SMALL_NUMBER})\s*(?P<unit>ngày\s*làm\s*việc|ngày|tuần)(?!\p{{L}})")
# "Sau diễn tập 10 ngày": so long after an event, counted from its day when the text dates it
EVENT_LAG_TIME = (rf"sau\s*(?P<anchor>(?={_NAMED_EVENT})[^\n|;,.()\d]{{2,40}}?)\s+"
                  rf"(?P<n>{SMALL_NUMBER})\s*(?P<unit>ngày\s*làm\s*việc|ngày|tuần)(?!\p{{L}})")
# "trong ngày bầu cử", "trong ngày khai mạc": the day of an event the document dates elsewhere
EVENT_DAY = r"trong\s*(?P<anchor>ngày\s*(?!\d|làm\s*việc|nghỉ|lễ(?!\p{L}))\p{L}+(?:\s+\p{L}+){0,2})"
# (not "ngày nhận quân", the day recruits are handed over: an event)
RECEIPT_ANCHOR = r"nhận\s*(?:được|đủ)?(?!\s*quân(?!\p{L}))"
ISSUE_ANCHOR = (r"^\s*(?:ngày\s*)?(?:ký|ban\s*hành|phát\s*hành)(?!\p{L})"
                r"|được\s*(?:ký|ban\s*hành)\s*$"
                r"|(?:thông\s*báo|quyết\s*định|công\s*văn|kế\s*hoạch|chỉ\s*thị|công\s*điện"
                r"|văn\s*bản|nghị\s*quyết|kết\s*luận)\s*này")

# "kể từ ngày Quy chế này có hiệu lực": counted from when the text takes effect
EFFECT_ANCHOR = r"có\s*hiệu\s*lực"
# where the document says when it takes effect: "Quyết định này có hiệu lực (thi hành) kể
# từ ngày ký" (its issue date) or "... từ ngày 01/12/2025"
EFFECTIVE_FROM = (r"này\s*có\s*hiệu\s*lực(?:\s*thi\s*hành)?\s*(?:kể\s*)?từ\s*(?:ngày\s*)?"
                  r"(?:(?P<signed>ký|ban\s*hành)(?!\p{L}))?")

RECUR_LEAD = r"(?:định\s*kỳ\s*)?(?:(?:trước|vào|chậm\s*nhất(?:\s*là)?|trong|lúc)\s*)?"
EVERY = r"(?:hằng|hàng|mỗi)"
RECUR_MONTH_DAY = (rf"{RECUR_LEAD}(?:{TIME}\s*,?\s*)?(?:ngày\s*)?(?P<day>[0-3]?\d)\s*"
                   rf"(?:của\s*)?(?:(?P<every>{EVERY}|các)\s*tháng(?!\s*\d)"
                   # "trước ngày 16 của tháng báo cáo": of the month each report covers
                   # (after "của": "định kỳ 6 tháng báo cáo" is a rhythm, then its verb)
                   r"|(?<=của\s*)(?P<every>tháng\s*báo\s*cáo)"
                   r"|(?P<next>tháng\s*(?:liền\s*kề\s*sau|liền\s*sau|sau|kế\s*tiếp|tiếp\s*theo))"
                   r"|tháng\s*cuối\s*(?:của\s*)?(?:mỗi\s*|hằng\s*|các\s*)?quý"
                   # "trước ngày 05 của tháng đầu quý sau": after each quarter; "... của
                   # tháng đầu quý": of each quarter (not "tháng đầu quý II/2026", one month)
                   r"|tháng\s*đầu\s*(?:của\s*)?(?:mỗi\s*|hằng\s*|các\s*)?quý"
                   r"(?:\s*(?:sau|tiếp\s*theo|kế\s*tiếp))?(?!\s*(?:[ivxIVX]+(?!\p{L})|\d)))")
# "trước ngày 15/12 hằng năm", "trước ngày 20 tháng 12 năm báo cáo" (of the year each report
# covers)
RECUR_YEAR_DAY = (rf"{RECUR_LEAD}(?:ngày\s*)?(?P<day>[0-3]?\d)\s*(?:[/-]|tháng)\s*"
                  rf"(?P<month>[01]?\d)\s*(?:của\s*)?"
                  rf"(?:(?:{EVERY}|các)\s*năm|năm\s*báo\s*cáo)(?!\s*\d)")
# "Tháng 12 hằng năm", "vào tháng 10 các năm": a month that comes back every year
RECUR_YEAR_MONTH = (rf"{RECUR_LEAD}tháng\s*(?P<month>[01]?\d)\s*(?:của\s*)?(?:{EVERY}|các)"
                    r"\s*năm(?!\s*\d)")
RECUR_WEEKDAY = (rf"{RECUR_LEAD}(?:{TIME}\s*,?\s*)?{WEEKDAY}\s*(?:{EVERY}|các)\s*tuần"
                 rf"|{EVERY}\s*tuần\s*,?\s*(?:vào\s*)?{WEEKDAY}(?:\s*,?\s*(?:trước|lúc)?\s*{TIME})?")
RECUR_TIME = (rf"{RECUR_LEAD}{TIME}\s*,?\s*(?:{EVERY}|các)\s*ngày(?:\s*làm\s*việc)?"
              rf"|{EVERY}\s*ngày\s*,?\s*(?:trước|vào|lúc)\s*{TIME}")
_FREQ_UNIT = r"(?:giờ|ngày(?:\s*làm\s*việc)?|tuần|tháng|quý|năm)(?!\s*(?:\d|học))"
_FREQ_MORE = (rf"(?:\s*(?:,|và|hoặc|/)\s*(?:{EVERY}\s*)?(?:(?:\d{{1,2}}|sáu|ba)\s*)?{_FREQ_UNIT})*")
FREQUENCY = (rf"(?:(?:vào\s*)?(?:cuối|đầu)\s*)?(?:(?:theo\s*)?định\s*kỳ\s*)?"
             rf"(?:{EVERY}\s*{_FREQ_UNIT}|(?<=định\s*kỳ\s*)(?:\d{{1,2}}|sáu|ba)\s*{_FREQ_UNIT}"
             # "báo cáo ... 6 tháng, năm", "quý, 6 tháng và năm": the periods reports cover
             r"|(?:quý\s*,\s*)?(?:06|6|sáu)\s*tháng(?=\s*(?:,|và)\s*(?:cả\s*)?năm(?![\p{L}\d]|\s*\d))"
             # "01 lần/tháng", "ít nhất 02 kỳ/tuần" (a column's issues), "03 bài/tuần"; not
             # "dạy học 2 buổi/ngày", how a school day runs
             rf"|(?:\d{{1,2}}|một|hai)\s*(?:lần|kỳ|số|bài|tin)\s*/\s*{_FREQ_UNIT}"
             # "vào thứ Bảy cuối tháng": that day of every month
             # ("ngày Chủ nhật cuối cùng của tháng")
             rf"|{WEEKDAY}\s*(?:cuối|đầu)(?:\s*(?:cùng|tiên))?\s*(?:của\s*)?(?P<per>tháng|quý)(?!\s*(?:\d|[ivx]+(?!\p{{L}})|này|tới|sau|trước))"
             # "ít nhất 01 ngày trong tháng", "02 buổi mỗi tuần": so many times in each period
             r"|(?:ít\s*nhất\s*)?(?:\d{1,2}|một|hai|ba)\s*(?:lần|ngày|buổi)\s*(?:trong|mỗi)\s*"
             r"(?:một\s*)?(?P<per>tuần|tháng|quý|năm)(?!\s*(?:\d|[ivx]+(?!\p{L})|này|tới|sau|trước|học))"
             # "cuối mỗi học kỳ": twice a school year
             rf"|{EVERY}\s*(?P<per>học\s*kỳ)(?![\p{{L}}\d]|\s*(?:[ivx]+(?!\p{{L}})|này|tới))"
             rf"|(?<![\d/.,])(?:\d{{1,2}}|một|hai|ba|sáu)\s*{_FREQ_UNIT}\s*(?:/\s*|một\s+)lần"
             r"(?!\p{L}))"
             rf"{_FREQ_MORE}"
             r"(?:\s*\(\s*(?:trước|vào|chậm\s*nhất)?\s*(?:(?:ngày\s*)?(?P<pday>[0-3]?\d)"
             r"(?:\s*(?:của\s*)?(?:tháng\s*cuối\s*(?:mỗi\s*)?quý|hằng\s*tháng))?"
             rf"|{WEEKDAY}(?:\s*,?\s*(?:trước|lúc)?\s*{TIME})?)\s*\))?")
REPORT_PERIOD = (r"(?<=báo\s*cáo\s*)(?P<unit>tuần|tháng|quý)(?!\s*(?:\d|này|tới|sau|[IV]+\b))"
                 rf"(?:\s*\(\s*(?:{WEEKDAY})?\s*,?\s*(?:{TIME})?\s*\))?")
# a due day in brackets after a rhythm: "(trước ngày 15/6)", "(chậm nhất ngày 20)"
DUE_IN_BRACKETS = r"\s*\(\s*(?:trước|chậm\s*nhất|hạn)\b"
FREQ_NOUN_BEFORE = (r"(?:ngân\s*sách|dự\s*toán|kế\s*hoạch|nghị\s*quyết|ODA|hợp\s*tác|kinh\s*phí|vốn"
                    r"|trợ\s*cấp|phụ\s*cấp|lương|thu\s*nhập"
                    r"|chương\s*trình|sinh\s*hoạt|đời\s*sống|cuộc\s*sống|xã\s*hội|nhu\s*cầu"
                    r"|tình\s*hình|ngày\s*công|công\s*việc|hoạt\s*động|nhiệm\s*vụ)\s*$")

# a report of the situation, then its rhythm: "báo cáo tình hình hằng ngày" (the report is due
# each day; "tình hình hằng ngày" alone is the day-to-day situation)
REPORTED_SITUATION = r"(?:báo\s*cáo|cập\s*nhật)\s*(?:nhanh\s*)?tình\s*hình\s*$"

# a first character that can open a range, tested before the costly alternatives
RANGE_DATES = (rf"(?=[\dtnTN])(?:từ\s*)?(?:{TIME}\s*,?\s*)?{date_pattern('1')}\s*(?:đến|tới|-|–)"
               rf"\s*(?:hết\s*)?(?:{TIME.replace('hh', 'hh2').replace('mm', 'mm2')}\s*,?\s*)?"
               rf"{date_pattern('2')}"
               rf"|từ\s*ngày\s*(?P<dd1>[0-3]?\d)\s*(?:đến|tới|-|–)\s*(?:hết\s*)?{date_pattern('2')}")
# "trong các ngày thi 11-12/6/2026", "các ngày 11 và 12/6/2026": days of one month, the month
# and year written once after the last day
DAY_RANGE = (r"(?:trong\s*)?các\s*ngày\s*(?:(?!\d)\p{L}+\s*){0,3}(?P<d1>[0-3]?\d)\s*(?:-|–|và)\s*"
             r"(?P<d2>[0-3]?\d)\s*/\s*(?P<m>[01]?\d)\s*/\s*(?P<y>(?:19|20)\d\d)(?![\d/])")
RANGE_MONTHS = (rf"(?:(?:từ|trong|ngay\s*trong)\s*)?tháng\s*(?P<m1>[01]?\d)"
                rf"(?:\s*(?:/|năm)\s*(?P<y1>{YEAR}))?"
                rf"(?:\s*(?:đến|tới|-|–)\s*(?:hết\s*)?(?:tháng\s*)?(?P<m2>[01]?\d)"
                rf"(?:\s*(?:/|năm)\s*(?P<y2>{YEAR}))?"
                rf"|\s*(?:,|và)\s*(?:tháng\s*)?(?P<m2>[01]?\d)\s*(?:/|năm)\s*(?P<y2>{YEAR}))(?![\d/])"
                rf"|(?:(?:từ|trong)\s*)?quý\s*(?P<q1>{ROMAN_QUARTER})\s*(?:đến|tới|-|–|,|và)\s*"
                rf"(?:hết\s*)?(?:quý\s*)?(?P<q2>{ROMAN_QUARTER})\s*(?:/|năm)\s*(?P<y2>{YEAR})(?!\d)")
# "trong đêm 06/11/2025", "trước ngày 15/12": a day (or its night) by its date
BY_DATE = (rf"(?P<pre>{BY_PREFIX})\s*(?:(?:ngày|đêm|tối|sáng|chiều)\s*(?=\d))?"
           rf"(?:{TIME}\s*,?\s*)?{date_pattern()}")
DAY_NAME = r"(?:chủ\s*nhật|thứ\s*\p{L}+)"  # a day of the week: "Chủ nhật", "thứ Sáu"
# a weekday of this week or the next, "trước thứ Sáu tuần này", "chậm nhất thứ Năm tuần sau";
# and a day of the month written alone after a firm word, "chậm nhất ngày 15" (the first such
# day on or after the issue date), not "ngày 15 hằng tháng" nor "ngày 15/10"
WEEKDAY_DUE = (rf"(?P<pre>{BY_PREFIX})\s*(?:{TIME}\s*,?\s*)?(?:ngày\s*)?(?:sáng\s*|chiều\s*)?thứ\s*"
               r"(?P<wd>hai|ba|tư|năm|sáu|bảy)\s*(?:của\s*)?tuần\s*(?P<which>này|sau|tới)(?!\p{L})"
               r"|(?P<firm>(?:chậm|muộn)\s*nhất(?:\s*là)?|xong\s*trước|trước)\s*ngày\s*(?P<d>\d{1,2})"
               r"(?!\s*(?:[/.\-–]\s*\d|tháng|hằng|hàng|mỗi|của|các|ngày|làm|kể|\d))(?!\d)")
# a day named from the issue date: "trước 16 giờ hôm nay", "trong ngày hôm nay", "trước 10 giờ
# sáng mai", "chậm nhất ngày mai" (a bare "mai" only after a part of the day: it is a name too)
NAMED_DAY_DUE = (rf"(?P<pre>{BY_PREFIX})\s*(?:{TIME}\s*,?\s*)?(?:(?:ngày|buổi)\s*)?"
                 r"(?:(?P<today>(?:(?:sáng|chiều|trưa|tối)\s*)?(?:ngày\s*)?hôm\s*nay"
                 r"|(?:sáng|chiều|trưa|tối|đêm)\s*nay)"  # "trước 20 giờ 00 tối nay"
                 r"|(?P<tomorrow>(?:sáng|chiều|trưa|tối)\s*(?:ngày\s*)?mai|ngày\s*mai))"
                 r"(?!\p{L})")
START = (r"(?P<pre>(?:có\s*hiệu\s*lực(?:\s*thi\s*hành)?|áp\s*dụng|bắt\s*đầu)?\s*(?:kể\s*)?từ)"
         rf"\s*(?:{TIME}\s*,?\s*)?{date_pattern()}")
FROM_PERIOD = (rf"(?:kể\s*)?từ\s*(?:(?:đầu|cuối|giữa)\s*)?(?:{QUARTER}|{MONTH}|{YEAR_ONLY})"
               r"(?P<now>\s*(?:đến|tới)\s*(?:hiện\s*)?nay)?"
               rf"(?P<until>\s*(?:đến|tới)\s*(?:hết\s*)?{date_pattern('2')})?")
YEARS_ONWARD = (rf"(?:(?:từ|trong)\s*)?năm\s*(?P<y>{YEAR})\s*(?:và|,)\s*(?:các|những)\s*năm\s*"
                r"(?:tiếp\s*theo|sau)|từ\s*năm\s*(?P<y>" + YEAR + r")\s*trở\s*đi")
PREFIXED_PERIOD = rf"{PERIOD_PREFIX}\s*{PERIOD}"
# the meetings a report may be due at: "phiên họp", "cuộc họp giao ban", "hội nghị"
# (and a party cell's monthly meeting: "trong kỳ sinh hoạt chi bộ tháng 3-2026")
MEETING = (r"(?:(?:kỳ|phiên|cuộc|buổi)\s*họp|hội\s*nghị|(?:buổi|phiên|cuộc|hội\s*nghị)\s*"
           r"giao\s*ban|kỳ\s*sinh\s*hoạt)")
# ("trình kỳ họp ... giữa năm 2026": submitted to it; not "chương trình hội nghị ...")
# ("đưa ... vào chương trình phiên họp UBND tỉnh thường kỳ tháng 7/2026": on its agenda)
SESSION_PERIOD = (r"(?:tại|trong|vào\s*(?:chương\s*trình\s*)?|(?<!(?:chương|tờ)\s*)trình)\s*"
                  + MEETING
                  + r"[^;.\n|]{0,90}?(?:thường\s*(?:kỳ|lệ)\s*)?"
                  + rf"(?:{QUARTER}|{MONTH}|{WEEK_NUMBER}|(?:cuối\s*|giữa\s*)?{YEAR_ONLY})")

CAN_CHI = (r"(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s*"
           r"(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)")
_EVENT_END = r"(?=\s*(?:[,;\n|()]|\.(?:\s|$)|$)|\s(?:để|và|nhằm|theo)\s)"

# --- the lunar calendar ----------------------------------------------------------------------
# A lunar day (see giaoviec.pipeline.lunar): "ngày 25", "mùng 6", "ngày mùng 8", "Rằm" (the
# 15th); then its month: "tháng Chạp", "tháng Giêng", "tháng 8", "/8", or "Tết" (the first
# month: "mùng 6 Tết"). The handler takes it for lunar only on a lunar word: Tết, Rằm, Chạp,
# Giêng (with no solar year after it), "âm lịch" or a year of the sixty-year cycle.
LUNAR_MONTH_WORD = (r"(?:giêng|chạp|mười\s+(?:một|hai)|mười|một|hai|ba|bốn|tư|sáu|bảy|tám|chín"
                    r"|1[0-2]|0?[1-9])(?![\p{L}\d])")


def lunar_day(sfx: str) -> str:
    return (rf"(?:(?:ngày|đêm|sáng|chiều|tối)\s*)?(?:(?:mồng|mùng)\s*)?"
            rf"(?P<ld{sfx}>[0-3]?\d|rằm)(?![\p{{L}}\d])")


def lunar_month(sfx: str) -> str:
    return (rf"(?:\s*tháng\s*(?P<lm{sfx}>{LUNAR_MONTH_WORD})"
            rf"|\s*/\s*(?P<lm{sfx}>1[0-2]|0?[1-9])(?![\d/])|\s*(?P<tet{sfx}>tết)(?!\p{{L}}))")


# what may follow a lunar day: the year of the cycle ("năm Bính Ngọ"), then "(âm lịch)"
LUNAR_YEAR = rf"(?:\s*,?\s*năm\s*(?P<cycle>{CAN_CHI}))?"
LUNAR_WORD = r"\s*(?:\(\s*(?:theo\s*)?âm\s*lịch\s*\)|(?:theo\s*)?âm\s*lịch)"
# a run from a solar date to a lunar one: "Từ ngày 10/01/2026 đến hết mùng 10 tháng Giêng", "từ
# ngày 01/12/2026 đến hết Rằm tháng Giêng năm Đinh Mùi"
SOLAR_TO_LUNAR = (rf"(?:kể\s*)?từ\s*{date_pattern('s')}\s*(?:đến|tới|-|–)\s*(?:hết\s*)?"
                  rf"{lunar_day('2')}{lunar_month('2')}{LUNAR_YEAR}(?:{LUNAR_WORD})?"
                  rf"(?:\s*\(\s*{date_pattern('e')}\s*\))?")
LUNAR_DATE = (rf"(?:(?P<pre>{BY_PREFIX}|vào|từ)\s*)?(?:{TIME}\s*,?\s*)?{lunar_day('1')}"
              # a lunar word soon after the first day, as the rule's trigger words promise
              # (looked for only once a day is read: at every position it cost a third of a
              # notice's deadline scan)
              rf"(?=[^\n;|]{{0,70}}?(?:tết|rằm|chạp|giêng|âm\s*lịch|năm\s*{CAN_CHI}))"
              rf"(?:{lunar_month('1')})?"
              rf"(?:\s*(?:đến|tới|-|–)\s*(?:hết\s*)?{lunar_day('2')}{lunar_month('2')})?"
              rf"{LUNAR_YEAR}(?P<lunar>{LUNAR_WORD})?")
# what may open an item before its first words: a marker ("1.", "a)", "-", "+") or nothing
ITEM_OPENING = r"\s*(?:(?:[ivx]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]|[-+•*])?\s*"
# a solar year right after the month: "tháng Giêng năm 2026" is January
SOLAR_YEAR_AFTER = r"\s*(?:năm\s*|/\s*|-\s*)?(?:19|20)\d\d"


def event_tail(low: int, high: int) -> str:
    """Words up to the end of the clause, or at most six words when the clause runs on."""
    return (rf"(?:[^,;.\n|()]{{{low},{high}}}?{_EVENT_END}"
            r"|[^,;.\n|()\s]+(?:\s+[^,;.\n|()\s]+){0,5})")


EVENT = (r"(?:(?:dịp|đợt)\s*)?"
         r"(?:(?:đêm\s*)?giao\s*thừa"  # "trước Giao thừa": New Year's Eve, Tết's eve
         r"|Tết(?:\s*(?:Nguyên\s*đán|Dương\s*lịch|Trung\s*thu|cổ\s*truyền|Độc\s*lập))?"
         rf"(?:\s*{CAN_CHI})?(?:\s*năm\s*{YEAR})?"
         r"|kỳ\s*nghỉ\s*(?:Tết|lễ|hè)(?:\s*Nguyên\s*đán)?(?:\s*" + CAN_CHI + ")?"
         r"|mùa\s*(?:mưa\s*lũ|mưa\s*bão|mưa|lũ|bão|khô\s*hanh|khô|hanh\s*khô|cháy\s*rừng|hè"
         r"|nắng\s*nóng|đông|triều\s*cường|nước\s*nổi|du\s*lịch|thi|thu\s*hoạch(?:\s+(?!năm(?!\p{L}))\p{Ll}+){0,3})"
         rf"(?:\s*chính\s*vụ)?(?:\s*năm\s*{YEAR}(?!\s*[-–]))?"
         # "trước vụ thu hoạch năm 2026", "trước mỗi vụ sản xuất"
         rf"|(?:mỗi\s*)?vụ\s*(?:thu\s*hoạch|sản\s*xuất|gieo\s*(?:trồng|cấy))(?:\s*năm\s*{YEAR})?"
         r"|vụ\s*(?:Đông\s*Xuân|Hè\s*Thu|Thu\s*Đông|Xuân|Mùa|Đông|Hè|Chiêm)"
         rf"(?:\s*(?:năm\s*)?{YEAR}(?:\s*[-–]\s*{YEAR})?)?"
         rf"(?:\s*năm\s*{YEAR})?"
         r"|(?:(?:lễ|ngày)\s*)?khai\s*giảng(?:\s*năm\s*học\s*mới)?|năm\s*học\s*mới"
         rf"|năm\s*học\s*{YEAR}\s*[-–]\s*{YEAR}"  # "trước năm học 2026 - 2027"
         rf"|(?:kỳ|phiên)\s*họp{event_tail(0, 40)}"
         # a peak season: "trước cao điểm nắng nóng", "trước mùa cao điểm du lịch hè"
         rf"|(?:mùa\s*|thời\s*kỳ\s*)?cao\s*điểm\s+(?!\d){event_tail(2, 40)}"
         # a campaign: "trước Chiến dịch Giờ Trái đất năm 2026", "Trước và trong thời gian
         # triển khai chiến dịch"
         rf"|(?:thời\s*gian\s*(?:triển\s*khai\s*|diễn\s*ra\s*)?)?chiến\s*dịch{event_tail(0, 60)}"
         rf"|(?:đại\s*hội|hội\s*nghị|bầu\s*cử){event_tail(0, 40)}"
         # a ceremony, a festival, a summit week or an exam: "trước Lễ khai mạc", "trước Lễ hội
         # Văn hóa - Du lịch hồ Ba Bể năm 2026", "trước Tuần lễ Cấp cao APEC 2027", "trước kỳ thi"
         rf"|(?:(?:tuần\s*)?lễ(?:\s*hội)?|festival|kỳ\s*thi)(?!\p{{L}}){event_tail(0, 60)})")
# "Ngay sau cuộc họp, Phòng Văn hóa - Xã hội ...": the meeting the notice reports is over, so
# right after it is now (a meeting still to come is an event: "ngay sau kỳ họp HĐND tỉnh")
MEETING_JUST_HELD = (r"(?:\s*(?:khi\s*kết\s*thúc\s*)?(?:(?:cuộc|buổi)\s*"
                     r"(?:họp|làm\s*việc|giao\s*ban)|hội\s*nghị)(?:\s*này)?(?=\s*(?:[,;.\n|)]|$))"
                     # "Ngay sau khi nhận được Chỉ thị này": on receipt of the text, now
                     r"|\s*khi\s*(?:nhận\s*(?:được\s*)?|ban\s*hành\s*|ký\s*)(?:văn\s*bản|công\s*văn|chỉ\s*thị|công\s*điện"
                     r"|thông\s*báo|kế\s*hoạch|quyết\s*định)(?:\s*này)?(?!\p{L})"
                     r"|\s*khi\s*(?:được\s*)?(?:ban\s*hành|ký)(?=\s*(?:[,;.)|\n]|$))"
                     # "Ngay sau khi Quyết định có hiệu lực": the text's own start, now
                     r"|\s*khi\s*(?:văn\s*bản|chỉ\s*thị|thông\s*báo|kế\s*hoạch|quyết\s*định)(?:\s*này)?"
                     r"\s*có\s*hiệu\s*lực(?:\s*thi\s*hành)?(?=\s*(?:[,;.)|\n]|$)))")
# the school calendar, which the text leaves undated: "trong tuần đầu năm học", "ngay từ tuần
# đầu năm học", "trong những ngày cao điểm đầu năm học", "trong học kỳ I", "trước khi kết thúc
# học kỳ I", "Tuần đầu học kỳ II" ("kết quả học kỳ I" is no time); a rule of its own, scanned
# only where "năm học" or "học kỳ" is written
_TERM = r"học\s*kỳ\s*(?:I{1,2}|[12])(?![\p{L}\d])"
SCHOOL_TERM = (r"(?:(?:ngay\s*)?từ|trong|vào|đến|trước)?\s*"
               r"(?:tuần|tháng|(?:những\s*)?ngày(?:\s*cao\s*điểm)?)\s*(?:đầu|cuối)\s*(?:của\s*)?"
               rf"(?:năm\s*học|{_TERM})(?!\s*(?:mới|\d|[-–]))"
               rf"|(?:trong|trước\s*khi\s*kết\s*thúc|(?:đến|trước|vào)\s*cuối)\s*{_TERM}"
               # with its school year: "trong học kỳ I năm học 2025 - 2026"
               r"(?:\s*năm\s*học\s*(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)?"
               r"(?!\s*(?:năm\s*học\s*)?\d)")
VAGUE = (  # "Trước và trong dịp Tết", "Trước, trong và sau ngày bầu cử" (a deadline only alone
         # in a time column: in prose it says which days the work covers)
         rf"(?P<around>trước\s*(?:,\s*trong\s*và\s*sau|và\s*trong)\s*(?:ngày\s*)?{EVENT})"
         # "Trong thời gian diễn ra Lễ hội", "Trong thời gian sơ tán" (a time column's, likewise)
         r"|(?P<during>trong\s*(?:suốt\s*)?thời\s*gian\s+"
         rf"(?!(?:qua|tới|sớm|nhất|ngắn|sớm\s*nhất)(?!\p{{L}})|\d){event_tail(3, 60)})"
         rf"|(?P<pre>trước|kịp(?:\s*thời)?\s*phục\s*vụ)\s*(?:ngày\s*)?{EVENT}"
         # the event's own date after it: "trước ngày khai giảng 05/9/2025", "(ngày 05/9)"
         rf"(?:\s*\(?\s*(?=[\dn]){date_pattern('_event')}\s*\)?)?"
         rf"|trước\s*(?:ngày|thời\s*điểm)\s+(?!\d|{WORD_NUMBER}\s+tháng){event_tail(3, 60)}"
         # "nhân dịp Tết Bunpimay năm 2026", "nhân dịp kỷ niệm Ngày thành lập ...": on the
         # occasion; a dated one ("nhân dịp 20-11-2026") is read by its date
         rf"|(?P<occasion>nhân\s*dịp)\s+(?!\d|{WORD_NUMBER}\s+tháng){event_tail(3, 60)}"
         # ("... cho ý kiến trước khi trình HĐND", "... trước khi gửi Sở Tài chính": which
         # step comes first, not when)
         rf"|(?P<weak>trước\s*khi(?!\s+(?:gửi|trình|nộp)(?!\p{{L}}))"
         rf"|ngay\s*sau(?!{MEETING_JUST_HELD})(?:\s*khi)?)"
         rf"\s+{event_tail(3, 60)}"
         # "sau khi có ý kiến của ...", "Sau khi Bộ Công an hoàn thành nâng cấp ứng dụng",
         # "sau khi kết thúc chiến dịch"
         rf"|(?P<after>sau\s*khi)\s+(?:(?:có|được)\s+|(?=(?:[^,;.\n|()]{{2,50}}?\s)?(?:hoàn\s*thành|xong"
         rf"|kết\s*thúc)(?!\p{{L}})))"
         rf"{event_tail(2, 60)}"
         # "Sau khi nước rút, tổ chức vệ sinh môi trường": once a flood or a storm has passed
         r"|(?:ngay\s*)?sau\s*khi\s*(?:(?:nước|lũ)\s*(?:rút|xuống)|bão\s*(?:tan|đi\s*qua|suy\s*yếu))"
         r"(?!\p{L})"
         # "Sau thu hoạch vụ Hè Thu, ... nạo vét kênh mương": once the crop is in (opening its
         # item; "không để lúa hư hỏng sau thu hoạch" says which losses)
         r"|(?P<harvest>(?:ngay\s*)?sau\s*(?:khi\s*)?thu\s*hoạch(?:\s*xong)?(?:\s*(?:lúa\s*)?vụ\s*(?:Đông\s*Xuân"
         r"|Hè\s*Thu|Thu\s*Đông|Xuân|Mùa|Đông|Hè|Chiêm)(?:\s*(?:năm\s*)?(?:19|20)\d\d)?)?(?!\p{L}))"
         # "Theo lịch của Bộ Giáo dục và Đào tạo", "Theo kế hoạch của tỉnh" alone in a time
         # column: when another body's calendar says (in prose, how the work is done)
         r"|(?P<per>theo\s*(?:đúng\s*)?(?:lịch|kế\s*hoạch|thông\s*báo|thời\s*hạn\s*quy\s*định\s+(?:của|tại)))"
         r"(?!\s*(?:hằng|hàng|mỗi|định\s*kỳ)(?!\p{L}))[^|\n,;]{0,80}?(?=[^\S\n]*(?:\||\n|$))"
         # "Khi có phát sinh" in a time column: whenever a case arises
         r"|khi\s*(?:có\s*)?phát\s*sinh(?!\p{L})(?=\s*(?:[,;.|)\n]|$))"
         # "báo cáo kết quả ... khi kết thúc mùa khô": when a season or campaign ends
         rf"|(?<!(?:trước|sau|đến|tới)\s)khi\s*kết\s*thúc\s+{event_tail(3, 60)}"
         # (a meeting that names its period is that period; one held every month is a rhythm:
         # "tại phiên họp thường kỳ hằng tháng của UBND tỉnh")
         rf"|(?P<session>tại\s*{MEETING}(?![^;.\n|]{{0,90}}?(?:tháng\s*\d|quý\s*[ivx\d]|tuần\s*\d|năm\s*{YEAR}))"
         r"(?![^;.\n|]{0,30}?(?:hằng|hàng|mỗi)\s*(?:tuần|tháng|quý|năm))"
         rf"{event_tail(0, 60)})")

# "(?=thường)", "(?=sớm)": the word itself is checked before the long look-behind that tests
# what precedes it, which otherwise runs at every word start (ASAP scans a third faster)
ONGOING = (r"(?=thường)"
           # ("tài liệu có giá trị sử dụng thường xuyên": used often, no deadline)
           r"(?<!(?:chi|kinh\s*phí|ngân\s*sách|nhiệm\s*vụ|hoạt\s*động|vốn|thành\s*viên|sử\s*dụng"
           # "các đối tượng thường xuyên vào rừng": who does something often, not when
           r"|đối\s*tượng|người|công\s*việc"
           # "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên": continuing education
           r"|giáo\s*dục)\s*)"
           r"thường\s*xuyên(?:\s*(?:,|và)\s*liên\s*tục)?"
           r"(?!\s*(?:bị|chịu|ngập|xảy|xẩy|có\s*nguy|sạt|ùn|úng|gây|phát\s*sinh|gián\s*đoạn|thay\s*đổi"
           r"|biến\s*động|mất|thiếu|quá\s*tải|chậm|tái\s*diễn))"
           r"|(?P<adj>liên\s*tục|lâu\s*dài)")
ASAP = (r"ngay\s*lập\s*tức|ngay\s*trong\s*ngày(?!\s*(?:\d|mồng|mùng))"
        r"|trong\s*thời\s*gian\s*sớm\s*nhất"
        r"|sớm\s*nhất\s*có\s*thể"
        r"|càng\s*sớm\s*càng\s*tốt|khẩn\s*trương|gấp\s*rút|(?P<manner>kịp\s*thời)"
        r"|(?P<when>ngay\s*khi)\s+" + event_tail(2, 60) +
        r"|ngay\s*sau" + MEETING_JUST_HELD +
        r"|(?<!\p{L})ngay(?!\p{L})"
        r"(?!\s*(?:từ|cả|tại|trên|bên|cạnh|sau|khi|trước|dưới|giữa|đầu|lúc|thẳng|ngắn))"
        r"|(?=sớm)(?<!(?:phát\s*hiện|cảnh\s*báo|dự\s*báo|chẩn\s*đoán|can\s*thiệp|tầm\s*soát|nhận\s*biết"
        r"|đến|về|từ|rất|quá)\s*)(?<!\p{L})(?P<soon>sớm)(?!\p{L})(?!\s*(?:nhất|hơn))"
        r"|sớm\s*nhất")

CELL_YEAR = r"(?<![\d/.,–-])(?P<y>(?:19|20)\d\d)(?![\d/.,–-]|\s*[-–]\s*\d)"
# "vào lúc 7 giờ 30 phút ngày 05/9/2026", "vào các thời điểm 09 giờ 00, 11 giờ 00 và 16 giờ 00
# ngày 15/3/2026" (a report due at each hour of that day)
BARE_DATE = (r"(?=[\dvlnVLN])(?:(?:vào\s*(?:lúc|các\s*(?:thời\s*điểm|mốc))?|lúc)\s*)?"
             rf"(?:{TIME}(?:\s*(?:,|và)\s*{TIME})*\s*,?\s*)?{date_pattern()}")
BARE_PERIOD = rf"(?=[\dđgcqtnsbĐGCQTNSB])(?:(?:đầu|giữa|cuối)\s*)?{PERIOD}"

# --- context ---------------------------------------------------------------------------------

# "đã", and a participle "được xây dựng trước năm 1994" (what a thing is, not when to act; a
# future date after "được" stays a deadline: only dates before the issue date are the past)
PAST_BEFORE = r"(?<!\p{L})(?:đã|vừa|từng|được(?=\s+\p{Ll}))(?!\p{L})"
# what arose in a period, named by it ("các vụ lấn chiếm đất rừng phát hiện trong năm 2025"):
# the period says which cases, not when the work is due; so does an approval told as done
# ("các điểm đen đã được phê duyệt trong năm 2025")
ARISEN_IN = (r"(?<!\p{L})(?:phát\s*hiện|xảy\s*ra|mới\s*ban\s*hành"
             r"|đã\s*(?:được\s*)?phê\s*duyệt)\s*$")
# "đã phát hiện, xử lý trong năm 2025": one "đã" for the verbs listed after it
PAST_SHARED = r"(?<!\p{L})(?:đã|vừa)\s+\p{L}+(?:\s+\p{L}+)?\s*$"
PAST_AFTER = r"^[^.;\n|]{0,120}?(?<!\p{L})(?:đã|mới|vừa)(?!\p{L})"
PAST_RIGHT_AFTER = r"^\s*,?\s*(?:\p{L}+\s+){0,1}(?:đã|mới|vừa)(?!\p{L})"
# ("các khoản kinh phí đến ngày 30/11/2025 chưa phân bổ": what stands undone on that day)
PAST_SUFFIX = r"^\s*(?:(?:đến|tới)\s*nay|vừa\s*qua|trước\s*đây|(?:vẫn\s*)?chưa)(?!\p{L})"
STATUS_PREFIX = r"(?:tính\s*(?:đến|tới)|lũy\s*kế\s*(?:đến|tới))\s*$"
# "các công trình vi phạm tồn đọng từ" + "trước ngày 01/7/2025": since when things stand;
# "tồn tại" / "phát sinh" + "trước ngày 01/01/2025": since when they have stood or arose
SINCE_BEFORE = r"(?<!\p{L})(?:từ|tồn\s*tại|phát\s*sinh)\s*$"
# the term a task had before a letter set a new one: "(thời hạn cũ: ngày 15/10/2025)",
# "(thời hạn tại Thông báo số 215/TB-VP là trước ngày 30/9/2025)"
OLD_TERM = (r"thời\s*hạn\s*(?:cũ|trước\s*đây|ban\s*đầu|(?:tại|theo)\s[^():;]{0,60}?\slà)"
            r"\s*:?\s*$")
# case-sensitive: a document number is digits then capitals ("222/QĐ-TTg", "1198-TB/TU")
LEGAL_BEFORE = (r"(?:(?<!\p{L})số\s*:?\s*[\w./-]+|\d+\s*[/-]\s*[\w.&/-]*\p{Lu}[\w.&/-]*"
                r"|(?:Luật|Bộ\s*luật|Hiến\s*pháp|Pháp\s*lệnh)(?!\p{L})[^,;.\n|]{0,80}"
                r"|(?:ban\s*hành|ký|thông\s*qua))\s*,?\s*$")
LEGAL_AFTER = (r"^\s*(?:của\s*(?:Chính\s*phủ|Thủ\s*tướng|Bộ|Ban|Ủy\s*ban|Uỷ\s*ban|UBND|HĐND"
               r"|Hội\s*đồng|Quốc\s*hội|Tỉnh\s*ủy|Tỉnh\s*uỷ|Thành\s*ủy|Văn\s*phòng|Sở|Tổng\s*cục"
               r"|Cục|Chủ\s*tịch|liên\s*bộ|Trung\s*ương)|về\s*việc|v/v|quy\s*định|hướng\s*dẫn)")
LABEL_BEFORE = (r"(?:thời\s*hạn|hạn\s*(?:chót|cuối|nộp)|tiến\s*độ"
                r"|thời\s*gian\s*(?:hoàn\s*thành|thực\s*hiện))(?:\s*hoàn\s*thành)?\s*:\s*$")
# (not one already done: "tài liệu đã kết thúc năm 2024")
VERB_BEFORE = r"(?<!(?:đã|vừa)\s*)(?:hoàn\s*thành|xong|kết\s*thúc|hoàn\s*tất)\s*(?:vào\s*)?$"
# a term's label right before a period: "(Sở X chủ trì; Sở Y phối hợp; thời gian: quý I/2026)"
TERM_LABEL = (r"(?:thời\s*(?:gian|hạn)(?:\s*(?:hoàn\s*thành|thực\s*hiện))?|tiến\s*độ)"
              r"\s*:\s*$")
TARGET_CONTEXT = r"(?<!\p{L})(?:phấn\s*đấu|chỉ\s*tiêu)(?!\p{L})"
# the year a plan or a resolution is for, right before it: "vào nghị quyết lãnh đạo thực hiện
# nhiệm vụ năm 2026" (a target put into the year's plan is no target date)
PLAN_OF_YEAR = r"(?<!\p{L})(?:kế\s*hoạch|nghị\s*quyết|chương\s*trình|nhiệm\s*vụ|dự\s*toán)\s*$"
# the horizon a schedule or a plan covers: "lập lại tiến độ thi công chi tiết đến ngày
# 31/12/2026", "lập kế hoạch thi công chi tiết đến hết năm 2026" (when it is due comes after)
PLAN_HORIZON = r"(?<!\p{L})(?:tiến\s*độ|kế\s*hoạch)(?:\s+\p{Ll}+){0,4}\s*$"
LEGAL_LINE = r"^\s*căn\s*cứ(?!\p{L})|(?:ban\s*hành|hiệu\s*lực|ký)\s*[:|]\s*$"
START_CONTEXT = r"(?:có\s*hiệu\s*lực(?:\s*thi\s*hành)?|áp\s*dụng)\s*$"
BULLET = r"^\s*(?:[-+•*–]|\d+(?:\.\d+)*[.)]|[a-zđ][.)]|[IVX]+\.)?\s*$"
# (and a delay: "nhà thầu thi công chậm 95 ngày so với tiến độ hợp đồng", "trễ hạn 10 ngày")
AMOUNT_BEFORE = (r"(?:tối\s*thiểu|ít\s*nhất|khoảng|đủ|hơn|trên|dưới|gần"
                 r"|(?<!\p{L})(?:chậm|trễ)(?:\s*(?:hạn|tiến\s*độ))?)\s*$")
# (count, times, unit): "6 tháng" = (6, -, tháng); "2 lần/năm" = (2, 2, năm)
FREQ_UNITS = (r"(\d{1,2}|sáu|ba|hai)?\s*(?:(?<=(\d{1,2}|một|hai)\s*)lần\s*/\s*)?"
              r"(giờ|ngày|tuần|tháng|quý|năm)")
STRONG_PREFIX = r"^(?:chậm|muộn|không|trước|hạn|thời|đến\s*hết|tới\s*hết)"
AND_BEFORE = r"(?<!\p{L})và\s*$"
OPENERS = r"^\s*(?:tính\s*(?:đến|tới)|trong|vào|đến|tới|từ|tại|năm)?\s*$"
SENTENCE_END = r"[;\n|]|\.\s"


@functools.cache
def rx(source: str, exact_case: bool = False) -> regex.Pattern[str]:
    """Compiled on first use, so that importing the grammar costs nothing."""
    return regex.compile(source, regex.VERSION0 if exact_case else FLAGS)


def line_before(text: str, start: int) -> str:
    return text[text.rfind("\n", 0, start) + 1:start]


def sentence_before(text: str, start: int) -> str:
    """From the last sentence break (";", ".", a line or a cell) up to ``start``."""
    head = text[:start]
    cuts = [head.rfind(c) for c in ";\n|"] + [m.start() for m in rx(r"\.\s").finditer(head)]
    return head[max(cuts) + 1:]


def clause_before(text: str, start: int) -> str:
    head = text[:start]
    return head[max(head.rfind(c) for c in ",;:.\n|") + 1:]


def anchor_kind(link: str, anchor: str) -> str:
    """What a relative deadline counts from: "issue" (signing), "receipt", "effect" (the text
    taking effect) or another "event"."""
    if link.startswith("trước"):
        return "event"
    if rx(RECEIPT_ANCHOR).search(anchor):
        return "receipt"
    if rx(EFFECT_ANCHOR).search(anchor):
        return "effect"
    return "issue" if rx(ISSUE_ANCHOR).search(anchor) else "event"


# --- reading what matched ------------------------------------------------------------------

WEEKDAYS = {"hai": 1, "ba": 2, "tư": 3, "năm": 4, "sáu": 5, "bảy": 6}
UNIT_DAYS = {"giờ": 1 / 24, "ngày": 1, "tuần": 7, "tháng": 30, "quý": 91, "năm": 365}
RECURRENCE_LIMITS = ((1, "hourly"), (7, "daily"), (28, "weekly"), (80, "monthly"),
                      (170, "quarterly"), (360, "semiannual"))


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_working_days(start: date, count: int) -> date:
    """``count`` weekdays after (or, negative, before) ``start``; no holiday calendar."""
    day, step = start, timedelta(days=1 if count > 0 else -1)
    for _ in range(abs(count)):
        day += step
        while day.weekday() >= 5:
            day += step
    return day


def add_months(start: date, count: int) -> date:
    index = start.year * 12 + start.month - 1 + count
    year, month = divmod(index, 12)
    return date(year, month + 1, min(start.day, calendar.monthrange(year, month + 1)[1]))


def first_from(issued: date | None,
               build: Callable[[int], tuple[date | None, date | None] | None]):
    """The first period (or day) ending on or after the issue date, for text without a year."""
    if issued is None:
        return None
    for year in range(issued.year, issued.year + 9):
        period = build(year)
        if period is not None and period[1] is not None and period[1] >= issued:
            return period
    return None


def number(token: str) -> int:
    """Digits or Vietnamese number words up to 39 ("mười lăm", "hai mươi mốt")."""
    token = token.strip().lower()
    if token.isdigit():
        return int(token)
    words = token.split()
    if words[0] == "mười":
        return 10 + (UNIT_WORDS.get(words[1], 0) if len(words) > 1 else 0)
    if len(words) > 1 and words[1] == "mươi":
        return UNIT_WORDS[words[0]] * 10 + (UNIT_WORDS.get(words[2], 0)
                                                if len(words) > 2 else 0)
    return UNIT_WORDS.get(words[0], 0)


def day_month(m: regex.Match, sfx: str) -> tuple[int, int, int | None]:
    day = m.group("d" + sfx) or m.group("dw" + sfx)
    month = m.group("m" + sfx) or m.group("mw" + sfx)
    month_number = MONTH_WORDS.get(month.lower(), 0) or number(month)
    year = m.group("y" + sfx)
    return number(day), month_number, int(year) if year else None


def valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def read_date(m: regex.Match, issued: date | None, sfx: str = "") -> tuple[bool, date | None]:
    """(is a real date, the date); a date without a year takes the first one on/after issue."""
    day, month, year = day_month(m, sfx)
    if year is not None:
        value = valid_day(year, month, day)
        return value is not None, value
    if valid_day(2000, month, day) is None:
        return False, None
    found = first_from(issued, lambda y: (valid_day(y, month, day),) * 2)
    return True, found[0] if found else None


def read_time(m: regex.Match, hour: str = "hh", minute: str = "mm") -> str | None:
    if hour not in m.re.groupindex or m.group(hour) is None:
        return None
    hh, mm = int(m.group(hour)), int(m.group(minute) or 0)
    return f"{hh:02d}:{mm:02d}" if hh <= 24 and mm < 60 else None


def period_bounds(m: regex.Match, issued: date | None) -> tuple[date, date] | None:
    """First and last day of the half-year, quarter, month, year or named period matched."""
    groups = m.groupdict()
    year = int(groups["y"]) if groups.get("y") else None
    if groups.get("unit"):
        return named_period(groups["unit"].lower(), groups["which"].lower(), issued)
    if groups.get("wn"):
        week = int(groups["wn"])
        if not 1 <= week <= 53:
            return None
        return week_of_year(week, year, issued)
    if groups.get("pos"):
        n = number(groups["n"])
        if not 1 <= n <= 12:
            return None
        first, last = (1, n) if groups["pos"].lower() == "đầu" else (13 - n, 12)
        build = lambda y: (date(y, first, 1), month_end(y, last))  # noqa: E731
    elif groups.get("summer"):
        build = lambda y: (date(y, 6, 1), date(y, 8, 31))  # noqa: E731
    elif groups.get("q"):
        q = quarter(groups["q"])
        build = lambda y: (date(y, 3 * q - 2, 1), month_end(y, 3 * q))  # noqa: E731
    elif groups.get("m"):
        month = int(groups["m"])
        if not 1 <= month <= 12:
            return None
        if groups.get("wk"):
            return week_of_month(groups["wk"], month, year, issued)
        build = lambda y: (date(y, month, 1), month_end(y, month))  # noqa: E731
    else:
        build = lambda y: (date(y, 1, 1), date(y, 12, 31))  # noqa: E731
    return build(year) if year else first_from(issued, build)


def week_of_year(week: int, year: int | None, issued: date | None
                 ) -> tuple[date, date] | None:
    """Monday and Sunday of ISO week ``week``; without a year, the issue date's (a weekly
    meeting's "tuần 17" follows "tuần 16" of the same year)."""
    year = year or (issued.isocalendar()[0] if issued else None)
    if year is None:
        return None
    try:
        return date.fromisocalendar(year, week, 1), date.fromisocalendar(year, week, 7)
    except ValueError:  # week 53 of a year that has 52
        return None


WEEK_ORDINALS = {"đầu": 1, "nhất": 1, "hai": 2, "ba": 3, "tư": 4}


def week_of_month(which: str, month: int, year: int | None, issued: date | None
                  ) -> tuple[date, date] | None:
    """"tuần đầu tháng 3" = days 1-7, "tuần thứ hai" = 8-14, "tuần cuối" = the last seven."""
    word = which.lower().split()[-1]
    n = int(word) if word.isdigit() else WEEK_ORDINALS.get(word)

    def build(y: int) -> tuple[date, date]:
        if n is None:  # "cuối"
            last = month_end(y, month)
            return last - timedelta(days=6), last
        return date(y, month, 7 * n - 6), date(y, month, 7 * n)

    return build(year) if year else first_from(issued, build)


def quarter(token: str) -> int:
    token = token.upper().replace("L", "I")
    return int(token) if token.isdigit() else {"I": 1, "II": 2, "III": 3, "IV": 4}[token]


def named_period(unit: str, which: str, issued: date | None) -> tuple[date, date] | None:
    if issued is None:
        return None
    step = 0 if which in ("", "này", "nay") or which.startswith("hiện") else 1
    if unit == "tuần":
        monday = issued - timedelta(days=issued.weekday()) + timedelta(weeks=step)
        return monday, monday + timedelta(days=6)
    if unit == "năm":
        return date(issued.year + step, 1, 1), date(issued.year + step, 12, 31)
    size = 3 if unit == "quý" else 1
    first_month = (issued.month - 1) // size * size + 1
    start = add_months(date(issued.year, first_month, 1), size * step)
    return start, add_months(start, size) - timedelta(days=1)


def add_duration(start: date, n: int, unit: str, sign: int = 1) -> date:
    if "làm việc" in unit:
        return add_working_days(start, sign * n)
    if unit in ("tháng", "năm"):
        return add_months(start, sign * n * (12 if unit == "năm" else 1))
    days = {"giờ": -(-n // 24), "tuần": 7 * n}.get(unit, n)
    return start + timedelta(days=sign * days)


def weekday(m: regex.Match) -> int | None:
    if m.group("sun"):
        return 7
    token = (m.group("wd") or "").lower()
    return int(token) - 1 if token.isdigit() else WEEKDAYS.get(token)


PER_PERIOD = {"tuần": "weekly", "tháng": "monthly", "quý": "quarterly", "năm": "yearly",
              "học kỳ": "semiannual"}


def shortest_recurrence(phrase: str) -> str:
    """The shortest of the periods named ("định kỳ hằng quý, 6 tháng, năm" -> quarterly)."""
    spans = []
    for count, times, unit in rx(FREQ_UNITS).findall(phrase.lower()):
        size = UNIT_DAYS[unit] * (number(count) if count and not times else 1)
        spans.append(size / number(times) if times else size)  # "2 lần/năm": twice a year
    days = min(spans)
    return next((name for limit, name in RECURRENCE_LIMITS if days < limit), "yearly")


def month_range(m: regex.Match, issued: date | None) -> tuple[date, date] | None:
    """"từ tháng 10 đến tháng 12/2025", "Quý III-IV/2025": whole months, the last one's year."""
    if m.group("q1"):
        first_month, last_month = 3 * quarter(m.group("q1")) - 2, 3 * quarter(m.group("q2"))
    else:
        first_month, last_month = int(m.group("m1")), int(m.group("m2"))
    if not (1 <= first_month <= 12 and 1 <= last_month <= 12):
        return None
    end_year = int(m.group("y2")) if m.group("y2") else None
    if end_year is None:
        found = first_from(issued, lambda y: (month_end(y, last_month),) * 2)
        end_year = found[0].year if found else None
    if end_year is None:
        return None
    start_year = int((m.group("y1") if "y1" in m.re.groupindex else None)
                     or end_year - (first_month > last_month))
    return date(start_year, first_month, 1), month_end(end_year, last_month)


def range_bounds(m: regex.Match, issued: date | None) -> tuple[date, date] | None:
    """"từ ngày 10/9 đến ngày 20/9/2025": the first date borrows what it leaves out."""
    if "q1" in m.re.groupindex:
        return month_range(m, issued)
    ok, last = read_date(m, issued, "2")
    if not ok or last is None:
        return None
    if m.group("dd1") is not None:
        day = int(m.group("dd1"))
        first = valid_day(last.year, last.month, day)
        if first is None or first > last:
            previous = last.replace(day=1) - timedelta(days=1)
            first = valid_day(previous.year, previous.month, day)
        return (first, last) if first and first <= last else None
    day, month, year = day_month(m, "1")
    year = year or last.year - ((month, day) > (last.month, last.day))
    first = valid_day(year, month, day)
    return (first, last) if first and first <= last else None
