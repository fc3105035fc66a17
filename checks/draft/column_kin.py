"""Round 48's rules on the columns of a table whose header names years among words (checks.draft.header_years):

- A column headed "of which" (其中：急需紧缺专业, of which: rural, including ICU) is a part of the column before it:
  it holds the same year's values, of the same status (区 2026年计划招收 其中：急需紧缺专业 2025年实际招收: the
  third column is the 2026 plan's part, a target of 2026 as the second).
- A column of no year before the target columns, beside a base column of a year already over when published
  (区 住培基地（家） 2026年计划招收 2025年实际招收, in a notice of 2026): how things stand when published, achieved,
  of the publication year, not the base's past year (round 39 gave such a column the base's year, which is the
  publication year when the base is of it: Unit Staffed beds Required ratio from 2027 Average, 2026).
- A cell under a column of a calendar year over when published (2025年底站点数 in the targets' table of a 2026
  work plan) is achieved, whatever the plan's words around it: what a year over holds is no target.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TypeVar

Year = TypeVar("Year")  # a column's year as checks.draft.header_years holds it (HeaderYear)

# 其中：急需紧缺专业, 其中 农村, of which: rural, Including ICU: a column of the part of the one before it
_OF_WHICH = re.compile(r"^\s*(?:其中|(?i:of\s+which|incl(?:uding|\.)))(?:\s|[:：,，]|$)")


def of_which(cell: str, before: Year | None) -> Year | None:
    """The year of a column headed "of which" (``cell``): its whole's, the column ``before`` it (None: not
    such a column, or its whole names no year)."""
    return before if before is not None and _OF_WHICH.match(cell) else None


def standing_year(bases: list[int], now: int | None) -> int:
    """The year of a column of no year before the target columns, beside base columns of ``bases``: the
    latest base's, or the publication year ``now`` when every base is of a year over."""
    latest = max(bases)
    return now if now is not None and latest < now else latest


def year_over(year: int, fiscal: bool, target: bool, published: date | None) -> bool:
    """A column of a calendar ``year`` (not a ``fiscal`` year across two) over when published, no ``target`` named."""
    return published is not None and not fiscal and not target and year < published.year
