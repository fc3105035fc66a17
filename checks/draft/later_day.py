"""A change from a dated day after publication (round 60b).

`Fees: from January 1, 2026, the biennial RN renewal fee rises from $110 to $135, its first increase since 2014; the
LPN renewal fee stays at $90.` in a report released in November 2025: the day the change takes effect prints its year,
a year after publication's, so the level it brings ($135) is a target of that year (2026), while the level it starts
from ($110) holds now (achieved, as the drafter had it). Round 51 (checks.draft.from_day) read a day printed with no
year (`from June 1`); this reads one with its year (`from January 1, 2026`, `effective 1 April 2026`, `as of July 1,
2026`) when that day is after publication.

Only a figure after the day in the same part of its sentence (not past a `;`: `the LPN renewal fee stays at $90` is
another rule, in force), with no year printed between, dated by default (the title's or publication's year).
"""

from __future__ import annotations

import re
from datetime import date

from checks.draft.carried import ACHIEVED_DEFAULTS, starts_a_change
from checks.draft.dates import MONTH_NUMBERS
from checks.draft.guesses import Guess
from checks.draft.months import MONTH_NAMES
from checks.draft.text import PRINTED_YEAR, sentence_bounds

_DEFAULTS = (*ACHIEVED_DEFAULTS, "the year its title names")
_FROM_DATED_DAY = re.compile(
    rf"\b(?:from|as\s+of|effective|beginning|starting)\s+(?:on\s+)?"
    rf"(?:({MONTH_NAMES})\s+(\d{{1,2}}),?|(\d{{1,2}})\s+({MONTH_NAMES}))\s+((?:19|20)\d\d)\b"
)


def later_day(
    line: str, start: int, end: int, next_figure: int | None, guessed: tuple[Guess, Guess], published: date | None
) -> tuple[Guess, Guess]:
    """``guessed``, or a target of the day's year for a level a change from a later dated day brings."""
    status, period = guessed
    if published is None or status.value != "achieved" or period.why not in _DEFAULTS:
        return guessed
    low = sentence_bounds(line, start)[0]
    day = None
    for found in _FROM_DATED_DAY.finditer(line, low, start):
        day = found
    if day is None or ";" in line[day.end() : start] or PRINTED_YEAR.search(line, day.end(), start):
        return guessed
    month = MONTH_NUMBERS[(day.group(1) or day.group(4)).lower()]
    year = int(day.group(5))
    if date(year, month, int(day.group(2) or day.group(3))) <= published:
        return guessed
    if starts_a_change(line, low, start, end, next_figure, signed=True):
        return guessed  # rises from $110 to $135: the level it starts from holds now
    words = f"'{day.group()}': a day after publication"
    return Guess("target", f"{words}, when the change takes effect"), Guess(year, words)
