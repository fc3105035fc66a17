"""A run of years a report counts to its own year (round 60b).

`Cleanliness has now stayed above 98% at trust level for five consecutive years.` in a summary of PLACE 2025 published
in January 2026: `now` ends a run of the years assessed, the last of them the year the report is about (its title's
2025), not the year it is published in. A figure dated by `now` (the publication year) in a text whose title names a
year before publication takes the title's year when its sentence counts such a run (`for five consecutive years`, `for
the third year running`, `three years in a row`). Without the run (`The trust now runs 52 wards`), `now` stays the
publication's year.
"""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.text import sentence_bounds

_RUN = re.compile(
    r"\bfor\s+(?:\w+|\d+)\s+(?:consecutive|successive|straight)\s+years\b"
    r"|\b(?:years?|times?)\s+(?:running|in\s+a\s+row)\b",
    re.IGNORECASE,
)


def run_of_years(line: str, start: int, status: Guess, period: Guess, title_year: int | None) -> Guess:
    """``period``, or ``title_year`` for a figure dated by 'now' in a sentence counting a run of years."""
    if title_year is None or status.value != "achieved" or period.why != "'now'":
        return period
    if not isinstance(period.value, int) or period.value <= title_year:
        return period
    if _RUN.search(line, *sentence_bounds(line, start)) is None:
        return period
    return Guess(title_year, "the year its title names: 'now' ends a run of the years it reports")
