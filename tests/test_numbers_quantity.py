"""checks/numbers/quantity.py: a quantity, its interval, and a range's ends."""

from __future__ import annotations

import json
import math

from checks.numbers import read_quantities
from checks.numbers.quantity import FRACTION_HALF_UNIT, half_unit_of


def test_a_range_is_the_intersection_of_its_ends() -> None:
    (closed,) = read_quantities("3至5年")
    assert (closed.low, closed.high, closed.low_open, closed.high_open) == (3, 5, False, False)
    assert (closed.round_low, closed.round_high) == (2.5, 5.5)  # a fact citing either end finds its value
    assert [end.bound for end in closed.figures()] == ["ge", "le"]
    (strict,) = read_quantities("大于20小于等于35")
    assert (strict.low, strict.high, strict.low_open, strict.high_open) == (20, 35, True, False)
    (percent,) = read_quantities("30%-40%")
    assert (percent.low, percent.high) == (30, 40) and percent.unit == "percent"
    # Each end stands for its own bound: more than 20 (up to no limit), at most 35 (a count, from 0).
    assert [(end.low, end.high, end.low_open, end.high_open) for end in strict.figures()] == [
        (20, math.inf, True, True),
        (0, 35, False, False),
    ]


def test_a_point_is_its_own_figure() -> None:
    (point,) = read_quantities("3000张")
    assert point.figures() == (point,) and point.ends is None


def test_as_dict_nests_the_ends_and_is_strict_json() -> None:
    (over, span) = read_quantities("超过3000张，3至5年")
    for data in (over.as_dict(), span.as_dict()):
        assert json.loads(json.dumps(data, allow_nan=False)) == data
    assert over.as_dict()["high"] is None and math.isinf(over.high)
    assert [end["text"] for end in span.as_dict()["ends"]] == ["3", "5年"]


def test_half_units_of_new_forms() -> None:
    assert half_unit_of(".5") == 0.05
    assert half_unit_of("1,234,567") == 0.5
    assert half_unit_of("a fifth") == half_unit_of("一半") == FRACTION_HALF_UNIT
