"""Year is out of range.

A fact's ``period`` is a year between 1949 and 2100 (``earliest_year`` and ``latest_year`` in
``[tool.factlint]``). Anything else is a typo (``20225``) or a number that is not a year.

**Fails**::

    - {id: literacy-2025, period: 20225, ...}

**Passes**::

    - {id: literacy-2025, period: 2025, ...}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checks.findings import Finding
from checks.frames import records
from checks.rules._facts import fact_places
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_C123(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        facts = corpus.frames.facts.dropna(subset=["period"])
        config = corpus.config
        outside = facts[~facts["period"].between(config.earliest_year, config.latest_year)]
        for row in records(outside):
            yield self.finding(
                f"period {row.period} is not a year between {config.earliest_year} and {config.latest_year}",
                **fact_places(corpus, row, "period"),
            )
