"""The unit and scale a table's heading gives the bare numbers under it (``unit_from``)."""

from __future__ import annotations

import pytest

from checks.numbers import HeadingUnit, heading_unit


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
        ("Spending (£m)", HeadingUnit(1000000.0, None, None)),
        ("Budget ($ million)", HeadingUnit(1000000.0, None, None)),
        ("Amount (RMB billion)", HeadingUnit(1000000000.0, "yuan", None)),
        # a caption line's label
        ("单位：万元", HeadingUnit(10000.0, "yuan", "元")),
        ("单位：人次", HeadingUnit(1.0, "person", "人次")),
        ("Cost in £ million", HeadingUnit(1000000.0, None, None)),
        # thousands as tables write them
        ("Patients ('000)", HeadingUnit(1000.0, None, None)),
        ("in thousands", HeadingUnit(1000.0, None, None)),
        # the unit words alone, quoted from a longer heading
        ("万元", HeadingUnit(10000.0, "yuan", "元")),
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
        "(per 100,000)",  # a rate's base: the cells are no multiples of it
        "超过（万元以上）",  # words the reading does not take whole
        "",
        "（）",
        "单位：\n万元",  # across lines: no line holds it
        "in " * 5000 + "万元",  # no heading is that long (and none is searched for labels many times over)
    ],
)
def test_a_heading_that_names_no_unit_gives_nothing(heading: str) -> None:
    assert heading_unit(heading) is None
