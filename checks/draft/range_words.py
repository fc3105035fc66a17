"""A range told with `from … to` (round 71).

`daily visits at the fixed site ranged from 12 to 61`, `waits varied from 2 to 9 days`: the two numbers are the low and
the high of one time's values, not the two ends of a change (fell from 148 to 121), so neither is a year earlier or the
start of a span of years. The guesses read the line with the `from` after such a verb of range blanked (positions kept):
both ends keep the year their sentence reports.
"""

from __future__ import annotations

import re

from checks.draft.text import blanked_matches

# ranged from, ranging from, varied from, varies from, range from: the low end of a range follows
_RANGE_FROM = re.compile(r"\b(?:rang(?:ed|es|ing|e)|var(?:ied|ies|ying|y))\s+(from)\s+(?=[£$€]?\d)", re.IGNORECASE)


def without_range_from(line: str) -> str:
    """``line`` with the `from` of each `ranged from` blanked (positions kept)."""
    return blanked_matches(_RANGE_FROM, line, 1)
