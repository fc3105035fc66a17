"""Round 41's rules, from the leftovers of the forty-fourth held-out set (a city's monthly circular on a
measured level and the norms it sets for it, an NGO's mid-term review and its recommendations, a county's
resolution, a measles notice): each has its failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

_CIRCULAR = [
    "某市卫生健康委关于2026年10月基层医疗机构门诊量情况的通报",
    "发布时间：2026-11-10",
    "10月全市基层医疗机构门诊人次占比为52.4%，较上年同月的49.8%提高2.6个百分点。",
    "全市乡镇卫生院医师日均担负诊疗21.3人次，部分卫生院日均加号64人次。",
    "各乡镇卫生院要合理安排门诊，医师日均担负诊疗原则上控制在30人次以下，加号数不得超过当日号源的10%。",
]

# the guard: a notice's own money and process stay rules in force
_ALLOCATION = [
    "关于下达2026年基层卫生补助资金的通知",
    "发布时间：2026-11-10",
    "全市村卫生室共有1260个，乡村医生2310人。",
    "各县应在收到资金后30日内分解下达。用于村卫生室的资金比例原则上不低于40%，补助每人每年不少于6000元。",
]


_TARGET_MISSED = [
    "某县2026年三季度基层门诊情况通报",
    "发布时间：2026-10-12",
    "全县乡镇卫生院门诊量增长4.2%；县级医院门诊次均费用不超过260元的目标尚未实现（实际为271元）。",
    "目标人群1.2万人中已随访9800人。",
]

_REVIEW = [
    "Healthy Wells Programme: end-line review summary",
    "Published 3 October 2026",
    "The programme runs from April 2024 to March 2028 in 42 villages, with a budget of $1.9 million.",
    "Progress",
    "The programme has trained 140 of the 210 planned volunteers and built 15 clinics; a planned 45.0% of the"
    " budget was to be spent by September 2026, against a target of 60 clinics by March 2028.",
    "The cost per person reached was $41, within the ceiling of $55 set in the grant agreement.",
    "Recommendations",
    "The review recommends that the 8 districts still without a clinic be served first, that the other 4 teams"
    " be retrained, that clinics move toward the 10 hours a day set in the plan, that referrals be raised to at least 70%, and that the target for clinic visits be cut from"
    " 30,000 to 24,000.",
    "Response: the Board accepts 9 of the 12 recommendations in the report (48 pages) and will report in June 2027.",
]


_RESOLUTION = [
    "Resolution 2026-41: Settlement Fund Allocations for FY2027",
    "Adopted October 5, 2026",
    "BE IT RESOLVED that no more than 8% of the FY2027 allocation may be spent on administration;",
    "BE IT FURTHER RESOLVED that the balance of $2,400,000 remains in the fund, that at least $900,000 of it is"
    " set aside for a recovery centre by FY2030, and that residents born in 1990 or later may receive 3 free"
    " naloxone kits.",
]


_DISTRIBUTION = [
    "关于印发某县2026年度绩效奖励分配方案的通知",
    "发布时间：2026-11-20",
    "现将2026年度绩效奖励分配方案印发给你们，请认真贯彻执行。",
    "岗位系数表",
    "岗位\t系数\t人数",
    "副高级及以上\t1.3—1.6\t420",
    "中级及以下\t0.9—1.2\t1180",
    "考核满分100分，考核得分低于70分的暂停发放绩效奖励，70分以上的按得分比例发放。",
    "两个方案均保留基础包，每人每年费用为80元至120元。",
]


_BASELINE = [
    "Clean Hands Schools Project: mid-term brief",
    "Published 2 September 2026",
    "The project works in 64 schools of two districts.",
    "Indicator\tBaseline (2023)\tMid-term (2026)\tTarget (2028)",
    "Schools with soap at handwashing points (%)\t22.0\t47.5\t80",
    "Absence for diarrhoea fell from 6.1% at baseline to 3.4% this term; the 12 schools still below 30% soap"
    " coverage had extra visits in July.",
]


_NOTICE = [
    "关于2026年度医疗机构校验结果的通告",
    "发布时间：2026-06-18",
    "暂缓校验的机构整改期为1至3个月，整改期间不得新增诊疗科目。",
    "Of the 9 cases, 6 were unvaccinated and 2 had received only 1 dose; clinics have given 1,240 doses.",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {"circular": _CIRCULAR, "allocation": _ALLOCATION, "missed": _TARGET_MISSED, "review": _REVIEW}
    texts["resolution"] = _RESOLUTION
    texts["distribution"] = _DISTRIBUTION
    texts["baseline"] = _BASELINE
    texts["notice"] = _NOTICE
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# A norm on a level the circular reports measured before it (医师日均担负诊疗21.3人次 … 原则上控制在30人次以下):
# a level those addressed must keep, a target of the year of publication.
@pytest.mark.parametrize(("line", "value"), [(5, 30), (5, 10)])
def test_a_norm_on_a_level_the_text_reports_measured_is_a_target(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["circular"]), line, value) == ("target", 2026)


@pytest.mark.parametrize(("line", "value"), [(3, 52.4), (4, 21.3), (4, 64)])
def test_the_measured_levels_stay_achieved(drafted: dict[str, dict[str, Any]], line: int, value: float) -> None:
    assert _of(_facts(drafted["circular"]), line, value) == ("achieved", 2026)


def test_the_same_month_a_year_before_is_the_year_before(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["circular"]), 3, 49.8) == ("achieved", 2025)


@pytest.mark.parametrize(("line", "value"), [(4, 30), (4, 40), (4, 6000)])
def test_a_notices_rules_on_its_own_money_and_process_stay_in_force(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["allocation"]), line, value) == ("achieved", 2026)


# X的目标尚未实现: the value a target the text names sets is a target, of the year it was set for; the level reached
# achieved; 目标人群 names people, no target.
def test_a_figure_named_as_a_targets_value_after_it_is_a_target(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["missed"])
    assert _of(facts, 3, 260) == ("target", 2026)
    assert _of(facts, 3, 271) == ("achieved", 2026)
    assert _of(facts, 4, 9800)[0] == "achieved"


# A recommendations section: the things a recommendation acts on (the 8 districts, the other 4 teams) exist
# already; a level it sets is a target; a target it changes is a target at both ends, of the target's due year.
@pytest.mark.parametrize(("line", "value"), [(8, 8), (8, 4)])
def test_a_definite_count_a_recommendation_acts_on_is_achieved(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["review"]), line, value) == ("achieved", 2026)


def test_a_level_a_recommendation_sets_stays_a_target(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["review"]), 8, 70)[0] == "target"
    assert _of(_facts(drafted["review"]), 8, 10)[0] == "target"  # the 10 hours a day: a level, no things counted


@pytest.mark.parametrize("value", [30000, 24000])
def test_both_ends_of_a_target_a_recommendation_changes_are_targets_of_its_due_year(
    drafted: dict[str, dict[str, Any]], value: float
) -> None:
    assert _of(_facts(drafted["review"]), 8, value) == ("target", 2028)


@pytest.mark.parametrize("value", [9, 12])
def test_the_recommendations_a_response_counts_are_achieved(drafted: dict[str, dict[str, Any]], value: float) -> None:
    assert _of(_facts(drafted["review"]), 9, value) == ("achieved", 2026)


def test_a_reports_page_count_in_brackets_is_no_figure(drafted: dict[str, dict[str, Any]]) -> None:
    assert (9, 48) not in _facts(drafted["review"])


# A project's planned total is a target of its end; a limit its agreement sets is in force; what it has done and
# a planned share by a date stay as they were.
def test_a_planned_total_is_a_target_of_the_projects_end(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["review"])
    assert _of(facts, 5, 210) == ("target", 2028)
    assert _of(facts, 5, 140) == ("achieved", 2026)
    assert _of(facts, 5, 45.0)[0] == "target"


def test_a_limit_an_agreement_sets_is_in_force(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["review"])
    assert _of(facts, 6, 55) == ("achieved", 2026)
    assert _of(facts, 6, 41) == ("achieved", 2026)


# A share of a fiscal year's money is of that fiscal year; an amount set aside by a fiscal year is a target of
# it; what remains now, and what a notice grants people by their birth year, stay of the year of publication.
def test_a_share_of_a_fiscal_years_allocation_is_of_that_year(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["resolution"]), 3, 8) == ("achieved", 2027)


def test_an_amount_due_by_a_fiscal_year_is_a_target_of_it(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["resolution"])
    assert _of(facts, 4, 900000) == ("target", 2030)
    assert _of(facts, 4, 2400000) == ("achieved", 2026)


def test_a_birth_year_that_defines_people_dates_no_figure(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["resolution"]), 4, 3) == ("achieved", 2026)


# A table row's grade 及以下 (and below) opens no list: its range's lower end is a figure.
def test_a_grade_and_those_below_it_open_no_list(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["distribution"])
    assert facts[(7, 0.9)]["qualifier"] == "ge"
    assert facts[(7, 1.2)]["qualifier"] == "le"
    assert facts[(6, 1.3)]["qualifier"] == "ge"


# A score band, then 的 and what a rule does to those in it, picks the units: no claim; a count of the options set
# out, named again with 均, is no figure; the options' values are.
def test_a_score_band_a_rule_acts_on_and_the_options_counted_again_are_no_figures(
    drafted: dict[str, dict[str, Any]],
) -> None:
    facts = _facts(drafted["distribution"])
    assert (8, 70) not in facts
    assert (9, 2) not in facts
    assert (9, 80) in facts and (9, 120) in facts


# A figure measured "at baseline" is of the year the text names its baseline's; the bound that picks things just
# counted (the 12 schools still below 30%) is no claim; the count is.
def test_a_figure_at_baseline_is_of_the_baselines_year(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["baseline"])
    assert _of(facts, 6, 6.1) == ("achieved", 2023)
    assert _of(facts, 6, 3.4) == ("achieved", 2026)
    assert _of(facts, 5, 22.0) == ("achieved", 2023)


def test_the_bound_that_picks_things_just_counted_is_no_claim(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["baseline"])
    assert (6, 30) not in facts
    assert (6, 12) in facts


# 1至3个月 is a range the reader reads, its low end a figure, not a span a later figure is counted over.
def test_the_low_end_of_a_range_of_months_is_a_figure(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["notice"])
    assert facts[(3, 1)]["qualifier"] == "ge"
    assert facts[(3, 3)]["qualifier"] == "le"


# the doses a group has had define it (2 had received only 1 dose): no claim; the doses given are.
def test_the_doses_that_pick_the_people_counted_are_no_claim(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["notice"])
    assert (4, 1) not in facts
    assert (4, 2) in facts and (4, 1240) in facts
