"""Round 44's rules, from the forty-sixth held-out set's leftovers (a table whose amounts read as years, a
programme's targets for the end of its period, a year-end report's plans for next year): each has its failing and
passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

_TABLE = [
    "关于下达2026年度基层卫生人才培训补助资金的通知",
    "发布日期：2026-09-10",
    "现将2026年度培训补助资金分配情况公布如下。",
    "2026年度培训补助资金分县汇总表",
    "县\t培训人数（人）\t补助资金（万元）",
    "东县\t40\t1800",
    "西县\t50\t2000",
    "南县\t30\t1500",
    "北县\t20\t900",
    "合计\t140\t6200",
]

_PROGRAMME = [
    "关于印发2026年度市级重点学科建设项目的通知",
    "发布日期：2026-10-08",
    "一、建设任务",
    "项目建设期4年（2026年10月至2030年9月）。到建设期末，各学科应达到以下目标：",
    "（一）年门诊量较立项前增长25%以上，四级手术占比达到30%以上；",
    "（二）培养青年骨干不少于4名。",
    "二、资金安排",
    "市财政对每个学科补助100万元。",
]

_GRANT = [
    "Northfield Community Diabetes Programme: funding announced",
    "Published 4 November 2026",
    "Funding",
    "The grant runs from January 2027 to December 2029. By the end of the grant period the clinics will have screened"
    " at least 7,500 patients.",
    "Last year the clinics screened 1,340 patients.",
]

_DEBRIEF = [
    "某镇卫生院院长2025年度述职报告",
    "发布时间：2026-01-20",
    "一、主要工作成效",
    "全年门诊诊疗4.6万人次，住院病人1800人次。",
    "二、2026年工作计划",
    "明年力争门诊诊疗人次达到5万以上，住院病人达到2000人次以上。",
]

_NEXT_YEAR = [
    "某区卫生健康局2026年工作总结",
    "发布时间：2026-12-20",
    "一、工作成效",
    "全年门诊诊疗320万人次。",
    "二、下一步工作打算",
    "明年力争门诊诊疗人次达到340万以上。",
]

_POLICY = [
    "Hillcrest Hospital Charity Care Policy: Summary",
    "Effective March 1, 2026 | Updated August 20, 2026",
    "Hillcrest Hospital gives free or reduced-cost care to patients who cannot pay.",
    "Full support: if your family income is at or below 250% of the Federal Poverty Level, you will pay nothing for"
    " eligible care.",
    "Partial support: if your family income is between 251% and 350% of the poverty level, you will receive a"
    " discount of 30% to 60% off your bill.",
    "If your bills from us exceed 20% of your yearly family income, you may qualify for more help.",
    "Call your doctor if your child has a fever of 104°F or higher.",
]

_POLICY_ZH = [
    "某市人民医院困难患者医疗费用减免办法（摘要）",
    "发布日期：2026-05-10",
    "自2026年3月1日起施行。",
    "困难患者：如果家庭人均月收入低于1500元，可减免住院自付费用的50%。",
]

_PLANNED = [
    "Riverside Clinic to open a new wing",
    "Published 3 June 2026",
    "We will open 24 more beds in the new wing.",
]

_BREAKDOWN = [
    "Maple Street Surgery newsletter: Summer 2026",
    "Published 14 July 2026",
    "Between April and June we gave 8,240 appointments, up from 7,910 in the same quarter last year: 5,120 in"
    " person, 2,650 by phone and 470 by video.",
    "Last year we gave 30,100 appointments in all.",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {
        "table": _TABLE,
        "programme": _PROGRAMME,
        "grant": _GRANT,
        "debrief": _DEBRIEF,
        "next_year": _NEXT_YEAR,
        "policy": _POLICY,
        "policy_zh": _POLICY_ZH,
        "planned": _PLANNED,
        "breakdown": _BREAKDOWN,
    }
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# A table's row whose amount reads as a year (西县 50 2000) is a row of the table, not a header of years: the rows
# after it keep the year of the table's caption.
@pytest.mark.parametrize(("line", "value"), [(8, 15000000), (9, 9000000), (10, 62000000)])
def test_a_rows_amount_that_reads_as_a_year_heads_no_column(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["table"]), line, value) == ("achieved", 2026)


def test_guard_the_row_of_that_amount_keeps_its_year(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["table"])
    assert _of(facts, 7, 20000000) == ("achieved", 2026)
    assert _of(facts, 6, 18000000) == ("achieved", 2026)
    assert _of(facts, 10, 140) == ("achieved", 2026)


# What a programme sets for the end of a period it names (项目建设期4年（2026年10月至2030年9月）。到建设期末，…应达到
# 以下目标：): targets due in the period's last year, the lead-in's list included.
@pytest.mark.parametrize(("line", "value"), [(5, 25), (5, 30), (6, 4)])
def test_a_target_for_the_end_of_a_period_is_due_in_its_last_year(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["programme"]), line, value) == ("target", 2030)


def test_a_target_for_the_end_of_a_grant_period_is_due_in_its_last_year(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["grant"]), 4, 7500) == ("target", 2029)


def test_guard_the_period_its_length_and_the_next_sections_money_stay_as_they_are(
    drafted: dict[str, dict[str, Any]],
) -> None:
    facts = _facts(drafted["programme"])
    assert _of(facts, 4, 4)[1] == 2026
    assert _of(facts, 8, 1000000)[1] == 2026
    assert _of(_facts(drafted["grant"]), 5, 1340) == ("achieved", 2025)


# A year-end report published after the year it reviews: 明年 under a heading of plans naming one year is that year.
@pytest.mark.parametrize("value", [50000, 2000])
def test_next_year_under_a_plans_heading_of_its_year_is_that_year(
    drafted: dict[str, dict[str, Any]], value: float
) -> None:
    assert _of(_facts(drafted["debrief"]), 6, value) == ("target", 2026)


def test_guard_the_reviewed_years_figures_stay_of_it(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["debrief"]), 4, 46000) == ("achieved", 2025)


def test_guard_next_year_under_a_plans_heading_naming_no_year_is_the_year_after(
    drafted: dict[str, dict[str, Any]],
) -> None:
    assert _of(_facts(drafted["next_year"]), 6, 3400000) == ("target", 2027)


# A means test's tiers (Full support: if your family income is at or below 250% …, you will pay nothing): the
# bounds of the condition are the tier's levels, and what a policy in force tells its reader it will get is a
# rule in force (achieved).
@pytest.mark.parametrize(("line", "value"), [(4, 250), (5, 251), (5, 350), (5, 30), (5, 60)])
def test_a_means_tests_tiers_are_rules_in_force(drafted: dict[str, dict[str, Any]], line: int, value: float) -> None:
    assert _of(_facts(drafted["policy"]), line, value) == ("achieved", 2026)


def test_a_means_tests_bound_on_bills_is_drafted(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["policy"]), 6, 20)[0] == "achieved"


def test_a_means_tests_bound_on_income_is_drafted_in_chinese(drafted: dict[str, dict[str, Any]]) -> None:
    assert (4, 1500) in _facts(drafted["policy_zh"])


def test_guard_a_condition_on_a_symptom_stays_no_claim(drafted: dict[str, dict[str, Any]]) -> None:
    assert (7, 104) not in _facts(drafted["policy"])


def test_guard_will_in_a_text_not_in_force_stays_a_target(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["planned"]), 3, 24)[0] == "target"


# A breakdown after a comparison with last year (…, up from 7,910 in the same quarter last year: 5,120 in person,
# …): the parts are of the time the figure broken down is, not of the year compared with.
@pytest.mark.parametrize("value", [5120, 2650, 470])
def test_the_parts_after_a_comparison_with_last_year_are_of_now(
    drafted: dict[str, dict[str, Any]], value: float
) -> None:
    assert _of(_facts(drafted["breakdown"]), 3, value) == ("achieved", 2026)


def test_guard_the_figure_compared_with_and_last_years_own_stay_of_last_year(
    drafted: dict[str, dict[str, Any]],
) -> None:
    facts = _facts(drafted["breakdown"])
    assert _of(facts, 3, 7910) == ("achieved", 2025)
    assert _of(facts, 3, 8240) == ("achieved", 2026)
    assert _of(facts, 4, 30100) == ("achieved", 2025)


def test_an_effective_date_after_publication_is_no_policy_in_force_yet() -> None:
    """The day counts (a mend after round 44): in force from July 15 is not in force on July 10."""
    from datetime import date

    from checks.draft.in_force import in_force_since

    assert not in_force_since(["Effective July 15, 2026"], date(2026, 7, 10))
    assert in_force_since(["Effective July 1, 2026"], date(2026, 7, 10))  # guard
    assert in_force_since(["Effective February 31, 2026"], date(2026, 3, 1))  # no such day: the month decides
