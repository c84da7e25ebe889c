"""Who a task is for when its text names no one: the implicit lead.

Three places give it, nearest first:

* a heading that names a body ("1. Sở Nội vụ:", "2. Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh:",
  "3. Nhiệm vụ UBND xã Kim Ngân cần tập trung thực hiện", "Giao Sở Y tế:");
* a lead-in paragraph ending in ":" that hands the following items to someone ("Ban Thường
  vụ Tỉnh ủy đề nghị Đảng ủy UBND tỉnh lãnh đạo, chỉ đạo thực hiện tốt các nhiệm vụ sau:");
* a Công văn's "Kính gửi" addressees.

"UBND xã" is resolved to the xã the document names when it names exactly one.
"""

from __future__ import annotations

from dataclasses import dataclass

from giaoviec.normalize import fold, fold_document
from giaoviec.pipeline.actors import (
    ActorMention,
    bare_group,
    find_actors,
    folded_words,
    lexicon,
    tokenize,
)
from giaoviec.pipeline.roles import assign_roles
from giaoviec.rx import regex

LABEL_OPENERS = regex.compile(
    # "Nhiệm vụ, quyền hạn của Tổ công tác", "Chức năng, nhiệm vụ của Ban Chỉ đạo", "Nhiệm vụ
    # chung của Ban Chỉ huy"
    r"\s*(?:(?:nhiệm\s*vụ|trách\s*nhiệm|chức\s*năng)(?:\s*(?:,|và)\s*(?:nhiệm\s*vụ|quyền\s*hạn"
    r"|trách\s*nhiệm))*(?:\s+(?:chung|cụ\s*thể))?"
    r"|giao|đề\s*nghị|kiến\s*nghị(?!\s*của)|yêu\s*cầu|đối\s*với|phân\s*công|riêng)"
    r"(?:\s+(?:của|cho|đối\s*với))?\s+")
# "giao" that hands work over: not "được giao làm chủ đầu tư" (given before), "bàn giao",
# nor the nouns "giao thông", "giao dịch" ("5. Phòng Cảnh sát giao thông" is a label). The
# one definition for every cue pattern here and in tasks.py (roles.py reads tokens and keeps
# its own HANDING_OVER pairs)
GIAO = (r"(?<!được\s)(?<!bàn\s)(?<!chuyển\s)giao"
        r"(?!\s+(?:thông|dịch|lưu|ban|nhận|thương|tiếp|hữu|thừa|khoán|kết|lộ)(?!\p{L}))")
HANDOVER = regex.compile(rf"\b(?:{GIAO}|yêu\s*cầu|đề\s*nghị|ủy\s*quyền\s*cho|phân\s*công)\s")
ASSIGNING_CUE = regex.compile(rf"\b(?:yêu\s*cầu|đề\s*nghị|{GIAO})\b")
TRAILING_PARENTHESIS = regex.compile(r"\s*\([^)]*\)\s*$")
# what a person's portfolio covers, after their name and office: "2. Đồng chí Phạm Thị Hoa -
# Phó Chủ tịch UBND xã, phụ trách khối văn hóa - xã hội"
TRAILING_PORTFOLIO = regex.compile(r",\s*(?:phụ\s*trách|kiêm|theo\s*dõi)\s[^,;:()]*$",
                                   regex.IGNORECASE)
LETTER_RUN = regex.compile(r"\p{L}+")
# which of a kind of body a heading means, after its name: "1. Chủ tịch UBND các xã có nguy
# cơ sạt lở nêu trên", "Các đơn vị thuộc Tổng công ty", "UBND các xã ven biển"
QUALIFIER = regex.compile(r"\s*(?:có|thuộc|trực\s*thuộc|trên\s*địa\s*bàn|liên\s*quan|nêu\s*trên|bị"
                          r"|thường\s*xuyên|nằm|ven|ở|tại|được\s*giao|chịu)\b")
QUALIFIED_WORDS = 14  # the longest qualifier a heading may carry (a label's name takes 6)
NAME_WORDS_LEFT = 6  # the words a label may add after the bodies it names, whatever they are
# and, when they are no part of one body's name, what picks the bodies out among their kind
# ("7. Các tổ chức, cá nhân" + "khai thác, kinh doanh, vận chuyển cát")
TRADE_WORDS_LEFT = 8
LOCALITY_NAME = regex.compile(
    r"\b(xã|phường|đặc khu|thị trấn)\s+((?:[\p{Lu}][\p{Ll}\p{M}]*|\d+)(?:\s+(?:[\p{Lu}]"
    r"[\p{Ll}\p{M}]*|\d+)){0,3})")


@dataclass(slots=True)
class ContextActor:
    mention: ActorMention
    name: str  # as it will be output (resolved "UBND xã" -> "UBND xã Ân Tường")


def heading_actors(text: str, start: int, end: int) -> tuple[list[ActorMention], bool]:
    """The bodies a heading hands its items to, or [] when the heading is a topic: a label
    ("1. Sở Nội vụ:") or a sentence that hands work on ("9. Sở X giao Chi cục Y:", "1. Giám
    đốc Sở Y tế chịu trách nhiệm ..., tập trung chỉ đạo thực hiện các nội dung sau:").

    And whether the heading is a label, which only names a body ("1. Sở Công Thương:"): in
    its items, "Yêu cầu X" means that body asks X; after a hand-over heading ("Giao các cơ
    quan:") X leads. One answer for both: the label is read once."""
    label = _label_actors(text, start, end)
    if label:
        return label, True
    return lead_in_actors(text, start, end) or _inline_label(text, start, end) or (
        _handed_to(text, start, end)), False


def _handed_to(text: str, start: int, end: int) -> list[ActorMention]:
    """"2. Ban Thường vụ Đảng ủy giao Ủy ban nhân dân phường" (no colon): a heading that ends
    on the bodies it hands its items to, after "giao", "đề nghị", "yêu cầu"."""
    title = text[start:end].rstrip()
    if not title or title.endswith((".", ";", ",")):
        return []
    mentions = find_actors(text, start, end)
    if not mentions:
        return []
    folded = fold(text[start:end])
    for cue in HANDOVER.finditer(folded):
        after = [m for m in mentions if m.start >= start + cue.end()]
        if after and after[0].start - (start + cue.end()) <= 1:
            group = leading_group(text, after)
            if not text[group[-1].end:end].strip(" :"):
                return group
    return []


def _inline_label(text: str, start: int, end: int) -> list[ActorMention]:
    """"1. Phòng Kinh tế ...: chủ trì, phối hợp với ... tham mưu thành lập Tổ kiểm tra ...,
    hoàn thành trong 05 ngày ..." + "- Tổ chức kiểm tra ...": a heading that labels its own
    work with a body; the items under it are that body's too."""
    mentions = find_actors(text, start, min(end, start + 200))
    if not mentions or mentions[0].start - start > 2:
        return []
    group = leading_group(text, mentions)
    return group if text[group[-1].end:end].lstrip().startswith(":") else []


def is_label(text: str, start: int, end: int) -> bool:
    """Whether a heading only names who acts ("1. Sở Công Thương:", "6. Đề nghị Ủy ban MTTQ
    xã"), for callers that need no bodies."""
    return bool(_label_actors(text, start, end))


def _label_actors(text: str, start: int, end: int) -> list[ActorMention]:
    title = text[start:end].rstrip(" :.")
    end = start + len(title)
    named = _named_in_brackets(text, start, end)
    if named is not None:
        return [named]
    leading = _lead_in_brackets(text, start, end)
    if leading:
        return leading
    title = TRAILING_PARENTHESIS.sub("", title)
    first = find_actors(text, start, end)[:1]
    if first and first[0].kind == "person":
        title = TRAILING_PORTFOLIO.sub("", title)
    end = start + len(title)
    folded = fold_document(text)
    m = LABEL_OPENERS.match(folded, start, end)
    body_start = m.end() if m else start
    mentions = find_actors(text, body_start, end)
    if any(not any(x.start <= cue.start() < x.end for x in mentions)
           for cue in HANDOVER.finditer(folded, body_start, end)):
        return []  # "Sở X giao Chi cục Y:" hands over: not a label ("UBND xã Giao Ninh" names)
    if not mentions:
        group = bare_group(text, body_start, end)  # "I. ĐỐI VỚI HỘ KINH DOANH, CÁ NHÂN ..."
        return [group] if group is not None else []
    if mentions[0].start - body_start > 2:
        return []
    covered = sum(x.end - x.start for x in mentions)
    rest = text[mentions[-1].end:end]
    words_left = len(LETTER_RUN.findall(rest))
    if m is not None or covered >= 0.6 * (end - body_start) or words_left <= NAME_WORDS_LEFT:
        return leading_group(text, mentions)
    if len(mentions) == 1 and words_left <= QUALIFIED_WORDS and QUALIFIER.match(fold(rest)) and (
            not regex.search(r"[,;:.]", rest)):
        return mentions
    if len(mentions) == 1 and mentions[0].kind == "agency" and rest[:1] == " " and (
            words_left <= QUALIFIED_WORDS and not regex.search(r"[;:.()]", rest)) and (
            not _has_verb(text, mentions[0].end, end, allowed=NAME_PREPOSITIONS)):
        # "a) Cục Văn hóa cơ sở, gia đình và thư viện": a name whose lower-case words the
        # actor finder left out; a heading that names a body is the body's name throughout
        # ("3. Tổ Quản lý hành chính về trật tự xã hội": "về" inside it)
        m = mentions[0]
        return [ActorMention(m.start, end, text[m.start:end], None, m.kind)]
    first = mentions[0]
    described = text[first.end:end]
    if first.kind == "collective" and len(mentions) == 1 and OPERATING.match(
            fold(described)) and not regex.search(
            r"[;:.()]", described) and len(LETTER_RUN.findall(described)) <= QUALIFIED_WORDS * 2:
        # "9. Các doanh nghiệp hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài
        # có trụ sở, chi nhánh trên địa bàn tỉnh", "2. Các tổ chức cung cấp dịch vụ chứng thực
        # chữ ký số công cộng": a kind of body and its trade, one name however long
        return [ActorMention(first.start, end, text[first.start:end], None, first.kind)]
    if words_left <= TRADE_WORDS_LEFT and not rest.rstrip().endswith("."):
        groups = _groups_by_trade(text, mentions, end)
        if groups is not None:
            return groups
        return leading_group(text, mentions)  # "7. Các tổ chức, cá nhân" + their trade
    return []


# how a group a heading names operates: "Các doanh nghiệp" + "hoạt động dịch vụ ..."
OPERATING = regex.compile(r"\s*(?:(?:có|đang)\s*)?(?:hoạt\s*động|cung\s*cấp|kinh\s*doanh"
                       r"|khai\s*thác|sản\s*xuất|chế\s*biến)\s")
# syllables of one group's trade ("kinh doanh xăng dầu, khí dầu mỏ hóa lỏng")
GROUP_TRADE_WORDS = 12
JOINED_AT_END = regex.compile(r"\s*(?:,|và|;)\s*$")


def _groups_by_trade(text: str, mentions: list[ActorMention], end: int
                     ) -> list[ActorMention] | None:
    """"7. Các thương nhân kinh doanh xăng dầu, khí dầu mỏ hóa lỏng và tổ chức, cá nhân sản
    xuất, kinh doanh hàng đóng gói sẵn": groups of a kind joined by "và", each picked out by
    its trade, named with it; None unless every mention is such a group and one has a trade."""
    if len(mentions) < 2 or any(m.kind != "collective" for m in mentions):
        return None
    out: list[ActorMention] = []
    traded = False
    for m, after in zip(mentions, [*mentions[1:], None], strict=True):
        stop = end if after is None else after.start
        name = text[m.start:stop]
        if after is not None:
            joined = JOINED_AT_END.search(name)
            if joined is None:
                return None
            name = name[:joined.start()]
        name = name.rstrip(" :.,;")
        trade = LETTER_RUN.findall(name[len(m.text):])
        if len(trade) > GROUP_TRADE_WORDS:
            return None
        traded = traded or bool(trade)
        out.append(m if not trade else ActorMention(m.start, m.start + len(name), name, None,
                                                    m.kind))
    return out if traded else None


def _has_verb(text: str, start: int, end: int, allowed: frozenset = frozenset()) -> bool:
    """An action verb or a stop word among the words of ``text[start:end]`` (but the stops
    ``allowed``)."""
    words = folded_words(tokenize(text, start, end))
    stops = lexicon().stops
    return any(words[k:k + n] in stops and words[k:k + n] not in allowed
               for k in range(len(words)) for n in (1, 2, 3))


# a preposition that a unit's name may hold ("Phòng Quản lý hành chính về trật tự xã hội")
NAME_PREPOSITIONS = frozenset({("về",)})


def _named_in_brackets(text: str, start: int, end: int) -> ActorMention | None:
    """"6. Đối với nhà đầu tư (Công ty cổ phần Logistics Cao Nguyên Xanh):": a role named in
    brackets after it; the body named is who the items are for."""
    bracket = TRAILING_PARENTHESIS.search(text, start, end)
    if bracket is None:
        return None
    outside = find_actors(text, start, bracket.start())
    inside = find_actors(text, bracket.start(), bracket.end())
    if len(outside) == 1 and outside[0].kind == "collective" and not outside[0].text.startswith(
            ("các", "Các")) and len(inside) == 1 and inside[0].kind == "agency":
        return inside[0]
    return None


def _lead_in_brackets(text: str, start: int, end: int) -> list[ActorMention]:
    """"3. Hoạt động văn hóa, văn nghệ, thể thao (Tổ Văn hóa - Thể thao chủ trì thực hiện)":
    a topic, and in brackets after it the body that leads its items."""
    bracket = TRAILING_PARENTHESIS.search(text, start, end)
    if bracket is None:
        return []
    inside = find_actors(text, bracket.start(), bracket.end())
    if not inside or inside[0].start - bracket.start() > 2:
        return []
    group = leading_group(text, inside)
    after = fold(text[group[-1].end:bracket.end()]).lstrip()
    return group if after.startswith("chủ trì") else []


LIST_JOINERS = frozenset({",", ";", "và", ", và", "; và"})
# a receiver cell also names the unit of a body that takes the result, in brackets: "Thống kê
# tỉnh (Phòng Thống kê Tổng hợp)", "UBND tỉnh (qua Sở Tài chính)"
RECEIVER_JOINERS = LIST_JOINERS | {"(", "(qua"}


def leading_group(text: str, mentions: list[ActorMention],
                  joiners: frozenset[str] = LIST_JOINERS) -> list[ActorMention]:
    """The first mention and those joined to it by "," / ";" / "và" only ("1. Các sở, ban,
    ngành thành phố; Ủy ban nhân dân các xã, phường, đặc khu:"), or by ``joiners``."""
    group = [mentions[0]]
    for m in mentions[1:]:
        between = text[group[-1].end:m.start].strip().lower()  # "VÀ" in a heading in capitals
        if between in joiners:
            group.append(m)
        else:
            break
    return group


def lead_in_actors(text: str, start: int, end: int) -> list[ActorMention]:
    """Bodies a lead-in paragraph ("... đề nghị X thực hiện các nhiệm vụ sau:") assigns to."""
    if not text[start:end].rstrip().endswith(":"):
        return []
    mentions = find_actors(text, start, end)
    if not mentions:
        return []
    topic = TOPIC_LEAD_IN.match(fold(text[start:mentions[0].start + 1]))
    if topic is not None and topic.end() == mentions[0].start - start:
        group = leading_group(text, mentions)
        if not text[group[-1].end:end].strip(" :"):
            return group  # "Đối với Trưởng các thôn:": the items are theirs
    roles = assign_roles(text, start, end, mentions)
    if roles.lead and roles.lead_cue not in ("subject", None):
        return roles.lead
    assigned = _assigned_after_cue(text, start, end, mentions)
    if assigned:
        return assigned
    guided = _guided(text, start, end, mentions)
    if guided:
        return guided
    return roles.lead if roles.lead_cue == "subject" else []


# a lead-in that only names whose items follow: "Đối với Trưởng các thôn:"
TOPIC_LEAD_IN = regex.compile(r"\s*(?:[-+•]\s*)?đối\s*với\s+")
# "Sở X hướng dẫn" + "các cơ sở giáo dục" + " thực hiện một số nội dung sau:": whom a guidance
# letter's items are for (the guide is the issuer, the work is theirs)
GUIDES = regex.compile(r"\bhướng\s*dẫn\s+")
GUIDED_ACT = regex.compile(r"\s*(?:thực\s*hiện|triển\s*khai|tổ\s*chức\s*thực\s*hiện)\b")
# the short name the guided bodies are given: "(sau đây gọi chung là các cơ quan, đơn vị)"
GUIDED_ALIAS = regex.compile(r"\s*\(\s*sau\s+đây\s+gọi\s+(?:tắt\s+|chung\s+)?là\s+[^()]{2,60}\)")


def _opens_with_verb(folded: str) -> bool:
    words = folded_words(tokenize(folded.lstrip())[:3])
    return any(words[:n] in lexicon().verbs for n in (3, 2, 1))


def _guided(text: str, start: int, end: int, mentions: list[ActorMention]
            ) -> list[ActorMention]:
    """"Sở X hướng dẫn" + the bodies + their work ("thực hiện ...", "tổng kết ...") + ":":
    the items are theirs, under the short name the letter gives them, if it gives one
    ("(sau đây gọi chung là các cơ quan, đơn vị)")."""
    folded = fold(text[start:end])
    for cue in GUIDES.finditer(folded):
        after = [m for m in mentions if m.start >= start + cue.end()]
        if after and after[0].start - (start + cue.end()) <= 1:
            group = leading_group(text, after)
            at = group[-1].end - start
            alias = GUIDED_ALIAS.match(folded, at)
            if alias is not None:
                named = [m for m in mentions
                         if at + start < m.start and m.end < alias.end() + start]
                group, at = (named[:1] or group), alias.end()
            if GUIDED_ACT.match(folded, at) or (alias is not None and _opens_with_verb(
                    folded[at:at + 40])):
                return group
    return []


def context_support(text: str, start: int, end: int, leads: list[ActorMention]
                    ) -> list[ActorMention]:
    """The bodies a heading or lead-in names as supporting the bodies it hands its items to
    ("Giao Sở X chủ trì, phối hợp với Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh:"): each item
    under it is done with them, unless the item names its own."""
    mentions = find_actors(text, start, end)
    if len(mentions) < 2:
        return []
    return [m for m in assign_roles(text, start, end, mentions).support if m not in leads]


def _assigned_after_cue(text: str, start: int, end: int, mentions: list[ActorMention]
                        ) -> list[ActorMention]:
    """"... đề nghị/yêu cầu/giao X ...": X, preferring the local government among several
    ("yêu cầu tập thể lãnh đạo ... của Đảng ủy, Ủy ban nhân dân, Ủy ban MTTQ xã")."""
    folded = fold(text[start:end])
    cue = ASSIGNING_CUE.search(folded)
    if cue is None:
        return []
    after = [m for m in mentions if m.start >= start + cue.end()]
    governments = [m for m in after if fold(m.text).startswith(("ủy ban nhân dân", "ubnd"))]
    return governments[:1] or after[:1]


def document_locality(text: str, title_span: tuple[int, int] | None,
                      issuers: tuple[str, ...] = ()) -> str | None:
    """The one xã / phường a document is about ("xã Ân Tường"): the commune that issues it
    ("UBND xã Đầm Hà", or its office's parent), else the one its title names. The title alone
    may mistake an office-holder's name for a place ("Kết luận của Chủ tịch UBND xã Phạm Văn
    Thắng"); an issuer's header names its own place."""
    for issuer in issuers:
        found = LOCALITY_NAME.search(issuer)
        if found is not None:
            return f"{found.group(1)} {found.group(2)}"
    if title_span is None:
        return None
    names = {f"{m.group(1)} {m.group(2)}" for m in LOCALITY_NAME.finditer(text, *title_span)}
    return names.pop() if len(names) == 1 else None


# words that end in a locality's kind without naming one: "hợp tác xã" is a cooperative
NOT_PLACES = ("hợp tác xã", "htx")


def resolve_name(mention: ActorMention, locality: str | None) -> str:
    """"UBND xã" / "Ủy ban nhân dân ... xã" becomes "UBND xã Ân Tường" in a document about it."""
    if locality is None:
        return mention.text
    kind_word = locality.split(" ", 1)[0]
    folded = fold(mention.text)
    if mention.kind == "collective" or "các" in folded.split() or folded.endswith(NOT_PLACES):
        return mention.text  # "Các hợp tác xã", "UBND các xã": many, or no place at all
    if folded.endswith(" " + kind_word) or folded in ("ubnd", "ủy ban nhân dân"):
        stem = mention.text if folded.endswith(" " + kind_word) else f"{mention.text} {kind_word}"
        return f"{stem} {locality.split(' ', 1)[1]}"
    return mention.text
