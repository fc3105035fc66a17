"""A scheme year written across two years dates its figures by its end (round 68).

`“石城惠医保”2025—2026保障年度（保障期为2025年4月1日至2026年3月31日）共有186.2万人参保`: a scheme, policy or season year
written with its two calendar years is dated by the year it ends (README, Curation conventions: a fiscal or scheme year by
the year it ends), 2026, not by the first year printed (2025). Only two years running on (2025—2026, 2025/2026, 2025-26
is left to checks.draft.fiscal) before 年度 with at most a few characters between (保障年度, 参保年度, 运营年度), in the
figure's clause before it, when the figure was dated by the span's first year.
"""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.name_years import dated_by_a_printed_year
from checks.draft.text import clause_bounds

# 2025—2026保障年度, 2025/2026年度, 2025至2026运营年度: two years running on, then 年度
_SCHEME_YEAR = re.compile(r"((?:19|20)\d\d)\s*(?:—|–|-|/|至)\s*((?:19|20)\d\d)\s*年?\s*[\u4e00-\u9fff]{0,4}?年度")


def scheme_year(line: str, start: int, period: Guess) -> Guess:
    """``period``, or the end of the scheme year written across two years in the clause of the figure at ``start``,
    when the figure was dated by that year's first."""
    if not dated_by_a_printed_year(period):
        return period
    low = clause_bounds(line, start)[0]
    for found in _SCHEME_YEAR.finditer(line, low, start):
        first, last = int(found.group(1)), int(found.group(2))
        if last == first + 1 and period.value == first:
            return Guess(last, f"'{found.group()}': a scheme year across two years, dated by its end")
    return period
