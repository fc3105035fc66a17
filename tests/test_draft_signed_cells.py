"""A table cell printed with a plus sign (a Change column's ``+1,306``) is as bare as one printed with a minus:
it takes its row's or column's heading (``Penalties ($'000)``), or its draft fails P111. Found by set 53's first
look (an Australian regulator's enforcement table), where every draft must pass every provenance rule."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.draft_measure import draft_text

_TABLE = [
    "Compliance and enforcement report, July to December 2025",
    "Published 19 February 2026",
    "",
    "The regulator issued more infringement notices in the half-year than a year before, and courts ordered less.",
    "Table 1. Actions by type",
    "Action\tJul-Dec 2024\tJul-Dec 2025\tChange",
    "Notices issued\t97\t142\t+45",
    "Notice penalties ($'000)\t2,604\t3,910\t+1,306",
    "Court penalties ($'000)\t4,430\t900\t-3,530",
    "",
    "The unit will report again in August.",
]


def _facts(drafted: dict[str, Any]) -> dict[tuple[int, str], dict[str, Any]]:
    return {(f["line"], f["quote"].strip()): f for f in drafted["facts"]}


@pytest.mark.parametrize(
    ("line", "quote", "value"),
    [
        (8, "+1,306", 1_306_000),  # failed before: drafted 1306, no unit_from
        (9, "3,530", 3_530_000),  # guard: a minus sign was bare already (-3,530)
        (8, "3,910", 3_910_000),  # guard: an unsigned cell
    ],
)
def test_a_signed_cell_takes_its_rows_heading(tmp_path: Path, line: int, quote: str, value: int) -> None:
    facts = _facts(draft_text(tmp_path, _TABLE))
    found = next(f for (n, q), f in facts.items() if n == line and quote in q)
    assert found["value"] == value
    assert found["unit_from"]["line"] == line
    assert "($'000)" in found["unit_from"]["text"]


def test_a_count_row_with_signed_cells_takes_no_heading(tmp_path: Path) -> None:
    """Guard: a row whose label names no unit keeps its signed change as printed."""
    facts = _facts(draft_text(tmp_path, _TABLE))
    found = next(f for (n, q), f in facts.items() if n == 7 and "+45" in q)
    assert found["value"] == 45
    assert "unit_from" not in found
