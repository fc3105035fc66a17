"""Scores in 分 (考核得分900分以上), and 分 that is no score: a word (十分, 分院), a clock's minutes (14时30分)."""

from __future__ import annotations

import pytest

from checks.numbers import read_quantities


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("力争到2027年，自评总分达到900分以上", [("900分以上", 900, "ge")]),
        ("得分80分以下的有3个", [("80分以下", 80, "le"), ("3个", 3, "eq")]),
        ("平均得分86.4分，比上年提高2.7分", [("86.4分", 86.4, "eq"), ("2.7分", 2.7, "eq")]),
        ("达到“合格”等次（90分及以上）", [("90分及以上", 90, "ge")]),
        ("80分至89.9分的8家", [("80分至89.9分", 80, "range"), ("8家", 8, "eq")]),
        ("满意度九十分", [("九十分", 90, "eq")]),
    ],
)
def test_a_score_s_points_carry_its_bound(text: str, read: list[tuple[str, float, str]]) -> None:
    """分 after a number is the score's word, so the bound word after it is the score's (900分以上: ge)."""
    found = read_quantities(text)
    assert [(q.text, q.value, q.bound) for q in found] == read
    assert all(q.unit == "point" for q in found if q.unit_text == "分")  # the packaged units.yaml's points


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("这项工作十分重要", []),  # very
        ("建设3个分中心和2家分院", [("3个", 3), ("2家", 2)]),
        ("全市10分院", [("10", 10)]),  # a branch hospital's number: no score
        ("于14时30分召开", []),  # a time of day
        ("2026年10月1日0时至10月31日24时", []),
    ],
)
def test_fen_that_is_no_score(text: str, read: list[tuple[str, float]]) -> None:
    assert [(q.text, q.value) for q in read_quantities(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("平均到达现场时间12分05秒", ("12分05秒", 725, "second")),  # a leading zero inside a time is no code
        ("用时1小时05分", ("1小时05分", 65, "minute")),
        ("11分36秒以内", ("11分36秒以内", 696, "second")),
    ],
)
def test_minutes_inside_a_time_are_still_a_time(text: str, read: tuple[str, float, str]) -> None:
    (q,) = read_quantities(text)
    assert (q.text, q.value, q.unit) == read


def test_a_code_with_a_leading_zero_is_still_no_figure() -> None:
    assert read_quantities("股票代码002462") == [] and read_quantities("编号分02") == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("a median of 9 weeks and 2 days", ("9 weeks and 2 days", 65, "day")),
        ("平均等待3周2天", ("3周2天", 23, "day")),
        ("随访1年零3个月", ("1年零3个月", 15, "month")),
        ("after 2 years and 6 months", ("2 years and 6 months", 30, "month")),
    ],
)
def test_weeks_and_days_or_years_and_months_are_one_duration(text: str, read: tuple[str, float, str]) -> None:
    (q,) = read_quantities(text)
    assert (q.text, q.value, q.unit) == read


def test_parts_of_no_calendar_stay_apart() -> None:
    assert [q.text for q in read_quantities("3周8天")] == ["3周", "8天"]  # 8 days is more than a week
    assert [q.text for q in read_quantities("3 years, 2 months and 4 days")] == ["3 years, 2 months", "4 days"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("结核分枝杆菌/艾滋病病毒双重感染患者21例", [("21例", 21)]),  # co-infection: no two layers
        ("构建四重保障", [("四重", 4)]),
        ("calls to NHS 111 rose by 12%", [("12%", 12)]),  # a service's name
        ("14,200 bed days were lost", [("14,200 bed days", 14200)]),
    ],
)
def test_words_that_name_no_figure_and_bed_days(text: str, read: list[tuple[str, float]]) -> None:
    assert [(q.text, q.value) for q in read_quantities(text)] == read
