"""Tests for inspectdesk.text.collation."""

from __future__ import annotations

import itertools
import random
import re
import unicodedata

import pytest

from inspectdesk.text import ALPHABET, collation_key, vn_sorted

# --- an independent reference comparator -------------------------------------------

REF_ALPHABET = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z".split()
# Each toned vowel written out, in tone order: ngang, huyền, hỏi, ngã, sắc, nặng.
TONED = {
    "a": "aàảãáạ", "ă": "ăằẳẵắặ", "â": "âầẩẫấậ", "e": "eèẻẽéẹ", "ê": "êềểễếệ",
    "i": "iìỉĩíị", "o": "oòỏõóọ", "ô": "ôồổỗốộ", "ơ": "ơờởỡớợ", "u": "uùủũúụ",
    "ư": "ưừửữứự", "y": "yỳỷỹýỵ",
}  # fmt: skip
CHAR_TABLE: dict[str, tuple[str, int]] = {c: (c, 0) for c in REF_ALPHABET}
for _letter, _forms in TONED.items():
    for _tone, _char in enumerate(_forms):
        CHAR_TABLE[_char] = (_letter, _tone)

RefKey = tuple[list[list[tuple[int, int]]], list[int], list[int]]


def ref_key(text: str) -> RefKey:
    """Words of (kind, value) units, then tones, then case - for NFC Vietnamese."""
    words: list[list[tuple[int, int]]] = []
    tones: list[int] = []
    case: list[int] = []
    for word in re.split(r"[\W_]+", text):
        units: list[tuple[int, int]] = []
        for run in re.findall(r"\d+|\D", word):
            if run.isdigit():
                units.append((0, int(run)))
                continue
            letter, tone = CHAR_TABLE[run.lower()]
            units.append((1, REF_ALPHABET.index(letter)))
            tones.append(tone)
            case.append(1 if run.isupper() else 0)
        if units:
            words.append(units)
    return words, tones, case


def sign(a: object, b: object) -> int:
    return (a > b) - (a < b)  # type: ignore[operator]


def is_ascii_key(key: str) -> bool:
    return all(0x20 <= ord(ch) <= 0x7E for ch in key)


NAMES = [
    "Vĩnh Yên", "Phúc Yên", "Bình Xuyên", "Sông Lô", "Tam Đảo", "Lập Thạch",
    "Vĩnh Tường", "Yên Lạc", "Tam Dương", "Vĩnh Phúc", "Thành phố Vĩnh Yên",
    "Thành phố Phúc Yên", "Huyện Bình Xuyên", "Huyện Tam Đảo", "Sở Nội vụ",
    "Sở Tài chính", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Kế hoạch và Đầu tư",
    "Sở Tư pháp", "Sở Xây dựng", "Sở Công Thương", "Sở Giao thông vận tải",
    "Sở Tài nguyên và Môi trường", "Sở Lao động - Thương binh và Xã hội",
    "Sở Văn hóa, Thể thao và Du lịch", "Sở Thông tin và Truyền thông",
    "Văn phòng UBND tỉnh", "Thanh tra tỉnh", "Ban Dân tộc", "Đoàn Kiểm tra số 1",
    "Đoàn Kiểm tra số 10", "Đoàn Kiểm tra số 2", "Xã Đạo Đức", "Xã Hương Canh",
    "Nguyễn Văn An", "Nguyễn Văn Ân", "Nguyễn Vân An", "Nguyễn Văn Ấn", "Trần Thị Ánh",
    "Lê Thị Hà", "Lê Thị Hạ", "Lê Thị Ha", "Đặng Quốc Bảo", "Dương Văn Bình",
    "Bình", "bình", "BÌNH", "Bình Định", "Ươn", "Uyên", "ươn",
]  # fmt: skip


# --- examples -------------------------------------------------------------------------


def test_alphabet_constant() -> None:
    assert list(ALPHABET) == REF_ALPHABET


def test_full_alphabet_order() -> None:
    letters = list(REF_ALPHABET)
    shuffled = random.Random(7).sample(letters, len(letters))
    assert vn_sorted(shuffled) == letters
    assert vn_sorted(letter.upper() for letter in reversed(letters)) == [
        letter.upper() for letter in letters
    ]


@pytest.mark.parametrize(("lower", "higher"), itertools.pairwise(REF_ALPHABET))
def test_adjacent_letters(lower: str, higher: str) -> None:
    assert collation_key(lower) < collation_key(higher)
    assert collation_key(lower.upper()) < collation_key(higher)
    assert collation_key(lower + "z") < collation_key(higher + "a")


def test_spec_example() -> None:
    words = ["anh", "ba", "áo", "ăn", "âm", "đào", "dũng", "ơn", "ưa", "ôm", "om", "ua"]
    assert sorted(words, key=collation_key) == [
        "anh", "áo", "ăn", "âm", "ba", "dũng", "đào", "om", "ôm", "ơn", "ua", "ưa",
    ]  # fmt: skip


def test_six_tones() -> None:
    tones = ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert vn_sorted(reversed(tones)) == tones
    assert vn_sorted(t.upper() for t in reversed(tones)) == [t.upper() for t in tones]


@pytest.mark.parametrize(
    ("lower", "higher"),
    [
        ("ba", "bà"), ("bà", "bá"), ("bá", "bác"), ("bà", "bác"), ("bạ", "bác"),
        ("Nguyễn Văn A", "Nguyễn Vân A"),  # ă < â
        ("Nguyễn Văn A", "Nguyễn Vằn A"),  # tone in the middle word
        ("Nguyễn Vằn A", "Nguyễn Vắn A"),
        ("Nguyên Văn A", "Nguyễn Văn A"),  # tone in the first word
        ("Nguyễn Văn A", "Nguyễn Văn Á"),  # tone in the last word
        ("Lê Mạ A", "Lê Ma B"),  # letters decide before tones
        ("Lê Thị Ha", "Lê Thị Hà"), ("Lê Thị Hà", "Lê Thị Hạ"),
        ("Bình", "Bình Xuyên"), ("Bình Xuyên", "Bình Định"), ("Bình", "Bình Định"),
        ("Bình Định", "Bịnh"),
        ("an", "an b"), ("an b", "anh"), ("an", "An"), ("An", "anh"), ("AN", "anh"),
        ("an", "aN"), ("aN", "An"), ("An", "AN"),
        ("Xã 2", "Xã 10"), ("Xã 9", "Xã 10"), ("Xã 10", "Xã 100"), ("Xã 99", "Xã A"),
        ("9", "10"), ("2", "02"), ("2", "a"), ("Z", "ă"), ("", "a"), ("", "0"),
        ("D", "Đ"), ("d", "Đ"), ("Dz", "Đa"), ("U", "Ư"), ("Uz", "Ưa"), ("ô", "ơ"),
        ("Ô", "ơ"), ("o", "ô"), ("a", "ă"), ("ă", "â"), ("e", "ê"), ("u", "ư"),
        ("z", "ç"),  # ç is c with a foreign mark: after c ...
        ("c", "ç"),
        ("ç", "d"),  # ... but before d
        ("ss", "ß"), ("ß", "st"), ("z", "Ω"), ("Ω", "中"), ("中", "文"),
        ("9" * 57, "1" + "0" * 57), ("1" * 58, "1" * 59), ("9" * 100, "1" + "0" * 100),
        ("1" * 1000, "1" * 10000),
    ],
)  # fmt: skip
def test_pairs(lower: str, higher: str) -> None:
    assert collation_key(lower) < collation_key(higher), (lower, higher)
    assert vn_sorted([higher, lower]) == [lower, higher]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Sở Nội vụ", "Sở Nội-vụ"),
        ("Sở Nội vụ", "  Sở  Nội,vụ. "),
        ("Bình", "Bình."),
        ("Xã 2", "Xã (2)"),
        ("", "..."),
        ("", " \t\n"),
    ],
)
def test_punctuation_only_separates_words(one: str, other: str) -> None:
    assert collation_key(one) == collation_key(other)


@pytest.mark.parametrize("text", NAMES)
def test_normalisation_forms_agree(text: str) -> None:
    key = collation_key(text)
    assert collation_key(unicodedata.normalize("NFD", text)) == key
    assert collation_key(unicodedata.normalize("NFKD", text)) == key
    # Unikey style: a precomposed letter followed by a combining tone mark.
    mixed = "".join(
        unicodedata.normalize("NFC", ch[0] + ch[2:]) + ch[1]
        if len(ch) == 3 and ch[1] in "\u0300\u0301\u0303\u0309\u0323"
        else unicodedata.normalize("NFC", ch)
        for ch in (unicodedata.normalize("NFD", c) for c in text)
    )
    assert collation_key(mixed) == key


def test_unikey_style() -> None:
    assert collation_key("Tiê\u0301ng Viê\u0323t") == collation_key("Tiếng Việt")
    assert collation_key("ơ\u0300") == collation_key("ờ")


def test_empty() -> None:
    assert collation_key("") == ""


# --- property-style checks against the reference ---------------------------------------


@pytest.mark.parametrize("text", NAMES)
def test_keys_are_ascii(text: str) -> None:
    assert is_ascii_key(collation_key(text))


def test_sorting_matches_reference() -> None:
    shuffled = random.Random(2021).sample(NAMES, len(NAMES))
    assert sorted(shuffled, key=collation_key) == sorted(shuffled, key=ref_key)


def test_pairwise_matches_reference() -> None:
    for a, b in itertools.combinations(NAMES, 2):
        assert sign(collation_key(a), collation_key(b)) == sign(ref_key(a), ref_key(b)), (a, b)


def _random_text(rng: random.Random) -> str:
    pool = list(CHAR_TABLE) + [c.upper() for c in CHAR_TABLE] + list("0123456789") + [" "] * 8
    return "".join(rng.choice(pool) for _ in range(rng.randint(0, 6))).strip()


def test_random_strings_match_reference() -> None:
    rng = random.Random(30)
    # Few distinct letters so that many strings share primaries or tones.
    texts = [_random_text(rng) for _ in range(3000)]
    texts += [t.lower() for t in texts[:500]] + [t.upper() for t in texts[:500]]
    keyed = [(collation_key(t), ref_key(t), t) for t in texts]
    for key, _ref, _text in keyed:
        assert is_ascii_key(key)
    for (k1, r1, t1), (k2, r2, t2) in zip(keyed, keyed[1:], strict=False):
        assert sign(k1, k2) == sign(r1, r2), (t1, t2)
    by_key = sorted(keyed, key=lambda item: (item[0], item[2]))
    for (_k1, r1, t1), (_k2, r2, t2) in itertools.pairwise(by_key):
        assert r1 <= r2, (t1, t2)


def _strip_leading_zeros(text: str) -> str:
    return re.sub(r"\d+", lambda m: str(int(m[0])), text)


def test_digits_only_differ_by_leading_zeros_in_case_level() -> None:
    assert collation_key("Xã 007").split(" ")[0] == collation_key("Xã 7").split(" ")[0]
    assert collation_key("Xã 7") < collation_key("Xã 07") < collation_key("Xã 007")
    assert collation_key("Xã 0") < collation_key("Xã 00") < collation_key("Xã 1")
    assert _strip_leading_zeros("Xã 007") == "Xã 7"


# --- tricky and foreign input ---------------------------------------------------------


def test_hoa_spellings_get_a_stable_distinct_order() -> None:
    old, new = "hoà", "hòa"  # old- and new-style tone placement; NFC keeps them apart
    assert unicodedata.normalize("NFC", old) != unicodedata.normalize("NFC", new)
    assert collation_key(old) != collation_key(new)
    assert collation_key(old).split(" ")[0] == collation_key(new).split(" ")[0]
    assert vn_sorted([old, new]) == vn_sorted([new, old])
    assert collation_key("hoa") < collation_key(old) < collation_key("hoá")
    assert collation_key("hoa") < collation_key(new) < collation_key("hoá")


@pytest.mark.parametrize(
    "text",
    [
        "ç", "Ç", "ß", "ẞ", "Straße", "中文", "日本語", "한국어", "Ð", "ð", "ı", "İstanbul",
        "Ωμέγα", "Москва", "😀", "👨\u200d👩\u200d👧", "\u0301abc", "a\u0301\u0300\u0309",
        "e\u0301\u0302", "ǅ", "ﬁ", "Ａ", "x²", "½", "٣", "١٠", "\x00\x1f\x7f", "\ud800",
        "\ue000", "\U0010ffff", "\u200b", "\ufeff", "a" * 500, "1" * 200, "0" * 200,
        "١" * 80, "Ĳ", "ŉ", "Kelvin \u212a", "ſ",
    ],
)  # fmt: skip
def test_foreign_input_never_breaks_the_key(text: str) -> None:
    key = collation_key(text)
    assert is_ascii_key(key)
    assert key == collation_key(unicodedata.normalize("NFD", text))
    assert key == collation_key(text)  # deterministic


def test_foreign_letters_fold_sensibly() -> None:
    assert collation_key("Ça va").split(" ")[0] == collation_key("ca va").split(" ")[0]
    assert collation_key("Straße").split(" ")[0] == collation_key("strasse").split(" ")[0]
    assert collation_key("٣") == collation_key("3")
    assert collation_key("Ａ") == collation_key("A")
    assert collation_key("Ð") != collation_key("Đ")  # eth is not đ
    assert collation_key("z") < collation_key("ð")


def test_vn_sorted_reverse_and_iterables() -> None:
    items = ("mạ", "ma", "má")
    assert vn_sorted(items) == ["ma", "má", "mạ"]
    assert vn_sorted(iter(items), reverse=True) == ["mạ", "má", "ma"]
    assert vn_sorted([]) == []
