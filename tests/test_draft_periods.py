"""Round 15's period rules (set 18): where a figure's year comes from when a report names the year it
reports — its title (a department's final accounts of 2025, published in 2026: 本年 is 2025), a table's
caption (`Table 2: …, pooled 2021–23`) — and a span of years whose end is printed in two digits after
an en dash (`(2021–23)`). Each has a failing and a passing case."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from checks.draft.build import Context, draft_lines
from checks.draft.carried import title_year
from checks.draft.cues import TARGET
from checks.draft.guesses import Guess
from checks.draft.policy import effective_after, rules_guess
from checks.draft.sambat import common_era, sambat_from
from checks.draft.sections import captioned_tables
from checks.draft.text import clause_bounds
from checks.draft.years import article_years, years_in
from tests.draft_measure import draft_text

PROJECT = Path(__file__).resolve().parents[1]
UNITS: dict[str, Any] = yaml.safe_load((PROJECT / "schemas" / "units.yaml").read_text(encoding="utf-8"))


def _periods(lines: list[str], published: date, title: str = "") -> list[tuple[int, float, int]]:
    years = article_years(lines, published)
    context = Context(False, years, UNITS, {}, title_year=title_year(title, years.now))
    drafted = draft_lines(lines, range(1, len(lines) + 1), context)
    return [(f.line, f.value, f.period) for f in drafted.facts]


ACCOUNTS = ["　　本年收入合计35,902.64万元，其中：财政拨款收入21,485.30万元，占59.84%。"]


def test_a_reports_own_word_for_its_year_is_the_year_its_title_names() -> None:
    # 桐庐县卫生健康局2025年度部门决算, published in August 2026: 本年 is the year reported, 2025.
    found = _periods(ACCOUNTS, date(2026, 8, 28), "桐庐县卫生健康局2025年度部门决算")
    assert {period for _, _, period in found} == {2025}
    # a page whose title names no year: 本年 is the year it is published in
    found = _periods(ACCOUNTS, date(2026, 8, 28), "桐庐县卫生健康局部门决算")
    assert {period for _, _, period in found} == {2026}


def test_last_year_in_a_report_of_its_year_stays_the_year_it_was_before() -> None:
    # 上年结转2件 counts what was carried into the year reported: not moved back a year by the title.
    lines = ["　　全年新收政府信息公开申请47件，上年结转2件，办结46件。"]
    found = _periods(lines, date(2026, 1, 22), "某市卫生健康委员会2025年政府信息公开工作年度报告")
    assert (1, 2, 2025) in found


TABLE = [
    "Table 2: Selected indicators for the most and least deprived wards, pooled 2021–23",
    "Indicator\tColdhurst\tSaddleworth South\tOldham",
    "Infant mortality (per 1,000 live births)\t6.8\t2.1\t5.2",
]


def test_a_tables_caption_naming_one_year_dates_its_rows() -> None:
    found = _periods(["Oldham had 242,000 residents in 2025.", *TABLE], date(2026, 10, 14))
    assert [period for line, _, period in found if line == 4] == [2023, 2023, 2023]


def test_a_sentence_or_a_caption_of_no_year_above_a_table_dates_nothing() -> None:
    uncaptioned = ["Table 2: Selected indicators for the most and least deprived wards", *TABLE[1:]]
    assert {period for line, _, period in _periods(uncaptioned, date(2026, 10, 14)) if line == 3} == {2026}
    sentence = ["The table below compares the wards with the borough in 2021.", *TABLE[1:]]
    assert captioned_tables(sentence, range(1, 4), 2026) == {}
    assert captioned_tables(TABLE, range(1, 4), 2026) == {2: 2023, 3: 2023}
    assert captioned_tables(TABLE, range(1, 4), 2023) == {}  # a year not over when published dates nothing


def test_a_span_whose_end_is_printed_in_two_digits_after_an_en_dash_is_of_its_end() -> None:
    line = "Life expectancy at birth in Oldham is 76.4 years for men and 80.3 years for women (2021–23)."
    assert [period for _, _, period in _periods([line], date(2026, 10, 14))] == [2023, 2023]
    assert [y.value for y in years_in("58.1 years in 2020–22, meaning")] == [2022]
    # two years printed in full stay two years, and a dash between words still ends a clause
    assert [y.value for y in years_in("between 2019–2024 there")] == [2019, 2024]
    text = "Waits fell – 2,000 fewer"
    assert clause_bounds(text, text.index("2,000"))[0] == text.index("2,000")
    assert clause_bounds("weeks 1–15 of 2026", 7) == (0, len("weeks 1–15 of 2026"))


def test_a_year_compared_with_before_a_whole_year_in_words_is_no_figures() -> None:
    # 较2025年全年提高1.2个百分点: the whole of 2025 is compared with; 72.4% is of the year reported.
    lines = ["　　全市住院患者政策范围内报销比例达到72.4%，较2025年全年提高1.2个百分点。"]
    assert {period for _, _, period in _periods(lines, date(2026, 9, 18))} == {2026}
    # 全年 with no year compared before it: a whole year over before publication
    lines = ["　　全年住院患者政策范围内报销比例达到72.4%。"]
    assert {period for _, _, period in _periods(lines, date(2026, 9, 18))} == {2025}


NEPAL = [
    "Published at : September 14, 2026 | Bhadra 29, 2083",
    "About 29,000 babies were admitted to newborn care units in FY 2082/83, up from 26,100 in FY 2081/82.",
    "The government aims to cut the ratio to 70 by 2030 and to raise delivery to 90 percent by FY 2086/87.",
]


def _sambat_periods(lines: list[str]) -> list[tuple[int, float, int]]:
    published = date(2026, 9, 14)
    since = sambat_from(lines, published)
    years = article_years([common_era(line, since) for line in lines], published)
    context = Context(False, years, UNITS, {}, sambat=since)
    drafted = draft_lines(lines, range(2, len(lines) + 1), context)
    return [(f.line, f.value, f.period) for f in drafted.facts]


def test_a_page_dated_in_the_bikram_sambat_reads_its_far_years_in_that_calendar() -> None:
    assert _sambat_periods(NEPAL) == [(2, 29000, 2026), (2, 26100, 2025), (3, 70, 2030), (3, 90, 2030)]
    assert common_era("FY 2082/83, by 2030", 2066) == "FY 2025/26, by 2030"  # same length, AD years kept
    # a page of no date in that calendar: the years stay as printed
    assert sambat_from(NEPAL[1:], date(2026, 9, 14)) is None
    assert sambat_from(["Published 14 September 2026", "2083 B.S."], date(2026, 9, 14)) == 2066


def test_a_rule_beginning_in_a_later_year_dates_the_targets_of_its_text() -> None:
    opening = "The proposed rule would update payment rates for outpatient departments beginning January 1, 2027."
    assert effective_after([opening], date(2026, 7, 15)) == 2027
    assert effective_after(["Beginning with this report, rates are shown in full."], date(2026, 7, 15)) is None
    line = "CMS is proposing to update payment rates by 2.6 percent."
    at = line.index("2.6")
    default = Guess(2026, "publication year")
    status, period = rules_guess(line, at, at + 3, Guess("target", "'proposing to'"), default, 2027, 2026)
    assert (status.value, period.value) == ("target", 2027)
    # with no later start, the target keeps its year
    assert rules_guess(line, at, at + 3, Guess("target", "'proposing to'"), default, None, 2026)[1] == default


def test_a_proposal_is_a_target_and_an_acronyms_year_is_no_figure() -> None:
    lines = ["CMS is also proposing to add 29 procedures to the list in CY 2027."]
    found = _periods(lines, date(2026, 7, 15))
    assert [(value, period) for _, value, period in found] == [(29, 2027)]
    assert TARGET.search("CMS is also proposing to add 29 procedures")
    assert not TARGET.search("the proposal added 29 procedures")


def test_a_level_in_brackets_after_the_year_it_is_of_is_that_years_even_compared_with() -> None:
    lines = ["　　ILI%为5.8%，高于2025年同期水平（4.2%）。平均住院日为7.8天，较改革前的2023年（9.2天）缩短1.4天。"]
    found = {value: period for _, value, period in _periods(lines, date(2026, 11, 26))}
    assert (found[5.8], found[4.2], found[7.8], found[9.2], found[1.4]) == (2026, 2025, 2026, 2023, 2026)


def test_last_year_in_a_bracket_after_a_change_is_the_bracketed_figures() -> None:
    """比上年同期高出1.8个百分点（上年同期为89.1%）: the change is now's (compared with last year), the bracket's level
    last year's (a bracket of no figure leaves the change as it was: the guard below)."""
    lines = [
        "　　截至2026年2月3日，全县参保缴费完成年度任务的91.2%，比上年同期进度高出2.4个百分点（上年同期为88.8%）。"
    ]
    found = {value: period for _, value, period in _periods(lines, date(2026, 2, 10))}
    assert (found[2.4], found[88.8]) == (2026, 2025)


def test_guard_a_bracket_of_no_figure_after_a_change() -> None:
    guard = ["　　截至2026年2月3日，全县完成年度任务的91.2%，比上年同期进度高出2.4个百分点（进度居全市前列）。"]
    assert {value: period for _, value, period in _periods(guard, date(2026, 2, 10))}[2.4] == 2026


_FACT_SHEET = [
    "Cascade Health Care System",
    "News",
    "Access and wait times fact sheet, Q2 FY2026",
    "Published April 20, 2026",
]


def _sheet_periods(tmp_path: Path, line: str) -> dict[float, int]:
    return {f["value"]: f["period"] for f in draft_text(tmp_path, [*_FACT_SHEET, line])["facts"] if f["line"] == 5}


def test_a_fiscal_year_labelling_a_bracketed_figure_is_that_figures(tmp_path: Path) -> None:
    """rated 4.3 out of 5 (Q2 FY2025: 4.1): the fiscal year and colon label the 4.1 in the bracket, not the 4.3 before
    it, which keeps the year its title names (Q2 FY2026: 2026), as with a plain year (2025: 4.1)."""
    found = _sheet_periods(tmp_path, "Ease of scheduling was rated 4.3 out of 5 (Q2 FY2025: 4.1).")
    assert (found[4.3], found[4.1]) == (2026, 2025)


def test_guard_a_fiscal_year_printed_with_its_figure(tmp_path: Path) -> None:
    assert _sheet_periods(tmp_path, "In FY2025 scheduling was rated 4.1 out of 5.")[4.1] == 2025
