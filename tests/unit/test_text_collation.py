"""Tests for inspectdesk.text.collation."""

from __future__ import annotations

import itertools
import random
import re
import unicodedata

import pytest

from inspectdesk.text import ALPHABET, collation_key, vn_sorted

# --- an independent reference comparator -------------------------------------------

REF_ALPHABET = list("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz")
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

RefKey = tuple[list[list[tuple[int, int]]], list[list[int]], list[int], list[int]]


def ref_key(text: str) -> RefKey:
    """The four levels, computed naively from NFC Vietnamese text.

    Words of (kind, value) units (digit runs by value before letters); then the
    tones of each syllable; then which letter carries each tone and the leading
    zeros of each number; then the case of each letter.
    """
    words: list[list[tuple[int, int]]] = []
    tones: list[list[int]] = []
    variant: list[int] = []
    case: list[int] = []
    for word in re.split(r"[\W_]+", text):
        units: list[tuple[int, int]] = []
        for run in re.findall(r"\d+|\D+", word):
            if run.isdigit():
                units.append((0, int(run)))
                variant.append(len(run) - len(run.lstrip("0")))
                continue
            syllable: list[int] = []
            for char in run:
                letter, tone = CHAR_TABLE[char.lower()]
                units.append((1, REF_ALPHABET.index(letter)))
                if tone:
                    syllable.append(tone)
                variant.append(1 if tone else 0)
                case.append(1 if char.isupper() else 0)
            tones.append(syllable)
        if units:
            words.append(units)
    return words, tones, variant, case


def sign(a: str | RefKey, b: str | RefKey) -> int:
    if isinstance(a, str) and isinstance(b, str):
        return (a > b) - (a < b)
    assert not isinstance(a, str)
    assert not isinstance(b, str)
    return (a > b) - (a < b)


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


@pytest.mark.parametrize(("lower", "higher"), list(itertools.pairwise(REF_ALPHABET)))
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
        ("Bình", "Bình Định"), ("Bình Định", "Bình Xuyên"), ("Bình", "Bình Xuyên"),
        ("Bịnh", "Bình Định"), ("Bính", "Bình Xuyên"),
        ("an", "an b"), ("an b", "anh"), ("an", "An"), ("An", "anh"), ("AN", "anh"),
        ("an", "aN"), ("aN", "An"), ("An", "AN"),
        ("Xã 2", "Xã 10"), ("Xã 9", "Xã 10"), ("Xã 10", "Xã 100"), ("Xã 99", "Xã A"),
        ("9", "10"), ("2", "02"), ("2", "a"), ("A", "ă"), ("", "a"), ("", "0"),
        ("hoa", "hoà"), ("hòa", "hoá"), ("hoá", "hóa"), ("hóa", "hoạ"), ("Thủy", "Thuý"),
        ("hoà", "Hoà"), ("hoà", "hòa"), ("Hoà", "hòa"), ("Hànôi", "Hànội"), ("7", "07"),
        ("D", "Đ"), ("d", "Đ"), ("Dz", "Đa"), ("U", "Ư"), ("Uz", "Ưa"), ("ô", "ơ"),
        ("Ô", "ơ"), ("o", "ô"), ("a", "ă"), ("ă", "â"), ("e", "ê"), ("u", "ư"),
        ("c", "ç"),  # ç is c with a foreign mark: after c ...
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


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def unikey_style(text: str) -> str:
    out = []
    for char in text:
        decomposed = nfd(char)
        tones = "".join(c for c in decomposed if c in TONE_MARKS)
        rest = "".join(c for c in decomposed if c not in TONE_MARKS)
        out.append(unicodedata.normalize("NFC", rest) + tones)
    return "".join(out)


@pytest.mark.parametrize("text", NAMES)
def test_normalisation_forms_agree(text: str) -> None:
    key = collation_key(text)
    assert collation_key(unicodedata.normalize("NFD", text)) == key
    assert collation_key(unicodedata.normalize("NFKD", text)) == key
    # Unikey style: the letter precomposed, the tone as a separate combining mark.
    mixed = unikey_style(text)
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


SMALL_POOL = [
    *TONED["a"], *TONED["ă"], *TONED["o"], *TONED["ơ"], *TONED["y"],
    "n", "h", "d", "đ", "0", "1", "2", " ", " ", "-",
]  # fmt: skip


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(SMALL_POOL) for _ in range(rng.randint(1, 5)))


def _variant(rng: random.Random, text: str) -> str:
    """Same letters; tones moved or changed, case changed, zeros and spaces added."""
    out = []
    for ch in text:
        letter, _tone = CHAR_TABLE.get(ch.lower(), (ch, 0))
        if letter in TONED and rng.random() < 0.5:
            ch = rng.choice(TONED[letter])
        elif ch.isdigit() and rng.random() < 0.3:
            ch = "0" + ch
        elif ch in " -" and rng.random() < 0.3:
            ch = rng.choice([" ", "-", " - ", ", "])
        out.append(ch.upper() if rng.random() < 0.2 else ch)
    return "".join(out)


def test_random_strings_match_reference() -> None:
    rng = random.Random(30)
    # A small alphabet, so that many strings share letters and differ in tones,
    # tone placement, leading zeros, case or punctuation only.
    bases = [_random_text(rng) for _ in range(150)]
    texts = [_variant(rng, base) for base in bases for _ in range(4)]
    keyed = [(collation_key(t), ref_key(t), t) for t in texts]
    for key, _ref, text in keyed:
        assert is_ascii_key(key), text
        assert key == collation_key(unicodedata.normalize("NFD", text))
    for (k1, r1, t1), (k2, r2, t2) in itertools.combinations(keyed, 2):
        assert sign(k1, k2) == sign(r1, r2), (t1, t2)


def _strip_leading_zeros(text: str) -> str:
    return re.sub(r"\d+", lambda m: str(int(m[0])), text)


def test_leading_zeros_only_matter_in_variant_level() -> None:
    assert collation_key("Xã 007").split(" ")[0] == collation_key("Xã 7").split(" ")[0]
    assert collation_key("Xã 7") < collation_key("Xã 07") < collation_key("Xã 007")
    assert collation_key("Xã 0") < collation_key("Xã 00") < collation_key("Xã 1")
    assert _strip_leading_zeros("Xã 007") == "Xã 7"


# --- tricky and foreign input ---------------------------------------------------------


def test_tone_placement_variants_sort_together() -> None:
    old, new = "hoà", "hòa"  # old- and new-style tone placement; NFC keeps them apart
    assert unicodedata.normalize("NFC", old) != unicodedata.normalize("NFC", new)
    assert collation_key(old) != collation_key(new)
    assert vn_sorted([old, new]) == vn_sorted([new, old]) == [old, new]
    words = ["hoạ", "Hóa", "hoá", "hòa", "hoà", "hoa", "Hòa", "Hoà"]
    assert vn_sorted(words) == ["hoa", "hoà", "Hoà", "hòa", "Hòa", "hoá", "Hóa", "hoạ"]
    assert vn_sorted(["Thuý", "Thủy", "Thuỷ", "Thuy"]) == ["Thuy", "Thuỷ", "Thủy", "Thuý"]
    names = ["Lê Thị Thủy", "Lê Thị Thuý", "Lê Thị Thuỷ", "Lê Thị Thuỳ"]
    assert vn_sorted(names) == ["Lê Thị Thuỳ", "Lê Thị Thuỷ", "Lê Thị Thủy", "Lê Thị Thuý"]


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
