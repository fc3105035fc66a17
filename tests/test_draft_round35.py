"""Round 35's rules, from the kinds of text the thirty-ninth held-out set brought (an NHS trust's quality
account, a province's cancer screening report, a state's press note on a health insurance scheme, a
hospital's disclosure of its affairs, a city's circular on adverse events, a province's budget execution
report): each has its failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

_PLAN = [
    "Westbrook Community Health Trust",
    "Quality Plan 2026/27",
    "Published: 30 June 2026",
    "",
    "Our quality priorities",
    "Priority A – Shorter waits. Target: under 18.0 weeks on average. Achieved: 16.2 (2024/25: 19.5). Met.",
    "Priority B – Safer prescribing. Target: at least 95% of charts reviewed. Actual: 91.3% across all sites.",
    "",
    "Contact: Westbrook Community Health Trust.",
]

_REPORT = [
    "Eastvale Health Authority",
    "Annual Screening Report 2026",
    "Released: 10 September 2026",
    "",
    "The uptake rate was 71.5% (national target: at least 80%), and the clinics saw 912 patients.",
    "For people at low risk, the recall interval has been extended from 2 to 4 years.",
    "Key figures are given below:",
    "Indicator                               2024-25     2025-26",
    "Outpatient visits (lakh)                41.2        43.5",
    "Claims paid (₹ crore)                   1,204.6     1,318.2",
    "",
    "Contact: Eastvale Health Authority.",
]

_NOTICE = [
    "某县卫生健康局",
    "某县卫生健康局2026年上半年经费执行情况报告",
    "发布时间：2026-07-25",
    "",
    "一、经费安排总体情况",
    "　　2026年，全局部门预算总额为3.26亿元，其中财政拨款2.15亿元，占66.0%。",
    "二、主要指标",
    "指标\t2026年1—6月\t2025年1—6月\t增减（%）",
    "住院次均费用（元）\t7315\t7528\t-2.8",
    "",
    "某县卫生健康局",
]


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("plan"), _PLAN)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("report"), _REPORT)


@pytest.fixture(scope="module")
def notice(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("notice"), _NOTICE)


# ---- status: a result's label and a colon, a target's label in brackets, a heading of how things stand ------


def test_a_results_label_opens_values_reached_after_a_targets_label(plan: dict[str, Any]) -> None:
    facts = _facts(plan)
    assert facts[(6, 18)]["status"] == "target" and facts[(6, 18)]["qualifier"] == "lt"  # Target: under 18.0
    assert facts[(6, 16.2)]["status"] == "achieved"  # Achieved: 16.2
    assert facts[(6, 19.5)]["status"] == "achieved"  # (2024/25: 19.5)
    assert facts[(7, 95)]["status"] == "target"  # Target: at least 95%
    assert facts[(7, 91.3)]["status"] == "achieved"  # Actual: 91.3%


def test_a_targets_label_in_brackets_opens_the_brackets_values_only(report: dict[str, Any]) -> None:
    facts = _facts(report)
    assert facts[(5, 80)]["status"] == "target"  # (national target: at least 80%)
    assert facts[(5, 71.5)]["status"] == "achieved"
    assert _of(facts, 5, 912) == ("achieved", 2026)  # after the brackets close: no target's value


def test_a_heading_of_how_arrangements_stand_reports_them(notice: dict[str, Any]) -> None:
    facts = _facts(notice)
    assert _of(facts, 6, 326000000) == ("achieved", 2026)  # 一、经费安排总体情况: the budget as set
    assert _of(facts, 6, 215000000) == ("achieved", 2026)
    assert _of(facts, 6, 66.0) == ("achieved", 2026)


# ---- values: a change that extends, a row's own unit, a fall in a table's next cell -------------------------


def test_a_change_that_extends_is_two_values_not_a_range(report: dict[str, Any]) -> None:
    facts = _facts(report)
    assert facts[(6, 2)]["qualifier"] == "eq" and facts[(6, 4)]["qualifier"] == "eq"  # extended from 2 to 4 years


def test_a_rows_label_names_the_unit_of_its_cells(report: dict[str, Any]) -> None:
    facts = {(line, round(value)): fact for (line, value), fact in _facts(report).items()}  # 41.2 × 10⁵
    assert (9, 41) not in facts
    assert facts[(9, 4120000)]["unit_from"] == {"line": 9, "text": "Outpatient visits (lakh)"}  # 41.2 lakh
    assert (9, 4350000) in facts
    assert facts[(10, 12046000000)]["unit"] == "rupee"  # 1,204.6 under (₹ crore)
    assert facts[(10, 13182000000)]["period"] == 2026


def test_a_fall_in_the_next_cell_is_no_date(notice: dict[str, Any]) -> None:
    facts = _facts(notice)
    assert (9, 7528) in facts  # 7528<TAB>-2.8 is no date 7528-2-8
    assert facts[(9, 2.8)]["qualifier"] == "eq"
