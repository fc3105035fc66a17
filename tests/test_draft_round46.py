"""Round 46's rules, from the forty-eighth held-out set (a plan's launch release, a programme's quarterly review, a
county's circular on a year's tasks): each has its failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

_QUARTER = [
    "Riverbend District Malaria Programme",
    "Malaria Programme Review: July to September 2026",
    "Published 20 October 2026",
    "Testing: from July to September 2026, clinics tested 5,410 people, up from 4,980 in April to June 2026."
    " The district confirmed 312 cases, 40 of them severe.",
    "Outcomes of patients who started treatment from October to December 2025:",
    "Outcome\tAdults\tChildren",
    "Cured\t91.4%\t88.2%",
    "Died\t1.1%\t2.3%",
]

_PLAN = [
    "Minister launches 2026 Cancer Screening Plan",
    "Published on 12 February 2026",
    "The Minister today published the 2026 Cancer Screening Plan.",
    "The plan aims to screen 400,000 women by the end of 2026. By the end of 2029 the plan aims to reach 80% coverage.",
    "Screening units will open this year; the plan also funds 45 new radiographer posts.",
    "Clinics delivered 310,000 screens and 9,800 scans in 2025, and the service arranged follow-up for 12,400 women.",
]

_GUARD_PLAN = [
    "Our plan for the coming years",
    "Published 12 February 2026",
    "The 2027 operating plan sets the targets for the hospital.",
    "Wards will treat 9,000 patients.",
]

_CIRCULAR_ZH = [
    "关于2026年上半年全县儿童健康管理工作进展情况的通报",
    "发布时间：2026-07-15",
    "截至6月30日，全县共完成儿童健康体检3.10万人，完成全年任务数（6.20万人）的50.0%。",
    "各乡镇进展",
    "乡镇\t全年任务（人）\t已完成（人）\t完成率（%）",
    "东山镇\t12000\t6300\t52.5",
    "西岭镇\t8000\t3700\t46.3",
]

_GUARD_ZH = [
    "关于2025年度全市公共场所卫生监督抽查情况的通报",
    "发布时间：2026-03-20",
    "表1　2025年度抽查结果",
    "类别\t抽查任务数（户）\t发现问题（户）",
    "住宿场所\t300\t41",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {
        "quarter": _QUARTER,
        "plan": _PLAN,
        "guard_plan": _GUARD_PLAN,
        "circular_zh": _CIRCULAR_ZH,
        "guard_zh": _GUARD_ZH,
    }
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# up from 4,980 in April to June 2026: a span of months right after a figure dates it like one month would, and the
# next sentence's figures keep the year of their paragraph's lead-in, not the earlier span's.
def test_guard_figures_of_the_lead_ins_span_keep_its_year(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["quarter"])
    assert _of(facts, 4, 5410) == ("achieved", 2026)
    assert _of(facts, 4, 312) == ("achieved", 2026)
    assert _of(facts, 4, 40) == ("achieved", 2026)


def test_a_span_of_months_after_a_figure_in_an_earlier_year(tmp_path_factory: pytest.TempPathFactory) -> None:
    lines = [
        "Riverbend District Malaria Programme",
        "Published 20 February 2026",
        "From January to March 2026, clinics tested 5,410 people, up from 4,980 in October to December 2025."
        " The district confirmed 312 cases.",
    ]
    facts = _facts(draft_text(tmp_path_factory.mktemp("earlier"), lines))
    assert _of(facts, 3, 4980) == ("achieved", 2025)
    assert _of(facts, 3, 312) == ("achieved", 2026)


# Outcomes of patients who started treatment from October to December 2025: a closed span of months is the period of
# the table under it, not a span's start compared with.
@pytest.mark.parametrize(("line", "value"), [(7, 91.4), (7, 88.2), (8, 1.1), (8, 2.3)])
def test_a_caption_naming_a_closed_span_of_months_dates_its_table(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["quarter"]), line, value) == ("achieved", 2025)


# By the end of 2029 the plan aims …: a due year before "the plan" names no plan of that year to carry into the lines
# after it.
def test_a_due_year_before_the_plan_names_no_plan_of_that_year(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["plan"])
    assert _of(facts, 4, 80) == ("target", 2029)
    assert _of(facts, 5, 45) == ("target", 2026)


def test_guard_a_plan_named_with_its_year_still_carries(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["guard_plan"]), 4, 9000) == ("target", 2027)


# … in 2025, and the service arranged follow-up for 12,400 women: a plan's sentence told in the simple past reports,
# of the year gone by it names before the figure.
def test_a_past_told_clause_of_a_plan_is_of_its_sentences_year(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["plan"])
    assert _of(facts, 6, 12400) == ("achieved", 2025)
    assert _of(facts, 6, 310000) == ("achieved", 2025)


# 全年任务（人）, 全年任务数（6.20万人）: the year's task is what is set, a target.
@pytest.mark.parametrize(("line", "value"), [(3, 62000), (6, 12000), (7, 8000)])
def test_a_years_task_is_a_target(drafted: dict[str, dict[str, Any]], line: int, value: float) -> None:
    assert _of(_facts(drafted["circular_zh"]), line, value) == ("target", 2026)


@pytest.mark.parametrize(("line", "value"), [(3, 31000), (6, 6300), (7, 46.3)])
def test_guard_what_was_done_of_a_years_task_stays_achieved(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["circular_zh"]), line, value)[0] == "achieved"


def test_guard_an_inspections_task_count_stays_achieved(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["guard_zh"]), 5, 300) == ("achieved", 2025)
