"""A table whose caption dates it by a month gone by reports what stood then, even in a plan (round 64).

A board paper asking approval of a plan prints the state it starts from as a table: ``Table 1. Diagnosis rate by
place, people aged 65 and over, January 2026`` above rows of counts and rates, in a paper published in March 2026.
``sections.captioned_tables`` takes a caption's year only when the year is over; a month of the year of publication
already begun by then (January 2026, published March 2026) dates the table as well: its rows are measured, of that
year (achieved 2026), not the plan's proposals of the year its rules take effect (2026/27: 2027).

Only a caption (a short line, no sentence, right above the rows) whose one year is printed with a month
(``January 2026``, ``2026年1月``) not after the month of publication. Not ``Table 3. Diagnosis rate trajectory,
2026/27`` (no month), nor ``Table 2. Planned rates, June 2026 to March 2027`` (two years), nor a month to come
(``Table 4. Staffing at December 2026`` in a text of March 2026)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from checks.draft.captions import is_caption
from checks.draft.months import MONTH_NAMES, year_and_month
from checks.draft.years import years_in

# January 2026, 2026年1月: a month printed with its year
_MONTH_YEAR = re.compile(rf"\b({MONTH_NAMES})\s+((?:19|20)\d\d)\b|((?:19|20)\d\d)\s*年\s*(1[0-2]|[1-9])\s*月")


def _month_year(caption: str, published: date) -> int | None:
    """The year of the one month-and-year ``caption`` prints, when it is its only year and not after publication."""
    if len({y.value for y in years_in(caption)}) != 1:
        return None
    found = list(_MONTH_YEAR.finditer(caption))
    if len(found) != 1:
        return None
    year, month = year_and_month(found[0])
    return year if (year, month) <= (published.year, published.month) else None


def month_captioned_tables(lines: Sequence[str], numbers: Sequence[int], published: date | None) -> dict[int, int]:
    """The rows (lines of cells split by tabs) of each table whose caption dates it by a month gone by or under
    way when ``published``: each row's year is the caption's."""
    found: dict[int, int] = {}
    year = None
    if published is None:
        return found
    for number in numbers:
        line = lines[number - 1]
        if "\t" not in line.strip():
            year = _month_year(line, published) if is_caption(line) else None  # as sections.captioned_tables
        elif year is not None:
            found[number] = year
    return found
