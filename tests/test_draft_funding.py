"""Money a government has agreed for a financial year ahead is granted (achieved, of that year); what it is to pay
for is still to come (a target of that year). Texts written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place, status_and_period
from tests.draft_measure import draft_text

_REPORT = [
    "Northfold Ambulance Service",
    "News",
    "Community first responders: our report for 2025-26",
    "Published 20 May 2026",
    "The Scottish Government has agreed an additional £420,000 for 2026-27 to fund 8 more rapid response cars.",
    "In 2025-26 we hired 12 more paramedics, funded from our own budget of £1.9 million.",
]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[int, float], dict[str, Any]]:
    return facts_by_place(draft_text(tmp_path_factory.mktemp("report"), _REPORT))


def test_money_agreed_for_a_year_ahead_is_granted(report: dict[tuple[int, float], dict[str, Any]]) -> None:
    assert status_and_period(report, 5, 420000) == ("achieved", 2027)


def test_what_the_money_is_to_fund_is_a_target_of_its_year(report: dict[tuple[int, float], dict[str, Any]]) -> None:
    assert status_and_period(report, 5, 8) == ("target", 2027)


def test_guard_a_count_done_before_the_money_named_after_it(report: dict[tuple[int, float], dict[str, Any]]) -> None:
    """Guard: 12 paramedics hired in 2025-26 stay achieved (the money comes after them, nothing is to be funded)."""
    assert status_and_period(report, 6, 12)[0] == "achieved"
