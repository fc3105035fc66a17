"""A plan for the year it is issued in (round 49): a plan whose title names its year of publication (Heat Action
Plan 2026, issued in March 2026) sets its targets for that year. A target of it with no due year of its own (will
station 36 ambulances, aims to cut cases by at least 25%) is that year's, not the latest year one of its other
targets names (… reach 50,000 homes in all by 2028): the drafter's fallback, "the year the article is about",
takes the earliest target year it prints, which is that other target's. Not when the figure's own sentence
prints a later year (… bringing the total to 60 by June 2027; 自2027年1月1日起…缩短为1年): that year dates it."""

from __future__ import annotations

import re
from datetime import date

from checks.draft.guesses import Guess
from checks.draft.text import sentence_bounds

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_FALLBACK = "the year the article is about"


def plan_title_year(
    line: str, start: int, status: Guess, period: Guess, plan: bool, title_year: int | None, published: date | None
) -> Guess:
    """``period``, or the year a plan's title names when it is the year of publication and the target has
    no year of its own (its period the fallback)."""
    if not plan or status.value != "target" or period.why != _FALLBACK:
        return period
    if title_year is None or published is None or title_year != published.year or period.value == title_year:
        return period
    if any(int(year) > title_year for year in _YEAR.findall(line, *sentence_bounds(line, start))):
        return period
    return Guess(title_year, "the year its plan's title names, the year it is issued in (no due year of its own)")
