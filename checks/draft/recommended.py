"""What a section of recommendations says that is no level to reach (README: Targets, and what a task acts on).

A recommendation's levels are targets (raise stock to cover at least 90% of repairs); but the things it acts on,
named by definite words (the remaining 6 boreholes, the 9 villages still below 50%), exist already, and so do
the recommendations a response counts (accepts 11 of the 13 recommendations): achieved, of the year of
publication. A target it changes (the end target … be lowered from 60% to 50%) is a target at both ends, of
the target's due year: the latest the text names (round 41).
"""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.planned import latest_due_year
from checks.draft.text import clause_bounds, digits_at
from checks.draft.years import ArticleYears
from checks.numbers import Quantity

_RECOMMENDED = "a recommendation"
# the remaining 6 boreholes, the 9 villages, the other 3 districts: a definite count the recommendation acts on
_DEFINITE = re.compile(r"\bthe\s+(?:remaining\s+|other\s+|last\s+|same\s+|existing\s+)?$", re.I)
# 11 of the 13 recommendations, 13 recommendations: what is counted is recommendations themselves
_COUNTS_THEM = re.compile(
    r"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?\d[\d,]*)?\s+(?:\w+\s+)?(?:recommendations|proposals|actions)\b|\s*[条项]建议",
    re.I,
)
# the end target for handwashing stations be lowered from 60% to 50%: a target changed, both its ends
_TARGET_CHANGED = re.compile(
    r"\b(?:targets?|goals?)\b[^.;:]{0,60}?\b(?:lowered|raised|reduced|increased|revised|changed|cut|moved)\s+"
    r"(?:(?:down|up)\s+)?from\s+(?:[$£€]?\d[\d.,]*\s*(?:%|per\s*cent)?\s+to\s+)?[$£€]?$",
    re.I,
)
# will make 12 recommendations, is to publish 5 proposals: recommendations still to come
_TO_COME = re.compile(r"\b(?:will|shall|to\s+(?:make|publish|issue|produce|set\s+out))\b", re.I)


def recommended(
    line: str, q: Quantity, status: Guess, period: Guess, years: ArticleYears, recommends: bool
) -> tuple[Guess, Guess]:
    """A figure of a recommendations section: what it acts on or counts achieved now, a target it changes a
    target of the target's year; any other figure as guessed."""
    if years.now is None:
        return status, period
    digits = digits_at(q)
    clause_start = clause_bounds(line, q.start)[0]
    if _COUNTS_THEM.match(line, q.end) and not _TO_COME.search(line, clause_start, q.start):
        # ClearSpring accepts 11 of the 13 recommendations (and will report on them): the report's, now
        return Guess("achieved", "the recommendations counted"), Guess(years.now, "publication year")
    if not recommends:
        return status, period
    head = line[max(0, q.start - 120) : digits]
    if _TARGET_CHANGED.search(head):
        year = latest_due_year(years.targets, years.now)
        return Guess("target", "a target the recommendation changes"), Guess(year, "the due year of that target")
    if not str(status.why).startswith(_RECOMMENDED):
        return status, period
    # things counted, no unit word read (not the 16 hours a day a recommendation moves towards: a level)
    if q.qualifier == "eq" and q.unit in (None, "unit", "person", "institution") and _DEFINITE.search(line, 0, digits):
        return Guess("achieved", "a definite count the recommendation acts on"), Guess(years.now, "publication year")
    return status, period
