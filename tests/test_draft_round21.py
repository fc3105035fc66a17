"""Round 21's rules, from the kinds of text the twenty-fifth held-out set brought (an adverse drug
reaction monitoring report, a blood donation bulletin, a random-inspection results notice, a country
note comparing with an average, a technology appraisal, an enrollment report): each has its failing
and passing cases, written for this file."""

from __future__ import annotations

from pathlib import Path

from checks.draft.guesses import Guess
from checks.draft.ignores import non_claim
from checks.draft.labels import numbered_headings
from checks.draft.tables import column_guess, defining_column, table_columns
from checks.numbers import read_quantities
from tests.draft_checks import facts_by_place as _facts
from tests.draft_measure import draft_text

# ---- a table's column of changes on the year before is the year's own ----------------------------

_CHANGES = [
    "某市2025年血液供应情况",
    "发布时间：2026年3月10日",
    "",
    "2025年，全市血液供应保持稳定，各类血液成分供应情况见表1。",
    "表1　2025年血液成分供应情况",
    "成分\t构成比（%）\t较上年变化（百分点）\t上年供应量（单位）",
    "红细胞\t57.5\t+2.1\t14,652",
    "血浆\t42.5\t-0.8\t11,170",
]


def test_a_column_of_changes_on_the_year_before_is_the_year_s_own(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _CHANGES))
    assert facts[(7, 2.1)]["period"] == 2025
    assert facts[(8, 0.8)]["period"] == 2025
    assert facts[(7, 14_652)]["period"] == 2024  # the year before's own column still is


def test_column_guess_reads_a_change_on_the_previous_year_as_no_prior_year() -> None:
    lines = ["Region\tCases\tChange on previous year\tPrevious year", "North\t120\t4.3\t115"]
    columns = table_columns(lines, range(1, 3))[2]
    period = Guess(2025, "the year before publication")
    assert column_guess(columns, lines[1], lines[1].index("4.3"), period) is None
    assert column_guess(columns, lines[1], lines[1].index("115"), period) == (
        Guess(2024, "its table column is the year before (Previous year)"),
        None,
    )


# ---- a text that declares the year its data refer to ----------------------------------------------

_COUNTRY_NOTE = [
    "Health at a Glance 2025: How does Freedonia compare?",
    "Country note · 13 November 2025",
    "",
    "This note compares Freedonia with the average of its neighbours. Unless stated otherwise, data refer to"
    " 2023 or the nearest year.",
    "Health status",
    "Women can expect to live 5.6 years longer than men. Life expectancy is now 0.6 years higher than before.",
    "Access to care",
    "In 2024, 2.6% of people reported unmet needs for medical care.",
    "Of patients admitted to hospital for a heart attack, 7.1% died within 30 days.",
    "Influenza vaccination coverage among people aged 65 and over was 72.6%, close to the WHO target of 75%.",
]


def test_a_declared_data_year_dates_the_figures_of_no_year(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _COUNTRY_NOTE))
    assert facts[(6, 5.6)]["period"] == 2023  # not the title's 2025
    assert facts[(6, 0.6)]["period"] == 2023  # now: the latest data, the declared year
    assert facts[(8, 2.6)]["period"] == 2024  # a year of its own still dates it
    assert facts[(9, 7.1)]["period"] == 2023  # not the year opening its section: not stated otherwise
    assert facts[(10, 72.6)]["period"] == 2023
    assert facts[(10, 75)]["period"] == 2025  # a target named with no year is no datum: of publication


def test_declared_year_reads_a_declaration_for_the_whole_text() -> None:
    from checks.draft.carried import declared_year

    assert declared_year(["Unless stated otherwise, data refer to 2023."], 2025) == 2023
    assert declared_year(["如无特别说明，本报告数据均为2024年数据。"], 2025) == 2024
    assert declared_year(["x", "y", "z", "Figures are for 2022 unless otherwise noted."], 2025) == 2022
    assert declared_year(["x", "y", "z", "Note: data refer to 2022."], 2025) is None  # a note of one table
    assert declared_year(["Data refer to 2025."], 2025) is None  # not over: the default already


# ---- an appraisal: its interval words, its numbered headings, the ages of the people it treats ----


def _claims(line: str) -> dict[str, str | None]:
    """Why each figure of ``line`` is no claim, as the drafter reads them."""
    found = [f for q in read_quantities(line) for f in q.figures()]
    return {f.text: non_claim(line, f, found) for f in found}


def test_every_kind_of_interval_measures_a_figure_s_precision() -> None:
    claims = _claims("The drug was similar to the comparator (odds ratio 1.08, 95% credible interval 0.79 to 1.47).")
    assert [text for text, why in claims.items() if why is None] == ["1.08"]
    claims = _claims("Deaths fell by 12.4% (95% uncertainty interval 9.8 to 15.1) over the decade.")
    assert [text for text, why in claims.items() if why is None] == ["12.4%"]
    assert _claims("The hazard ratio was 0.74 (95% CrI 0.61 to 0.89).")["0.74"] is None


_APPRAISAL = [
    "Velastinib for treating atopic dermatitis in people 12 years and over",
    "Technology appraisal guidance | Reference number: TA1184 | Published: 17 June 2026",
    "",
    "1 Recommendations",
    "1.1 Velastinib is recommended for treating atopic dermatitis in people 12 years and over, only if:",
    "• the company provides it according to the commercial arrangement.",
    "2 Information about velastinib",
    "Price: The list price of velastinib is £1,092.50 per pack. The annual cost of treatment is £14,242.",
    "3 Committee discussion",
    "The company's base-case ICER was £12,460 per QALY gained.",
    "4 Implementation",
    "NHS England must fund velastinib within 90 days of this guidance being published.",
]


def test_headings_numbered_in_sequence_count_nothing(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _APPRAISAL)
    facts = _facts(drafted)
    assert (7, 2) not in facts and (9, 3) not in facts and (11, 4) not in facts
    assert (8, 1092.5) in facts and (10, 12_460) in facts
    assert {i["line"] for i in drafted["ignore"] if "heading" in i["reason"]} >= {7, 9, 11}


def test_numbered_headings_are_a_sequence_not_one_line() -> None:
    lines = ["1 Recommendations", "Text.", "2 Information about it", "12 Hospitals", "46 New clinics opened"]
    assert set(numbered_headings(lines, range(1, 6))) == {1, 3}


def test_the_years_and_over_right_after_the_people_they_define_are_their_age() -> None:
    assert _claims("It is recommended for people 12 years and over, only if:")["12 years and over"] is not None
    assert _claims("It is recommended for adolescents 16 years and under.")["16 years and under"] is not None
    assert _claims("Staff with 10 years and over of service were counted.")["10 years and over"] is None


# ---- an inspection notice and a monitoring report: standards, conditions, durations that pick ----


def test_a_standard_s_number_and_year_name_it() -> None:
    claims = _claims("个别游泳场所池水尿素指标不符合GB 37488—2019《公共场所卫生指标及限值要求》，涉及12户。")
    assert [text for text, why in claims.items() if why is None] == ["12户"]
    assert all(why is not None for why in _claims("按照WS/T 367-2012执行").values())
    assert all(why is not None for why in _claims("certified to ISO 9001:2015").values())
    assert _claims("Portugal spent USD 4 286 per person")["4 286"] is None  # a currency code is no standard


def test_a_bound_in_a_condition_closed_by_shi_is_no_claim() -> None:
    assert _claims("合并用药品种超过5种时应加强用药监护。")["超过5种"] is not None
    assert _claims("若体温超过38.5℃，应及时就医。")["超过38.5℃"] is not None
    assert _claims("合并用药品种超过5种的患者占12.1%。")["超过5种"] is None  # no condition: a claim


def test_a_bounded_duration_before_the_count_it_picks_is_no_claim() -> None:
    claims = _claims("医疗废物暂存时间超过48小时的9户。")
    assert claims["超过48小时"] is not None and claims["9户"] is None
    assert _claims("平均等待时间超过30天。")["超过30天"] is None


# ---- a bulletin's shortcomings, under a heading of problems and next steps ------------------------

_PROBLEMS = [
    "某市卫生健康委员会关于2025年度无偿献血工作情况的通报",
    "发布日期：2026-02-10",
    "",
    "　　一、总体情况",
    "　　2025年，全市共有9.86万人次参加无偿献血，较上年增长3.1%。",
    "　　二、存在问题和下一步工作",
    "　　当前我市无偿献血工作仍存在一些不足：一是团体献血占比偏低，全市团体献血占比不足两成；二是季节性血液紧张"
    "问题仍然存在，夏季血液库存一度低于5天供应量。2026年，全市力争献血人次达到10.2万以上。",
    "　　2026年，全市承担抽查任务不少于1,550户，对存在问题单位的跟踪复查率要达到100%。",
]


def test_the_shortcomings_a_plan_section_reports_are_achieved(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _PROBLEMS))
    assert facts[(7, 20)]["status"] == "achieved"
    assert facts[(7, 5)]["status"] == "achieved"
    assert facts[(7, 5)]["period"] == 2025
    assert facts[(7, 102_000)]["status"] == "target"  # the goals after them still are
    assert facts[(8, 1550)]["status"] == "target"  # 存在问题单位 names the units, it reports no shortcoming


# ---- a report's duties: rules in force when it is published -----------------------------------------

_DUTIES = [
    "福建省2025年药品不良反应监测年度报告",
    "发布时间：2026-05-22",
    "",
    "　　2025年，全省共收到药品不良反应/事件报告58,736份，较上年增长4.8%。",
    "　　医疗机构发现新的、严重的药品不良反应，应于15日内报告；其他药品不良反应应于30日内报告。",
]


def test_a_duty_a_report_states_is_of_the_year_it_is_published(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _DUTIES))
    assert facts[(5, 15)]["period"] == 2026
    assert facts[(5, 30)]["period"] == 2026
    assert facts[(5, 15)]["status"] == "achieved"
    assert facts[(4, 58_736)]["period"] == 2025  # the report's own figures stay its year's


# ---- a figure in brackets after what a year names is that year's --------------------------------------


def test_a_bracketed_figure_after_what_a_year_names_is_that_year_s(tmp_path: Path) -> None:
    lines = [
        "某省2025年药品不良反应监测年度报告",
        "发布时间：2026-05-22",
        "",
        "　　2025年，严重报告7,466份，占报告总数的12.7%，高于2024年全国平均水平（11.5%）。",
        "The province's rate was 4.6 per 1,000, above the 2024 national average (3.9).",
    ]
    facts = _facts(draft_text(tmp_path, lines))
    assert facts[(4, 11.5)]["period"] == 2024
    assert facts[(4, 12.7)]["period"] == 2025
    assert facts[(5, 3.9)]["period"] == 2024


def test_a_heading_giving_the_reasons_for_recommendations_recommends_nothing() -> None:
    from checks.draft.sections import recommending_sections

    lines = [
        "Recommendations",
        "Audit at least 5% of requisitions each quarter.",
        "Why the committee made these recommendations",
        "Evidence from 2 clinical trials shows that it works.",
        "三、建议的理由",
        "试点医院平均住院日缩短1.2天。",
    ]
    assert recommending_sections(lines, range(1, 7)) == {2}


def test_a_deadline_a_duty_sets_is_a_claim() -> None:
    assert _claims("In Wales, NHS bodies must make it available within 60 days.")["within 60 days"] is None
    assert _claims("Boards are required to respond within 20 days.")["within 20 days"] is None
    assert _claims("Of those disenrolled, 3,418 were re-enrolled within 90 days.")["within 90 days"] is not None


# ---- a country note's table of positions and its survey's exposures ---------------------------------


def test_a_column_headed_by_a_rank_s_word_holds_ordinals() -> None:
    lines = [
        "Indicator\tYear\tPortugal\tOECD average\tPortugal's position (of 38)",
        "Hospital beds per 1 000 population\t2023\t3.5\t4.2\t25",
    ]
    columns = table_columns(lines, range(1, 3))[2]
    assert defining_column(columns, lines[1], lines[1].rindex("25")) is not None
    assert defining_column(columns, lines[1], lines[1].index("3.5")) is None


def test_a_bounded_duration_of_what_people_did_each_day_is_no_claim() -> None:
    line = "Only 1 in 4 adolescents reported at least 60 minutes of moderate-to-vigorous physical activity every day."
    assert _claims(line)["at least 60 minutes"] is not None
    assert _claims("Staff spent at least 60 minutes of each shift on training.")["at least 60 minutes"] is None


def test_an_amount_a_conversion_word_restates_in_another_unit_is_no_figure() -> None:
    claims = _claims("采集全血15.42万单位（折合3084万毫升），较上年增长2.6%。")
    assert claims["15.42万"] is None and claims["3084万毫升"] is not None
    assert (
        _claims("Output was 2.1 million tonnes (equivalent to 4.6 billion pounds).")["4.6 billion pounds"] is not None
    )
    assert _claims("共有3家（相当于全省的12%）。")["12%"] is None  # a share of another whole: a claim


def test_a_ratio_s_base_of_one_is_no_figure() -> None:
    claims = _claims("2025年报告中，男女患者比为0.93∶1，女性患者略多。")
    assert claims == {"0.93∶1": None}  # the reader reads the ratio once: its base of one is no figure
    assert _claims("医护比达到1∶1.6。") == {"1∶1.6": None}
