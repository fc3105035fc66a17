"""checks/numbers/fractions.py: fractions (1/5, ½, 五分之一) as percentages, and plain numbers of a draft."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from checks.numbers import read_quantities
from checks.numbers.fractions import fraction_value, number_value

_FRACTION = re.compile(
    r"(?P<frac>\d+/\d+)|(?P<ufrac>[½¼¾⅓])|(?P<cnfrac>(?P<den>[一二三四五六七八九十\d]+)分之(?P<num>[一二三四五六七八九十\d]+))"
)


@pytest.mark.parametrize(
    ("text", "percent"),
    [("1/5", 20), ("½", 50), ("¾", 75), ("五分之一", 20), ("二分之三", 150), ("4分之3", 75), ("1/8", Decimal("12.5"))],
)
def test_fractions_are_percentages(text: str, percent: Decimal) -> None:
    match = _FRACTION.fullmatch(text)
    assert match is not None and fraction_value(match) == percent


@pytest.mark.parametrize("text", ["0/5", "5/0", "零分之一"])
def test_an_empty_fraction_is_none(text: str) -> None:
    match = _FRACTION.fullmatch(text.replace("零", "0"))
    assert match is not None and fraction_value(match) is None


def test_plain_numbers() -> None:
    assert number_value("1,200") == 1200
    assert number_value("一千二百") == 1200
    assert number_value("十四五") is None


@pytest.mark.parametrize(
    ("text", "span", "percent"),
    [("1/4TH", "1/4TH", 25), ("1/3rd of patients", "1/3rd", 100 / 3), ("3/4ths", "3/4ths", 75)],
)
def test_a_fraction_may_carry_the_ordinal_its_denominator_is_said_as(text: str, span: str, percent: float) -> None:
    (quantity,) = read_quantities(text)
    assert (quantity.text, quantity.unit) == (span, "percent") and abs(quantity.value - percent) < 1e-9


@pytest.mark.parametrize("text", ["1/4x", "2/3rdly"])
def test_a_fraction_glued_to_other_letters_is_still_refused(text: str) -> None:
    assert read_quantities(text) == []


def test_a_fraction_may_be_printed_with_a_plural_s() -> None:
    assert [(q.text, q.value) for q in read_quantities("3/8s of an inch")] == [("3/8s", 37.5)]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("although nearly a third described limited activities", [("nearly a third", 100 / 3, "nearly")]),
        ("about a fifth said they had waited", [("about a fifth", 20.0, "approx")]),
        ("more than a quarter were seen late", [("more than a quarter", 25.0, "gt")]),
        # with no bound word before it, "a third" before a noun or verb is an ordinal
        ("a third hospital opened", []),
        ("a third said", []),
    ],
)
def test_a_fraction_after_a_bound_word_is_a_share_whatever_follows(
    text: str, read: list[tuple[str, float, str]]
) -> None:
    assert [(q.text, q.value, q.bound) for q in read_quantities(text)] == read
