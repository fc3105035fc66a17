"""checks/numbers/scanner.py, drafts.py and words.py: the pass over a text, drafts, word quantities."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.numbers import normalize, read_quantities
from checks.numbers.scanner import _NORMAL


@given(st.text(alphabet="０１２３４５６７８９．，％～萬億兩點個張十百千0123456789,.%元 ", max_size=40))
def test_the_character_map_keeps_every_offset(text: str) -> None:
    assert len(normalize(text)) == len(text)
    for quantity in read_quantities(text):
        assert text[quantity.start : quantity.end] == quantity.text


@given(st.text(alphabet="０１２３４５６７８９．％萬億點元 ab\u00a0", max_size=400))
def test_the_map_is_the_same_for_a_few_characters_to_change_or_many(text: str) -> None:
    assert normalize(text) == text.translate(_NORMAL)  # no full-width comma here: the map alone


@pytest.mark.parametrize(
    ("text", "value", "digits", "printed"),
    [
        ("全年投入资金３．６亿元", 360_000_000, "3.6", "３．６亿元"),
        ("增长５．５％", 5.5, "5.5", "５．５％"),
        ("兩千三百五十萬元", 23_500_000, "两千三百五十万", "兩千三百五十萬元"),
        ("４，５６５人", 4565, "4,565", "４，５６５人"),
        ("1\u202f234\u202f567.89 is", 1234567.89, "1,234,567.89", "1\u202f234\u202f567.89"),
        # the Symbol font's private-use digits and marks, as PDF extraction leaves them
        ("at \uf0b3\uf031\uf032 mg", 12, "12", "\uf0b3\uf031\uf032 mg"),
    ],
)
def test_full_width_and_traditional_forms(text: str, value: float, digits: str, printed: str) -> None:
    (quantity,) = read_quantities(text)
    assert (quantity.value, quantity.digits, quantity.text) == (value, digits, printed)


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "unit"),
    [
        ("床位数翻了一番", 2, "eq", None), ("翻两番", 4, "eq", None), ("beds doubled", 2, "eq", None),
        ("a threefold rise", 3, "eq", None), ("过半乡镇", 50, "gt", "percent"), ("半数以上", 50, "ge", "percent"),
        ("超过半数", 50, "gt", "percent"), ("about a fifth of", 20, "approx", "percent"), ("half of them", 50, "eq", "percent"),
    ],
)  # fmt: skip
def test_word_quantities(text: str, value: float, qualifier: str, unit: str | None) -> None:
    (quantity,) = read_quantities(text)
    assert (quantity.value, quantity.qualifier, quantity.unit) == (value, qualifier, unit)


@pytest.mark.parametrize("text", ["上半年", "半年内完成", "half-day", "a third hospital", "十几家", "几十万"])
def test_not_word_quantities(text: str) -> None:
    assert read_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("警方正在找一支.22口径的手枪", [("一支", 1), (".22", 0.22)]),
        ("at .5 mg", [(".5 mg", 0.5)]),
        ("version v2.5", []),
    ],
)
def test_a_leading_dot_decimal_may_follow_a_chinese_character_not_a_letter(text: str, read: list) -> None:
    assert [(q.text, q.value) for q in read_quantities(text)] == read


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("投入1千余万元", (10**7, 2 * 10**7)),
        ("3千多万元", (3 * 10**7, 4 * 10**7)),
        ("5千余亿元", (5 * 10**11, 6 * 10**11)),
    ],
)
def test_a_larger_scale_after_yu_multiplies_the_smaller_one(text: str, interval: tuple[int, int]) -> None:
    (quantity,) = read_quantities(text)
    assert (quantity.bound, quantity.low, quantity.high) == ("gt_step", *interval)


def test_a_text_is_read_in_one_pass_in_order() -> None:
    text = "1 234 567人，.5，二〇二〇年，3至5年，5万4千6百元"
    assert [q.text for q in read_quantities(text)] == ["1 234 567人", ".5", "3至5年", "5万4千6百元"]


NUMBER_TEXT = st.lists(
    st.sampled_from(
        list("0123456789０１２３４５６７８９.,，．%％~～-–—/ 　+#$£()（）“”\"'")
        + list("一二三四五六七八九十百千万亿零两半几多余点分之第每至到和与及以上下内左右约近超过翻番倍成重双对")
        + ["more than ", "at least ", "between ", " and ", " to ", "one", "twenty", "-fifth", " million", "half",
           " percent", "年", "个", "名", "张", "元", "人口", "per 1,000 ", "a ", " or more", "月", "日", "2020"]
    ),
    max_size=30,
).map("".join)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(NUMBER_TEXT)
def test_any_text_reads_without_error_and_spans_hold(text: str) -> None:
    for quantity in read_quantities(text):
        assert text[quantity.start : quantity.end] == quantity.text
        assert quantity.low <= quantity.high
        for end in quantity.figures():
            assert text[end.start : end.end] == end.text


def test_symbol_font_marks_read_as_the_marks_they_print() -> None:
    read = [(q.text, q.qualifier) for q in read_quantities("for x \uf0a3 0.4 and x \uf0b3 0.5 (x = 0\uf02d0.8)")]
    assert read == [("\uf0a3 0.4", "le"), ("\uf0b3 0.5", "ge"), ("0\uf02d0.8", "range")]
    assert normalize("\uf061\uf062 = 2") == "\uf061\uf062 = 2"  # Symbol's letters are Greek: kept as printed
