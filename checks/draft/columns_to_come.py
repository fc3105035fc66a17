"""A table column of charges from a day to come, or of a fiscal year not begun, holds what is to come (round 65).

A trust's page of March 2026 announces new parking charges: a table ``Length of stay<TAB>Until 31 March
2026<TAB>From 1 April 2026`` over ``Up to 2 hours<TAB>£2.80<TAB>£2.90``, and a staff table ``Pay band<TAB>2025/26
<TAB>2026/27`` over ``bands 2 to 4<TAB>12.00<TAB>12.50``. The column headed by a day after publication (``From 1
April 2026``, ``Effective 1 July 2026``, ``自2026年4月1日起``), and the column of a fiscal year printed across two
(2026/27) that has not begun when published (those fiscal years begin in April or later: a text of January to
March of its first year), hold values to come: targets, where no cue of the words says otherwise. A cell that
says it keeps the old value (``£9.50 (no change)``, ``不变``) states what is in force already: it keeps its status.

Not the column headed ``Until 31 March 2026`` (the values in force), nor ``From 1 April 2025`` in a text of
2026 (begun), nor 2026/27 in a text of May 2026 (begun)."""

from __future__ import annotations

import re
from datetime import date

from checks.draft.guesses import Guess
from checks.draft.header_years import HeaderYear
from checks.draft.months import MONTH_NAMES, year_and_month
from checks.draft.tables import Column, column_of

# From 1 April 2026, Effective April 1, 2026, With effect from 1 April 2026, 自2026年4月1日起: a day values start on
# (its groups as months.year_and_month reads them: a month's word and a year, or a year and a month's number)
_FROM_DAY = re.compile(
    rf"(?i:(?:from|effective(?:\s+from)?|with\s+effect\s+from|starting|beginning)\s+(?:\d{{1,2}}\s+)?"
    rf"({MONTH_NAMES})(?:\s+\d{{1,2}},?)?\s+((?:19|20)\d\d))"
    r"|[自从]\s*((?:19|20)\d\d)\s*年\s*(1[0-2]|[1-9])\s*月(?:\s*\d{1,2}\s*日)?\s*起"
)
# (no change), unchanged, 不变: the cell keeps the value in force
_KEPT = re.compile(r"\s*[(（]?\s*(?i:no\s+change|unchanged)|\s*[(（]?\s*(?:不变|维持不变|保持不变)")


def _day_to_come(header: str, published: date) -> bool:
    found = _FROM_DAY.fullmatch(header.strip())
    return found is not None and year_and_month(found) > (published.year, published.month)


def _fiscal_to_come(year: HeaderYear | None, published: date) -> bool:
    """A column of a fiscal year printed across two (2026/27) whose first year is publication's, in a text of its
    first three months: not begun."""
    return year is not None and year.fiscal and year.alone and year.year - 1 == published.year and published.month < 4


def to_come(
    row: list[Column] | None,
    years: list[HeaderYear | None] | None,
    line: str,
    position: int,
    end: int,
    published: date | None,
) -> bool:
    """Whether the cell at ``position`` (its figure ending at ``end``) stands in a column of values to come when
    ``published``: headed by a day to come, or a fiscal year not begun, and not marked as kept."""
    if published is None or row is None or _KEPT.match(line, end):
        return False
    index = column_of(line, position)
    if not 0 < index < len(row):
        return False
    year = years[min(index, len(years) - 1)] if years else None
    return _day_to_come(row[index].header, published) or _fiscal_to_come(year, published)


def coming_status(
    row: list[Column] | None,
    years: list[HeaderYear | None] | None,
    line: str,
    span: tuple[int, int],
    status: Guess,
    published: date | None,
) -> Guess:
    """``status``, or a target when no cue gave it and the cell's column holds values to come (``to_come``)."""
    if status.why != "no cue" or not to_come(row, years, line, span[0], span[1], published):
        return status
    return Guess("target", "its table column holds the values to come when published")
