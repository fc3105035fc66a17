"""P105: a quote on its line only as part of a longer number is not on it (checks/rules/_lines.py)."""

from __future__ import annotations

import pytest

from checks.rules._lines import cuts_numbers


@pytest.mark.parametrize(
    ("line", "quote", "cut"),
    [
        ("共1200人", "200", "1200"),  # a short cell matched in another row's number
        ("1,200 beds", "200 beds", "1,200"),  # after a thousands comma
        ("1,200 beds", "1", "1,200"),  # before one
        ("达34.2%", "34", "34.2"),  # before a decimal point
        ("16.20%提升至34.20%", "20%", "16.20"),  # every occurrence cut: the first is named
        ("全市新增床位3000张", "000张", "3000"),
        # one whole occurrence is enough; a clause's comma, a tab, a colon cut nothing
        ("共1200人，其中200人", "200", None),
        ("达34.2%", "34.2%", None),
        ("不低于1:1.2,50%以上", "不低于1:1.2", None),
        ("不低于1:1.2,50%以上", "50%以上", None),
        ("960\t810", "960", None),
        ("5,6,7", "6", None),
        ("第3个", "3个", None),
        ("no digits at its edges", "digits", None),
    ],
)
def test_a_quote_that_cuts_a_longer_number(line: str, quote: str, cut: str | None) -> None:
    assert cuts_numbers(line, quote) == cut
