"""A sentence that opens on the date of a past event (round 43): ``On March 3, 2024, the council approved a
contract for two years, April 1, 2024 through March 31, 2026, with a ceiling of $4,800,000.`` Its figures are
of the event's year; the term's dates printed between (a span's end, through March 31, 2026) are no year of
theirs."""

from __future__ import annotations

import re

from checks.draft.guesses import LINE_YEAR, Guess
from checks.draft.text import sentence_bounds
from checks.draft.years import YEAR
from checks.numbers import Quantity

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# (BACKGROUND:) On November 14, 2023, / On 14 November 2023,
_OPENS_ON = re.compile(
    r"\s*(?:[A-Z][A-Za-z ]{0,30}:\s+)?On\s+(?:" + _MONTH + r"\s+\d{1,2},?\s+|\d{1,2}\s+" + _MONTH + r"\s+)"
    r"((?:19|20)\d\d)\s*,"
)
# through December 31, 2026, to 31 March 2026, until 2026: the end of a span of dates
_SPAN_END = re.compile(
    r"\b(?:through|until|to|–)\s+(?:" + _MONTH + r"\s+\d{1,2},?\s+|\d{1,2}\s+" + _MONTH + r"\s+)?$", re.IGNORECASE
)
_LAST_YEAR = LINE_YEAR


def opened_on(line: str, q: Quantity, period: Guess) -> Guess:
    """The figure's period: the year of the date its sentence opens on, when it took the end of a span of dates
    printed between; else as guessed."""
    if period.why != _LAST_YEAR:
        return period
    begin = sentence_bounds(line, q.start)[0]
    opening = _OPENS_ON.match(line, begin)
    if opening is None:
        return period
    years = list(YEAR.finditer(line, opening.end(), q.start))
    if not years or int(years[-1].group(1)) != period.value:
        return period
    if not _SPAN_END.search(line, max(0, years[-1].start() - 30), years[-1].start()):
        return period
    return Guess(int(opening.group(1)), "the date its sentence opens on (a span of dates between)")
