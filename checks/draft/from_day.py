"""A change from a day to come (round 51): a notice of changes published before the day they take effect says what
changes "from June 1" (as of July 1, effective June 1, beginning September 15; 自6月1日起), its day printed with no
year: "LU code 488 is broadened from June 1: the HbA1c criterion falls from 8.5% to 7.5%, and the maximum
reimbursed quantity rises from 26 to 28 sensors", in a notice of May 14, 2026. A day later in the year than
publication is this year's (not the last June before it); the levels the change brings (7.5%, 28 sensors) are
targets of that year, and the level a change starts from (from 8.5%, from 26) is what holds now, achieved of the
year of publication. A day already past, a span of days (from October 6 to November 21, 2025: its year printed after its end)
or a figure with a year of its own is left to the other guesses."""

from __future__ import annotations

import re
from datetime import date

from checks.draft.carried import starts_a_change
from checks.draft.dates import MONTH_NUMBERS
from checks.draft.guesses import Guess
from checks.draft.months import MONTH_NAMES
from checks.draft.text import clause_bounds, sentence_bounds

_FROM_DAY = re.compile(
    rf"\b(?:from|as\s+of|effective|beginning|starting)\s+(?:on\s+)?({MONTH_NAMES})\s+(\d{{1,2}})\b(?!\s*,?\s*(?:19|20)\d\d)"
    # conducted from October 6 to November 21, 2025: a span of days, its year after its end
    r"(?!\s*(?:to|until|through|till|and|[-–—])\s*(?:the\s+)?(?:\d|[A-Z]))"
    r"|(?:自|从)\s*(1[0-2]|[1-9])\s*月\s*(\d{1,2})\s*[日号]\s*起",
)


def from_day_to_come(
    line: str, start: int, end: int, next_figure: int | None, published: date | None, own_year: bool
) -> tuple[Guess, Guess] | None:
    """(status, period) of a figure in a sentence of a change from a day after publication (from June 1):
    the level it starts from achieved, any other a target, of the year of publication; else None."""
    if published is None or own_year:
        return None
    low, high = sentence_bounds(line, start)
    found = _FROM_DAY.search(line, low, high)
    if found is None or found.start() <= start < found.end():
        return None
    month = MONTH_NUMBERS[found.group(1).lower()] if found.group(1) else int(found.group(3))
    day = int(found.group(2) or found.group(4))
    if (month, day) <= (published.month, published.day):
        return None
    words = f"'{found.group()}': a day after publication"
    if starts_a_change(line, clause_bounds(line, start)[0], start, end, next_figure):
        return Guess("achieved", f"the level a change {words} starts from"), Guess(published.year, words)
    return Guess("target", f"{words}, when the change takes effect"), Guess(published.year, words)
