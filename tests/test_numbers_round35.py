"""Round 35's reader changes: a tab is no space inside a date (a table's 7315<TAB>-2.8 is a cell and a
fall in the next one), "extended"/"adjusted" from X to Y is a change (two values, no range), and a row's
first cell naming a unit in brackets (Outpatient visits (lakh)) gives that unit to the row's bare cells.
Each case fails on the reader before round 35."""

from __future__ import annotations

import pytest

from checks.numbers import cell_heading, read_quantities


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(q.text, q.value, q.bound) for q in read_quantities(text)]


def test_a_tab_parts_cells_not_a_dates_pieces() -> None:
    assert _read("平均费用\t7315\t7528\t-2.8") == [("7315", 7315, "eq"), ("7528", 7528, "eq"), ("2.8", 2.8, "eq")]
    assert _read("2026-3-15 起执行") == []  # a date with its dashes is still no figure
    assert _read("2026 - 3 - 15 起执行") == []


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The recall interval was extended from 2 to 4 years.", 2, 4),
        ("The copayment was adjusted from 35 to 40 dollars.", 35, 40),
    ],
)
def test_extended_or_adjusted_from_one_value_to_another_is_a_change(text: str, first: float, second: float) -> None:
    values = [(q.value, q.bound) for q in read_quantities(text)]
    assert values == [(first, "eq"), (second, "eq")]
    assert [q.bound for q in read_quantities("Children aged from 2 to 4 years.")] == ["range"]  # no verb: a range


def test_a_rows_label_names_the_unit_of_its_bare_cells() -> None:
    lines = ["Indicator\t2024-25\t2025-26", "Outpatient visits (lakh)\t41.2\t43.5", "Average fee (₹)\t512\t530"]
    heading = cell_heading(lines, 2, lines[1].index("43.5"))
    assert heading is not None and heading.line == 2 and heading.text == "Outpatient visits (lakh)"
    assert heading.unit.scale == 100000
    fee = cell_heading(lines, 3, lines[2].index("530"))
    assert fee is not None and fee.unit.scale == 1 and fee.unit.unit == "rupee"
    assert cell_heading(lines, 2, 0) is None  # the label itself
