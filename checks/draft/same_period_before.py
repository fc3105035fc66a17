"""Last year's same period, counted from the year a report is of (round 60).

A circular on an inspection of 2025年第四季度, published in January 2026, compares its findings with the quarter a
year before: `共发现各类安全隐患412处，较第三季度的538处下降23.4%，较上年同期的468处下降12.0%`. The possessive
`上年同期的` (`去年的`, `上一年的`, last year's) dates the figure right after it the year before the year its sentence
gives by default; the default was the year of publication (2026), while the report's title names the year it is
about (2025): 468处 is 2024's, not 2025's, as round 49's `a year earlier` counts back from the title's year.

Only an achieved figure dated so from a year given by default (no year printed in its sentence before it), in a
text whose title names a year before publication (the year of the figures of no year of their own).
"""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.text import PRINTED_YEAR, sentence_bounds

# the reason checks.draft.period_guess gives a figure after a possessive of last year: the year before <year>: '上年同期的'
_BEFORE_DEFAULT = re.compile(r"^the year before (\d{4}): '[^']*'$")


def same_period_before(line: str, start: int, status: Guess, period: Guess, title_year: int | None) -> Guess:
    """``period``, or the year before ``title_year`` for last year's figure counted from publication's year."""
    counted = _BEFORE_DEFAULT.match(str(period.why))
    if title_year is None or counted is None or status.value != "achieved":
        return period
    if int(counted.group(1)) <= title_year or PRINTED_YEAR.search(line, sentence_bounds(line, start)[0], start):
        return period
    return Guess(
        title_year - 1, f"the year before {title_year}, the year its title names: {period.why.split(': ', 1)[1]}"
    )
