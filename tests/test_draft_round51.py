"""Round 51's rules, from the fifty-third held-out set (a provincial malaria progress note declaring its reporting
period in its heading, a city audit bureau's announcement of the findings of its audit): each has its failing and
passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

_NOTE = [
    "Northern District Dengue Control: Progress Note No. 4",
    "District Health Office | 12 February 2026 | Reporting period: 1 January – 31 December 2025",
    "Summary",
    "The district recorded 214 confirmed dengue cases, down from 388 in 2024.",
    "Health centres tested 6,310 febrile patients; test positivity was 3.4%.",
    "Larval surveys covered 1,920 households in 31 villages.",
    "The district will train 40 more vector control officers in 2026.",
]

# The same note with a reporting period over two years (a financial year): it names no one year.
_GUARD_NOTE = [
    "Northern District Dengue Control: Progress Note No. 4",
    "District Health Office | 12 February 2026 | Reporting period: 1 July 2024 – 30 June 2025",
    "Summary",
    "The district recorded 214 confirmed dengue cases, down from 388 in 2024.",
    "Health centres tested 6,310 febrile patients; test positivity was 3.4%.",
]

_AUDIT = [
    "某市2025年度医疗保障专项资金审计结果公告",
    "发布时间：2026-05-20",
    "二、审计发现的主要问题",
    "（一）资金拨付不及时。3个县财政部门未在规定时限内将上级补助资金拨付到位，涉及资金8600万元，最长滞留达96天。",
    "（二）违规使用资金。4家单位将医疗救助资金用于发放津补贴，金额合计312.5万元。",
    "（三）政府采购不规范。2家医院将总价180万元的设备拆分为5个标包采购。",
    "三、下一步工作",
    "市医保局将在2026年内新增定点机构12家。",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {"note": _NOTE, "guard_note": _GUARD_NOTE, "audit": _AUDIT}
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# Reporting period: 1 January – 31 December 2025, in a note of February 2026: its figures with no year are of 2025.
@pytest.mark.parametrize(("line", "value"), [(4, 214), (5, 6310), (5, 3.4), (6, 1920), (6, 31)])
def test_a_declared_reporting_period_dates_the_figures_with_no_year(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["note"]), line, value) == ("achieved", 2025)


@pytest.mark.parametrize(
    ("lines", "year"),
    [
        (["Progress note", "Reporting period: January–December 2025"], 2025),
        (["进展报告", "报告期：2025年1月1日至12月31日"], 2025),
        (["Quarterly return | Period covered: 1 July – 30 September 2025"], 2025),
    ],
)
def test_the_reporting_period_of_one_year_is_read(lines: list[str], year: int) -> None:
    from checks.draft.reporting_period import reporting_year

    assert reporting_year(lines, 2026) == year


def test_guard_the_note_s_own_years_and_aims_stay(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: a figure printed with its year keeps it, and the note's aim stays a target of its year."""
    facts = _facts(drafted["note"])
    assert _of(facts, 4, 388) == ("achieved", 2024)
    assert _of(facts, 7, 40) == ("target", 2026)


def test_guard_a_period_over_two_years_declares_no_year(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: a span over two years (a financial year) names no one year: its figures keep the guesses of
    before (the year the span ends in, by the fiscal year's own rule), and a year printed stays."""
    facts = _facts(drafted["guard_note"])
    assert _of(facts, 5, 6310) == ("achieved", 2025)
    assert _of(facts, 4, 388) == ("achieved", 2024)


# 3个县财政部门未在规定时限内将…拨付到位; 4家单位将…资金用于发放津补贴; 2家医院将…设备拆分为5个标包: 将 as 把 in a
# finding, no "will": the findings are achieved, of the audited year.
@pytest.mark.parametrize(
    ("line", "value"), [(4, 3), (4, 86000000), (4, 96), (5, 4), (5, 3125000), (6, 2), (6, 1800000), (6, 5)]
)
def test_a_finding_s_object_marker_is_no_will(drafted: dict[str, dict[str, Any]], line: int, value: float) -> None:
    assert _of(_facts(drafted["audit"]), line, value) == ("achieved", 2025)


def test_guard_a_will_stays_a_target(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: 将在2026年内新增: 将 as "will" before its verb keeps the plan a target."""
    assert _of(_facts(drafted["audit"]), 8, 12) == ("target", 2026)


_PLANS = [
    "某县卫生健康工作计划",
    "发布时间：2026-03-02",
    "未来将新增床位200张。",
    "县财政将安排资金500万元用于村卫生室建设。",
    "今年将于年底前完成12所卫生院改造。",
]


@pytest.mark.parametrize(("line", "value"), [(3, 200), (5, 12)])
def test_guard_a_will_in_future_or_with_its_time_stays_a_target(tmp_path: Any, line: int, value: float) -> None:
    """Guard: 未来将 (in future will) is no negation, 将于 no object: the plans stay targets of the year."""
    assert _of(_facts(draft_text(tmp_path, _PLANS)), line, value) == ("target", 2026)


_AUDIT_ORDER = [
    "某市2025年度医疗保障专项资金审计结果公告",
    "发布时间：2026-05-20",
    "审计发现，3个县未按规定的15个工作日内办结报销申请。",
    "市审计局已下达审计决定书，要求有关单位自收到审计报告之日起90日内完成整改。",
    "截至2026年4月30日，已整改问题22个，平均用时45天。",
    "全年受理投诉46件，均已按要求在10个工作日内办结。",
]


# 规定的15个工作日内, 要求…自收到审计报告之日起90日内完成整改: a time limit a requirement sets is a target of the year
# of publication, whatever was found or done around it.
@pytest.mark.parametrize(("line", "value"), [(3, 15), (4, 90)])
def test_a_time_limit_a_requirement_sets_is_a_target(
    tmp_path_factory: pytest.TempPathFactory, line: int, value: float
) -> None:
    facts = _facts(draft_text(tmp_path_factory.mktemp("order"), _AUDIT_ORDER))
    assert _of(facts, line, value) == ("target", 2026)


def test_guard_days_taken_with_no_requirement_stay_achieved(tmp_path: Any) -> None:
    """Guard: 平均用时45天, the days the rectification took (no requirement, no 内): achieved as of its date."""
    facts = _facts(draft_text(tmp_path, _AUDIT_ORDER))
    assert _of(facts, 5, 45) == ("achieved", 2026)


def test_guard_a_limit_met_as_required_stays_achieved(tmp_path: Any) -> None:
    """Guard: 均已按要求在10个工作日内办结: done within the limit (按要求, as required), no order: achieved."""
    facts = _facts(draft_text(tmp_path, _AUDIT_ORDER))
    assert _of(facts, 6, 10)[0] == "achieved"


_SELF_EVALUATION = [
    "2025年度基层卫生信息化项目支出绩效自评报告",
    "发布日期：2026-04-10",
    "一、绩效目标完成情况",
    "年初设定的总体目标为：全年远程会诊服务量达到5万例以上，村卫生室信息系统覆盖率达到95%。",
    "表1　2025年度项目主要绩效指标完成情况",
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t得分",
    "产出指标\t数量指标\t远程会诊服务量（例）\t≥50000\t53210\t10",
    "产出指标\t质量指标\t信息系统覆盖率\t≥95%\t96.2%\t10",
    "二、下一步工作",
    "2026年，全市将新增远程会诊点15个。",
]


@pytest.fixture(scope="module")
def evaluated(tmp_path_factory: pytest.TempPathFactory) -> list[Any]:
    return _facts(draft_text(tmp_path_factory.mktemp("evaluation"), _SELF_EVALUATION))


# 年度指标值 beside 实际完成值: the value the indicator was set at is a target of the table's year.
@pytest.mark.parametrize(("line", "value"), [(7, 50000), (8, 95)])
def test_a_column_of_set_indicator_values_holds_targets(evaluated: list[Any], line: int, value: float) -> None:
    assert _of(evaluated, line, value) == ("target", 2025)


def test_guard_the_column_of_values_reached_stays_achieved(evaluated: list[Any]) -> None:
    """Guard: 实际完成值, the value reached beside it, is achieved of the table's year."""
    assert _of(evaluated, 7, 53210) == ("achieved", 2025)
    assert _of(evaluated, 8, 96.2) == ("achieved", 2025)


# 年初设定的总体目标为：全年…: aims set at the start of the year reviewed are of that year, not of publication.
@pytest.mark.parametrize("value", [50000, 95])
def test_an_aim_set_at_the_start_of_the_year_reviewed_is_of_that_year(evaluated: list[Any], value: float) -> None:
    assert _of(evaluated, 4, value) == ("target", 2025)


def test_guard_the_plan_for_the_next_year_stays(evaluated: list[Any]) -> None:
    """Guard: 2026年，全市将新增…15个: a plan for the year to come keeps its year."""
    assert _of(evaluated, 10, 15) == ("target", 2026)


_STORY = [
    "去年我市急救电话接听量超30万次",
    "2026-01-15 08:20　来源：某市日报",
    "本报讯　昨日，记者从市急救中心获悉，2025年全市120急救电话共接听来电31.2万次，日均接听855次。",
    "2025年各季度急救电话运行情况",
    "季度\t来电量（次）\t接通率",
    "第一季度\t72410\t97.2%",
    "第二季度\t76130\t97.9%",
    "今年，市急救中心将新增调度席位6个。",
]


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> list[Any]:
    return _facts(draft_text(tmp_path_factory.mktemp("story"), _STORY))


# 昨日，记者从市急救中心获悉，2025年全市…: 昨日 dates the telling; the figures are of the year the report prints.
def test_a_reporter_s_day_of_learning_does_not_date_the_figures(story: list[Any]) -> None:
    assert _of(story, 3, 855) == ("achieved", 2025)


# 2025年各季度… with a row 第一季度<TAB>72410: a quarter naming a table's row is of the table's year, not this year's
# first quarter (a text of January), as the rows of the other quarters were.
@pytest.mark.parametrize("value", [72410, 97.2])
def test_a_first_quarter_row_is_of_its_table_s_year(story: list[Any], value: float) -> None:
    assert _of(story, 6, value) == ("achieved", 2025)


def test_guard_the_other_rows_and_the_plan_stay(story: list[Any]) -> None:
    """Guard: the second quarter's row is of the table's year, and 今年…将新增 a target of this year."""
    assert _of(story, 7, 76130) == ("achieved", 2025)
    assert _of(story, 8, 6) == ("target", 2026)


_CHANGE_NOTICE = [
    "Summary of changes to the Provincial Drug Formulary – Edition 12",
    "Drug Programs Branch | Notice No. 2026-03 | Published: April 20, 2026",
    "Limited Use code 301 is broadened from May 15: the eGFR criterion falls from 45 to 30, and the maximum quantity "
    "rises from 60 to 90 tablets per month.",
    "Code 214 was narrowed from March 1: the age limit rose from 12 to 18 years.",
    "A survey of 1,406 pharmacists, conducted from May 6 to June 21, 2025, informed the changes.",
]


@pytest.fixture(scope="module")
def notice(tmp_path_factory: pytest.TempPathFactory) -> list[Any]:
    return _facts(draft_text(tmp_path_factory.mktemp("notice"), _CHANGE_NOTICE))


# is broadened from May 15 (a notice of April 20): the new levels are targets of this year, the levels the change
# starts from hold now (achieved of the year of publication), not of the last May before publication.
@pytest.mark.parametrize(
    ("value", "expected"), [(30, ("target", 2026)), (90, ("target", 2026)), (45, ("achieved", 2026))]
)
def test_a_change_from_a_day_to_come_dates_its_levels(
    notice: list[Any], value: float, expected: tuple[str, int]
) -> None:
    assert _of(notice, 3, value) == expected


def test_guard_a_change_from_a_day_already_past_stays(notice: list[Any]) -> None:
    """Guard: narrowed from March 1 (before April 20): a change made, its new level achieved."""
    assert _of(notice, 4, 18)[0] == "achieved"


def test_guard_a_span_of_days_with_its_year_after_it_stays(notice: list[Any]) -> None:
    """Guard: conducted from May 6 to June 21, 2025: a span of days whose year follows its end, no day to come."""
    assert _of(notice, 5, 1406) == ("achieved", 2025)
