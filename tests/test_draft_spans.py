"""Round 14's rules (sets 16 and 17), each on the structure around a figure: a plan's indicator table
whose rows continue a field with an empty first cell and whose base-year column stands beside a
target-year column, a section of a plan that reviews a span of time over, a title that names a
span of pooled years, and a standfirst between a title and its date. Each has a failing and a
passing case."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from checks.draft.budgets import budget_year
from checks.draft.build import Context, draft_lines
from checks.draft.carried import title_year
from checks.draft.dates import is_dateline
from checks.draft.header_years import HeaderYear, column_years
from checks.draft.plans import is_plan
from checks.draft.sections import review_sections
from checks.draft.source import dated_head, guess_source
from checks.draft.tables import cells
from checks.draft.years import article_years, years_in
from checks.numbers import read_quantities
from schemas.regions import load_regions

PROJECT = Path(__file__).resolve().parents[1]
UNITS: dict[str, Any] = yaml.safe_load((PROJECT / "schemas" / "units.yaml").read_text(encoding="utf-8"))
REGIONS = load_regions(PROJECT)


def _draft(lines: list[str], published: date, plan: bool = False) -> list[tuple[int, float, str, int]]:
    context = Context(plan, article_years(lines, published), UNITS, {})
    drafted = draft_lines(lines, range(1, len(lines) + 1), context)
    return [(f.line, f.value, f.status, f.period) for f in drafted.facts]


INDICATORS = [
    "领域\t序号\t主要指标\t2025年基期值\t2030年目标值\t属性",
    "健康水平\t1\t人均预期寿命（岁）\t79.6\t80.5\t预期性",
    "\t2\t婴儿死亡率（‰）\t3.12\t≤3.5\t预期性",
    "\t3\t居民健康素养水平（%）\t31.5\t≥38\t预期性",
]


def test_a_row_opening_with_a_tab_keeps_its_empty_first_cell() -> None:
    assert cells(INDICATORS[2])[:3] == ["", "2", "婴儿死亡率（‰）"]
    assert cells("2\t婴儿死亡率\t3.12") == ["2", "婴儿死亡率", "3.12"]  # no tab before it: no empty cell
    years = column_years(INDICATORS, range(1, 5))
    assert years[3][3] == HeaderYear(2025, base=True)  # the row continuing a field is dated like the first
    assert years[3][4] == HeaderYear(2030, target=True)


def test_a_base_year_column_beside_a_target_column_is_achieved_even_in_a_plan() -> None:
    facts = _draft(INDICATORS, date(2026, 7, 21), plan=True)
    assert (3, 3.12, "achieved", 2025) in facts
    assert (3, 3.5, "target", 2030) in facts
    assert [v for line, v, _, _ in facts if line == 3] == [3.12, 3.5]  # the row number 2 is no figure
    # without a target column beside it, a year column of a plan keeps the plan's reading
    alone = ["指标\t2025年\t2030年", "人均预期寿命（岁）\t79.6\t80.5"]
    assert column_years(alone, range(1, 3)) == {2: [None, HeaderYear(2025), HeaderYear(2030)]}


REVIEW = [
    "第一章　发展基础",
    "　　“十四五”时期，全县卫生健康事业取得显著成效。",
    "　　——人才队伍不断壮大。全县卫生技术人员达到3528人。",
    "第三章　发展目标",
    "　　全县卫生技术人员达到4000人。",
]


def test_a_plans_section_opening_on_a_span_over_reviews_it() -> None:
    assert review_sections(REVIEW, range(1, 6), 2026) == {2: 2025, 3: 2025}
    facts = _draft(REVIEW, date(2026, 7, 21), plan=True)
    assert (3, 3528, "achieved", 2025) in facts
    assert (5, 4000, "target", 2026) in facts  # the goals' section is the plan's
    # a single date (the base of the goals below it) or a running total's start opens no review
    based = ["一、工作目标", "截至2024年底，全省共有乡镇卫生院2156个。", "到2027年，力争80%以上达标。"]
    assert review_sections(based, range(1, 4), 2025) == {}
    since = ["二、主要成效", "中医药法自2017年7月1日施行以来，成效明显。"]
    assert review_sections(since, range(1, 3), 2026) == {}
    # a span not over yet reviews nothing
    assert review_sections(["一、目标", "2026—2030年，全县…", "达到4000人。"], range(1, 4), 2026) == {}


def test_a_title_naming_a_span_of_pooled_years_dates_its_achievements_by_the_last() -> None:
    assert title_year("Health state life expectancies in England and Wales: between 2022 and 2024", 2026) == 2024
    assert title_year("某县2021—2025年卫生健康事业发展情况", 2026) == 2025
    assert title_year("Health state life expectancies: between 2025 and 2027", 2026) is None  # not over
    assert title_year("Deaths in 1990 and 2024 compared", 2026) is None  # two years 34 apart: no pooled span
    assert not is_plan("Health state life expectancies in England and Wales: between 2022 and 2024")


def test_a_standfirst_between_a_title_and_its_date_is_passed_over() -> None:
    head = [
        "Statistical bulletin",
        "Health state life expectancies in England and Wales: between 2022 and 2024",
        "Life expectancy and healthy life expectancy at birth and at age 65 years, by sex, for England and Wales.",
        "Release date: 25 November 2026\tNext release: To be announced",
        "Healthy life expectancy at birth in England was 61.2 years for males, a decrease of 0.7 years.",
    ]
    found = dated_head(head)
    assert found is not None and found.title == 2
    # two sentences between are no standfirst: the article itself stands above the date
    prose = [*head[:2], head[2] + " It fell again. It fell for the third time.", *head[3:]]
    found = dated_head(prose)
    assert found is None or found.title != 2


def test_a_year_right_before_another_figure_is_that_figures_not_the_next() -> None:
    line = "“十四五”期间，全市医养结合机构由2020年的21家增加到46家。"
    facts = _draft([line], date(2026, 2, 11))
    assert [(v, p) for _, v, _, p in facts] == [(21, 2020), (46, 2025)]  # 46: the plan's last year
    # a year of its own clause, before a month, still dates the figure
    assert _draft(["2024年9月全市共有医院46家。"], date(2026, 2, 11))[0][3] == 2024


def test_a_clause_that_is_only_a_date_dates_what_follows_it_in_the_sentence() -> None:
    line = "2023年我市启动长期护理保险试点，截至2025年6月底，累计参保386.5万人，基金支付2.15亿元。"
    assert [p for _, _, _, p in _draft([line], date(2026, 2, 11))] == [2025, 2025]
    # a clause with a figure of its own (2020年为18家) is no date clause: the sentence's year stands
    other = "2024年，全市共有医院23家，2020年为18家，床位500张。"
    assert [(v, p) for _, v, _, p in _draft([other], date(2026, 2, 11))] == [(23, 2024), (18, 2020), (500, 2024)]


def test_a_line_of_a_documents_fields_is_furniture() -> None:
    page = [
        "宜宾市政协网",
        "关于加快推进我市医养结合服务高质量发展的提案",
        "发布时间：2026-02-11 10:25　　来源：市政协提案委员会",
        "提案号：第0087号　　提案人：王晓梅（市政协委员）　　界别：医药卫生界　　提交时间：2026年1月6日",
        "一、基本情况",
        "我市人口老龄化程度较深、发展较快，截至2024年底，全市60岁及以上户籍老年人口101.3万人，老龄化率22.1%。",
    ]
    assert guess_source(page, REGIONS).body[0] == 5
    # one field alone (案由：…) or a sentence with a colon is no line of fields
    assert guess_source([*page[:3], "案由：关于医养结合的提案", *page[4:]], REGIONS).body[0] == 5


def _ignored(lines: list[str], published: date) -> list[str]:
    context = Context(False, article_years(lines, published), UNITS, {})
    return [i["text"] for i in draft_lines(lines, range(1, len(lines) + 1), context).ignores]


def test_a_weeks_number_names_a_time_not_a_count() -> None:
    line = "In week 15, 18 cases were confirmed; cumulatively from week 1 to week 15, 167 deaths were reported."
    assert [v for _, v, _, _ in _draft([line], date(2026, 4, 20))] == [18, 167]
    assert (
        _draft(["Up to ME 32/2026, 71.4 per cent of the deaths involved late treatment."], date(2026, 8, 13))[0][1]
        == 71.4
    )
    # a duration counted in weeks is a figure: the number stands before the word
    assert [v for _, v, _, _ in _draft(["Patients waited 18 weeks for surgery."], date(2026, 4, 20))] == [18]


def test_a_year_opening_a_table_rows_first_cell_labels_the_row() -> None:
    table = ["Reporting period\tSuspected cases\tDeaths", "2026 cumulative (weeks 1-15)\t6,874\t167"]
    assert [v for _, v, _, _ in _draft(table, date(2026, 4, 20))] == [6874, 167]
    counts = ["Beds\tDoctors", "2150\t310"]  # a first cell that is no year keeps its figure
    assert [v for _, v, _, _ in _draft(counts, date(2026, 4, 20))] == [2150, 310]


def test_a_count_in_brackets_after_a_name_is_read_and_a_reference_mark_is_not_a_claim() -> None:
    line = "The hotspots are in Selangor (52 localities), Kuala Lumpur and Putrajaya (14), Sabah (8) and Perak (2)."
    assert [v for _, v, _, _ in _draft([line], date(2026, 8, 13))] == [52, 14, 8, 2]
    assert [q.value for q in read_quantities("Putrajaya (14), Sabah (8).")] == [14, 8]
    assert read_quantities("主要做法：(1)加强监管") == []  # a list marker stays one
    source = "Diabetes and high blood pressure are its two main causes (1). Rates rose to 19.5 per 100 000 (2)."
    assert _ignored([source], date(2026, 3, 14))[-2:] == ["1)", "2"]  # the shortest unique text of each
    assert _ignored(["The guideline (2023 edition) applies."], date(2026, 3, 14)) == ["2023"]


def test_a_change_on_a_period_is_measured_on_it_and_a_span_after_a_lone_from_figure_is_its_own() -> None:
    line = "Life expectancy was 79.1 years, an increase of 0.3 years on 2019 to 2021."
    assert [p for _, _, _, p in _draft(["Figures for 2024.", line], date(2026, 11, 25))][-2:] == [2024, 2024]
    assert [y.value for y in years_in("up 3% on 2019")] == []
    assert [y.value for y in years_in("opened on 2019's first day")] == [2019]  # no figure before 'on'
    lone = "HLE was 61.2 years, down from 61.9 years between 2019 and 2021."
    assert [p for _, _, _, p in _draft([lone], date(2026, 11, 25))][-1] == 2021  # the pooled span's end
    change = "Deaths fell from 381 to 299 between 2019 and 2024."
    assert [p for _, _, _, p in _draft([change], date(2026, 11, 25))] == [2019, 2024]  # the change's span


def test_a_section_of_recommendations_asks_for_targets_of_the_year_it_is_made() -> None:
    audit = [
        "Findings",
        "Shared Health audited 2% of requisitions.",
        "Recommendations",
        "- audit at least 5% of requisitions each quarter;",
        "- hire 25 technologists in 2027/28.",
    ]
    facts = _draft(audit, date(2026, 11, 19))
    assert (2, 2, "achieved", 2026) in facts  # the findings report what was done
    assert (4, 5, "target", 2026) in facts  # no due year: the year the recommendation is made
    assert (5, 25, "target", 2028) in facts
    proposal = ["三、建议", "市级财政每年安排专项资金不少于2000万元。"]
    assert _draft(proposal, date(2026, 2, 11))[0][2:] == ("target", 2026)
    # the same sentence under a heading that reports is achieved
    assert _draft(["二、存在的问题", "市级财政每年安排专项资金不少于2000万元。"], date(2026, 2, 11))[0][2] == "achieved"


def test_a_table_row_is_no_headline_and_its_cells_count_no_list() -> None:
    page = [
        "2025年，本机关办理行政许可614件，行政处罚117件。",
        "信息内容\t本年处理决定数量",
        "行政许可\t614",
        "信息内容\t本年新收\t上年结转",
        "二、上年结转政府信息公开申请数量\t2\t0",
    ]
    facts = _draft(page, date(2026, 1, 22))
    assert [(line, v) for line, v, _, _ in facts if line > 1] == [(3, 614), (5, 2), (5, 0)]
    # a short line of text that restates a paragraph's figures is still a headline
    headline = ["2025年，本机关办理行政许可614件，行政处罚117件。", "行政许可614件 处罚117件"]
    assert [line for line, _, _, _ in _draft(headline, date(2026, 1, 22))] == [1, 1]


def test_a_year_of_the_same_period_after_another_figure_and_a_laws_year_date_no_later_figure() -> None:
    line = (
        "Cases up to ME 32/2026 were 71,893, compared with 98,412 cases in the same period of 2025, "
        "a decrease of 26,519 cases (26.9%)."
    )
    assert [(v, p) for _, v, _, p in _draft([line], date(2026, 8, 13))] == [
        (71893, 2026),
        (98412, 2025),
        (26519, 2026),
        (26.9, 2026),
    ]
    law = "A total of 1,214 compounds were issued under the Destruction of Disease-Bearing Insects Act 1975."
    assert _draft([law], date(2026, 8, 13))[0][3] == 2026
    assert years_in("the Insects Act 1975") == []  # a law's name: no due year, nor a year reported
    # nor the due year of a target that prints none: the year of publication (not the Act's, the only other year)
    lines = [
        "In 6 of the 9 areas no concerns were found, because at least 3 other operators would remain.",
        "2. The panel is appointed under Schedule 4 to the Enterprise and Regulatory Reform Act 2013.",
    ]
    assert [(v, p) for _, v, _, p in _draft(lines, date(2026, 6, 17)) if v == 3] == [(3, 2026)]


def test_a_bound_that_defines_the_people_of_any_plural_noun_counted_is_no_claim() -> None:
    line = "Enrollees with incomes up to 150% of poverty paid nothing, and 14% dropped coverage."
    assert [v for _, v, _, _ in _draft([line], date(2026, 10, 14))] == [14]
    ranged = "For those with incomes between 100% and 150% of poverty, the payment rose to $37 a month."
    assert [v for _, v, _, _ in _draft([ranged], date(2026, 10, 14))] == [37]
    # what the people do is the claim: a bound after a verb of paying
    paid = "Enrollees with chronic conditions paid no more than 8.5% of income."
    assert [v for _, v, _, _ in _draft([paid], date(2026, 10, 14))] == [8.5]


def test_jiang_that_puts_its_object_first_and_an_assessment_by_targets_are_no_target_cues() -> None:
    line = "将政务公开工作纳入委机关科室年度目标考核，分值占比5%；组织专题培训2次。"
    assert [s for _, _, s, _ in _draft([line], date(2026, 1, 22))] == ["achieved", "achieved"]
    assert _draft(["明年将新建卫生院3所。"], date(2026, 1, 22))[0][2] == "target"  # 将 as will
    assert _draft(["一年要转出去将近4000个病人。"], date(2026, 1, 22))[0][2] == "achieved"  # 将近: nearly


def test_results_that_take_effect_in_a_later_year_bring_the_rules_after_them_in_their_paragraph() -> None:
    line = "中选结果预计于2027年1月在联盟地区落地执行，采购周期为3年。执行期间，预付比例不低于年度约定采购金额的30%。"
    assert [(s, p) for _, _, s, p in _draft([line], date(2026, 9, 18))] == [("target", 2027), ("target", 2027)]
    # the same rules before the statement, or with an effect date already past, are as they were
    past = "中选结果于2025年1月落地执行，采购周期为3年。"
    assert _draft([past], date(2026, 9, 18))[0][2] == "achieved"
    # 拟中选 names the result announced: no plan
    assert _draft(["最终168家企业的246个产品拟中选，拟中选率为78.8%。"], date(2026, 9, 18))[-1][2] == "achieved"


def test_a_dateline_with_short_weekdays_and_a_last_update_and_a_budget_for_a_fiscal_year() -> None:
    assert is_dateline("Tue Jun 9, 2026 08:00 PM | Last update on: Tue Jun 9, 2026 08:14 PM")
    assert not is_dateline("Tue Jun 9, 2026: the minister tabled the health budget in Parliament today")
    assert budget_year(["The proposed budget for FY2026-27 allocates Tk 45,230 crore to health."], 2026) == 2027
    assert budget_year(["The budget for FY2023-24 was revised."], 2026) is None  # a budget over


def test_the_bi_of_a_share_compares_nothing() -> None:
    line = "三、四级手术占比去年达到48.7%，比前年提高了5.2个百分点。"
    assert [p for _, _, _, p in _draft([line], date(2026, 3, 18))] == [2025, 2025]
    # 比去年 still names the year compared with: the figure is now's
    assert _draft(["门诊量比去年增长12%。"], date(2026, 3, 18))[0][3] == 2026


def test_a_list_items_first_word_opens_it_and_names_nothing() -> None:
    item = "• Train 350 additional clinicians in case management before the end of May 2026."
    assert [v for _, v, _, _ in _draft([item], date(2026, 4, 20))] == [350]
    assert [v for _, v, _, _ in _draft(["- Hire 25 technologists."], date(2026, 4, 20))] == [25]
    # mid-sentence, a capitalised word before a bare number still names a thing
    assert _ignored(["The motion was carried by Ward 12 councillors."], date(2026, 4, 20)) == ["12"]
