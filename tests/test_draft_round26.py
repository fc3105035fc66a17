"""Round 26's rules, from the kinds of text the thirtieth held-out set brought (a city CDC's tuberculosis
annual report, a city's TCM plan mid-term evaluation, a county's cancer screening summary, a state
Medicaid agency's managed-care scorecard, an English ICB's winter plan, a national mental health
dashboard): each has its failing and passing cases, written for this file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checks.draft.carried import carried_due_years
from checks.draft.openings import figure_years
from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# ---- a plan that looks back first: its review paragraphs, a list's lead-in, a closing due date ---------

_WINTER_PLAN = [
    "Our plan for winter 2026/27: more community care",
    "Published: 14 October 2026",
    "",
    "Partners across the county have agreed a plan for the coming winter.",
    "Last winter (November 2025 to February 2026), our hospitals ran at 95.1% occupancy, against a national expectation of 92%. On the busiest day 812 of 830 beds were full.",
    "Ambulance crews waited an average of 38 minutes to hand over patients.",
    "What we will do",
    "The plan opens 90 extra beds by 1 November 2026:",
    "50 beds at the county hospital;",
    "40 virtual ward beds.",
    "We want 80% of care home residents, and at least 60% of staff, to be vaccinated by 15 December 2026.",
    "Funding by scheme (£m)",
    "Scheme\t2025/26\t2026/27",
    "Home care\t3.1\t3.8",
    "Beds by site",
    "Site\t2025/26\t2026/27",
    "County hospital\t310\t340",
]


def test_a_plan_s_paragraphs_looking_back_report_the_time_just_over(tmp_path: Path) -> None:
    from checks.draft.looking_back import looking_back  # this round's module: a test fails without it

    facts = _facts(draft_text(tmp_path, _WINTER_PLAN))
    assert _of(facts, 5, 95.1) == ("achieved", 2026)  # last winter: the one ending in 2026 (the aside's)
    assert _of(facts, 5, 812) == ("achieved", 2026)  # a later sentence of its paragraph
    assert _of(facts, 6, 38) == ("achieved", 2026)  # the next paragraph, before the heading
    assert _of(facts, 5, 92)[0] == "target"  # a national expectation of: the value set
    # not a paragraph opening on anything but a time just over, nor one past a heading
    assert looking_back(["Next winter, we will open 40 beds."], [1], date(2026, 10, 14)) == {}
    lines = ["Last year, we saw 40 patients.", "We treated 12 more.", "Our plans", "We will add 5."]
    assert looking_back(lines, [1, 2, 3, 4], date(2026, 10, 14)) == {1: 2025, 2: 2025}


def test_an_unbulleted_list_takes_its_lead_in_s_due_date_and_a_closing_date_dates_its_sentence(
    tmp_path: Path,
) -> None:
    from checks.draft.closing import closing_due  # this round's module: a test fails without it

    facts = _facts(draft_text(tmp_path, _WINTER_PLAN))
    assert _of(facts, 9, 50) == ("target", 2026)  # by 1 November 2026: the day first
    assert _of(facts, 10, 40) == ("target", 2026)  # the list's last item, ending in a full stop
    assert _of(facts, 11, 80) == ("target", 2026)  # the date closing the sentence
    assert _of(facts, 11, 60) == ("target", 2026)
    carried = carried_due_years(
        ["Plans by 1 November 2026:", "12 beds;", "8 wards.", "Other news 5."], [1, 2, 3, 4], 2026
    )
    assert sorted(carried) == [2, 3]
    # a closing clause that counts a figure of its own keeps its date
    line = "Of the 36 clinics, 21 are open, and the remaining 15 will open by December 2027."
    assert closing_due(line, line.index("36") + 2) is None
    line = "We want 75% of adults, and half of children, to be vaccinated by 31 December 2026."
    assert closing_due(line, line.index("75%") + 3) == 2026


def test_a_table_column_of_a_fiscal_year_over_holds_achievements(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _WINTER_PLAN))
    assert _of(facts, 14, 3_100_000) == ("achieved", 2026)  # 2025/26, over by October 2026
    assert _of(facts, 17, 310) == ("achieved", 2026)
    assert _of(facts, 17, 340) == ("target", 2027)  # 2026/27, under way: the plan's beds


def test_a_funding_table_s_column_of_the_fiscal_year_under_way_holds_allocations(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _WINTER_PLAN))
    assert _of(facts, 14, 3_800_000) == ("achieved", 2027)  # the money given for 2026/27, begun


# ---- a scorecard's table of health plans; a requirement quoted; a year in an aside --------------------

_SCORECARD = [
    "Managed care quality scorecard released",
    "Released: 9 September 2026",
    "",
    "The agency today released its scorecard for measurement year 2025.",
    "Table 1. Rates by plan, 2025 (%)",
    "Measure\tRiver Health Plan\tLakes Care\tStatewide",
    "Postpartum care\t71.2\t69.8\t70.4",
]

_REPORT = [
    "某市2025年结核病防治工作报告",
    "发布日期：2026-03-10",
    "",
    "　　全市患者规范管理率为97.5%，高于“不低于90%”的国家要求。",
    "　　2024年登记的患者（2025年完成评估）共1320例，成功治疗率为93.6%。",
]


def test_a_health_plan_s_column_is_no_plan_and_a_quoted_requirement_is_a_target(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _SCORECARD))
    assert _of(facts, 7, 71.2) == ("achieved", 2025)  # River Health Plan: an insurer, not a plan's column
    facts = _facts(draft_text(tmp_path / "zh", _REPORT))
    assert _of(facts, 4, 97.5) == ("achieved", 2025)
    assert _of(facts, 4, 90)[0] == "target"  # “不低于90%”的国家要求: the value a requirement sets


def test_a_year_in_an_aside_closed_before_a_figure_is_not_its_own(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _REPORT))
    assert _of(facts, 5, 1320) == ("achieved", 2024)
    line = _REPORT[4]
    found = figure_years(line, line.index("1320"), line.index("1320") + 4)
    assert found.own is not None and found.own.value == 2024
    # a year in brackets around the figure stays its own
    line = "登记患者（2025年共1320例）"
    found = figure_years(line, line.index("1320"), line.index("1320") + 4)
    assert found.own is not None and found.own.value == 2025


# ---- a task's values, a year's own end, ratings and a postal footer ------------------------------------

_SUMMARY = [
    "某县2025年妇女筛查工作总结",
    "发布日期：2026-02-10",
    "",
    "　　上级下达我县2025年筛查任务为宫颈癌5000人、乳腺癌4000人。全年完成宫颈癌筛查5210人。",
    "　　2026年内完成剩余3家卫生院建设，力争再建成2个示范科室。",
]


def test_a_task_s_values_are_targets_and_a_year_s_own_end_is_no_span_of_years(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _SUMMARY))
    assert _of(facts, 4, 5000) == ("target", 2025)  # 任务为…: the values the task is set at
    assert _of(facts, 4, 4000) == ("target", 2025)
    assert _of(facts, 4, 5210) == ("achieved", 2025)
    assert _of(facts, 5, 2) == ("target", 2026)  # 2026年内: within 2026, not within 26 years


_RELEASE = [
    "Managed care ratings released",
    "Released: 2 October 2026",
    "",
    "The agency rates each insurer and awards one to five stars in each domain.",
    "Northway Care earned 4 stars in Prevention, and 61.5% of its members had a checkup.",
    "",
    "Health Agency, PO Box 512, Wellington 6140",
]


def test_star_ratings_and_their_scale_are_no_claims_and_a_postal_footer_ends_the_body(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _RELEASE)
    facts = _facts(drafted)
    assert (4, 1) not in facts and (4, 5) not in facts  # one to five stars: the rating scale
    assert (5, 4) not in facts  # 4 stars: a rating, no quantity
    assert _of(facts, 5, 61.5) == ("achieved", 2026)
    assert (7, 6140) not in facts  # a postal address's postcode, below the body
    assert drafted["source"]["body"]["last"] == 5


# ---- in a plan: money set aside, what holds now, a forecast ---------------------------------------------

_SPRING_PLAN = [
    "Our plan for spring 2027",
    "Published: 3 November 2026",
    "",
    "The board and the council have set aside £6.2 million for the plan.",
    "Opticians can now see 12 kinds of eye problem without a referral.",
    "We expect referrals to be 5% higher than last year.",
]


def test_in_a_plan_money_set_aside_and_what_holds_now_are_done_and_a_forecast_is_to_come(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _SPRING_PLAN))
    assert _of(facts, 4, 6_200_000)[0] == "achieved"  # have set aside: the allocation is made
    assert _of(facts, 5, 12)[0] == "achieved"  # can now: what holds now
    assert _of(facts, 6, 5)[0] == "target"  # we expect … to be: a forecast, not last year's


_EVALUATION = [
    "某市健康行动计划（2025—2027年）中期评估报告",
    "发布日期：2026-09-01",
    "",
    "　　行动计划确定的5大类20项任务中，已完成8项，序时推进10项，进度滞后2项。",
]


def test_a_plan_named_as_the_document_that_set_tasks_is_no_target_cue(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _EVALUATION))
    assert _of(facts, 4, 20)[0] == "achieved"  # 计划确定的20项任务: what the plan set, counted in its evaluation
    assert _of(facts, 4, 2)[0] == "achieved"


def test_years_ago_in_chinese_date_the_figure_compared_with_and_are_no_claim() -> None:
    from checks.draft.ignores import non_claim
    from checks.numbers import read_quantities

    def reasons(line: str) -> dict[str, str | None]:
        found = [figure for q in read_quantities(line) for figure in q.figures()]
        return {q.text: non_claim(line, q, found) for q in found}

    assert reasons("老年患者占比较5年前上升近8个百分点。")["5年"] is not None  # five years ago: when
    assert reasons("用3年前后时间完成改造。")["3年"] is None  # 前后: about three years, no time ago
