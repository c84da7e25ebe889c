"""Names of bodies as a reader writes them: "ỦY BAN NHÂN DÂN TỈNH GIA LAI" is
"Ủy ban nhân dân tỉnh Gia Lai".

Headers print the issuing body in capitals; trackers want the ordinary spelling. The rules: the
first word capitalised, abbreviations kept ("UBND"), and the proper name after a place word
(tỉnh, xã, thành phố...) or a party committee (Tỉnh ủy...) capitalised word by word; the
subject after Bộ / Sở / Cục / Ban keeps its capital ("Bộ Tài chính", "Sở Y tế").
"""

from __future__ import annotations

from giaoviec.rx import regex

KEEP_UPPER = {"UBND", "HĐND", "MTTQ", "UBMTTQ", "VN", "TP", "TW", "CP", "BCH", "BQL", "KCN",
              "VPCP", "TTg", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII"}
PLACE_WORDS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn",
               "đặc khu", "thôn", "xóm", "bản", "ấp", "buôn", "khu phố", "tổ dân phố",
               "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy",
               "tỉnh uỷ", "thành uỷ", "huyện uỷ")
# a place's kind right after a committee's name ("ĐẢNG ỦY XÃ CAM LỘ"): the kind, then the name
PLACE_KINDS = ("xã", "phường", "tỉnh", "thành", "huyện", "quận", "thị", "đặc", "thôn", "xóm",
               "bản", "ấp", "khu", "buôn")
SUBJECT_HEADS = ("bộ", "sở", "cục", "tổng cục", "chi cục", "ban", "văn phòng", "vụ", "viện",
                 "trung tâm", "đài", "báo", "kho bạc", "thanh tra", "công an", "bộ chỉ huy")


def display_name(raw: str) -> str:
    """Ordinary spelling of a body's name; names already in mixed case are kept."""
    raw = " ".join(raw.split())
    if not _mostly_upper(raw):
        return raw
    words = raw.split(" ")
    out: list[str] = []
    proper = False
    for i, word in enumerate(words):
        lowered = word.lower()
        so_far = " ".join(w.lower() for w in out)
        if word in KEEP_UPPER or regex.fullmatch(r"[\p{Lu}&]{2,}[-&][\p{Lu}&-]+", word):
            out.append(word)
        elif lowered in ("ủy", "uỷ") and so_far.endswith(("tỉnh", "thành", "huyện", "quận")):
            out.append(lowered)  # "Tỉnh ủy": the committee, not a place name
        elif lowered.rstrip(",") == "hội" and so_far.endswith("xã"):
            out.append(lowered)  # "bảo hiểm xã hội": society, not a commune's name
            proper = False
            continue
        elif proper and ((so_far.endswith(("đảng ủy", "đảng uỷ")) and lowered in PLACE_KINDS) or (
                so_far.endswith(("đảng ủy thành", "đảng ủy thị", "đảng ủy đặc", "đảng ủy khu"))
                and lowered in ("phố", "xã", "trấn", "khu"))):
            out.append(lowered)  # "Đảng ủy xã Cam Lộ", "Đảng ủy thành phố Hà Nội"
            continue
        elif i == 0 or proper or so_far in SUBJECT_HEADS:
            out.append(lowered[:1].upper() + lowered[1:])
        else:
            out.append(lowered)
        joined = " ".join(w.lower() for w in out)
        proper = any(joined.endswith(" " + p) or joined == p for p in PLACE_WORDS) or (
            proper and lowered not in ("và",))
    return " ".join(out)


def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
