"""Amount is negative.

Counts, amounts of money, durations, rates and percentages are never below zero; a decrease is
written as a positive amount under an indicator that names the decrease (``cost_reduction``).
Only ``percent_change`` indicators may be negative.

**Fails**::

    - {id: saving, quote: 次均费用较普通住院降低7400余元, value: -7400, unit: yuan, ...}

**Passes**::

    - {id: saving, quote: 次均费用较普通住院降低7400余元, value: 7400, unit: yuan, ...}
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


class Rule_C112(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        facts = corpus.frames.facts
        # Percentages have their own range rule (C110); growth rates may be negative.
        signed = facts["kind"].isin(["percent", "percent_change"]).fillna(False)
        negative = facts[~signed & (facts["value"] < 0).fillna(False)]
        for row in records(negative):
            yield self.finding(
                f"{row.kind or 'amount'} {show_value(row.value, row.value_text)} is negative",
                **fact_places(corpus, row, "value"),
            )
