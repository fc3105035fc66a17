"""Round 21's rules, from the kinds of text the twenty-fifth held-out set brought (an adverse drug
reaction monitoring report, a blood donation bulletin, a random-inspection results notice, a country
note comparing with an average, a technology appraisal, an enrollment report): each has its failing
and passing cases, written for this file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from checks.draft.guesses import Guess
from checks.draft.tables import column_guess, table_columns
from tests.test_draft_papers import _draft_text


def _facts(drafted: dict[str, Any]) -> dict[tuple[int, float], dict[str, Any]]:
    return {(f["line"], f["value"]): f for f in drafted["facts"]}


# ---- a table's column of changes on the year before is the year's own ----------------------------

_CHANGES = [
    "某市2025年血液供应情况",
    "发布时间：2026年3月10日",
    "",
    "2025年，全市血液供应保持稳定，各类血液成分供应情况见表1。",
    "表1　2025年血液成分供应情况",
    "成分\t构成比（%）\t较上年变化（百分点）\t上年供应量（单位）",
    "红细胞\t57.5\t+2.1\t14,652",
    "血浆\t42.5\t-0.8\t11,170",
]


def test_a_column_of_changes_on_the_year_before_is_the_year_s_own(tmp_path: Path) -> None:
    facts = _facts(_draft_text(tmp_path, _CHANGES))
    assert facts[(7, 2.1)]["period"] == 2025
    assert facts[(8, 0.8)]["period"] == 2025
    assert facts[(7, 14_652)]["period"] == 2024  # the year before's own column still is


def test_column_guess_reads_a_change_on_the_previous_year_as_no_prior_year() -> None:
    lines = ["Region\tCases\tChange on previous year\tPrevious year", "North\t120\t4.3\t115"]
    columns = table_columns(lines, range(1, 3))[2]
    period = Guess(2025, "the year before publication")
    assert column_guess(columns, lines[1], lines[1].index("4.3"), period) is None
    assert column_guess(columns, lines[1], lines[1].index("115"), period) == (
        Guess(2024, "its table column is the year before (Previous year)"),
        None,
    )

