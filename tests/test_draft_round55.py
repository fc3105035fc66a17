"""Round 55's rules, from the fifty-seventh held-out set (a hospital's price list with its day of effect beside
its update, an assessment notice's table of score bands, a drill summary comparing with the year before in
brackets, a funding update's priorities under a heading with a dash): each has its failing and passing cases,
written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# A page dated by its update, its day of effect beside it; its fees apply from a day of January already past.
_FEES = [
    "Westbrook Community Hospital",
    "Schedule of Facility Fees",
    "Effective January 1, 2026 | Updated March 2, 2026 | Patient Accounts",
    "The fees below apply to visits at our Westbrook campus from January 1, 2026.",
    "The campus has 186 staffed beds and a list of 240 common services.",
]

# The same page with its day of effect alone: that day still dates it (as before round 55).
_GUARD_FEES = [
    "Westbrook Community Hospital",
    "Schedule of Facility Fees",
    "Effective July 1, 2026 | Patient Accounts",
    "The campus has 186 staffed beds and a list of 240 common services.",
]

# A notice of March whose only days are of the year before: its undated figures stay the year before's.
_GUARD_PAST = [
    "Westbrook Community Hospital",
    "Schedule of Facility Fees",
    "Updated March 2, 2026 | Patient Accounts",
    "The fees below applied to visits until December 31, 2025.",
    "The campus has 186 staffed beds and a list of 240 common services.",
]

# 分数区间（分）: the bands that make each grade define it; the counts and shares beside them are figures.
_GRADES = [
    "县卫生健康局关于2025年度村卫生室绩效考核结果的通报",
    "发布日期：2026-04-10",
    "全县参加考核村卫生室共200家，平均得分83.6分。",
    "考核等级\t分数区间（分）\t村卫生室数（家）\t占比（%）",
    "优秀\t≥85\t74\t37.0",
    "合格\t70～84.99\t110\t55.0",
    "不合格\t＜70\t16\t8.0",
    "各乡镇平均得分均在70分以上。",
]

# （2023年为6分20秒）: the year compared with and its level; the figures after the bracket are the drill's.
_DRILL = [
    "某县2024年卫生应急演练工作总结",
    "发布时间：2024-11-20 10:00",
    "2024年11月8日，县卫生健康局组织开展卫生应急综合演练，参演人员160人。",
    "与2023年演练相比，信息报告用时缩短50秒（2023年为6分20秒），检伤分类准确率达到95.2%，较上年提高4.1个百分点。",
    "2023年演练共出动救护车8辆，本次演练出动救护车10辆。",
]

# Priorities for July–December 2026: a heading with a dash announces the plans; what it lists are targets.
_UPDATE = [
    "Northern Region Health Cluster",
    "Mid-year update",
    "Published 20 July 2026",
    "Services delivered, January–June 2026",
    "• 48,200 outpatient consultations in 31 health facilities.",
    "Priorities for July–December 2026",
    "• Train 140 community health workers in the new guidelines.",
    "• Vaccinate at least 90% of children in the two districts.",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {
        "fees": _FEES,
        "guard_fees": _GUARD_FEES,
        "guard_past": _GUARD_PAST,
        "grades": _GRADES,
        "drill": _DRILL,
        "update": _UPDATE,
    }
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# Effective January 1, 2026 | Updated March 2, 2026: the page appeared on its update, not on its day of effect.
def test_a_day_of_effect_beside_another_date_does_not_date_the_page(drafted: dict[str, dict[str, Any]]) -> None:
    assert str(drafted["fees"]["source"]["published"]) == "2026-03-02"


def test_guard_a_day_of_effect_alone_still_dates_the_page(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: Effective July 1, 2026 with no other date: as before, that day."""
    assert str(drafted["guard_fees"]["source"]["published"]) == "2026-07-01"


# from January 1, 2026 in a page of March 2026: a day of a month over, the figures with no year are 2026's.
@pytest.mark.parametrize("value", [186, 240])
def test_a_whole_day_of_a_month_over_dates_the_undated_figures_now(
    drafted: dict[str, dict[str, Any]], value: float
) -> None:
    assert _of(_facts(drafted["fees"]), 5, value) == ("achieved", 2026)


def test_guard_a_day_of_the_year_before_keeps_the_year_before(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: until December 31, 2025, in a page of March 2026: the first half's default, the year before."""
    assert _of(_facts(drafted["guard_past"]), 5, 186) == ("achieved", 2025)


# 分数区间（分）<TAB>≥85, 70～84.99, ＜70: bands that define the grades, no figures.
@pytest.mark.parametrize("value", [85, 84.99, 70])
def test_a_column_of_bands_holds_no_figures(drafted: dict[str, dict[str, Any]], value: float) -> None:
    facts = _facts(drafted["grades"])
    assert all((line, value) not in facts for line in (5, 6, 7))


def test_guard_the_counts_beside_the_bands_and_a_bound_in_prose_stay(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: the pharmacies counted and their shares beside the bands, and 70分以上 in a sentence, are figures."""
    facts = _facts(drafted["grades"])
    assert {(5, 74), (6, 110), (7, 16), (5, 37.0), (7, 8.0), (8, 70)} <= set(facts)


# 与2023年演练相比，…缩短50秒（2023年为6分20秒），…准确率达到95.2%，较上年提高4.1个百分点: the drill's, 2024.
@pytest.mark.parametrize("value", [95.2, 4.1])
def test_a_year_in_brackets_with_its_own_level_dates_no_later_figure(
    drafted: dict[str, dict[str, Any]], value: float
) -> None:
    assert _of(_facts(drafted["drill"]), 4, value) == ("achieved", 2024)


def test_guard_the_level_in_the_brackets_keeps_its_year(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: 6分20秒 is the level of 2023 its bracket names; 2023年演练共出动救护车8辆 stays 2023's."""
    facts = _facts(drafted["drill"])
    assert _of(facts, 4, 380) == ("achieved", 2023)
    assert _of(facts, 5, 8) == ("achieved", 2023)


# Priorities for July–December 2026: the heading announces the plans though it prints an en dash.
@pytest.mark.parametrize(("line", "value"), [(7, 140), (8, 90)])
def test_a_heading_with_a_dash_announces_its_plans(drafted: dict[str, dict[str, Any]], line: int, value: float) -> None:
    assert _of(_facts(drafted["update"]), line, value) == ("target", 2026)


def test_guard_a_heading_with_a_dash_that_reports_keeps_its_figures_achieved(
    drafted: dict[str, dict[str, Any]],
) -> None:
    """Guard: Services delivered, January–June 2026: what was done, achieved."""
    assert _of(_facts(drafted["update"]), 5, 48200) == ("achieved", 2026)
