"""Which role each body named in a task plays: lead, support, report_to, or none.

Vietnamese marks roles with cue words next to the name (``resources/role_cues.tsv``): "Giao
Sở Tài chính chủ trì, phối hợp với Sở Xây dựng ..., báo cáo UBND tỉnh (qua Văn phòng)". A
name takes the role of the cue right before it (only list separators and a few small words
may stand between), or of a cue right after it ("X chủ trì", "X có trách nhiệm"); names in a
list share the role of the first. A body at the start of a clause followed by an action verb
is the clause's subject, so it leads. After "để" ("để tổng hợp, tham mưu UBND tỉnh") the
receiver's own next step begins, which is not the task's reporting line.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from operator import attrgetter

from giaoviec.normalize import fold
from giaoviec.pipeline.actors import (
    HONORIFICS,
    ActorMention,
    Token,
    ends_in_province,
    folded_words,
    in_compound,
    is_verb_at,
    lexicon,
    positions_of,
    tokenize,
)
from giaoviec.resources import load_table
from giaoviec.rx import regex

BRIDGE = {",", "và", "với", "cho", "về", "đến", "lên", "(", "các", "cùng", "tới"}
CLAUSE_END = {";", ".", ":", "?", "!"}
RECEIVER_PREPOSITIONS = {"về", "đến", "cho", "lên", "tới", "với"}  # "báo cáo ... với Ban X"
TOWARDS = {"về", "đến", "lên", "tới"}  # never between a lead cue and the body it hands work to
REPORT_VERBS = {("báo", "cáo"), ("gửi",), ("trình",), ("cung", "cấp"), ("tham", "mưu"), ("nộp",),
                ("chia", "sẻ"),  # "chia sẻ dữ liệu ... với Bảo hiểm xã hội tỉnh": handing data
                ("phản", "ánh")}  # "kịp thời phản ánh những vi phạm về Thường trực HĐND tỉnh"
ADVERBS = {"ngay", "kịp", "thời", "định", "kỳ", "trực", "tiếp", "đầy", "đủ", "thường", "xuyên",
           "bằng", "văn", "bản", "kết", "quả", "nhanh", "sớm", "lại",  # "gửi lại Sở X"
           "tiến", "độ"}  # "báo cáo tiến độ UBND tỉnh"


_REPORT_LAST = {words[-1] for words in REPORT_VERBS}
_start_of, _end_of = attrgetter("start"), attrgetter("end")


def _report_verb_ending_at(tokens: list[Token], k: int) -> bool:
    """A sending verb ends at token k ("báo cáo", "gửi", "cung cấp"), not "chương trình"."""
    if tokens[k].folded not in _REPORT_LAST:
        return False
    compounds = lexicon().compounds
    for words in REPORT_VERBS:
        n = len(words)
        if k - n + 1 >= 0 and folded_words(tokens[k - n + 1:k + 1]) == words:
            start = k - n + 1
            return not (start > 0 and (tokens[start - 1].folded, words[0]) in compounds)
    return False


@dataclass
class RoleAssignment:
    lead: list[ActorMention] = field(default_factory=list)
    support: list[ActorMention] = field(default_factory=list)
    report_to: list[ActorMention] = field(default_factory=list)
    lead_cue: str | None = None  # the cue that made the lead ("giao", "yêu cầu", subject...)
    requester: ActorMention | None = None  # "X đề nghị/yêu cầu Y ...": X, who asks


@cache
def _cues() -> dict[str, dict[str, list[tuple[tuple[str, ...], str]]]]:
    """Cues by position, indexed by their last word ("before": the word next to the name) and
    first word ("after"), longest first."""
    by_position: dict[str, dict[str, list]] = {"before": {}, "after": {}}
    for cue, role, position in load_table("role_cues.tsv"):
        words = tuple(cue.split())
        key = words[-1] if position == "before" else words[0]
        by_position[position].setdefault(key, []).append((words, role))
    for index in by_position.values():
        for items in index.values():
            items.sort(key=lambda c: -len(c[0]))
    return by_position


def _cue_ending_at(tokens: list[Token], j: int) -> tuple[str | None, str] | None:
    """A cue whose last token is tokens[j-1] ("trình", but not the noun "công trình")."""
    if j <= 0:
        return None
    compounds = lexicon().compounds
    for words, role in _cues()["before"].get(tokens[j - 1].folded, ()):
        n = len(words)
        if words == ("phân", "công") and j - n > 1:
            continue  # "Phân công đồng chí Y ..." opens its sentence; "..., phân công các hộ
            # tham gia" is the work of the sentence's own lead
        if j - n >= 0 and folded_words(tokens[j - n:j]) == words:
            if j - n > 0 and ((tokens[j - n - 1].folded, words[0]) in compounds or (
                    tokens[j - n - 1].folded, words[0]) in HANDING_OVER):
                continue
            if role == "lead" and words in ASKING_WORDS and folded_words(
                    tokens[max(j - n - 2, 0):j - n]) in REQUEST_PAPERS:
                if _advised_before(tokens, j - n - 2):
                    # "tham mưu Chủ tịch UBND phường văn bản đề nghị Sở X ...": a paper the
                    # superior sends; the lead's result goes to the superior
                    return None, "proposal"
                return "report", "proposal"  # "hồ sơ đề nghị Sở Y tế thẩm định": sent to it
            return role, " ".join(words)
    return None


def _advised_before(tokens: list[Token], k: int) -> bool:
    """"tham mưu" earlier in the clause that ends at token k."""
    while k > 1 and tokens[k - 1].folded not in CLAUSE_END:
        if (tokens[k - 2].folded, tokens[k - 1].folded) == ("tham", "mưu"):
            return True
        k -= 1
    return False


# a paper that asks ("hồ sơ đề nghị Sở Y tế thẩm định"): who it asks receives it
ASKING_WORDS = frozenset({("đề", "nghị"), ("yêu", "cầu")})
REQUEST_PAPERS = frozenset({("hồ", "sơ"), ("văn", "bản"), ("tờ", "trình"), ("công", "văn")})
# verbs of handing a thing over, not work: "bàn giao cho nhà đầu tư" gives no lead
HANDING_OVER = frozenset({("bàn", "giao"), ("chuyển", "giao")})
MANNER_WORDS = (("tiếp", "tục"), ("chủ", "động"), ("khẩn", "trương"))


def _past_manner(tokens: list[Token], j: int) -> int:
    """Past a manner word between a body and its cue ("Bộ X tiếp tục chủ trì ...")."""
    if tuple(t.folded for t in tokens[j:j + 2]) in MANNER_WORDS:
        return j + 2
    return j


def _cue_starting_at(tokens: list[Token], j: int) -> tuple[str, str] | None:
    if j >= len(tokens):
        return None
    for words, role in _cues()["after"].get(tokens[j].folded, ()):
        n = len(words)
        if folded_words(tokens[j:j + n]) == words:
            return role, " ".join(words)
    return None


# the cues that hand work to the body after them ("giao Sở X ..."), read as a purpose after
# "để" or "nhằm"
HANDING = frozenset({"giao", "giao cho", "giao nhiệm vụ cho"})


def assign_roles(text: str, start: int, end: int, mentions: list[ActorMention]
                 ) -> RoleAssignment:
    tokens = tokenize(text, start, end)
    in_purpose = _purpose_tokens(tokens)
    mentioned = {k for m in mentions for k in range(
        bisect_left(tokens, m.start, key=_start_of), bisect_left(tokens, m.end, key=_start_of))}
    roles: list[tuple[ActorMention, str | None, str | None]] = []
    previous: tuple[str | None, int] = (None, -1)
    postposed = _postposed_roles(tokens, mentioned) if "(" in map(_text_of, tokens) else {}
    for m in mentions:
        # tokens follow one another: bisect for the one starting the mention and the first
        # one reaching its end
        first = bisect_left(tokens, m.start, key=_start_of)
        if first == len(tokens) or tokens[first].start != m.start:
            continue
        last = bisect_left(tokens, m.end, lo=first, key=_end_of)
        if last == len(tokens):
            continue
        if first in postposed:
            listed = previous[0] == postposed[first] and roles and roles[-1][2] in (
                "postposed", "list")
            roles.append((m, postposed[first], "list" if listed else "postposed"))
            previous = (postposed[first], last)
            continue
        if roles and _parent_after_comma(tokens, roles, previous[1], first, m):
            # "Phòng Tổng hợp, Văn phòng Tỉnh ủy chủ trì": the office the unit belongs to
            roles.append((m, None, "apposition"))
            previous = (previous[0], last)
            continue
        if m.kind == "person" and roles and _holds_titles(tokens, roles[-1], previous[1], first, m):
            # "Đồng chí Hà Minh Tuấn - Ủy viên UBND phường, Trưởng Công an phường": the
            # offices the person named before holds, not more people
            roles.append((m, None, "apposition"))
            previous = (previous[0], last)
            continue
        role, cue = _role_before(tokens, first, previous, mentioned)
        if role == "report" and _handed_down(tokens, first, m, cue):
            role, cue = None, "supplied"  # "cung cấp cho các thôn và các trường học": who gets
            # the material to use, not the result of the work; "thông báo bằng văn bản cho
            # nhà đầu tư để thực hiện": who is told what to do
        if role == "report" and cue.startswith("xin ý kiến") and _public_consulted(tokens, first):
            role, cue = None, "consulted"  # "xin ý kiến các tổ chức cơ sở đảng, Ủy ban MTTQ
            # xã và Nhân dân": a draft put to the public, not a result sent up
        if cue == "apposition" and (close := _closing_parenthesis(tokens, last)) is not None:
            # "Bộ Nông nghiệp và Môi trường (Bộ NN&MT) và UBND các tỉnh": the short name in
            # parentheses is the same body; the list goes on after it
            roles.append((m, None, cue))
            previous = (previous[0], close)
            continue
        if role == "lead" and cue in HANDING and first > len(cue.split()) and tokens[
                first - len(cue.split()) - 1].folded in ("để", "nhằm"):
            role, cue = None, "purpose"  # "đề nghị UBND tỉnh thu hồi ... để giao Trung tâm X
            # quản lý": whom the receiver will then assign, not who does this work
        if role == "lead" and (previous[0] == "report" or (roles and roles[-1][2] == "purpose")) \
                and cue in ("đề nghị", "yêu cầu") and (
                _asked_in_submission(tokens, previous[1] + 1, first, cue)):
            # (the receiver may be the advisee's: "tham mưu Giám đốc Sở trình UBND tỉnh" +
            # "đề nghị Bộ X xem xét")
            role, cue = None, "proposal"
        after = _cue_starting_at(tokens, _past_manner(tokens, last + 1))
        if role == "lead" and cue in ("yêu cầu", "đề nghị") and _asked_by_subject(
                tokens, first, roles, mentioned):
            role, cue = None, "asked"  # "X chỉ đạo ...; rà soát, yêu cầu các cơ sở ...": X's work
        if after and after[0] == "lead" and _for_whom(tokens, first):
            after = None  # "bảo đảm kinh phí cho các cơ quan chủ trì soạn thảo": who it is for
        if after and role not in ("report", "support") and cue != "list":
            role, cue = after
        if role in (None, "lead") and previous[0] == "lead" and _supports_after(tokens, last + 1):
            role, cue = "support", "postposed"  # "X chủ trì, Y phối hợp rà soát ..."
        if role is None and _subject(tokens, first, last, mentioned, m.kind == "locality"):
            role, cue = "lead", "subject"
        if role in ("report", "report_via") and (first in in_purpose or _reported_by_another(
                tokens, first, mentioned)):
            role, cue = None, "purpose"
        roles.append((m, role, cue))
        previous = (role, last)
    if any(role in ("report", "report_via") for _, role, _ in roles):
        roles = _without_laboratories(tokens, mentioned, roles)
    else:
        roles = _compiler_of_what_is_sent(tokens, roles)
    return _collect(roles)


def _public_consulted(tokens: list[Token], first: int) -> bool:
    """The list that starts at token ``first`` names the people ("Nhân dân") among those
    whose views are sought, up to the clause's end."""
    for k in range(first, len(tokens) - 1):
        if tokens[k].folded in (";", ".", ":"):
            return False
        if tokens[k].folded == "nhân" and tokens[k + 1].folded == "dân":
            return True
    return False


# what the body a paper is sent to does with it: "gửi ... để Sở Tài chính tổng hợp"
COMPILING = frozenset({("tổng", "hợp"), ("theo", "dõi"), ("thẩm", "định"), ("xem", "xét")})


def _compiler_of_what_is_sent(tokens: list[Token], roles: list) -> list:
    """"gửi kèm đầy đủ hồ sơ ... để Sở Tài chính tổng hợp", "báo cáo tổng kết gửi trước ngày
    12/3/2026 để Phòng Tham mưu tổng hợp": a paper sent without a receiver named, then the body
    that compiles it, which is where it goes."""
    out = []
    for m, role, cue in roles:
        first = bisect_left(tokens, m.start, key=_start_of)
        k = bisect_left(tokens, m.end, key=_start_of)
        if role is None and first > 0 and tokens[first - 1].folded == "để" and (
                folded_words(tokens[k:k + 2]) in COMPILING) and _sent_earlier(tokens, first - 1):
            role, cue = "report", "compiler"
        out.append((m, role, cue))
    return out


def _sent_earlier(tokens: list[Token], k: int) -> bool:
    """A sending verb in the clause before token k, at most 40 tokens back."""
    for j in range(k - 1, max(k - 41, -1), -1):
        if tokens[j].folded in CLAUSE_END:
            return False
        if _report_verb_ending_at(tokens, j):
            return True
    return False


# the cues of supplying material: a body named in capitals receives it as a report ("cung cấp
# cho Thuế tỉnh danh sách ..."); kinds in lower case are those who use it
SUPPLY_CUES = frozenset({"cung cấp cho", "cung cấp", "thông báo bằng văn bản cho"})
# ... and material sent down to many: "biên soạn tài liệu ..., gửi các địa phương" (one party
# in lower case, "gửi chủ đầu tư", receives the result, as do "các thành viên Ban Chỉ đạo")
SENDING_CUES = frozenset({"gửi", "gửi cho", "gửi đến", "gửi tới"})


def _handed_down(tokens: list[Token], first: int, m: ActorMention, cue: str | None) -> bool:
    """A report cue before kinds of body in lower case that get material rather than a
    result: supplied ("cung cấp cho các thôn", "cung cấp điện cho các cơ sở y tế"), told
    ("thông báo bằng văn bản cho nhà đầu tư"), or sent down to many ("gửi các địa phương")."""
    if m.kind != "collective" or not m.text[:1].islower():
        return False
    if cue in SUPPLY_CUES:
        return True
    if cue in SENDING_CUES:
        return m.text.startswith("các ") and m.text == m.text.lower()
    return cue == "receiver" and _supplied_before(tokens, first)


def _supplied_before(tokens: list[Token], first: int) -> bool:
    """"cung cấp điện cho" + "các cơ sở y tế": what is supplied, in the clause before the
    receivers."""
    k = first - 1
    while k > 0 and first - k <= 12 and tokens[k].folded not in CLAUSE_END:
        if (tokens[k - 1].folded, tokens[k].folded) == ("cung", "cấp"):
            return True
        k -= 1
    return False


# what a laboratory does with what it is sent: "gửi Viện Pasteur khu vực để xét nghiệm"
TESTING = frozenset({("xét", "nghiệm"), ("kiểm", "nghiệm"), ("giám", "định"), ("phân", "tích"),
                     ("kiểm", "định")})


def _without_laboratories(tokens: list[Token], mentioned: set[int], roles: list) -> list:
    """"lấy mẫu bệnh phẩm, gửi Viện Vệ sinh dịch tễ, Viện Pasteur khu vực để xét nghiệm": the
    bodies a sample goes to for testing, who get no report of the work."""
    out = []
    for m, role, cue in roles:
        if role in ("report", "report_via"):
            k = bisect_left(tokens, m.end, key=_start_of)
            while k < len(tokens) and (k in mentioned or tokens[k].folded in (",", "và")):
                k += 1
            if k + 2 < len(tokens) and tokens[k].folded == "để" and (
                    tokens[k + 1].folded, tokens[k + 2].folded) in TESTING:
                role, cue = None, "laboratory"
        out.append((m, role, cue))
    return out


# the heads of units inside a larger body ("Phòng Tổng hợp" of a Văn phòng, "Ban Dân chủ -
# Pháp luật" of the Front's committee) and the words that end a whole body's name
SUB_UNIT_HEADS = frozenset({"phòng", "ban", "đội", "khoa", "tổ", "bộ phận"})
WHOLE_BODY_ENDS = frozenset({"tỉnh", "thành phố", "xã", "phường", "đặc khu", "tỉnh ủy",
                             "thành ủy", "đảng ủy"})


def _asked_by_subject(tokens: list[Token], first: int, roles: list, mentioned: set[int]
                      ) -> bool:
    """The body asked right before ``first`` is asked by the sentence's subject, in a clause
    that goes on with the subject's own verbs ("Trưởng ban ... chỉ đạo ...; rà soát, yêu cầu
    các cơ sở chưa đấu nối hoàn thành ..."): no new lead. The clause holding the cue must open
    with a verb and name no one before the cue."""
    if not any(role == "lead" and cue == "subject" for _, role, cue in roles):
        return False
    k = first - 1
    while k >= 0 and tokens[k].folded not in {"yêu", "đề"}:
        k -= 1  # back to the cue's first word
    opening = k
    while opening > 0 and tokens[opening - 1].folded not in CLAUSE_END:
        opening -= 1
    if opening >= k - 1 or tokens[k - 1].folded != ",":
        return False
    return not any(n in mentioned for n in range(opening, k)) and _verb_follows(tokens, opening)


def _parent_after_comma(tokens: list[Token], roles: list, prev_last: int, first: int,
                        m: ActorMention) -> bool:
    """A unit named without its body, a comma, then the body it belongs to, named in full:
    "Phòng Tổng hợp, Văn phòng Tỉnh ủy", "Phòng Kiểm tra, giám sát số 3, Cơ quan Ủy ban
    Kiểm tra Tỉnh ủy". Only a pair, and a single body: in a longer list the bodies share the
    last one's place ("Ban Tổ chức, Ban Tuyên giáo và Dân vận, Văn phòng Tỉnh ủy"), and "Công
    an các xã" are many."""
    previous, _, cue = roles[-1]
    if cue in ("list", "apposition") or previous.kind != "agency" or m.kind != "agency":
        return False
    if [t.folded for t in tokens[prev_last + 1:first]] != [","]:
        return False
    after = bisect_left(tokens, m.end, key=_start_of)
    if after < len(tokens) and tokens[after].folded in (",", "và", "&", ";"):
        return False  # "Phòng Kinh tế, Công an xã và Trưởng các thôn": a list goes on
    unit_words, body_words = previous.text.lower().split(), m.text.lower().split()
    if _head_of(unit_words) == "phòng" and _commune_force(body_words):
        return False  # "Phòng Kinh tế, Công an xã": a commune's police has no Phòng
    if " ".join(body_words).startswith("ủy ban kiểm tra") and _head_of(unit_words) != "phòng":
        return False  # "Ban Xây dựng Đảng, Ủy ban Kiểm tra Đảng ủy": two organs of one
        # committee, side by side (the inspection committee's own units are Phòng)
    return ("các" not in body_words and _head_of(unit_words) in SUB_UNIT_HEADS
            and _head_of(body_words) not in SUB_UNIT_HEADS
            and not _ends_whole(unit_words) and _ends_whole(body_words)
            # ("Ban Quản lý Khu kinh tế Hải Phòng, Liên đoàn Lao động thành phố": a board
            # named with its province is a body of its own, the next one another)
            and not ends_in_province([fold(w) for w in unit_words]))


# the forces and stations of a commune ("Công an xã", "Ban Chỉ huy quân sự phường", "Trạm Y
# tế xã"): units without Phòng
COMMUNE_FORCES = ("công an", "ban chỉ huy quân sự", "trạm")
COMMUNE_ENDS = frozenset({"xã", "phường", "đặc khu"})


def _commune_force(words: list[str]) -> bool:
    return " ".join(words).startswith(COMMUNE_FORCES) and (
        words[-1] in COMMUNE_ENDS or " ".join(words[-2:]) in COMMUNE_ENDS)


def _head_of(words: list[str]) -> str:
    return " ".join(words[:2]) if words[:2] == ["bộ", "phận"] else (words[0] if words else "")


def _ends_whole(words: list[str]) -> bool:
    return bool(words) and (words[-1] in WHOLE_BODY_ENDS or " ".join(words[-2:]) in (
        WHOLE_BODY_ENDS))


# a seat on a board or team, named alone after the office of who holds it ("Giám đốc Sở Tài
# chính, Ủy viên"; "Chủ tịch UBND xã, Phó Trưởng Ban thường trực")
BOARD_SEATS = frozenset({"ủy viên", "uỷ viên", "ủy viên thường trực", "thành viên", "thư ký",
                         "trưởng ban", "phó trưởng ban", "phó trưởng ban thường trực",
                         "tổ trưởng", "tổ phó", "trưởng đoàn", "phó trưởng đoàn"})
# how a person named by name opens ("Đồng chí Hà Minh Tuấn"): the actor finder's honorifics
_NAMED_PERSON = tuple(" ".join(words) for words in HONORIFICS)
DASHES = frozenset({"-", "–", "—"})


def _holds_titles(tokens: list[Token], before: tuple[ActorMention, str | None, str | None],
                  prev_last: int, first: int, m: ActorMention) -> bool:
    """A title right after a named person and a dash ("Đồng chí X - Phó Chủ tịch UBND xã"),
    or after such a title and a comma: the person's offices. A title that names its holder
    ("Đồng chí Y") is another person."""
    previous, _, cue = before
    if previous.kind != "person" or m.text.lower().startswith(_NAMED_PERSON):
        return False
    between = [t.folded for t in tokens[prev_last + 1:first]]
    if between == [","] and m.text.lower() in BOARD_SEATS and (
            previous.text.lower() not in BOARD_SEATS):
        return True  # "Giám đốc Sở Y tế, Ủy viên: ...": the office-holder's seat on the board
    if cue == "apposition":
        return between == [","]
    named = previous.text.lower().startswith(_NAMED_PERSON)
    if named and between == [","] and "," in previous.text and m.kind == "person":
        return True  # "Ông X, Phó Chủ tịch UBND tỉnh, Trưởng ban": his office on the board
    return len(between) == 1 and between[0] in DASHES and named


# a role said after the bodies it belongs to, closing its part of a parenthesis: "Hoàn thành
# ... trước ngày 31/12/2025 (UBND các xã chủ trì; Công an tỉnh, Sở Y tế phối hợp)"
POSTPOSED_CUES = {("chủ", "trì"): "lead", ("thực", "hiện"): "lead", ("phối", "hợp"): "support",
                  ("chịu", "trách", "nhiệm"): "lead", ("hướng", "dẫn"): "support"}
_text_of = attrgetter("text")


def _postposed_roles(tokens: list[Token], mentioned: set[int]) -> dict[int, str]:
    """First tokens of the bodies inside a parenthesis whose part ends with their role:
    "(X chủ trì; Y, Z phối hợp)". Each part runs from "(" or ";" to the cue, holds only
    bodies, list separators and a few lower-case words after a body that say which of them
    ("UBND các xã có tuyến"), and the cue is followed by ";" or ")"."""
    out: dict[int, str] = {}
    inside = False
    part: list[int] = []  # first tokens of the part's bodies
    described = 0  # lower-case words since the last body: which of them ("có tuyến")
    k = 0
    while k < len(tokens):
        word = tokens[k].folded
        if word == "(":
            inside, part, described = True, [], 0
        elif not inside:
            pass
        elif word in (";", ")"):
            part, described = [], 0
            inside = word == ";"
        elif part and (cue := _postposed_cue(tokens, k)) is not None:
            out.update(dict.fromkeys(part, cue[0]))
            k += cue[1] - 1
        elif k in mentioned:
            if k - 1 not in mentioned:
                part.append(k)
            described = 0
        elif word in (",", "và", "các"):
            described = 0
        elif part and tokens[k].word and not tokens[k].capital and described < POSTPOSED_QUALIFIER:
            described += 1  # "UBND các xã" + "vùng đồng bào dân tộc thiểu số" + "chủ trì"
        else:
            inside = False  # words other than bodies: not a part of names and a role
        k += 1
    return out


POSTPOSED_QUALIFIER = 8  # lower-case words after a body in a parenthesis, before its role


def _supports_after(tokens: list[Token], k: int) -> bool:
    """"phối hợp" right after a body and not followed by "với": the body supports the work
    of the lead named before it ("Chủ tịch UBND các xã chủ trì, Trưởng Công an xã phối hợp
    rà soát ..."), where "Y phối hợp với Z ..." would make Y the subject."""
    return folded_words(tokens[k:k + 2]) == ("phối", "hợp") and (
        k + 2 >= len(tokens) or tokens[k + 2].folded != "với") and any(
        folded_words(tokens[j:j + 2]) == ("chủ", "trì") for j in range(max(0, k - 30), k))


def _closing_parenthesis(tokens: list[Token], last: int) -> int | None:
    """The ")" that closes a short name right after its last token (an abbreviation in
    parentheses), or None."""
    k = last + 1
    return k if k < len(tokens) and tokens[k].folded == ")" else None


def _postposed_cue(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """(role, words) of a role cue at k that closes its part of a parenthesis."""
    for n in (2, 3):
        role = POSTPOSED_CUES.get(folded_words(tokens[k:k + n]))
        if role is None:
            continue
        if role == "lead" and folded_words(tokens[k + n:k + n + 2]) == ("thực", "hiện"):
            n += 2  # "(Thủ trưởng các đơn vị chịu trách nhiệm thực hiện)"
        if k + n < len(tokens) and tokens[k + n].folded in (";", ")"):
            return role, n
    return None


def _asked_in_submission(tokens: list[Token], after: int, first: int, cue: str) -> bool:
    """"trình Giám đốc Sở đề nghị Sở Tài chính bố trí kinh phí": the cue right after the
    receiver of a submission (a word of its name may lie between) says what is submitted,
    which asks Sở Tài chính; the sentence does not."""
    between = folded_words(tokens[after:first])
    words = tuple(cue.split())
    return (between[-len(words):] == words and len(between) - len(words) <= 2
            and not set(between) & {",", ";", "và", "."})


def _for_whom(tokens: list[Token], first: int) -> bool:
    """"cho" right before the mention: the body something is for, whatever it leads."""
    return first > 0 and tokens[first - 1].folded == "cho"


def _role_before(tokens: list[Token], first: int, previous: tuple[str | None, int],
                 mentioned: set[int]):
    """Walk back from the mention over bridge words to a cue (or to the previous mention)."""
    j = first
    prepositions = []
    j -= _descriptor_before(tokens, j)  # "yêu cầu nhà đầu tư" + "Công ty ...": over the role
    while j > 0 and (tokens[j - 1].folded in BRIDGE or tokens[j - 1].folded in ADVERBS):
        cue = _cue_ending_at(tokens, j)
        if cue or (j >= 2 and (tokens[j - 2].folded, tokens[j - 1].folded) == ("đối", "với")):
            break  # "đối với X": about X, not to X
        prepositions.append(tokens[j - 1].folded)
        j -= 1
    cue = _cue_ending_at(tokens, j) if j - 1 not in mentioned else None  # (not the "giao" of
    # "Bộ Ngoại giao" + "và các cơ quan ...": a word of the name before)
    if cue is None and not prepositions and j >= 2 and tokens[j - 1].folded == ":":
        asked = _cue_ending_at(tokens, j - 1)  # "UBND tỉnh yêu cầu: Công an tỉnh chỉ đạo ..."
        if asked is not None and asked[0] == "lead" and asked[1] in ASKING_CUES:
            cue = asked
    if cue and cue[0] == "lead" and set(prepositions) & TOWARDS:
        cue = None  # "báo cáo ... nhiệm vụ được giao về UBND tỉnh": where the report goes
    if cue and cue[0] == "lead" and prepositions[-1:] == [","] and j >= 2 and tokens[
            j - 1].folded == "giao":
        cue = None  # "chỉ tiêu được Bộ Tư pháp giao" + ", Thi hành án dân sự tỉnh đề nghị ..."
    if cue:
        if cue[0] == "purpose":
            return None, cue[1]
        if cue[0] == "report_via" and not (prepositions and "(" in prepositions) and not (
                previous[0] in ("report", "report_via") and "(" in [t.folded for t in tokens[
                    max(previous[1], 0):j]]) and not _sent_via(tokens, j, mentioned):
            return None, None  # "ủy thác qua Ngân hàng ...": a channel, not a reporting line
        return cue
    prev_role, prev_last = previous
    if 0 <= prev_last == j - 1 and j < len(tokens) and tokens[j].folded == "(":
        return None, "apposition"  # "UBND xã Kim Ngân (chủ đầu tư)"
    if prev_role and prev_last == j - 1 and prev_last >= 0:
        return prev_role, "list"
    if prev_role and prev_last >= 0 and _only_separators(tokens, prev_last + 1, first):
        return prev_role, "list"
    if prev_role == "report_via" and prev_last >= 0 and _after_aside(tokens, prev_last + 1,
                                                                     first):
        return "report", "list"  # "gửi Sở X (qua Trung tâm Y) và Công ty Z": Z receives too
    if prev_role == "lead" and prev_last >= 0 and _in_label(tokens, prev_last + 1, first,
                                                            mentioned):
        return prev_role, "list"
    if set(prepositions) & RECEIVER_PREPOSITIONS and _report_verb_in_clause(tokens, j,
                                                                           mentioned):
        return "report", "receiver"
    return None, None


# the cues that ask a body to act and may end with a colon before it ("yêu cầu: Sở X ...")
ASKING_CUES = frozenset({"yêu cầu", "đề nghị", "giao"})


def _descriptor_before(tokens: list[Token], j: int) -> int:
    """How many tokens right before a named body spell a generic role in lower case ("nhà đầu
    tư", "chủ đầu tư"): the actor finder leaves such a description out of the mention."""
    if j == 0 or tokens[j - 1].folded not in _collective_last_words():
        return 0  # the usual case, answered before building a key for every length
    entries = lexicon().entries
    for n in (4, 3, 2, 1):
        key = folded_words(tokens[max(j - n, 0):j])
        found = entries.get(key) if len(key) == n and not tokens[j - n].capital else None
        if found is not None and found[1] == "collective" and key[0] != "các":
            return n
    return 0


@cache
def _collective_last_words() -> frozenset[str]:
    """The last words of the gazetteer's generic roles ("nhà đầu tư", "chủ đầu tư")."""
    return frozenset(key[-1] for key, (_, kind) in lexicon().entries.items()
                     if kind == "collective" and key)


def _sent_via(tokens: list[Token], j: int, mentioned: set[int]) -> bool:
    """"Báo cáo kết quả ... (qua Văn phòng Sở)": a report sent through a body in parentheses,
    the receiver left unnamed; the intermediary is still the reporting line."""
    k = j - 1
    while k > 0 and tokens[k].folded != "(":
        k -= 1
        if j - k > 3:
            return False
    return k > 0 and tokens[k].folded == "(" and _report_verb_in_clause(tokens, k, mentioned)


def _purpose_tokens(tokens: list[Token]) -> set[int]:
    """Tokens of purpose clauses that follow a report ("báo cáo Sở Tài chính để tổng hợp, tham
    mưu UBND tỉnh"), up to ";", "." or ")": there the receiver's own next step begins. A purpose
    clause that is itself the report ("rà soát ... để báo cáo các sở") stays."""
    inside: set[int] = set()
    active = False
    reported = False
    first = next((k for k in positions_of(tokens, _REPORT_LAST)
                  if _report_verb_ending_at(tokens, k)), None)
    if first is None:
        return inside  # no report: nothing before the first one can open a purpose clause
    advised_at = None  # "tham mưu Giám đốc Sở báo cáo UBND tỉnh": the advisee's report
    for k in range(first, len(tokens)):
        t = tokens[k]
        if t.folded in _REPORT_LAST and _report_verb_ending_at(tokens, k):
            if advised_at is not None and t.folded != "mưu" and k - advised_at > 2:
                active = True  # what the advised body then reports is its own next step
                continue  # ("tham mưu trình X": one verb, X receives)
            reported = True
            # ("gửi Phòng Tham mưu": a name in capitals, no advice given)
            advised_at = k if t.folded == "mưu" and not (k >= 2 and tokens[k - 1].capital and (
                tokens[k - 2].capital and tokens[k - 2].word)) else None
        elif t.folded in (",", "và") or t.folded in CLAUSE_END:
            advised_at = None
        if t.folded == "khi" and k > 0 and tokens[k - 1].folded in ("trước", "sau"):
            active = False  # "... để cho ý kiến trước khi trình HĐND": the lead submits again
            continue
        if t.folded in ("để", "nhằm") and reported and advised_at is None:
            active = True  # (after "tham mưu X bố trí ...", "để" says what the advice is for:
            # "..., báo cáo UBND tỉnh" after it is the lead's own report)
        elif t.folded in CLAUSE_END or t.folded == ")":
            active = False
            reported = reported and t.folded == ")"
        elif active:
            inside.add(k)
    return inside


def _only_separators(tokens: list[Token], a: int, b: int) -> bool:
    return a < b and all(t.folded in {",", "và", "các", "hoặc"} for t in tokens[a:b])


def _after_aside(tokens: list[Token], a: int, b: int) -> bool:
    """The body that ends a parenthesis, then its close and "và" before the next body: "gửi
    Sở X (qua Trung tâm Y) và Công ty Z". After a comma a new clause may begin with its own
    subject ("báo cáo UBND tỉnh (qua Văn phòng), Sở Tài chính chủ trì ...")."""
    return [t.folded for t in tokens[a:b]] in ([")", "và"], [")", "và", "các"])


def _in_label(tokens: list[Token], a: int, b: int, mentioned: set[int]) -> bool:
    """Bodies joined by ";" in a label that a colon closes ("Các sở, ngành; UBND các xã:
    Căn cứ ...") or in the list of an article that makes them answer for the decision
    ("Chánh Văn phòng UBND tỉnh; Giám đốc các sở ...; Thủ trưởng các cơ quan ... chịu trách
    nhiệm thi hành"): the semicolon parts one body from the next as a comma would. Elsewhere
    a semicolon ends a clause, and the body after it starts a sentence of its own."""
    if not (a < b and all(t.folded == ";" for t in tokens[a:b])):
        return False
    k = b
    while k < len(tokens) and (k in mentioned or tokens[k].folded in {",", ";", "và"}):
        k += 1
    return k < len(tokens) and (tokens[k].folded == ":" or folded_words(
        tokens[k:k + 3]) in (("chịu", "trách", "nhiệm"), ("có", "trách", "nhiệm")))


RECEIVER_REACH = 30  # the most words (asides aside) from the sending verb to its receiver


def _report_verb_in_clause(tokens: list[Token], j: int, mentioned: set[int]) -> bool:
    """A receiver after "cho/về/đến" when a sending verb (gửi, báo cáo, cung cấp) comes a few
    words before in the same clause, with no other body between ("gửi quyết định về Sở X").
    An aside in parentheses is stepped over and not counted in the distance: it lists what is
    sent ("nộp hồ sơ ... (hợp đồng, chứng từ thanh toán, biên bản nghiệm thu) về Thuế tỉnh")."""
    k, words = j - 1, 0
    while k >= 0 and words < RECEIVER_REACH and tokens[k].folded not in CLAUSE_END:
        if tokens[k].folded == ")":
            # an aside about what is sent ("hồ sơ (danh sách ... có chữ ký của Thủ trưởng đơn
            # vị) về Sở GD&ĐT"): its bodies are no receivers in between
            k = _opening_parenthesis(tokens, k, k - RECEIVER_REACH)
            if k < 0:
                return False
            k -= 1
            continue
        if tokens[k].folded == "để" or (k in mentioned and tokens[k].capital):
            # (a body in lower case is part of what is sent: "báo cáo tình hình sử dụng thuốc
            # theo kết quả lựa chọn nhà thầu về Sở Y tế")
            return False
        if _report_verb_ending_at(tokens, k):
            # "tham mưu bố trí kinh phí cho X": advising on an act, X benefits from the act
            return not (tokens[k].folded == "mưu" and _verb_follows(tokens, k + 1))
        k, words = k - 1, words + 1
    return False


def _opening_parenthesis(tokens: list[Token], k: int, floor: int) -> int:
    """The "(" that opens the parenthesis closed at token k, not before ``floor``; -1 if none."""
    depth = 0
    while k >= max(floor, 0):
        if tokens[k].folded == ")":
            depth += 1
        elif tokens[k].folded == "(":
            depth -= 1
            if depth == 0:
                return k
        k -= 1
    return -1


def _verb_follows(tokens: list[Token], k: int) -> bool:
    """An action verb (one to three words) begins at token k, perhaps after a modal ("phải
    xử lý", "cần rà soát")."""
    lex = lexicon()
    if folded_words(tokens[k:k + 3]) == ("theo", "chức", "năng"):
        # "các Bộ, cơ quan" + "theo chức năng, nhiệm vụ được giao," + "xem xét ...": the
        # grounds of the action, then the action
        k += 3
        while k < len(tokens) and tokens[k].folded in FUNCTION_WORDS:
            k += 1
    if k < len(tokens) and tokens[k].folded in OBLIGATIONS:
        return True  # "UBND các xã phải ...": what a body must do is its action
    while k < len(tokens) and tokens[k].folded in MODALS:
        k += 1
    if k >= len(tokens) or tokens[k].folded not in lex.verb_firsts:
        return False
    return any(folded_words(tokens[k:k + n]) in lex.verbs for n in (3, 2, 1)
               if k + n <= len(tokens))


MODALS = {"sớm", "kịp", "thời"}
# the words of "theo chức năng, nhiệm vụ (, quyền hạn) được giao"
FUNCTION_WORDS = {",", "nhiệm", "vụ", "quyền", "hạn", "được", "giao", "và", "của", "mình"}
OBLIGATIONS = {"phải", "cần"}
OPENING_WORDS = {"trước", "mắt", "đồng", "thời", "ngoài", "ra", "riêng", ",", "-", "+", "•"}


LABEL_WORDS = 5  # tokens of a label before its colon ("Chế độ báo cáo:")


def _opens_text(tokens: list[Token], first: int) -> bool:
    """Only opening words ("Trước mắt,", "Đồng thời,") stand before the mention."""
    return all(t.folded in OPENING_WORDS for t in tokens[:first])


def _sender_of_report(tokens: list[Token], first: int, last: int) -> bool:
    """"Báo cáo 6 tháng và báo cáo năm của" + "các cơ quan, đơn vị, địa phương" + "gửi về
    UBND tỉnh ...": a sentence opens with the reports of the body, which sends them (not a
    clause after ";", which goes on with the work of the sentence's subject)."""
    return 2 < first <= 12 and folded_words(tokens[:2]) == ("báo", "cáo") and (
        tokens[0].capital) and (
        tokens[first - 1].folded == "của") and not any(
        t.folded in CLAUSE_END for t in tokens[:first]) and (
        tokens[last + 1].folded if last + 1 < len(tokens) else None) in ("gửi", "được")


def _subject(tokens: list[Token], first: int, last: int, mentioned: set[int],
             place: bool = False) -> bool:
    """The mention opens the text, or opens a clause with an action verb after it (not an
    accountability clause: "...; Chủ tịch UBND xã chịu trách nhiệm trước ...")."""
    if place and last + 2 < len(tokens) and tokens[last + 1].folded == ":" and (
            last + 2 in mentioned):
        return False  # "Xã Sốp Cộp: UBND xã khẩn trương ...": a place says where, its body acts
    if _opens_text(tokens, first) or _sender_of_report(tokens, first, last):
        return True
    if folded_words(tokens[last + 1:last + 3]) == ("chịu", "trách"):
        return False
    before = tokens[first - 1].folded if first > 0 else None
    opens = before is None or before in CLAUSE_END or before in {"-", "+", "•", ")"} or (
        before == "," and first >= 2 and tokens[first - 2].folded in {"mắt", "thời", "đó"}) or (
        before == "," and _after_opening_clause(tokens, first - 1, mentioned))
    if before == ":" and first - 1 <= LABEL_WORDS and not mentioned.intersection(
            range(first - 1)):
        # "Chế độ báo cáo: UBND các tỉnh, thành phố ven biển báo cáo ...": after a short label
        # that names the matter, the body is the subject when it acts or reports, a few words
        # on which of them it is first (a colon opens any clause, but the clause's own test
        # below wants an action verb right after the name); "Báo cáo viên: đồng chí Bí thư
        # ..." only names who speaks
        for n in range(last + 1, min(last + 1 + LABEL_WORDS, len(tokens))):
            if _verb_follows(tokens, n) or _cue_starting_at(tokens, n) is not None:
                return True
            if not tokens[n].word or tokens[n].folded in ("và", "hoặc"):
                break
    if not opens:
        return False
    k = last + 1
    while k + 1 < len(tokens) and tokens[k].folded in {",", "và"} and k + 1 in mentioned:
        k += 1  # "...; Báo X, Cổng Thông tin điện tử tỉnh mở chuyên mục": the list's action
        while k in mentioned:
            k += 1
    if k < len(tokens) and tokens[k].folded == ":":  # "Sở Xây dựng: bố trí lực lượng ..."
        return True
    if k < len(tokens) and tokens[k].folded == "(":  # "UBND xã X (chủ đầu tư) chỉ đạo ..."
        while k < len(tokens) and tokens[k].folded != ")":
            k += 1
        k += 1
    if k < len(tokens) and tokens[k].folded == "có":
        # "Trước ngày 20/01/2026, UBND các xã" + "có thôn đặc biệt khó khăn" + "hoàn thành
        # ...": which of them, then their action
        for n in range(k + 2, min(k + 2 + QUALIFIER_WORDS, len(tokens))):
            if tokens[n].folded in CLAUSE_END or tokens[n].folded == ",":
                break
            if _verb_follows(tokens, n):
                # ("UBND các xã có tuyến phối hợp": they support, as a postposed role says)
                return folded_words(tokens[n:n + 2]) != ("phối", "hợp")
    return _verb_follows(tokens, k)


QUALIFIER_WORDS = 7  # the most words of a "có ..." clause saying which of a group acts


def _reported_by_another(tokens: list[Token], first: int, mentioned: set[int]) -> bool:
    """"... chuẩn bị nội dung để Bộ trưởng báo cáo Thủ tướng": a purpose clause with a subject
    of its own; what that body reports is not this task's reporting line."""
    k = first - 1
    while k > 0 and first - k <= 25 and tokens[k].folded not in CLAUSE_END:
        if tokens[k].folded == "để" and k + 1 in mentioned:
            return True
        k -= 1
    return False


CONDITION_OPENERS = frozenset({("khi",), ("nếu",), ("trường", "hợp")})


def _after_opening_clause(tokens: list[Token], comma: int, mentioned: set[int]) -> bool:
    """The comma closes a short clause that opens the text ("Trong tháng 12/2025, ", "Căn cứ
    kết quả rà soát, ", "Hằng tuần vào thứ Sáu, ", "Sau Lễ hội, "): whoever comes next is the
    sentence's subject. No other comma, colon or "đã" in the clause (that is a list, a label
    or the past), no body named in it after its first word, and it is no
    action of its own ("Đôn đốc các chủ đầu tư, nhà thầu ...": a list of whom it urges). An
    aside in the clause does not count ("Định kỳ hằng quý (trước ngày 15 của tháng cuối
    quý), ")."""
    clause = _outside_parentheses(tokens[:comma])
    names = {tokens[n].start for n in mentioned if n < comma}
    if clause is not None and folded_words(clause[:2]) == ("đối", "với") and len(clause) <= 30:
        # a topic may list with commas: "Đối với các thôn, bản vùng sâu, vùng xa chưa thể tổ
        # chức thu gom, " + "UBND các xã hướng dẫn ..."
        return not any(t.folded in CLAUSE_END or t.folded == "đã" or (
            k and t.capital and t.start in names) for k, t in enumerate(clause))
    # a condition may run longer: "Khi xảy ra tai nạn lao động chết người hoặc làm bị thương
    # nặng từ hai người lao động trở lên, " + "người sử dụng lao động phải khai báo ngay ..."
    longest = 30 if clause is not None and (folded_words(clause[:1]) in CONDITION_OPENERS or (
        folded_words(clause[:2]) in CONDITION_OPENERS)) else 14
    return clause is not None and 1 <= len(clause) <= longest and not any(
        t.folded in CLAUSE_END or t.folded in {",", "đã"} or (k and t.capital and t.start in names)
        for k, t in enumerate(clause)) and (
        folded_words(clause[:2]) == ("định", "kỳ") or not _verb_follows(tokens, 0))


def _outside_parentheses(tokens: list[Token]) -> list[Token] | None:
    """The tokens not inside a closed parenthesis; None when one is left open."""
    out: list[Token] = []
    depth = 0
    for t in tokens:
        if t.folded == "(":
            depth += 1
        elif t.folded == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(t)
    return None if depth else out


def _same_body(a: ActorMention, b: ActorMention) -> bool:
    return (a.canonical or a.text) == (b.canonical or b.text)


def _collect(roles) -> RoleAssignment:
    out = RoleAssignment()
    for m, role, cue in roles:
        if role == "lead":
            if out.lead and out.lead_cue == "subject" and cue not in ("subject", "list"):
                out.lead = []  # "X chỉ đạo ...; giao Y chủ trì": the assignment wins
            if not out.lead or cue == "list":
                out.lead.append(m)
                out.lead_cue = out.lead_cue if cue == "list" else cue
        elif role == "support" and m not in out.support:
            out.support.append(m)
        elif role in ("report", "report_via") and not any(
                _same_body(m, other) for other in out.report_to):
            out.report_to.append(m)  # "tham mưu Giám đốc Sở ..., trình Giám đốc Sở": one
    subjects = [m for m, role, cue in roles if cue == "subject"]
    if subjects and out.lead_cue in ("yêu cầu", "đề nghị") and subjects[0] not in out.lead:
        out.requester = subjects[0]
    return out


# "phối hợp với", "phối hợp chặt chẽ với": the partners follow
PARTNER_CUE = regex.compile(r"phối\s*hợp(?:\s*chặt\s*chẽ)?\s*với\s+")
PARTNER_WORDS = 10  # the most words a partner described in lower case runs to
# what follows the cue without naming a partner: "phối hợp với nhau"
NOT_PARTNERS = frozenset({"nhau", "họ", "mình", "đó", "này"})
_GROUP_OPENERS = frozenset({"các", "những"})


def generic_partners(text: str, folded: str, start: int, end: int,
                     mentions: list[ActorMention]) -> list[ActorMention]:
    """Partners named by what they are, in lower case, which no name, head or group of the
    gazetteer spells: "phối hợp với doanh nghiệp vận tải bổ sung ...", "phối hợp với trưởng
    bản, tổ trưởng tổ dân phố đến từng hộ". The words between the cue and the action (or
    the next named body, or the clause's end) are the partners, one per comma unless the
    comma only adds a place ("trạm y tế xã, phường"). ``folded``: ``fold(text)``, where the
    cue is looked for (most units have none, or a named body after it) before any token is
    made."""
    named = {m.start for m in mentions}
    cues = [m.end() for m in PARTNER_CUE.finditer(folded, start, end)
            if text[m.end():m.end() + 1].islower() and m.end() not in named]
    if not cues:
        return []
    tokens = tokenize(text, start, end)
    lex = lexicon()
    out: list[ActorMention] = []
    for at in cues:
        first = bisect_left(tokens, at, key=_start_of)
        if first >= len(tokens) or tokens[first].start != at or _directs_before(
                tokens, first - 1) or tokens[first].folded in NOT_PARTNERS:
            continue
        stop, part_words = first, 0
        while stop < len(tokens) and part_words < PARTNER_WORDS:  # words of one partner
            token = tokens[stop]
            if token.start in named or (not token.word and token.folded != ","):
                break
            if (stop > first or token.folded not in _GROUP_OPENERS) and token.folded != "," and (
                    is_verb_at(tokens, stop, lex) and not in_compound(tokens, stop, lex)):
                break
            part_words = 0 if token.folded == "," else part_words + 1
            stop += 1
        if not any(token.capital for token in tokens[first:stop]):
            # (a capital word: a place or a name the gazetteer missed, "phường Sầm Sơn")
            out.extend(_partner_parts(text, tokens, first, stop, lex))
    return out


def _directs_before(tokens: list[Token], k: int) -> bool:
    """"chỉ đạo Công an các xã phối hợp với chính quyền cơ sở ...": the partners of a body
    the task's owner directs, in the same clause, help that body rather than the owner."""
    j = k - 1
    while j > 0 and tokens[j].folded not in CLAUSE_END:
        if (tokens[j - 1].folded, tokens[j].folded) == ("chỉ", "đạo"):
            return True
        j -= 1
    return False


def _partner_parts(text: str, tokens: list[Token], first: int, stop: int, lex
                   ) -> list[ActorMention]:
    """The partners in tokens[first:stop], cut at commas that start another partner, and at
    the "và" before the last of them ("tổ dân phố, thôn và cộng tác viên y tế")."""
    spans: list[tuple[int, int]] = []
    begin = first
    for k in range(first, stop + 1):
        at_comma = k < stop and tokens[k].folded == ","
        if k < stop and not at_comma:
            continue
        if at_comma and k + 1 < stop and folded_words(tokens[begin:k]) not in (
                lex.locality_words) and any(folded_words(tokens[k + 1:k + 1 + n]) in (
                lex.locality_words) for n in (1, 2)):
            continue  # "trạm y tế xã, phường": the same partner in two kinds of place
        if k > begin:
            spans.append((begin, k))
        begin = k + 1
    if spans:
        last_begin, last_end = spans[-1]
        joint = next((k for k in range(last_begin + 1, last_end - 1)
                      if tokens[k].folded == "và"), None)
        if joint is not None and not is_verb_at(tokens, joint + 1, lex):
            # "công đoàn cơ sở và doanh nghiệp bán lẻ": two partners; "và" before a verb
            # joins what one partner does
            spans[-1:] = [(last_begin, joint), (joint + 1, last_end)]
    out = []
    for b, e in spans:
        while e > b and tokens[e - 1].folded in ("và", ","):
            e -= 1  # "hộ chăn nuôi và" + a verb: the scan ended at the work
        if e > b:
            out.append(ActorMention(tokens[b].start, tokens[e - 1].end,
                                    text[tokens[b].start:tokens[e - 1].end], None, "collective"))
    return out
