"""A table column of the change against a year is no column of that year (round 59): a monitoring bulletin's table
`人群	样本量（人）	合格率（%）	优良率（%）	合格率比2020年变化（百分点）` prints in its last column how far each group's rate
moved since the last round (`+1.2`): the year after 比 is the base compared with, as `比2020年提高1.8个百分点` in a
sentence is (checks.draft.period_guess's rule 1), not the period of the cells. The same in English: `Change vs 2020
(pp)`, `Change since 2019`, `Difference from 2024 (%)`, `较2020年增减`.

Such a header cell names no year of its own: its column is the latest year the header names (as a `Change (%)`
column's is), or, when none, the year the text's figures take (its title's, the year it reports). Not a header
naming the change's span (`Change 2024 to 2025`: checks.draft.header_years reads it), nor a column of a year with
no change word (`2020年`)."""

from __future__ import annotations

import re

_AGAINST = re.compile(
    r"(?:比|较|与|相比|对比)\s*(?:19|20)\d\d\s*年?(?:度)?\s*(?:相比)?\s*(?:变化|增减|变动|增长|提高|下降|升降)"
    r"|(?i:\b(?:change|difference|variance)\s+(?:vs\.?|versus|since|from|on|against|compared\s+(?:with|to))\s+"
    r"(?:19|20)\d\d\b(?!\s*(?:to|[-–/])\s*\d))"
)


def change_against_year(cell: str) -> bool:
    """Whether a header cell names the change against a year (合格率比2020年变化, Change since 2020)."""
    return _AGAINST.search(cell) is not None
