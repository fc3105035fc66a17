"""The unit and scale a table's heading gives the bare numbers under it (``unit_from``)."""

from __future__ import annotations

import pytest

from checks.numbers import HeadingUnit, cell_heading, heading_unit, table_header
from checks.numbers.headings import caption_reaches


@pytest.mark.parametrize(
    ("heading", "read"),
    [
        # the words in the heading's last brackets
        ("计划投资（万元）", HeadingUnit(10000.0, "yuan", "元")),
        ("金额(亿元)", HeadingUnit(100000000.0, "yuan", "元")),
        ("2026年（万元）", HeadingUnit(10000.0, "yuan", "元")),  # a year before the brackets is the column's
        ("人数(万人)", HeadingUnit(10000.0, "person", "人")),
        ("完成率（%）", HeadingUnit(1.0, "percent", "%")),
        ("床位数（张）", HeadingUnit(1.0, "bed", "张")),
        ("Wait (weeks)", HeadingUnit(1.0, "week", "weeks")),
        # a currency sign or code before a scale word
        ("Spending (£m)", HeadingUnit(1000000.0, "gbp", None)),
        ("Budget ($ million)", HeadingUnit(1000000.0, None, None)),
        ("Amount (RMB billion)", HeadingUnit(1000000000.0, "yuan", None)),
        # a caption line's label
        ("单位：万元", HeadingUnit(10000.0, "yuan", "元")),
        ("单位：人次", HeadingUnit(1.0, "person", "人次")),
        ("Cost in £ million", HeadingUnit(1000000.0, "gbp", None)),
        # thousands as tables write them
        ("Patients ('000)", HeadingUnit(1000.0, None, None)),
        ("in thousands", HeadingUnit(1000.0, None, None)),
        # thousands of a currency (a budget table's caption)
        ("Amount (£000)", HeadingUnit(1000.0, "gbp", None)),
        ("Grant (£000s)", HeadingUnit(1000.0, "gbp", None)),
        ("Table 2 ($ thousands)", HeadingUnit(1000.0, None, None)),  # a bare $ names no currency
        ("Budget ($'000)", HeadingUnit(1000.0, None, None)),
        ("Cost (US$ thousands)", HeadingUnit(1000.0, "usd", None)),
        # the scale after the unit word, or before it with "of"
        ("Community benefit (dollars in thousands)", HeadingUnit(1000.0, None, "dollars")),
        ("Home care (hours in thousands)", HeadingUnit(1000.0, "hour", "hours")),
        ("Amount (in thousands)", HeadingUnit(1000.0, None, None)),
        ("(thousands of dollars)", HeadingUnit(1000.0, None, "dollars")),
        ("Grant (£ in thousands)", HeadingUnit(1000.0, "gbp", None)),
        ("Budget (USD in millions)", HeadingUnit(1000000.0, "usd", None)),
        # a scale word in the plural, as a heading names it (a figure takes the singular)
        ("CoTs (millions)", HeadingUnit(1000000.0, None, None)),
        ("Spending (£ millions)", HeadingUnit(1000000.0, "gbp", None)),
        ("Cost (US$ billions)", HeadingUnit(1000000000.0, "usd", None)),
        # the unit words alone, quoted from a longer heading
        ("万元", HeadingUnit(10000.0, "yuan", "元")),
        # Indian scales, as an Indian table's caption names them, and "in" before the unit in brackets
        ("Table 1: Financial progress by pool (Rs in crore)", HeadingUnit(10000000.0, "rupee", None)),
        ("Outlay (₹ in lakh)", HeadingUnit(100000.0, "rupee", None)),
        ("Expenditure (Rs. in lakhs)", HeadingUnit(100000.0, "rupee", None)),
        ("Approved (in Rs crore)", HeadingUnit(10000000.0, "rupee", None)),
        ("Beneficiaries (in lakh)", HeadingUnit(100000.0, None, None)),
        ("Spending (in £m)", HeadingUnit(1000000.0, "gbp", None)),
        ("Coverage (in %)", HeadingUnit(1.0, "percent", "%")),
        # a scale before a unit the reader does not know: the cells are multiples of it, the unit left open
        ("Week 45 (thousand gc/L)", HeadingUnit(1000.0, None, None)),
        ("Titre (million IU/mL)", HeadingUnit(1000000.0, None, None)),
        # a unit said to hold where no other is named
        ("Summary income statement, six months ended 30 June (£m, unless stated)", HeadingUnit(1e6, "gbp", None)),
        ("Revenue (£000; except where otherwise indicated)", HeadingUnit(1000.0, "gbp", None)),
        ("（万元，另有说明的除外）", HeadingUnit(10000.0, "yuan", "元")),
        ("单位：万元，特别注明的除外", HeadingUnit(10000.0, "yuan", "元")),
    ],
)
def test_a_heading_gives_its_cells_a_scale_and_unit(heading: str, read: HeadingUnit) -> None:
    assert heading_unit(heading) == read


@pytest.mark.parametrize(
    "heading",
    [
        "项目名称",  # names nothing
        "计划投资",
        "Admissions",
        "Year (2026)",  # a number in the brackets: a year, not a unit
        "Value (in 2025)",  # "in" then a year: no unit either
        "(per 1,000 beds)",  # a base of no population: the cells are no multiples of it
        "超过（万元以上）",  # words the reading does not take whole
        "",
        "（）",
        "单位：\n万元",  # across lines: no line holds it
        "in " * 5000 + "万元",  # no heading is that long (and none is searched for labels many times over)
        "(thousand, see note)",
        "(thousand gc/L per person)",  # more than one word after the scale
    ],
)
def test_a_heading_that_names_no_unit_gives_nothing(heading: str) -> None:
    assert heading_unit(heading) is None


_TABLE = [
    "表1　收入支出决算总表　　　　单位：万元",  # a caption set apart from its unit label: no row
    "项目\t本年\t上年\t增长率（%）\t占比",
    "卫生健康支出\t38600\t35200\t9.7\t88.1",
    "其中：公共卫生\t1200\t1100\t9.1",
    "",
    "县（区）\u3000\u3000常住人口（万人）\u3000\u3000在岗乡村医生（人）",  # a space-aligned table
    "安定区\u3000\u3000\u300041.2\u3000\u3000\u3000612",
]


def test_table_header_is_the_first_row_of_its_block_whatever_order_the_rows_are_asked_in() -> None:
    expected = [None, 2, 2, 2, None, 6, 6]
    assert [table_header(_TABLE, n) for n in range(1, 8)] == expected
    known: dict[int, int | None] = {}
    assert [table_header(_TABLE, n, known) for n in range(7, 0, -1)] == expected[::-1]


@pytest.mark.parametrize(
    ("line", "cell", "heading"),
    [
        (3, "38600", (1, "单位：万元", 10000.0)),  # the caption, for a column that is not the first
        (4, "1100", (1, "单位：万元", 10000.0)),
        (3, "88.1", None),  # a column of shares keeps its numbers, whatever the caption
        (3, "9.7", (2, "增长率（%）", 1.0)),  # a column of rates names its own unit, not the caption's
        (7, "41.2", (6, "常住人口（万人）", 10000.0)),  # its own header cell, in a space-aligned table
        (7, "612", (6, "在岗乡村医生（人）", 1.0)),
        (2, "本年", None),  # the header itself
    ],
)
def test_cell_heading_reads_a_cells_column_header_or_its_tables_caption(
    line: int, cell: str, heading: tuple[int, str, float] | None
) -> None:
    found = cell_heading(_TABLE, line, _TABLE[line - 1].index(cell))
    assert (found and (found.line, found.text, found.unit.scale)) == heading


@pytest.mark.parametrize(
    ("table", "heading"),
    [
        # the header row's first cell names the table's scale (a new user's Spending (£m) table)
        (["Spending (£m)\tPlan\tActual", "Agency staff\t212.4\t230.1"], (1, "Spending (£m)", 1e6)),
        (["项目（万元）\t本年\t上年", "收入\t960\t900"], (1, "项目（万元）", 1e4)),
        # a short caption above the header naming it in brackets, after "in", or alone
        (["(£m)", "Area\tPlan\tActual", "Agency staff\t212.4\t230.1"], (1, "(£m)", 1e6)),
        (["Figures in £m", "", "Area\tPlan\tActual", "Agency staff\t212.4\t230.1"], (1, "Figures in £m", 1e6)),
        (["£m", "Area\tPlan\tActual", "Agency staff\t212.4\t230.1"], (1, "£m", 1e6)),
        # a longer caption whose last brackets close its line (failed before 2026-12-02: only short ones were read)
        (
            [
                "Spending by category, 1 July 2023 to 31 December 2025 ($'000)",
                "Category\tBudget\tSpent",
                "Visits\t640.0\t598.2",
            ],
            (1, "Spending by category, 1 July 2023 to 31 December 2025 ($'000)", 1e3),
        ),
        (
            [
                "表3 2025年全市各县（市、区）乡镇卫生院、社区卫生服务中心及村卫生室门诊、住院、家庭病床和公共卫生服务情况统计（万人次）",
                "地区\t门诊\t住院",
                "甲县\t41.2\t3.1",
            ],
            (
                1,
                "表3 2025年全市各县（市、区）乡镇卫生院、社区卫生服务中心及村卫生室门诊、住院、家庭病床和公共卫生服务情况统计（万人次）",
                1e4,
            ),
        ),
        # a sentence above the table names nothing of its cells, nor a header cell naming no scale
        (
            [
                "The board approved the revised capital programme for the next three years as set out below (£m).",
                "Area\tPlan\tActual",
                "Staff\t212.4\t230.1",
            ],
            None,
        ),
        (
            ["Spending rose (£m figures are in the annex) as planned.", "Area\tPlan\tActual", "Staff\t212.4\t230.1"],
            None,
        ),
        (["Beds (number)\tPlan\tActual", "Ward A\t21\t23"], None),
    ],
)
def test_a_tables_scale_named_by_its_corner_cell_or_a_short_caption(
    table: list[str], heading: tuple[int, str, float] | None
) -> None:
    last = len(table)
    found = cell_heading(table, last, table[-1].index("\t") + 1)
    assert (found and (found.line, found.text, found.unit.scale)) == heading


# A caption naming a unit with its scale, over a table with a column counting something else (the shape of
# tests/draft_articles' Prairie Ridge home care report; figures invented).
_HOURS_TABLE = [
    "Table 4. Respite visits and hours by district, 2025 (hours in thousands)",
    "District\tPatients\tRespite hours\t2024",
    "Lakeside\t2,310\t412\t398",
]


@pytest.mark.parametrize(
    ("cell", "heading"),
    [
        # the column of the caption's unit, and one naming no unit, take its scale
        ("412", (1, "Table 4. Respite visits and hours by district, 2025 (hours in thousands)", 1e3)),
        ("398", (1, "Table 4. Respite visits and hours by district, 2025 (hours in thousands)", 1e3)),
        # a column counting persons is printed in full (failed before 2026-12-03: every column took the caption)
        ("2,310", None),
    ],
)
def test_a_captions_unit_reaches_only_the_columns_of_that_unit(
    cell: str, heading: tuple[int, str, float] | None
) -> None:
    found = cell_heading(_HOURS_TABLE, 3, _HOURS_TABLE[2].index(cell))
    assert (found and (found.line, found.text, found.unit.scale)) == heading


@pytest.mark.parametrize(
    ("caption", "header", "reaches"),
    [
        (HeadingUnit(1e3, "hour", "hours in thousands"), "Home support hours", True),
        (HeadingUnit(1e3, "hour", "hours in thousands"), "FY2025", True),
        (HeadingUnit(1e3, "hour", "hours in thousands"), "Clients", False),
        (HeadingUnit(1e3, "hour", "hours in thousands"), "Clients served", False),
        (HeadingUnit(1e4, "person", "万人"), "筛查人数", True),
        (HeadingUnit(1e4, "yuan", "万元"), "床位数", False),
        # a measure word no catalogue unit names counts things, no money (failed before 2026-12-03: 8 台 read as 80,000 元)
        (HeadingUnit(1e4, "yuan", "万元"), "数量（台/套）", False),
        (HeadingUnit(1e4, "yuan", "万元"), "预算金额", True),
        (HeadingUnit(1e3, None, "in thousands"), "Clients", True),  # a scale alone reaches every column
        (HeadingUnit(1.0, "person", "人"), "床位数", True),  # a unit alone changes no value
        # a letter glued to a number labels a period or a row, no unit (H1 2025 was read as a count of H)
        (HeadingUnit(1e6, "gbp", "£m"), "H1 2025", True),
        (HeadingUnit(1e6, "gbp", "£m"), "Q3", True),
        (HeadingUnit(1e3, "hour", "hours in thousands"), "Ward B2 clients", False),
    ],
)
def test_caption_reaches(caption: HeadingUnit, header: str, reaches: bool) -> None:
    assert caption_reaches(caption, header) is reaches


def test_a_short_captions_unit_skips_a_column_counting_something_else() -> None:
    """(hours in thousands) alone above the table scales the hours, not the patients (failed before
    2026-12-03: P111 asked that 2,310 patients be recorded as 2,310,000 hours)."""
    table = ["(hours in thousands)", "District\tPatients\tRespite hours", "Lakeside\t2,310\t412"]
    assert cell_heading(table, 3, table[2].index("2,310")) is None
    found = cell_heading(table, 3, table[2].index("412"))
    assert found is not None and (found.line, found.text, found.unit.scale, found.unit.unit) == (
        1,
        "(hours in thousands)",
        1e3,
        "hour",
    )


def test_a_column_of_rates_per_a_base_keeps_its_numbers_under_a_caption() -> None:
    """Clients per 1,000 seniors is a column of rates: a caption's scale does not reach it (the drafter
    never scaled it; P111 asked for 131,000 hours before 2026-12-03)."""
    table = ["(in thousands)", "Zone\tClients per 1,000 seniors\t每千人口床位数\tHours", "North\t131\t6.2\t598"]
    assert cell_heading(table, 3, table[2].index("131")) is None
    assert cell_heading(table, 3, table[2].index("6.2")) is None
    found = cell_heading(table, 3, table[2].index("598"))
    assert found is not None and found.unit.scale == 1e3


def test_a_money_caption_skips_a_column_of_machines_counted_by_their_measure_word() -> None:
    """A tender's lots: the caption's 万元 scales the budget, not the quantity counted in 台/套 (failed before
    2026-12-03: the 8 machines of lot 1 were drafted as 80,000 yuan)."""
    table = [
        "采购包划分及预算表（金额单位：万元）",
        "包号\t采购内容\t数量（台/套）\t预算金额",
        "1\t彩色超声诊断仪\t8\t496.0",
    ]
    assert cell_heading(table, 3, table[2].index("8\t")) is None
    found = cell_heading(table, 3, table[2].index("496.0"))
    assert found is not None and (found.line, found.unit.scale, found.unit.unit) == (1, 1e4, "yuan")
