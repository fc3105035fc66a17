"""A whole day of the publication year in a month already over (round 55): a hospital's price list updated on
2 February 2026 whose prices `apply … from January 1, 2026`, a notice of 20 March that counts what it received
`between 1 December 2025 and 31 January 2026`, speaks of the year under way: its figures with no year of their
own (the prices, the beds, the plans it contracts with) are the publication year's, even in January to June.

A month of the publication year before the publication month already says so when printed alone or with its
year (`in January`, `February 2026`, `2026年1月`: checks.draft.months.month_over); a day printed whole, in words
or digits (`January 1, 2026`, `1 January 2026`, `2026-01-01`: dates.WHOLE_DATES), says the same. Not a day of
a later month (`from July 1, 2026` in a notice of March: a change to come, checks.draft.days_ahead), nor a day
of another year (`on December 31, 2025`: the year before is reported), nor a day of the publication month
itself (only the month's name makes it over)."""

from __future__ import annotations

from datetime import date

from checks.draft.dates import dates_printed


def day_over(line: str, published: date) -> bool:
    """Whether ``line`` prints a whole day of the publication year in a month before the publication month
    (from January 1, 2026 in a notice of 2026-02-02)."""
    return any(
        day is not None and day.year == published.year and day.month < published.month for _, day in dates_printed(line)
    )
