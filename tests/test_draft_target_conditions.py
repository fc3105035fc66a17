"""A target's further level after its due time is no threshold that picks units (checks.draft.thresholds): failing
and passing cases, written for this file."""

from __future__ import annotations

import pytest

from checks.draft.thresholds import threshold
from checks.numbers import read_quantities


def _picked(line: str) -> list[str]:
    found = read_quantities(line)
    return [q.text for q in found if threshold(line, q, found)]


@pytest.mark.parametrize(
    "line",
    [
        "The group aims for a margin of 17% by 2027 with leverage of no more than 1.5 times.",
        "We plan to reach 250 beds by March 2027, with occupancy of at most 85%.",
        "The fund targets a return of 4% in FY2026 with costs below 0.5%.",
    ],
)
def test_a_targets_further_level_after_its_due_time_is_a_claim(line: str) -> None:
    assert _picked(line) == []


@pytest.mark.parametrize(
    ("line", "picked"),
    [
        # units named between the count and "with": the bound picks them (as before)
        ("11 of the 30 districts with enrolment below 75% were visited.", ["below 75%"]),
        ("There were 42 practices in 2025 with fewer than 3 GPs.", ["fewer than 3"]),
    ],
)
def test_guard_a_bound_after_units_named_still_picks_them(line: str, picked: list[str]) -> None:
    assert _picked(line) == picked
