"""Money drawn from a fund or budget of a year (round 62): `市财政从2026年健康促进专项资金中安排奖补资金280万元，其中对
示范级医院每家奖励20万元、…，其余10万元用于…` in a story of February 2026 on the review of 2025: the amounts are
allocations of the 2026 fund, 2026's, not the year the story reports on (its title's 2025). So are the parts of the sum
named after it in its sentence (其中…每家20万元, 其余10万元) and, in English, `The county drew $1.2 million from its 2026
budget for the awards, of which $50,000 went to each clinic`. Round 60's `• £1.85 million from the 2026/27 capital
programme` (checks.draft.plan_lead_ins.from_budget) read a listed item whose amount comes before the budget; this reads
the budget named before the amounts. Not a figure its clause dates by a year of its own (`2025年支出80万元`), nor a
target: what a budget is to pay for later is dated as targets are."""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.text import sentence_bounds

# 从2026年健康促进专项资金中安排, from its 2026 budget, out of the 2026/27 fund
_FROM_FUND = re.compile(
    r"从\s*((?:19|20)\d\d)\s*年(?:度)?[^，,。；;\d]{0,20}?(?:资金|预算|经费|基金)(?:中|里)?"
    r"(?:安排|拨付|列支|支出|下达)"
    r"|\b(?:from|out\s+of)\s+(?:the|its|their|our)\s+((?:19|20)\d\d)(?:\s*[-/–]\s*(?:19|20)?\d\d)?\s+"
    r"(?:[a-z]+\s+){0,2}(?:budget|fund|allocation)\b",
    re.IGNORECASE,
)
_OWN_YEAR = ("the year printed with it",)


def fund_year(line: str, start: int, status: Guess, period: Guess) -> Guess:
    """The year of the fund or budget that ``line``'s sentence draws the money at ``start`` from, named before it;
    else ``period``."""
    if status.value != "achieved" or period.why in _OWN_YEAR:
        return period
    low = sentence_bounds(line, start)[0]
    drawn = list(_FROM_FUND.finditer(line, low, start))
    if not drawn:
        return period
    year = int(drawn[-1].group(1) or drawn[-1].group(2))
    return Guess(year, "the year of the fund it is drawn from") if year != period.value else period
