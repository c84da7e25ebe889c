"""Is this a Vietnamese syllable? An inventory built from onsets x rhymes x tones.

Vietnamese writes one syllable per word, and the syllables form a closed set: an optional
onset, a rhyme, and one of six tones, with spelling rules (``k``/``gh``/``ngh`` only before
e, ê, i; stop finals -p, -t, -c, -ch only with the sắc or nặng tone). Two ingestion steps lean
on it: telling legacy-encoded text (TCVN3, VNI) from Unicode (converting must turn invalid
syllables into valid ones) and OCR post-correction (a token is only replaced when the
original is not a syllable and the replacement is). Tone-mark placement is free: documents use
both "hoà" and "hòa", "uỷ" and "ủy".
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

ONSETS = ("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng",
          "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x")

# Rhymes without tone, as written after an onset ("qu" + "ân" = "quân"), by first vowel.
RHYMES = frozenset("""
a ac ach ai am an ang anh ao ap at au ay
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e ec em en eng eo ep et
ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
o oc oi om on ong op ot ooc oong
oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet
ô ôc ôi ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u uc ui um un ung up ut ua uân uâng uât uây uê uêch uênh uơ
uôc uôi uôm uôn uông uôt
uy uya uych uyên uyêt uynh uyp uyt uyu
ư ưc ưi ưm ưn ưng ưt ưu ưa ươc ươi ươm ươn ương ươp ươt ươu
y yêm yên yêng yêt yêu ynh
""".split())  # noqa: SIM905 - a block of words reads better than a list of strings

TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # ngang huyền sắc hỏi ngã nặng
_TONE_SET = frozenset(TONES[1:])
_STOP_TONES = frozenset(("\u0301", "\u0323"))
_FRONT = ("e", "ê", "i", "y")  # k, gh, ngh go before these; c, g, ng do not


def split_tone(word: str) -> tuple[str, list[str]]:
    """The word without tone marks (still with â, ă, ơ...) and the tone marks it had."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [ch for ch in decomposed if ch in _TONE_SET]
    base = "".join(ch for ch in decomposed if ch not in _TONE_SET)
    return unicodedata.normalize("NFC", base), tones


def _onset_allows(onset: str, rhyme: str) -> bool:
    front = rhyme.startswith(_FRONT)
    if onset in ("k", "gh", "ngh"):
        return front
    if onset in ("c", "ng"):
        return not front
    if onset == "qu":
        return not rhyme.startswith(("u", "o"))
    return True


@lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """True for a Vietnamese syllable in any case ("Hạnh", "HẠNH", "hạnh")."""
    if not word or len(word) > 7 or not word.isalpha():
        return False
    base, tones = split_tone(word.lower())
    if len(tones) > 1:
        return False
    tone = tones[0] if tones else ""
    for onset in ONSETS:
        if not base.startswith(onset):
            continue
        rhyme = base[len(onset):]
        if onset == "gi" and rhyme and rhyme not in RHYMES and "i" + rhyme in RHYMES:
            rhyme = "i" + rhyme  # gi + iêng is written "giêng"
        elif onset == "g" and rhyme.startswith("i"):
            pass  # "gì", "gìn": the i belongs to the rhyme
        elif rhyme not in RHYMES or not _onset_allows(onset, rhyme):
            continue
        if rhyme not in RHYMES:
            continue
        if rhyme.endswith(("p", "t", "c", "ch")) and tone not in _STOP_TONES:
            continue
        return True
    return False


def inventory() -> frozenset[str]:
    """Every toned syllable in lower case, new-style tone placement (for tests and counts)."""
    out = set()
    for onset in ONSETS:
        for rhyme in RHYMES:
            for tone in TONES:
                word = onset + _place_tone(rhyme, tone)
                if is_syllable(word):
                    out.add(word)
    return frozenset(out)


def _place_tone(rhyme: str, tone: str) -> str:
    if not tone:
        return rhyme
    vowels = [i for i, ch in enumerate(rhyme) if ch in "aăâeêioôơuưy"]
    marked = [i for i in vowels if rhyme[i] in "ăâêôơư"]
    if marked:
        at = marked[-1]
    elif len(vowels) >= 2 and vowels[-1] == len(rhyme) - 1 and rhyme not in ("oa", "oe", "uy"):
        at = vowels[-2]
    else:
        at = vowels[-1] if rhyme in ("oa", "oe", "uy") or len(vowels) == 1 else vowels[-2]
    decomposed = unicodedata.normalize("NFD", rhyme[at]) + tone
    return rhyme[:at] + unicodedata.normalize("NFC", decomposed) + rhyme[at + 1:]
