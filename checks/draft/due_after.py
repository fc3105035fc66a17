"""Round 48: a due year set off after the figures it dates. A plan's targets told in a list of aims (Its targets
are to cut locum expenditure by at least 20 per cent, to no more than $57 million, by 2027-28, and to lift …) may
print the due date after the figures, set off by commas, at the end of the aim they belong to: each figure of
that aim (up to the comma and "and" opening the next aim, or a semicolon, or its sentence's end) is due then: a
target of that year (a fiscal year across two, 2027-28, by the year it ends in). Only for a figure left at a
default year or achieved for want of a cue, and a due year after publication. The aim after it (and to lift the
share from 61 per cent in June 2025 to 80 per cent by June 2028) goes on with the targets, but the level it starts
from, printed with a year over, is achieved, of that year."""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.policy import DEFAULT_TARGET_YEARS

# … , by 2027-28 / , by the end of 2028 / , by June 2028: a due date set off by a comma
_DUE = re.compile(
    r",\s*by\s+(?:(?:the\s+)?end\s+of\s+)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)(?:\s*[-–/]\s*(\d\d)(?!\d))?\b"
)
# where an aim ends: ", and", "; ", a sentence's end
_AIM_END = re.compile(r",?\s+and\s|;|\.(?:\s|$)|。|；")


def due_after(line: str, end: int, status: Guess, period: Guess, now: int | None) -> tuple[Guess, Guess]:
    """The status and period of the figure ending at ``end`` of ``line``, when a due date set off by a comma
    closes its aim after it."""
    left = status.value == "target" and period.why in DEFAULT_TARGET_YEARS
    if now is None or not (left or (status.value == "achieved" and status.why == "no cue")):
        return status, period
    stop = _AIM_END.search(line, end)
    found = _DUE.search(line, end, stop.start() if stop else len(line))
    if found is None:
        return status, period
    year = int(found.group(1))
    if found.group(2) is not None:
        year = year // 100 * 100 + int(found.group(2)) + (100 if int(found.group(2)) < year % 100 else 0)
    if year <= now:
        return status, period
    why = f"the due date closing its aim ({found.group().strip(' ,')})"
    return Guess("target", why), Guess(year, why)


# from 61 per cent in June 2025: the level an aim starts from, of the year printed after it
_FROM = re.compile(r"\bfrom\s+(?:about\s+|around\s+)?[£$€]?$", re.IGNORECASE)


def aim_starts(
    line: str, start: int, status: Guess, period: Guess, own: int | None, now: int | None
) -> tuple[Guess, Guess]:
    """A figure a target's aim goes on with (and to lift … from 61 per cent in June 2025 to 80 per cent): achieved,
    of its own year, when it is the level the aim starts from and that year is over."""
    goes_on = status.value == "target" and str(status.why).startswith("the aim it goes on with")
    if not goes_on or own is None or now is None or own >= now or not _FROM.search(line, max(0, start - 20), start):
        return status, period
    return Guess("achieved", "the level an aim starts from, in a year over"), Guess(own, "the year printed with it")
