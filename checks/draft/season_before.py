"""Last season's figures in a plan (round 49): a plan issued before its season opens by reporting the season before
(Nagpur had 41 days … during the 2025 hot season (March to June), eight more than in 2024, and the city's hospitals
reported 1,318 … cases; a review … found deaths in May and June 2025 about 18% higher …; the excess is estimated
at 140 to 190 deaths). A figure of such a sentence, with no cue of its own but the plan's (or told in the past and
dated by the drafter to now), reports the past: achieved, of the last year gone by that its sentence prints
before it. A year compared with (than in 2024, compared with 2024, from 2024, since 2024) is not the figure's;
a sentence that speaks of what is to come (will, to be, aims, by …) is left to the other rules."""

from __future__ import annotations

import re
from datetime import date

from checks.draft.guesses import Guess
from checks.draft.text import sentence_bounds
from checks.draft.years import years_in

_BY_PLAN = "no cue; the document is a plan"
_PAST_TOLD = "a plan's sentence told in the simple past reports"
_TO_COME = re.compile(
    r"\b(?:will|shall|would|to\s+be|aims?|aimed|plans?\s+to|target|goal|by\s+(?:\d|the\s+end|end)|should|must)\b",
    re.IGNORECASE,
)
_COMPARED = re.compile(r"\b(?:than(?:\s+in)?|compared\s+(?:with|to)(?:\s+in)?|from|since|over|against)\s*$", re.I)


def season_before(
    line: str, start: int, status: Guess, period: Guess, plan: bool, published: date | None
) -> tuple[Guess, Guess] | None:
    """Achieved, of the last year gone by before the figure in its sentence, for a plan's figure reporting the
    season before (see the module); else None."""
    if not plan or published is None:
        return None
    if status.why != _BY_PLAN and not (status.why == _PAST_TOLD and period.why == "now"):
        return None
    sentence_end = sentence_bounds(line, start)[1]
    # the sentence to its full stop: a part after a semicolon (…; the excess is estimated at 140 …) goes on with it
    sentence_start = max(line.rfind(". ", 0, start) + 2, line.rfind("。", 0, start) + 1, 0)
    if _TO_COME.search(line, sentence_start, sentence_end):
        return None
    gone = [
        y
        for y in years_in(line[sentence_start:start], sentence_start)
        if not y.target and y.value < published.year and not _COMPARED.search(line, max(0, y.position - 16), y.position)
    ]
    if not gone:
        return None
    return Guess("achieved", "a plan's report of the season before"), Guess(
        gone[-1].value, "the last year gone by in its sentence"
    )
