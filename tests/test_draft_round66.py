"""Round 66's rules, from the sixty-eighth held-out set (a state's dental brief by federal fiscal year, with a table
of age groups; a news story of a medical team that set out on a dated day; a city's circular giving three years'
counts with 分别): each has its failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# A state agency's brief of March 2026 on its eye care in the federal fiscal year 2025.
_BRIEF = [
    "Westmarch Health Care Authority",
    "Research & Data > Data briefs > Vision",
    "Vision Care Utilization Brief: Federal Fiscal Year 2025",
    "Data Brief No. VB-2026-02 | Posted March 18, 2026 | Office of Data Analytics",
    "Eye exams. Exams for members fell to 21,480 in FFY 2025 from 23,070 in FFY 2024, a drop of 6.9%.",
    "Optometrists. In FFY 2025, 402 optometrists billed at least one exam, up from 371 in FFY 2024.",
    "Glasses. Members received 33,210 pairs of glasses, 8.3% more than the 30,660 pairs in FFY 2024.",
    "Lenses. Members received 4,120 contact lenses, 5.1% more than in 2024.",
    "Members with an eye exam by age group, FFY 2025",
    "Age group (years)\tEligible members\tWith an exam\tRate (%)",
    "0 to 5\t41,200\t6,310\t15.3",
    "6 to 12\t63,880\t19,940\t31.2",
    "Ages 13 to 20\t58,100\t15,020\t25.9",
]


# A county health bureau's news story of January 2026 on its medical team's return.
_NEWS = [
    "河川县卫生健康局",
    "首页 > 新闻中心 > 工作动态",
    "我县第7批援外医疗队圆满完成任务返回",
    "发布时间：2026-01-15 10:20　来源：办公室",
    "1月13日，我县第7批援外医疗队18名队员圆满完成任务，顺利返回。",
    "第7批医疗队于2024年2月出征，由7家医疗机构选派的医务人员组成，涵盖10个专业，其中具有高级职称的队员11名。",
    "第8批医疗队20名队员已于2025年12月抵达驻地，与第7批医疗队完成交接。",
    "全县门诊量低于2024年1月的水平，为3.2万人次。",
    "2023—2025年，全县为残疾儿童提供康复救助分别为412名、455名和498名，连续三年超额完成任务。",
    "2024年和2025年，全县救助资金分别为320万元和350万元。",
    "2023—2025年，全县累计救助1365名，分别为412名、455名。",
]


@pytest.fixture(scope="module")
def brief(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("brief"), _BRIEF)


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("news"), _NEWS)


# from 23,070 in FFY 2024; up from 371 in FFY 2024: the federal fiscal year printed with the figure is its own.
@pytest.mark.parametrize(("line", "value", "year"), [(5, 23070, 2024), (6, 371, 2024)])
def test_a_year_named_as_a_federal_fiscal_year_is_the_figures_own(
    brief: dict[str, Any], line: int, value: float, year: int
) -> None:
    assert _of(_facts(brief), line, value) == ("achieved", year)


# 8.3% more than the 30,660 pairs in FFY 2024: the year is the compared level's, not the change's.
def test_a_change_more_than_a_level_of_a_year_is_not_that_years(brief: dict[str, Any]) -> None:
    facts = _facts(brief)
    assert _of(facts, 7, 8.3) == ("achieved", 2025)
    assert _of(facts, 7, 30660) == ("achieved", 2024)


def test_guard_the_years_of_the_figures_themselves(brief: dict[str, Any]) -> None:
    """Guard: the figures with their own FFY 2025 keep it; 402 opened by In FFY 2025 is of 2025."""
    facts = _facts(brief)
    assert _of(facts, 5, 21480) == ("achieved", 2025)
    assert _of(facts, 6, 402) == ("achieved", 2025)
    assert _of(facts, 7, 33210) == ("achieved", 2025)


# 0 to 5<TAB>41,200<TAB>…: a range in words in a row's first cell under an age group names the row.
@pytest.mark.parametrize(("line", "cells"), [(11, [41200, 6310, 15.3]), (12, [63880, 19940, 31.2])])
def test_a_range_in_words_opening_a_row_is_its_label(brief: dict[str, Any], line: int, cells: list[float]) -> None:
    assert [f["value"] for f in brief["facts"] if f["line"] == line] == cells


def test_guard_the_rows_cells_and_a_label_with_words(brief: dict[str, Any]) -> None:
    """Guard: the cells of the rows stay figures of 2025; a first cell with words (Ages 13 to 20) stays a label."""
    facts = _facts(brief)
    assert _of(facts, 11, 41200) == ("achieved", 2025)
    assert _of(facts, 12, 31.2) == ("achieved", 2025)
    assert [f["value"] for f in brief["facts"] if f["line"] == 13] == [58100, 15020, 25.9]  # the cells, no 13 or 20


# 于2024年2月出征，由7家…组成: 于 dating when the team set out, the clause's figures are of 2024.
@pytest.mark.parametrize(("line", "value", "year"), [(6, 7, 2024), (6, 10, 2024), (6, 11, 2024), (7, 20, 2025)])
def test_yu_before_a_year_and_month_and_a_verb_dates_an_event(
    news: dict[str, Any], line: int, value: float, year: int
) -> None:
    assert _of(_facts(news), line, value) == ("achieved", year)


def test_guard_yu_before_a_level_of_a_month(news: dict[str, Any]) -> None:
    """Guard: 低于2024年1月的水平 is the level compared with; the count beside it stays of 2026 (no year of its own)."""
    assert _of(_facts(news), 8, 32000)[1] != 2024


# 2023—2025年…分别为412名、455名和498名, 2024年和2025年…分别为…: each figure is its own year's, in turn.
@pytest.mark.parametrize(("line", "value", "year"), [(9, 412, 2023), (9, 455, 2024), (10, 3500000, 2025)])
def test_a_span_of_years_then_respectively_gives_each_figure_its_year(
    news: dict[str, Any], line: int, value: float, year: int
) -> None:
    assert _of(_facts(news), line, value) == ("achieved", year)


def test_guard_the_last_year_and_a_list_of_another_length(news: dict[str, Any]) -> None:
    """Guard: the span's last figure stays of 2025, the list's first of 2024; a list after 分别 of two figures for a
    span of three years gives no years in turn (they stay the span's end)."""
    facts = _facts(news)
    assert _of(facts, 9, 498) == ("achieved", 2025)
    assert _of(facts, 10, 3200000) == ("achieved", 2024)
    assert _of(facts, 11, 412)[1] == 2025
    assert _of(facts, 11, 455)[1] == 2025
