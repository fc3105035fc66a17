"""Percentage outside 0-100.

A fact whose indicator is a percentage (a rate, a share, a coverage) must lie in [0, 100]. Only
indicators of kind ``percent_change`` (a growth rate) may exceed 100 or fall below 0.

**Fails**::

    - {id: coverage, quote: 覆盖率达104%, value: 104, unit: percent, indicator: coverage_rate, ...}

**Passes**::

    - {id: coverage, quote: 覆盖率达100%, value: 100, unit: percent, indicator: coverage_rate, ...}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checks.findings import Finding
from checks.frames import records
from checks.intervals import show_value
from checks.rules._facts import fact_places
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_C110(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        facts = corpus.frames.facts
        percent = (facts["kind"] == "percent").fillna(False)
        outside = facts[percent & ((facts["value"] < 0) | (facts["value"] > 100)).fillna(False)]
        for row in records(outside):
            yield self.finding(
                f"percentage {show_value(row.value, row.value_text)} is outside 0-100",
                **fact_places(corpus, row, "value"),
            )
