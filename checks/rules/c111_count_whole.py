"""Count is not a whole number.

A fact of kind ``count`` (people, institutions, beds, cases) is a whole number. ``1.0436 million
people`` is stored as ``1043600``; a fractional count is a conversion slip.

**Fails**::

    - {id: beneficiaries, quote: 1.0436 million people, value: 1043.6, unit: person, ...}

**Passes**::

    - {id: beneficiaries, quote: 1.0436 million people, value: 1043600, unit: person, ...}
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


class Rule_C111(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        facts = corpus.frames.facts
        counts = (facts["kind"] == "count").fillna(False)
        # A missing or unreadable value (nan) is the schema rules' to report, not a fraction.
        values = facts["value"]
        fractional = facts[counts & values.notna() & (values != values.round()).fillna(False)]
        for row in records(fractional):
            yield self.finding(
                f"count {show_value(row.value, row.value_text)} is not a whole number",
                **fact_places(corpus, row, "value"),
            )
