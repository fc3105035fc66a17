"""Round 36's rules, from the kinds of text the fortieth held-out set brought (a Scottish health board's
performance report, a province's 中医药 statistical bulletin, a Kenyan county's health budget statement, a US
state's waiver evaluation, a city's occupational health examination report, a city's penalty disclosure): each
has its failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

_BOARD = [
    "Eastvale Health Board",
    "Performance Report: Position to September 2026",
    "Published: 18 November 2026",
    "",
    "In September 2026, 68.4% of patients were seen within 4 hours, against the local trajectory for September of 75%.",
    "Table 1: Waiting times, position at 30 September 2026",
    "Measure\tStandard\tSep 2026\tJun 2026",
    "Outpatients seen within 12 weeks\t95%\t58.2%\t56.9%",
    "In the quarter ending 30 June 2026, 81.6% of patients started treatment within 62 days (standard 95%), and 94.8% within 31 days, where the standard is also 95%.",
    "",
    "Eastvale Health Board",
]

_BULLETIN = [
    "某省2025年中医药事业发展统计公报",
    "发布时间：2026-05-20",
    "",
    "　　年末全省中医类别执业（助理）医师5.92万人；每万人口中医类别执业（助理）医师4.6人，较“十四五”规划目标（每万人口不低于4.5人）高出0.1人。",
    "　　“十四五”期间，全省中医类医院由2020年的276个增加到312个；每万人口中医类别执业（助理）医师由3.5人增加到4.6人。",
    "",
    "某省中医药管理局",
]

_BUDGET = [
    "County Department of Health: Programme Based Budget Statement, FY 2026/27",
    "Published 24 June 2026",
    "",
    "The County Assembly approved KSh 4.86 billion for health in the FY 2026/27 budget estimates. Health now accounts for 31.2% of the county's total budget of KSh 15.58 billion.",
    "Table 1: Health budget by programme, FY 2025/26 and FY 2026/27 (KSh million)",
    "Programme\tRevised 2025/26\tEstimates 2026/27\tChange (%)",
    "Preventive and promotive health\t486\t542\t11.5",
    "Key allocations",
    "The budget provides for:",
    "• KSh 96.5 million for essential medicines and medical supplies;",
    "• KSh 48 million for the county's share of network costs.",
    "",
    "County Department of Health",
]


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("board"), _BOARD)


@pytest.fixture(scope="module")
def bulletin(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("bulletin"), _BULLETIN)


@pytest.fixture(scope="module")
def budget(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("budget"), _BUDGET)


# ---- status: a standard's column, a standard named in brackets or as a copula's subject, a trajectory ------


def test_a_standard_column_holds_targets(board: dict[str, Any]) -> None:
    facts = _facts(board)
    assert _of(facts, 8, 95) == ("target", 2026)  # Standard column
    assert facts[(8, 58.2)]["status"] == "achieved"


def test_a_standard_or_trajectory_named_before_its_value_is_a_target(board: dict[str, Any]) -> None:
    facts = _facts(board)
    assert _of(facts, 5, 75) == ("target", 2026)  # the local trajectory for September of 75%
    assert facts[(5, 68.4)]["status"] == "achieved"
    standards = [f for f in board["facts"] if f["line"] == 9 and f["value"] == 95]
    assert [f["status"] for f in standards] == ["target", "target"]  # (standard 95%), the standard is also 95%
    assert facts[(9, 81.6)]["status"] == "achieved"


# ---- a plan's target compared with, and the span of a Five-Year Plan carried to the next sentence ----------


def test_a_figure_compared_with_a_plans_target_is_reached_the_target_due_in_the_plans_last_year(
    bulletin: dict[str, Any],
) -> None:
    facts = _facts(bulletin)
    assert _of(facts, 4, 4.6) == ("achieved", 2025)  # 较“十四五”规划目标…: compared with the target
    assert _of(facts, 4, 4.5) == ("target", 2025)  # the 十四五 plan's own target: due in 2025, over or not
    assert _of(facts, 4, 0.1) == ("achieved", 2025)  # 高出0.1人


def test_a_five_year_plans_span_reaches_the_change_of_the_next_sentence(bulletin: dict[str, Any]) -> None:
    facts = _facts(bulletin)
    assert _of(facts, 5, 3.5) == ("achieved", 2020)  # 由3.5人: the year before the plan's first
    assert _of(facts, 5, 4.6) == ("achieved", 2025)


# ---- a budget's estimates, its change column, its list of allocations and its whole --------------------------


def test_a_budgets_estimates_column_holds_allocations_and_its_change_column_the_latest_year(
    budget: dict[str, Any],
) -> None:
    facts = _facts(budget)
    assert _of(facts, 7, 542000000) == ("achieved", 2027)  # Estimates 2026/27 under a budget's caption
    assert _of(facts, 7, 486000000) == ("achieved", 2026)
    assert _of(facts, 7, 11.5) == ("achieved", 2027)  # Change (%): into 2026/27


def test_a_budgets_list_items_and_its_whole_are_of_its_year(budget: dict[str, Any]) -> None:
    facts = _facts(budget)
    assert _of(facts, 10, 96500000) == ("achieved", 2027)  # • KSh 96.5 million, under The budget provides for:
    assert _of(facts, 11, 48000000) == ("achieved", 2027)
    assert _of(facts, 4, 31.2) == ("achieved", 2027)  # 31.2% of the county's total budget
    assert _of(facts, 4, 15580000000) == ("achieved", 2027)  # the county's total budget of KSh 15.58 billion
