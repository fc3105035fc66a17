"""Round 36's reader changes: a table row's bare four-digit cell among figures that are no years is a count
(江阴市<TAB>15.82<TAB>402<TAB>1906<TAB>98.7), and a limit named with up to three words before it is at most
(the budget neutrality limit of $742). Each case fails on the reader before round 36."""

from __future__ import annotations

from checks.numbers import read_quantities


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(q.text, q.value, q.bound) for q in read_quantities(text)]


def test_a_year_like_cell_after_a_figure_of_its_row_is_a_count() -> None:
    assert _read("江阴市\t15.82\t402\t1906\t98.7") == [
        ("15.82", 15.82, "eq"),
        ("402", 402, "eq"),
        ("1906", 1906, "eq"),
        ("98.7", 98.7, "eq"),
    ]


def test_two_year_like_cells_among_figures_are_counts_one_column_of_years_is_years() -> None:
    assert [value for _, value, _ in _read("泾县\t2087\t2059\t98.66\t2")] == [2087, 2059, 98.66, 2]
    assert [value for _, value, _ in _read("Infant mortality\t2023\t2.5\t4.2")] == [2.5, 4.2]  # the data's year
    assert _read("Indicator\t2024\t2025\tChange (%)") == []  # a header row
    assert [value for _, value, _ in _read("2024\t1,234\t5.6")] == [1234, 5.6]  # the row's label


def test_a_limit_named_with_several_words_is_at_most() -> None:
    assert _read("within the budget neutrality limit of $742 PMPM") == [
        ("the budget neutrality limit of $742", 742, "le")
    ]
    assert [(value, bound) for _, value, bound in _read("under the annual spending limit of 30 days")] == [(30, "le")]
