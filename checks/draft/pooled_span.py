"""A figure of a span of years pooled is of the span's last year (round 68).

`The average for the five years from 2020 to 2024 was 121 cases a year; the 2025 count was 77% above that average`: the
average is the span's, dated by its last year (2024; README, Curation conventions: a span of years pooled by its last
year), not the year the report's title names (2025). Only a span named as years (`the five years from 2020 to 2024`,
`the years 2020 to 2024`, `over 2020–2024`, `between 2020 and 2024`) in the figure's clause before it, ended before
the title's year, and a figure that year dated by default; a change `from 2020 to 2024` with no `years` before it, and a
figure with a year of its own, keep their guess.
"""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.text import clause_bounds

_Y = r"((?:19|20)\d\d)"
# the five years from 2020 to 2024, the years 2020-2024, over 2020–2024, between 2020 and 2024
_SPAN = re.compile(
    rf"\byears?\s+(?:from\s+)?{_Y}\s*(?:to|through|–|-|—)\s*{_Y}\b|\b(?:over|between)\s+{_Y}\s*(?:and|–|-|—)\s*{_Y}\b",
    re.IGNORECASE,
)
_BY_DEFAULT = ("the year its title names", "the year the article is about", "publication year")


def pooled_span(line: str, start: int, period: Guess) -> Guess:
    """``period``, or the last year of a span of years pooled named in the clause of the figure at ``start`` before
    it, when the figure was dated by default to a later year."""
    if period.why not in _BY_DEFAULT or not isinstance(period.value, int):
        return period
    low = clause_bounds(line, start)[0]
    for found in _SPAN.finditer(line, low, start):
        first, last = (int(g) for g in found.groups() if g)
        if first < last < period.value:
            return Guess(last, f"'{found.group()}': a span of years pooled, dated by its last year")
    return period
