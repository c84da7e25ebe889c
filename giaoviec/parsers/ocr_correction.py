"""Cheap corrections of Tesseract's Vietnamese, each kept because it lowered the error rate.

Measured on the corpus scans (README, "Scanned documents and old encodings"), Tesseract's
errors are few and of a handful of kinds, each fixed here with a narrow rule:

* tone marks: a word that is not a Vietnamese syllable (:mod:`giaoviec.parsers.vn_syllables`)
  becomes the one variant (another tone, d/đ, a/ă/â, o/ô/ơ, u/ư) that is a syllable and
  makes a dictionary word with a neighbour. A valid word is touched only for the two
  confusions Tesseract really makes, hỏi read as sắc over â/ê/ô/ơ ("tống hợp" for "tổng hợp")
  and the i's dot of "chi" read as hỏi ("chỉ phí" for "chi phí"), and only when the word makes no
  dictionary word with its neighbours while the variant does. Trying every tone on valid
  words instead doubled the error rate ("địa bàn tỉnh" became "bàn tính", an abacus). The
  dictionary is the word list that ships with underthesea, a dependency already; without it
  only invalid words are fixed;
* numerals, numbers and the words of dates and recurrences (:mod:`~giaoviec.parsers.
  ocr_structure`: "HI." -> "III.", "quý 11/2026" -> "quý II/2026", "nắm 2025" -> "năm 2025",
  "2l5/TB-VP" -> "215/TB-VP"); an eth (Ð) for Đ, an apostrophe that is a speck ("'Quý");
* round list bullets, which Tesseract reads as "®", "s®" or "se": a small round blob that
  starts a line becomes "•"; a list dash read as "~" or "-_" becomes "-" again.
"""

from __future__ import annotations

import importlib.util
import unicodedata
from functools import lru_cache
from itertools import pairwise, product
from pathlib import Path

from giaoviec.parsers.ocr_structure import EDGES, core_of, fix_number, same_case, structural
from giaoviec.parsers.tesseract import TextLine, Word
from giaoviec.parsers.vn_syllables import is_syllable, split_tone
from giaoviec.rx import regex

_VOWEL_FORMS = {"a": "aăâ", "ă": "aăâ", "â": "aăâ", "e": "eê", "ê": "eê", "o": "oôơ",
                "ô": "oôơ", "ơ": "oôơ", "u": "uư", "ư": "uư"}
_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_BULLET_READS = {"®", "s®", "se", "e", "©", "@", "o", "s", "*", "°", ".", "·", "•"}
_DASH_READS = {"~", "-_", "_-", "~-", "-~", "_"}
# a recipient's "(b/c)" (for report) with its small c misread: "(b/€)", "(b/e)", "(b/)"
REPORT_NOTE = regex.compile(r"\(b/[€eo©]?\)([;,.]?)")


# --- the dictionary ------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def lexicon() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """Words (lower case) and pairs of neighbouring syllables of longer dictionary words."""
    path = _word_list()
    if path is None:
        return frozenset(), frozenset()
    words, pairs = set(), set()
    for line in path.read_text(encoding="utf-8").splitlines():
        syllables = unicodedata.normalize("NFC", line.strip().lower()).split()
        if len(syllables) == 1:
            words.add(syllables[0])
        pairs.update(pairwise(syllables))
    return frozenset(words), frozenset(pairs)


def _word_list() -> Path | None:
    spec = importlib.util.find_spec("underthesea")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "corpus" / "data" / "Viet74K.txt"
        if path.is_file():
            return path
    return None


# --- syllables -----------------------------------------------------------------------------------
def variants(word: str, *, tones_only: bool) -> list[str]:
    """Other syllables Tesseract may have misread as ``word``, in the word's letter case."""
    lower = word.lower()
    base, _ = split_tone(lower)
    slots = []
    for ch in base:
        if ch in _VOWEL_FORMS and not tones_only:
            slots.append(_VOWEL_FORMS[ch])
        elif ch in "dđ":
            slots.append("dđ")
        else:
            slots.append(ch)
    own = split_tone(lower)
    out = []
    for letters in product(*slots):
        for tone in _TONES:
            candidate = _with_tone("".join(letters), tone)
            if split_tone(candidate) != own and is_syllable(candidate):  # not "hoà" for "hòa"
                out.append(same_case(candidate, word))
    return out


def _with_tone(base: str, tone: str) -> str:
    """``base`` with ``tone`` on its main vowel (the last marked vowel, else the rule)."""
    if not tone:
        return base
    vowels = [i for i, ch in enumerate(base) if ch in "aăâeêioôơuưy"]
    if not vowels:
        return base
    marked = [i for i in vowels if base[i] in "ăâêôơư"]
    if marked:
        at = marked[-1]
    elif len(vowels) > 1 and (vowels[-1] < len(base) - 1 or base[vowels[0]:].startswith(
            ("oa", "oe", "uy", "uê"))):
        at = vowels[-1]
    elif len(vowels) > 1:
        at = vowels[-2]
    else:
        at = vowels[0]
    if base.startswith(("gi", "qu")) and at == 1 and len(vowels) > 1:
        at = vowels[-1]
    return unicodedata.normalize("NFC", base[:at + 1] + tone + base[at + 1:])


def _context_score(word: str, before: str | None, after: str | None) -> int:
    words, pairs = lexicon()
    w = word.lower()
    score = 0
    if before and (before.lower(), w) in pairs:
        score += 2
    if after and (w, after.lower()) in pairs:
        score += 2
    return score + (w in words)


def correct_word(word: str, before: str | None, after: str | None) -> str:
    """The syllable Tesseract most likely saw (``word`` itself when unsure)."""
    if not word.isalpha() or len(word) > 7 or (word.isupper() and len(word) > 1
                                                 and not is_syllable(word)
                                                 and not _has_vietnamese(word)):
        return word  # abbreviations (UBND, HĐND) and foreign words stay
    valid = is_syllable(word)
    words, _ = lexicon()
    if valid and not words:
        return word
    if not valid:
        candidates = variants(word, tones_only=False)
        if not candidates:
            return word
        scored = sorted(((_context_score(c, before, after), c) for c in candidates),
                        reverse=True)
        best_score, best = scored[0]
        unique = len(scored) == 1 or scored[1][0] < best_score
        if (best_score > 0 and unique) or len(candidates) == 1:
            return best
        return word
    own = _context_score(word, before, after)
    if own > 1:
        return word
    for candidate in _confusions(word):
        score = _context_score(candidate, before, after)
        if score >= 2 or (own == 0 and score == 1):
            # "tống hợp" -> "tổng hợp": the variant makes a word with a neighbour; "tại buối"
            # -> "tại buổi": the syllable read is no word at all, the variant one by itself
            return candidate
    return word


def _confusions(word: str) -> list[str]:
    """The tone misreadings Tesseract makes often enough to correct in valid words: hỏi read
    as sắc over â, ê, ô, ơ, ă ("tống" for "tổng"), the dot of the i of "chi" read as hỏi
    ("chỉ phí" for "chi phí") and of "vi" as huyền ("vì phạm" for "vi phạm")."""
    base, tones = split_tone(word.lower())
    out = []
    if tones == ["\u0301"] and any(ch in "âêôơă" for ch in base):
        out.append(_with_tone(base, "\u0309"))
    if word.lower() in ("chỉ", "vì"):  # "tỉnh" -> "tinh" was tried: "UBND tỉnh hoàn" made
        out.append(base)  # "tinh hoàn"; "vì phạm" -> "vi phạm": the dot read as a grave
    elif "ỉ" in word.lower() and tones == ["\u0309"] and word.lower() not in lexicon()[0]:
        out.append(base)  # "an nỉnh" -> "an ninh": not a word at all with its hook
    return [same_case(c, word) for c in out if is_syllable(c)]


def _has_vietnamese(word: str) -> bool:
    return any(ord(ch) > 0x7F for ch in word)


# --- lines ---------------------------------------------------------------------------------------
def correct_line(line: TextLine, left: str | None = None, right: str | None = None
                 ) -> TextLine:
    """A Tesseract line with its words corrected (boxes and confidences unchanged).

    ``left``/``right``: the words printed just before and after the line, when Tesseract cut
    a printed line into pieces ("quý" | "11/2026")."""
    words = sorted(line.words, key=lambda w: w.left)
    cores = [EDGES.match(w.text).groups() for w in words]
    out = []
    for i, (word, (lead, core, trail)) in enumerate(zip(words, cores, strict=True)):
        text = word.text
        if i == 0 and left is None and _is_bullet(word, line, words):
            text = "•"
        elif i == 0 and left is None and len(words) > 1 and text in _DASH_READS:
            text = "-"  # a list dash read as a tilde or with an underscore
        elif core:
            before = cores[i - 1][1] if i > 0 else core_of(left)
            after = cores[i + 1][1] if i + 1 < len(cores) else core_of(right)
            text = _correct_token(word.text, lead, core, trail, before, after, first=i == 0)
        out.append(Word(word.left, word.top, word.right, word.bottom, word.conf, text))
    return TextLine(line.left, line.top, line.right, line.bottom, line.slope, line.offset,
                    line.size, out)


def neighbours(line: TextLine, lines: list[TextLine]) -> tuple[str | None, str | None]:
    """The words printed just left and right of ``line`` on its row, if any are close."""
    first = min(line.words, key=lambda w: w.left)
    last = max(line.words, key=lambda w: w.right)
    reach = 2 * line.size
    left = right = None
    for other in lines:
        if other is line or other.bottom <= line.top or line.bottom <= other.top:
            continue
        for word in other.words:
            if 0 <= first.left - word.right <= reach and (
                    left is None or word.right > left.right):
                left = word
            if 0 <= word.left - last.right <= reach and (
                    right is None or word.left < right.left):
                right = word
    return (left.text if left else None), (right.text if right else None)


def _correct_token(text: str, lead: str, core: str, trail: str, before: str | None,
                   after: str | None, *, first: bool) -> str:
    text = text.replace("\u0110\u00d0", "\u0110").replace("\u00d0", "\u0110")  # eth: not Vietnamese
    if text[:1] in "'`" and text[1:2].isalpha():
        text, lead = text[1:], lead[1:]  # a speck read as an apostrophe ("'Quý IV/2025")
    note = REPORT_NOTE.fullmatch(text)
    if note is not None:
        return "(b/c)" + note.group(1)  # "(b/€)", "(b/)": a recipient's "để báo cáo" note
    fixed = structural(text, lead, core, trail, before, after, first=first)
    if fixed != text:
        return fixed
    if any(ch.isdigit() for ch in text):
        return fix_number(text)
    if core.isalpha():
        return lead + correct_word(core, before, after) + trail
    return text


def _is_bullet(word: Word, line: TextLine, words: list[Word]) -> bool:
    """A round bullet read as letters: short junk, small and roughly square, set apart."""
    if word.text not in _BULLET_READS or len(words) < 2:
        return False
    width, height = word.right - word.left, word.bottom - word.top
    gap = words[1].left - word.right
    return (height <= 0.5 * line.size and 0.6 <= width / max(height, 1) <= 1.8
            and gap >= 0.3 * line.size)
