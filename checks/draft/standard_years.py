"""A standard's level is of the year it is told in (round 56): a government response of April 2026 writes `In 2024/25
the NHSBSA processed 97.3% of MedEx applications within 10 working days, against a service standard of 95%`. The
97.3% is of 2024/25; the 95% the standard sets is a level to reach that stands when the text is published (README,
"Targets, and what a task acts on": a target of the year of publication unless it is due later), not a target of the
year that opens the sentence reporting what was done against it.

Only a figure the drafter names as a standard's value (`against a service standard of 95%`, `short of the 95% standard`,
`达到标准要求的80%`: checks.draft.guesses, status `named as …standard…`) and dated by the year opening its sentence,
when that year is over; a standard with a due year of its own keeps it."""

from __future__ import annotations

import re
from datetime import date

from checks.draft.guesses import EARLIER_OPENING_YEAR, OPENING_YEAR, Guess

_STANDARD = re.compile(r"standard|norm\b|标准", re.IGNORECASE)
_SENTENCE_YEAR = (OPENING_YEAR, EARLIER_OPENING_YEAR)


def standard_now(status: Guess, period: Guess, published: date | None) -> Guess:
    """``period``, or the year of publication for a standard's level dated by a year over that opens its sentence
    (In 2024/25 …, against a service standard of 95%: 2026 in a text of 2026)."""
    why = str(status.why)
    if published is None or status.value != "target" or not why.startswith("named as") or not _STANDARD.search(why):
        return period
    if period.why not in _SENTENCE_YEAR or not isinstance(period.value, int) or period.value >= published.year:
        return period
    return Guess(published.year, f"the level a standard sets, as it stands when published (not {period.value}'s)")
