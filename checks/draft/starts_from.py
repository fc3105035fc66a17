"""A target whose clause says when it starts after it (raise the fee to no less than £20 from April 2027 and
extend … by March 2028; fund at least 1,500 places in each of the next three years, starting in 2027/28):
it is of the year it starts, not of a due date the sentence gives another task, nor of publication."""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.months import MONTH_NAMES
from checks.draft.text import sentence_bounds

_MONTH = rf"(?:{MONTH_NAMES})"
# from April 2027, from 1 April 2027, starting in 2027/28, with effect from 2028: the start, after the figure,
# with no other number between (a figure of its own would take the date)
_STARTS = re.compile(
    r"^[^\d;.:()]{0,120}?\b(?:from|starting(?:\s+in|\s+from)?|with\s+effect\s+from|effective)\s+"
    rf"(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+)?((?:19|20)\d\d)(?:\s*[/–-]\s*(\d\d))?\b(?!\s*(?:levels?\b|(?:to|and)\s+(?:19|20)\d\d))",
)


# Round 45: … will be funded from 1 March 2027 for …, for up to 1,200 people a year: a yearly target with no due
# year of its own is of the year its sentence says the thing starts in, earlier in the sentence (a later year).
_STARTED_BEFORE = re.compile(
    rf"\bwill\s+(?:be\s+)?[a-z]+(?:ed)?\s+(?:from|starting(?:\s+on|\s+in)?)\s+(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_YEARLY = "a recurring target with no due year: from publication"


def starts_from(line: str, end: int, status: Guess, period: Guess) -> Guess:
    """``period``, or the year the clause after a target's figure (ending at ``end``) says it starts."""
    if status.value != "target" or period.why == "the year printed with it":
        return period
    found = _STARTS.search(line[end:])
    if found is None and period.why == _YEARLY and isinstance(period.value, int):
        opens = sentence_bounds(line, max(0, end - 1))[0]
        started = [int(m.group(1)) for m in _STARTED_BEFORE.finditer(line, opens, end)]
        if started and started[-1] > period.value:
            return Guess(started[-1], "the year its sentence says it starts, a yearly target")
    if found is None:
        return period
    year = int(found.group(1)) + (1 if found.group(2) else 0)  # a fiscal year: the year it ends in
    return Guess(year, f"the year it starts ('{found.group(0).strip()[-30:]}')")
