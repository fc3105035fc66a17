"""Round 32's rules, from the kinds of text the thirty-sixth held-out set brought (a city's severe mental disorder
management notice, a district's internet hospital report, a county's pre-pregnancy check summary, a US county's
community paramedicine evaluation, an English council's air-quality annual status report, a New Zealand district's
stop-smoking quarterly): each has its failing and passing cases, written for this file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import ignored_on as _ignored
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# ---- periods: a year after the figure's noun, past a unit's rest, a bracket's label; a declared year --------

_MONITORING = [
    "Water Quality Annual Report 2026: summary",
    "Last updated: 10 August 2026",
    "",
    "This page summarises our 2026 Annual Report, which sets out monitoring results for the 2025 calendar year.",
    "We sampled 58 wells, up from 44 wells in 2024. Nitrate exceeded the limit at 6 wells, compared with 9 wells in 2023.",
    "The average ozone level was 31.4 µg/m³ (2024: 33.0 µg/m³). Benzene averaged 0.8 µg/m³.",
    "The national objective for ozone, 40 µg/m³, was met at 52 wells.",
    "About 3,400 households live within the protection zone.",
    "The council spent £0.9m on monitoring in 2025/26.",
    "Works delivered in the year included 12 new boreholes.",
    "Levels stayed below the target of 10 µg/m³ for 2040 and the interim target of 12 µg/m³ for January 2029.",
    "Alerts are issued when the regional index reaches 8 or above. In 2024 the index reached 9 twice.",
]


@pytest.fixture(scope="module")
def monitoring(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("monitoring"), _MONITORING)


def test_a_year_after_the_figures_noun_or_a_units_rest_is_its_own(monitoring: dict[str, Any]) -> None:
    facts = _facts(monitoring)
    assert _of(facts, 5, 9) == ("achieved", 2023)  # compared with 9 wells in 2023
    assert _of(facts, 5, 44)[1] == 2024  # up from 44 wells in 2024
    assert _of(facts, 5, 58)[1] == 2025  # 58 wells, up from …: the comma ends its noun
    assert _of(facts, 11, 12) == ("target", 2029)  # 12 µg/m³ for January 2029 (the reader stops at µg)
    assert _of(facts, 11, 10) == ("target", 2040)


def test_a_year_labelling_a_brackets_figure_dates_no_later_one(monitoring: dict[str, Any]) -> None:
    facts = _facts(monitoring)
    assert _of(facts, 6, 33) == ("achieved", 2024)  # (2024: 33.0 µg/m³): its own label
    assert _of(facts, 6, 0.8) == ("achieved", 2025)  # Benzene averaged 0.8: the declared year, not the label's


def test_results_declared_for_a_calendar_year_date_the_figures_of_no_year(monitoring: dict[str, Any]) -> None:
    facts = _facts(monitoring)
    assert _of(facts, 5, 6) == ("achieved", 2025)  # the year the results are of, not the title's 2026
    assert _of(facts, 6, 31.4) == ("achieved", 2025)
    assert _of(facts, 7, 52) == ("achieved", 2025)
    assert _of(facts, 8, 3400) == ("achieved", 2026)  # who lives there: as things are now
    assert _of(facts, 9, 900000) == ("achieved", 2026)  # in 2025/26: its own year
    assert _of(facts, 10, 12) == ("achieved", 2026)  # in the year: the line before's 2025/26


def test_an_objectives_level_is_a_standing_target(monitoring: dict[str, Any]) -> None:
    assert _of(_facts(monitoring), 7, 40) == ("target", 2026)  # The national objective for ozone, 40 µg/m³


def test_a_level_in_a_condition_is_no_claim(monitoring: dict[str, Any]) -> None:
    facts = _facts(monitoring)
    assert (12, 8) not in facts and _ignored(monitoring, 12) == ["8 or above"]  # issued when the index reaches 8
    assert _of(facts, 12, 9) == ("achieved", 2024)  # the index reached 9: a level reported


# ---- an evaluation: what defines those counted, amounts and their changes, reported speech ------------------

_EVALUATION = [
    "Riverbend Community Nursing: evaluation summary",
    "Published September 15, 2026",
    "",
    "In FY2026, nurses enrolled 420 patients and made 3,100 home visits. Referrals came from 911 crews (40%) and clinics (60%).",
    "Among the 300 patients enrolled for at least 60 days, emergency visits fell by 30%. Some patients were followed for up to 2.5 years.",
    "Nearly one in four (24%) had been admitted three or more times in the 12 months before enrollment.",
    "Nurses found at least one problem in 41% of the homes visited.",
    "Table 2. Visits by enrolled patients (n = 300), 6 months before and after enrollment",
    "Each overnight stay counts as one bed day.",
    "The service will extend to the county's three northern towns, Alden, Brook and Carver. It runs three clinics in Alden.",
    "Of 500 clients surveyed, 92% said they would recommend the service.",
    "The Board has approved $2.2 million for FY2027, up 10% from the FY2026 cost.",
    "Services are funded at $3.1 million in 2026/27, $200,000 more than in 2025/26. Rural clinics receive 30% of this funding.",
    "The state expectation for services is a response rate of at least 85%.",
]


@pytest.fixture(scope="module")
def evaluation(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("evaluation"), _EVALUATION)


def test_numbers_that_define_those_counted_are_no_claims(evaluation: dict[str, Any]) -> None:
    facts = _facts(evaluation)
    assert (4, 911) not in facts and (4, 3100) in facts  # 911 crews: an emergency number naming the crews
    assert (5, 60) not in facts and (5, 2.5) in facts  # enrolled for at least 60 days defines; followed for up to 2.5
    assert (6, 3) not in facts and (6, 24) in facts  # three or more times: whom the 24% counts
    assert (7, 1) not in facts and (7, 41) in facts  # at least one problem in 41% of the homes
    assert _ignored(evaluation, 8) == ["300", "6 months"]  # a caption's (n = 300); the windows compared
    assert (9, 1) not in facts  # counts as one bed day: a definition
    assert (10, 3) in facts and len([f for f in evaluation["facts"] if f["line"] == 10]) == 1  # the three towns named


def test_an_approved_amount_and_its_apposed_change_are_of_its_year(evaluation: dict[str, Any]) -> None:
    facts = _facts(evaluation)
    assert _of(facts, 12, 2200000) == ("achieved", 2027)  # has approved $2.2 million for FY2027: allocated
    assert _of(facts, 12, 10) == ("achieved", 2027)  # up 10% from the FY2026 cost: the amount's change
    assert _of(facts, 13, 200000) == ("achieved", 2027)  # $200,000 more than in 2025/26
    assert _of(facts, 13, 30) == ("achieved", 2027)  # 30% of this funding


def test_reported_speech_and_a_standards_expectation(evaluation: dict[str, Any]) -> None:
    facts = _facts(evaluation)
    assert _of(facts, 11, 92) == ("achieved", 2026)  # said they would recommend: what they said, no plan
    assert _of(facts, 14, 85) == ("target", 2026)  # The state expectation … of at least 85%: in force


# ---- Chinese: 目标人群, 已…部署, done then planned, 孕前3个月, 要在…内, 超过3个月的患者 ------------------------------------

_SUMMARY = [
    "某县2025年度妇幼健康工作总结",
    "发布时间：2026-01-20",
    "",
    "　　2025年，全县孕产妇系统管理率为93.5%，住院分娩率为99.8%，各项指标均较上年有所提升。",
    "　　全县共开展孕前健康教育120场，孕前3个月增补叶酸服用率95.1%。",
    "　　工作进展仍不平衡，全县仍有4个乡镇目标人群覆盖率低于80%。",
    "　　智慧平台已在全部乡镇卫生院部署应用，产前筛查率由2024年的80.2%提升至86.0%。已督促3家医院将候诊时间缩短至30分钟以内。",
    "　　信息系统二期已完成招标，中标金额860万元，计划于2027年3月底前上线。",
]


def test_chinese_cues_that_report_things_done(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _SUMMARY)
    facts = _facts(drafted)
    assert _of(facts, 6, 4) == ("achieved", 2025)  # 目标人群 is the target population, no cue
    assert _of(facts, 7, 86) == ("achieved", 2025)  # 已在…部署应用: deployed
    assert _of(facts, 7, 30)[0] == "target"  # 已督促…缩短至30分钟以内: what they were urged to do
    assert facts[(8, 8600000)]["status"] == "achieved"  # 已完成招标，中标金额…，计划于…: the plan is the next step
    assert (5, 3) not in facts and _ignored(drafted, 5) == ["3个月"]  # 孕前3个月: before an event
    assert _of(facts, 5, 95.1) == ("achieved", 2025)  # not 前3个月, the first months of now


_NOTICE = [
    "某市2026年第三季度严重精神障碍患者管理情况通报",
    "发布日期：2026-10-20",
    "",
    "　　一、工作进展",
    "　　截至9月30日，全市在册患者8200人。",
    "　　二、下一步工作要求",
    "　　（一）到2027年底，每个乡镇至少配备1名专职医生。",
    "　　（二）对失访超过3个月的患者，各地要在10个工作日内完成查找。",
]


def test_a_duty_is_standing_and_a_duration_picks_the_people(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _NOTICE)
    facts = _facts(drafted)
    assert _of(facts, 8, 10) == ("target", 2026)  # 各地要在10个工作日内: a duty in force, not the item before's 2027
    assert _of(facts, 7, 1) == ("target", 2027)
    assert (8, 3) not in facts and _ignored(drafted, 8) == ["超过3个月"]  # 失访超过3个月的患者: whom the duty is for


# ---- a plan's name, what a thing holds now, a page's review stamp ---------------------------------------------

_PLAN_PAGE = [
    "Noise Annual Report 2026: summary",
    "Last updated: 12 August 2026",
    "",
    "This page summarises our 2026 Annual Report, which sets out monitoring results for the 2025 calendar year.",
    "Complaints about road noise fell to 212, compared with 240 in 2024.",
    "Our Noise Action Plan 2024–2029 contains 18 measures. By March 2026, 11 had been completed.",
    "The Noise Strategy 2025 to 2030 will fund 6 new barriers by 2028.",
    "",
    "Page last reviewed: 12 August 2026",
    "Borough Council | PO Box 12, Ashford 4410 | Freephone 0800 555 014",
]


def test_a_plans_span_of_years_a_present_holding_and_a_review_stamp(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _PLAN_PAGE)
    facts = _facts(drafted)
    assert _of(facts, 5, 212) == ("achieved", 2025)  # the declared year
    assert _of(facts, 6, 18) == ("achieved", 2026)  # Plan 2024–2029 names the plan; contains: as things are now
    assert _of(facts, 6, 11) == ("achieved", 2026)
    assert _of(facts, 7, 6) == ("target", 2028)  # a due year of its own still counts
    assert drafted["source"]["body"]["last"] == 7  # Page last reviewed: the page's footer follows
    assert not [f for f in drafted["facts"] if f["line"] == 10]
