"""Round 23's rules, from the kinds of text the twenty-seventh held-out set brought (a county's elderly
care and medical integration notice, a city's hypertension and diabetes management notice, a hospital's
patient satisfaction survey, a state maternal mortality review, a province's registry update, a GP patient
survey release): each has its failing and passing cases, written for this file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checks.draft.header_years import HeaderYear, column_years
from checks.draft.ignores import non_claim
from checks.numbers import read_quantities
from tests.draft_checks import facts_by_place as _facts
from tests.draft_measure import draft_text


def _claims(line: str) -> list[str]:
    """The texts of ``line``'s readings that may be claims (no reason to ignore them)."""
    found = read_quantities(line)
    return [q.text for q in found if non_claim(line, q, found) is None]


def _ignored(line: str) -> list[str]:
    found = read_quantities(line)
    return [q.text for q in found if non_claim(line, q, found) is not None]


# ---- a table header of years among words -----------------------------------------------------------


def test_a_header_of_year_cells_among_words_dates_its_columns() -> None:
    rows = ["Measure\t2024\t2025\tChange 2024 to 2025 (pp)", "Seen on the day\t41.2\t43.0\t+1.8"]
    assert column_years(rows, range(1, 3), now=2026)[2] == [None, HeaderYear(2024), HeaderYear(2025), None]
    # a bare figure that is no year makes the row data, not a header
    data = ["Seen on the day\t2024\t41.2\t+1.8", "Booked ahead\t2025\t43.0\t-0.4"]
    assert 2 not in column_years(data, range(1, 3), now=2026)


_SURVEY = [
    "Patient Survey 2026: results",
    "Published 9 July 2026",
    "",
    "The 2026 survey was answered by 81,200 patients, and 70.4% rated their dentist as good.",
    "Table 1: Selected measures (%)",
    "Measure\t2024\t2025\t2026\tChange 2025 to 2026 (pp)",
    "Good overall experience\t66.1\t68.9\t70.4\t+1.5",
]


def test_a_table_s_year_columns_date_their_cells(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _SURVEY))
    assert facts[(7, 66.1)]["period"] == 2024
    assert facts[(7, 68.9)]["period"] == 2025
    assert facts[(7, 70.4)]["period"] == 2026
    assert facts[(7, 1.5)]["period"] == 2026  # the change column names two years: the year's own


# ---- a month's abbreviation before its day ends no sentence ---------------------------------------

_WAITING = [
    "Clinic Registry update",
    "Thursday, November 5, 2026",
    "",
    "The number waiting has fallen to 87,400, down from 99,310 on Oct. 31, 2025. The registry matched 9,120 people.",
]


def test_a_month_s_abbreviation_keeps_its_date_with_the_figure(tmp_path: Path) -> None:
    from checks.draft.text import sentence_bounds

    line = _WAITING[3]
    assert sentence_bounds(line, line.index("99,310"))[1] > line.index("2025")
    assert sentence_bounds(line, line.index("9,120"))[0] > line.index("2025")  # a full stop still ends one
    facts = _facts(draft_text(tmp_path, _WAITING))
    assert facts[(4, 99_310)]["period"] == 2025


# ---- since when, after the figure ---------------------------------------------------------------

_SINCE = [
    "Primary care update",
    "Thursday, November 5, 2026",
    "",
    "Since the payment model began in February 2023, 846 family doctors have started practising. "
    "Another 114 nurse practitioners have joined primary care since April 2024.",
    "As of 2023, life expectancy has increased to 78.6 years, a rise of over three years since 2012.",
]


def test_since_a_date_after_the_figure_makes_a_running_total_of_now(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _SINCE))
    assert facts[(4, 114)]["period"] == 2026  # not 2023, the year printed earlier on its line
    assert facts[(5, 3)]["period"] == 2023  # a year opening its sentence dates it


# ---- a budget of one fiscal year, and its parts ----------------------------------------------------

_BUDGET = [
    "Maternal Health Review: report",
    "Published September 17, 2026",
    "",
    "The review found 31 deaths were preventable.",
    "Funding: the state's fiscal year 2027 budget provides $3.1 million for the review, of which $0.9 million "
    "will go to doula services.",
]

_NAMED_BUDGET = [
    "Registry news release",
    "Thursday, November 5, 2026",
    "",
    "The registry matched 9,120 people this year.",
    "Budget 2026 committed $0.8 billion to primary care, including $96 million in 2026/27 for matching teams.",
]


def test_a_budget_of_one_fiscal_year_makes_its_allocations(tmp_path: Path) -> None:
    from checks.draft.budgets import budget_year

    assert budget_year(["the fiscal year 2027 budget provides $3.1 million"], 2026) == 2027
    assert budget_year(["the FY2027 budget"], 2026) == 2027
    assert budget_year(["Budget 2026 committed $0.8 billion", "$96 million in 2026/27"], 2026) == 2027
    assert budget_year(["Budget 2026 committed $0.8 billion"], 2026) == 2026
    assert budget_year(["the fiscal year 2025 budget"], 2026) is None  # over
    facts = _facts(draft_text(tmp_path, _BUDGET))
    assert (facts[(5, 3_100_000)]["status"], facts[(5, 3_100_000)]["period"]) == ("achieved", 2027)
    assert (facts[(5, 900_000)]["status"], facts[(5, 900_000)]["period"]) == ("achieved", 2027)


def test_a_named_budget_s_commitments_are_of_its_fiscal_year(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _NAMED_BUDGET))
    assert (facts[(5, 800_000_000)]["status"], facts[(5, 800_000_000)]["period"]) == ("achieved", 2027)
    assert (facts[(5, 96_000_000)]["status"], facts[(5, 96_000_000)]["period"]) == ("achieved", 2027)


# ---- a heading that joins recommendations to another matter; a run-in label ----------------------

_JOINED = [
    "Findings and recommendations",
    "The panel identified 142 contributing factors, an average of 4.1 per death.",
    "Among its 12 recommendations, the panel asks the state to:",
    "1. Screen at least 80% of patients for depression;",
    "About the data: Deaths are reviewed two years after they occur.",
]


def test_a_joined_heading_recommends_from_the_line_that_names_them_again() -> None:
    from checks.draft.sections import recommending_sections

    assert recommending_sections(_JOINED, range(1, 6)) == {4}
    # a heading of recommendations alone, or of two kinds of them, recommends throughout, up to a run-in label
    alone = ["Recommendations", "The panel asks for 80% screening.", "Note: 3 members dissented."]
    assert recommending_sections(alone, range(1, 4)) == {2}
    both = ["四、意见和建议", "（一）每年培养医学生不少于100名。"]
    assert recommending_sections(both, range(1, 3)) == {2}
    # a line that recommends begins them too; a label naming what is planned goes on with them
    should = ["Conclusions and recommendations", "Waits fell by 9%.", "The service should recruit 20 nurses."]
    assert recommending_sections(should, range(1, 4)) == {3}


def test_a_run_in_label_ends_a_plan_s_section_unless_it_names_what_is_planned() -> None:
    from checks.draft.sections import plan_sections

    lines = ["Looking ahead", "We will open 3 clinics.", "Target: 85% of calls answered.", "Funding: £2m was spent."]
    assert plan_sections(lines, range(1, 5)) == {2, 3}


# ---- a lead-in for a year to come ---------------------------------------------------------------


def test_a_lead_in_for_a_year_to_come_dates_its_list() -> None:
    from checks.draft.carried import carried_due_years

    lines = ["The committee calls on the state, for 2027, to:", "1. Extend home visits to at least 12 months;"]
    assert carried_due_years(lines, range(1, 3), 2026)[2].year == 2027
    highlights = ["Highlights for 2026:", "1. We opened 3 clinics;"]
    assert 2 not in carried_due_years(highlights, range(1, 3), 2026)  # a year under way lists what was done


def test_a_lead_in_of_changes_from_a_day_of_a_year_to_come_dates_its_list(tmp_path: Path) -> None:
    """Changes listed under `for plan years beginning on or after January 1, 2027:` (or `effective 1 July 2027:`) are
    targets of 2027; a day of the year under way dates no list (changes in force already)."""
    from checks.draft.carried import carried_due_years

    item = "1. Cap administrative fees at no more than $3.50 per claim;"
    lead = "The Division recommends the following changes for plan years beginning on or after January 1, 2027:"
    assert carried_due_years([lead, item], range(1, 3), 2026)[2].year == 2027
    assert carried_due_years(["These rules apply effective 1 July 2027:", item], range(1, 3), 2026)[2].year == 2027
    under_way = "The following changes took effect beginning on or after January 1, 2026:"
    assert 2 not in carried_due_years([under_way, item], range(1, 3), 2026)
    text = [
        "Iowa Insurance Division: PBM transparency report",
        "Published January 15, 2026",
        "",
        "PBMs reported 3,318 appeals in 2024.",
        lead,
        "1. Cap administrative fees at no more than $3.50 per claim.",
        "2. Raise the late-filing penalty to $1,000 a day, up to a maximum of $25,000 per filing.",
    ]
    facts = _facts(draft_text(tmp_path, text))
    for place in ((6, 3.5), (7, 1000), (7, 25000)):
        assert (facts[place]["status"], facts[place]["period"]) == ("target", 2027)


# ---- the current level is now's --------------------------------------------------------------------

_CURRENT = [
    "Maternal Deaths in Eastshire, 2023: Report",
    "Published September 17, 2026",
    "",
    "The review found 31 deaths were preventable.",
    "The committee asks the state to extend home visits, up from the current 6 months, and to screen more women.",
    "Costs are counted at current prices of 4 dollars a visit.",
]


def test_the_current_level_is_of_publication(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _CURRENT))
    assert facts[(5, 6)]["period"] == 2026
    assert facts[(4, 31)]["period"] == 2023  # the title's year
    assert facts[(6, 4)]["period"] == 2023  # current prices name a measure, no time


# ---- what measures, rounds or defines figures --------------------------------------------------


def test_a_significance_level_and_a_rounding_step_are_no_claims() -> None:
    assert _claims("Changes are statistically significant at the 95% level unless stated otherwise.") == []
    assert _claims("We used a significance level of 5% throughout.") == []
    assert _claims("Figures are provisional and rounded to the nearest 10.") == []
    assert _claims("Percentages may not total 100 because of rounding.") == []
    assert _claims("The 95% of patients who were seen rounded off the year.") == ["95%"]


def test_twenty_four_hours_a_day_is_a_schedule() -> None:
    assert _claims("Call the line seven days a week, 24 hours a day.") == []
    assert _claims("Nurses worked 12 hours a day on average.") == ["12 hours"]


def test_a_bound_right_after_with_picks_who_is_counted() -> None:
    assert _ignored("Results ranged from 31% to 99% among the 6,120 practices with at least 100 responses.") == [
        "at least 100"
    ]
    assert _ignored("People over 75 or with two or more chronic conditions are prioritised.")[-1] == "two or more"
    assert "at least 100" not in _ignored("The hospital treated at least 100 patients with flu.")


def test_one_or_more_after_meaning_says_what_a_word_means() -> None:
    line = "Of these, 30 were preventable, meaning the death could have been averted by one or more changes."
    assert "one or more" in _ignored(line)
    assert "more than a fifth" in _claims(
        "Healthy life is 58 years, meaning that residents spend more than a fifth of life ill."
    )


def test_a_year_that_names_an_edition_or_a_start_is_no_count() -> None:
    assert _claims("Because of the redesign, 2026 results can be compared only with 2023 onwards.") == []
    assert _claims("There were 2026 survey respondents.") == ["2026"]


def test_a_total_row_s_hundred_per_cent_is_the_whole() -> None:
    assert _claims("Total\t41\t100%") == ["41"]
    assert _claims("Mental health\t12\t100%") == ["12", "100%"]


def test_a_count_named_again_as_the_whole_is_no_figure() -> None:
    assert _claims("Of the 26 deaths, 11 of those 26 occurred late.") == ["26", "11"]
    assert _claims("Of those 75.7% were seen on time.") == ["75.7%"]


def test_a_window_of_time_after_an_event_picks_what_is_counted() -> None:
    assert _claims("Most deaths (63%) occurred between 7 days and one year after the end of pregnancy.") == ["63%"]
    assert _claims("Then 26 died between 7 and 365 days postpartum.") == ["26"]
    assert _claims("Of these, 11 occurred 43 days or more after the birth.") == ["11"]
    # a rule's time after an event, and a range of how long something takes, are claims
    assert _claims("Extend home visits to at least 12 months after delivery.") == ["at least 12 months"]


# ---- Chinese notices: counts of the items named, bounds that pick, runs and frequencies ------------


def test_a_count_whose_items_figures_follow_respectively_is_no_figure() -> None:
    line = "四项指标较一季度分别提高1.6、0.9、2.2和1.4个百分点。"
    assert _claims(line) == ["1.6", "0.9", "2.2", "1.4个百分点"]
    assert "3项" in _claims("全年完成3项改革，分别提高1.6、0.9个百分点。")  # two figures follow, not three


def test_a_small_count_that_opens_a_list_is_no_figure() -> None:
    assert _claims("本季度有3个调查条目得分低于85分，具体如下：") == []
    assert _claims("本季度共受理投诉47件，具体如下：") == ["47件"]  # a count of what is reported, not a list's


def test_a_bound_before_the_units_it_picks_is_no_claim() -> None:
    assert _claims("规范管理率低于60%的地区要在9月30日前制定整改方案。") == []
    assert _claims("四、低于85分的条目") == []
    assert _claims("力争80%以上的乡镇卫生院达到服务能力基本标准。") == ["80%以上"]  # a share of them
    assert _claims("全市仍有4个县（市、区）和功能区管理人群血糖控制率低于50%。") == ["4个"]


def test_runs_frequencies_and_a_ranking_s_tail_are_no_claims() -> None:
    assert _claims("县卫生健康局将每季度通报一次工作进展，对连续两个季度排名后3位的乡镇进行约谈。") == []
    assert _claims("全年共通报2次。") == ["2次"]


def test_a_term_and_its_meaning_are_no_claims() -> None:
    assert _claims("注：规范管理指按照规范要求每年提供不少于4次面对面随访。") == []
    assert _claims("省卫健委指出，全年随访不少于4次。") == ["不少于4次"]


# ---- a target measured against, with its due year and value before 目标 ---------------------------

_AGAINST = [
    "某县医养结合工作进展情况通报",
    "发布日期：2026-10-21",
    "",
    "　　一、总体进展",
    "　　护理型床位占比偏低，仅为41.3%，低于到2027年达到55%的省定目标。",
    "　　门诊、住院满意度均达到医院设定的不低于90分的年度目标。",
]


def test_a_target_measured_against_may_print_its_year_and_value(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _AGAINST))
    assert facts[(5, 41.3)]["status"] == "achieved"
    assert (facts[(5, 55)]["status"], facts[(5, 55)]["period"]) == ("target", 2027)
    assert facts[(6, 90)]["status"] == "target"  # the target's own value


# ---- what starts in a later month; a rule stated in force -----------------------------------------

_LATER = [
    "某医院2026年第三季度患者满意度调查结果公示",
    "发布时间：2026-10-15",
    "",
    "　　本季度门诊患者总体满意度为91.36分。",
    "　　（三）由营养科牵头，自11月起每周更新住院患者菜单，提供不少于20种可选菜品。",
    "　　（四）自3月起，食堂提供了12种菜品。",
]


def test_what_starts_in_a_month_after_publication_is_a_target(tmp_path: Path) -> None:
    from checks.draft.months import starts_later

    assert starts_later("自11月起每周更新菜单", date(2026, 10, 15)) == (2026, "自11月起")
    assert starts_later("starting in November, the clinic opens", date(2026, 10, 15)) is not None
    assert starts_later("自3月起提供", date(2026, 10, 15)) is None  # under way
    facts = _facts(draft_text(tmp_path, _LATER))
    assert (facts[(5, 20)]["status"], facts[(5, 20)]["period"]) == ("target", 2026)
    assert facts[(6, 12)]["status"] == "achieved"


_STANDARD = [
    "某市高血压糖尿病患者管理情况通报",
    "发布时间：2026年07月28日",
    "",
    "　　一、总体情况",
    "　　全市高血压患者规范管理率为68.3%。",
    "　　二、下一步工作要求",
    "　　（一）2026年人均基本公共卫生服务经费补助标准为94元，各地不得挤占挪用。",
    "　　（二）年内每个乡镇卫生院配备2名慢病管理专员。",
]


def test_a_plan_s_parameter_stated_as_it_is_is_in_force(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _STANDARD))
    assert (facts[(7, 94)]["status"], facts[(7, 94)]["period"]) == ("achieved", 2026)
    assert facts[(8, 2)]["status"] == "target"


# ---- a footer of fields with a street address and ZIP code ends the page --------------------------

_FOOTER = [
    "Eastshire Department of Health",
    "Maternal deaths report",
    "Published September 17, 2026",
    "",
    "The committee reviewed all 118 deaths of residents in 2023, and found 41 were related to pregnancy.",
    "Download the report (PDF, 2.1 MB)",
    "Eastshire Department of Health | 246 N. High St., Columbus, OH 43215 | 614-466-3543",
    "Privacy | Accessibility",
]


def test_a_footer_with_a_street_address_and_zip_code_ends_the_body(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _FOOTER)
    assert drafted["source"]["body"]["last"] == 6
    assert not [f for f in drafted["facts"] if f["line"] == 7]
