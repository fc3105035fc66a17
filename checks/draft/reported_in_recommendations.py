"""What a recommendations section reports, not recommends (round 54). A board's report under `Recommendations
for the FY2028 budget` tells how it adopted them (`The board adopted the following recommendations by a vote of
9 to 2 at its meeting on September 22, 2026`) and where a recommended level stands now (`Raise the share … to
at least two-thirds (64.9% in FY2026)`): the vote of a day already past and a level of a year over or under way
at publication are achieved, as what any report tells, not the recommendation's aim (a target; the section's
heading recommends, checks.draft.status_period). Not a figure of a year to come (`by June 2028`), nor one with
no year or day of its own (`Extend sealants to 58 more schools`: the aim)."""

from __future__ import annotations

from datetime import date

from checks.draft.days_ahead import day_before
from checks.draft.text import sentence_bounds
from checks.draft.years import ArticleYears


def reported(line: str, start: int, own_year: int | None, years: ArticleYears) -> bool:
    """Whether the figure at ``start`` of a recommendations section is reported, not recommended: its sentence
    prints a day before publication (a vote on September 22, 2026), or its own year (64.9% in FY2026) is over or
    under way when published (an October 2026 report: FY2026, ended in June)."""
    published: date | None = years.published
    if published is None:
        return False
    if day_before(line[slice(*sentence_bounds(line, start))], published):
        return True
    if own_year is None:
        return False
    return own_year < published.year or (own_year == published.year and published.month > 6)
