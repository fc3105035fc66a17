"""The draft's guesses on tables of ranks, scores and targets against results (round 12)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from checks.draft.build import Context, draft_lines
from checks.draft.years import article_years

PROJECT = Path(__file__).resolve().parents[1]
UNITS: dict[str, Any] = yaml.safe_load((PROJECT / "schemas" / "units.yaml").read_text(encoding="utf-8"))


def _draft(lines: list[str], published: date) -> tuple[list[tuple[int, float, str, int]], list[str]]:
    """(line, value, status, period) of each drafted fact, and the text of each ignored number."""
    context = Context(False, article_years(lines, published), UNITS, {})
    drafted = draft_lines(lines, range(1, len(lines) + 1), context)
    return [(f.line, f.value, f.status, f.period) for f in drafted.facts], [i["text"] for i in drafted.ignores]


def test_a_rank_column_holds_ordinals_not_figures() -> None:
    table = ["排名\t单位\t得分", "1\t甲镇卫生院\t94.6", "2\t乙镇卫生院\t93.1"]
    facts, ignored = _draft(table, date(2026, 3, 9))
    assert [v for _, v, _, _ in facts] == [94.6, 93.1]
    assert ignored == ["1", "2"]
    english = ["Rank\tCause\tDeaths", "1\tCancer\t53,802", "2\tHeart disease\t23,417"]
    assert [v for _, v, _, _ in _draft(english, date(2026, 6, 16))[0]] == [53802, 23417]
    # a column of counts headed by what it counts keeps its figures
    counted = ["单位\t床位数\t得分", "甲镇卫生院\t1\t94.6"]
    assert [v for _, v, _, _ in _draft(counted, date(2026, 3, 9))[0]] == [1, 94.6]
