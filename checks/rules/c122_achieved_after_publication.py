"""Achieved figure describes a year after publication.

A ``status: achieved`` figure reports what has happened; it cannot be about a year after the
article was published. Usually the figure is a target (``status: target``), or its period was
taken from a plan's end year.

**Fails**::

    # published 2026-01-27
    - {id: literacy-2025, period: 2027, status: achieved, ...}

**Passes**::

    - {id: literacy-2025, period: 2025, status: achieved, ...}
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import pandas as pd

from checks.rules._years import YearRule

if TYPE_CHECKING:
    from checks.corpus import Corpus


class Rule_C122(YearRule):
    __doc__ = __doc__
    status: ClassVar[str | None] = "achieved"

    def failing(self, facts: pd.DataFrame, corpus: Corpus) -> pd.Series:
        return facts["period"] > facts["published_year"]

    def describe(self, row: Any, corpus: Corpus) -> str:
        return f"achieved figure dated {row.period}, after the article's publication in {row.published_year}"
