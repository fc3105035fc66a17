"""checks/numbers/lists.py: a list of figures that prints its unit once, after the last."""

from __future__ import annotations

import pytest

from checks.numbers import read_quantities


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("四项指标分别提高1.6、0.9、2.2和1.4个百分点", ["item"] + ["percentage_point"] * 4),
        ("分别为3、5和7家", ["institution"] * 3),
        ("rose by 1.6, 0.9, 2.2 and 1.4 percentage points", ["percentage_point"] * 4),
        ("more vaccines follow at 2, 4 and 6 months", ["month"] * 3),
        ("I have seen 45 and 50 cases.", ["case", "case"]),
        ("10 or 15 beds", ["bed", "bed"]),
    ],
)
def test_each_figure_of_a_list_takes_the_unit_printed_after_the_last(text: str, units: list[str]) -> None:
    assert [q.unit for q in read_quantities(text)] == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("2型、3和4个", [None, "unit"]),  # a label: the reader refused the first, no list of quantities
        ("5、6万人", [None, "person"]),  # a scale after the last: the list's or its own
        ("(n = 37, 55%)", [None, "percent"]),  # a comma alone joins no list
        ("36,6%", [None, "percent"]),  # a decimal comma
        ("rose to 412,600, and 88.3% of those tested", [None, "percent"]),  # a clause, not a list
        ("with 0.2 M phosphate, pH 4.7 and 20% PEG", [None, None, "percent"]),  # a label names the figure
        ("$1.3 billion, and 70 per cent", [None, "percent"]),  # an amount with a scale is no plain figure
        ("12块5，34.5元", [None, None, "yuan"]),  # a Chinese comma joins clauses, not a list
    ],
)
def test_figures_not_in_such_a_list_keep_their_own_unit(text: str, units: list[str | None]) -> None:
    assert [q.unit for q in read_quantities(text)] == units


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("在儿童18、24、30月龄健康检查时同步开展初筛", []),  # ages that name the checks
        ("每年3、6、9月开展督导", []),  # months
        ("1、2号楼和3号楼", []),  # building numbers
        ("于5、6日召开", []),  # days
        ("18月龄和24月龄", []),
        # 第 before a list makes each item an ordinal (lots, ranks)
        ("质保期：第1、2包不少于3年", ["不少于3年"]),
        ("第1、2和3名", []),
        ("第一、二季度", []),
        # a list before a unit, or with a label word elsewhere, is still read
        ("分别为3、6、9个月", ["3", "6", "9个月"]),
        ("投入5、6万元", ["5", "6万元"]),
        ("共3、5家，月底前完成", ["3", "5家"]),
    ],
)
def test_figures_listed_before_a_label_are_labels_too(text: str, read: list[str]) -> None:
    """README, Curation conventions: ages, months and numbers that name a group or a thing are no claims."""
    assert [q.text for q in read_quantities(text)] == read
