"""Round 34's reader changes: "a quarter" after what is counted is how often (per quarter), a share compared
with an earlier period's level (低于上年同期的7.5%) is that level as printed, and a count's share in brackets
keeps its own bound (About 7,300 of them (15%)). Each case fails on the reader before round 34."""

from __future__ import annotations

import pytest

from checks.numbers import read_quantities


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(q.text, q.value, q.bound) for q in read_quantities(text)]


@pytest.mark.parametrize(
    "text",
    ["The helpline takes about six thousand calls a quarter.", "Inspectors visit each site twice a quarter."],
)
def test_a_quarter_after_what_is_counted_is_how_often(text: str) -> None:
    """Per quarter of a year: no share of 25 %; a quarter as a share is still one."""
    assert all(q.value != 25 for q in read_quantities(text))
    assert ("a quarter", 25, "eq") in _read("Spending rose by a quarter in two years.")
    assert ("A quarter", 25, "eq") in _read("A quarter of the wards were closed.")


@pytest.mark.parametrize(
    ("text", "figure", "value", "bound"),
    [
        ("住院率为4.2%，低于上年同期的4.9%。", "4.9%", 4.9, "eq"),  # the level compared with, as printed
        ("治愈率为88.1%，高于去年的86.3%。", "86.3%", 86.3, "eq"),
    ],
)
def test_a_share_compared_with_an_earlier_periods_is_its_level(
    text: str, figure: str, value: float, bound: str
) -> None:
    (q,) = [q for q in read_quantities(text) if q.text == figure]
    assert (q.value, q.bound) == (value, bound)
    # a negated bound of a share of last year's level is still its bound, and 倍 a ratio's
    assert ("不低于上年的85%", 85, "ge") in _read("采购量不低于上年的85%。")
    assert ("高于去年的1.2倍", 1.2, "gt") in _read("门诊量高于去年的1.2倍。")


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("About 2,400 of the patients (18%) were readmitted.", 18),
        ("Nearly 600 of them (7.5%) declined.", 7.5),
    ],
)
def test_a_counts_share_in_brackets_keeps_its_own_bound(text: str, share: float) -> None:
    """The share a count makes is computed and printed as it is: the count's approximation is not its."""
    (q,) = [q for q in read_quantities(text) if q.unit == "percent"]
    assert (q.value, q.bound) == (share, "eq")
    assert read_quantities(text)[0].bound in ("approx", "nearly")
