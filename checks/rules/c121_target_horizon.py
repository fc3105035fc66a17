"""Target is due implausibly far after publication.

A target due more than ``target_horizon`` years (default 15; set it in ``[tool.factlint]`` of
``pyproject.toml``) after the article's publication is almost always a slip: a plan label or an
extra digit read as a year.

**Fails**::

    # published 2026-01-27
    - {id: coverage-2027, period: 2072, status: target, ...}

**Passes**::

    - {id: coverage-2027, period: 2027, status: target, ...}
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import pandas as pd

from checks.rules._years import YearRule

if TYPE_CHECKING:
    from checks.corpus import Corpus


class Rule_C121(YearRule):
    __doc__ = __doc__
    status: ClassVar[str | None] = "target"

    def failing(self, facts: pd.DataFrame, corpus: Corpus) -> pd.Series:
        return facts["period"] > facts["published_year"] + corpus.config.target_horizon

    def describe(self, row: Any, corpus: Corpus) -> str:
        horizon = corpus.config.target_horizon
        return f"target due in {row.period}, more than {horizon} years after publication in {row.published_year}"
