"""Money already awarded for a year to come (round 71).

`The Department of Health has awarded the program $710,000 for state fiscal year 2027`, `The fund has granted us £48,000
for 2027-28`: the award is made (a verb in the present perfect, done by publication), so it is achieved, of the year it
is for, though that year is after publication (the guesses called a figure of a later year a target). Only money (a currency right
before the amount; not `has approved an increase of 2.4%`), not an award to come (`will award`, `has applied for`).
"""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.text import clause_bounds

# has awarded the program, have been granted, has allocated: the perfect of a verb of awarding, before the amount
_AWARDED = re.compile(
    r"\b(?:has|have)\s+(?:been\s+)?(?:awarded|granted|allocated)\b(?:\s+(?!will\b)[\w'’]+){0,4}\s+$",
    re.IGNORECASE,
)
# the currency right before the amount: an award is money (not `has approved an increase of 2.4%`)
_MONEY = re.compile(r"(?:[£$€¥₹]|\b(?:US|A|NZ|C)\$|\b(?:USD|EUR|GBP|KSh|Rs\.?|PHP|₱))\s*$")
_AFTER_PUBLICATION = re.compile(r"the year \d{4} is after publication")


def awarded_ahead(line: str, start: int, status: Guess) -> Guess:
    """``status``, or achieved for an amount awarded already for a year after publication."""
    if status.value != "target" or not _AFTER_PUBLICATION.search(status.why):
        return status
    clause_start = clause_bounds(line, start)[0]
    before = line[clause_start:start]
    money = _MONEY.search(before)
    if money is None or _AWARDED.search(before, 0, money.start()) is None:
        return status
    return Guess("achieved", "an amount awarded already (a perfect tense), for the year to come")
