"""A list under a lead-in that names a plan for the year under way (round 60).

`Our PLACE action plan for 2026, agreed by the Board of Directors on 8 January 2026, includes:` then bullets (`•
dementia training for at least 600 ward staff in 2026`, `• 20 more accessible toilets … by March 2027, at a cost of
about £240,000`, `• a new menu …, with at least 6 choices at each meal, from April 2026`) in a text of January 2026:
what the plan includes is work to do, its items' figures targets (as round 27's lead-in with a due year, `… commits
us to the following by March 31, 2027:`). A lead-in that only names a year for (`Highlights for 2026:`) lists what was
done in a year under way; one that names a plan, programme or strategy of that year (`The delivery plan for 2026/27
sets out:`, `Our work programme for 2026 will:`) lists what is to come. Not a year over (`our plan for 2024
delivered:`), and an item's own words still decide (an achieved cue, an amount allocated, a count acted on).
"""

from __future__ import annotations

import re

_PLAN_FOR = re.compile(
    r"\b(?:plans?|programmes?|programs?|strateg(?:y|ies)|priorities)\s+for\s+(?:the\s+)?(?:(?:FY|fiscal\s+year|financial\s+year)\s?)?"
    r"((?:19|20)\d\d)(?:\s*[-/–]\s*((?:19|20)?\d\d))?(?![\d/-])",
    re.IGNORECASE,
)


def plan_lead_year(line: str) -> tuple[str, str | None] | None:
    """The year (its first and last, as printed) of the plan a lead-in (``line``, ending in a colon) names, or None."""
    if not line.rstrip().endswith((":", "：")):
        return None
    named = _PLAN_FOR.search(line)
    return (named.group(1), named.group(2)) if named is not None else None


# • £1.85 million from the 2026/27 capital programme to replace flooring: an amount a budget of a year has set aside
_FROM_BUDGET = re.compile(
    r"\s+from\s+the\s+((?:19|20)\d\d)(?:\s*[-/–]\s*((?:19|20)?\d\d))?\s+(?:[a-z]+\s+){0,2}"
    r"(?:programme|program|budget|fund|allocation)\b",
    re.IGNORECASE,
)


def from_budget(line: str, end: int) -> tuple[str, str | None] | None:
    """The year (as printed) of the budget an item's amount ending at ``end`` is taken from, or None: the
    amount is allocated already (achieved, of that budget's year), no target of the plan listing it."""
    taken = _FROM_BUDGET.match(line, end)
    return (taken.group(1), taken.group(2)) if taken is not None else None
