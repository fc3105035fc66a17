"""That year's target (round 49): "… rise from 64 in 2025, short of that year's target of 90, to at least 110 by
15 April 2026": "that year's" (the same year's) points back to the last year printed before it in its sentence;
the target named so is that year's, met or missed (README: a target of a year over stays a target)."""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.text import sentence_bounds

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_THAT_YEAR = re.compile(r"\b(?:that|the\s+same)\s+year['’]s\b[^,;.\d]{0,30}$", re.IGNORECASE)


def that_years(line: str, start: int, period: Guess) -> Guess:
    """``period``, or the last year printed before ``start`` in its sentence when "that year's" names the figure."""
    found = _THAT_YEAR.search(line, max(0, start - 50), start)
    if found is None:
        return period
    sentence_start = sentence_bounds(line, start)[0]
    before = _YEAR.findall(line, sentence_start, found.start())
    if not before:
        return period
    return Guess(int(before[-1]), "the year 'that year's' points back to")
