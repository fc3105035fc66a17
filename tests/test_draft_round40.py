"""Round 40's rules, from the kinds of text the forty-fourth held-out set brought (a county's notice issuing its
medical community's bonus distribution plan, a city's notice of a price hearing, a county's resolution
allocating settlement funds for a fiscal year): each has its failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

_DISTRIBUTION = [
    "关于印发某县2026年度绩效奖励分配方案的通知",
    "发布时间：2026-11-20",
    "现将2026年度绩效奖励分配方案印发给你们，请认真贯彻执行。",
    "集团统筹部分不超过总额的10%，基层成员单位所得不低于总额的55%。",
    "单位系数：牵头医院1.0，乡镇卫生院1.2。",
    "个人奖励最高不超过本单位人均奖励的3倍。",
]

# the guard: a plan that is no distribution of money still sets targets
_PLAN = [
    "关于印发某县2026年度基层卫生服务能力提升方案的通知",
    "发布时间：2026-11-20",
    "到2027年，基层就诊率达到65%以上，家庭医生签约率不低于45%。",
]

_HEARING = [
    "某市家庭医生签约服务费标准调整听证会公告",
    "发布日期：2026-11-25",
    "现将有关事项公告如下：",
    "一、听证事项",
    "现行基础包服务费为每人每年100元，其中医保基金支付60元。",
    "二、调整方案",
    "方案一：基础包服务费由每人每年100元调整为130元，其中医保基金支付由60元提高到80元。",
    "方案二：基础包服务费调整为120元，居民自付20元。",
    "调整后的标准拟自2027年4月1日起执行。",
    "三、签约服务现状",
    "全市签约率为48.5%，签约居民续约率为76.2%。",
]

_RESOLUTION = [
    "Resolution No. 2026-88: Authorizing Expenditure of Settlement Funds for FY2027",
    "Adopted November 9, 2026",
    "WHEREAS, the County recorded 40 overdose deaths in 2025;",
    "NOW, THEREFORE, BE IT RESOLVED that the following amounts are authorized for FY2027 (July 1, 2026 to June 30,"
    " 2027):",
    "Strategy\tFY2027 allocation ($)\tShare of total (%)",
    "Treatment\t600,000\t60.0",
    "Naloxone\t400,000\t40.0",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {"distribution": _DISTRIBUTION, "plan": _PLAN, "hearing": _HEARING, "resolution": _RESOLUTION}
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# A distribution plan (分配方案): its shares, coefficients, floors and caps are rules in force for the year's
# distribution, achieved of the year of publication, not levels to reach.
@pytest.mark.parametrize(("line", "value"), [(4, 10), (4, 55), (5, 1.0), (5, 1.2), (6, 3)])
def test_a_distribution_plans_parameters_are_rules_in_force(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["distribution"]), line, value) == ("achieved", 2026)


@pytest.mark.parametrize(("line", "value"), [(3, 65), (3, 45)])
def test_a_plan_that_divides_no_money_still_sets_targets(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["plan"]), line, value) == ("target", 2027)


# A hearing's options (二、调整方案 … 拟自2027年4月1日起执行): targets of the year they would take effect; the
# levels they change from and the standard in force achieved, of the year of publication.
@pytest.mark.parametrize(("line", "value"), [(7, 130), (7, 80), (8, 120), (8, 20)])
def test_a_hearings_proposed_options_are_targets_of_the_year_they_would_take_effect(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["hearing"]), line, value) == ("target", 2027)


@pytest.mark.parametrize(("line", "value"), [(5, 100), (5, 60), (7, 100), (7, 60), (11, 48.5), (11, 76.2)])
def test_a_hearings_fee_in_force_and_its_other_sections_stay_achieved_now(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["hearing"]), line, value) == ("achieved", 2026)


# A resolution authorizing a fiscal year's money: its table of allocations is that year's budget, achieved, of
# the fiscal year; what it recites of years past keeps their year.
@pytest.mark.parametrize(("line", "value"), [(6, 600000), (6, 60.0), (7, 400000), (7, 40.0)])
def test_a_resolutions_table_of_a_fiscal_years_allocations_is_achieved_of_that_year(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["resolution"]), line, value) == ("achieved", 2027)


def test_a_resolutions_recital_of_a_past_year_keeps_its_year(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["resolution"]), 3, 40) == ("achieved", 2025)
