"""Round 64's rules, from the sixty-sixth held-out set (a board paper asking approval of a recovery plan for a year to
come: a table of where things stand, captioned by a month gone by; sentences dating what they measure by a month gone
by; the standard or ambition it measures against): each has its failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# A health board's paper of March 2026 asking approval of a plan for 2026/27.
_PAPER = [
    "NHS Tarnvale Health Board",
    "Home > Board meetings > 16 March 2026",
    "Falls with harm rate improvement plan 2026/27",
    "Board paper TB/26/044 | Agenda item 7 | Published 9 March 2026",
    "Purpose: for approval",
    "The rate of falls with harm was 4.8 per 1,000 bed days in January 2026, against a national benchmark of 3.5.",
    "In February 2026, 214 patients were waiting for a falls clinic; 61 of them waited for more than 12 weeks.",
    "This paper asks the Board to approve funding of £0.84m in 2026/27 and a trajectory to 4.0 by March 2027.",
    "Table 1. Falls with harm by hospital, January 2026",
    "Hospital\tFalls with harm\tBed days",
    "Tarn General\t37\t7,650",
    "Vale Community\t12\t2,410",
    "Table 2. Planned falls clinics, 2026/27",
    "Quarter\tClinics",
    "Quarter 1\t24",
    "Table 3. Falls with harm expected by hospital, June 2026",
    "Hospital\tFalls with harm",
    "Tarn General\t33",
    "The clinics would see about 1,100 patients, bringing the wait down to 6 weeks by December 2026.",
    "Practices reviewing records would receive £9 for each record, from May 2026.",
    "Discharges are audited against the national ambition of 92%; the plan would lift them to 95% of patients.",
]


# A local paper's story of June 2026 on a council's care costs; most of its years are 2026's (the year it is about).
_STORY = [
    "The Harwick Courier",
    "Home > News",
    "Council's home care bill climbs again",
    "By Ana Webb | 3 June 2026",
    "The council's home care bill rose from £8.2m in 2021/22 to £11.9m in 2024/25, an increase of 45%.",
    "Complaints had fallen from 130 in 2023 to 104 in 2025, a drop of 20%.",
    "The council hopes to cut agency hours from 52,000 to 40,000 by 2027/28, a reduction of 23%.",
    "Carers said the pay rose by 6% last month, an increase of 60p an hour.",
    "In 2026 the council runs 14 care teams, and in May 2026 it had 310 carers on its books.",
    "Its budget for 2026 is £12.4m, and it said in April 2026 that 2026 would be a hard year.",
]


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("story"), _STORY)


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("paper"), _PAPER)


# Table 1. Falls with harm by hospital, January 2026, in a plan for 2026/27 published in March 2026: measured.
@pytest.mark.parametrize(("line", "value"), [(11, 37), (11, 7650), (12, 12), (12, 2410)])
def test_a_tables_caption_month_gone_by_dates_what_it_measured(
    drafted: dict[str, Any], line: int, value: float
) -> None:
    assert _of(_facts(drafted), line, value) == ("achieved", 2026)


def test_guard_a_table_of_a_plans_year_and_of_a_month_to_come(drafted: dict[str, Any]) -> None:
    """Guard: Table 2 (2026/27, no month) and Table 3 (June 2026, after March 2026) stay the plan's targets."""
    facts = _facts(drafted)
    assert _of(facts, 15, 24)[0] == "target"
    assert _of(facts, 18, 33)[0] == "target"


# was 4.8 … in January 2026; In February 2026, 214 patients were waiting; 61 of them: measured, of 2026.
@pytest.mark.parametrize(("line", "value"), [(6, 4.8), (7, 214), (7, 61)])
def test_a_plans_sentence_dated_by_a_month_gone_by_measures(drafted: dict[str, Any], line: int, value: float) -> None:
    assert _of(_facts(drafted), line, value) == ("achieved", 2026)


def test_guard_a_plans_sentence_of_a_month_to_come_or_a_start(drafted: dict[str, Any]) -> None:
    """Guard: `by December 2026` and `from May 2026` date no measurement: the plan's targets, as before."""
    facts = _facts(drafted)
    assert _of(facts, 19, 1100)[0] == "target"
    assert _of(facts, 20, 9)[0] == "target"


# against the national ambition of 92%, in a plan whose rules take effect in 2027: the level standing when published.
def test_the_level_a_plan_measures_against_stands_when_published(drafted: dict[str, Any]) -> None:
    assert _of(_facts(drafted), 21, 92) == ("target", 2026)


def test_guard_a_level_not_measured_against(drafted: dict[str, Any]) -> None:
    """Guard: `the plan would lift them to 95%`, no `against` before it: the plan's year, as before."""
    assert _of(_facts(drafted), 21, 95) == ("target", 2027)


def test_guard_a_plans_own_trajectory_keeps_its_year(drafted: dict[str, Any]) -> None:
    """Guard: the trajectory `to 4.0 by March 2027` is the plan's target of 2027."""
    assert _of(_facts(drafted), 8, 4.0) == ("target", 2027)


# rose from £8.2m in 2021/22 to £11.9m in 2024/25, an increase of 45%: of the year the level reached is printed with.
@pytest.mark.parametrize(("line", "value", "period"), [(5, 45, 2025), (6, 20, 2025)])
def test_the_change_named_after_a_from_to_is_of_the_year_it_reaches(
    story: dict[str, Any], line: int, value: float, period: int
) -> None:
    assert _of(_facts(story), line, value) == ("achieved", period)


def test_guard_a_change_of_a_target_and_a_change_with_no_from_to(story: dict[str, Any]) -> None:
    """Guard: `to 40,000 by 2027/28, a reduction of 23%` stays the target's; `rose by 6% last month, an increase of
    60p` names no from-to and keeps its own guess."""
    facts = _facts(story)
    assert _of(facts, 7, 23) == ("target", 2028)
    assert _of(facts, 8, 0.6)[1] == 2026
