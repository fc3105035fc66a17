"""Achieved figure describes a year after publication.

A ``status: achieved`` figure reports what has happened; it cannot be about a year after the
article was published. Usually the figure is a target (``status: target``), or its period was
taken from a plan's end year. One exception, as the curation conventions record it: a budget's
allocation for the fiscal year that begins around publication is achieved (the budget makes it), of
the year that fiscal year ends in (a February 2026 budget for 2026/27: 2027). It passes when its quote
or note names that fiscal year (``2026/27``, ``2026-2027``, ``FY2027``, ``FY27``).

**Fails**::

    # published 2026-01-27
    - {id: literacy-2025, period: 2027, status: achieved, ...}

**Passes**::

    - {id: literacy-2025, period: 2025, status: achieved, ...}
    # published 2026-02-19
    - {id: waiting-lists, quote: "£27.6m for 2026/27", period: 2027, status: achieved, ...}
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, ClassVar

import pandas as pd

from checks.rules._years import YearRule

if TYPE_CHECKING:
    from checks.corpus import Corpus


class Rule_C122(YearRule):
    __doc__ = __doc__
    status: ClassVar[str | None] = "achieved"

    def failing(self, facts: pd.DataFrame, corpus: Corpus) -> pd.Series:
        after = facts["period"] > facts["published_year"]
        next_year = facts[(after & (facts["period"] == facts["published_year"] + 1)).fillna(False)]
        fiscal = [
            names_fiscal_year(quote, int(period)) or names_fiscal_year(note, int(period))
            for quote, note, period in zip(next_year["quote"], next_year["note"], next_year["period"], strict=True)
        ]
        return after & ~facts.index.isin(next_year.index[fiscal])

    def describe(self, row: Any, corpus: Corpus) -> str:
        return f"achieved figure dated {row.period}, after the article's publication in {row.published_year}"


def names_fiscal_year(text: object, ends: int) -> bool:
    """Whether ``text`` names the fiscal year that ends in ``ends`` (for 2027: 2026/27, 2026-27,
    2026–2027, FY2027, FY 27, FY2026-27)."""
    if not isinstance(text, str):
        return False
    start, end = ends - 1, ends
    spans = rf"(?<!\d){start}\s?[/\-–—]\s?(?:{end}|{end % 100:02d})(?!\d)"
    labels = rf"\bFY\s?(?:{end}|{end % 100:02d})(?!\d)"
    return re.search(f"{spans}|{labels}", text, re.IGNORECASE) is not None
