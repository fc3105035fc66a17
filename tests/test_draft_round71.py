"""Round 71's rules, from the seventy-third held-out set (a county's syringe services report; a PHO's falls prevention
update; a city health office's TB case finding drive; a district's mental health service stations report; a city's home
nursing pilot circular; a county medical group's long-term prescription summary): each has its failing and passing
cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import ignored_on
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# A city health office's report of March 2026 on a screening drive of early 2026, with last year's figures beside.
_DRIVE = [
    "Riverside City Government | City Health Office",
    "Home | Reports | Contact",
    "Lung Health Week 2026: Results of the City's Screening Drive",
    "Posted: March 18, 2026 | City Health Office",
    "The office held its third Lung Health Week from February 2 to February 20, 2026 under Executive Order No. 9, "
    "series of 2025. Teams brought mobile X-ray units to 54 villages in all five districts.",
    "The drive screened 18,420 residents, 102.3% of its target of 18,000.",
    "In 2025 the city's clinics recorded 8,260 visits for cough, up 4.1% from 7,935 in 2024. Clinics saw about 22 "
    "visits a day, and daily visits ranged from 9 to 47.",
    "The average wait for an X-ray result fell from 14 to 9 days.",
    "The office plans three more drives in 2026 and aims to screen at least 40,000 residents in the year.",
    "We currently have 31 trained volunteers and are recruiting 8 more before the rainy season.",
    "Of the 40 visits planned for 2025, 36 were made.",
    "The City Council established the clinic network in 2019 under a council resolution. It runs 12 clinics and a van "
    "that stops at 9 sites each week.",
    "The clinic network was established in 2019 with 4 clinics.",
    "The Department of Health has awarded the office $420,000 for fiscal year 2027, up from $380,000 for fiscal year "
    "2026.",
    "The office will request $500,000 for fiscal year 2028.",
    "2026 so far. From January 5 to March 6, 2026, the office enrolled 212 new patients and has screened 2,026 contacts "
    "so far.",
]

# A municipal health commission's circular of January 2026 on its 2025 family doctor pilot, with the plans for 2026.
_CIRCULAR = [
    "河湾市卫生健康委员会",
    "首页 > 政务公开 > 通知公告",
    "河湾市卫生健康委员会关于2025年度家庭医生签约服务试点进展情况的通报",
    "发布日期：2026-01-21　来源：基层卫生健康科",
    "一、总体进展",
    "截至2025年12月31日，全市开展试点的社区卫生服务中心达到51家，签约居民52.3万人。",
    "2025年，全市家庭医生共提供上门服务6.12万人次，同比增长23.4%（2024年为4.96万人次）。",
    "本通报所列28家机构均已完成整改。",
    "二、存在的问题",
    "现有家庭医生团队412个，其中全科医生参与的386个。",
    "另，截至本通报印发之日，又有3家社区卫生服务中心完成备案，全市开展试点的机构增至54家。",
    "三、2026年工作安排",
    "（一）在现有6个示范中心基础上，新增4个示范中心，示范中心总数达到10个。",
    "（二）全市签约居民达到60万人以上。",
    "（三）将试点扩大到全市全部16个街道，新增试点街道4个。",
]


# A county health bureau's summary of January 2026 on its 2025 family doctor fees.
_FEES = [
    "清溪县卫生健康局",
    "首页 > 工作动态",
    "清溪县2025年家庭医生签约服务收费情况总结",
    "发布时间：2026-01-15　来源：县卫生健康局",
    "收费方面，各机构执行《清溪县家庭医生签约服务收费指导意见》，个性化服务包每人每年120元至300元；困难群众按50%的比例给予减免。",
    "按照《清溪县家庭医生签约服务考核办法》，2025年全县共开展督导检查36次。",
    "个性化服务包平均收费186元，全年签约居民4.2万人。",
    "截至2025年底，全县8个乡镇共设立签约服务点35个，覆盖全部35个行政村。",
    "35个签约服务点中有12个配备了智能随访设备。",
]


@pytest.fixture(scope="module")
def drive(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("drive"), _DRIVE)


@pytest.fixture(scope="module")
def fees(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("fees"), _FEES)


@pytest.fixture(scope="module")
def circular(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("circular"), _CIRCULAR)


# under Executive Order No. 9, series of 2025. Teams brought … to 54 villages in all five districts: the order's number.
@pytest.mark.parametrize("value", [54, 5])
def test_the_year_of_an_issuance_number_dates_nothing(drive: dict[str, Any], value: float) -> None:
    assert _of(_facts(drive), 5, value) == ("achieved", 2026)


def test_guard_a_year_of_its_own_still_dates(drive: dict[str, Any]) -> None:
    """Guard: the 7,935 in 2024 keeps its year, the 8,260 of In 2025 its own."""
    facts = _facts(drive)
    assert _of(facts, 7, 7935) == ("achieved", 2024)
    assert _of(facts, 7, 8260) == ("achieved", 2025)


# daily visits ranged from 9 to 47: a range of one year's values, not a change from the year before.
def test_a_range_from_to_is_of_its_sentence_year(drive: dict[str, Any]) -> None:
    facts = _facts(drive)
    assert _of(facts, 7, 9) == ("achieved", 2025)
    assert _of(facts, 7, 47) == ("achieved", 2025)


def test_guard_a_change_from_to_keeps_its_earlier_level(drive: dict[str, Any]) -> None:
    """Guard: fell from 14 to 9 days is a change: 14 is the year before's level, 9 the drive's year's."""
    facts = _facts(drive)
    assert _of(facts, 8, 14) == ("achieved", 2025)
    assert _of(facts, 8, 9) == ("achieved", 2026)


# The office plans three more drives in 2026; are recruiting 8 more: counts to come.
@pytest.mark.parametrize(("line", "value"), [(9, 3), (10, 8)])
def test_a_count_planned_or_being_recruited_is_a_target(drive: dict[str, Any], line: int, value: float) -> None:
    assert _of(_facts(drive), line, value) == ("target", 2026)


def test_guard_what_stands_and_what_was_planned_and_done(drive: dict[str, Any]) -> None:
    """Guard: We currently have 31 is done, now; 36 were made of the 40 planned for 2025 is done, of 2025."""
    facts = _facts(drive)
    assert _of(facts, 10, 31) == ("achieved", 2026)
    assert _of(facts, 11, 36) == ("achieved", 2025)


# 截至本通报印发之日，又有3家…增至54家: counted to the circular's own issue, of the year of publication.
@pytest.mark.parametrize("value", [3, 54])
def test_a_count_up_to_the_texts_own_issue_is_of_publication(circular: dict[str, Any], value: float) -> None:
    assert _of(_facts(circular), 11, value) == ("achieved", 2026)


def test_guard_the_circular_named_but_no_cut_off(circular: dict[str, Any]) -> None:
    """Guard: 本通报所列28家机构 names the circular but counts to no day of its issue: the year reported."""
    facts = _facts(circular)
    assert _of(facts, 8, 28) == ("achieved", 2025)
    assert _of(facts, 6, 51) == ("achieved", 2025)


# 三、2026年工作安排 …在现有6个示范中心基础上，新增4个…，总数达到10个: what stands now, then the aims of 2026.
def test_what_a_plan_section_has_now_is_of_publication(circular: dict[str, Any]) -> None:
    assert _of(_facts(circular), 13, 6) == ("achieved", 2026)


@pytest.mark.parametrize("value", [4, 10])
def test_the_counts_after_it_are_the_sections_targets(circular: dict[str, Any], value: float) -> None:
    assert _of(_facts(circular), 13, value) == ("target", 2026)


def test_guard_existing_in_a_review_section_is_the_years_end(circular: dict[str, Any]) -> None:
    """Guard: 现有家庭医生团队412个 under a heading of problems is the end of the year reported."""
    facts = _facts(circular)
    assert _of(facts, 10, 412) == ("achieved", 2025)
    assert _of(facts, 14, 600000) == ("target", 2026)


# It runs 12 clinics and a van that stops at 9 sites, after established … in 2019: what the service is now.
@pytest.mark.parametrize("value", [12, 9])
def test_the_present_after_a_founding_year_is_of_publication(drive: dict[str, Any], value: float) -> None:
    assert _of(_facts(drive), 12, value) == ("achieved", 2026)


def test_guard_a_count_at_the_founding_keeps_its_year(drive: dict[str, Any]) -> None:
    """Guard: was established in 2019 with 4 clinics: the count of that year, in the past tense."""
    assert _of(_facts(drive), 13, 4) == ("achieved", 2019)


# has awarded the office $420,000 for fiscal year 2027: an award made, for a year to come.
def test_an_amount_awarded_already_for_a_later_year_is_achieved(drive: dict[str, Any]) -> None:
    assert _of(_facts(drive), 14, 420000) == ("achieved", 2027)


def test_guard_an_amount_to_be_requested_stays_a_target(drive: dict[str, Any]) -> None:
    """Guard: will request $500,000 for fiscal year 2028 is to come; the $380,000 for the year running is done."""
    facts = _facts(drive)
    assert _of(facts, 15, 500000) == ("target", 2028)
    assert _of(facts, 14, 380000) == ("achieved", 2026)


# 同比增长23.4%（2024年为4.96万人次）: the bracket's year is the base's; the change is the sentence's year's.
def test_a_change_before_its_base_in_brackets_is_of_its_sentence_year(circular: dict[str, Any]) -> None:
    assert _of(_facts(circular), 7, 23.4) == ("achieved", 2025)


def test_guard_the_base_in_brackets_keeps_its_year(circular: dict[str, Any]) -> None:
    """Guard: （2024年为4.96万人次） is 2024's level; 6.12万人次 the year's."""
    facts = _facts(circular)
    assert _of(facts, 7, 49600) == ("achieved", 2024)
    assert _of(facts, 7, 61200) == ("achieved", 2025)


# 将试点扩大到全市全部16个街道: all the place's units the pilot is extended to exist already.
def test_all_the_units_a_pilot_is_extended_to_exist_already(circular: dict[str, Any]) -> None:
    assert _of(_facts(circular), 15, 16) == ("achieved", 2026)


def test_guard_the_units_added_are_the_target(circular: dict[str, Any]) -> None:
    """Guard: 新增试点街道4个 is the section's aim, of 2026."""
    assert _of(_facts(circular), 15, 4) == ("target", 2026)


# 各机构执行《…收费指导意见》，…每人每年120元至300元；…按50%的比例给予减免: the terms in force when published.
@pytest.mark.parametrize("value", [120, 300, 50])
def test_the_terms_a_named_guideline_sets_are_in_force_at_publication(fees: dict[str, Any], value: float) -> None:
    assert _of(_facts(fees), 5, value) == ("achieved", 2026)


def test_guard_a_count_done_under_a_guideline_and_one_with_none(fees: dict[str, Any]) -> None:
    """Guard: 按照《…考核办法》，2025年…督导检查36次 prints its year; 平均收费186元 names no guideline: both of 2025."""
    facts = _facts(fees)
    assert _of(facts, 6, 36) == ("achieved", 2025)
    assert _of(facts, 7, 186) == ("achieved", 2025)


# 共设立签约服务点35个，覆盖全部35个行政村: the same number of another noun is a figure, not the set named again.
def test_the_same_number_of_another_noun_is_no_reference_back(fees: dict[str, Any]) -> None:
    found = [f for f in fees["facts"] if f["line"] == 8 and f["value"] == 35]
    assert [(f["status"], f["period"]) for f in found] == [("achieved", 2025), ("achieved", 2025)]


def test_guard_the_set_named_again_is_no_new_claim(fees: dict[str, Any]) -> None:
    """Guard: 35个签约服务点中有12个 names again the 35 points counted on the line before: ignored, 12 a figure."""
    assert (9, 35) not in _facts(fees)
    assert any("35" in text for text in ignored_on(fees, 9))
    assert _of(_facts(fees), 9, 12) == ("achieved", 2025)


# 2026 so far. From January 5 …: a paragraph's label, a year, no figure.
def test_a_year_labelling_a_paragraph_is_no_figure(drive: dict[str, Any]) -> None:
    facts = _facts(drive)
    years = [f["quote"] for f in drive["facts"] if f["line"] == 16 and f["value"] == 2026]
    assert len(years) == 1 and years[0].endswith("2,026")  # the count of contacts, not the label's year
    assert _of(facts, 16, 212) == ("achieved", 2026)
