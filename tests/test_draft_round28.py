"""Round 28's rules, from the kinds of text the thirty-second held-out set brought (a city CDC's students'
common diseases monitoring report, a hospital's volume-based procurement notice, a World AIDS Day
briefing, a regulator's half-yearly inspection overview, a county's annual health performance review, a
district's bowel-screening report): each has its failing and passing cases, written for this file."""

from __future__ import annotations

from pathlib import Path

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import ignored_on as _ignored
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# ---- a school year, a run of school years, a grade, a span of months -----------------------------------

_SCHOOL = [
    "2025—2026学年某县中小学生视力监测报告",
    "发布日期：2026-11-12",
    "",
    "　　县疾控中心于2025年10月至2026年5月在全县5个乡镇开展了学生视力监测，同时对五年级及以上学生开展问卷调查。",
    "　　全县学生近视率为48.3%，连续两个学年下降；对连续3个月筛查异常的学生进行复查。",
    "　　全县已建成示范学校12所，计划2027年底前新增8所，总数达到20所。",
]

_NO_SCHOOL_YEAR = [
    "某县中小学生视力监测报告",
    "发布日期：2026-11-12",
    "",
    "　　全县学生近视率为48.3%，比上一学年（49.7%）下降1.4个百分点。",
    "　　全县已建成示范学校12所，计划2027年底前新增8所，达到20所的规模。",
]


def test_a_school_year_is_the_year_it_ends_in(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _SCHOOL))
    assert _of(facts, 5, 48.3) == ("achieved", 2026)  # the title's 2025—2026学年: 2026, not 2025
    assert _of(facts, 4, 5) == ("achieved", 2026)  # 2025年10月至2026年6月: 至 after a month closes a span


def test_the_previous_school_year_in_brackets_is_the_year_before(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _NO_SCHOOL_YEAR))
    assert _of(facts, 4, 49.7) == ("achieved", 2025)  # 上一学年（49.7%）
    assert _of(facts, 4, 48.3) == ("achieved", 2026)


def test_runs_of_months_and_school_years_and_a_grade_are_no_claims(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _SCHOOL)
    facts = _facts(drafted)
    assert any("五年" in text for text in _ignored(drafted, 4))  # 五年级及以上: a grade, no count
    assert [f["value"] for f in drafted["facts"] if f["line"] == 4] == [5]  # 5个乡镇 alone
    assert (5, 2) not in facts and (5, 3) not in facts  # 连续两个学年, 连续3个月: runs of periods
    assert (5, 48.3) in facts


def test_the_total_a_target_brings_is_due_with_it(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _SCHOOL))
    assert _of(facts, 6, 12) == ("achieved", 2026)
    assert _of(facts, 6, 8) == ("target", 2027)
    assert _of(facts, 6, 20) == ("target", 2027)  # 总数达到20所: the total the target brings, then
    # a clause that names no total (达到20所的规模) is guessed as before
    facts = _facts(draft_text(tmp_path / "b", _NO_SCHOOL_YEAR))
    assert (5, 20) in facts and _of(facts, 5, 8) == ("target", 2027)


# ---- a last year printed with another figure; a part of a year; a whole year printed ------------------

_PRICES = [
    "某县医院2026年上半年耗材集采执行情况公示",
    "发布时间：2026年07月20日",
    "",
    "　　以人工晶体为例，中选产品平均价格为900元左右；人工膝关节平均价格由上年同期的6800元降至6100元，下降10.3%。",
    "　　上半年节约费用约1200万元，相当于2025年全年节约额（2100万元）的57.1%。",
    "　　人工膝关节平均价格去年为6800元，今年降至6100元。",
]


def test_a_last_year_printed_with_another_figure_dates_only_that_figure(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _PRICES))
    assert _of(facts, 4, 6800) == ("achieved", 2025)  # 上年同期的6800元: that figure's period
    assert _of(facts, 4, 6100) == ("achieved", 2026)
    assert _of(facts, 4, 900) == ("achieved", 2026)  # not '上年' of its paragraph
    assert _of(facts, 6, 6800) == ("achieved", 2025)  # 去年为6800元: a last year of its own clause still counts


def test_a_whole_year_printed_with_its_year_dates_no_other_figure(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _PRICES))
    assert _of(facts, 5, 57.1) == ("achieved", 2026)  # 相当于2025年全年…的57.1%: not a whole year over
    assert _of(facts, 5, 21_000_000) == ("achieved", 2025)


_REVIEW = [
    "County health performance review released",
    "Posted on 20 September 2026",
    "",
    "The county met 15 of its 24 annual targets, and 12 of the 20 targets it set for clinics.",
    "Outpatient attendance was 1,410 visits per 1,000 population, against a national norm of 2,500 per 1,000.",
    "Density was 1.3 per 1,000, below the WHO threshold of 4.45, and the rate stayed above the baseline threshold of 18.2.",
    "The maternal mortality ratio fell to 118 per 100,000 live births, from 131 the previous year.",
    "Compliance was 89%, compared with 84% in the first half of 2025, and inspections rose to 402, up from 371 in the same period of 2025.",
]


def test_a_last_year_right_after_another_figure_is_that_figure_s(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _REVIEW))
    assert _of(facts, 7, 118) == ("achieved", 2026)  # not 'previous year' of its sentence
    assert _of(facts, 7, 131) == ("achieved", 2025)


def test_a_part_of_a_year_right_after_the_figure_is_its_year(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _REVIEW))
    assert _of(facts, 8, 84) == ("achieved", 2025)  # in the first half of 2025
    assert _of(facts, 8, 371) == ("achieved", 2025)  # in the same period of 2025
    assert _of(facts, 8, 89) == ("achieved", 2026)


def test_a_norm_or_threshold_measured_against_is_a_target(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _REVIEW))
    assert facts[(5, 2500)]["status"] == "target"  # a national norm of 2,500
    assert facts[(6, 4.45)]["status"] == "target"  # the WHO threshold of 4.45
    assert facts[(6, 18.2)]["status"] == "achieved"  # a surveillance baseline threshold: no target
    assert facts[(5, 1410)]["status"] == "achieved"


def test_a_count_of_annual_targets_is_no_target(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _REVIEW))
    assert facts[(4, 24)]["status"] == "achieved"  # 15 of its 24 annual targets: what it counts
    assert facts[(4, 20)]["status"] == "achieved"


# ---- a heading of plans after the problems; a dated statement after a semicolon -----------------------

_PROBLEMS = [
    "某医院2026年上半年药品集采执行情况公示",
    "发布时间：2026年07月20日",
    "",
    "　　上半年集采药品采购金额为1800万元。",
    "　　四、存在问题和下一步工作",
    "　　一是个别科室使用比例偏低，有3个科室使用比例低于70%；二是部分药品配送不及时，共发生断供29次。",
    "　　下一步，医院将确保协议采购量完成率达到100%。",
    "　　五、下一步工作",
    "　　共有6个科室纳入考核。",
]

_NEXT_STEPS = [
    "District bowel screening report",
    "Published: 2 November 2026",
    "",
    "Participation was 61.2% in the two years to June 2026.",
    "The programme aims to offer a colonoscopy to 95% of participants; in the year to 30 June 2026, 90.4% received one.",
    "The programme aims to offer a colonoscopy to 95% of participants; 90.4% should receive one.",
    "Challenges and next steps",
    "Kit availability averaged 74% against a target of 85%, with delays in 9 districts.",
    "We will lift participation to 65% by June 2028.",
]


def test_a_heading_of_plans_after_problems_plans_from_the_first_line_that_plans(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _PROBLEMS))
    assert facts[(6, 3)]["status"] == "achieved"  # the problems the section reports first
    assert facts[(6, 29)]["status"] == "achieved"
    assert facts[(7, 100)]["status"] == "target"
    assert facts[(9, 6)]["status"] == "target"  # a heading of plans alone plans from its first line
    facts = _facts(draft_text(tmp_path / "b", _NEXT_STEPS))
    assert facts[(8, 74)]["status"] == "achieved" and facts[(8, 85)]["status"] == "target"
    assert _of(facts, 9, 65) == ("target", 2028)


def test_a_statement_dated_after_a_semicolon_leaves_the_target_cues_behind(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _NEXT_STEPS))
    assert _of(facts, 5, 90.4) == ("achieved", 2026)  # ; in the year to 30 June 2026, 90.4% received one
    assert facts[(5, 95)]["status"] == "target"
    assert facts[(6, 90.4)]["status"] == "target"  # no dated statement: the paragraph's aim


# ---- a time frame opening a sentence; the units a score picks after 其中 ---------------------------------

_FRAMES = [
    "某县近视防控工作考核结果",
    "发布日期：2026-12-10",
    "",
    "　　2026年各乡镇考核平均得分为84.5分，其中4个乡镇得分在90分以上。",
    "Over the two years, a total of 1,210 colonoscopies were performed.",
    "The unit performed 2 audits over the two years.",
]


def test_a_sentence_s_opening_time_frame_and_a_band_after_qi_zhong_are_no_claims(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _FRAMES)
    facts = _facts(drafted)
    assert (4, 90) not in facts and (4, 4) in facts  # 其中4个乡镇得分在90分以上: 90 picks the 4
    assert (5, 2) not in facts and (5, 1210) in facts  # Over the two years, …: the time frame
    assert (6, 2) in facts  # 2 audits: a claim


_TERMS = [
    "某县学生健康监测报告",
    "发布日期：2026-12-10",
    "",
    "　　学生中重度贫血（血红蛋白＜90g/L）占比为1.2%，晚就诊比例（首次CD4检测值＜350个/μl）为41.5%。",
    "　　管理人群血压控制率（≥60%）为63.1%，县定目标（≥65%）尚未达到。",
]


def test_a_bound_alone_in_brackets_after_a_term_defines_it(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _TERMS))
    assert (4, 90) not in facts and (4, 350) not in facts  # 重度贫血（血红蛋白＜90g/L）: the term's definition
    assert (4, 1.2) in facts and (4, 41.5) in facts
    assert (5, 60) in facts and (5, 65) in facts  # a rate's share and a target's value in brackets stay figures
