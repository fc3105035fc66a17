"""Round 34's rules, from the kinds of text the thirty-eighth held-out set brought (an Irish sexual health
programme's annual report, an NHS 111 monthly statistics note, a Canadian province's physician workforce
report, a province's haemodialysis quality-control report, a city's adult tobacco survey release, a county's
home hospital beds report): each has its failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import ignored_on as _ignored
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

_REPORT = [
    "Riverton Health Board",
    "Annual Report on Community Services",
    "Published: 15 September 2026",
    "",
    "The board's helpline answered 48,200 calls, and 82.5% of answered calls were answered within 30 seconds.",
    "The share of callers who hung up after waiting longer than 45 seconds was 4.4%.",
    "The helpline took between 11,000 and 13,000 calls a quarter.",
    "Calls from January to June were 5.1% higher than in the same six months of 2025.",
    "The board asks practices to bring the average answer time below 90 seconds and to lift screening uptake to"
    " at least 70% by June 2027.",
    "The board had opened 14 new clinics by March 2026.",
    "Funding of £2.4 million has been made available in 2026/27 for an additional 60 nurses.",
    "Waits ranged from 1 to 25 days across practices.",
    "The board aims to reach 9,000 members by the end of 2027 and to see urgent referrals within 3 days at every"
    " practice by the end of 2026.",
    "2.8% of tested samples were positive for at least one virus.",
    "Of the new cases, 31 were found late (a viral load above 1,000 copies/ml).",
    "The number of GPs rose from 88 on March 31, 2021 to 97, an increase of 9 over five years.",
    "Women made up 52.1% of GPs, up from 44.0% four years earlier, and 61.0% of GPs under 45.",
    "About 1,900 of them (12%) waited more than a year.",
    "Notes: Rates use the 2024 population estimates. Practices include 23 GPs who work in more than one practice.",
    "Grants of up to £20,000 are offered to GPs who agree to work in a rural practice for three years.",
    "Counts exclude locums working fewer than 20 days in the year.",
    "",
    "Contact: Riverton Health Board, High Street.",
]

_NOTICE = [
    "某县卫生健康局",
    "某县2025年慢性病管理工作情况通报",
    "发布时间：2026年01月20日",
    "",
    "　　2025年，全县慢性病患者规范管理率为81.6%，低于上年同期的83.2%。",
    "　　仍有6家卫生院每名医生管理患者超过900人。",
    "　　与上年相比，表2所列5项指标均有提高。",
    "　　县级质控组三季度抽查病历180份，合格率92.5%，低于85%的卫生院有3家。",
    "　　按照县医保局规定，门诊慢病起付线为每年200元，报销比例为60%。",
    "　　平均随访间隔42天，最长不超过90天的规定全部落实。",
    "　　到2027年底，慢病管理纳入全县15个卫生院绩效考核。",
    "　　调查显示，人群电子烟现在使用率为2.3%，计划在未来6个月内戒烟的占21.4%；戒烟者（曾经吸烟、现在不吸烟）约3.1万人。",
    "　　过去6个月内就诊的患者中，接受随访的比例为77.0%。",
    "　　6个月持续控制率为63.5%。",
    "　　超过八成（84.2%）的患者表示满意。",
    "　　下一步，每年开展不少于3轮督导检查。",
    "　　一个服务周期最高补助限额500元。",
    "",
    "某县卫生健康局",
]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("report"), _REPORT)


@pytest.fixture(scope="module")
def notice(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("notice"), _NOTICE)


def _not_drafted(drafted: dict[str, Any], line: int, value: float, ignored: str) -> None:
    assert (line, value) not in _facts(drafted)
    assert ignored in _ignored(drafted, line)


# ---- no claims: seconds that define, a span compared with, a bound that says who is counted ------------------


def test_seconds_that_bound_what_is_counted_are_no_claim(report: dict[str, Any]) -> None:
    _not_drafted(report, 5, 30, "within 30 seconds")  # answered within 30 seconds
    _not_drafted(report, 6, 45, "longer than 45 seconds")  # after waiting longer than 45 seconds
    assert _of(_facts(report), 6, 4.4) == ("achieved", 2026)


def test_the_same_span_compared_with_is_no_claim(report: dict[str, Any]) -> None:
    _not_drafted(report, 8, 6, "six months")  # than in the same six months of 2025
    assert _facts(report)[(8, 5.1)]["qualifier"] == "eq"


def test_at_least_one_after_a_share_defines_it(report: dict[str, Any]) -> None:
    _not_drafted(report, 14, 1, "at least one")  # 2.8% of samples were positive for at least one virus
    assert _of(_facts(report), 14, 2.8) == ("achieved", 2026)


def test_a_bound_in_brackets_after_a_term_defines_it(report: dict[str, Any]) -> None:
    _not_drafted(report, 15, 1000, "above 1,000")  # found late (a viral load above 1,000 copies/ml)
    assert _facts(report)[(15, 31)]["qualifier"] == "eq"


def test_who_and_ing_clauses_say_which_people_are_meant(report: dict[str, Any]) -> None:
    _not_drafted(report, 17, 45, "under 45")  # 61.0% of GPs under 45: an age
    _not_drafted(report, 19, 1, "more than one")  # 23 GPs who work in more than one practice
    _not_drafted(report, 20, 3, "three years")  # to GPs who agree to work … for three years
    _not_drafted(report, 21, 20, "fewer than 20 days")  # locums working fewer than 20 days in the year
    assert _facts(report)[(20, 20000)]["qualifier"] == "le"


def test_the_low_end_of_a_range_from_one_value_to_another_is_drafted(report: dict[str, Any]) -> None:
    facts = _facts(report)
    assert facts[(12, 1)]["qualifier"] == "ge" and facts[(12, 25)]["qualifier"] == "le"  # ranged from 1 to 25 days


# ---- status: a request, a month's due date, what funding is made available for ------------------------------


def test_what_a_body_asks_for_by_a_month_is_a_target(report: dict[str, Any]) -> None:
    facts = _facts(report)
    assert _of(facts, 9, 90) == ("target", 2027)  # asks practices to bring … below 90 seconds
    assert _of(facts, 9, 70) == ("target", 2027)  # … to at least 70% by June 2027
    assert _of(facts, 10, 14) == ("achieved", 2026)  # had opened 14 new clinics by March 2026: gone by


def test_the_staff_funding_is_made_available_for_are_a_target(report: dict[str, Any]) -> None:
    facts = _facts(report)
    assert _of(facts, 11, 60) == ("target", 2027)  # for an additional 60 nurses
    assert _of(facts, 11, 2400000) == ("achieved", 2027)  # the allocation itself, of its fiscal year


# ---- periods: a due date after a second aim, a date on the from-figure, years back, a thing's year ------------


def test_a_due_date_after_the_second_aim_is_its_own(report: dict[str, Any]) -> None:
    facts = _facts(report)
    assert _of(facts, 13, 3) == ("target", 2026)  # … within 3 days at every practice by the end of 2026
    assert _of(facts, 13, 9000) == ("target", 2027)


def test_the_date_on_a_from_figure_is_its_own(report: dict[str, Any]) -> None:
    facts = _facts(report)
    assert _of(facts, 16, 88) == ("achieved", 2021)  # rose from 88 on March 31, 2021
    assert _of(facts, 16, 97) == ("achieved", 2026)  # … to 97
    assert _of(facts, 16, 9) == ("achieved", 2026)  # an increase of 9


def test_a_from_figure_years_earlier_is_that_many_years_back(report: dict[str, Any]) -> None:
    assert _of(_facts(report), 17, 44.0) == ("achieved", 2022)  # up from 44.0% four years earlier


def test_a_year_naming_estimates_dates_no_later_figure(report: dict[str, Any]) -> None:
    assert _of(_facts(report), 19, 23) == ("achieved", 2026)  # not 2024, the population estimates' year


# ---- Chinese: a compared level, a per-head threshold, a table cited, a quarter, rules in force ----------------


def test_a_level_compared_with_last_years_is_as_printed(notice: dict[str, Any]) -> None:
    facts = _facts(notice)
    assert facts[(5, 83.2)]["qualifier"] == "eq"  # 低于上年同期的83.2%
    assert _of(facts, 5, 83.2) == ("achieved", 2024)


def test_a_threshold_per_head_after_the_count_picks_the_units(notice: dict[str, Any]) -> None:
    _not_drafted(notice, 6, 900, "超过900人")  # 仍有6家卫生院每名医生管理患者超过900人
    assert _facts(notice)[(6, 6)]["qualifier"] == "eq"


def test_a_table_the_text_cites_is_no_count(notice: dict[str, Any]) -> None:
    assert (7, 2) not in _facts(notice) and "2所" in _ignored(notice, 7)  # 表2所列


def test_a_quarter_not_begun_at_publication_is_last_years(notice: dict[str, Any]) -> None:
    facts = _facts(notice)
    assert _of(facts, 8, 180) == ("achieved", 2025)  # 三季度 in a January 2026 notice
    _not_drafted(notice, 8, 85, "低于85%")  # 合格率…，低于85%的卫生院有3家
    assert _of(facts, 8, 3) == ("achieved", 2025)


def test_rules_the_text_says_are_rules_are_in_force_when_published(notice: dict[str, Any]) -> None:
    facts = _facts(notice)
    assert _of(facts, 9, 200) == ("achieved", 2026)  # 按照县医保局规定，起付线为…
    assert _of(facts, 9, 60) == ("achieved", 2026)
    assert _of(facts, 10, 90) == ("achieved", 2026)  # 最长不超过90天的规定
    assert _of(facts, 10, 42) == ("achieved", 2025)


def test_the_countys_units_a_service_is_put_into_exist_already(notice: dict[str, Any]) -> None:
    assert _of(_facts(notice), 11, 15) == ("achieved", 2026)  # 到2027年底，…纳入全县15个卫生院绩效考核


def test_a_surveys_current_terms_and_those_who_plan_are_no_cues(notice: dict[str, Any]) -> None:
    facts = _facts(notice)
    assert _of(facts, 12, 2.3) == ("achieved", 2025)  # 电子烟现在使用率: current use, not now
    assert _of(facts, 12, 21.4) == ("achieved", 2025)  # 计划…戒烟的占: those who plan to quit
    assert _of(facts, 12, 31000) == ("achieved", 2025)  # 现在不吸烟


def test_time_frames_rate_names_restated_shares_and_frequencies_are_no_claims(notice: dict[str, Any]) -> None:
    _not_drafted(notice, 13, 6, "6个月内")  # 过去6个月内就诊的患者中
    _not_drafted(notice, 14, 6, "6个月")  # 6个月持续控制率
    _not_drafted(notice, 15, 80, "超过八成")  # 超过八成（84.2%）
    _not_drafted(notice, 16, 3, "不少于3轮")  # 每年开展不少于3轮
    _not_drafted(notice, 17, 1, "一个")  # 一个服务周期最高补助限额500元
    facts = _facts(notice)
    assert facts[(14, 63.5)]["qualifier"] == "eq" and facts[(15, 84.2)]["qualifier"] == "eq"
