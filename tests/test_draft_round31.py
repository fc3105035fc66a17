"""Round 31's rules, from the kinds of text the thirty-fifth held-out set brought (a county CDC's annual report on
its rabies exposure clinics, a city's iodine deficiency monitoring results, a province's medical-waste supervision
notice, an NHS trust's workforce report, a US state's Medicaid renewals update, a regional agency's antimicrobial
resistance summary) and the README's convention on counts that refer back: each has its failing and passing
cases, written for this file."""

from __future__ import annotations

from pathlib import Path

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import ignored_on as _ignored
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# ---- a count named again after a definite word refers back --------------------------------------------------

_CLINICS = [
    "Riverside vaccination clinics: annual summary 2025",
    "Published 3 March 2026",
    "",
    "The county ran 26 vaccination clinics in 2025, and 9 mobile teams visited schools.",
    "Of the 26 clinics, 19 opened on Saturdays. All 9 teams reported monthly.",
    "Of the 41 pharmacies in the county, 30 offered flu vaccines.",
    "Three clinics closed for repairs. All three reopened in May.",
]


def test_a_count_named_again_after_a_definite_word_refers_back(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _CLINICS)
    facts = _facts(drafted)
    assert (5, 26) not in facts and "26 clinics" in _ignored(drafted, 5)  # line 4 counted the clinics
    assert any("line 4" in e["reason"] and "refers back" in e["reason"] for e in drafted["ignore"] if e["line"] == 5)
    assert (5, 19) in facts  # the part is the claim
    assert (5, 9) not in facts  # All 9 teams: line 4's 9 mobile teams
    assert (7, 3) in facts and len([f for f in drafted["facts"] if f["line"] == 7]) == 1  # All three: Three clinics
    assert _of(facts, 4, 26) == ("achieved", 2025)
    assert (6, 41) in facts  # Of the 41 pharmacies: never counted before, its first statement
    assert (6, 30) in facts


_SUPERVISION = [
    "某县2025年预防接种门诊督导情况通报",
    "发布日期：2026-02-10",
    "",
    "　　全县设置预防接种门诊18家，其中乡镇卫生院接种门诊15家。全县共有接种人员126名。",
    "　　县疾控中心对上述18家接种门诊开展督导2轮，15家乡镇卫生院接种门诊中有3家存在冷链记录不全问题。",
    "　　全县126名接种人员均参加了业务培训。全县21个村卫生室均完成了设备更新。",
    "　　检查发现的问题涉及2个环节，上述2个环节均已整改。",
    "　　全县另有村级接种点40个，其中3个接种点未达到冷链标准。",
    "　　县财政支持3个未达标的接种点更新设备。",
]


def test_a_chinese_count_named_again_refers_back(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _SUPERVISION)
    facts = _facts(drafted)
    assert (5, 18) not in facts  # 上述18家: named above
    assert (5, 15) not in facts  # 15家…中有3家: the base counted on line 4, named again before its part
    assert (5, 3) in facts
    assert (6, 126) not in facts  # 全县126名接种人员均…: line 4's 126
    assert (6, 21) in facts  # 全县21个村卫生室均…: counted first here, a figure
    assert (7, 2) in [(f["line"], f["value"]) for f in drafted["facts"]]  # 涉及2个环节 states the count
    assert _ignored(drafted, 7) == ["2个环节均"]  # 上述2个环节: the ones named before
    assert (8, 3) in facts and (9, 3) not in facts  # 3个未达标的接种点: line 8's, described by their state


# ---- a heading of a year's targets; targets of standards, ceilings and limits -----------------------------

_REPORT = [
    "某县2025年度预防接种门诊工作报告",
    "发布日期：2026-01-20",
    "",
    "　　一、工作情况",
    "　　2025年全县接种门诊全程接种率为93.8%。",
    "　　二、2026年工作目标",
    "　　（一）全程接种率保持在95%以上，每家门诊安排经费不超过2万元。",
]


def test_a_heading_of_a_year_s_targets_announces_plans(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _REPORT))
    assert _of(facts, 7, 95) == ("target", 2026)  # 二、2026年工作目标
    assert _of(facts, 7, 20_000) == ("target", 2026)
    assert _of(facts, 5, 93.8) == ("achieved", 2025)
    review = _facts(draft_text(tmp_path / "review", [*_REPORT[:5], "　　二、主要目标完成情况", _REPORT[6]]))
    assert review[(7, 95)]["status"] == "achieved"  # a review of the targets met: no plans


_STANDARDS = [
    "某市2026年碘营养监测结果",
    "发布时间：2026-09-18",
    "",
    "　　儿童尿碘低于100μg/L的比例为12.6%，达到国家标准要求（分别低于20%和10%）；甲状腺肿大率为1.8%，达到消除标准（低于5%）。",
]


def test_a_standard_s_levels_in_brackets_are_targets(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _STANDARDS))
    assert facts[(4, 20)]["status"] == "target" and facts[(4, 20)]["qualifier"] == "lt"
    assert facts[(4, 10)]["status"] == "target"
    assert facts[(4, 5)]["status"] == "target"
    assert facts[(4, 1.8)]["status"] == "achieved"


_WORKFORCE = [
    "Staffing report: Month 6 (September 2026)",
    "Published: 15 October 2026",
    "",
    "Agency staff made up 2.4% of the pay bill, within the national limit of 3.5%. Sickness absence was 4.9%, against a local ceiling of 4.5%.",
    "Spend is forecast at around £12.1m for the full year 2026/27, about £1.3m over the plan.",
    "Vacancies are to fall below 6% by March 2027, with at least 40 nurses recruited from overseas.",
]


def test_a_ceiling_or_a_limit_and_what_goes_with_an_aim_are_targets(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _WORKFORCE))
    assert _of(facts, 4, 3.5) == ("target", 2026)  # the national limit of 3.5%
    assert _of(facts, 4, 4.5) == ("target", 2026)  # a local ceiling of 4.5%
    assert facts[(4, 2.4)]["status"] == "achieved"
    assert _of(facts, 5, 1_300_000) == _of(facts, 5, 12_100_000)  # the forecast's excess: the forecast's
    assert facts[(5, 1_300_000)]["status"] == "target"
    assert _of(facts, 6, 40) == ("target", 2027)  # with at least 40 nurses: goes with the aim due by March 2027


# ---- rates printed with decimals; the fiscal year an allocation is of; the level a target changes from ----

_USE = [
    "Antibiotic use: annual summary 2025",
    "Published 18 November 2026",
    "",
    "Total antibiotic use fell to 18.4 defined daily doses (DDD) per 1,000 inhabitants per day.",
    "Use in hospitals was 2.1 DDD per 1,000 inhabitants per day in 2025, 3.0% lower than in 2024 and down from 2.6 in 2019.",
    "Clinics treated 41 patients a day, down from 45.",
    "The agency has allocated £380,000 in 2026/27 to extend sequencing.",
    "Starting January 1, 2027, patients will have 60 days, up from 30 days, to return their forms.",
]


def test_a_decimal_level_in_a_sentence_that_names_a_rate_is_that_rate(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _USE))
    assert facts[(4, 18.4)]["unit"] == "per_1k_population"  # four words between the figure and per 1,000
    assert facts[(5, 2.6)]["unit"] == "per_1k_population"  # down from 2.6: the rate of its sentence
    assert _of(facts, 5, 2.6) == ("achieved", 2019)
    assert facts[(6, 45)]["unit"] != "per_1k_population"  # a count's change: no rate in its sentence


def test_an_allocation_of_the_fiscal_year_after_publication_names_it(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _USE))
    assert _of(facts, 7, 380_000) == ("achieved", 2027)
    assert "2026/27" in (facts[(7, 380_000)]["note"] or "")  # C122 takes the fiscal year a note names


def test_the_level_a_target_changes_from_is_of_now(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _USE))
    assert _of(facts, 8, 60) == ("target", 2027)
    assert _of(facts, 8, 30) == ("achieved", 2026)  # up from 30 days: in force now, not in 2027


# ---- numbers that name: a case, a day, the end of a span of years; 将 before an object disposed of ------------

_NOTICE = [
    "关于2026年医疗废物专项检查情况的通报",
    "发布日期：2026年11月12日",
    "",
    "　　案例1：某诊所将医疗废物混入生活垃圾，被处以罚款6万元。",
    "　　开展“4·25”预防接种日宣传活动58场。",
    "　　下一步将新增医疗废物暂存点120个。",
]


def test_a_case_s_number_and_a_day_named_by_its_date_are_no_figures(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _NOTICE)
    facts = _facts(drafted)
    assert (4, 1) not in facts and (5, 4) not in facts and (5, 25) not in facts
    assert (5, 58) in facts


def test_jiang_before_an_object_disposed_of_is_no_future(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _NOTICE))
    assert facts[(4, 60_000)]["status"] == "achieved"  # 将医疗废物混入…: 把, a case's facts
    assert facts[(6, 120)]["status"] == "target"  # 下一步将新增: the future


def test_the_end_of_a_span_of_years_is_no_figure(tmp_path: Path) -> None:
    drafted = draft_text(
        tmp_path,
        [
            "Action plan",
            "Published 3 May 2026",
            "",
            "The plan for 2024 to 2029 sets a target to cut use by 5% by 2029.",
        ],
    )
    assert [f["value"] for f in drafted["facts"]] == [5]


# ---- bounds that pick what is counted; a range that defines a term -----------------------------------------

_MONITORING = [
    "某市2026年碘缺乏病监测结果公告",
    "发布时间：2026-09-18",
    "",
    "　　一是使用率仍偏低，有4家一般卫生院低于70%。仍有2个县孕妇尿碘中位数低于150μg/L。",
    "　　儿童尿碘中位数为201.3μg/L，处于碘适宜水平（100—199μg/L）。",
    "　　三是贮存时间超过48小时，涉及机构96家。",
    "　　对检出率连续两年高于15%的设区市进行约谈。",
]


def test_bounds_that_pick_the_units_counted_are_no_claims(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _MONITORING))
    assert (4, 70) not in facts and (4, 4) in facts  # 有4家一般卫生院低于70%, the measure named before
    assert (4, 150) not in facts and (4, 2) in facts  # 仍有2个县孕妇尿碘中位数低于150μg/L
    assert (6, 48) not in facts and (6, 96) in facts  # 超过48小时，涉及机构96家: the problem counted
    assert (7, 15) not in facts  # 检出率连续两年高于15%的设区市


def test_a_range_in_brackets_after_a_term_defines_it(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _MONITORING))
    assert (5, 100) not in facts and (5, 199) not in facts
    assert (5, 201.3) in facts


# ---- money allocated; a running total since a year; the years of levels compared with and started from ---

_MONEY = [
    "关于2026年饮用水卫生监督检查情况的通报",
    "发布日期：2026年10月20日",
    "",
    "　　较2025年专项检查的88.4%提高3.1个百分点，覆盖率达到91.5%。",
    "　　五、工作要求",
    "　　（一）省财政安排水质监测补助资金1800万元，支持偏远乡镇建设监测点不少于90个。",
    "　　2023年以来，全省已累计投入水质监测设备资金2.4亿元。",
]


def test_money_a_treasury_allocates_is_achieved(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _MONEY))
    assert _of(facts, 6, 18_000_000) == ("achieved", 2026)  # 省财政安排…资金: allocated, in a section of plans
    assert facts[(6, 90)]["status"] == "target"  # the clause after it is the plan's


def test_a_running_total_since_a_year_and_a_level_compared_with(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _MONEY))
    assert _of(facts, 7, 240_000_000) == ("achieved", 2026)  # 2023年以来…累计: told now
    assert _of(facts, 4, 88.4) == ("achieved", 2025)  # 较2025年专项检查的88.4%
    assert _of(facts, 4, 91.5) == ("achieved", 2026)


_UPDATE = [
    "Eligibility update: August 2026",
    "Posted September 20, 2026",
    "",
    "2.1 In 2026/27 the department has funded 42 apprenticeships from its levy.",
    "The state hired 28 temporary workers in July, funded with $1.4 million for SFY 2027.",
    "Referrals rose by 12%, from 150 referrals in 2024 to 168 in 2025.",
    "Starting January 1, 2027, members will have 60 days, up from 30 days, to return forms. DHHS expects the change to cut closures by about 900 a month.",
    "Resistance reached 12.3% in 2025: more than one in ten isolates tested.",
    "Rates fell for three: Alton, Bexley and Crane.",
]


def test_funded_money_and_a_fiscal_year_opening_after_a_section_number(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _UPDATE))
    assert _of(facts, 4, 42) == ("achieved", 2027)  # 2.1 In 2026/27 …: the section's number is no figure of the year
    assert _of(facts, 5, 1_400_000) == ("achieved", 2027)  # funded with …: money that paid, of SFY 2027
    assert "FY2027" in (facts[(5, 1_400_000)]["note"] or "")


def test_from_a_level_its_noun_and_its_year(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _UPDATE))
    assert _of(facts, 6, 150) == ("achieved", 2024)
    assert _of(facts, 6, 168) == ("achieved", 2025)


def test_expecting_a_change_to_cut_is_a_target(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _UPDATE))
    assert _of(facts, 7, 900) == ("target", 2027)


def test_a_share_in_words_after_its_percentage_and_a_count_before_its_list(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _UPDATE))
    assert (8, 12.3) in facts and len([k for k in facts if k[0] == 8]) == 1  # more than one in ten: 12.3% again
    assert (9, 3) not in facts  # fell for three: the three named after the colon


def test_a_sampling_rule_and_a_list_after_an_opening_word_are_no_claims(tmp_path: Path) -> None:
    drafted = draft_text(
        tmp_path,
        [
            "某市2026年监测结果公告",
            "发布时间：2026-09-18",
            "",
            "　　每个县按东、西、南、北、中5个片区各抽取1个乡镇，全市共抽取40个乡镇，检测盐样1600份。",
        ],
    )
    assert [f["value"] for f in drafted["facts"]] == [40, 1600]
