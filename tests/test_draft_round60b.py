"""Round 60b's rules, from what the tuned articles of sets 61 and 62 still missed (a year inside a name or a
description, a fee changed from a dated day after publication, what the people counted said they plan, a run of years
`now` ends and a relative clause's present tense in a report on a year over): each has its failing and passing cases,
written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# A community trust's review of its 2024/25 year, published in October 2025.
_REVIEW = [
    "Elmstead Community Health Trust",
    "Home > About us > Reports",
    "Estates and education annual review 2024/25",
    "Posted 2 October 2025",
    "Grant income fell by £48,000 as three Horizon 2020 grants closed.",
    "The backlog grew at Millbrook House, where 5 of its 9 clinics were built before 1980.",
    "The nursing academy, which began in 2019, trained 42 students, 30 of them in adult nursing.",
    "In 2019 the academy opened with 12 places.",
]

# A state board's annual report for fiscal year 2025, released in October 2025.
_BOARD = [
    "Westmark State Board of Pharmacy",
    "Home › About the Board › Reports",
    "Fiscal Year 2025 Annual Report",
    "Released October 6, 2025",
    "Fees: from March 1, 2026, the annual pharmacist license fee rises from $150 to $175; the technician fee stays at $60.",
    "Staffing: the 2025 workforce survey found a median age of 46, and 23% of pharmacists said they plan to retire"
    " within five years.",
    "The Board plans to cut its median processing time to 10 days within two years.",
]

# A hospital trust's summary of its 2025 food audit, published in January 2026.
_AUDIT = [
    "Harrowgate Hospitals NHS Trust",
    "Home > How we are doing > Audits",
    "Food audit 2025: results for our hospitals",
    "Published: 20 January 2026",
    "Our 2025 audit covered 31 wards.",
    "Patient satisfaction has now stayed above 90% for four consecutive years.",
    "Elm Ward, where most patients have dementia, scored 81.5%.",
    "The trust now has 14 dietitians.",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {"review": _REVIEW, "board": _BOARD, "audit": _AUDIT}
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# three Horizon 2020 grants: the year is the programme's name; built before 1980, which began in 2019: descriptions.
@pytest.mark.parametrize(("line", "value"), [(5, 48000), (5, 3), (6, 5), (6, 9), (7, 30)])
def test_a_year_inside_a_name_or_a_description_dates_no_figure(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["review"]), line, value) == ("achieved", 2025)


def test_guard_a_year_the_sentence_is_of_still_dates_it(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: `In 2019 the academy opened with 12 places` is of 2019 (no name, no relative clause), as before."""
    assert _of(_facts(drafted["review"]), 8, 12) == ("achieved", 2019)


# from March 1, 2026 … rises from $150 to $175 in an October 2025 report: the new fee is a target of 2026.
def test_the_level_a_change_from_a_later_dated_day_brings_is_a_target(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["board"]), 5, 175) == ("target", 2026)


def test_guard_the_level_it_starts_from_and_a_rule_past_a_semicolon_hold_now(
    drafted: dict[str, dict[str, Any]],
) -> None:
    """Guard: the $150 it rises from and the $60 that stays (past a `;`) are achieved of 2025, as before."""
    facts = _facts(drafted["board"])
    assert _of(facts, 5, 150) == ("achieved", 2025)
    assert _of(facts, 5, 60) == ("achieved", 2025)


# 23% of pharmacists said they plan to retire within five years: what they said, the 2025 survey's finding.
def test_what_the_people_counted_said_they_plan_is_no_target(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["board"]), 6, 23) == ("achieved", 2025)


def test_guard_what_the_board_plans_stays_a_target(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: `The Board plans to cut … to 10 days` is the board's own plan: a target, as before."""
    assert _of(_facts(drafted["board"]), 7, 10)[0] == "target"


# has now stayed above 90% for four consecutive years, in January 2026 on the 2025 audit: 2025, the run's last year.
def test_now_ending_a_run_of_years_is_the_year_reported(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["audit"]), 6, 90) == ("achieved", 2025)


# Elm Ward, where most patients have dementia, scored 81.5%: the present tense is the relative clause's.
def test_a_relative_clauses_present_tense_is_not_the_figures(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["audit"]), 7, 81.5) == ("achieved", 2025)


def test_guard_what_stands_now_keeps_the_publication_year(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: `The trust now has 14 dietitians` (no run of years, its own present) is of 2026, as before."""
    assert _of(_facts(drafted["audit"]), 8, 14) == ("achieved", 2026)
