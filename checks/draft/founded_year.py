"""A founding year does not date what a service is now (round 71).

`The Board of Health established the program in 2018 under Section 3707.57. It runs a fixed site and a mobile unit that
stops at 6 locations each week, and it is one of 28 programs of its kind.`: the year of an earlier sentence is when the
service was set up (established, founded, launched, set up, opened in 2018); the sentence after it tells in the present
what the service is and runs, as it stands at publication (README: a figure told in the present tense). The guesses took
the last year printed before it on its line. Only a done figure so dated, in a sentence of its own with a verb in the
present before it, no verb in the past and no year.
"""

from __future__ import annotations

import re
from datetime import date

from checks.draft.guesses import Guess
from checks.draft.text import PRINTED_YEAR, sentence_bounds

_LAST_YEAR_BEFORE = "the last year printed before it on its line"
_FOUNDED = re.compile(
    r"\b(?:established|founded|set\s+up|launched|created|opened|started|began|introduced)\b[^.;]*?\b(?:in|since)\s+"
    r"(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b",
)
_PRESENT = re.compile(
    r"\b(?:runs|operates|is|are|has|have|stops|serves|employs|covers|offers|provides)\b", re.IGNORECASE
)
_PAST = re.compile(r"\b(?:was|were|had|did|ran|served|made|reached|stopped|opened|closed)\b", re.IGNORECASE)


def founded_year(line: str, start: int, status: Guess, period: Guess, published: date | None) -> Guess:
    """``period``, or the year of publication for a present-tense figure dated by a founding year before it."""
    if published is None or status.value != "achieved" or period.why != _LAST_YEAR_BEFORE:
        return period
    sentence_start = sentence_bounds(line, start)[0]
    founded = next(reversed(list(_FOUNDED.finditer(line, 0, sentence_start))), None)
    if founded is None or int(founded.group(1)) != period.value:
        return period
    if PRINTED_YEAR.search(line, founded.end(), start):
        return period  # a later year between: it, not the founding, is the one before the figure
    part = line[sentence_start:start]
    if _PRESENT.search(part) is None or _PAST.search(part):
        return period
    return Guess(published.year, "told in the present tense after the year its service was founded")
