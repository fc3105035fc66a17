"""checks/numbers/chinese.py: Chinese numerals, with 零 and omitted 一, and Arabic digits with Chinese places."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks.numbers import read_quantities
from checks.numbers.chinese import chinese_integer, chinese_numeral_value, longest_numeral, mixed_value


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("一千零十", 1010), ("一百十一", 111), ("一千零一十一", 1011), ("十万零一", 100001), ("一万零十二", 10012),
        ("两千三百五", 2350), ("一百零一万一千", 1011000), ("四亿五千六百四十二万零一十五", 456420015),
        ("三百五十一万亿", 351 * 10**12), ("5万4千6百", 54600), ("3万4000", 34000), ("1千零1", 1001),
        ("2千零30万", 20300000), ("25万6千", 256000), ("100万三千", 1003000), ("200亿零四千230", 20000004230),
        ("廿", 20), ("廿五", 25), ("卅三", 33), ("五百卅四", 534), ("一万零卌", 10040), ("廿万", 200000),
    ],
)  # fmt: skip
def test_well_formed_numerals(numeral: str, value: int) -> None:
    assert chinese_integer(numeral) == value


@pytest.mark.parametrize(
    "numeral", ["十四五", "三四", "二〇二〇", "千百", "亿万", "一十十", "3万40000", "12千", "廿十", "五廿"]
)
def test_malformed_numerals_are_refused(numeral: str) -> None:
    assert chinese_integer(numeral) is None


def test_decimals_and_scales() -> None:
    assert chinese_numeral_value("三点一四一五九万") == Decimal("31415.9")
    assert chinese_numeral_value("零点零零一") == Decimal("0.001")
    assert chinese_numeral_value("一点两") is None  # 两 is no decimal digit (一点两小时: one o'clock, two hours)


def test_longest_well_formed_prefix() -> None:
    assert longest_numeral("七十百") == (Decimal(70), 2)  # 百分之七十百分位
    assert longest_numeral("二〇二〇") == (Decimal(2), 1)


def test_mixed_precision_is_the_last_groups() -> None:
    assert mixed_value("2.1", "亿") == (Decimal("210000000.0"), Decimal("5000000.0"))
    assert mixed_value("5", "万4千6百") == (Decimal(54600), Decimal(50))
    assert mixed_value("3", "万4000") == (Decimal(34000), Decimal("0.5"))
    assert mixed_value("2.1", "万4千") is None  # decimals take big places only


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=9999))
def test_arabic_groups_with_wan(high: int, low: int) -> None:
    """N万M (M printed in Arabic, more than one digit) is N·10⁴ + M."""
    if low >= 10:
        assert chinese_integer(f"{high}万{low}") == high * 10_000 + low


@pytest.mark.parametrize(
    ("text", "value"),
    [("7萬2,687元", 72687), ("20萬5,575人", 205575), ("5万3,126人", 53126), ("1兆6,951億元", 1_695_100_000_000)],
)
def test_a_thousands_comma_after_a_place_and_a_trillion_before_yi(text: str, value: int) -> None:
    # Taiwan prints 72,687 as 7萬2,687 and 1.6951 trillion as 1兆6,951億: one number each, not two.
    (reading,) = read_quantities(text)
    assert (reading.text, reading.value) == (text, value)


@pytest.mark.parametrize("text", ["5兆瓦", "100兆帕", "1兆字节"])
def test_zhao_alone_is_no_trillion(text: str) -> None:
    # 兆 alone is mega as often as a trillion: it is a place only between digits and 亿.
    assert all(reading.value < 10**6 for reading in read_quantities(text))


def test_mixed_value_reads_a_comma_grouped_group_after_a_place() -> None:
    assert mixed_value("7", "万2,687") == (Decimal(72687), Decimal("0.5"))
    assert mixed_value("1", "兆6,951亿") == (Decimal(1_695_100_000_000), Decimal(50_000_000))
