"""checks/numbers/english.py: English number phrases, fractions and ordinals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checks.numbers.english import a_fraction, digits_over, english_number, in_ratio, is_fraction_words


@pytest.mark.parametrize(
    ("phrase", "value", "scale", "digits"),
    [
        ("twenty-one", 21, 1, "twenty-one"),
        ("one hundred and sixty-one", 161, 1, "one hundred and sixty-one"),
        ("Three hundred  and  thirty one", 331, 1, "Three hundred  and  thirty one"),
        ("twenty-one thousand Eleven", 21011, 1, "twenty-one thousand Eleven"),
        ("two million three thousand nine hundred and eighty four", 2003984, 1, None),
        ("two million yuan", 2, 10**6, "two"),
        ("a hundred beds", 1, 100, "a"),
        ("half a million", Decimal("0.5"), 10**6, "half a"),
        ("two and a half years", Decimal("2.5"), 1, "two and a half"),
        ("two point two million", Decimal("2.2"), 10**6, "two point two"),
        ("two hundred point zero three", Decimal("200.03"), 1, None),
        ("eleven hundred", 11, 100, "eleven"),  # a number of hundreds: 1,100
        ("twenty one hundred and eleven", 2111, 1, None),
        ("two thousand fifteen hundred", 2015, 1, "two thousand fifteen"),  # not 3,500: only as the first group
        ("a thousand, one-hundred and eleven", 1111, 1, None),  # a comma after a scale, then the hundreds
        ("three million, two hundred & forty", 3000240, 1, None),
        ("two thousand, five people", 2, 1000, "two"),  # a comma before no hundreds ends the number
        ("two seconds", 2, 1, "two"),  # a duration: second is no ordinal after a unit
        ("three billions", 3, 10**9, "three"),
    ],
)
def test_number_phrases(phrase: str, value: Decimal, scale: int, digits: str | None) -> None:
    read = english_number(phrase, 0)
    assert read is not None and read.kind == "number"
    assert (read.value, read.scale) == (value, scale)
    if digits is not None:
        assert read.digits == digits


@pytest.mark.parametrize(
    ("phrase", "end"),
    [
        ("one twenty two", 14),
        ("sixteen sixty six", 17),
        ("Fifty-One Fifty-Six cars", 19),
        ("fifty sixty thirty and", 18),
    ],
)
def test_number_words_said_in_groups_are_one_run(phrase: str, end: int) -> None:
    """one twenty two is neither 122 nor 1 and 22: a year, model or code said in groups, refused whole."""
    read = english_number(phrase, 0)
    assert read is not None and read.kind == "run" and read.end == end


@pytest.mark.parametrize("phrase", ["three one-day workshops", "five two-thirds of", "twenty one patients"])
def test_a_compound_or_fraction_after_a_number_is_no_run(phrase: str) -> None:
    read = english_number(phrase, 0)
    assert read is not None and read.kind == "number"


@pytest.mark.parametrize(
    "phrase", ["twenty-fifth", "twenty-first century", "one hundred twenty fifth", "two hundredth", "twenty second"]
)
def test_ordinals_are_read_as_ordinals(phrase: str) -> None:
    read = english_number(phrase, 0)
    assert read is not None and read.kind == "ordinal"


@pytest.mark.parametrize(
    ("phrase", "percent"),
    [("two-thirds of", Decimal(200) / 3), ("three fifths", 60), ("one twenty-fifth", 4), ("one fifth of", 20)],
)
def test_fractions_are_percentages(phrase: str, percent: Decimal) -> None:
    read = english_number(phrase, 0)
    assert read is not None and read.kind == "fraction" and read.value == percent


def test_a_singular_fraction_needs_of_or_a_clause_end() -> None:
    assert a_fraction("a fifth of patients", 0) is not None
    assert a_fraction("about a third.", 6) is not None
    assert a_fraction("a third hospital", 0) is None  # another hospital, not 33 %
    assert is_fraction_words("two-thirds") and is_fraction_words("a fifth") and not is_fraction_words("Six")


@pytest.mark.parametrize(
    ("text", "end", "read"),
    [("1 in 5 adults", 1, (20, 6)), ("one in a million", 3, (Decimal("0.0001"), 16)), ("1 in 1,000 births", 1, (Decimal("0.1"), 10)),
     ("5 in 10 years", 1, None), ("1 in 2020", 1, None), ("2 in 1 vaccine", 1, None), ("1 in five", 1, (20, 9))],
)  # fmt: skip
def test_a_share_one_in_five(text: str, end: int, read: tuple[Decimal, int] | None) -> None:
    assert in_ratio(text, Decimal(text[:end] if text[0].isdigit() else 1), end) == read


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("one million, twelve thousand", 1_012_000),
        ("a thousand, one-hundred and eleven", 1111),
        ("one hundred and twenty-three trillion, four hundred and fifty-six billion, seven hundred and eighty-nine "
         "million, twelve thousand, three hundred and forty-five", 123_456_789_012_345),
    ],
)  # fmt: skip
def test_a_comma_after_a_scale_word_goes_on_with_a_smaller_scale(phrase: str, value: int) -> None:
    read = english_number(phrase, 0)
    assert read is not None and read.kind == "number" and read.value * read.scale == value and read.end == len(phrase)


def test_a_comma_does_not_join_two_numbers_of_the_same_scale() -> None:
    read = english_number("one million, two million", 0)
    assert read is not None and read.value * read.scale == 10**6 and read.end == len("one million")
    ordinal = english_number("one thousand, one hundredth", 0)  # the 1,100th: an ordinal, not 1000 and 1 %
    assert ordinal is not None and ordinal.kind == "ordinal"


def test_three_quarter_is_a_fraction_but_twenty_fifth_an_ordinal() -> None:
    read = english_number("three quarter cups", 0)
    assert read is not None and read.kind == "fraction" and read.value == 75
    ordinal = english_number("twenty fifth", 0)
    assert ordinal is not None and ordinal.kind == "ordinal"


@pytest.mark.parametrize(
    ("text", "read"),
    [("2 fifths", (40, 8)), ("3 tenths of", (30, 8)), ("3 quarters of growth", None), ("2 halves", None),
     ("2 seconds", None), ("2 fifth", None)],
)  # fmt: skip
def test_digits_before_a_plural_fraction_word(text: str, read: tuple[int, int] | None) -> None:
    assert digits_over(text, Decimal(text[0]), 1) == read
