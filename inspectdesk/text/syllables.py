"""Whether a word is a well-formed Vietnamese syllable (used to recognise legacy text).

A syllable is an initial consonant (possibly none), a rhyme from the closed list of
Vietnamese rhymes and at most one tone mark; a rhyme closed by ``c``, ``ch``, ``p`` or
``t`` takes only the sắc or nặng tone. Spelling rules finer than that (``k`` before
``i``/``e``/``ê``…) are not checked: the point is to tell "Sở" from "Së" and "Müller",
not to proof-read.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["is_vietnamese_syllable"]

_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng
_SHARP_ONLY = frozenset("\u0301\u0323")  # sắc, nặng: the tones of a closed rhyme
_ONSET_TEXT = "ngh ng gh gi kh nh ph qu th tr ch b c d đ g h k l m n p r s t v x"
_ONSETS = (*_ONSET_TEXT.split(), "")
_RHYME_TEXT = """
    a ac ach ai am an ang anh ao ap at au ay
    ăc ăm ăn ăng ăp ăt
    âc âm ân âng âp ât âu ây
    e ec em en eng eo ep et
    ê êch êm ên ênh êp êt êu
    i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
    o oc oi om on ong op ot oa oac oach oai oam oan oang oanh oao oap oat oay
    oăc oăm oăn oăng oăp oăt oe oen oeo oet oong ooc
    ô ôc ôi ôm ôn ông ôp ôt
    ơ ơi ơm ơn ơp ơt
    u ua uc ui um un ung up ut uân uâng uât uây uê uêch uênh uơ uy uya uych uyên
    uyêt uynh uyp uyt uyu uôc uôi uôm uôn uông uôp uôt
    ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
    y yêm yên yêng yêt yêu
"""
_RHYMES = frozenset(_RHYME_TEXT.split())
_CLOSED = ("c", "ch", "p", "t")


@lru_cache(maxsize=4096)
def is_vietnamese_syllable(word: str) -> bool:
    """Tell whether ``word`` (any case, NFC or NFD) is one well-formed Vietnamese syllable.

    Args:
        word: One word without spaces, e.g. "Sở", "nghiêng", "QUYẾT".

    Returns:
        ``True`` for "Sở", "Nội", "vụ", "giữa", "khuỷu"; ``False`` for "Së", "Néi",
        "Müller", "â" (a rhyme that needs a final consonant) or "ảc" (a tone a closed
        rhyme cannot take).
    """
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [ch for ch in decomposed if ch in _TONE_MARKS]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    for onset in _ONSETS:
        if not bare.startswith(onset):
            continue
        rhyme = bare[len(onset) :]
        if rhyme not in _RHYMES:
            continue
        if tones and rhyme.endswith(_CLOSED) and tones[0] not in _SHARP_ONLY:
            continue
        return True
    return False
