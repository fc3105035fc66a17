"""Target is due before the article was published.

A ``status: target`` figure is a goal the article sets; its ``period`` is the year it is due,
which cannot be before the article's publication year ("by the end of the year" in an article of
2022 is due in 2022). An earlier year usually means the figure is an achievement, or the year
was copied from the wrong sentence.

**Fails**::

    # published 2026-01-27
    - {id: coverage-2027, period: 2025, status: target, ...}

**Passes**::

    - {id: coverage-2027, period: 2027, status: target, ...}
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import pandas as pd

from checks.rules._years import YearRule

if TYPE_CHECKING:
    from checks.corpus import Corpus


class Rule_C120(YearRule):
    __doc__ = __doc__
    status: ClassVar[str | None] = "target"

    def failing(self, facts: pd.DataFrame, corpus: Corpus) -> pd.Series:
        return facts["period"] < facts["published_year"]

    def describe(self, row: Any, corpus: Corpus) -> str:
        return f"target due in {row.period}, before the article's publication in {row.published_year}"
