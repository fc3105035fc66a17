"""Round 29's rules, from the kinds of text the thirty-third held-out set brought (a city CDC's vector
surveillance bulletin, a county's drinking-water monitoring notice, a hospital's day-surgery story, a health
board's cancer waiting times page, a county's heat-illness surveillance summary, an organ procurement
organisation's annual report) and two faults a new user reported (a hard-wrapped paragraph, 人次): each has
its failing and passing cases, written for this file."""

from __future__ import annotations

from pathlib import Path

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import ignored_on as _ignored
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# ---- a report whose title names its year: its whole year, its standard's code, last year's rate column ----

_NOTICE = [
    "某县2026年公共场所卫生监测情况通报",
    "发布日期：2026-11-20",
    "",
    "　　今年共监测公共场所208家。样品按照《公共场所卫生指标及限值要求》（GB 37488—2019）检测，每份样品检测12项指标。",
    "　　全年监测经费21.4万元，较上年增加1.8万元。全年共出具监督意见书36份。",
    "　　表1　2026年监测结果",
    "场所类型	监测数	合格率（%）	上年合格率（%）",
    "宾馆	86	95.3	92.1",
    "游泳场所	40	87.5	88.0",
]


def test_a_whole_year_in_a_report_whose_title_names_that_year_is_that_year(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _NOTICE))
    assert _of(facts, 5, 214_000) == ("achieved", 2026)  # 全年 of 某县2026年…通报 of November: 2026, not 2025
    assert _of(facts, 5, 36) == ("achieved", 2026)
    assert _of(facts, 4, 208) == ("achieved", 2026)


def test_a_standard_s_code_dates_nothing(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _NOTICE))
    assert _of(facts, 4, 12) == ("achieved", 2026)  # not 2019, the year GB 37488—2019 ends in


def test_a_rate_column_of_last_year_is_the_year_before(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _NOTICE))
    assert _of(facts, 8, 92.1) == ("achieved", 2025)  # 上年合格率（%）
    assert _of(facts, 9, 88.0) == ("achieved", 2025)
    assert _of(facts, 8, 95.3) == ("achieved", 2026)  # 合格率（%）: this year's


# ---- the level when a service began; background a story reports; the base of a share -------------------

_CLINIC = [
    "县医院胸痛中心运行一周年",
    "发布时间：2026-10-12",
    "",
    "　　一年来，中心平均救治时间由开通前的112分钟缩短至76分钟，患者平均住院日由传统模式的9.2天缩短至6.5天。",
    "　　中心成立之初仅有3名专职医师，目前已增加到8名。",
    "　　急诊取消率由运行初期的5.4%降至2.1%。",
    "　　县卫健局将于11月组织抽查，抽查比例不低于病例总数的10%。",
    "　　三、下一步计划",
    "　　医院将力争2027年底前专职医师达到12名。",
    "　　据了解，全省胸痛中心数量为46家。",
]


def test_the_level_when_a_service_began_is_a_year_before(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _CLINIC))
    assert _of(facts, 4, 112) == ("achieved", 2025)  # 由开通前的112分钟缩短至76分钟
    assert _of(facts, 4, 76) == ("achieved", 2026)
    assert _of(facts, 4, 9.2) == ("achieved", 2026)  # 由传统模式的9.2天: no time of a beginning
    assert _of(facts, 5, 3) == ("achieved", 2025)  # 成立之初仅有3名…，目前已增加到8名
    assert _of(facts, 5, 8) == ("achieved", 2026)
    assert _of(facts, 6, 5.4) == ("achieved", 2025)  # 由运行初期的5.4%降至2.1%
    assert _of(facts, 6, 2.1) == ("achieved", 2026)


def test_background_a_story_reports_is_achieved_among_its_plans(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _CLINIC))
    assert facts[(10, 46)]["status"] == "achieved"  # 据了解，…: not the section's plan
    assert _of(facts, 9, 12) == ("target", 2027)


def test_the_total_a_share_is_taken_of_is_no_achievement_cue(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _CLINIC))
    assert (
        facts[(7, 10)]["status"] == "target"
    )  # 不低于病例总数的10%: 总数的 names the share's base, 将 its sentence's cue


_ASSESSMENT = [
    "某市2026年第三季度病媒生物监测简报",
    "发布日期：2026-10-20",
    "",
    "　　五、风险评估与工作建议",
    "　　第三季度全市蚊密度为6.2只/灯·夜，仍有3个县（市、区）密度高于全市平均水平。",
    "　　建议各地力争10月底前蚊密度控制在5只/灯·夜以下。",
]


def test_an_assessment_before_the_recommendations_reports(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _ASSESSMENT))
    assert facts[(5, 6.2)]["status"] == "achieved"  # 风险评估与工作建议: the assessment comes first
    assert facts[(5, 3)]["status"] == "achieved"
    assert facts[(6, 5)]["status"] == "target"


# ---- a hard-wrapped paragraph; 人次 ----------------------------------------------------------------------

_WRAPPED = [
    "某县卫生健康局2025年工作总结",
    "发布日期：2026-01-20",
    "",
    "　　2024年，全县各级各类医疗卫生机构共完成门诊诊疗156万人次，比上年增长4.2%，基层诊疗量占比继续提高，",
    "全县住院患者3.2万人，病床使用率为82.1%。",
    "　　全县家庭医生签约服务1245万人次，签约率为45.2%。",
]


def test_a_line_going_on_with_a_paragraph_takes_the_year_opening_it(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _WRAPPED))
    assert _of(facts, 5, 32_000) == ("achieved", 2024)  # goes on with 2024年，… of line 4
    assert _of(facts, 5, 82.1) == ("achieved", 2024)
    assert _of(facts, 6, 45.2) == ("achieved", 2025)  # an indented paragraph of its own: the title's year


def test_person_times_are_no_persons(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _WRAPPED))
    assert facts[(6, 12_450_000)]["unit"] == "person_time"  # 1245万人次
    assert facts[(4, 1_560_000)]["unit"] == "person_time"
    assert facts[(5, 32_000)]["unit"] == "person"  # 3.2万人


# ---- English years: a due year after a base level, pooled years averaged, a participle's year ------------

_SEASON = [
    "2026 Flu Season Surveillance Summary",
    "Released October 29, 2026",
    "",
    "There were 812 flu deaths this season, 6% fewer than the 864 recorded in 2025 and above the 2016-2020 average of 540 deaths a year.",
    "The goal is to cut flu deaths by 20% from the 2024 level by 2030.",
    "Rates are based on 2025 population estimates for the county (2.10 million residents).",
    "Clinics reported 1,240 cases in September, up from 1,105 in August and 1,190 in September 2025.",
]


def test_a_due_year_after_the_level_compared_with_is_due(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _SEASON))
    assert _of(facts, 5, 20) == ("target", 2030)  # by 20% from the 2024 level by 2030


def test_a_pooled_average_and_a_participle_s_year(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _SEASON))
    assert _of(facts, 4, 864) == ("achieved", 2025)  # the 864 recorded in 2025
    assert _of(facts, 4, 540) == ("achieved", 2020)  # the 2016-2020 average of 540
    assert _of(facts, 4, 812) == ("achieved", 2026)


def test_a_year_before_population_estimates_is_no_count(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _SEASON)
    facts = _facts(drafted)
    assert (6, 2025) not in facts and any("2025" in text for text in _ignored(drafted, 6))
    assert _of(facts, 6, 2_100_000)[1] == 2025  # its residents are the estimates' year's


def test_a_month_of_its_own_leaves_a_later_year_to_another_figure(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _SEASON))
    assert _of(facts, 7, 1105) == ("achieved", 2026)  # up from 1,105 in August: not September 2025's
    assert _of(facts, 7, 1190) == ("achieved", 2025)


_BOARD = [
    "Cancer waiting times: August 2026",
    "Published: 15 October 2026",
    "",
    "This is below the national target that at least 80% of patients start treatment within 31 days.",
    "The board is investing £2.4 million in 2026-27 in extra scanners.",
    "The board set aside £1.1 million for 2027-28 for a new unit.",
]


def test_the_target_that_names_its_value(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _BOARD))
    assert facts[(4, 80)]["status"] == "target"  # the national target that at least 80% …


def test_money_spent_in_a_fiscal_year_begun_is_no_future_year_s(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _BOARD))
    assert _of(facts, 5, 2_400_000) == ("achieved", 2027)  # investing … in 2026-27, in October 2026
    assert facts[(6, 1_100_000)]["status"] == "target"  # for 2027-28: a fiscal year not begun


# ---- bounds that pick what is counted -----------------------------------------------------------------

_BULLETIN = [
    "某市2026年第三季度蚊类监测简报",
    "发布日期：2026-10-20",
    "",
    "　　全市平均布雷图指数为7.2，高于5的监测点占比为31.5%。",
    "　　布雷图指数超过20（高风险）的监测点有3个，已完成整治。",
    "　　日供水量不足200吨的小型水站合格率为85.1%。",
    "　　仍有四成以上县（市、区）布雷图指数超过5。",
    "　　平均蜱密度为0.64只/100米·布旗。",
    "　　出院后24小时、72小时和7天进行随访，随访率为98.0%。",
    "　　各单位每半年至少开展环境卫生检查1次。",
]


def test_bounds_that_pick_sites_and_stations_are_no_claims(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _BULLETIN))
    assert (4, 5) not in facts and (4, 31.5) in facts  # 高于5的监测点
    assert (5, 20) not in facts and (5, 3) in facts  # 超过20（高风险）的监测点
    assert (6, 200) not in facts and (6, 85.1) in facts  # 不足200吨的小型水站
    assert (7, 5) not in facts and (7, 40) in facts  # 四成以上县（市、区）布雷图指数超过5


def test_a_rate_s_base_times_after_an_event_and_a_frequency_are_no_claims(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _BULLETIN))
    assert (8, 100) not in facts and (8, 0.64) in facts  # 0.64只/100米·布旗: the rate's base
    assert not {(9, 24), (9, 72), (9, 7)} & set(facts) and (9, 98.0) in facts  # the times calls are made
    assert (10, 1) not in facts  # 每半年至少…1次: how often


_HEAT = [
    "Heat Season Summary",
    "Released: 29 October 2026",
    "",
    "The county recorded 38 days at or above 110°F and 12 nights when the low did not fall below 90°F.",
    "Other sites include cancers with fewer than 15 patients treated in the month.",
    "3. The 90th percentile is the wait within which nine in 10 patients started treatment.",
    "About 9 in 10 patients started within 62 days.",
    "",
    "Harbor Health Trust is a nonprofit network serving 2.3 million people.",
    "Harbor Health Trust | 12 Bay Road, Norfolk, VA 23510 | 1-800-555-0100",
]


def test_bounds_that_pick_days_and_units_are_no_claims(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _HEAT))
    assert (4, 110) not in facts and (4, 90) not in facts  # the temperatures that pick the days counted
    assert (4, 38) in facts and (4, 12) in facts
    assert (5, 15) not in facts  # cancers with fewer than 15 patients: which sites, no claim


def test_the_share_a_percentile_means_is_no_claim(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _HEAT))
    assert (6, 90) not in facts  # the 90th percentile is …nine in 10
    assert (7, 90) in facts  # about 9 in 10 patients: a claim


def test_an_organisation_s_closing_about_paragraph_is_outside_the_body(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, ["Harbor Health Trust", *_HEAT])
    assert (10, 2_300_000) not in _facts(drafted)  # Harbor Health Trust is a … serving 2.3 million people
    assert drafted["source"]["body"]["last"] == 8
    drafted = draft_text(tmp_path / "b", _HEAT)  # no head naming the trust: the paragraph is the article's
    assert (9, 2_300_000) in _facts(drafted)


_AHEAD = [
    "Annual report 2026",
    "Published: 10 October 2026",
    "",
    "We will hire 8 nurses this year and open a new clinic in spring 2027, which will see up to 90 patients a week.",
    "We will hire 8 nurses this year, which will add 12 clinic sessions a week.",
]


def test_a_target_going_on_with_a_clause_dated_by_a_year_is_of_that_year(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _AHEAD))
    assert _of(facts, 4, 90) == ("target", 2027)  # spring 2027's, not this year's
    assert _of(facts, 5, 12) == ("target", 2026)  # after a clause of this year: no year printed to go on with
