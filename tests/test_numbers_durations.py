"""checks/numbers/durations.py: a time printed in hours, minutes and seconds is one duration."""

from __future__ import annotations

import pytest

from checks.numbers import read_quantities


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # in the smallest unit printed, with that part's rounding
        ("平均到达现场时间11分36秒", ("11分36秒", 696, "second", "eq", (695.5, 696.5))),
        ("用时1小时20分钟", ("1小时20分钟", 80, "minute", "eq", (79.5, 80.5))),
        ("3个小时15分钟30秒", ("3个小时15分钟30秒", 11730, "second", "eq", (11729.5, 11730.5))),
        ("一小時零十五秒", ("一小時零十五秒", 3615, "second", "eq", (3614.5, 3615.5))),
        ("the median wait was 2 hours 30 minutes", ("2 hours 30 minutes", 150, "minute", "eq", (149.5, 150.5))),
        ("for 1 minute and 3 seconds", ("1 minute and 3 seconds", 63, "second", "eq", (62.5, 63.5))),
        # a bare 分 is a minute after hours, or before seconds
        ("1小时20分完成", ("1小时20分", 80, "minute", "eq", (79.5, 80.5))),
        # a bound word opens the time or closes it
        ("约1小时20分钟", ("约1小时20分钟", 80, "minute", "approx", (79.5, 80.5))),
        ("11分36秒以内", ("11分36秒以内", 696, "second", "le", (695.5, 696.5))),
    ],
)
def test_a_time_in_hours_minutes_and_seconds_is_one_duration(
    text: str, read: tuple[str, float, str, str, tuple[float, float]]
) -> None:
    (q,) = read_quantities(text)
    assert (q.text, q.value, q.unit, q.bound, (q.round_low, q.round_high)) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("得分85分", [("85分", "point")]),  # a score: 分 alone is no minute
        ("5分36", [("5分", "point"), ("36", None)]),  # nor before a number with no unit
        ("1小时75分", [("1小时", "hour"), ("75分", "point")]),  # 75 is past a clock's minutes
        ("2 hours, 3 days", [("2 hours", "hour"), ("3 days", "day")]),  # units rising: two durations
        ("30分钟、20秒", [("30分钟", "minute"), ("20秒", "second")]),  # a list: two durations
        ("3点4分5秒", []),  # a clock time is no quantity
        ("三分之一", [("三分之一", "percent")]),  # a fraction
    ],
)
def test_times_not_printed_as_one_duration_stay_apart(text: str, read: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.unit) for q in read_quantities(text)] == read


def test_seconds_are_a_unit() -> None:
    assert [(q.text, q.unit) for q in read_quantities("平均受理时间为58秒，不超过60 seconds")] == [
        ("58秒", "second"),
        ("不超过60 seconds", "second"),
    ]
