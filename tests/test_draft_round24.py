"""Round 24's rules, from the kinds of text the twenty-eighth held-out set brought (a city's maternal and
child health monitoring report, a province's medical insurance fund analysis, a county hospital's
capability self-assessment, a state fiscal note on a bill, a state's survey factsheet comparing two
rounds, a hospital trust board's finance report): each has its failing and passing cases, written for
this file."""

from __future__ import annotations

from pathlib import Path

from checks.draft.ignores import non_claim
from checks.numbers import read_quantities
from tests.draft_checks import facts_by_place as _facts
from tests.draft_measure import draft_text


def _claims(line: str) -> list[str]:
    """The texts of ``line``'s figures (a range's ends apart, as the draft reads them) that may be claims."""
    found = [figure for q in read_quantities(line) for figure in q.figures()]
    return [q.text for q in found if non_claim(line, q, found) is None]


# ---- a table's bracketed and signed cells take its heading's unit ---------------------------------

_LEDGER = [
    "Riverside Care Trust: quarterly accounts",
    "Published: 4 August 2026",
    "",
    "The accounts below show the trust's position; adverse amounts are in brackets.",
    "Table 2: Position by division (£m)",
    "\tBudget\tSpent\tBalance",
    "Community\t12.4\t13.1\t(0.7)",
    "Acute\t30.2\t29.6\t0.6",
    "Estates\t5.0\t5.3\t-0.3",
]


def test_a_bracketed_or_signed_cell_is_read_in_its_heading_s_unit(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _LEDGER))
    assert facts[(7, 700_000)]["unit_from"] == {"line": 5, "text": "Table 2: Position by division (£m)"}
    assert facts[(9, 300_000)]["unit_from"]["line"] == 5
    assert (7, 0.7) not in facts and (9, 0.3) not in facts
    assert facts[(8, 600_000)]["unit_from"]["line"] == 5  # a plain cell, as before


# ---- a report on a fiscal year as it runs ----------------------------------------------------------

_MONTH_REPORT = [
    "Lakeside Hospitals: Finance Report",
    "Published: 20 November 2026",
    "",
    "This paper reports the position at month 7 of 2026/27.",
    "At month 7 the trust reported a year-to-date deficit of £3.1m against a planned deficit of £2.2m.",
    "The full-year plan is a deficit of £5.0m. The latest forecast, after recovery schemes, is a deficit of £6.4m.",
    "Savings of £2.8m have been delivered against the £9.0m annual target, 31.1% of the total.",
    "Table 3: Income and expenditure, month 7 2026/27 (£k)",
    "\tYTD plan\tYTD actual\tAnnual plan",
    "Pay\t120,400\t123,900\t206,300",
    "Recommendation",
    "The Board is asked to note the £3.1m year-to-date deficit and to approve £0.4m for extra theatre lists.",
]


def test_a_running_fiscal_year_s_whole_year_figures_are_targets_of_its_end(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _MONTH_REPORT))
    # the whole year's plan and forecast: targets of 2026/27, the year it ends in
    assert (facts[(6, 5_000_000)]["status"], facts[(6, 5_000_000)]["period"]) == ("target", 2027)
    assert (facts[(6, 6_400_000)]["status"], facts[(6, 6_400_000)]["period"]) == ("target", 2027)
    assert (facts[(7, 9_000_000)]["status"], facts[(7, 9_000_000)]["period"]) == ("target", 2027)
    assert (facts[(10, 206_300_000)]["status"], facts[(10, 206_300_000)]["period"]) == ("target", 2027)
    # what has happened: achieved, of now, not a rule of 2027 (the caption names a month of the year)
    assert (facts[(7, 2_800_000)]["status"], facts[(7, 2_800_000)]["period"]) == ("achieved", 2026)
    assert (facts[(7, 31.1)]["status"], facts[(7, 31.1)]["period"]) == ("achieved", 2026)
    assert (facts[(10, 123_900_000)]["status"], facts[(10, 123_900_000)]["period"]) == ("achieved", 2026)
    assert (facts[(10, 120_400_000)]["status"], facts[(10, 120_400_000)]["period"]) == ("target", 2026)
    # a planned amount is a target; the year to date's figure stays achieved among recommendations
    assert facts[(5, 2_200_000)]["status"] == "target"
    assert facts[(5, 3_100_000)]["status"] == "achieved"
    assert facts[(12, 3_100_000)]["status"] == "achieved"
    assert facts[(12, 400_000)]["status"] == "target"
    # a caption naming a year to come (not a point inside one running) still sets that year's rules
    lines = [
        "County fee decisions",
        "Published: 20 November 2026",
        "",
        "The council has set its fees for the coming year.",
        "Table 1: Fee decisions for 2027/28",
        "Service\tFee ($)",
        "Day care\t41",
    ]
    fact = _facts(draft_text(tmp_path / "fees", lines))[(7, 41)]
    assert (fact["status"], fact["period"]) == ("target", 2028)


# ---- a span of ages after "age" ----------------------------------------------------------------------


def test_a_span_of_ages_after_age_names_the_people_counted() -> None:
    assert _claims("Anaemia among women age 15-49 rose to 57.2 per cent.") == ["57.2 per cent"]
    assert _claims("Of children age 12-23 months, 81.4 per cent were fully vaccinated.") == ["81.4 per cent"]
    # a mean age is a claim
    assert "44" in " ".join(_claims("The mean age 44 was reported; 12 were women."))


# ---- "would have to" is a duty to come ---------------------------------------------------------------


def test_would_have_to_is_a_target_cue_would_have_is_not(tmp_path: Path) -> None:
    lines = [
        "Fiscal Note for HB 77",
        "March 2, 2026",
        "",
        "HB 77 would take effect July 1, 2026.",
        "An applicant would have to complete 60 hours of training.",
        "Without the bill, 310 applicants would have completed training last year.",
    ]
    facts = _facts(draft_text(tmp_path, lines))
    assert facts[(5, 60)]["status"] == "target"
    assert facts[(6, 310)]["status"] == "achieved"


# ---- bills and statutes are named by their numbers ---------------------------------------------------


def test_a_bill_s_and_a_statute_s_numbers_are_names() -> None:
    assert _claims("Under KSA 65-1120, SB 233 would cover 4,100 people.") == ["4,100 people"]
    assert len(_claims("H.R. 5376 and HB 2201 set a fee of $30.")) == 1
    assert _claims("The SB 12 clinics served 900 people.") != []


# ---- a letter's closing ends the body ----------------------------------------------------------------


def test_a_letter_s_closing_ends_the_body(tmp_path: Path) -> None:
    lines = [
        "Fiscal Note for SB 90",
        "January 12, 2026",
        "",
        "The bill would cost $410,000 in FY 2027.",
        "",
        "Sincerely,",
        "Jo Park, Director of the Budget",
        "Budget Office | 120 Main Street, Room 9 | Salem, OR 97301 | 503-555-0100",
    ]
    drafted = draft_text(tmp_path, lines)
    assert drafted["source"]["body"]["last"] <= 5
    assert all(f["line"] <= 5 for f in drafted["facts"])


# ---- a spread is no change -----------------------------------------------------------------------------


def test_a_spread_between_places_is_no_change(tmp_path: Path) -> None:
    lines = [
        "Regional survey results",
        "Published: 2 September 2026",
        "",
        "Across districts, coverage ranged from 61.5 per cent to 88.0 per cent.",
        "Enrolment fell from 72.4 per cent to 70.1 per cent.",
    ]
    facts = _facts(draft_text(tmp_path, lines))
    assert facts[(4, 61.5)]["period"] == facts[(4, 88.0)]["period"] == 2026
    assert facts[(5, 72.4)]["period"] == 2025  # a change's earlier level, as before


# ---- survey rounds named with their years ---------------------------------------------------------------

_ROUNDS = [
    "Health Survey Wave 4: state summary",
    "Posted on: 3 April 2026",
    "",
    "Wave 4 (2024-25) covered 12,400 homes. Immunisation rose from 70.2 per cent in Wave 3 (2020-21) to 78.5"
    " per cent, and screening from 40.1 per cent to 44.0 per cent.",
    "Smoking fell from 21.3 per cent to 18.9 per cent, while 9.2 per cent and 8.8 per cent drank daily in Wave 3.",
    "Indicator    Wave 3 (2020-21)    Wave 4 (2024-25)    Wave 4 Urban",
    "Immunised    70.2    78.5    81.0",
]


def test_survey_rounds_date_the_figures_of_a_text_comparing_them(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _ROUNDS))
    assert facts[(4, 70.2)]["period"] == 2021
    assert facts[(4, 78.5)]["period"] == 2025  # the latest round's, not the year labelling Wave 3
    assert facts[(4, 12_400)]["period"] == 2025
    assert facts[(5, 21.3)]["period"] == 2021  # an earlier level: the round before
    assert facts[(5, 18.9)]["period"] == 2025
    assert facts[(5, 9.2)]["period"] == facts[(5, 8.8)]["period"] == 2021  # in Wave 3
    assert facts[(7, 70.2)]["period"] == 2021  # the column Wave 3 (2020-21)
    assert facts[(7, 81.0)]["period"] == 2025  # Wave 4 Urban


# ---- 上年 in a report of a year over ------------------------------------------------------------------------

_ANNUAL = [
    "某市2025年妇幼健康监测报告",
    "发布日期：2026-04-10",
    "",
    "　　2025年，全市妇幼健康工作稳步推进。",
    "　　全市孕产妇死亡率为11.20/10万，较上年（14.05/10万）下降。",
    "　　婴儿死亡率为2.61‰，5岁以下儿童死亡率为3.90‰，分别低于上年的2.95‰和4.33‰。",
]


def test_last_year_s_figures_in_brackets_and_in_a_list_are_of_the_year_before_the_report_s(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _ANNUAL))
    assert facts[(5, 11.2)]["period"] == 2025
    assert facts[(5, 14.05)]["period"] == 2024
    assert facts[(6, 2.61)]["period"] == facts[(6, 3.9)]["period"] == 2025
    assert facts[(6, 2.95)]["period"] == facts[(6, 4.33)]["period"] == 2024


# ---- a column of a score's maximum ----------------------------------------------------------------------


def test_a_column_of_a_score_s_maximum_holds_no_claims(tmp_path: Path) -> None:
    lines = [
        "某县医院2025年度自评报告",
        "发布时间：2026-03-02",
        "",
        "　　我院自评总分为842分。",
        "评价维度\t标准分值（分）\t自评得分（分）",
        "服务能力\t300\t262.5",
        "医疗质量\t200\t181.0",
    ]
    drafted = draft_text(tmp_path, lines)
    facts = _facts(drafted)
    assert (6, 300) not in facts and (7, 200) not in facts
    assert (6, 262.5) in facts and (7, 181.0) in facts
    assert {(i["line"], i["text"]) for i in drafted["ignore"]} >= {(6, "300"), (7, "200")}


# ---- a forecast reaches the list after it -----------------------------------------------------------------


def test_a_forecast_reaches_the_figures_listed_after_it(tmp_path: Path) -> None:
    lines = [
        "某省2025年医保基金运行分析",
        "发布时间：2026-04-02",
        "",
        "　　2025年，基金收入512亿元，支出498亿元。",
        "　　综合考虑各因素，预计2026年基金收入约530亿元，支出约520亿元，当期结余10亿元左右。",
        "　　2024年基金支出预计达480亿元，结余20亿元。",
    ]
    facts = _facts(draft_text(tmp_path, lines))
    for value in (53_000_000_000, 52_000_000_000, 1_000_000_000):
        assert (facts[(5, value)]["status"], facts[(5, value)]["period"]) == ("target", 2026)
    assert facts[(6, 2_000_000_000)]["status"] == "achieved"  # an estimate of a year over


# ---- a section's number the reader reads with a unit word; a time frame set off by a comma ------------


def test_a_section_number_before_a_unit_word_and_a_time_frame_before_a_comma_are_no_claims() -> None:
    assert _claims("4.1 Year-end cash was £12.0m.") == ["12.0m"]
    assert _claims("Agency staff cost £7.2m in the first five months, 3.1% of pay.") == ["7.2m", "3.1%"]
    # a count of months that is the claim itself stays one
    assert "5.2 years" in _claims("Patients waited 5.2 years on average.")


# ---- items listed between dashes; a number in a space-aligned row's label -------------------------------


def test_the_count_of_items_between_dashes_and_a_number_in_a_row_label_are_no_claims() -> None:
    assert _claims("Four counties - Alder, Birch, Cedar and Dunmore - reported new cases.") == []
    assert _claims("Four counties - Alder, Birch and Cedar - reported 12 new cases.") == ["Four counties", "12"]
    row = "Women who had at least 3 check-ups          54.2          61.8"
    assert _claims(row) == ["54.2", "61.8"]
    assert _claims("Women who had at least 3 check-ups rose to 61.8 per cent.") == ["at least 3", "61.8 per cent"]


# ---- years a sentence prints after its figures -------------------------------------------------------------


def test_a_year_clause_after_the_figures_and_respectively_date_them(tmp_path: Path) -> None:
    lines = [
        "Fiscal Note for SB 51",
        "February 3, 2026",
        "",
        "The agency estimates costs of $410,000 from all funds, including $150,000 from the General Fund, in FY 2027,"
        " which covers the first year.",
        "It would hire 2.00 positions in FY 2027, rising to 3.00 in FY 2028, at a cost of $98,000 and $141,000"
        " respectively.",
        "The agency spent $75,000 on planning, mostly on staff, and the bill needs no other funds.",
    ]
    facts = _facts(draft_text(tmp_path, lines))
    assert (facts[(4, 410_000)]["status"], facts[(4, 410_000)]["period"]) == ("target", 2027)
    assert (facts[(4, 150_000)]["status"], facts[(4, 150_000)]["period"]) == ("target", 2027)
    assert (facts[(5, 98_000)]["status"], facts[(5, 98_000)]["period"]) == ("target", 2027)
    assert (facts[(5, 141_000)]["status"], facts[(5, 141_000)]["period"]) == ("target", 2028)
    assert facts[(6, 75_000)]["status"] == "achieved"  # no year after it: dated as before


def test_a_deadline_by_year_end_is_no_achievement(tmp_path: Path) -> None:
    lines = [
        "某市2025年医保工作分析",
        "发布时间：2026-04-02",
        "",
        "　　六、建议",
        "　　2026年底前实现按病种付费全覆盖，按病种付费支出占比达到75%以上。",
        "　　2025年末，按病种付费支出占比为61.2%。",
    ]
    facts = _facts(draft_text(tmp_path, lines))
    assert (facts[(5, 75)]["status"], facts[(5, 75)]["period"]) == ("target", 2026)
    assert (facts[(6, 61.2)]["status"], facts[(6, 61.2)]["period"]) == ("achieved", 2026 - 1)


def test_the_units_a_coverage_is_to_reach_exist_already(tmp_path: Path) -> None:
    lines = [
        "某县2025年信息公开工作报告",
        "发布时间：2026-01-20",
        "",
        "　　2026年，我局将重点抓好以下工作：年底前实现全县46家村卫生室公开专栏全覆盖；新建公开专栏12个。",
    ]
    facts = _facts(draft_text(tmp_path, lines))
    assert (facts[(4, 46)]["status"], facts[(4, 46)]["period"]) == ("achieved", 2026)
    assert facts[(4, 12)]["status"] == "target"


# ---- a window of time that names a rate ---------------------------------------------------------------------


def test_a_window_of_time_before_a_rate_s_name_is_no_claim() -> None:
    assert _claims("6个月内纯母乳喂养率52.4%，比上年提高2.1个百分点。") == ["52.4%", "2.1个百分点"]
    assert _claims("急救车辆15分钟内到达率为91.3%。") == ["91.3%"]
    # a deadline of its own stays a claim
    assert "30天内" in _claims("所有投诉均在30天内办结。")


# ---- a change restated without its verb; a fraction in words right before the share it restates ------------


def test_a_change_restated_without_its_verb_is_two_levels(tmp_path: Path) -> None:
    lines = [
        "District survey summary",
        "Posted on: 3 April 2026",
        "",
        "Skilled attendance rose from 71.0 per cent to 80.5 per cent, and home visits from 40.2 per cent to"
        " 47.9 per cent.",
        "Ages of mothers ranged from 16 to 45 years, with visits from 2 to 9 per pregnancy.",
    ]
    facts = _facts(draft_text(tmp_path, lines))
    assert facts[(4, 40.2)]["qualifier"] == facts[(4, 47.9)]["qualifier"] == "eq"
    assert "47.9" not in facts[(4, 40.2)]["quote"] and facts[(4, 47.9)]["quote"].strip().startswith("to")
    assert facts[(5, 2)]["qualifier"] == "ge" and facts[(5, 9)]["qualifier"] == "le"  # no verb of change: a range


def test_a_fraction_in_words_right_before_the_share_it_restates_is_no_claim() -> None:
    assert _claims("Nearly two in three (64.1 per cent) infants were breastfed.") == ["64.1 per cent"]
    assert _claims("Two in three districts reported cases.") == ["Two in three"]
