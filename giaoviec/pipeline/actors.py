"""Find the bodies a text names: "Sở Tài chính", "UBND xã Kim Ngân", "các sở, ban, ngành",
"Chủ tịch UBND các xã, phường, đặc khu".

Two sources, both data in ``giaoviec/resources``: a gazetteer of known bodies with their
abbreviations (longest match wins), and the shape of Vietnamese agency names for the bodies it
does not know: a head word (Sở, Bộ, Ban, Công ty...) followed by the name, whose words start
with a capital ("Sở Giáo dục và Đào tạo") and which ends where an action verb begins ("chủ
trì", "hướng dẫn"). Matching runs on the folded text, so "Uỷ"/"Ủy" and case differences do not
matter, and every mention is an exact span of the original.
"""

from __future__ import annotations

import bisect
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import compress, count
from operator import attrgetter
from typing import Any, NamedTuple

from giaoviec.normalize import fold
from giaoviec.pipeline.glued import glued_pieces
from giaoviec.resources import load_list, load_table
from giaoviec.rx import regex

TOKEN = regex.compile(
    r"[\p{Lu}]{1,6}(?:[&,-][\p{Lu}]{1,6})*&[\p{Lu}]{1,6}"  # NN&MT, VH,TT&DL, LĐ-TB&XH
    # "30.9.2025", "TP.HCM", "v/v" hold together; "1.Chủ tịch", "8.UBND" (an item's number with
    # its space lost) do not: a number, ".", then a capital
    r"|[\p{L}\p{M}\p{N}]+(?:(?:/|\.(?<!(?<![\p{L}\p{M}])\p{N}+\.)(?=\p{Lu}\p{Ll})"
    r"|\.(?!\p{Lu}\p{Ll})(?!(?<=(?<![\p{L}\p{M}])\p{N}+\.)\p{Lu}))"
    r"[\p{L}\p{N}]+)*"
    r"|[^\s\p{L}\p{N}]"
    r"|\t"  # a tab between two cells of a row copied with tabs: a sign no name runs over
)
LOCALITY_PLURAL = ("xã", "phường", "đặc khu", "huyện", "thị xã", "thành phố", "quận", "tỉnh",
                   "thị trấn", "tp", "quận - huyện", "huyện, thị xã, thành phố")
# a committee's boards and office, named with their committee ("Văn phòng Đảng ủy xã")
SUB_ORGANS = ("Ban ", "Văn phòng Đảng ủy", "Ủy ban Kiểm tra")
# a police force's units, named with the force they belong to: "Phòng Cảnh sát giao thông" +
# "Công an tỉnh", "Cơ quan Cảnh sát điều tra" + "Công an thành phố"
POLICE_UNITS = ("Phòng Cảnh sát", "Đội Cảnh sát", "Cơ quan Cảnh sát", "Phòng An ninh",
                "Cơ quan An ninh", "Đội An ninh")
_COMMITTEE_TABLE = dict.fromkeys({("đảng", "ủy"), ("tỉnh", "ủy"), ("thành", "ủy"),
                                  ("huyện", "ủy"), ("đảng", "uỷ"), ("tỉnh", "uỷ")}, True)
# the committees a party board may belong to, in the plural ("các đảng ủy", "các cấp ủy")
_PARTY_UNITS = frozenset({("đảng", "ủy"), ("cấp", "ủy"), ("chi", "bộ"), ("đảng", "bộ"),
                          ("huyện", "ủy"), ("tỉnh", "ủy")})
# the Front's committee, whose boards are named with it ("Ban Công tác Mặt trận Ủy ban MTTQ")
_FRONT_TABLE = dict.fromkeys({("ủy", "ban", "mttq"), ("ủy", "ban", "mặt"), ("ubmttq",)}, True)
# words that open a clause after a colon, never a member of a list ("...: Đề nghị Sở X ...")
_CLAUSE_OPENER_TABLE = dict.fromkeys({("đề", "nghị"), ("yêu", "cầu"), ("giao",), ("đồng", "ý"),
                                      ("thống", "nhất"), ("chủ", "trì"), ("phối", "hợp"),
                                      ("giao", "cho")}, True)
ROMAN_NUMERAL = regex.compile(r"[IVXL]{1,6}")  # "Kho bạc Nhà nước khu vực XIV"
QUALIFIERS = (("có", "liên", "quan"), ("liên", "quan"), ("trực", "thuộc"), ("trên", "địa", "bàn"),
              ("cấp", "tỉnh"), ("cấp", "xã"), ("cấp", "huyện"), ("các", "cấp"), ("cùng", "cấp"),
              ("tuyến", "tỉnh"), ("tuyến", "xã"), ("tuyến", "huyện"), ("tuyến", "trung", "ương"),
              ("trung", "ương"),  # "các Bộ, cơ quan trung ương"
              ("giáp", "ranh"), ("chuyên", "môn"), ("nghiệp", "vụ"),  # "các phòng chuyên môn"
              ("khác",), ("nêu", "trên"),  # "Ủy ban nhân dân các phường, xã nêu trên"
              # "các đơn vị dự toán" + "cấp I" + "thuộc tỉnh"
              ("cấp", "i"), ("cấp", "ii"), ("cấp", "iii"), ("thuộc", "tỉnh"), ("thuộc", "xã"))
# bodies inside another body: "Đảng ủy Công an tỉnh", "Ban cán sự đảng Tòa án nhân dân tỉnh"
NESTING_HEADS = {("đảng", "ủy"), ("ban", "cán", "sự", "đảng"), ("đảng", "đoàn"), ("chi", "bộ"),
                 ("công", "đoàn"), ("đoàn", "thanh", "niên"), ("đảng", "bộ"),
                 ("tổ", "giúp", "việc"), ("ban", "thường", "trực"), ("chi", "ủy")}
_NESTING_TABLE = dict.fromkeys(NESTING_HEADS, True)
HONORIFICS = {("đồng", "chí"), ("ông",), ("bà",), ("đ/c",),
              # the ranks before an officer's name in a member list ("Đại tá Ngô Quang Vinh,
              # Phó Giám đốc Công an tỉnh")
              *((rank, grade) for rank in ("đại", "thượng", "trung", "thiếu")
                for grade in ("tướng", "tá", "úy"))}
# as tables for _match (no key is the beginning of another, so longest-first changes nothing)
_HONORIFIC_TABLE = dict.fromkeys(HONORIFICS, True)
_QUALIFIER_TABLE = dict.fromkeys(QUALIFIERS, True)
# a head word that ends an ordinary word with the syllable before it: in a heading in capitals
# ("CƠ SỞ ĐÀO TẠO", "NHIỆM VỤ CỦA CÁC SỞ") every word looks like the start of a name
HEAD_IN_WORD = frozenset({("cơ", "sở"), ("trụ", "sở"), ("nhiệm", "vụ"), ("dịch", "vụ"),
                          ("phục", "vụ"), ("nghiệp", "vụ"), ("thời", "vụ"), ("mùa", "vụ"),
                          ("quốc", "phòng"), ("dự", "phòng"), ("đề", "phòng"),
                          # "tự chủ các đơn vị": the owner word "chủ" ending another word
                          ("tự", "chủ"), ("làm", "chủ"), ("dân", "chủ"), ("địa", "chủ"),
                          ("gia", "chủ")})
# ... and in capitals only: "KINH TẾ - XÃ HỘI", "ĐẠI HỘI", "LỄ HỘI", "CƠ HỘI" hold no association,
# "ĐẢNG BỘ XÃ" no ministry (in running text "xã Hội An" or "Hội Nông dân xã Hội Liên hiệp ..."
# written without a comma begin a name)
CAPS_HEAD_IN_WORD = frozenset({("xã", "hội"), ("đại", "hội"), ("lễ", "hội"), ("cơ", "hội"),
                               ("đảng", "bộ")})
COLLECTIVE_NOUNS = {"sở", "ban", "ngành", "cơ quan", "đơn vị", "địa phương", "tổ chức",
                    "doanh nghiệp", "bộ", "cơ quan ngang bộ", "hội", "đoàn thể", "trường",
                    "bệnh viện", "chủ rừng", "chủ đầu tư", "phòng", "xã", "phường", "huyện",
                    "tỉnh", "thành phố", "thị xã", "đặc khu", "quận", "thôn", "buôn", "bản",
                    "tổ dân phố", "đoàn", "hội đoàn thể", "lực lượng", "cấp", "ngành chức năng",
                    "lực lượng chức năng", "cơ quan chức năng",
                    "trạm y tế", "trường học", "cơ sở", "hợp tác xã", "hợp tác xã nông nghiệp",
                    "nhà đầu tư", "tổ chức chính"
                    " trị - xã hội", "thành viên", "tập thể", "cá nhân", "địa bàn", "bộ phận",
                    "chi bộ", "đảng bộ", "ấp", "khu phố", "nhà trường", "đảng ủy", "chi hội",
                    "cấp ủy", "chính quyền",  # "Các cấp ủy, chính quyền từ tỉnh đến cơ sở ..."
                    "chi ủy", "đảng viên",  # "Các chi ủy, chi bộ ...", "Các đảng viên gương mẫu"
                    "điện lực",  # a power company's branches: "các Điện lực trực thuộc"
                    "ban xây dựng đảng",  # the committee's boards: "các ban xây dựng Đảng"
                    "ban đảng",  # "các ban đảng Tỉnh ủy"
                    "trung tâm", "chi nhánh", "công ty", "công ty con", "công ty thành viên",
                    "tập đoàn", "tập đoàn kinh tế", "tổng công ty", "tổng công ty nhà nước",
                    "đơn vị thành viên", "khoa", "hộ dân", "hộ gia đình", "tiểu ban",
                    "đoàn kiểm tra", "tổ công tác", "chủ đập", "chi đoàn",
                    "tổ hòa giải", "tổ hòa giải ở cơ sở",  # "các tổ hòa giải ở cơ sở"
                    "đơn vị sử dụng ngân sách nhà nước", "đơn vị sử dụng ngân sách",
                    "đơn vị sự nghiệp", "đơn vị sự nghiệp công lập",
                    # private parties a sector's letter addresses: "các hãng tàu, đại lý hãng
                    # tàu", "các doanh nghiệp nhập khẩu có tên tại Phụ lục", "các thương nhân"
                    "hãng tàu", "đại lý hãng tàu", "thương nhân", "hộ kinh doanh",
                    "cá nhân kinh doanh", "nhà thầu", "chủ hàng",
                    # the owners of dams and power plants: "các Công ty thủy điện: A Lưới, ...",
                    # "các chủ hồ thủy điện trên địa bàn"
                    "công ty thủy điện", "chủ hồ", "chủ hồ thủy điện", "chủ hồ chứa",
                    "nhà máy thủy điện",
                    # a hospital's departments: "các khoa lâm sàng, cận lâm sàng"
                    "khoa lâm sàng", "khoa cận lâm sàng", "cận lâm sàng",
                    "doanh nghiệp nhập khẩu", "doanh nghiệp xuất khẩu",
                    "doanh nghiệp viễn thông", "doanh nghiệp vận tải",
                    # tourism's: "các doanh nghiệp lữ hành, cơ sở lưu trú trên địa bàn"
                    "doanh nghiệp lữ hành", "cơ sở lưu trú",
                    # hospitals by kind: "Các bệnh viện đa khoa, Trung tâm Y tế khu vực"
                    "bệnh viện đa khoa", "bệnh viện chuyên khoa",
                    # religious organisations and establishments a letter addresses: "các
                    # tổ chức tôn giáo", "các chùa, niệm Phật đường", "các chức sắc"
                    "tổ chức tôn giáo", "cơ sở tôn giáo", "cơ sở tín ngưỡng", "chùa",
                    "niệm phật đường", "giáo xứ", "giáo họ", "điểm nhóm", "chức sắc",
                    "chức việc", "nhà tu hành",
                    # an irrigation company's works units: "các Xí nghiệp thủy lợi trực thuộc"
                    "xí nghiệp", "xí nghiệp thủy lợi",
                    # research institutes and online marketplaces: "phối hợp với các Viện
                    # nghiên cứu", "các sàn thương mại điện tử"
                    "viện", "viện nghiên cứu", "sàn thương mại điện tử", "trường đại học",
                    "trường cao đẳng",
                    # schools by level, and the levels listed after the first: "các trường
                    # mầm non, tiểu học, trung học cơ sở, phổ thông dân tộc bán trú"
                    "trường mầm non", "trường mẫu giáo", "trường tiểu học",
                    "trường trung học cơ sở", "trường trung học phổ thông",
                    "trường phổ thông dân tộc bán trú", "trường phổ thông dân tộc nội trú",
                    "mầm non", "mẫu giáo", "tiểu học", "trung học cơ sở", "trung học phổ thông",
                    "phổ thông dân tộc bán trú", "phổ thông dân tộc nội trú",
                    # transport's private parties: "các bến xe khách trên địa bàn", "các hãng
                    # taxi", "các hãng hàng không", "các chủ phương tiện"
                    "bến xe", "bến xe khách", "bến khách ngang sông", "bến thủy nội địa",
                    "hãng taxi", "hãng hàng không", "hãng xe", "chủ phương tiện", "chủ bến",
                    "cảng", "cảng biển", "cảng cạn", "nhà ga",
                    # trade unions by level: "Các công đoàn ngành, công đoàn cơ sở trực thuộc"
                    "công đoàn", "công đoàn ngành", "công đoàn cơ sở",
                    # universities: "Giám đốc các đại học, học viện"
                    "đại học", "học viện",
                    # the party's organisations: "Các cấp ủy, tổ chức đảng, cơ quan, đơn vị"
                    "tổ chức đảng", "tổ chức cơ sở đảng"}
# the most words a collective noun holds, so the matcher tries no longer phrase
_COLLECTIVE_WORDS = max(len(noun.split()) for noun in COLLECTIVE_NOUNS)
# the nouns by their words, for the trie matcher (see _match)
_COLLECTIVE_TABLE = dict.fromkeys((tuple(noun.split()) for noun in COLLECTIVE_NOUNS), True)


class Token(NamedTuple):
    """One word or sign. ``capital`` (starts with a capital letter) and ``word`` (starts with
    a letter or digit) are stored, not derived: the matchers ask them of every token, several
    times. A tuple because a document makes thousands of tokens and a tuple is the cheapest
    object to make."""

    start: int
    end: int
    text: str
    folded: str
    capital: bool
    word: bool


@dataclass(slots=True)
class ActorMention:
    start: int
    end: int
    text: str
    canonical: str | None
    kind: str  # agency | locality | collective | person | other


@dataclass(frozen=True)
class Lexicon:
    entries: dict  # folded token tuple -> (canonical, kind)
    longest: int
    heads: dict  # folded token tuple -> kind
    longest_head: int
    titles: dict  # folded token tuple -> canonical title
    verbs: frozenset  # folded token tuples of action verbs
    stops: frozenset  # verbs and function words: where a name ends
    locality_words: frozenset
    compounds: frozenset  # noun compounds whose second syllable is a verb
    blockers: frozenset  # "báo cáo", "trường hợp": a head word starting an ordinary word
    stems: dict  # "báo và phát thanh, truyền hình" -> name ending in "tỉnh", for "... An Giang"
    blocker_table: dict
    locality_table: dict
    starters: frozenset  # the folded first words of every key: no mention begins elsewhere
    # the starters a mention may begin with in lower case: "các", the honorifics and the
    # known bodies whose own name is in lower case ("cơ quan ..."); titles, heads and the
    # other known bodies need a capital
    lower_starters: frozenset
    # the first words of the verbs and of the stops: a phrase can be one only if it starts so
    verb_firsts: frozenset
    stop_firsts: frozenset
    # one-word abbreviations ("TU", "UBND"): only in capitals, "Tu sửa" is no Tỉnh ủy
    abbreviations: frozenset = frozenset()
    longest_title: int = 4  # words of the longest title ("Ủy viên Ban Thường vụ" is five)
    # listed names that end in a place word, without it, when lower-case words end them
    # ("trung tâm phục vụ hành chính công"): a head with such a name reads it whole though no
    # place follows ("Trung tâm Phục vụ hành chính công cấp xã", "... tiếp nhận")
    bare_names: dict = field(default_factory=dict)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    window = _window(text, start, end)
    if window is None or window == (start, end):
        return list(_tokenize(text, start, end))
    tokens = _tokenize(text, *window)
    lo = bisect.bisect_left(tokens, start, key=_start_of)
    hi = bisect.bisect_right(tokens, end, lo=lo, key=_end_of)  # tokens follow one another
    return list(tokens[lo:hi])


_start_of, _end_of, _folded_of = attrgetter("start"), attrgetter("end"), attrgetter("folded")


def folded_words(tokens) -> tuple[str, ...]:
    """The folded text of ``tokens``, as the word tables key it. Built by ``map`` rather than
    a generator: the matchers build thousands of these keys per document."""
    return tuple(map(_folded_of, tokens))


def positions_of(tokens: list[Token], words) -> Iterator[int]:
    """Indexes of the tokens whose folded text is in ``words`` (a set or dict), found without a
    Python step per token: the matchers look closely only at the few words that can begin
    what they look for, and testing every token in a loop cost more than the looking."""
    return compress(count(), map(words.__contains__, map(_folded_of, tokens)))


@lru_cache(maxsize=8192)
def _tokenize(text: str, start: int, end: int) -> tuple[Token, ...]:
    """All the tokens of ``text[start:end]`` (a line, mostly): the text is cut at its spaces
    in one C-level split, where :func:`iter_tokens` looks for one space at a time."""
    out: list[Token] = []
    append = out.append
    at = start
    known = _PIECES.get
    for chunk in text[start:end].split(" "):
        pieces = known(chunk)
        if pieces is None:
            pieces = _new_chunk(chunk)
        for a, b, piece, folded, capital, word in pieces:
            append(_new_token(Token, (at + a, at + b, piece, folded, capital, word)))
        at += len(chunk) + 1
    return tuple(out)


def iter_tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """The tokens of ``text[start:end]`` one by one: callers that need the first few words
    of a long unit stop early instead of paying for the whole of it (the text is cut at
    each space as the tokens are asked for, not split whole first).

    No token holds a space and ``TOKEN`` looks at nothing outside its match, so the text is
    cut at spaces (cheap) and each piece tokenized on its own, from a cache: the same pieces
    ("các", "ngành,") recur all through a document, and a regex match costs more than a
    dictionary lookup."""
    end = len(text) if end is None else end
    at = start
    known = _PIECES.get
    while True:
        space = text.find(" ", at, end)
        stop = end if space == -1 else space
        chunk = text[at:stop]
        pieces = known(chunk)
        if pieces is None:
            pieces = _new_chunk(chunk)
        for a, b, piece, folded, capital, word in pieces:
            yield _new_token(Token, (at + a, at + b, piece, folded, capital, word))
        if space == -1:
            return
        at = space + 1


_new_token = tuple.__new__  # Token(...) without the Python-level constructor NamedTuple adds


_Piece = tuple[int, int, str, str, bool, bool]
# _chunk_pieces' answers. A plain dict asked with .get, not an lru_cache: every word of a
# document is looked up, and the lru bookkeeping cost more than the lookup (0.6% of a notice)
_PIECES: dict[str, tuple[_Piece, ...]] = {}
_PIECES_LIMIT = 65536


def _new_chunk(chunk: str) -> tuple[_Piece, ...]:
    if len(_PIECES) >= _PIECES_LIMIT:
        _PIECES.clear()  # bounded as the lru_cache was: the words in use come back at once
    pieces = _PIECES[chunk] = _chunk_pieces(chunk)
    return pieces


def _chunk_pieces(chunk: str) -> tuple[_Piece, ...]:
    """The pieces of the tokens of a stretch without spaces, offsets from its start."""
    out: list[_Piece] = []
    for m in TOKEN.finditer(chunk):
        s = m.start()
        out.extend((s + a, s + b, piece, folded, capital, word)
                   for a, b, piece, folded, capital, word in _word_pieces(m.group()))
    return tuple(out)


@lru_cache(maxsize=65536)
def _word_pieces(word: str) -> tuple[_Piece, ...]:
    """(start, end, text, folded, capital, word) of the tokens in one regex word: itself, or
    the syllables of a glued word ("thờihạn"). Words recur, so this is mostly a dict lookup.
    ``fold`` looks no further than the word, so folding it alone gives what folding the line
    would."""
    folded = fold(word)
    if len(word) < 4 or not word.isalpha():
        return (_piece(0, len(word), word, folded),)
    return tuple(_piece(a, b, word[a:b], folded[a:b]) for a, b in glued_pieces(word))


def _piece(start: int, end: int, text: str, folded: str) -> _Piece:
    """One token's piece. Its folded text is interned, as are the words of the lexicon
    (:func:`_key`) and of the unit model's tables: looking a token up in any of them then
    finds the very same string object, where an equal copy would have its characters
    compared (a word the size of a cache line, fetched from wherever the table was read)."""
    return start, end, text, sys.intern(folded), text[:1].isupper(), text[:1].isalnum()


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(sys.intern(fold(m.group())) for m in TOKEN.finditer(phrase))  # see _piece


@cache
def lexicon() -> Lexicon:
    entries: dict = {}
    abbreviations = set()
    for row in _table("agencies.tsv"):
        name, kind = row[0], row[1] if len(row) > 1 else "agency"
        aliases = row[4].split(";") if len(row) > 4 and row[4] else []
        for form in (name, *aliases):
            if form.strip():
                entries.setdefault(_key(form), (name, kind))
                if form.isupper() and len(_key(form)) == 1:
                    abbreviations.add(_key(form))
    for code in _unit_codes():  # "PC02": a police unit by its code, as written
        entries.setdefault(_key(code), (code, "agency"))
        abbreviations.add(_key(code))
    titles: dict = {}
    for row in _table("titles.tsv"):
        for form in (row[0], *(row[1].split(";") if len(row) > 1 and row[1] else [])):
            if form.strip():
                titles[_key(form)] = row[0]
    heads = {_key(row[0]): (row[1] if len(row) > 1 else "agency")
             for row in _table("actor_heads.tsv")}
    verbs = frozenset(_key(v) for v in _list("action_verbs.txt"))
    stops = verbs | frozenset(_key(w) for w in _list("name_stops.txt"))
    locality = frozenset(_key(w) for w in _list("locality_words.txt"))
    compounds = frozenset(_key(w) for w in _list("noun_compounds.txt"))
    blockers = frozenset(_key(w) for w in _list("head_blockers.txt"))
    stems = {key[:-1]: value for key, value in entries.items()
             if len(key) >= 2 and key[-1] == "tỉnh"}  # "Viettel" + "Hải Phòng" too
    return Lexicon(entries, max((len(k) for k in entries), default=1), heads,
                   max((len(k) for k in heads), default=1), titles, verbs, stops, locality,
                   compounds, blockers, stems, dict.fromkeys(blockers, True),
                   dict.fromkeys(locality, True), _starters(entries, heads, titles),
                   _lower_starters(entries), frozenset(k[0] for k in verbs if k),
                   frozenset(k[0] for k in stops if k), frozenset(abbreviations),
                   max((len(k) for k in titles), default=1), _bare_names(entries))


_PLACE_LEVELS = frozenset({"tỉnh", "xã", "phường", "huyện"})


def _bare_names(entries: dict) -> dict:
    """The listed names ending in a place word whose last words before it are in lower
    case, keyed without the place word: a head reads capitalised words by itself, not these."""
    out: dict = {}
    for key, (name, kind) in entries.items():
        if len(key) >= 4 and key[-1] in _PLACE_LEVELS and kind == "agency" and key[-2] != "cấp":
            words = name.split()
            if len(words) == len(key) and not words[-2][:1].isupper():
                out.setdefault(key[:-1], True)
    return out


_LOWER_CASE_OPENERS = {"các"} | {key[0] for key in HONORIFICS}


def _starters(*tables: dict) -> frozenset:
    words = {key[0] for table in tables for key in table}
    return frozenset(words | _LOWER_CASE_OPENERS | {w[0] for w in NESTING_HEADS} | {SET_APART})


# "Chủ các cơ sở kinh doanh dịch vụ karaoke có trách nhiệm ...": the owners of the kind of body
# after it (see _mention_at); "chủ" begins a title too ("Chủ tịch"), so it is a starter anyway
OWNER = "chủ"

# "Riêng đặc khu Lý Sơn bổ sung ...": the one place a heading's work is set apart for, named
# in lower case after "riêng" (see _find_actors)
SET_APART = "riêng"


def _lower_starters(entries: dict) -> frozenset:
    lower_names = {key[0] for key, (name, _) in entries.items() if not name[:1].isupper()}
    return frozenset(lower_names | _LOWER_CASE_OPENERS)


def _table(name: str) -> tuple:
    try:
        return load_table(name)
    except FileNotFoundError:
        return ()


def _unit_codes() -> list[str]:
    """The codes unit_codes.txt lists as ranges ("PC 01-12" -> "PC01" ... "PC12")."""
    out = []
    for line in _list("unit_codes.txt"):
        prefix, _, span = line.partition(" ")
        first, _, last = span.partition("-")
        out.extend(f"{prefix}{n:0{len(first)}d}" for n in range(int(first), int(last) + 1))
    return out


def _list(name: str) -> tuple:
    try:
        return load_list(name)
    except FileNotFoundError:
        return ()


# --- matching -----------------------------------------------------------------------------------
_WINDOWS: dict[str, Any] = {}


def set_windows(text: str, spans: list[tuple[int, int]]) -> None:
    """Declare the lines of the document being analysed: a question about part of a line is
    then answered from the whole line's mentions, computed once."""
    _WINDOWS.clear()
    _ALIASES.clear()  # a new document names its own
    _find_actors.cache_clear()  # a new document: forget the last one (and free its text)
    _tokenize.cache_clear()
    _WINDOWS["text"] = text
    _WINDOWS["starts"] = [s for s, _ in spans]
    _WINDOWS["ends"] = [e for _, e in spans]


def forget_document() -> None:
    """Drop what :func:`set_windows` and the caches hold of the document just analysed: its
    text and its tokens are freed when its analysis ends, not when the next one begins (a
    batch holds no more than one document's, and the garbage collector's young generation
    finds none of them left to walk)."""
    _WINDOWS.clear()
    _ALIASES.clear()
    _find_actors.cache_clear()
    _tokenize.cache_clear()


# this document's names that stand for a body named in full elsewhere in it: the words as
# keys ("công ty",), the full name as value; see set_aliases
_ALIASES: dict[tuple[str, ...], str] = {}
_LONGEST_ALIAS = 4


def set_aliases(aliases: dict[str, str]) -> None:
    """Register the document's back-references ("Công ty" for "Công ty Cổ phần Đầu tư và
    Phát triển Khu công nghiệp Phước An", an alias set by "(sau đây gọi là ...)"): the words
    alone then name that body, as written, with the full name as canonical."""
    had_aliases = bool(_ALIASES)
    _ALIASES.clear()
    _ALIASES.update({k: v for k, v in ((_key(a), full) for a, full in aliases.items())
                     if 0 < len(k) <= _LONGEST_ALIAS})
    if had_aliases or _ALIASES:
        # what was found without them may read otherwise now; with none before or after,
        # the mentions found while looking for them stand (a document usually has none)
        _find_actors.cache_clear()


def _alias_at(tokens: list[Token], i: int) -> tuple[int, str] | None:
    """(end, full name) of a registered alias written at token i, capitalised."""
    if not _ALIASES or not tokens[i].capital:
        return None
    for n in range(min(_LONGEST_ALIAS, len(tokens) - i), 0, -1):
        full = _ALIASES.get(tuple(t.folded for t in tokens[i:i + n]))
        if full is not None:
            return i + n, full
    return None


def _window(text: str, start: int, end: int) -> tuple[int, int] | None:
    if _WINDOWS.get("text") is not text:
        return None
    starts, ends = _WINDOWS["starts"], _WINDOWS["ends"]
    i = bisect.bisect_right(starts, start) - 1
    if i >= 0 and end <= ends[i]:
        return starts[i], ends[i]
    return None


def find_actors(text: str, start: int = 0, end: int | None = None) -> list[ActorMention]:
    """Actor mentions in ``text[start:end]``, left to right, never overlapping."""
    end = len(text) if end is None else end
    window = _window(text, start, end)
    if window is None or window == (start, end):
        return list(_find_actors(text, start, end))
    return [m for m in _find_actors(text, *window) if start <= m.start and m.end <= end]


@lru_cache(maxsize=8192)
def _find_actors(text: str, start: int, end: int) -> tuple[ActorMention, ...]:
    # cached: the task stage asks about the same sentences several times
    tokens = tokenize(text, start, end)
    lex = lexicon()
    out: list[ActorMention] = []
    resume = 0  # mentions never overlap: the next one starts after the last one's end
    last = (0, 0)  # the tokens of the last mention
    for i in positions_of(tokens, lex.starters):  # most words cannot begin a name
        if i < resume or (i and ((pair := (tokens[i - 1].folded, tokens[i].folded)) in HEAD_IN_WORD
                                 or (pair in CAPS_HEAD_IN_WORD and tokens[i].text.isupper()))):
            continue  # "CƠ SỞ ĐÀO TẠO", "NHIỆM VỤ CỦA ...": in capitals, a head inside a word
        if tokens[i].folded == SET_APART:
            resume = _further_places(tokens, i, text, lex, out)
            continue
        found = _mention_at(tokens, i, lex)
        if found is None:
            continue
        j, canonical, kind = found
        if i > 0 and not tokens[i].capital and tokens[i - 1].text.isdigit():
            continue  # "27 thôn, tổ dân phố bị chia cắt": how many, not who
        if _in_symbol(tokens, i):
            continue  # "Nghị định số 178/2024/NĐ-CP", "Thông báo số 12/TB-UBND": a number
        if canonical in DESIGNATED_ROLES and (_designated(tokens, j, lex) or (
                i and tokens[i - 1].folded == "là")):
            continue  # "cơ quan thường trực của Ban Chỉ đạo là Bộ Chỉ huy Quân sự": the body
            # named after it does the work
        s, e = tokens[i].start, tokens[j - 1].end
        if out and _describes(out[-1], text, s) and tokens[i].capital:
            out.pop()  # "nhà đầu tư Công ty Cổ phần BOT ...": the role, then who holds it
        elif out and kind == "agency" and _members_of(out[-1], text, s):
            # "Các thành viên" + "Ủy ban bầu cử tỉnh": the members of a body, one group
            s, canonical, kind = out.pop().start, None, "collective"
        if folded_words(tokens[i:i + 2]) == ("chi", "nhánh") and _brand_at(tokens, i - 1, lex):
            s = tokens[i - 1].start  # "Agribank" + "Chi nhánh Nga Sơn": the bank's own branch
        if tokens[i].capital and _force_before(tokens, i):
            # "lực lượng Cảnh sát biển": how a force is named, kept with it (the body's own
            # name stays its canonical form)
            canonical = canonical or text[s:e]
            s = tokens[i - 2].start
        if kind == "agency" and (closed := _named_to_bracket(tokens, i, j)) > j:
            # "(qua Phòng Quản lý" + "đầu tư" + ")": the office a paper goes through, named
            # whole up to the bracket, though its last words may be verbs
            j, e, canonical = closed, tokens[closed - 1].end, None
        if kind == "person" and (portfolio := _portfolio_end(tokens, j, lex)) > j:
            # "Phó Chủ tịch UBND xã" + "phụ trách lĩnh vực kinh tế": which deputy
            j, e, canonical = portfolio, tokens[portfolio - 1].end, None
        places = _in_every_place(tokens, i, j, lex) if kind == "agency" else j
        if places > j:  # "Ban Công tác Mặt trận" + "các tổ dân phố": each one's, one group
            j, e, canonical, kind = places, tokens[places - 1].end, None, "collective"
        if kind == "agency" and out and out[-1].kind == "agency" and _lower_tail_before_twin(
                tokens, last, i, lex):
            # "Vụ Giáo dục" + "phổ thông" + ", Vụ Giáo dục Mầm non": two bodies of one head,
            # the first's name ending in lower-case words the finder left out
            prev = out[-1]
            out[-1] = ActorMention(prev.start, tokens[i - 2].end,
                                   text[prev.start:tokens[i - 2].end], None, "agency")
        out.append(ActorMention(s, e, text[s:e], canonical, kind))
        last = (i, j)
        resume = j
        if kind == "locality":
            resume = _further_places(tokens, j, text, lex, out)
        elif kind == "collective" and tokens[i].folded == "các" and not tokens[i + 1].capital:
            resume = _separate_members(tokens, i, j, text, out)
    return tuple(out)


# roles a document gives one of its bodies, which stand for that body where the document
# names no other ("báo cáo về cơ quan thường trực"); where it says which body holds the role
# ("Cơ quan thường trực: Sở Y tế", "cơ quan thường trực của Ban Chỉ đạo là ...", "Sở Y tế
# là cơ quan thường trực"), only the body is an actor
DESIGNATED_ROLES = frozenset({"cơ quan thường trực"})


def _designated(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """The role ending at token j is followed by the body that holds it: ":" or "là" next,
    or after "của" and the body whose role it is."""
    if j < len(tokens) and tokens[j].folded == "của" and j + 1 < len(tokens):
        owner = _mention_at(tokens, j + 1, lex)
        j = owner[0] if owner is not None else j
    return j < len(tokens) and tokens[j].folded in (":", "là")


# the protected areas whose own bodies are named after them ("Hạt Kiểm lâm Vườn quốc gia Pù
# Mát", "Ban Quản lý Khu bảo tồn thiên nhiên Pù Hu")
_PROTECTED_AREAS = {("vườn", "quốc", "gia"): True, ("khu", "bảo", "tồn"): True}
_PLACE_JOINERS = frozenset({",", "và", SET_APART})


def _further_places(tokens: list[Token], j: int, text: str, lex: Lexicon,
                    out: list[ActorMention]) -> int:
    """"Phường Cư Bao" + "và xã Ea Drông", ", xã Krông Búk": places listed after a place (or
    after "riêng"), their kind in lower case, each one of its own (a place in lower case
    elsewhere is where the work is done more often than who does it). Where the last one
    ends (j when there is none)."""
    while j + 1 < len(tokens) and tokens[j].folded in _PLACE_JOINERS and _place_named_at(
            tokens, j + 1, lex):
        place = _match(tokens, j + 1, lex.locality_table, 2)
        end = _proper_name(tokens, place[0], lex) if place is not None else j + 1
        s, e = tokens[j + 1].start, tokens[end - 1].end
        out.append(ActorMention(s, e, text[s:e], None, "locality"))
        j = end
    return j


# heads of bodies named by the places they serve: "Hải quan các cửa khẩu", "Ban Quản lý các
# chợ phường", "Ban Quản lý các khu công nghiệp"
_HEADS_OVER_PLACES = frozenset({("hải", "quan"), ("ban", "quản", "lý"), ("công", "đoàn"),
                                ("ban", "quản", "trị"),
                                ("ban", "điều", "hành")})  # "Ban điều hành các tổ dân phố"


def _places_served(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """After such a head, "các" and up to three lower-case words that are no verb (then the
    usual qualifiers: "trên địa bàn tỉnh"); j when there are none."""
    if j >= len(tokens) or tokens[j].folded != "các":
        return j
    first = j + 1  # "Công đoàn các" + "Khu công nghiệp tỉnh": the kind of place may be capitalised
    if first < len(tokens) and tokens[first].capital and not tokens[first].text.isupper() and (
            _mention_at(tokens, first, lex) is None):
        first += 1
    run_end, end = min(_lower_run(tokens, first, lex), j + 4), first
    while end < run_end and _match(tokens, end, _QUALIFIER_TABLE, 3) is None and (
            tokens[end].folded,) not in lex.locality_words:
        end += 1
    if end == j + 1:
        return j
    end = _qualifiers(tokens, end)
    return _extend_locality(tokens, end, lex) if end < len(tokens) and (
        tokens[end].folded,) in lex.locality_words else end


# the kinds of border gate a border post or customs office is named after, before the gate's
# own name: "Đồn Biên phòng" + "cửa khẩu quốc tế" + "Cầu Treo"
_BORDER_GATES = {("cửa", "khẩu"): True, ("cửa", "khẩu", "quốc", "tế"): True,
                 ("cửa", "khẩu", "chính"): True, ("cửa", "khẩu", "phụ"): True,
                 ("cửa", "khẩu", "song", "phương"): True}


def _border_gate_end(tokens: list[Token], j: int) -> int:
    """Past the lower-case kind of border gate at token j ("cửa khẩu quốc tế"); j when none."""
    gate = _match(tokens, j, _BORDER_GATES, 4)
    return gate[0] if gate is not None else j


def _named_to_bracket(tokens: list[Token], i: int, j: int) -> int:
    """After "(qua", the words (six at most, and dashes) that run from a body's name at
    tokens[i:j] to the closing bracket ("Phòng Tổ chức" + "bộ máy - Biên chế"); j when there
    are none or something else comes (a second body after a comma)."""
    if i < 2 or tokens[i - 1].folded != "qua" or tokens[i - 2].folded != "(":
        return j
    k = j
    while k < len(tokens) and k < j + 6 and (tokens[k].word or tokens[k].text in "-–") and (
            tokens[k].folded != "và"):  # "(qua Sở A" + "và Sở B)": two bodies
        k += 1
    return k if k > j and k < len(tokens) and tokens[k].folded == ")" else j


def _in_symbol(tokens: list[Token], i: int) -> bool:
    """Token i closes a document's symbol: glued by "-" or "/" to a type code in capitals
    ("NĐ-CP", "TB-UBND", "CT-TTg")."""
    return i >= 2 and tokens[i - 1].text in ("-", "/") and (
        tokens[i - 1].start == tokens[i].start - 1 == tokens[i - 2].end) and (
        len(tokens[i - 2].text) >= 2 and tokens[i - 2].text.isupper())


# Vietnamese words written without marks that may open a sentence before "Chi nhánh"
_NOT_BRANDS = frozenset({"giao", "theo", "cho", "trong", "sau", "khi", "tai", "tin", "thi",
                         "nay", "hai", "ba", "bon", "nam", "qua"})


def _brand_at(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """A company's brand at token k: one capitalised word of Latin letters only, no verb and
    no word of a name we know ("Agribank", "Vietcombank", "VNPT"), after which a branch is
    named ("Agribank Chi nhánh Nga Sơn")."""
    if k < 0 or not tokens[k].capital or len(tokens[k].text) < 4:
        return False
    word = tokens[k].text
    return word.isascii() and word.isalpha() and tokens[k].folded not in lex.starters and (
        not is_verb_at(tokens, k, lex)) and tokens[k].folded not in _NOT_BRANDS


# the place words that close a project board's description ("... công trình nông nghiệp tỉnh")
_BOARD_ENDS = frozenset({"tỉnh", "thành phố", "xã", "phường", "đặc khu"})
# the verbs a board's description holds ("đầu tư xây dựng", "phát triển đô thị")
_BOARD_VERBS = frozenset({"đầu tư", "xây dựng", "phát triển", "bảo vệ", "cấp nước", "thoát nước",
                          "sửa chữa", "nâng cấp", "khai thác", "giao thông"})


def _project_board_end(tokens: list[Token], i: int, j: int, lex: Lexicon) -> int:
    """"Ban Quản lý dự án" + "đầu tư xây dựng công trình nông nghiệp tỉnh": a project board is
    named by what it builds, in lower-case words that hold verbs ("đầu tư", "xây dựng"), up to
    the place it serves; j when the name is not such a board or no place closes it within
    twelve words. "khu vực" closes it only before the area's own name ("khu vực Long Xuyên");
    before lower-case words it is part of the description ("và khu vực phát triển đô thị")."""
    if folded_words(tokens[i:j]) != ("ban", "quản", "lý") or folded_words(
            tokens[j:j + 2]) != ("dự", "án"):
        return j
    if j + 2 < len(tokens) and _numbered(tokens[j + 2].text):
        return j + 3  # "Ban Quản lý dự án 85": a board known by its number
    k = j + 2
    while k < len(tokens) and k < j + 14 and tokens[k].word and not tokens[k].capital:
        two = " ".join(folded_words(tokens[k:k + 2]))
        place = _board_place_at(tokens, k)
        if place:
            return _proper_name(tokens, k + place, lex)
        if two == "khu vực" and k + 2 < len(tokens) and (
                tokens[k + 2].capital or not tokens[k + 2].word):
            return _proper_name(tokens, k + 2, lex) if tokens[k + 2].capital else k + 2
        if two in _BOARD_VERBS:
            k += 2
            continue
        if is_verb_at(tokens, k, lex) and not in_compound(tokens, k, lex):
            return j  # "Ban Quản lý dự án" + "tổ chức thi công ...": its work, not its name
        k += 1
    return j


# the words of what a steering committee steers ("liên ngành về an toàn thực phẩm", "phòng,
# chống dịch bệnh", "giảm nghèo"): its name runs over them to the place it serves
_STEERING_WORDS = frozenset({"liên", "ngành", "về", "phòng", "chống", ",", "và", "công", "tác"})


# words that end a council's description before any place could: what it did or does with
# whom ("Hội đồng đã thống nhất với đề xuất của xã"), not what it is
_NOT_DESCRIPTION = frozenset({"đã", "đang", "sẽ", "với", "của", "cho", "để", "tại", "trên"})


def _steering_committee_end(tokens: list[Token], i: int, j: int) -> int:
    """"Ban Chỉ đạo" + "liên ngành về an toàn thực phẩm tỉnh", "Hội đồng" + "phối hợp phổ
    biến, giáo dục pháp luật tỉnh": a steering committee or a council named by what it does,
    in lower case, up to the place it serves (at most twelve words on); j when no place
    closes it or a capitalised word comes first."""
    head = folded_words(tokens[i:j])
    if head not in (("ban", "chỉ", "đạo"), ("hội", "đồng")) or j >= len(tokens) or (
            head[0] == "ban" and tokens[j].folded not in _STEERING_WORDS):
        return j
    k = j
    while k < len(tokens) and k < j + 12 and not tokens[k].capital and (
            tokens[k].word or tokens[k].folded == ",") and (
            tokens[k].folded not in _NOT_DESCRIPTION):
        place = _board_place_at(tokens, k)
        if place:
            return k + place
        k += 1
    return j


def _board_place_at(tokens: list[Token], k: int) -> int:
    """How many words of a place kind that closes a board's description ("tỉnh", "thành
    phố") start at token k; 0 when none does."""
    if tokens[k].folded in _BOARD_ENDS:
        return 1
    return 2 if " ".join(folded_words(tokens[k:k + 2])) in _BOARD_ENDS else 0


OWN_ABBREVIATION = regex.compile(r"\s*\(\s*[^\s()]+\s*\)")


def _past_own_abbreviation(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """"Ủy ban nhân dân" + "(UBND)" + "các tỉnh, thành phố": a name's abbreviation defined in
    parentheses inside it, when the name goes on with its places after it; else j."""
    if j + 3 < len(tokens) and tokens[j].folded == "(" and tokens[j + 2].folded == ")" and (
            tokens[j + 1].text.isupper() and len(tokens[j + 1].text) >= 2):
        after = _extend_locality(tokens, j + 3, lex)
        if after > j + 3:
            return j + 3
    return j


def _joint_venture(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """"Liên danh Công ty A - Công ty B": the partners of a joint venture, joined by dashes,
    are one body."""
    while j + 1 < len(tokens) and tokens[j].folded in ("-", "–") and tokens[j + 1].capital:
        partner = _mention_at(tokens, j + 1, lex)
        if partner is None or partner[2] != "agency":
            break
        j = partner[0]
    return j


# titles followed by the field their holder serves: "Công chức Văn hóa - Xã hội xã"
FIELD_TITLES = frozenset({("công", "chức")})


def _numbered_place_after(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """A title that ends with a kind of place ("Trưởng thôn", "Tổ trưởng tổ dân phố") and
    the number that names the place right after it."""
    if j >= len(tokens) or not _numbered(tokens[j].text):
        return False
    return any(j - n >= 0 and folded_words(tokens[j - n:j]) in lex.locality_words
               for n in (1, 2, 3))


def _unit_named_after_title(tokens: list[Token], i: int, j: int, lex: Lexicon) -> int:
    """"Trưởng phòng" + "Kinh tế", "Trưởng khoa" + "Kiểm soát nhiễm khuẩn": a title that ends
    with the head of a unit ("phòng", "khoa", "ban") names that unit right after it, in
    capitals, as a commune civil servant's title names a field ("Công chức" + "Địa chính -
    Xây dựng"); j when it does not."""
    if j >= len(tokens) or not tokens[j].capital or j == 0 or (
            (tokens[j - 1].folded,) not in lex.heads and folded_words(tokens[i:j]) not in (
                FIELD_TITLES)):
        return j
    return _extend_locality(tokens, _name_body(tokens, j, lex), lex)


# heads whose bodies are always named in capitals ("Sở Xây dựng", "Bộ Tài chính"): after them
# a word in lower case is what the department does ("Sở báo cáo", "Sở xây dựng kế hoạch")
CAPITALISED_NAME_HEADS = frozenset({"sở", "bộ"})


def _name_in_lower_case(tokens: list[Token], i: int, canonical: str, lex: Lexicon) -> bool:
    """A listed department's name ("Sở Xây dựng") read from a bare head and a verb in lower
    case after it: the gazetteer matches folded words, so "Sở xây dựng" matches too. A name
    merely typed in lower case ("Sở tài chính") holds no verb and stays the body."""
    if tokens[i].folded not in CAPITALISED_NAME_HEADS or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    words = canonical.split()
    return (after.word and not after.capital and not after.text.isupper() and len(words) > 1
            and words[1][:1].isupper() and is_verb_at(tokens, i + 1, lex))


def _plural_of_blocked(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """"các" + a blocked word ("trường hợp") that no listed body or kind of body spells out as
    far ("các bộ phận chuyên môn" is one)."""
    blocked = _match(tokens, i + 1, lex.blocker_table, 3)
    if blocked is None:
        return False
    listed = _match(tokens, i, lex.entries, lex.longest)
    if listed is not None and listed[0] >= blocked[0]:
        return False
    collective = _collective(tokens, i, lex)  # "các bộ phận chuyên môn": a kind of body
    return collective is None or collective[0] < blocked[0]


def _force_before(tokens: list[Token], i: int) -> bool:
    """"lực lượng" in lower case right before token i."""
    return i >= 2 and tokens[i - 2].folded == "lực" and tokens[i - 1].folded == "lượng" and (
        not tokens[i - 2].capital)


def _describes(previous: ActorMention, text: str, start: int) -> bool:
    """A generic role in lower case right before a named body ("chủ đầu tư UBND xã X") is the
    body's description, not a second body."""
    return (previous.kind == "collective" and previous.text[:1].islower()
            and not previous.text.startswith("các") and not text[previous.end:start].strip())


MEMBERS = frozenset({"các thành viên", "thành viên"})


def _members_of(previous: ActorMention, text: str, start: int) -> bool:
    """The mention before is "(các) thành viên" and nothing but a space comes between."""
    return previous.text.lower() in MEMBERS and not text[previous.end:start].strip()


def _mention_at(tokens: list[Token], i: int, lex: Lexicon):
    """(end token index, canonical, kind) of a mention starting at token i, or None."""
    tok = tokens[i]
    if tok.folded not in lex.starters:
        return None  # every table below is keyed from a starter: none can match here
    if tok.folded == OWNER and i + 1 < len(tokens) and tokens[i + 1].folded == "các":
        owned = _collective(tokens, i + 1, lex)  # "(yêu cầu) chủ các cơ sở karaoke": owners
        if owned is not None:
            return owned[0], None, "person"
    if not (tok.capital or tok.text.isupper() or tok.folded in lex.lower_starters):
        # a lower-case word begins only the mentions that may be lower case, and a head named
        # by its abbreviation ("trường PTDTNT tỉnh", "trung tâm GDNN-GDTX")
        return _abbreviated_body(tokens, i, lex)
    if not tok.word:
        return None
    blocked = _match(tokens, i, lex.blocker_table, 3)
    if blocked is not None and not (
            tok.capital and folded_words(tokens[i:blocked[0]]) in lex.heads
            and blocked[0] < len(tokens) and tokens[blocked[0]].capital) and not (
            (listed := _match(tokens, i, lex.entries, lex.longest)) and listed[0] > blocked[0]):
        return None  # "bộ phận" is a part; "Bộ phận Tổng hợp" (a head, then a name) a body;
        # a listed name longer than the ordinary word is one ("Tổ chức, cá nhân ...")
    if tok.folded == "các" and _plural_of_blocked(tokens, i, lex):
        return None  # "các trường hợp": the plural of an ordinary word, not "các trường"
    person = _honoured_person(tokens, i, lex)
    if person is not None:
        return person, None, "person"
    nesting = _match(tokens, i, _NESTING_TABLE, 4) if tok.capital else None
    if nesting is not None:
        n = nesting[0]
        if folded_words(tokens[n:n + 2]) == ("lâm", "thời"):
            n += 2  # "Chi ủy lâm thời Chi bộ thôn Bản Mo": a provisional committee
        inner = _mention_at(tokens, n, lex) if n < len(tokens) else None
        listed = _match(tokens, i, lex.entries, lex.longest)  # a longer listed name wins
        if inner is not None and (listed is None or listed[0] <= inner[0]):
            if tokens[n].capital:
                return inner[0], None, "agency"
            if inner[2] == "collective" and tokens[n].folded == "các":
                return inner[0], None, "collective"  # "Chi ủy các chi bộ thôn": each one's
    title = _match(tokens, i, lex.titles, lex.longest_title)
    if title is not None and tokens[i].capital:
        j, canonical_title = _title_before_body(tokens, i, title, lex)
        after = _skip_list_of_titles(tokens, j, lex)  # may be the end: "... Chủ tịch:"
        inner = _mention_at(tokens, after, lex) if after < len(tokens) else None
        if inner is not None:
            return _generic_bodies(tokens, inner[0], lex), None, "person"
        extended = _extend_locality(tokens, j, lex)  # "Phó Chủ tịch UBND" + "tỉnh"
        if extended > j:
            return extended, None, "person"
        own = _own_body_head(tokens, after, lex)
        if own > after:
            return own, None, "person"
        unit = _unit_named_after_title(tokens, i, j, lex)
        if unit > j:
            return unit, None, "person"
        if _numbered_place_after(tokens, j, lex):
            return j + 1, None, "person"  # "Trưởng thôn" + "3", "Trưởng ấp" + "7"
        if _followed_by_name(tokens, j):
            return _person_name_end(tokens, j), None, "person"
        return j, canonical_title, "person"
    honorific = _match(tokens, i + 1, _HONORIFIC_TABLE, 2) if tok.folded == "các" else None
    k = honorific[0] if honorific else i + 1  # "Các đồng chí Phó Chủ tịch": honorific skipped
    if tok.folded == "các" and k < len(tokens) and tokens[k].capital and _match(
            tokens, k, lex.titles, lex.longest_title) is not None:
        titled = _mention_at(tokens, k, lex)  # "Các Bộ trưởng": office-holders
        if titled is not None and titled[2] == "person":
            return titled[0], None, "person"
    if tok.folded == "các":
        collective = _collective(tokens, i, lex)
        listed = _match(tokens, i, lex.entries, lex.longest)
        named = _mention_at(tokens, i + 1, lex) if i + 1 < len(tokens) and tokens[
            i + 1].capital and listed is None else None  # a listed collective is read below
        if collective is not None and (listed is None or listed[0] < collective[0]) and not (
                named is not None and named[2] == "agency" and named[0] > collective[0]):
            # a listed body wins when longer ("các đảng ủy trực thuộc Tỉnh ủy"), and a named
            # one ("các Công ty Cổ phần Xi măng" is more than "các Công ty")
            return collective
        # "các Viện Vệ sinh dịch tễ"; a longer listed collective wins ("các Ban quản lý rừng
        # đặc dụng, rừng phòng hộ")
        if named is not None and named[2] == "agency" and (
                listed is None or listed[0] <= named[0]):
            return named[0], None, "collective"
    known = _match(tokens, i, lex.entries, lex.longest)
    if known is not None and known[0] == i + 1 and (tok.folded,) in lex.abbreviations and (
            not tok.text.isupper()):
        known = None  # "Tu sửa": a word, not the abbreviation "TU"
    if known is not None and _name_in_lower_case(tokens, i, known[1][0], lex):
        known = None  # "tham mưu Giám đốc Sở" + "xây dựng kế hoạch": a verb, not "Sở Xây dựng"
    if known is not None and tok.capital and not tok.text.isupper() and (
            known[1][0][:1].islower()) and _proper_name(
            tokens, gate := _border_gate_end(tokens, known[0]), lex) > gate:
        known = None  # "Đồn Biên phòng" + "Ma Lù Thàng", + "cửa khẩu quốc tế Cầu Treo": a
        # named body, read by its head
    stem = _match(tokens, i, lex.stems, lex.longest)
    if stem is not None and tokens[i].capital and folded_words(
            tokens[stem[0]:stem[0] + 1]) != ("các",) and (  # "ỦY BAN NHÂN DÂN" + "CÁC TỈNH"
            _followed_by_name(tokens, stem[0]) or _one_word_place(tokens, stem[0])) and (
            known is None or known[0] <= stem[0]):
        # "Báo và Phát thanh, Truyền hình" + "An Giang": a provincial body named by its province
        inner = _listed_agency_at(tokens, stem[0], lex)
        if inner is not None:
            return inner, None, stem[1][1]  # "Thanh tra" + "Sở Nội vụ": a body's own inspectorate
        end = _proper_name(tokens, stem[0], lex)
        if end > stem[0]:
            return end, None, stem[1][1]
    if known is not None and (tokens[i].capital or tokens[i].folded == "các" or
                              not known[1][0][:1].isupper()):
        j, (canonical, kind) = known
        if (tokens[j - 1].folded,) in lex.locality_words or (
                j >= 2 and (tokens[j - 2].folded, tokens[j - 1].folded) in lex.locality_words):
            named = _proper_name(tokens, j, lex)  # "UBND xã" + "Kim Ngân", "thành phố" + "Cần Thơ"
            j = _second_place(tokens, named, lex) if named > j else _sibling_kinds(tokens, j)
        elif kind == "agency" and j < len(tokens) and tokens[j].capital and (
                not tokens[j].text.isupper()) and _mention_at(tokens, j, lex) is None and (
                (named := _proper_name(tokens, j, lex)) - j >= (
                    1 if tokens[j - 1].folded in NAMED_PLACE_NOUNS and not is_verb_at(
                        tokens, j, lex) else 2)):
            # a listed body named by its place: "Hạt Kiểm lâm" + "Ba Vì", "Bảo hiểm xã hội khu
            # vực" + "Bắc Ninh" (two syllables: not "Xây" of "Xây dựng" in title case; one
            # after a noun a place's name follows: "Ban Quản lý chợ" + "Hàn")
            j = named
        elif kind == "agency" and j < len(tokens) and tokens[j].capital and _match(
                tokens, j, _PROTECTED_AREAS, 3) is not None and (
                park := _mention_at(tokens, j, lex)) is not None:
            j = park[0]  # "Hạt Kiểm lâm" + "Vườn quốc gia Pù Mát": the park's own rangers
        while j < len(tokens) and _numbered(tokens[j].text):  # "Thuế cơ sở" + "4"
            j += 1
        j = _branch(tokens, j, lex)
        named_to = j
        j = _extend_locality(tokens, _past_own_abbreviation(tokens, j, lex), lex)
        j = _qualifiers(tokens, j)
        if kind == "agency":
            j = _organisation_after(tokens, j, lex)
        if kind == "collective":
            j = _owner(tokens, j, lex)  # "Các cấp ủy, tổ chức đảng" + "trực thuộc Thành ủy"
        if canonical.startswith(POLICE_UNITS):
            j = _police_force_after(tokens, j, lex)
        if canonical.startswith(SUB_ORGANS):
            j = _parent_committee(tokens, j, lex)
            j = _committee_body(tokens, j, lex)
        canonical = _canonical(canonical, tokens, i, j, known[0])
        if j > named_to and tokens[named_to].folded == "(":  # "( UBND)" is no part of it
            canonical = OWN_ABBREVIATION.sub("", canonical, count=1)
        return j, canonical, kind
    head = _match(tokens, i, lex.heads, lex.longest_head)
    if head is not None and (tok.capital or tok.text.isupper()):
        j = head[0]
        board = max(_project_board_end(tokens, i, j, lex), _steering_committee_end(tokens, i, j))
        if board > j:
            return board, None, head[1]
        body_end = _name_body(tokens, j, lex)
        bare = _match(tokens, i, lex.bare_names, lex.longest) if tok.capital else None
        if bare is not None and bare[0] > body_end:
            body_end = bare[0]  # "Trung tâm Phục vụ" + "hành chính công": the listed name
        body_end = _branch(tokens, _extend_locality(tokens, body_end, lex), lex)
        if body_end == j and folded_words(tokens[j:j + 2]) == ("cùng", "cấp"):
            body_end = j + 2  # "Công an" + "cùng cấp": the body of the same level as the one
            # the sentence is about
        if body_end == j and folded_words(tokens[i:j]) in _HEADS_OVER_PLACES:
            body_end = _places_served(tokens, j, lex)
        if body_end == j and folded_words(tokens[i:j]) in FORCES_OF_UNITS and j < len(
                tokens) and tokens[j].folded == "các":
            units = _collective(tokens, j, lex)  # "Công an" + "các đơn vị, địa phương"
            if units is not None:
                body_end = units[0]
        label = _label_name_end(tokens, i, j)
        if label is not None:
            return label, None, head[1]
        if body_end == j and (j - i < 3 or is_verb_at(tokens, i, lex)):
            # a head word alone ("Sở", "Văn phòng") is not a body, nor a head that is also a
            # verb ("Lãnh đạo, chỉ đạo ..."); a head of three syllables or more names a kind
            # specific enough to be one ("Tổ công tác rà soát", "Ban Chỉ đạo họp"); unless
            # the document uses it for a body it named in full ("Đề nghị Công ty:")
            alias = _alias_at(tokens, i)
            if alias is None and _own_office(tokens, i, j):
                return j, None, head[1]
            return (alias[0], alias[1], head[1]) if alias is not None else None
        if folded_words(tokens[i:i + 2]) == ("liên", "danh"):
            body_end = _joint_venture(tokens, body_end, lex)
        body_end = _member_university(tokens, i, body_end, lex)
        if tok.folded == "ban" or folded_words(tokens[i:i + 3]) == ("ủy", "ban", "kiểm"):
            body_end = _party_units_after(tokens, body_end, lex)  # a party board's
        return _qualifiers(tokens, _number_suffix(tokens, body_end, lex)), None, head[1]
    alias = _alias_at(tokens, i)
    return (alias[0], alias[1], "agency") if alias is not None else None


# the issuer's own office, named bare inside a sentence: "Giao Văn phòng bố trí hội trường",
# "gửi danh sách về Văn phòng trước ngày ..." (its capital says it is the body, not premises)
OWN_OFFICES = frozenset({("văn", "phòng")})
# the verbs that may open a sentence before it: "Giao Văn phòng ...", "Đề nghị Văn phòng ..."
ASSIGNING = frozenset({("giao",), ("đề", "nghị"), ("yêu", "cầu")})


def _own_office(tokens: list[Token], i: int, j: int) -> bool:
    """Tokens i..j are "Văn phòng" alone, in title case, after a lower-case word or a mark
    (not at the start of a sentence or a heading in title case, where a capital says less)."""
    if folded_words(tokens[i:j]) not in OWN_OFFICES or i == 0 or tokens[i].text.isupper() or (
            j < len(tokens) and tokens[j].capital):
        return False
    before = tokens[i - 1]
    if before.word and before.capital:  # "Giao Văn phòng": the sentence's assigning verb
        return any(folded_words(tokens[max(0, i - n):i]) in ASSIGNING for n in (1, 2))
    return before.text not in (".", ":")


# a force present in every unit of a kind, named with them: "Công an các đơn vị, địa phương"
FORCES_OF_UNITS = frozenset({("công", "an")})


LABEL_WORDS = 7  # words at most of a body's name in a label: "Tổ quản lý vận hành công trình"
# the heads of working groups, which are named by what they do, in lower case ("Tổ quản lý
# vận hành công trình", "Đoàn kiểm tra", "Ban biên tập"); other heads take lower-case words
# as ordinary nouns ("Cơ quan thường trực", "Trường học")
TEAM_HEADS = frozenset({("tổ",), ("đoàn",), ("đội",), ("ban",), ("tiểu", "ban"),
                        ("hội", "đồng")})


def _label_name_end(tokens: list[Token], i: int, j: int) -> int | None:
    """"Văn phòng: tổ chức tiếp nhận ...", "3. Tổ quản lý vận hành công trình:": a head at
    the start of a line (after its list marker, if any) running to a colon names a body,
    though alone or in lower case it would not (in running text "văn phòng" is a place and
    "tổ quản lý" a description): a head of two syllables or more alone, or a working
    group's head and the lower-case words that say what it does. Where the name ends, or
    None."""
    if j >= len(tokens) or not _opens_line(tokens, i):
        return None
    if tokens[j].text == ":":
        return j if j - i >= 2 else None  # "Sở:", "Ban:" name nothing
    if folded_words(tokens[i:i + 1]) not in TEAM_HEADS and folded_words(
            tokens[i:i + 2]) not in TEAM_HEADS:
        return None  # ("Đoàn kiểm tra" is a head of its own: a team's still)
    colon = next((k for k in range(j, min(len(tokens), i + LABEL_WORDS + 1))
                  if not tokens[k].word), None)
    if colon is None or tokens[colon].text != ":":
        return None
    if any(tokens[k].capital for k in range(j, colon)):
        return None  # a capital inside: a name the matcher reads on its own terms
    return colon


def _opens_line(tokens: list[Token], i: int) -> bool:
    """Token i begins its line or unit, a list marker ("3.", "a)", "-", "+") at most before it."""
    if i == 0:
        return True
    before = "".join(t.text for t in tokens[:i])
    return i <= 3 and LIST_MARKER_TEXT.fullmatch(before) is not None


LIST_MARKER_TEXT = regex.compile(r"(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zđ][.)]|[-+•*–])")


_TRIES: dict[int, tuple[dict, dict]] = {}
_END = object()  # the trie key under which a node keeps the value of the key ending there


def _trie(table: dict) -> dict:
    """``table`` (token-tuple keys) as nested dicts by word, built once per table: a match
    walks the words once instead of building a tuple for every candidate length."""
    cached = _TRIES.get(id(table))
    if cached is None or cached[0] is not table:
        root: dict = {}
        for key, value in table.items():
            node = root
            for word in key:
                node = node.setdefault(word, {})
            node[_END] = value
        cached = (table, root)
        _TRIES[id(table)] = cached
    return cached[1]


def _match(tokens: list[Token], i: int, table: dict, longest: int) -> tuple[int, Any] | None:
    """(end, value) of the longest key of ``table`` (token tuples, at most ``longest`` words)
    that starts at token i."""
    stop = min(len(tokens), i + longest)
    if i >= stop:
        return None
    cached = _TRIES.get(id(table))  # _trie(table), without a call on this hot path
    node = (cached[1] if cached is not None and cached[0] is table else _trie(table)).get(
        tokens[i].folded)
    if node is None:
        return None  # most words start no key: answer before setting up the walk
    best = (i + 1, node[_END]) if _END in node else None
    for j in range(i + 1, stop):
        node = node.get(tokens[j].folded)
        if node is None:
            break
        if _END in node:
            best = (j + 1, node[_END])
    return best


def is_verb_at(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """A verb or a word that ends a name (``Lexicon.stops``) begins at token j."""
    if j < len(tokens) and tokens[j].folded not in lex.stop_firsts:
        return False
    for length in (3, 2, 1):
        key = folded_words(tokens[j:j + length])
        if len(key) == length and key in lex.stops:
            return True
    return False


def _listed_agency_at(tokens: list[Token], j: int, lex: Lexicon) -> int | None:
    """The end of a listed body of two words or more named from token j ("Sở Nội vụ", "Bộ
    Tài chính"), or None."""
    if tokens[j].folded not in lex.starters:
        return None
    inner = _mention_at(tokens, j, lex)
    if inner is None or inner[1] is None or inner[2] != "agency" or inner[0] <= j + 1:
        return None
    return inner[0]


def _name_body(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """Words of a name after its head: capitalised words, 'và' between them, and lower case
    syllables that complete a word ("Tài chính"), up to an action verb in lower case. A longer
    lower-case stretch belongs to the name only when a capitalised word closes it ("Công ty ...
    Khai thác công trình thủy lợi Quảng Ngãi")."""
    taken = head_end = j
    while j < len(tokens):
        tok = tokens[j]
        if tok.capital and j >= 2 and folded_words(tokens[j - 2:j]) in _COMMITTEE_TABLE and (
                inner := _mention_at(tokens, j, lex)) is not None and inner[2] == "agency":
            return inner[0]  # "Ban Thường vụ Đảng ủy" + "Sở Xây dựng": the committee's body
        if tok.capital and tok.folded == "ban" and j >= head_end and (
                inner := _mention_at(tokens, j, lex)) is not None and inner[2] == "agency" and (
                inner[0] > j + 1):
            return inner[0]  # "Văn phòng" + "Ban Chỉ đạo 389 tỉnh": the board's own office,
            # named whole ("Chỉ" + "đạo" is one word of the board's name, not a verb)
        if tok.capital and j >= head_end and (inner := _listed_agency_at(tokens, j, lex)):
            j = taken = inner  # "Văn phòng" + "Sở Nội vụ": a listed body inside the name,
            # named whole though its last syllables are in lower case ("vụ" is no capital);
            # the name may go on ("Văn phòng Hội đồng nhân dân" + "và Ủy ban nhân dân phường")
            continue
        joins = tok.folded in ("và", "-", "&") and j + 1 < len(tokens) and tokens[
            j + 1].capital and taken > head_end  # ("VÀ" in capitals too)
        if tok.word and not joins and (
                tok.capital or tok.text.isupper() or (tok.text.isdigit() and taken == j)):
            j += 1
            taken = j
        elif joins:
            if _another_body_at(tokens, j, lex):
                break
            j += 1
        elif tok.folded == "và" and taken == head_end:
            break  # "Sở" + "và Bộ Y tế": a bare head joins nothing
        elif tok.text == "," and taken == j and taken > head_end and (
                listed := _enumerated_name_end(tokens, j, lex)):
            j = taken = listed  # "Trường Mầm non" + ", Tiểu học và THCS"
            while j < len(tokens) and tokens[j].word and tokens[j].capital:
                j = taken = j + 1  # "... và THCS" + "Tân Lập"
            break
        elif tok.folded == DIGITAL and taken == j > head_end and _name_ends_at(
                tokens, j + 1, lex):
            j = taken = j + 1  # "Trung tâm Chuyển đổi" + "số": digital, part of the name
            break
        elif tok.word and taken == j and j > 0 and tokens[j - 1].word:
            if tok.folded == "và" and _place_named_at(tokens, j + 1, lex):
                break  # "Phường Cư Bao" + "và xã Ea Drông": a second place, not the name's
            run_end = _lower_run(tokens, j, lex)
            if run_end < len(tokens) and tokens[run_end].capital and tokens[run_end].word and (
                    run_end - j <= 6):
                inner = _mention_at(tokens, run_end, lex) if j == head_end else None
                if inner is not None and inner[2] == "agency":
                    # "Văn phòng thường trực" + "Ban Chỉ đạo 389 tỉnh": the office of a body,
                    # named whole after the words that say which office
                    return inner[0]
                j = taken = run_end  # closed by a capitalised word: part of the name
            elif (numbered := _numbered_run_end(tokens, j, run_end)) > j:
                j = taken = numbered  # "Phòng Quản lý" + "doanh nghiệp số 2"
                break
            elif run_end > j and (_single_capital_before(tokens, j, head_end) or (
                    tokens[j - 1].capital and in_compound(tokens, j, lex))):
                # "Tài" + "chính", "Y" + "tế": the word's second syllable; after several
                # capitals only a known noun's ("Ngân hàng CSXH Chi" + "nhánh")
                j = taken = j + 1
            else:
                break
        else:
            break
    return taken


# heads that "và" may join inside one name ("Văn phòng HĐND và UBND xã"); after "và", every
# other head of a body begins a second body
_JOINED_HEADS = frozenset({("ubnd",), ("hđnd",), ("ủy", "ban", "nhân", "dân"),
                           ("hội", "đồng", "nhân", "dân")})
# ... and only right after another council ("Văn phòng HĐND và UBND", "Văn phòng Đoàn ĐBQH và
# HĐND"): after any other name "và UBND các xã" is a second body
_JOINED_AFTER = frozenset({"hđnd", "ubnd", "dân", "đbqh", "hội"})


def _another_body_at(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether "và" at j joins two bodies rather than two words of one name ("Sở Văn hóa và
    Thể thao", "Văn phòng HĐND và UBND xã"). It does after a number, which ends a name
    ("Quân khu 3" + "và UBND tỉnh"), and before the head of a named body ("Ban Thường vụ Đảng
    ủy" + "và Ban Tuyên giáo và Dân vận Tỉnh ủy", "Trung tâm Y tế khu vực" + "và Trạm Y tế
    xã")."""
    if tokens[j - 1].text.isdigit() or ROMAN_NUMERAL.fullmatch(tokens[j - 1].text):
        return True
    if j + 1 < len(tokens) and tokens[j + 1].folded == "các" and _collective(
            tokens, j + 1, lex) is not None:
        return True  # "ỦY BAN NHÂN DÂN CÁC XÃ" + "VÀ CÁC ĐƠN VỊ SỰ NGHIỆP": in capitals
    if j + 1 >= len(tokens):
        return False  # "và" ends the text: nothing after it to join
    if tokens[j + 1].capital and _match(tokens, j + 1, lex.titles, lex.longest_title) and (
            (person := _mention_at(tokens, j + 1, lex)) is not None and person[2] == "person"):
        return True  # "Công ty Cổ phần Đô thị Cần Thơ" + "và Trưởng các khu vực": a person
    head = _match(tokens, j + 1, lex.heads, lex.longest_head)
    if head is None or head[1] != "agency":
        # a listed body of three words or more ("Ban Thường vụ Hội LHPN tỉnh" + "và Trung
        # ương Hội LHPN Việt Nam"); a shorter one may end a name ("Văn phòng HĐND và UBND xã")
        listed = _match(tokens, j + 1, lex.entries, lex.longest)
        return listed is not None and listed[0] - (j + 1) >= 3 and tokens[j + 1].capital
    words = tuple(t.folded for t in tokens[j + 1:head[0]])
    joined = words in _JOINED_HEADS and tokens[j - 1].folded in _JOINED_AFTER
    return not joined and _mention_at(tokens, j + 1, lex) is not None


def _enumerated_name_end(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """End of an enumeration inside one name, from the "," at j: capitalised words, more
    after "," and the last after "và" ("Trường Mầm non" + ", Tiểu học và THCS", "Phòng Kinh
    tế" + ", Hạ tầng và Đô thị"), 0 when what follows the comma is not one. Every member must
    be capitalised and none may begin a body of its own ("Sở Tài chính" + ", Sở Xây dựng và
    ..." lists two bodies)."""
    k = j
    while k < len(tokens) and tokens[k].folded in (",", "và"):
        last = tokens[k].folded == "và"
        k += 1
        start = k
        if k >= len(tokens) or not (tokens[k].word and tokens[k].capital) or _match(
                tokens, k, lex.heads, lex.longest_head) is not None or _match(
                tokens, k, lex.entries, lex.longest) is not None:
            return 0
        k += 1
        if tokens[start].text.isupper() and len(tokens[start].text) > 1:
            pass  # an abbreviation ("THCS") is a whole member
        elif k < len(tokens) and tokens[k].word and not tokens[k].capital and (
                tokens[k].folded != "và") and (in_compound(tokens, k, lex) or not (
                is_verb_at(tokens, k, lex) or (tokens[k].folded,) in lex.stops)):
            k += 1  # "Tiểu" + "học", "Hạ" + "tầng": the word's second syllable
        if last:
            return k
        if k >= len(tokens) or tokens[k].folded not in (",", "và"):
            return 0
    return 0


def _lower_run(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """End of the lower-case words from j that are not a verb or a stop word, nor a "và"
    that begins another body."""
    while j < len(tokens) and tokens[j].word and not tokens[j].capital and (
            in_compound(tokens, j, lex) or not is_verb_at(tokens, j, lex)):
        if tokens[j].folded == "và" and _another_body_at(tokens, j, lex):
            break
        j += 1
    return j


# "số" after a name's capitals: digital ("Trung tâm Chuyển đổi số", "Phòng Hạ tầng số"), not
# "number" ("Phòng Giao dịch số 2", read by _numbered_run_end) nor the noun of a compound
# ("Sở Công Thương số liệu", "Báo Cao Bằng số ra ngày")
DIGITAL = "số"


def _name_ends_at(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Nothing of a name can go on at token k: the end, a mark, a capitalised word, "và",
    a place or level ("tỉnh", "cấp xã", "các xã"), or a verb of two syllables or more."""
    if k >= len(tokens) or not tokens[k].word or tokens[k].capital:
        return True
    word = tokens[k].folded
    if word in ("và", "cấp", "các") or (word,) in lex.locality_words:
        return True
    return any(folded_words(tokens[k:k + n]) in lex.stops for n in (2, 3))


def in_compound(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """Token j is the verb-like second syllable of a noun compound ("công trình")."""
    return j > 0 and (tokens[j - 1].folded, tokens[j].folded) in lex.compounds


def _numbered_run_end(tokens: list[Token], j: int, run_end: int) -> int:
    """The end of "doanh nghiệp số 2" after "Phòng Quản lý": lower-case words (at most four)
    closed by "số" and a number, one of several units told apart by number; j otherwise."""
    k = j
    while k < min(run_end + 1, j + 5, len(tokens) - 1):
        if tokens[k].folded == "số" and _numbered(tokens[k + 1].text):
            return k + 2 if k > j else j
        k += 1
    return j


def _single_capital_before(tokens: list[Token], j: int, head_end: int) -> bool:
    """Exactly one capitalised word of the name right before j: the head's first word
    ("Sở Tài|chính", "Vụ Pháp|chế", "Văn phòng Đăng|ký") or one after a lower-case word;
    not the last of several ("Kim Ngân|khởi")."""
    return tokens[j - 1].capital and (j - 1 == head_end or not (
        j >= 2 and tokens[j - 2].capital and tokens[j - 2].word))


def _extend_locality(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """"UBND" + "xã Kim Ngân", "Công an" + "tỉnh", "UBND các xã, phường, đặc khu"."""
    if j < len(tokens) and tokens[j].folded == "các":
        k = _locality_list(tokens, j + 1, lex)
        if k > j + 1:
            listed = _member_list(tokens, k)
            # "các xã, phường, đặc khu" + "Hoàng Sa": the last kind named by its place
            named = _proper_name(tokens, k, lex) if listed == k else k
            # a place's name has two capitalised syllables at least ("Hoàng Sa"), not "Chỉ"
            # of "Chỉ đạo" in a heading in title case
            if named - k < 2 or is_verb_at(tokens, k, lex):
                return listed
            while named + 2 < len(tokens) and tokens[named].folded in (",", "và"):
                at = named + 1
                place = _match(tokens, at, lex.locality_table, 2) if tokens[
                    named].folded == "và" else None
                if tokens[named].folded == "và" and tokens[at].folded == "các":
                    at = _locality_list(tokens, at + 1, lex)  # "... và các tỉnh" + "Bắc Ninh"
                    if at == named + 2:
                        break
                elif place is not None and place[0] < len(tokens) and tokens[place[0]].capital:
                    at = place[0]  # "các phường Gia Sàng, Túc Duyên" + "và xã Đồng Hỷ"
                elif (body := _mention_at(tokens, at, lex)) is not None and (
                        tokens[named].folded == "và" or body[0] - at >= 3):
                    break  # "... và" + "Sở Y tế": another body (not the place "Trường Thọ")
                more = _proper_name(tokens, at, lex)  # "các xã Khánh Hưng" + ", Sông Đốc"
                if more - at < 2:
                    break
                named = more
            return named
    kind = _match(tokens, j, lex.locality_table, 2)
    if kind is None:
        return j
    end = kind[0]
    if end < len(tokens) and tokens[end].folded == "ủy" and tokens[end - 1].capital:
        return end + 1  # "Các ban đảng" + "Tỉnh ủy": the party committee, not the province
    after = _locality_list(tokens, j, lex)
    if after > end:
        return _member_list(tokens, after)
    return _proper_name(tokens, end, lex)


# the last words of listed bodies that a place's own name follows, however short ("Ban Quản
# lý chợ Cồn", "Cảng vụ ... cảng Hòn Gai")
NAMED_PLACE_NOUNS = frozenset({"chợ", "bến", "cảng", "chùa", "đền"})


def _proper_name(tokens: list[Token], end: int, lex: Lexicon) -> int:
    """Capitalised words after a place word: "xã" + "Kim Ngân", "tỉnh" + "Quảng Trị"; or
    the number that names a hamlet or a region ("thôn" + "3", "khu vực" + "XIV")."""
    if end < len(tokens) and _numbered(tokens[end].text):
        return end + 1
    start = end
    while end < len(tokens) and tokens[end].word and tokens[end].capital and not (
            is_verb_at(tokens, end, lex) and not _capital_follows(tokens, end)
            and end - start >= 2) and tokens[end].folded != "và":  # "VÀ" in capitals ends it
        # "Cần Thơ" is a name, though "cần" is a stop; so is "Tân Lập": a place has two
        # syllables at least, so a capitalised verb after the first is its second
        end = _rest_of_word(tokens, end + 1)
    return end


def _second_place(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """"Ủy ban nhân dân thành phố Hà Nội" + "và Thành phố Hồ Chí Minh": one head for two
    places of the same kind, one entry."""
    if j + 2 < len(tokens) and tokens[j].folded == "và":
        place = _match(tokens, j + 1, lex.locality_table, 2)
        if place is not None and place[0] < len(tokens) and tokens[place[0]].capital:
            end = _proper_name(tokens, place[0], lex)
            if end > place[0]:
                return end
    return j


def _place_named_at(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """A kind of place in lower case and its capitalised name begin at j ("xã Ea Drông")."""
    place = _match(tokens, j, lex.locality_table, 2)
    return place is not None and place[0] < len(tokens) and tokens[place[0]].capital


def _capital_follows(tokens: list[Token], k: int) -> bool:
    return k + 1 < len(tokens) and tokens[k + 1].word and tokens[k + 1].capital


def _rest_of_word(tokens: list[Token], k: int) -> int:
    """Past the pieces written together with the token before k: a place name is one word
    even when its syllables are not Vietnamese ones ("Đạ Huoai", "Ea H'leo"), which the
    tokenizer may split."""
    while k < len(tokens) and tokens[k].start == tokens[k - 1].end and (
            tokens[k].word or (tokens[k].text in "'’" and k + 1 < len(tokens)
                               and tokens[k + 1].start == tokens[k].end and tokens[k + 1].word)):
        if tokens[k].word and not tokens[k].capital and is_verb_at(tokens, k, lexicon()):
            break  # "Tuyên Quangtăng cường": a copy ran the name into the verb after it
        k += 1
    return k


def _numbered(text: str) -> bool:
    return text.isdigit() or bool(ROMAN_NUMERAL.fullmatch(text))


# kinds of place of one level: "Công an xã, phường" is the police of both
SIBLING_KINDS = (frozenset({"xã", "phường", "đặc khu", "thị trấn"}),
                 frozenset({"tỉnh", "thành phố"}))


def _sibling_kinds(tokens: list[Token], j: int) -> int:
    """"Công an xã" + ", phường": a body of one kind of place named for its siblings too (the
    same level, no place's name after them); j when no such kind follows."""
    kind = tokens[j - 1].folded if j else ""
    level = next((group for group in SIBLING_KINDS if kind in group), None)
    end = j
    while level is not None and end + 1 < len(tokens) and tokens[end].folded in (",", "/"):
        if tokens[end + 1].capital:
            break  # "Hội Nông dân tỉnh" + ", Tỉnh đoàn": another body
        pair = folded_words(tokens[end + 1:end + 3])
        size = 2 if len(pair) == 2 and " ".join(pair) in level else (
            1 if tokens[end + 1].folded in level else 0)
        if not size:
            break
        end += 1 + size
    return j if end < len(tokens) and tokens[end].capital else end


def _locality_list(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """"xã, phường, đặc khu" / "huyện, thị xã, thành phố" / "quận - huyện" after "các"."""
    end = j
    k = j
    while k < len(tokens):
        hit = _match(tokens, k, lex.locality_table, 2)
        if hit is None:
            break
        end = hit[0]
        if end < len(tokens) and tokens[end].folded in (",", "-", "/", "và") and end + 1 < len(
                tokens) and _match(tokens, end + 1, lex.locality_table, 2):
            k = end + 1
            continue
        break
    return end


def _member_list(tokens: list[Token], j: int) -> int:
    """"UBND các tỉnh: An Giang, Cần Thơ và Hậu Giang" keeps its member list, and so does
    "các Sở: Nông nghiệp và Môi trường, Xây dựng, Tài chính": a member is a capitalised word
    and the lower-case syllables that finish it, up to a verb or a function word."""
    if j < len(tokens) and tokens[j].folded == ":" and j + 1 < len(tokens) and tokens[
            j + 1].capital:
        stops = lexicon().stops
        k = j + 1
        end = j
        def stop_at(k: int) -> bool:
            return any(folded_words(tokens[k:k + n]) in stops for n in (1, 2, 3))

        while k < len(tokens) and (tokens[k].capital or tokens[k].folded in (",", "và")):
            if tokens[k].capital:
                if k == j + 1 and (_match(tokens, k, _CLAUSE_OPENER_TABLE, 2) or _match(
                        tokens, k, lexicon().titles, lexicon().longest_title) or (
                        tokens[k].folded == "các")):
                    break  # "...: Đề nghị Sở Nội vụ ...": the sentence goes on; "Các tổ dân
                    # phố: Trưởng các tổ dân phố ...", "Học tập ở các chi bộ: Các chi bộ trực
                    # thuộc ...": a label, then who in it does the work
                k += 1
                while k < len(tokens) and tokens[k].word and not tokens[k].capital and (
                        k - end < 6) and tokens[k].folded != "và" and not stop_at(k):
                    k += 1
                end = k
                continue
            if tokens[k].folded == "và" and k + 1 < len(tokens) and _mention_at(
                    tokens, k + 1, lexicon()) is not None:
                break  # "các Bộ: Tài chính, Xây dựng" + "và Ủy ban nhân dân các tỉnh"
            k += 1
        return end
    return j


def _honoured_person(tokens: list[Token], i: int, lex: Lexicon) -> int | None:
    """"đồng chí Võ Thành Nhân, Phó Chủ tịch UBND phường": a person named with a title."""
    honorific = _match(tokens, i, _HONORIFIC_TABLE, 2)
    if honorific is None:
        return None
    j = honorific[0]
    if j < len(tokens) and tokens[j].capital and _match(
            tokens, j, lex.titles, lex.longest_title) is not None:
        titled = _mention_at(tokens, j, lex)  # "đồng chí Phó Chủ tịch UBND xã": the office
        if titled is not None and titled[2] == "person":
            if i and tokens[i - 1].folded == "các":
                return titled[0]
            return _concurrent_posts(tokens, titled[0], lex)
    name_end = _person_name_end(tokens, j)
    if name_end - j < 2 or name_end - j > 5:
        return None
    if name_end + 1 < len(tokens) and tokens[name_end].folded == ",":
        title = _mention_at(tokens, name_end + 1, lex)
        if title is not None and title[2] == "person":
            # the name tells the person; the office is enough after it, and a second office
            # after that is the same person's ("Vũ Đình Nam, Phó Bí thư Đảng ủy, Chủ tịch UBND
            # xã"); a bare seat ("..., Trưởng ban") is left to the roles
            return _concurrent_posts(tokens, title[0], lex, offices_only=True)
    return name_end


def _concurrent_posts(tokens: list[Token], j: int, lex: Lexicon,
                      offices_only: bool = False) -> int:
    """"đồng chí Phó Bí thư Đảng ủy" + ", Chủ tịch Ủy ban MTTQ Việt Nam phường": after the post
    that names an honoured person, a comma and another post in title case are the same person's
    second post (held concurrently), not a second person; two people are written "... và
    đồng chí ..." or under "các đồng chí". Where the last post ends (j when none follows).
    ``offices_only``: only posts that name their body ("Chủ tịch UBND xã", not "Trưởng ban")."""
    while j + 1 < len(tokens) and tokens[j].folded == "," and tokens[j + 1].capital and (
            title := _match(tokens, j + 1, lex.titles, lex.longest_title)) is not None:
        post = _mention_at(tokens, j + 1, lex)
        if post is None or post[2] != "person" or (offices_only and post[0] <= title[0]):
            break
        j = post[0]
    return j


def _police_force_after(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """"Phòng Cảnh sát giao thông" + "Công an thành phố": the unit of that force, one body;
    j when no force follows right after."""
    if j + 1 >= len(tokens) or folded_words(tokens[j:j + 2]) != ("công", "an") or not (
            tokens[j].capital):
        return j
    force = _mention_at(tokens, j, lex)
    return force[0] if force is not None and force[2] == "agency" else j


def _parent_committee(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """"Ban Xây dựng Đảng" + "(của) Đảng ủy xã": a committee's own board or office is named
    with the committee it belongs to; one body, not two."""
    k = j + 1 if j < len(tokens) and tokens[j].folded == "của" else j
    plural = _party_units_after(tokens, k, lex)
    if plural > k:
        return plural
    if k >= len(tokens) or not tokens[k].capital:
        return j
    parent = _mention_at(tokens, k, lex)
    if parent is None or parent[2] != "agency" or (
            _match(tokens, k, _COMMITTEE_TABLE, 2) is None and _match(
                tokens, k, _FRONT_TABLE, 3) is None):
        return j  # ("Ban Công tác Mặt trận" + "Ủy ban MTTQ Việt Nam tỉnh": the Front's board)
    return parent[0]


def _party_units_after(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """"Ủy ban Kiểm tra" + "các đảng ủy trực thuộc Tỉnh ủy": the boards of those committees,
    one group; k when no plural of party committees follows."""
    if k < len(tokens) and tokens[k].folded == "các" and folded_words(
            tokens[k + 1:k + 3]) in _PARTY_UNITS:
        return _owner(tokens, _qualifiers(tokens, k + 3), lex)
    if folded_words(tokens[k:k + 3])[:2] in _COMMITTEE_TABLE and folded_words(
            tokens[k + 2:k + 3]) == ("các",) and not tokens[k].capital:
        # "Ban Thường vụ" + "đảng ủy các xã, phường": the boards of the communes' committees
        plural = _mention_at(tokens, k, lex)
        if plural is not None:
            return plural[0]
    return k


def _committee_body(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """"Văn phòng Đảng ủy" + "UBND tỉnh", "Ủy ban Kiểm tra Đảng ủy" + "Sở Y tế": a party
    committee named by the body it sits in (the name ends with the committee)."""
    if j < 2 or j >= len(tokens) or folded_words(tokens[j - 2:j]) not in _COMMITTEE_TABLE or (
            not tokens[j].capital):
        return j
    body = _mention_at(tokens, j, lex)
    return body[0] if body is not None and body[2] == "agency" else j


def _branch(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """"Ngân hàng Chính sách xã hội" + "chi nhánh tỉnh Hưng Yên"; "Văn phòng Đăng ký đất
    đai" + " - Chi nhánh Lạng Giang" (a dash before a branch named in capitals); "Cục Cảnh sát
    giao thông" + " - Bộ Công an" (a dash before the ministry the unit belongs to)."""
    if j + 2 < len(tokens) and tokens[j].text in ("-", "–") and tokens[j + 1].text == "Bộ" and (
            (ministry := _listed_agency_at(tokens, j + 1, lex)) is not None):
        return ministry  # "Cục Cảnh sát giao thông" + " - Bộ Công an": the ministry's own
    if j + 3 < len(tokens) and tokens[j].text in ("-", "–") and tokens[j + 1].text == "Chi" and (
            tokens[j + 2].folded == "nhánh") and tokens[j + 3].capital:
        j += 1
    pair = folded_words(tokens[j:j + 2])
    if pair in (("chi", "nhánh"), ("khu", "vực")):
        k = j + 2
        if pair == ("chi", "nhánh") and folded_words(tokens[k:k + 2]) == ("khu", "vực"):
            k += 2  # "NHNN" + "Chi nhánh Khu vực 5"
        end = _proper_name(tokens, _extend_locality(tokens, k, lex), lex)
        while end < len(tokens) and _numbered(tokens[end].text):
            end += 1
        return end
    return j


def _qualifiers(tokens: list[Token], j: int) -> int:
    """Past the words that say which of a kind are meant: "có liên quan", "cấp I" + "thuộc
    tỉnh" (two at most)."""
    for _ in range(2):
        hit = _match(tokens, j, _QUALIFIER_TABLE, 3)
        if hit is None:
            break
        j = hit[0]
    return j


def _abbreviation_end(tokens: list[Token], j: int) -> int:
    """Past an abbreviation in capitals at j ("THPT", "GDNN-GDTX"); j when there is none. In
    a heading in capitals ("CÁC DOANH NGHIỆP HOẠT ĐỘNG ...") every word looks like one."""
    if j > 0 and tokens[j - 1].text.isupper() and len(tokens[j - 1].text) > 1:
        return j
    k = j
    while k < len(tokens) and tokens[k].word and len(tokens[k].text) >= 2 and (
            tokens[k].text.isupper()) and not ROMAN_NUMERAL.fullmatch(tokens[k].text):
        k += 1
        if k + 1 < len(tokens) and tokens[k].text == "-" and tokens[k + 1].text.isupper():
            k += 1
            continue
        break
    return k


# heads that, in lower case, name a body by an abbreviation after them ("trường PTDTNT tỉnh");
# not "vụ", "ban", ... which open ordinary words ("nhiệm vụ UBND xã ...")
_LOWER_ABBREVIATED_HEADS = {("trường",): True, ("trung", "tâm"): True, ("bệnh", "viện"): True,
                            ("phòng",): True}


def _abbreviated_body(tokens: list[Token], i: int, lex: Lexicon):
    head = _match(tokens, i, _LOWER_ABBREVIATED_HEADS, 2)
    if head is None or (i > 0 and tokens[i - 1].word and tokens[i - 1].folded != "và"):
        return None  # after a word: part of a phrase ("nhà trường", "tại trung tâm ...")
    end = _abbreviation_end(tokens, head[0])
    if end == head[0] or tokens[head[0]].folded in lex.starters:
        return None  # "trường UBND ..." is no school: the capitals begin another body
    return _extend_locality(tokens, end, lex), None, "agency"


def _collective(tokens: list[Token], i: int, lex: Lexicon):
    """"các sở, ban, ngành", "các cơ quan, đơn vị và địa phương liên quan"."""
    j = i + 1
    end = None
    while j < len(tokens):
        found = _match(tokens, j, _COLLECTIVE_TABLE, _COLLECTIVE_WORDS)
        if found is None:
            break
        noun = found[0]
        end = noun
        abbreviated = _abbreviation_end(tokens, noun)
        if abbreviated > noun:  # "các trường THPT": one kind, named; the list ends there
            end = abbreviated
            break
        if noun < len(tokens) and tokens[noun].folded in (",", "và", "-") and noun + 1 < len(
                tokens) and tokens[noun + 1].word and not (
                (tokens[noun].folded == "và" or (
                    tokens[noun + 1].capital and not tokens[noun + 1].text.isupper()))
                and _named_body_at(tokens, noun + 1, lex)) and (
                _separate_member(tokens, noun, lex, _specific_kind(tokens, j, noun)) is None):
            # "các chủ đầu tư" + ", Ban Quản lý dự án": a named body after the list ends it
            # (in a heading in capitals a capital tells nothing)
            j = noun + 1
            continue
        break
    if end is None:
        return None
    named = _extend_locality(tokens, i, lex) if i >= 0 and end < len(tokens) and tokens[
        end].capital and _place_kinds_only(tokens, i + 1, end) else end
    if named > end:
        end = named  # "các thôn" + "Phúc Đồng, Hà Linh" (then a ":" closes a label)
    elif end < len(tokens) and tokens[end].folded == ":":
        end = _member_list(tokens, end)
    end = _extend_locality(tokens, end, lex) if end < len(tokens) and (
        tokens[end].folded,) in lex.locality_words else end
    if tuple(t.folded for t in tokens[end:end + 2]) == ("thành", "viên") and end + 2 < len(
            tokens) and tokens[end + 2].capital:
        board = _mention_at(tokens, end + 2, lex)  # "Các sở, ngành thành viên Ban Chỉ đạo"
        if board is not None:
            end = board[0]
    elif folded_words(tokens[end - 2:end]) == ("thành", "viên") and end < len(tokens) and (
            tokens[end].capital):
        board = _mention_at(tokens, end, lex)  # "Các cơ quan, đơn vị thành viên" + "Ban ..."
        if board is not None and board[2] == "agency":
            end = board[0]
    return _owner(tokens, _qualifiers(tokens, end), lex), None, "collective"


# the kinds of body so general that a description after them still belongs to the list they
# close ("Các sở, ban, ngành, đơn vị dự toán cấp tỉnh" is one group)
GENERIC_KINDS = frozenset({("cơ", "quan"), ("đơn", "vị"), ("địa", "phương"), ("tổ", "chức"),
                           ("cá", "nhân"), ("đoàn", "thể")})
# kinds of place: "các xã, phường mới thành lập" is one group of places, whatever follows
_PLACE_KINDS = frozenset(key for key in _COLLECTIVE_TABLE if " ".join(key) in (
    *LOCALITY_PLURAL, "thôn", "buôn", "bản", "tổ dân phố", "ấp", "khu phố", "địa bàn", "cấp",
    "địa phương"))
# words that say how a body stands or which of several, not what kind it is ("các xã chưa
# gửi báo cáo", "cơ quan, đơn vị nào không ...")
_NOT_KIND_WORDS = frozenset({"và", "hoặc", "hay", "cùng", "thuộc", "trực", "chưa", "không",
                             "nào", "chậm", "còn", "mới", "bị", "đều", "vẫn", "khác", "hợp"})
_KIND_WORDS = 6  # words at most of what a kind of body is said to be


# the boards every organisation of a kind has: "Ban Thường vụ" + "các hội có tính chất đặc thù"
BOARDS_OF_EACH = frozenset({("ban", "thường", "vụ"), ("ban", "chấp", "hành"),
                            ("ban", "thường", "trực"), ("thường", "trực")})


def _in_every_place(tokens: list[Token], i: int, j: int, lex: Lexicon) -> int:
    """After the body named by tokens[i:j], "các" and kinds of place alone ("Ban Công tác Mặt
    trận" + "các tổ dân phố", "Tổ công nghệ số cộng đồng" + "các thôn"), or after a board any
    kind of body ("Ban Thường vụ" + "các hội"): the body of each of them, one group; where
    that ends (j when nothing such follows). Asked of every agency found, so "các" is looked
    for first."""
    if j + 1 >= len(tokens) or tokens[j].folded != "các" or tokens[j + 1].capital:
        return j
    found = _collective(tokens, j, lex)
    if found is None or not (folded_words(tokens[i:j]) in BOARDS_OF_EACH or _place_kinds_only(
            tokens, j + 1, found[0])):
        return j
    return found[0]


def _portfolio_end(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """"phụ trách" + the field an office-holder oversees ("kinh tế", "lĩnh vực văn hóa - xã
    hội") at j: where it ends, j when there is none. The field's words are no verbs, so the
    action after it ("trực tiếp chỉ đạo ...") is left out."""
    if folded_words(tokens[j:j + 2]) != ("phụ", "trách"):
        return j
    end = _kind_words_end(tokens, j + 2, lex)
    while end + 1 < len(tokens) and tokens[end].text in ("-", "–") and tokens[end + 1].word and (
            not tokens[end + 1].capital) and (more := _kind_words_end(tokens, end + 1, lex)) > (
            end + 1):
        end = more  # "văn hóa" + "- xã hội"
    return end if end > j + 2 else j


def _lower_tail_before_twin(tokens: list[Token], last: tuple[int, int], i: int,
                           lex: Lexicon) -> bool:
    """Between the mention tokens[last[0]:last[1]] and the one at i: one to three lower-case
    words that are no verb or function word, then "," or "và", and the two share their head
    word ("Vụ Giáo dục" + "phổ thông" + ", " + "Vụ Giáo dục Mầm non")."""
    words = range(last[1], i - 1)
    return 1 <= len(words) <= 3 and tokens[i - 1].folded in (",", "và") and (
        tokens[last[0]].folded == tokens[i].folded) and all(
        tokens[k].word and not tokens[k].capital and not is_verb_at(tokens, k, lex)
        for k in words)


def _place_kinds_only(tokens: list[Token], start: int, end: int) -> bool:
    """tokens[start:end] list kinds of place only ("xã, phường", "thôn")."""
    words = folded_words(tokens[start:end])
    return bool(words) and all(
        tuple(part.split()) in _PLACE_KINDS for part in " ".join(words).replace(
            " và ", " , ").split(" , "))


def _kind_words_end(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """End of the lower-case words from k that say which of a kind of body is meant
    ("trung tâm" + "giáo dục nghề nghiệp", "đơn vị" + "dự toán cấp I"): no verb, function
    word, qualifier or place word; k when there are none."""
    j = k
    while j < len(tokens) and j - k < _KIND_WORDS and tokens[j].word and not (
            tokens[j].capital) and tokens[j].folded not in _NOT_KIND_WORDS and (
            in_compound(tokens, j, lex) or not is_verb_at(tokens, j, lex)) and _match(
                tokens, j, _QUALIFIER_TABLE, 3) is None and _match(
                tokens, j, lex.locality_table, 2) is None:
        j += 1
    return j


def _specific_kind(tokens: list[Token], start: int, end: int) -> bool:
    """The kind of body tokens[start:end] names is a narrower kind of one the table knows,
    by two words or more ("trường" + "trung học phổ thông", "tổ chức" + "tôn giáo")."""
    return any(folded_words(tokens[start:start + n]) in _COLLECTIVE_TABLE
               for n in range(1, end - start - 1))


def _separate_member(tokens: list[Token], j: int, lex: Lexicon,
                     described_list: bool = False) -> tuple[int, int] | None:
    """At the "," or "và" at j inside a list of kinds of body, a member that is a body of
    its own rather than one more kind of the list: (its start, its end), or None.

    Such a member comes with its own description ("và" + "cơ sở sản xuất, kinh doanh",
    "và" + "đơn vị dự toán cấp I"), or is headed as a body's name is ("các chủ đầu tư" +
    ", ban quản lý dự án"). After "," a description shared by the whole list is the more
    usual reading ("Các bệnh viện, trung tâm y tế trực thuộc Sở", "Các sở, ban, ngành, đơn
    vị dự toán cấp tỉnh"), so there it takes a list whose members are described too
    (``described_list``: "các trường trung học phổ thông" + ", trung tâm giáo dục nghề
    nghiệp ..."). Places never part ("các xã, phường mới thành lập")."""
    if j + 1 >= len(tokens) or tokens[j].folded not in (",", "và") or tokens[j + 1].capital:
        return None
    noun = _match(tokens, j + 1, _COLLECTIVE_TABLE, _COLLECTIVE_WORDS)
    if noun is None:
        return None
    words = folded_words(tokens[j + 1:noun[0]])
    if words in _PLACE_KINDS:
        return None
    head = _match(tokens, j + 1, lex.heads, lex.longest_head)
    if head is not None and head[0] > noun[0]:  # "ban quản lý" + "dự án"
        end = _kind_words_end(tokens, head[0], lex)
        return (j + 1, end) if end > head[0] and _list_ends(tokens, end) else None
    if tokens[j].folded == "," and not described_list:
        return None
    general = next((n for n in (1, 2) if words[:n] in GENERIC_KINDS), 0)
    described = _kind_words_end(tokens, noun[0], lex)
    if described > noun[0] and (tokens[j].folded == "và" or _list_ends(tokens, described)):
        return j + 1, described
    # "và" + "đơn vị sự nghiệp công lập": a general kind the table knows with its description
    return (j + 1, noun[0]) if general and len(words) > general else None


def _same_kind_again(tokens: list[Token], start: int, end: int, k: int) -> bool:
    """After the kind tokens[start:end] and its description, the "," at k opens the same
    kind again ("các tổ chức hành nghề công chứng" + ", tổ chức hành nghề đấu giá"): two
    bodies of one kind, each described. (Another kind after a described one, "các doanh
    nghiệp kinh doanh dịch vụ lữ hành" + ", cơ sở lưu trú du lịch", may share the
    description.)"""
    kind = folded_words(tokens[start:end])
    return folded_words(tokens[k + 1:k + 1 + len(kind)]) == kind


def _list_ends(tokens: list[Token], k: int) -> bool:
    """Nothing more is said of the last member at k: the text ends, or a sign or a capital
    follows. Words after it ("ban quản lý dự án" + "sử dụng vốn đầu tư công") may describe
    every member, the list one group after all."""
    return k >= len(tokens) or not tokens[k].word or tokens[k].capital or (
        tokens[k].folded in ("và", "có"))


def _separate_members(tokens: list[Token], i: int, j: int, text: str,
                      out: list[ActorMention]) -> int:
    """After the collective tokens[i:j] (the last of ``out``), the members of its list that
    are bodies of their own (see :func:`_separate_member`), each a collective of its own;
    where the last one ends (j when there is none).

    When the collective's own kind is followed by words that say which of it ("các tổ
    chức" + "hành nghề công chứng") and such a member comes next (", tổ chức hành nghề đấu
    giá tài sản"), or a named body after "và" ("các bệnh viện" + "công lập" + "và Trung tâm
    Y tế ..."), those words are the collective's: a list of bodies, each described."""
    lex = lexicon()
    if folded_words(tokens[i + 1:j]) in _PLACE_KINDS:
        return j
    described, kind_end = _kind_words_end(tokens, j, lex), j
    if described > j and described + 1 < len(tokens) and (
            tokens[described].folded == "và" or _same_kind_again(tokens, i + 1, j, described)) and (
            _separate_member(tokens, described, lex, described_list=True) is not None or (
                tokens[described].folded == "và"
                and _named_body_at(tokens, described + 1, lex))):
        s = out[-1].start
        out[-1] = ActorMention(s, tokens[described - 1].end, text[s:tokens[described - 1].end],
                               None, "collective")
        j = described
    described_list = j > kind_end or _specific_kind(tokens, i + 1, j)
    while (member := _separate_member(tokens, j, lex, described_list)) is not None:
        end = _owner(tokens, _qualifiers(tokens, member[1]), lex)
        s, e = tokens[member[0]].start, tokens[end - 1].end
        out.append(ActorMention(s, e, text[s:e], None, "collective"))
        j = end
    return j


def bare_group(text: str, start: int, end: int, trade_words: int = 0) -> ActorMention | None:
    """Two kinds of body or more, named without "các", and nothing else ("HỘ KINH DOANH, CÁ
    NHÂN KINH DOANH", "doanh nghiệp, tổ chức"): who a heading's items are for. Only headings ask: in
    running text such words are what the work is about as often as who does it.

    ``trade_words``: how many lower-case words may follow the kinds and say which of them
    ("Doanh nghiệp, hợp tác xã" + "quản lý chợ"), for a label a colon closes."""
    tokens = tokenize(text, start, end)
    found = _collective(tokens, -1, lexicon()) if tokens else None  # as if after "các"
    traded = found is not None and found[0] < len(tokens) <= found[0] + trade_words and all(
        t.text.isalpha() and not t.capital for t in tokens[found[0]:])
    if found is None or (found[0] != len(tokens) and not traded) or not (traded or any(
            t.folded in (",", "và") for t in tokens)):
        return None  # (one kind alone, "Công ty", may be a body the document named in full;
        # with its trade, "Doanh nghiệp quản lý chợ", it is a kind)
    s, e = tokens[0].start, tokens[-1].end
    return ActorMention(s, e, text[s:e], None, "collective")


def _named_body_at(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """A body named in full at token j after "và" ("Các bệnh viện và" + "Trung tâm Y tế khu
    vực"), which ends a list of kinds of body rather than adding a kind to it. After a comma
    "các" still reaches it ("Các bệnh viện, Trung tâm Y tế khu vực" stays one collective, as
    the corpus annotates it)."""
    if not tokens[j].capital:
        return False
    found = _mention_at(tokens, j, lex)
    return found is not None and found[2] == "agency" and found[0] - j >= 3


def _organisation_after(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """"Đoàn Thanh niên" + "Bệnh viện", "Chi đoàn" + "Văn phòng": a listed body followed by
    the bare head of the organisation it belongs to, which the text need not name again."""
    if j >= len(tokens) or not tokens[j].capital or (tokens[j - 1].folded,) in (
            lex.locality_words):
        return j  # "UBND tỉnh" + "Sở": a government and then another body
    head = _match(tokens, j, lex.heads, lex.longest_head)
    if head is None or head[1] != "agency" or _mention_at(tokens, j, lex) is not None:
        return j
    end = head[0]
    return end if end == len(tokens) or not tokens[end].capital else j


def _number_suffix(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """"Tổ bầu cử" + "số 7", "Phòng Giao dịch" + "số 12": a body numbered among its kind;
    also after a second, lower-case part of its name that a comma joins ("Phòng Quản lý" +
    ", hỗ trợ doanh nghiệp số 1": the number shows the words are the name, not a list); and
    after its number, the place a numbered body is named for ("Ban Chỉ huy Phòng thủ khu vực
    5" + " - Kon Tum")."""
    if j + 1 < len(tokens) and tokens[j].folded == "số" and tokens[j + 1].text.isdigit():
        return j + 2
    if 0 < j < len(tokens) - 1 and tokens[j].text in "-–" and _numbered(tokens[j - 1].text) and (
            tokens[j + 1].capital) and _mention_at(tokens, j + 1, lex) is None:
        end = _proper_name(tokens, j + 1, lex)  # two syllables, or one closing the clause
        if end - j >= 3 or (end == j + 2 and (end == len(tokens) or not tokens[end].word)):
            return end
    if j + 1 < len(tokens) and tokens[j].folded == "," and tokens[j + 1].folded not in (
            "các", "những", "và"):  # "Phòng X, các phòng ...": a list, whatever follows
        k = j + 1
        while k < min(len(tokens), j + 7) and tokens[k].word and not tokens[k].capital and (
                tokens[k].folded != "số"):
            k += 1
        if k > j + 1 and k + 1 < len(tokens) and tokens[k].folded == "số" and tokens[
                k + 1].text.isdigit():
            return k + 2
    return j


def _owner(tokens: list[Token], end: int, lex: Lexicon) -> int:
    """"các phòng, đơn vị" + "thuộc UBND xã", "các đơn vị trực thuộc" + "Sở": the body the
    members belong to is part of the collective's name."""
    if end < len(tokens) and tokens[end].folded == "thuộc":
        at = end + 1
    elif end >= 2 and (tokens[end - 2].folded, tokens[end - 1].folded) in (
            ("trực", "thuộc"), ("nghiệp", "vụ"), ("chuyên", "môn"), ("đơn", "vị")):
        # "các đơn vị nghiệp vụ" + "Công an tỉnh", "các đơn vị" + "Kho bạc Nhà nước": the body
        # they are units of (right after "đơn vị", only a body: not "đơn vị Hà Nội")
        at = end
    else:
        return end
    if at < len(tokens) and tokens[at].capital:
        owner = _mention_at(tokens, at, lex)
        if owner is not None and (at > end or owner[2] == "agency" or tokens[end - 1].folded
                                  != "vị"):
            return owner[0]
        if tokens[at].folded in _OWN_BODY_HEADS:
            return at + 1  # "Trưởng các phòng thuộc Sở": the issuer's own Sở, by its head alone
    return end


# the heads that alone, capitalised, name the issuer's own body after "thuộc"
_OWN_BODY_HEADS = frozenset({"sở", "bộ", "cục", "ban", "viện"})


def _title_before_body(tokens: list[Token], i: int, title: tuple, lex: Lexicon) -> tuple:
    """The longest title, unless a shorter one is followed by a listed body that reaches past
    it: "Thủ trưởng" + "cơ quan ngang Bộ" rather than "Thủ trưởng cơ quan" + "ngang Bộ"; or
    as far, when that body is a kind of body: "Thủ trưởng" + "các cơ quan, đơn vị" (a title
    that holds its bodies takes no list of titles after it)."""
    j = title[0]
    for k in range(j - 1, i, -1):
        shorter = lex.titles.get(folded_words(tokens[i:k]))
        body = _mention_at(tokens, k, lex) if shorter is not None else None
        if body is not None and (body[0] > j or (body[0] == j and body[2] == "collective")):
            return k, shorter
    # a title that ends with its body's head ("Chánh Văn phòng" + "HĐND và UBND xã"): the
    # body, read from its head, may reach further ("Văn phòng HĐND và UBND xã" is one)
    for k in range(j - 1, i, -1):
        if not (tokens[k].capital and folded_words(tokens[k:j]) in lex.heads):
            continue
        whole = _mention_at(tokens, k, lex)
        after = _mention_at(tokens, j, lex) if j < len(tokens) else None
        if whole is not None and whole[0] > (after[0] if after is not None else j):
            return k, title[1]
    return title


def _generic_bodies(tokens: list[Token], end: int, lex: Lexicon) -> int:
    """"Thủ trưởng cơ quan ngang Bộ" + ", cơ quan thuộc Chính phủ": a title governs the generic
    bodies listed after its own (lower case, in the gazetteer); a named body or another title
    after the comma begins a new mention."""
    while end + 1 < len(tokens) and tokens[end].folded == "," and not tokens[end + 1].capital:
        known = _match(tokens, end + 1, lex.entries, lex.longest)
        if known is None or known[1][1] != "collective":
            break
        end = known[0]
    return end


def _skip_list_of_titles(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """"Chủ tịch, các Phó Chủ tịch UBND tỉnh": skip further titles to reach the body."""
    while j + 1 < len(tokens) and tokens[j].folded in (",", "và"):
        k = j + 1
        if tokens[k].folded == "các":
            k += 1
        hit = _match(tokens, k, lex.titles, lex.longest_title)
        if hit is None:
            break
        j = hit[0]
    if j < len(tokens) and tokens[j].folded == ":":
        j += 1
    return j


def _member_university(tokens: list[Token], i: int, j: int, lex: Lexicon) -> int:
    """"Trường Đại học Kinh tế" + " - Đại học Huế": a member school is named with the
    university it belongs to."""
    if not (tokens[i].folded == "trường" and j + 2 < len(tokens) and tokens[j].text in "-–"
            and folded_words(tokens[j + 1:j + 3]) == ("đại", "học") and tokens[j + 1].capital):
        return j
    parent = _mention_at(tokens, j + 1, lex)
    return parent[0] if parent is not None else j


def _one_word_place(tokens: list[Token], j: int) -> bool:
    """A province or city whose name is one syllable ("Huế") at j."""
    return j < len(tokens) and tokens[j].capital and tokens[j].folded in _one_word_places()


@cache
def province_names() -> frozenset[tuple[str, ...]]:
    """The provinces' and centrally-run cities' proper names, folded words ("hải", "phòng")."""
    return frozenset(_key(row[0]) for row in _table("localities.tsv"))


def ends_in_province(words: list[str]) -> bool:
    """The folded ``words`` end in a province's or city's name ("... Khu kinh tế Hải Phòng")."""
    names = province_names()
    return any(tuple(words[-n:]) in names for n in (1, 2, 3) if len(words) >= n)


@cache
def _one_word_places() -> frozenset[str]:
    return frozenset(key[0] for key in province_names() if len(key) == 1)


def _own_body_head(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """"Giám đốc" + "Sở", "Trưởng" + "Ban", "Chánh" + "Văn phòng": a title, then the head
    word of a body left unnamed (the writer's own), closed by a lower-case word or a sign:
    the holder of that body's office. The end of the head, or j when there is none."""
    if j >= len(tokens) or not tokens[j].capital:
        return j
    head = _match(tokens, j, lex.heads, lex.longest_head)
    if head is None:
        return j
    k = head[0]
    if k < len(tokens) and tokens[k].word and (tokens[k].capital or tokens[k].text.isupper()):
        return j  # "Giám đốc Sở Tài chính": a named body, read as such elsewhere
    return k


def _followed_by_name(tokens: list[Token], j: int) -> bool:
    return j + 1 < len(tokens) and all(t.capital and t.word for t in tokens[j:j + 2])


def _person_name_end(tokens: list[Token], j: int) -> int:
    while j < len(tokens) and tokens[j].word and tokens[j].capital:
        j += 1
    return j


def _canonical(name: str, tokens: list[Token], i: int, j: int, matched_end: int) -> str:
    """The gazetteer name plus whatever the mention adds after it ("tỉnh Quảng Trị")."""
    if j <= matched_end:
        return name
    extra = "".join(t.text if not t.word or k == matched_end else " " + t.text
                    for k, t in enumerate(tokens[matched_end:j], start=matched_end))
    return (name + " " + extra.strip()).replace(" ,", ",")


def head_of(name: str) -> str | None:
    """The head word(s) a body's name opens with, as written ("Sở" of "Sở Giáo dục và Đào
    tạo", "Bộ" of "Bộ Y tế"); None when the name opens with no known head."""
    tokens = tokenize(name, 0, len(name))
    lex = lexicon()
    hit = _match(tokens, 0, lex.heads, lex.longest_head) if tokens else None
    return None if hit is None else name[tokens[0].start:tokens[hit[0] - 1].end]
