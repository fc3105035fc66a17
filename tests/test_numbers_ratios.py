"""checks/numbers/ratios.py: a ratio with a term 1 is read once, as its other term."""

from __future__ import annotations

import pytest

from checks.numbers import read_quantities


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("全院医护比为1:1.61", [("1:1.61", 1.61, "eq", "ratio")]),
        ("床护比1∶0.6", [("1∶0.6", 0.6, "eq", "ratio")]),
        ("男女患者比为0.93∶1，女性患者略多", [("0.93∶1", 0.93, "eq", "ratio")]),
        ("a nurse-to-patient ratio of 1:4 on wards", [("1:4", 4, "eq", "ratio")]),
        ("医护比不低于1:1.2", [("不低于1:1.2", 1.2, "ge", "ratio")]),
    ],
)
def test_a_ratio_named_or_bounded_is_one_reading(text: str, read: list[tuple[str, float, str, str]]) -> None:
    assert [(q.text, q.value, q.bound, q.unit) for q in read_quantities(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a second term shaped like a clock's minutes, after a ratio's name or a bound word: a ratio
        ("夜班平均护患比为1:14.2。", [("1:14.2", 14.2, "eq", "ratio")]),
        ("夜班护患比不高于1:12；", [("不高于1:12", 12, "le", "ratio")]),
        ("全院医护比为1:12", [("1:12", 12, "eq", "ratio")]),
        ("a nurse-to-patient ratio of 1:14 at night", [("1:14", 14, "eq", "ratio")]),
        ("at least 1:15 on general wards", [("at least 1:15", 15, "ge", "ratio")]),
        # a time's minutes take no decimals: 4:10.2% is a label's 4 and 10.2%
        ("Na2SO4:10.2%; Solid Content: 50%", [("10.2%", 10.2, "eq", "percent"), ("50%", 50, "eq", "percent")]),
    ],
)
def test_a_ratio_whose_term_looks_like_minutes_is_no_time_of_day(
    text: str, read: list[tuple[str, float, str, str]]
) -> None:
    """Fails before 2026-12-02 (each such ratio was masked as a time of day, 1:12 as twelve past one)."""
    assert [(q.text, q.value, q.bound, q.unit) for q in read_quantities(text)] == read


@pytest.mark.parametrize(
    "text",
    ["会议于1:30开始", "The meeting starts at 10:30.", "于10:30召开", "at 11:17:45 pm", "22：58发布", "比赛从1:30开始"],
)
def test_a_time_of_day_stays_no_quantity(text: str) -> None:
    """Guard: times of day with no ratio named or bound before them stay unread (passes before and after)."""
    assert read_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("mixed 1:2 with water", [("1", 1), ("2", 2)]),  # no ratio named, no bound
        ("会议于1:30开始", []),  # a time of day
        ("比分为3:2", [("3", 3), ("2", 2)]),  # no term of one
    ],
)
def test_other_numbers_around_a_colon_stay_apart(text: str, read: list[tuple[str, float]]) -> None:
    assert [(q.text, q.value) for q in read_quantities(text)] == read


def test_the_ratio_sign_itself_needs_no_name_before_it() -> None:
    read = read_quantities("职工医保在职退休比为2.87∶1，比上年的2.96∶1有所下降")
    assert [(q.text, q.value, q.unit) for q in read] == [("2.87∶1", 2.87, "ratio"), ("2.96∶1", 2.96, "ratio")]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("2.8 times the rate of white women", [("2.8 times", 2.8, "ratio")]),
        ("were 3 times more likely to die", [("3 times", 3, "ratio")]),
        ("1.2 times as high for males", [("1.2 times", 1.2, "ratio")]),
        ("visited 3 times", [("3 times", 3, "case")]),  # how often: a count of times
        ("3 times a day", [("3 times", 3, "case")]),
        ("twice the FY2026 total", [("twice", 2, None)]),  # a factor, as doubled is
        ("twice as many beds", [("twice", 2, None)]),
        ("visited twice a day", []),  # how often, no factor
        ("Uses rose to nearly double the 24,500 of 2024", [("nearly double", 2, None), ("24,500", 24500, None)]),
        ("to triple the number of screenings", [("triple", 3, None)]),
        ("a double room", []),  # a kind of room, no factor
        ("double-digit growth", []),
        ("a triple-negative cancer", []),
    ],
)
def test_times_the_rate_is_a_ratio_and_twice_the_total_a_factor(text: str, read: list[tuple[str, float, str]]) -> None:
    assert [(q.text, q.value, q.unit) for q in read_quantities(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("41/26 Apologies for absence", []),  # a committee minute's number (item 41 of 2026)
        ("  42/26 Minutes of the last meeting", []),
        ("the ratio was 41/26 Patients", [("41/26", 157.69)]),  # inside a sentence: a fraction still
    ],
)
def test_a_minute_number_opening_a_line_is_no_fraction(text: str, read: list[tuple[str, float]]) -> None:
    assert [(q.text, round(q.value, 2)) for q in read_quantities(text)] == read


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a count of times is whole: a fraction of times is a multiple (failed before 2026-12-03: read in case)
        ("leverage of no more than 1.5 times.", "ratio"),
        ("net debt of £286.0m, or 1.1 times leverage", "ratio"),
        # but how often, or a whole count of times, stays a count
        ("visits averaged 1.5 times a year", "case"),
        ("the 3 times he came", "case"),
    ],
)
def test_a_fraction_of_times_is_a_multiple(text: str, unit: str) -> None:
    assert [q.unit for q in read_quantities(text) if q.unit_text == "times"] == [unit]
