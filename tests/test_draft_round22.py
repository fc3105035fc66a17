"""Round 22's rules, from the kinds of text the twenty-sixth held-out set brought (a family-doctor
contract progress notice, an emergency centre's annual summary, an occupational disease notice, an
insurer's rate decisions, a council's fee report with options, a dental statistics release): each has
its failing and passing cases, written for this file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checks.draft.header_years import HeaderYear, column_years
from checks.draft.policy import title_rules_year
from tests.draft_checks import facts_by_place as _facts
from tests.draft_measure import draft_text

# ---- a title that names the rates a text sets, and the year they are for --------------------------

_RATES = [
    "Eastshire Council",
    "Home Care Charges 2027/28",
    "Published: 2 February 2027",
    "",
    "1. Recommendations",
    "1.1 That the Board approves an hourly rate of £31.20 for home care.",
    "2. Background",
    "2.1 The council supports 940 people at home.",
]


def test_a_title_naming_rates_of_a_year_to_come_dates_their_targets() -> None:
    assert title_rules_year("Home Care Charges 2027/28", date(2027, 2, 2)) == 2028
    assert title_rules_year("Oregon finalizes 2027 individual health insurance rates", date(2026, 7, 30)) == 2027
    assert title_rules_year("2027年城乡居民医保缴费标准", date(2026, 11, 3)) == 2027
    assert title_rules_year("Home Care Charges 2026/27", date(2027, 2, 2)) is None  # under way
    assert title_rules_year("Eastshire Council annual report 2028", date(2027, 2, 2)) is None  # no rates
    assert title_rules_year("Charges 2027 compared with 2028", date(2026, 2, 2)) is None  # two years


def test_a_recommended_rate_of_the_title_s_year_is_of_that_year(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _RATES))
    rate = facts[(6, 31.2)]
    assert (rate["status"], rate["period"]) == ("target", 2028)
    people = facts[(8, 940)]
    assert people["status"] == "achieved" and people["period"] < 2028  # what there is now: not the rule's year


# ---- a table's column of a year to come, and the change up to it -----------------------------------


def test_a_column_of_a_year_to_come_holds_targets_and_the_change_up_to_it_too() -> None:
    rows = ["Service\t2025/26 spend\tUplift\t2026/27 estimate", "Nursing care\t16.75\t0.97\t17.72"]
    years = column_years(rows, range(1, 3), now=2026)[2]
    assert years == [None, HeaderYear(2026, base=True), HeaderYear(2027, True), HeaderYear(2027, True)]
    # a year that begins after now is to come whatever the header says; one over is not
    later = ["Area\t2026 outturn\t2027 budget\t2028 (plan)", "North\t1.2\t1.4\t1.5"]
    assert column_years(later, range(1, 3), now=2026)[2] == [
        None,
        HeaderYear(2026, base=True),
        HeaderYear(2027, True),
        HeaderYear(2028, True),
    ]
    # without now (or with every year over) nothing changes
    assert column_years(rows, range(1, 3))[2] == [None, HeaderYear(2026), None, HeaderYear(2027)]
    assert column_years(rows, range(1, 3), now=2028)[2] == [None, HeaderYear(2026), None, HeaderYear(2027)]


_TABLE = [
    "Westshire Council",
    "Fees for care homes",
    "Published: 4 March 2026",
    "",
    "5. Financial implications",
    "5.1 The uplifts can be met within the budget.",
    "Table 2: Cost of the uplifts (£m)",
    "Service\t2025/26 spend\tUplift\t2026/27 estimate",
    "Residential care\t38.42\t2.38\t40.80",
]


def test_a_table_s_estimate_of_a_fiscal_year_to_come_is_a_target(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _TABLE))
    spend, uplift, estimate = facts[(9, 38_420_000)], facts[(9, 2_380_000)], facts[(9, 40_800_000)]
    assert (spend["status"], spend["period"]) == ("achieved", 2026)
    assert (uplift["status"], uplift["period"]) == ("target", 2027)
    assert (estimate["status"], estimate["period"]) == ("target", 2027)


# ---- the share of a target reached: the target names no other figure's status ------------------

_PROGRESS = [
    "某县2026年前三季度家庭医生签约服务进展情况通报",
    "发布时间：2026-10-16",
    "",
    "　　截至2026年9月30日，全县累计签约居民23.68万人；重点人群签约15.42万人，签约率78.9%，为全年目标任务（不低于80%）的98.6%。",
]


def test_the_share_of_a_target_reached_leaves_its_sentence_s_figures_achieved(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _PROGRESS))
    assert facts[(4, 154_200)]["status"] == "achieved"
    assert facts[(4, 78.9)]["status"] == "achieved"
    assert facts[(4, 98.6)]["status"] == "achieved"  # the share of the target reached
    assert facts[(4, 80)]["status"] == "target"  # the target's own value


def test_a_target_set_as_the_aim_is_still_a_cue() -> None:
    from checks.draft.cues import MEASURED_AGAINST

    assert MEASURED_AGAINST.search("为全年目标任务（不低于80%）的98.6%")
    assert MEASURED_AGAINST.search("reaching 96.2% of the annual target")
    assert not MEASURED_AGAINST.search("签约率以80%为目标的工作")  # the aim itself: 80% is the target
    assert not MEASURED_AGAINST.search("the target of 80% by 2027")


# ---- a count, then what it counts and the bound that picks them ---------------------------------


def test_a_bound_after_the_count_it_picks_is_no_claim() -> None:
    from checks.draft.thresholds import threshold
    from checks.numbers import read_quantities

    def picked(line: str) -> list[str]:
        found = read_quantities(line)
        return [q.text for q in found if threshold(line, q, found)]

    assert picked("全县有3个乡镇签约率低于35%，2个乡镇重点人群签约率低于75%。") == ["低于35%", "低于75%"]
    assert picked("有11个团队签约人数超过2000人，团队人均服务负担偏重。") == ["超过2000人"]
    # a share, or a level that is the clause's claim, picks nothing
    assert picked("签约率78.9%，较上年提高超过2个百分点。") == []
    assert picked("全县签约居民超过20万人。") == []


# ---- a report's options: what each would cost is not true yet ----------------------------------

_OPTIONS = [
    "Northshire Council: Cabinet report on library opening hours",
    "Published: 12 May 2026",
    "",
    "1. Background",
    "1.1 The council runs 14 libraries, open for 610 hours a week in total.",
    "2. Options considered",
    "Option A: Keep current hours. Cost: £1.2m. Not recommended.",
    "Option B: Open every library on Sundays. Cost: £1.9m, £0.7m more than Option A.",
    "3. Risks",
    "3.1 Two libraries need new roofs.",
]


def test_the_costs_of_a_report_s_options_are_targets(tmp_path: Path) -> None:
    from checks.draft.sections import recommending_sections

    assert recommending_sections(_OPTIONS, range(4, 11)) == {7, 8}
    facts = _facts(draft_text(tmp_path, _OPTIONS))
    assert facts[(7, 1_200_000)]["status"] == "target"
    assert facts[(8, 1_900_000)]["status"] == "target"
    assert facts[(8, 700_000)]["status"] == "target"
    assert facts[(5, 14)]["status"] == "achieved"  # the background, above the options


# ---- a table aligned by spaces is no headline; a bound before 的 and the count it picks ---------

_SPACED = [
    "某省2025年职业病防治工作情况通报",
    "发布时间：2026-04-22",
    "",
    "　　2025年，全省新报告职业病1236例，其中忻州市97例、运城市35例。",
    "　　表1　2025年各设区的市新报告职业病情况",
    "设区的市    新报告职业病（例）",
    "太原市      118",
    "忻州市      97",
    "运城市      35",
    "全省        1236",
    "　　全省共监测噪声强度≥85dB(A)的岗位2.41万个，超标率为21.3%。",
]


def test_a_row_of_a_table_aligned_by_spaces_restates_no_paragraph() -> None:
    from checks.draft.repeats import restatements

    assert not set(restatements(_SPACED, range(4, 12))) & {7, 8, 9, 10}
    headline = ["", "某省新报告职业病1236例", "　　2025年，全省新报告职业病1236例。"]
    assert restatements(headline, range(2, 4)) == {2: "a headline restating line 3, recorded there"}


def test_a_bound_before_the_count_it_picks_defines_it_whatever_its_unit() -> None:
    from checks.draft.thresholds import threshold
    from checks.numbers import read_quantities

    def picked(line: str) -> list[str]:
        found = read_quantities(line)
        return [q.text for q in found if threshold(line, q, found)]

    assert picked("全省共监测噪声强度≥85dB(A)的岗位2.41万个。") == ["≥85dB"]
    assert picked("对本月满意率低于90%的3家单位，已约谈其主要负责人。") == ["低于90%"]
    assert picked("全国超90%的居民在15分钟之内能够到达最近的医疗点。") == []  # a share: the claim
    assert picked("中医医院中医类别医师占比不足60%的有5所。") == ["不足60%"]
    assert picked("全年住院费用8万元以上的患者有320人。") == []  # the count said of the people named


# ---- a head's line of fields, and a report's end ------------------------------------------------


def test_a_meeting_s_day_and_place_or_a_span_of_dates_is_a_field_of_a_dateline() -> None:
    from checks.draft.dates import is_dateline

    meeting = "Meeting: Cabinet, Tuesday 17 March 2026, 10.00 am, Cumbria House, Carlisle | Published: 9 March 2026"
    assert is_dateline(meeting)
    release = "Official statistics | Publication date: 28 Aug 2026 | Date range: 1 Apr 2025 to 30 Jun 2026"
    assert is_dateline(release)
    assert not is_dateline("The board met on Tuesday 17 March 2026 and agreed the fees. | Published: 9 March 2026")


def test_background_papers_contact_officers_and_the_next_edition_end_the_body() -> None:
    from checks.draft.source import body_range

    lines = [
        "Adult Social Care Fee Rates 2026/27",
        "",
        "1. Purpose of the report",
        "1.1 This report asks Cabinet to approve the fee rates the council will pay to providers in 2026/27.",
        "Background papers: Cost of Care Report 2025; Market Position Statement 2024–2027.",
        "Contact officer: Head of Commissioning, 01228 221000",
    ]
    assert body_range(lines, 1) == (3, 4)
    release = ["Dental statistics", "", "Adults seen rose to 41.9% of the population in 2025-26, up 0.8 points."]
    release.append("Next publication: NHS Dental Statistics for England, 2026-27, Biannual Report, February 2027.")
    assert body_range(release, 1) == (3, 3)


# ---- a year after the level compared with is that level's ---------------------------------------


def test_a_year_after_the_level_a_figure_is_compared_with_is_that_level_s() -> None:
    from checks.draft.years import own

    line = (
        "This is up 0.8 percentage points on the previous year but still below the 49.3% seen in the"
        " 24 months up to 31 March 2020."
    )
    change = line.index("0.8")
    assert own(line, change, change + len("0.8 percentage points")) is None
    level = line.index("49.3%")
    found = own(line, level, level + len("49.3%"))
    assert found is not None and found.value == 2020


# ---- a count of calls is no number to call ------------------------------------------------------


def test_a_count_of_calls_is_no_hotline_number() -> None:
    from checks.draft.codes import code_or_name
    from checks.numbers import read_quantities

    def why(line: str) -> list[str | None]:
        return [code_or_name(line, q) for q in read_quantities(line)]

    assert why("全年呼救高峰出现在7月，单日最高受理电话1327个。") == [None]
    assert why("Patients can call 111 at any time.") == ["a phone or hotline number, not a figure"]


# ---- a table whose caption names a year to come: its decisions are that year's rules --------------

_DECISIONS = [
    "Eastland finalizes 2028 small-group rates",
    "News release | July 14, 2027 | Insurance Division",
    "",
    "The Insurance Division today approved final rates for the three insurers in the small-group market.",
    "Table 1. Small-group rate decisions for 2028, by insurer",
    "Insurer\tEnrollees (March 2027)\tRequested average\tApproved average",
    "North Health\t12,400\t9.8%\t6.1%",
    "South Mutual\t8,150\t7.2%\t5.4%",
]


def test_a_table_captioned_with_a_year_to_come_sets_that_year_s_rules(tmp_path: Path) -> None:
    from checks.draft.sections import tables_of_a_year_to_come

    assert tables_of_a_year_to_come(_DECISIONS, range(4, 9), 2027) == {6: 2028, 7: 2028, 8: 2028}
    assert tables_of_a_year_to_come(_DECISIONS, range(4, 9), 2028) == {}  # not after now
    facts = _facts(draft_text(tmp_path, _DECISIONS))
    approved, requested, enrollees = facts[(7, 6.1)], facts[(7, 9.8)], facts[(7, 12_400)]
    assert (approved["status"], approved["period"]) == ("target", 2028)
    assert (requested["status"], requested["period"]) == ("achieved", 2027)  # what was asked for
    assert (enrollees["status"], enrollees["period"]) == ("achieved", 2027)  # its header's own year


# ---- all the place's units a task acts on exist already --------------------------------------------

_ACTS_ON = [
    "某市急救中心2026年工作计划",
    "发布时间：2026-01-09",
    "",
    "　　1.推进信息化。年内5G救护车占比达到30%，实现与全市8家胸痛中心、7家卒中中心数据互联互通。",
    "　　2.加强督导。对全县47家医疗机构开展督查，新建急救站点6个。",
]


def test_all_the_units_a_task_acts_on_are_achieved(tmp_path: Path) -> None:
    from checks.draft.cues import acted_on

    line = _ACTS_ON[3]
    assert acted_on(line, line.index("8家")) and acted_on(line, line.index("7家"))
    assert not acted_on(line, line.index("30%"))
    facts = _facts(draft_text(tmp_path, _ACTS_ON))
    assert (facts[(4, 8)]["status"], facts[(4, 8)]["period"]) == ("achieved", 2026)
    assert facts[(4, 7)]["status"] == "achieved"
    assert facts[(5, 47)]["status"] == "achieved"
    assert facts[(4, 30)]["status"] == "target"
    assert facts[(5, 6)]["status"] == "target"  # what the task makes


# ---- names and steps: a report's numbered choices, an edition's year, the step a cost is counted per --


def _reasons(line: str) -> dict[str, str | None]:
    from checks.draft.ignores import non_claim
    from checks.numbers import read_quantities

    found = read_quantities(line)
    return {q.text: non_claim(line, q, found) for q in found}


def test_a_report_s_numbered_choices_are_names() -> None:
    reasons = _reasons("Option 3: Pay the median rates. Cost: £9.8m, £4.56m more than Option 2.")
    assert reasons["3"] and reasons["2"]
    assert reasons["9.8m"] is None and reasons["4.56m"] is None
    assert _reasons("方案1：维持现行标准。")["1"]


def test_a_year_naming_whose_or_which_edition_is_no_count() -> None:
    assert _reasons("The division approved final 2027 rates for the six insurers.")["2027"] == "a year, not a count"
    assert _reasons("The council's 2025 cost of care exercise found a median of £812.")["2025"] == "a year, not a count"
    assert _reasons("The final 1500 patients were seen.")["1500"] is None  # no year


def test_the_step_a_cost_is_counted_per_is_no_figure() -> None:
    assert _reasons("5.2 Each additional 1% on all rates would cost about £0.92m a year.")["1%"]
    assert _reasons("报销比例每提高1个百分点，基金支出增加约320万元。")["1个百分点"]
    assert _reasons("Rates rose 1% in each of the last two years.")["1%"] is None


# ---- what a report recommends or proposes, named as such --------------------------------------------


def test_a_figure_named_as_recommended_or_proposed_is_a_target() -> None:
    from checks.draft.cues import NAMED_TARGET_BEFORE

    line = "The recommended uplifts of £5.24m can be met within this provision."
    assert NAMED_TARGET_BEFORE.search(line, 0, line.index("5.24"))
    assert NAMED_TARGET_BEFORE.search("the proposed fee of $", 0)
    assert not NAMED_TARGET_BEFORE.search("The uplifts recommended last year cost ", 0)
