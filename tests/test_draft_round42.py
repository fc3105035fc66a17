"""Round 42's rules, from the forty-fifth held-out set (a health plan's notice of next year's changes in a
table of this year and next, a county's amendment of a jail health contract, a village clinics' acceptance
notice): each has its failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import ignored_on
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

_CHANGES = [
    "Westbrook Dental Plus: what changes next year",
    "Posted October 1, 2026",
    "The changes below take effect on January 1, 2027.",
    "Benefit\t2026 (this year)\t2027 (next year)",
    "Monthly premium\t$12.00\t$14.00",
    "Cleaning\t$0 copay per visit\t$10 copay per visit",
    "Crown\t50% coinsurance\t40% coinsurance",
    "Fillings\t$20 copay (Tiers 1 to 2 only)\t$25 copay (Tiers 1 to 2 only)",
    "Oral surgery stay\t$90 copay per day for days 1 to 4\t$100 copay per day for days 1 to 3",
    "Members waited 12 days on average for a first appointment this year.",
]

_STUDY = [
    "Trial results summary",
    "Published 3 March 2026",
    "Outcome\tEstimate\t95% CI",
    "Hospital days\t4.1\t3.2 to 5.0",
]

_STAFFING = [
    "Item 9: Amendment to the ambulance services contract",
    "Staff report posted October 6, 2026",
    "The contract requires the operator to keep minimum crews on duty at all hours.",
    "Station\tMinimum crews through December 31, 2026\tMinimum crews from January 1, 2027",
    "North station\t6\t8",
    "South station\t4\t5",
    "Response times",
    "Zone\tMinimum 2025\tMedian 2025\tTarget 2027",
    "Urban (minutes)\t3.1\t7.4\t8",
]

_AMENDMENT = [
    "Item 14: First Amendment to the laboratory services agreement",
    "Staff report posted September 8, 2026",
    "RECOMMENDED ACTION: Approve the First Amendment, effective January 1, 2027, increasing the maximum amount"
    " from $2,400,000 to $2,950,000 and extending the term by two years.",
    "BACKGROUND: The agreement was approved in 2024. Test volumes rose from 41,000 to 46,500 last year.",
    "The amendment raises the courier charge to $38 per run and adds a late-result credit of up to $500 a month.",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {"changes": _CHANGES, "study": _STUDY, "staffing": _STAFFING, "amendment": _AMENDMENT}
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# A table of this year's and next year's values whose cells open on an amount and go on in words ($0 copay per
# visit, 50% coinsurance): the cells are figures, of their columns' years, not a header row's words.
@pytest.mark.parametrize(
    ("line", "value", "expected"),
    [
        (6, 0, ("achieved", 2026)),
        (6, 10, ("target", 2027)),
        (7, 50, ("achieved", 2026)),
        (7, 40, ("target", 2027)),
        (8, 20, ("achieved", 2026)),
        (8, 25, ("target", 2027)),
        (9, 90, ("achieved", 2026)),
        (9, 100, ("target", 2027)),
    ],
)
def test_a_cell_that_opens_on_an_amount_is_a_figure_of_its_column(
    drafted: dict[str, dict[str, Any]], line: int, value: float, expected: tuple[str, int]
) -> None:
    assert _of(_facts(drafted["changes"]), line, value) == expected


# the tiers and the days a copay applies to are named by their numbers (Tiers 1 to 2, days 1 to 4): no figures
@pytest.mark.parametrize(("line", "values"), [(8, [1, 2]), (9, [1, 4, 3])])
def test_the_classes_and_days_a_cell_names_are_no_figures(
    drafted: dict[str, dict[str, Any]], line: int, values: list[float]
) -> None:
    facts = _facts(drafted["changes"])
    assert all((line, value) not in facts for value in values)


def test_bare_cells_and_a_count_of_days_stay_figures(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["changes"])
    assert _of(facts, 5, 12.00) == ("achieved", 2026)
    assert _of(facts, 5, 14.00) == ("target", 2027)
    assert _of(facts, 10, 12) == ("achieved", 2026)


def test_a_header_rows_confidence_level_stays_no_figure(drafted: dict[str, dict[str, Any]]) -> None:
    assert (3, 95) not in _facts(drafted["study"])
    assert any("95" in text for text in ignored_on(drafted["study"], 3))


# A table of the minima a contract requires, before and after a change: each column is a norm's levels, targets
# of its year, the current column no base the next one starts from.
@pytest.mark.parametrize(("line", "value", "year"), [(5, 6, 2026), (5, 8, 2027), (6, 4, 2026), (6, 5, 2027)])
def test_a_column_of_required_minima_is_a_norm_of_its_year(
    drafted: dict[str, dict[str, Any]], line: int, value: float, year: int
) -> None:
    assert _of(_facts(drafted["staffing"]), line, value) == ("target", year)


def test_the_lowest_value_measured_beside_a_median_stays_achieved(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["staffing"])
    assert _of(facts, 9, 3.1) == ("achieved", 2025)
    assert _of(facts, 9, 7.4) == ("achieved", 2025)
    assert _of(facts, 9, 8) == ("target", 2027)


# A text whose changes take effect after it is published: what its sentence naming that date changes to, and
# what a sentence opening on the amendment changing something sets, are rules to come, targets of that year.
@pytest.mark.parametrize(("line", "value"), [(3, 2950000), (3, 2), (5, 38), (5, 500)])
def test_a_change_the_amendment_makes_is_a_target_of_its_date_of_effect(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["amendment"]), line, value) == ("target", 2027)


def test_what_it_changes_from_and_a_change_told_stay_achieved(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["amendment"])
    assert _of(facts, 3, 2400000) == ("achieved", 2026)
    assert _of(facts, 4, 46500)[0] == "achieved"
    assert _of(facts, 4, 41000)[0] == "achieved"
