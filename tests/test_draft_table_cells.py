"""A table's cells as the draft reads them with their column's header: a cell of 1900–2100 under a header that says it
counts is a figure (2,080 nurses, not the year 2080), as the validator reads it (checks.numbers.told_cells), and a
column of rates whose header names its base and a count word (每千常住人口注册护士数（人）) holds rates of that base."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

from checks.cli import main
from tests.draft_checks import facts_by_place
from tests.draft_measure import draft_repository

_CIRCULAR = [
    "黄冈市卫生健康委员会关于2025年全市护士队伍建设情况的通报",
    "发布时间：2026-02-10",
    "表1　2025年底各县（市、区）注册护士配置情况",
    "县（市、区）\t建成年份（年）\t注册护士数（人）\t每千常住人口注册护士数（人）",
    "浠水县\t1998\t2350\t3.13",
    "武穴市\t—\t2080\t3.55",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[tuple[int, float], Any], Path]:
    data, root = draft_repository(tmp_path_factory.mktemp("cells"), _CIRCULAR)
    return facts_by_place(data), root


@pytest.mark.parametrize(("line", "value"), [(5, 2350), (6, 2080)])
def test_a_cell_its_header_says_counts_is_a_figure(drafted: tuple[dict[Any, Any], Path], line: int, value: int) -> None:
    assert drafted[0][(line, value)]["unit"] == "person"


@pytest.mark.parametrize(("line", "value"), [(5, 3.13), (6, 3.55)])
def test_a_column_of_rates_named_with_a_count_word_holds_rates(
    drafted: tuple[dict[Any, Any], Path], line: int, value: float
) -> None:
    assert drafted[0][(line, value)]["unit"] == "per_1k_population"


def test_guard_a_column_of_years_stays_years(drafted: tuple[dict[Any, Any], Path]) -> None:
    """Guard: 1998 under 建成年份（年） is a year, no figure."""
    assert (5, 1998) not in drafted[0]


def test_the_draft_s_quotes_of_such_cells_read_as_the_validator_reads_them(
    drafted: tuple[dict[Any, Any], Path],
) -> None:
    """No P106 (value not in its quote) nor K101 (a figure uncited): drafter and validator read the cells alike."""
    root = drafted[1]
    out = io.StringIO()
    with contextlib.chdir(root), contextlib.redirect_stdout(out):
        main(["validate", "--no-cache", "--format", "json", "data/a.yaml"])
    codes = {f["code"] for f in json.loads(out.getvalue())["findings"]}
    assert not codes & {"P106", "K101", "C111"}


# A word of a row's first cell names no figure of the next cell: `All ages<TAB>61` is no age of 61, nor `Under 28
# days<TAB>24` a day numbered 24 (checks.draft.text.own_cell); within one cell they still are.
_BY_AGE = [
    "Wrexham Child Death Overview Panel: annual report 2024/25",
    "Published 14 November 2025",
    "The panel was told of 68 deaths of children in 2024/25, up from 61 the year before.",
    "Table 1: Deaths notified to the panel, by age at death",
    "Age at death\t2023/24\t2024/25",
    "Under 28 days\t24\t27",
    "1 to 4 years\t6\t7",
    "All ages\t61\t68",
    "Of the deaths, 9 were of children aged 15 and over, and the panel met on days 3 to 5 of each quarter.",
]


@pytest.fixture(scope="module")
def by_age(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[int, float], Any]:
    return facts_by_place(draft_repository(tmp_path_factory.mktemp("ages"), _BY_AGE)[0])


@pytest.mark.parametrize(("line", "value"), [(6, 24), (6, 27), (8, 61), (8, 68)])
def test_a_cell_after_a_row_label_of_ages_or_days_is_a_figure(by_age: dict[Any, Any], line: int, value: int) -> None:
    assert (line, value) in by_age


@pytest.mark.parametrize(("line", "value"), [(9, 15), (9, 3)])
def test_guard_an_age_or_a_day_named_in_its_own_cell_is_no_figure(
    by_age: dict[Any, Any], line: int, value: int
) -> None:
    """Guard: `aged 15 and over` and `days 3 to 5` in prose stay an age and the days' numbers."""
    assert (line, value) not in by_age
