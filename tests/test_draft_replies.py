"""`factlint draft` on the kinds of text set 14 brought (round 11): a statistical yearbook's tables,
a written reply in traditional characters with a table of financial years, a budget vote speech in
rand, a survey brief; and what a new user's trial of two articles found. The sentences are written
for the purpose, not copied from set 14. Each guess has a case it must get right and a near case it
must not turn into the same answer."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from checks.draft.build import Context, draft_lines
from checks.draft.years import article_years

PROJECT = Path(__file__).resolve().parents[1]
UNITS: dict[str, Any] = yaml.safe_load((PROJECT / "schemas" / "units.yaml").read_text(encoding="utf-8"))


def _drafted(lines: list[str], published: date, plan: bool = False) -> list[tuple[int, float, str, int]]:
    """(line, value, status, period) of each drafted fact."""
    context = Context(plan, article_years(lines, published), UNITS, {})
    drafted = draft_lines(lines, range(1, len(lines) + 1), context)
    return [(f.line, f.value, f.status, f.period) for f in drafted.facts]


# ---- a table's header years date its columns ------------------------------------------------------
def test_a_tables_header_years_date_its_cells() -> None:
    table = [
        "指标\t单位\t2021年\t2023年\t2024年",
        "医院数\t个\t41\t44\t47",
        "",
        "全市医院床位增长较快。",
    ]
    assert [(n, v, p) for n, v, _, p in _drafted(table, date(2025, 9, 1))] == [
        (2, 41, 2021),
        (2, 44, 2023),
        (2, 47, 2024),
    ]
    # two cells a year under a second header row, financial years dated by the year they end in
    grouped = [
        "Clinic      2022-23          2023-24",
        "            median  p90      median  p90",
        "Eyes        40      90       38      85",
    ]
    assert [(v, p) for _, v, _, p in _drafted(grouped, date(2024, 8, 1))] == [
        (40, 2023),
        (90, 2023),
        (38, 2024),
        (85, 2024),
    ]
    # a table whose header names no year: its cells keep the article's year
    plain = ["Clinic      median  p90", "Eyes        40      90"]
    assert {p for _, _, _, p in _drafted(plain, date(2024, 8, 1))} == {2024}
