"""A target's year is not that of the level it rises from (round 49): in a plan issued in spring, "About 1,200
drinking-water points will operate …, up from 930 last summer" dates 930 by "last summer" (the summer before
publication), not the 1,200 to come. A target whose period the guesses took from a relative past (last summer,
last year) printed after another figure that follows it in its sentence takes the year of publication instead: a
target is of the year it is set for, and a spring plan's season is that year's."""

from __future__ import annotations

import re
from datetime import date

from checks.draft.guesses import Guess
from checks.draft.text import sentence_bounds

_RELATIVE_PAST = re.compile(r"^'last\s+(?:summer|winter|spring|autumn|fall|season|year)'$", re.IGNORECASE)
_WORD = re.compile(r"\blast\s+(?:summer|winter|spring|autumn|fall|season|year)\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d")


def rises_from(line: str, end: int, status: Guess, period: Guess, published: date | None) -> Guess:
    """``period``, or the publication year for a target dated by the relative past of the figure after it."""
    if status.value != "target" or published is None or not _RELATIVE_PAST.match(str(period.why)):
        return period
    word = _WORD.search(line, end, sentence_bounds(line, end)[1])
    if word is None or not _NUMBER.search(line, end, word.start()):
        return period
    return Guess(published.year, "publication year (the relative past after it dates the level it rises from)")
