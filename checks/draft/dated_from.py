"""A change from a dated day to come sets its new levels (round 68).

`From July 1, 2026, the number of technicians one pharmacist may supervise rises from 3 to 4, and the annual renewal fee
rises from $200 to $250`, in a bulletin of January 2026: the levels the change brings (4, $250) are targets of the year
it takes effect, the levels it starts from (3, $200) what holds now, as checks.draft.from_day reads a day printed with no
year (`from June 1`). There a day with its year was left to the other guesses, which took the rising verb for what has
happened. Only a day with its month and year (`From July 1, 2026`, `effective 1 April 2027`) after
publication, in the figure's sentence before it; a span of days (`from July 1, 2026 to June 30, 2027`) and a figure a
change starts from (`from 3`) keep their guess. Not the Chinese `自2027年1月1日起` (its level changed from, `由每人每月720元`,
and a level kept, `保持590元`, sit apart from it: checks.draft.policy reads those).
"""

from __future__ import annotations

import re
from datetime import date

from checks.draft.dates import MONTH_NUMBERS
from checks.draft.guesses import Guess
from checks.draft.months import MONTH_NAMES
from checks.draft.text import sentence_bounds

_DAY_YEAR = re.compile(
    rf"\b(?:[Ff]rom|[Aa]s\s+of|[Ee]ffective|[Bb]eginning|[Ss]tarting)\s+(?:on\s+)?"
    rf"(?:({MONTH_NAMES})\s+(\d{{1,2}})|(\d{{1,2}})\s+({MONTH_NAMES})),?\s+((?:19|20)\d\d)\b"
    r"(?!\s*(?:to|until|through|till|and|[-–—])\s*(?:the\s+)?(?:\d|[A-Z]))"
)
# from 3, from $200, from £11.44: the level a change starts from
_FROM_LEVEL = re.compile(r"\bfrom\s+[$£€]?\s*$")


def _day(found: re.Match[str]) -> date | None:
    """The day ``found`` names (None for a day that is none)."""
    g = found.groups()
    try:
        month = MONTH_NUMBERS[(g[0] or g[3]).lower()]
        return date(int(g[4]), month, int(g[1] or g[2]))
    except (ValueError, KeyError):
        return None


def dated_change(line: str, start: int, status: Guess, period: Guess, published: date | None) -> tuple[Guess, Guess]:
    """``status`` and ``period``, or a target of the day's year for a figure after a dated day to come in its
    sentence (From July 1, 2026, …), unless it is the level a change starts from."""
    if published is None or status.value != "achieved":
        return status, period
    low, _ = sentence_bounds(line, start)
    for found in _DAY_YEAR.finditer(line, low, start):
        day = _day(found)
        if day is None or day <= published or _FROM_LEVEL.search(line, max(low, start - 8), start):
            continue
        words = f"'{found.group().strip()}': a day after publication"
        return Guess("target", f"{words}, when the change takes effect"), Guess(day.year, words)
    return status, period
