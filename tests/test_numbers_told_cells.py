"""The reader's column-aware reading of a table's cells of 1900–2100 (checks.numbers.told_cells): the header cell
of the column says whether such a cell counts (2080 registered nurses) or is a year (1998 under 建成年份（年）)."""

from __future__ import annotations

import pytest

from checks.numbers import read_quantities
from checks.numbers.told_cells import told_cells

_NURSES = [
    "表1　2025年底各县（市、区）注册护士配置情况",
    "县（市、区）\t注册护士数（人）\t每千常住人口注册护士数（人）",
    "浠水县\t2350\t3.13",
    "武穴市\t2080\t3.55",
]
_YEARS = ["Indicator\t2024\t2025", "Live births\t2080\t1995", "Infant deaths\t11\t9"]
_SPACED = ["Ward        Cost (£000)    Opened (year)", "Elm         2010           1998"]


def _read(lines: list[str], number: int) -> list[str]:
    return [q.text for q in read_quantities(lines[number - 1], told_cells(lines, number))]


@pytest.mark.parametrize(
    ("lines", "number", "read"),
    [
        (_NURSES, 4, ["2080", "3.55"]),  # under 注册护士数（人）: 2,080 nurses
        (_NURSES, 3, ["2350", "3.13"]),
        (_YEARS, 2, ["2080", "1995"]),  # under a header of years: the values of those years
        (_SPACED, 2, ["2010"]),
        (["救助类别\t救助人次\t救助金额（万元）", "恶性肿瘤\t2076\t1062.8"], 2, ["2076", "1062.8"]),  # words that count
        (
            ["Area\tNumber of births", "North\t1984"],
            2,
            ["1984"],
        ),  # a space-aligned table: £2,010,000 under (£000); 1998 under (year) is a year
    ],
)
def test_a_cell_its_column_s_header_says_counts_is_a_number(lines: list[str], number: int, read: list[str]) -> None:
    assert _read(lines, number) == read


@pytest.mark.parametrize(
    ("lines", "number", "read"),
    [
        (["Indicator\tYear\tRate (%)", "Infant mortality\t2023\t2.5"], 2, ["2.5"]),  # a column of years
        (["医院\t建成年份（年）\t床位（张）", "第一医院\t1998\t560"], 2, ["560"]),  # a unit of time
        (["Ward\tBeds\tYear", "Elm\t24\t1998"], 2, ["24"]),
        (["Service\tClients", "Home care\t2080"], 2, []),  # words alone: the row decides, as before
        (["Year\tBirths", "2024\t2080"], 2, []),  # the first cell is the row's label; Births names no unit
        (["县（市、区）\t注册护士数（人）", "武穴市\t2080"], 1, []),  # the header itself
        (["In 2025 the county had 2080 nurses."], 1, ["2080"]),  # no table: the reader alone
    ],
)
def test_guard_a_year_column_a_label_and_prose_stay_as_the_reader_reads_them(
    lines: list[str], number: int, read: list[str]
) -> None:
    assert _read(lines, number) == read


@pytest.mark.parametrize(
    "lines",
    [
        ["医院\t床位（张）\t建成年份（年）", "第一医院\t560\t1998"],
        ["Hospital\tBeds\tYear opened (year)", "Elm\t24.5\t1998"],
        ["District\tRate (%)\tYear", "North\t15.82\t2019"],
    ],
)
def test_a_cell_its_column_s_header_says_is_a_year_is_no_figure(lines: list[str]) -> None:
    """The row alone counts a cell of 1900–2100 after a number no year could be (checks.numbers.year_cells); a
    header naming a unit of time or the year says it is one."""
    assert len(_read(lines, 2)) == 1


def test_the_reader_alone_takes_a_lone_cell_for_a_year() -> None:
    """Guard: without the header (a quote read alone), 2080 is a year, as before: the header is what tells."""
    assert [q.text for q in read_quantities("武穴市\t2080\t3.55")] == ["3.55"]
