"""Round 63's rules, from the sixty-fifth held-out set (a drug affordability board's cost review whose numbered table
captions end on a year; a city's blood lead report counting homes built before a year; a circular on a year's pay
reform that declares the year it reports on and links its results to the next year's pay; a circular whose
problems were 未注明日期): each has its failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# A county board's web summary of November 2026; its title names no year, its tables' captions do (or do not).
_SUMMARY = [
    "Home / Reviews / Completed Reviews",
    "Review Summary: Dermavax injection",
    "Adopted November 4, 2026 | Docket No. CR-7",
    "Background. The board reviewed the cost of Dermavax to county payers.",
    "Table 2. Dermavax patients and spending by payer, 2024",
    "Payer\tPatients\tSpending ($m)",
    "Medicaid\t318\t21.4",
    "Commercial\t905\t66.2",
    "Table 3. Dermavax pharmacies by district",
    "District\tPharmacies",
    "North\t14",
    "In 2025 inspectors visited 120 homes of patients; 64 were built before 1960.",
    "The county has an estimated 41,300 pre-1960 housing units, about 35% of its housing stock.",
    "In 2025 the board also visited 12 clinics, 4 of them built in 2019.",
]

# A city circular of July 2026 on a year's family doctor work; its title names no year, its opening does.
_CIRCULAR = [
    "网站首页 > 政务公开 > 通知通报",
    "关于全市家庭医生签约服务工作推进情况的通报",
    "发布时间：2026-07-20 09:00",
    "各县（区）卫生健康局：",
    "按照省里部署，全市持续推进家庭医生签约服务。现将2025年度签约服务推进情况通报如下。",
    "（一）签约覆盖稳步扩大。全市签约居民86000人，签约率41.2%。",
    "（二）履约质量持续提高。有6家机构存在签约协议未注明日期等问题，其中民营机构4家。",
    "（三）下一步工作。2026年全市签约率力争达到45%以上，2027年达到50%以上。",
]

# The same work told without the year in its opening: the year of publication, as before.
_NOTICE = [
    "网站首页 > 政务公开 > 通知通报",
    "关于全市家庭医生签约服务工作推进情况的通报",
    "发布时间：2026-07-20 09:00",
    "各县（区）卫生健康局：",
    "按照省里部署，全市持续推进家庭医生签约服务。现将有关情况通报如下。",
    "（一）签约覆盖稳步扩大。全市签约居民86000人，签约率41.2%。",
]

# A circular of February 2026 titled on 2025's assessment, its results linked to 2026's subsidies.
_ASSESSED = [
    "网站首页 > 政务公开 > 通知通报",
    "关于2025年度家庭医生签约服务考核结果的通报",
    "发布时间：2026-02-10 10:00",
    "各县（区）卫生健康局：",
    "全市32个团队参加考核，其中优秀7家。考核结果与2026年度补助资金挂钩：优秀团队补助上浮8%，合格团队下浮2%。",
    "考核情况：合格团队21家。",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {"summary": _SUMMARY, "circular": _CIRCULAR, "notice": _NOTICE, "assessed": _ASSESSED}
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# Table 2. Dermavax patients and spending by payer, 2024: the numbered caption's year dates its cells.
@pytest.mark.parametrize(("line", "value"), [(7, 318), (7, 21400000), (8, 905), (8, 66200000)])
def test_a_numbered_captions_year_dates_its_tables_cells(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["summary"]), line, value) == ("achieved", 2024)


def test_guard_a_numbered_caption_of_no_year(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: Table 3. Dermavax pharmacies by district names no year: the year the summary is about, as before."""
    assert _of(_facts(drafted["summary"]), 11, 14) == ("achieved", 2025)


# 64 were built before 1960, 41,300 pre-1960 housing units: the year tells the houses' age, not the figure's period.
@pytest.mark.parametrize(("line", "value", "period"), [(12, 64, 2025), (13, 41300, 2025), (13, 35, 2025)])
def test_a_year_telling_a_things_age_dates_no_figure(
    drafted: dict[str, dict[str, Any]], line: int, value: float, period: int
) -> None:
    assert _of(_facts(drafted["summary"]), line, value)[1] == period


def test_guard_a_year_a_thing_was_built_in(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: `4 of them built in 2019` keeps the year printed with it, as before."""
    assert _of(_facts(drafted["summary"]), 14, 4) == ("achieved", 2019)


# 现将2025年度签约服务推进情况通报如下 in a circular of July 2026 whose title names no year: 2025's figures.
@pytest.mark.parametrize("value", [86000, 41.2])
def test_the_year_a_circular_says_it_reports_on_dates_its_figures(
    drafted: dict[str, dict[str, Any]], value: float
) -> None:
    assert _of(_facts(drafted["circular"]), 6, value) == ("achieved", 2025)


def test_guard_a_circular_that_names_no_year_it_reports_on(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: 现将有关情况通报如下 names no year: the year of publication, as before."""
    assert _of(_facts(drafted["notice"]), 6, 86000) == ("achieved", 2026)


# 存在签约协议未注明日期等问题: 注明日期 (to mark the date) is no 明日 (tomorrow).
@pytest.mark.parametrize("value", [6, 4])
def test_a_marked_date_is_no_tomorrow(drafted: dict[str, dict[str, Any]], value: float) -> None:
    assert _of(_facts(drafted["circular"]), 7, value) == ("achieved", 2025)


# 考核结果与2026年度补助资金挂钩：优秀团队补助上浮8%，合格团队下浮2%: the colon spells out 2026's subsidies.
@pytest.mark.parametrize("value", [8, 2])
def test_a_colons_clause_year_dates_what_it_goes_on_to_tell(drafted: dict[str, dict[str, Any]], value: float) -> None:
    assert _of(_facts(drafted["assessed"]), 5, value)[1] == 2026


def test_guard_a_colon_of_no_year_and_a_figure_before_the_colon(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: 考核情况：合格团队21家 (a colon of no year) and 其中优秀7家 (before the colon) stay 2025's."""
    facts = _facts(drafted["assessed"])
    assert _of(facts, 6, 21) == ("achieved", 2025)
    assert _of(facts, 5, 7) == ("achieved", 2025)
