"""Round 52's rules, from the fifty-fourth held-out set (a projects circular setting the year's planned investment
beside what was done, a quarterly monitoring circular whose table sets this quarter beside the same quarter last year
and the quarter before, a situation update closing on its priorities): each has its failing and passing cases,
written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

_PROGRESS = [
    "某县卫生健康局关于2026年上半年卫生健康重点项目建设进展情况的通报",
    "发布时间：2026-07-15",
    "2026年，全县共安排重点建设项目12个，总投资30.5亿元，年度计划投资8.4亿元，其中续建项目7个、新开工项目5个。",
    "县人民医院住院楼等3个县级项目年度计划投资2.6亿元，完成投资1.3亿元。",
    "2026年，全县计划新建村卫生室8个，改造15个。",
]

_QUARTERLY = [
    "某市卫生健康委员会关于2026年第一季度全市医疗服务运行监测情况的通报",
    "发布日期：2026-04-28",
    "表1　2026年一季度全市公立医院主要运行指标",
    "指标\t本季度\t上年同期\t上季度",
    "门急诊人次（万人次）\t403.5\t384.2\t431.6",
    "平均住院日（日）\t8.1\t8.5\t8.2",
]

# The same table of the year's second quarter: its quarter before is of the same year.
_GUARD_QUARTERLY = [
    "某市卫生健康委员会关于2026年第二季度全市医疗服务运行监测情况的通报",
    "发布日期：2026-07-28",
    "表1　2026年二季度全市公立医院主要运行指标",
    "指标\t本季度\t上年同期\t上季度",
    "门急诊人次（万人次）\t413.5\t394.2\t403.5",
]

_ACTIVITY = [
    "Community health services: activity report for the first quarter of 2026",
    "Published 12 April 2026",
    "Table 1. Activity, Q1 2026",
    "Indicator\tThis quarter\tPrevious quarter",
    "Emergency visits\t12,400\t13,100",
]

_UPDATE = [
    "Cholera outbreak in Example District: situation update 5",
    "Published 20 August 2026",
    "As of 18 August, 412 cases and 9 deaths have been reported since the outbreak began.",
    "WHO's priorities for the coming weeks are to bring the case fatality rate below 1% and to raise the number of "
    "treatment centres to six.",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {
        "progress": _PROGRESS,
        "quarterly": _QUARTERLY,
        "guard_quarterly": _GUARD_QUARTERLY,
        "activity": _ACTIVITY,
        "update": _UPDATE,
    }
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# 年度计划投资8.4亿元 labels its own amount: the projects listed, their total investment and the breakdown after 其中
# are what stands, not the plan.
@pytest.mark.parametrize(("line", "value"), [(3, 12), (3, 3050000000), (3, 7), (3, 5), (4, 3)])
def test_a_planned_amount_label_does_not_reach_the_sentence(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["progress"]), line, value) == ("achieved", 2026)


def test_guard_the_planned_amounts_and_a_plan_of_work_stay_targets(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: the planned amounts themselves, and 计划 opening a plan of work (新建8个，改造15个), stay targets."""
    facts = _facts(drafted["progress"])
    assert _of(facts, 3, 840000000) == ("target", 2026)
    assert _of(facts, 4, 260000000) == ("target", 2026)
    assert _of(facts, 4, 130000000) == ("achieved", 2026)
    assert _of(facts, 5, 8) == ("target", 2026)
    assert _of(facts, 5, 15) == ("target", 2026)


# 上季度 in a table of the year's first quarter: the last quarter of the year before.
@pytest.mark.parametrize(("line", "value"), [(5, 4316000), (6, 8.2)])
def test_the_quarter_before_the_first_is_of_the_year_before(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["quarterly"]), line, value) == ("achieved", 2025)


def test_the_previous_quarter_of_q1_is_of_the_year_before(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["activity"]), 5, 13100) == ("achieved", 2025)


def test_guard_this_quarter_and_the_same_quarter_last_year_keep_their_years(
    drafted: dict[str, dict[str, Any]],
) -> None:
    """Guard: 本季度 is the table's year, 上年同期 the year before, as they were; the English This quarter too."""
    facts = _facts(drafted["quarterly"])
    assert _of(facts, 5, 4035000) == ("achieved", 2026)
    assert _of(facts, 5, 3842000) == ("achieved", 2025)
    assert _of(_facts(drafted["activity"]), 5, 12400) == ("achieved", 2026)


def test_guard_the_quarter_before_the_second_is_of_the_same_year(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: a second quarter's table: its quarter before is the first, of the same year."""
    assert _of(_facts(drafted["guard_quarterly"]), 5, 4035000) == ("achieved", 2026)


# WHO's priorities … are to bring … below 1%, to raise … to six: what the priorities are to do is aimed at.
@pytest.mark.parametrize("value", [1, 6])
def test_what_the_priorities_are_to_do_is_a_target(drafted: dict[str, dict[str, Any]], value: float) -> None:
    assert _of(_facts(drafted["update"]), 4, value) == ("target", 2026)


def test_guard_the_counts_reported_stay_achieved(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: the cases and deaths reported so far are what stands."""
    facts = _facts(drafted["update"])
    assert _of(facts, 3, 412) == ("achieved", 2026)
    assert _of(facts, 3, 9) == ("achieved", 2026)
