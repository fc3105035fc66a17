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
