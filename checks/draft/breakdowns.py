"""Round 44: a breakdown after a comparison. A sentence gives a figure, compares it with an earlier one and then,
after a colon, breaks the first down (we offered 14,860 appointments, up from 13,920 in the same quarter last
year: 9,410 face-to-face, 4,730 by telephone …). The last year before the colon is the compared figure's; the parts
after it are of the time the figure broken down is, as it stands. (A Chinese sentence of this shape, 比去年同期的…
增加11.3%：其中…, is read so already.)"""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.text import sentence_bounds
from checks.numbers import Quantity

# up from 13,920 in the same quarter last year, compared with 1,200 last year, 比去年同期的…: a comparison
# with a figure, then the last year it is of, closing the clause before a colon
_COMPARED_LAST_YEAR = re.compile(
    r"(?:\b(?:from|than|compared\s+with|against|versus|on)\s+[^\d:：;；]{0,12}\d[\d,.]*[^:：;；\d]{0,40}?"
    r"\b(?:last|previous)\s+year\b)\s*[:：]\s*$",
    re.IGNORECASE,
)
_LAST_YEAR_CUE = ("'last year'", "'previous year'")
_CUE_AFTER = re.compile(r"\b(?:last|previous)\s+year\b|去年|上年", re.IGNORECASE)


def broken_down(line: str, q: Quantity, period: Guess, now: int | None) -> Guess:
    """A part after a colon that closes a comparison with last year, drafted last year's: now's."""
    if now is None or period.why not in _LAST_YEAR_CUE:
        return period
    start = sentence_bounds(line, q.start)[0]
    colon = max(line.rfind(":", start, q.start), line.rfind("：", start, q.start))
    if colon < 0 or _CUE_AFTER.search(line, colon, sentence_bounds(line, q.start)[1]):
        return period
    if not _COMPARED_LAST_YEAR.search(line[start : colon + 1]):
        return period
    return Guess(now, "a part of the figure broken down after the comparison before its colon")
