"""Round 43's rules, from the forty-fifth held-out set's leftovers (a notice's standards section, a notice of next
year's changes): each has its failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

_ACCEPTANCE = [
    "关于2026年乡镇卫生院标准化建设评审结果的公示",
    "发布时间：2026-10-20",
    "一、评审总体情况",
    "全市乡镇卫生院46所。今年列入达标建设计划的21所，评审通过19所。全市累计达到达标建设要求的卫生院41所。",
    "二、评审标准",
    "评审从4个方面16项指标进行。",
    "（一）房屋设施。业务用房面积不少于1200平方米，住院床位不少于20张。",
    "（二）人员配备。全科医生不少于3名，护士占卫技人员的比例不低于40%。",
    "三、下一步工作",
    "各卫生院要持续改进服务。",
]

_NOTICE = [
    "Lakeview Senior Care: Annual Notice of Changes",
    "Posted October 2, 2026",
    "These changes take effect on January 1, 2027.",
    "Vision: Our 2027 plan covers 2 eye exams a year; 3 frame brands move to a lower price band and 1 to a higher one.",
    "Allowances: The hearing allowance rises from $1,200 to $1,400 a year, and the gym allowance falls from $30 to"
    " $25 a month. Transport stays at $40 a trip.",
    "This year 18,200 members used the gym allowance.",
]


_SUMMARY = [
    "某县卫生健康局2025年工作总结",
    "发布时间：2026-01-15",
    "全县儿童常规免疫接种率96.2%，达到国家要求的95%以上。",
]


_CONTRACT = [
    "Item 7: Third Amendment to the ambulance billing agreement",
    "Staff report posted September 15, 2026",
    "BACKGROUND: On March 3, 2024, the Council approved a contract with Northline Billing for two years, April 1,"
    " 2024 through March 31, 2026, with a total value of $4,800,000. As of August 31, 2026, $620,000 of that amount"
    " remained unspent. On June 2, 2025, the Council approved 14 more billing codes.",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {"acceptance": _ACCEPTANCE, "notice": _NOTICE, "summary": _SUMMARY, "contract": _CONTRACT}
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# A standards section (二、评审标准): its bounds are a standard's levels, targets of the year they are drafted for.
@pytest.mark.parametrize(("line", "value"), [(7, 1200), (7, 20), (8, 3), (8, 40)])
def test_a_bound_in_a_standards_section_is_a_target(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["acceptance"]), line, value) == ("target", 2026)


def test_a_standards_counts_and_the_results_stay_achieved(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["acceptance"])
    assert _of(facts, 6, 16) == ("achieved", 2026)
    assert _of(facts, 4, 46) == ("achieved", 2026)
    assert _of(facts, 4, 19) == ("achieved", 2026)


# 列入…计划的21所, 达到…要求的卫生院41所: those put on a plan, and those meeting a requirement, counted (achieved)
@pytest.mark.parametrize("value", [21, 41])
def test_a_count_of_those_listed_in_a_plan_or_meeting_a_requirement_is_achieved(
    drafted: dict[str, dict[str, Any]], value: float
) -> None:
    assert _of(_facts(drafted["acceptance"]), 4, value) == ("achieved", 2026)


def test_a_requirements_own_level_stays_a_target(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["summary"])
    assert _of(facts, 3, 95)[0] == "target"
    assert _of(facts, 3, 96.2)[0] == "achieved"


# A notice of next year's changes: the value a change goes to is a target of the year it takes effect, as is a
# clause going on (after a semicolon) a sentence that names that year.
@pytest.mark.parametrize(("line", "value"), [(5, 1400), (5, 25), (4, 3), (4, 1)])
def test_next_years_change_is_a_target_of_that_year(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["notice"]), line, value) == ("target", 2027)


def test_the_value_changed_from_and_this_years_figures_stay_achieved(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["notice"])
    assert _of(facts, 5, 1200) == ("achieved", 2026)
    assert _of(facts, 5, 30) == ("achieved", 2026)
    assert _of(facts, 5, 40) == ("achieved", 2026)
    assert _of(facts, 6, 18200) == ("achieved", 2026)


# A contract's history: a sentence opening on a past event's date is of that year, a term's end date printed
# between no year of its figures; a share of an amount in a sentence printing its own date is of that date's year.
def test_a_contracts_history_keeps_its_own_years(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["contract"])
    assert _of(facts, 3, 4800000) == ("achieved", 2024)
    assert _of(facts, 3, 620000) == ("achieved", 2026)


def test_a_history_sentence_without_a_span_keeps_its_year(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["contract"]), 3, 14) == ("achieved", 2025)
