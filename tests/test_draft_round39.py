"""Round 39's rules, from the kinds of text the forty-third held-out set brought (a city's notice of licence
verification results, a province's notice allocating public health subsidies, a county's notice of
family-planning payments, an NGO's bed-net campaign report, a trust's gender pay gap report, a hospital's nurse
staffing plan for the next year): each has its failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import ignored_on
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

_PAYMENTS = [
    "关于2026年度计划生育特别扶助金发放情况的公示",
    "发布时间：2026-10-15",
    "2026年度全县确认扶助对象920人，扶助标准为每人每月500元。",
    "自2027年1月1日起，伤残家庭扶助标准由每人每月500元提高至650元，死亡家庭标准保持700元不变。",
    "资金按服务人口数（权重70%）和2025年度考核结果（权重30%）分配。",
    "对考核得分低于60分的乡镇扣减下一年度资金的3%至8%。抽查比例不低于总数的20%（实际为23.5%）。",
    "得分低于75分的地（市）暂停评优。",
    "结转下年度继续办理5件。",
    "某县卫生健康委员会",
]

_PLAN = [
    "Lakeview Hospital",
    "Nurse Staffing Plan for 2027",
    "Posted November 20, 2026",
    "The staffing committee, made up of 6 direct care nurses and 7 managers, met 9 times in 2026 and approved this"
    " plan. The plan takes effect on January 1, 2027.",
    "Unit\tStaffed beds\tRequired ratio from January 1, 2027\tAverage patients per nurse, 2026",
    "Surgical\t30\t1:5\t5.2",
    "The plan covers 90 staffed beds. Every unit must have at least three nurses on duty.",
    "The committee received 80 complaints and resolved 70 of them. Agency staff worked 6.5% of hours, against a"
    " ceiling of 4% that the plan sets for 2027.",
    "Our FY2027 staffing budget is $40.2 million, 5.0% more than the FY2026 budget of $38.3 million, and funds 310"
    " full-time equivalents.",
    "The plan adds 20 beds and funds 45 new posts.",
]

_REPORT = [
    "Harbourside Health Trust",
    "Annual report on the vaccination drive",
    "Published 10 October 2026",
    "The drive cost $2.1 million, or $3.40 per dose given (the target was no more than $3.60).",
    "A survey in September 2026 found 72.5% of adults vaccinated, up from 60.0% in the 2024 survey, a rise of 12.5"
    " percentage points.",
    "The remaining 8 wards will receive the vaccine in phase two, scheduled for May 2027.",
    "Our plan commits us to cut waits below 20 days by March 2028, and to raise the share of staff vaccinated from"
    " 65% to at least 85%.",
    "Employers with 100 or more staff must report each year.",
    "Switchboard 01632 960 111",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {"payments": _PAYMENTS, "plan": _PLAN, "report": _REPORT}
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# A notice of payments made: 计划生育 names a policy, not a plan; what the notice reports and the standards in
# force are achieved, of the year of publication.
@pytest.mark.parametrize(("line", "value"), [(3, 920), (3, 500)])
def test_family_planning_in_a_title_makes_no_plan(drafted: dict[str, dict[str, Any]], line: int, value: float) -> None:
    assert _of(_facts(drafted["payments"]), line, value) == ("achieved", 2026)


def test_a_level_set_from_a_later_date_is_its_target_and_a_kept_one_stands(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["payments"])
    assert _of(facts, 4, 650) == ("target", 2027)
    assert _of(facts, 4, 700) == ("achieved", 2026)  # 保持700元不变: kept, true already
    assert _of(facts, 4, 500) == ("achieved", 2026)  # the level it changes from


@pytest.mark.parametrize(("line", "value"), [(5, 70), (5, 30)])
def test_the_year_of_an_allocations_basis_is_no_figures(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["payments"]), line, value) == ("achieved", 2026)


def test_a_share_of_the_next_years_money_is_a_target_of_that_year(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["payments"])
    assert _of(facts, 6, 3) == ("target", 2027)
    assert _of(facts, 6, 8) == ("target", 2027)


def test_a_bound_picking_those_a_sanction_falls_on_is_no_claim(drafted: dict[str, dict[str, Any]]) -> None:
    assert not [key for key in _facts(drafted["payments"]) if key[0] == 7]
    assert [text for text in ignored_on(drafted["payments"], 7) if "75" in text]


def test_guard_what_is_carried_into_next_year_is_no_money_of_it(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["payments"]), 8, 5) == ("achieved", 2026)  # 结转下年度继续办理5件


def test_a_level_with_what_was_reached_in_brackets_is_a_target(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["payments"])
    assert _of(facts, 6, 20) == ("target", 2026)
    assert _of(facts, 6, 23.5) == ("achieved", 2026)


# A plan for the next year: what it tells of its committee, its past year and the beds it covers stands.
@pytest.mark.parametrize(("line", "value"), [(4, 6), (4, 7), (4, 9), (7, 90), (8, 80), (8, 70), (8, 6.5), (6, 30)])
def test_a_plans_past_and_present_are_achieved(drafted: dict[str, dict[str, Any]], line: int, value: float) -> None:
    assert _of(_facts(drafted["plan"]), line, value) == ("achieved", 2026)


def test_a_plans_rules_are_its_targets_of_the_year_it_takes_effect(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["plan"])
    assert _of(facts, 7, 3) == ("target", 2027)  # not the year of 'in 2026 and approved this plan'
    assert _of(facts, 8, 4) == ("target", 2027)  # a ceiling … that the plan sets for 2027
    assert _of(facts, 6, 5) == ("target", 2027)  # the required ratio's column


@pytest.mark.parametrize("value", [20, 45])
def test_guard_what_a_plan_adds_and_funds_is_planned(drafted: dict[str, dict[str, Any]], value: float) -> None:
    assert _of(_facts(drafted["plan"]), 10, value)[0] == "target"  # The plan adds 20 beds and funds 45 new posts


def test_a_fiscal_years_budget_is_achieved_of_that_year(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["plan"])
    assert _of(facts, 9, 40_200_000) == ("achieved", 2027)
    assert _of(facts, 9, 38_300_000) == ("achieved", 2026)
    assert _of(facts, 9, 310) == ("achieved", 2027)


def test_a_bracketed_targets_cue_is_its_own(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["report"])
    assert _of(facts, 4, 3.4) == ("achieved", 2026)
    assert facts[(4, 3.6)]["qualifier"] == "le" and facts[(4, 3.6)]["status"] == "target"


def test_a_rise_closing_a_change_is_of_the_later_time(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["report"])
    assert _of(facts, 5, 12.5) == ("achieved", 2026)
    assert _of(facts, 5, 60) == ("achieved", 2024)


def test_the_set_a_task_to_come_acts_on_exists(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["report"]), 6, 8) == ("achieved", 2026)


def test_a_due_year_dates_the_targets_of_joined_clauses(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["report"])
    assert _of(facts, 7, 85) == ("target", 2028)


def test_guard_the_level_a_joined_target_changes_from_stays_achieved(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["report"]), 7, 65)[0] == "achieved"


def test_sizes_that_pick_and_a_switchboard_are_no_claims(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["report"])
    assert not [key for key in facts if key[0] in (8, 9)]
    assert ignored_on(drafted["report"], 8)
