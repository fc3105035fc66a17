"""A figure a forecast names as its object (round 59): `The Group expects full-year capital expenditure of £110m to
£125m`, `For the full year 2025 the Board expects revenue growth of 8% to 10% and an adjusted EBITDA margin of at least
15.5%`, `The trust forecasts a deficit of £4.2m for 2026/27`. The drafter's target cues read a forecast told with `to`
(expects to reach, expected to rise); here the expectation's object is a noun and the figure its amount after `of`: what
the year under way or to come is expected to bring, a target (its period as guessed, not a year before now: the year
of publication then).

Only a figure of the forecast's own clause (a comma ends it: `…, including the new 64-bed hospital` is no forecast's),
after `of` (or the other end of a range after it, or an amount `and … of` joins to it), with no `than` and no year
before now printed between; not `expected` as an adjective (the expected 10%) nor a past forecast (`expected`,
`forecast` with was, had)."""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.text import PRINTED_YEAR, clause_bounds

_FORECAST = re.compile(r"\b(?:expects|anticipates|forecasts|projects|(?:we|they)\s+(?:expect|anticipate|forecast))\b")
_OF = re.compile(
    r"\bof\s+(?:(?:at\s+least|at\s+most|no\s+more\s+than|up\s+to|about|around|approximately|some|between)\s+)?"
    r"(?:[^\s,;]+\s+(?:to|and)\s+)?(?:[£$€]|US\$)?$"
)
_NOT = re.compile(r"\bthan\b|\b(?:was|were|had)\b")


def expected_of(line: str, start: int, status: Guess, period: Guess, now: int | None) -> tuple[Guess, Guess]:
    """``status`` and ``period`` of the figure at ``start``: a forecast's amount after `of` is a target."""
    if status.value != "achieved" or now is None:
        return status, period
    clause_start = clause_bounds(line, start)[0]
    forecast = next(reversed(list(_FORECAST.finditer(line, clause_start, start))), None)
    if forecast is None or not _OF.search(line, max(forecast.end(), start - 40), start):
        return status, period
    between = line[forecast.end() : start]
    if _NOT.search(between) or any(int(y.group()) < now for y in PRINTED_YEAR.finditer(between)):
        return status, period
    why = f"the amount a forecast names ('{forecast.group()} … of')"
    year = period.value if isinstance(period.value, int) and period.value >= now else now
    return Guess("target", why), Guess(year, why if year != period.value else str(period.why))
