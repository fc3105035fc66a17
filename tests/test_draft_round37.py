"""Round 37's rules, from the kinds of text the forty-first held-out set brought (a city health commission's
publicity of research projects to fund, a city people's congress committee's inspection report, a drafting
explanation of draft rules, a House of Commons committee's inquiry report, a health complaints regulator's
annual report, a US state's certificate-of-need decision) and a new user's finding (an unnumbered plan's
lead-in): each has its failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

_EXPLANATION = [
    "关于《某市公共场所急救设备管理办法（征求意见稿）》的起草说明",
    "发布时间：2026-03-12",
    "",
    "　　一、起草背景",
    "　　据市急救中心统计，2025年全市接报心脏骤停患者1820例，其中发生在公共场所的约占三成；患者出院存活率为2.6%。",
    "　　二、起草过程",
    "　　2025年9月起，我委先后赴3个城市学习考察，召开座谈会7次，收到修改意见64条。",
    "",
    "某市卫生健康委员会",
]

_PUBLICITY = [
    "关于2026年度某市医学科研项目拟立项名单的公示",
    "发布时间：2026-05-18",
    "",
    "　　一、评审总体情况",
    "　　本年度共受理项目申报1240项，经同行评议和会议答辩，拟立项项目286项，立项率为23.1%。",
    "　　二、资助经费安排",
    "　　表1　2026年度拟立项项目分类别情况（金额单位：万元）",
    "项目类别\t申报数（项）\t拟立项数（项）\t资助经费",
    "重点项目\t180\t32\t640",
    "一般项目\t1060\t254\t762",
    "",
    "某市卫生健康委员会",
]

_DECISION = [
    "Decision summary: Project ID F-0412, Lakeside Hospital, add 24 acute care beds",
    "Posted July 30, 2026",
    "",
    "The Section has approved the application, increasing the hospital's licensed beds from 210 to 234.",
    "Table 1: Projected utilization, Lakeside Hospital",
    "Measure\tFY2029\tFY2030\tFY2031",
    "Patient days\t70,120\t72,480\t74,950",
    "Occupancy (%)\t82.1\t84.9\t87.8",
    "",
    "Division of Health Service Regulation",
]

_INQUIRY = [
    "Dental services: access at risk",
    "Fourth Report of Session 2026–27 | Published 14 October 2026",
    "",
    "1. NHS England should raise the unit of dental activity fee to no less than £32 from April 2027 and extend the scheme to at least 12 further areas by March 2028.",
    "2. The Department should fund at least 900 additional dental therapy places in each of the next three years, starting in 2027/28.",
    "",
    "Committee contact",
]

_SUMMARY = [
    "某市卫生健康委2025年工作总结",
    "发布时间：2026-01-20",
    "",
    "　　2025年，全市新建社区卫生服务中心3家，家庭医生签约率达到52.1%。",
    "　　2026年，全市将重点做好以下工作：",
    "　　推进紧密型医联体建设，县域内就诊率不低于90%。",
    "　　新建5家社区卫生服务中心，改造提升20个村卫生室。",
    "　　二、其他情况",
    "　　全年接诊患者12万人次。",
    "",
    "某市卫生健康委员会",
]

_BULLETIN = [
    "2025年某市卫生健康事业发展统计公报",
    "发布日期：2026-06-18",
    "",
    "　　2025年，全市卫生健康事业高质量发展取得新成效。现将主要统计结果公报如下：",
    "　　全市医疗卫生机构总数达9876个。入院人数186.4万人。",
    "",
    "某市卫生健康委员会",
]


@pytest.fixture(scope="module")
def explanation(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("explanation"), _EXPLANATION)


@pytest.fixture(scope="module")
def publicity(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("publicity"), _PUBLICITY)


@pytest.fixture(scope="module")
def decision(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("decision"), _DECISION)


@pytest.fixture(scope="module")
def inquiry(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("inquiry"), _INQUIRY)


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("summary"), _SUMMARY)


@pytest.fixture(scope="module")
def bulletin(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("bulletin"), _BULLETIN)


# ---- a draft put out for comments is no plan; a selection's result published; money's arrangement -----------


def test_a_draft_for_comments_is_no_plan_its_background_is_reported(explanation: dict[str, Any]) -> None:
    facts = _facts(explanation)
    assert _of(facts, 5, 30) == ("achieved", 2025)  # 约占三成: 征求意见稿 in the title is no 意见 plan
    assert _of(facts, 5, 2.6) == ("achieved", 2025)
    assert facts[(7, 3)]["status"] == "achieved"  # 先后赴3个城市: how the draft was made
    assert facts[(7, 64)]["status"] == "achieved"


def test_counts_one_after_another_since_a_date_run_to_the_time_they_are_told(explanation: dict[str, Any]) -> None:
    facts = _facts(explanation)
    assert _of(facts, 7, 3) == ("achieved", 2026)  # 2025年9月起，…先后赴3个城市: since September 2025, told in 2026
    assert _of(facts, 7, 7) == ("achieved", 2026)
    assert _of(facts, 7, 64) == ("achieved", 2026)


def test_a_selection_proposed_in_a_publicity_is_a_result(publicity: dict[str, Any]) -> None:
    facts = _facts(publicity)
    assert _of(facts, 5, 286) == ("achieved", 2026)  # 拟立项项目286项: proposed for funding, announced
    assert _of(facts, 5, 23.1) == ("achieved", 2026)


def test_a_heading_of_moneys_arrangement_announces_no_plans(publicity: dict[str, Any]) -> None:
    facts = _facts(publicity)
    assert _of(facts, 9, 32) == ("achieved", 2026)  # under 二、资助经费安排: the allocation made
    assert _of(facts, 9, 6400000) == ("achieved", 2026)
    assert _of(facts, 10, 7620000) == ("achieved", 2026)


# ---- a table's column of a year not begun ------------------------------------------------------------------


def test_a_column_of_a_year_not_begun_holds_targets(decision: dict[str, Any]) -> None:
    facts = _facts(decision)
    assert _of(facts, 7, 70120) == ("target", 2029)  # FY2029 in a text of July 2026: projected, not reached
    assert _of(facts, 7, 74950) == ("target", 2031)
    assert _of(facts, 8, 87.8) == ("target", 2031)


# ---- a target's start, said after it -------------------------------------------------------------------------


def test_a_target_is_of_the_year_its_clause_says_it_starts(inquiry: dict[str, Any]) -> None:
    facts = _facts(inquiry)
    assert _of(facts, 4, 32) == ("target", 2027)  # £32 from April 2027, not the by March 2028 of the next task
    assert _of(facts, 4, 12) == ("target", 2028)
    assert _of(facts, 5, 900) == ("target", 2028)  # starting in 2027/28: the fiscal year's end


# ---- a planning lead-in followed by paragraphs without list markers -------------------------------------------


def test_an_unnumbered_list_under_a_planning_lead_in_holds_targets(
    summary: dict[str, Any], bulletin: dict[str, Any]
) -> None:
    facts = _facts(summary)
    assert _of(facts, 6, 90) == ("target", 2026)  # 不低于90%, under 2026年，全市将重点做好以下工作：
    assert _of(facts, 7, 5) == ("target", 2026)  # 新建5家
    assert _of(facts, 7, 20) == ("target", 2026)  # 改造提升20个
    assert _of(facts, 4, 52.1) == ("achieved", 2025)  # before the lead-in
    assert _of(facts, 9, 120000) == ("achieved", 2025)  # after the next heading
    reported = _facts(bulletin)  # 现将主要统计结果公报如下：: 将 marks an object, 主要 is no 要
    assert _of(reported, 5, 9876) == ("achieved", 2025)
    assert _of(reported, 5, 1864000) == ("achieved", 2025)
