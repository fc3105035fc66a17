"""A year that tells how old a thing is dates no figure (round 63): `Of the 81 homes with hazards, 64 were built before
1950`, `Lakemont has an estimated 52,600 housing units built before 1950, about 38% of its housing stock`, `to
remediate 1,500 pre-1950 rental units …; 412 units had been remediated by the end of 2025`. `built before 1950` and
`pre-1950` describe the houses counted (their age), as a relative clause's `which were built before 1975` does
(checks.draft.name_years, which reads only such a clause, in the figure's sentence). Such a year is blanked on the
whole line and the figure's period guessed again (the year its title names, or a year printed with it: `by the end
of 2025`), only when that year dated it. `built in 2019` (when a thing was made, maybe the year reported) and a
year after `before` with no making verb (`before 2030`, a due year) keep their years."""

from __future__ import annotations

import re
from collections.abc import Callable

from checks.draft.guesses import Guess
from checks.draft.name_years import dated_by_a_printed_year, guessed_without
from checks.draft.text import blanked_matches

# built before 1950, constructed prior to 1978, pre-1950 (housing), 1950年以前建成 / 建于1950年以前
_AGE = re.compile(
    r"\b(?:built|constructed|erected)\s+(?:before|prior\s+to)\s+((?:19|20)\d\d)\b"
    r"|\bpre-((?:19|20)\d\d)\b"
    r"|((?:19|20)\d\d)\s*年(?:以前|之前|前)(?:建成|建造|修建)|建于\s*((?:19|20)\d\d)\s*年(?:以前|之前|前)",
    re.IGNORECASE,
)


def built_years(line: str, period: Guess, guess_again: Callable[[str], Guess]) -> Guess:
    """``period``, or the period ``guess_again`` gives ``line`` with the years telling a thing's age blanked, when
    one of those years dated the figure (as checks.draft.name_years does for a name's years)."""
    if not dated_by_a_printed_year(period):
        return period
    aged = [int(next(g for g in m.groups() if g)) for m in _AGE.finditer(line)]
    return guessed_without(period, aged, lambda: blanked_matches(_AGE, line, 0), guess_again, "tells a thing's age")
