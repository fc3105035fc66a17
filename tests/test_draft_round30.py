"""Round 30's rules, from the kinds of text the thirty-fourth held-out set brought (a city CDC's surveillance
notice, a city's survey release, a city's services progress notice, a province's wait-list update, a
district health barometer statement, a state's review of its annual implementation plan): each has its
failing and passing cases, written for this file."""

from __future__ import annotations

from pathlib import Path

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import ignored_on as _ignored
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# ---- a review of a plan's progress is no plan; its table of allocation and spending ----------------------

_REVIEW = [
    "Health secretary reviews first-quarter progress of the State Nutrition Plan 2026-27",
    "Press note | Lucknow, 20 August 2026",
    "",
    "The review covered 412 blocks. Field teams counselled 58,300 mothers between April and June 2026.",
    "Table 2: Progress by component, Nutrition Plan 2026-27 (Rs in crore)",
    "Component                Sanctioned    Spent (Apr-Jun)    Share spent (%)",
    "Counselling              84.50         19.20              22.7",
    "Supplements              120.00        31.75              26.5",
]

_PLAN = [
    "State Nutrition Plan 2026-27",
    "Issued 2 April 2026",
    "",
    "The plan covers 412 blocks. Field teams will counsel mothers in every block.",
    "Counselling reaches 60,000 mothers.",
]


def test_a_title_that_reviews_a_plan_s_progress_is_no_plan(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _REVIEW))
    assert facts[(4, 412)]["status"] == "achieved"  # reviews … progress of the … Plan: what was done
    assert _of(facts, 4, 58_300) == ("achieved", 2026)
    plan = _facts(draft_text(tmp_path / "plan", _PLAN))
    assert plan[(5, 60_000)]["status"] == "target"  # the plan's own title: no cue, the page is the plan


def test_a_progress_table_s_allotted_column_is_the_fiscal_year_s(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _REVIEW))
    assert _of(facts, 7, 845_000_000) == ("achieved", 2027)  # Sanctioned, of PIP 2026-27: its allocation
    assert _of(facts, 8, 1_200_000_000) == ("achieved", 2027)
    assert _of(facts, 7, 192_000_000) == ("achieved", 2026)  # Spent (Apr-Jun): months of 2026
    assert _of(facts, 8, 26.5) == ("achieved", 2026)  # a column of neither: as the text stands


# ---- the plans a report lists after a lead-in or under a heading of requirements -------------------------

_RELEASE = [
    "某市2025年居民营养状况调查结果发布",
    "发布时间：2026-04-02",
    "",
    "　　调查显示，2025年全市居民蔬菜摄入达标率为41.5%。",
    "　　市卫生健康委表示，下一步将重点抓好两方面工作：",
    "　　一是推进减盐行动。全市居民人均每日食盐摄入量下降不少于0.5克。",
    "　　二是扩大宣传覆盖。营养知识知晓率提高到70%。",
    "　　据统计，全市共有营养指导员860名。",
]


def test_a_list_after_a_lead_in_that_plans_holds_targets(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _RELEASE))
    assert facts[(6, 0.5)]["status"] == "target"  # 下一步将重点抓好两方面工作：一是…
    assert facts[(7, 70)]["status"] == "target"
    assert _of(facts, 4, 41.5) == ("achieved", 2025)
    assert facts[(8, 860)]["status"] == "achieved"  # no item of the list: the list has ended


_NOTICE = [
    "某区2025年疾病监测工作通报",
    "发布日期：2026-03-10",
    "",
    "　　一、监测情况",
    "　　2025年全区共报告病例1260例，监测点32个。",
    "　　二、2026年工作要求",
    "　　（一）扩大监测范围。今年新增监测点不少于4个，到2028年底监测点总数达到40个以上。",
    "　　（二）提高报告质量。病例报告及时率保持在95%以上。",
    "　　三、其他事项",
    "　　各单位按季度报送病例数据。",
]


def test_a_heading_of_requirements_for_a_year_sets_its_items_targets_of_that_year(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _NOTICE))
    assert _of(facts, 8, 95) == ("target", 2026)  # 二、2026年工作要求: not 2028, the item before's due year
    assert _of(facts, 7, 40) == ("target", 2028)
    assert _of(facts, 5, 1260) == ("achieved", 2025)


# ---- deadlines an aim or a direction sets; due dates right after a target; the fiscal year's end ----------

_DIRECTIONS = [
    "Regional director reviews hospital performance",
    "Published 12 November 2026",
    "",
    "The authority aims to assess urgent referrals within 14 days.",
    "Five clinics whose uptake is below 40 per cent were asked to submit recovery plans within 10 days.",
    "It aims to offer a first appointment within 28 days of referral to 90% of patients.",
    "Managers were directed to raise uptake to at least 50 per cent by 31 December 2026 and to 75 per cent by 30 June 2027.",
    "Vacant posts are to be filled within 60 days, and all clinics are to offer 9 services by the end of the financial year.",
    "Uptake reached 46.1 per cent, the highest in five years, but remains short of the 60 per cent target.",
]


def test_a_deadline_an_aim_or_a_direction_sets_is_a_target(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _DIRECTIONS)
    facts = _facts(drafted)
    assert _of(facts, 4, 14) == ("target", 2026)  # aims to assess … within 14 days
    assert facts[(4, 14)]["qualifier"] == "le"
    assert _of(facts, 5, 10) == ("target", 2026)  # were asked to submit … within 10 days: not the share's
    assert facts[(5, 5)]["status"] == "achieved"
    assert _of(facts, 8, 60) == ("target", 2026)  # are to be filled within 60 days
    assert "within 28 days" in _ignored(drafted, 6)  # … within 28 days of referral to 90% of patients: the
    assert _of(facts, 6, 90) == ("target", 2026)  # time defines the share after it, the target's claim


def test_a_due_date_right_after_a_target_is_its_own(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _DIRECTIONS))
    assert _of(facts, 7, 75) == ("target", 2027)  # … and to 75 per cent by 30 June 2027
    assert _of(facts, 7, 50) == ("target", 2026)  # at least 50 per cent by 31 December 2026


def test_are_to_and_the_end_of_the_financial_year_make_a_target_of_its_end(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _DIRECTIONS))
    assert _of(facts, 8, 9) == ("target", 2027)  # are to offer 9 … by the end of the financial year (2026-27)


def test_a_superlative_over_years_looks_back(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _DIRECTIONS))
    assert _of(facts, 9, 60) == ("target", 2026)  # the highest in five years: no target five years ahead
    assert _of(facts, 9, 46.1) == ("achieved", 2026)


# ---- an emergency number; a press release's issuer credit -------------------------------------------------

_SERVICE = [
    "Ambulance services report on the quarter",
    "Released 5 October 2026",
    "",
    "The 112 emergency ambulance service answered 41,200 calls in the quarter.",
    "Crews completed 38,900 trips.",
    "(Issued by: Communications Unit, Health Department)",
    "Civic Centre, Sector 9 - 560001 | Phone: 080-2221144",
]


def test_an_emergency_number_names_its_service(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _SERVICE)
    assert "112" in _ignored(drafted, 4)
    assert (4, 41_200) in _facts(drafted)


def test_a_press_release_s_issuer_credit_ends_its_body(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _SERVICE)
    assert drafted["source"]["body"]["last"] == 5
    assert not [f for f in drafted["facts"] if f["line"] == 7]  # the postcode below it


# ---- a percentile named after a wait; a compared period of another sentence; 上年（51起、468人） -----------

_WAITS = [
    "Care home placement times",
    "Published 14 October 2026",
    "",
    "About 4,100 people received home care in the quarter, up from 3,900 in the same period last year. "
    "Clients received an average of 11.2 hours of care a week.",
    "One in ten people placed had waited 188 days or longer (the 90th percentile), down from 240 days.",
    "Some 35 people had waited more than 200 days.",
]


def test_a_wait_named_as_a_percentile_is_its_value_and_the_share_says_what_it_is(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _WAITS)
    facts = _facts(drafted)
    assert facts[(5, 188)]["qualifier"] == "ge"  # 188 days or longer (the 90th percentile): a claim
    assert (5, 10) not in facts  # One in ten: what the 90th percentile is
    assert (6, 200) not in facts  # more than 200 days, no percentile named: it picks the people counted


def test_a_period_another_sentence_compares_with_is_no_year_of_its_paragraph(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _WAITS))
    assert _of(facts, 4, 11.2) == ("achieved", 2026)  # not 2025, from "the same period last year" before it
    assert _of(facts, 4, 3900) == ("achieved", 2025)


_OUTBREAKS = [
    "某市2025年食源性疾病监测情况通报",
    "发布日期：2026-03-05",
    "",
    "　　全年共报告暴发事件38起，发病356人。与上年（44起、401人）相比，事件数和发病人数均有下降。",
    "　　其中在24小时内报告的占68.4%。",
    "　　病例在发病后48小时内就诊的有112例。",
]


def test_the_items_listed_in_a_bracket_of_last_year_are_last_year_s(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _OUTBREAKS)
    facts = _facts(drafted)
    assert _of(facts, 4, 44) == ("achieved", 2024)
    assert _of(facts, 4, 401) == ("achieved", 2024)  # 上年（44起、401人）: the second item too
    assert _of(facts, 4, 356) == ("achieved", 2025)
    assert "24小时内" in "".join(_ignored(drafted, 5))  # 在24小时内报告的占68.4%: the time defines the share
    assert _of(facts, 5, 68.4) == ("achieved", 2025)


# ---- a "when" clause after a date; 现在吸烟率 ------------------------------------------------------------------

_DROPPED = [
    "Hospital waits update",
    "Published 9 November 2026",
    "",
    "The number of patients waiting for a bed has dropped by a third since March 2025, when it stood at 390.",
    "It stood at 260 in October.",
]


def test_a_when_clause_after_a_date_is_of_that_date_s_year(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _DROPPED))
    assert _of(facts, 4, 390) == ("achieved", 2025)  # since March 2025, when it stood at 390
    assert _of(facts, 5, 260) == ("achieved", 2026)


_SURVEY = [
    "某市2025年居民健康素养监测结果",
    "发布时间：2026-04-07",
    "",
    "　　监测显示，2025年居民健康素养水平为31.2%；15岁及以上居民现在吸烟率为22.4%，较2024年下降0.6个百分点。",
]


def test_current_smoking_is_a_survey_s_term_not_now(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _SURVEY))
    assert _of(facts, 4, 22.4) == ("achieved", 2025)  # 现在吸烟率: current smokers, of the 2025 survey
    assert _of(facts, 4, 0.6) == ("achieved", 2025)


def test_the_count_of_the_aspects_a_text_goes_through_is_no_claim(tmp_path: Path) -> None:
    lines = [
        "某市2025年居民营养监测结果",
        "发布时间：2026-05-11",
        "",
        "　　从四个方面看，膳食结构、身体活动、体重管理和饮食行为均有改善。",
        "　　从五类人群看，老年人改善最快，共有5类人群纳入监测。",
    ]
    drafted = draft_text(tmp_path, lines)
    facts = _facts(drafted)
    assert (4, 4) not in facts  # 从四个方面看: the aspects gone through, no count claimed
    assert (5, 5) in facts and "五类" in "".join(_ignored(drafted, 5))  # 共有5类人群: a count, a claim


def test_a_bound_after_a_count_that_reports_a_measure_picks_the_units(tmp_path: Path) -> None:
    lines = [
        "Immunisation review",
        "Published 3 December 2026",
        "",
        "Nine districts reported full immunisation coverage above 90 per cent, while Dumka and Godda remained "
        "below 75 per cent.",
    ]
    drafted = draft_text(tmp_path, lines)
    facts = _facts(drafted)
    assert (4, 90) not in facts  # Nine districts reported … above 90 per cent: which districts are counted
    assert facts[(4, 9)]["status"] == "achieved"
    assert facts[(4, 75)]["qualifier"] == "lt"  # two districts named: a claim of theirs
