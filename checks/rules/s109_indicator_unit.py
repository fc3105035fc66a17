"""Fact's unit differs from its indicator's unit.

Each indicator of ``schemas/indicators.yaml`` names the base unit its figures are stored in
(``health_literacy_rate`` in ``percent``, ``family_beds_established`` in ``bed``). A fact in
another unit is either a slip or a different indicator, and would make the facts of one
indicator incomparable across articles.

**Fails**::

    - {id: literacy-2025, indicator: health_literacy_rate, unit: person, ...}

**Passes**::

    - {id: literacy-2025, indicator: health_literacy_rate, unit: percent, ...}
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


class Rule_S109(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        vocabulary = corpus.vocabulary
        facts = corpus.frames.facts.dropna(subset=["indicator", "unit"])
        facts = facts[facts["unit"].isin(list(vocabulary.units))]  # an unknown unit is S105's alone
        expected = facts["indicator"].map({name: vocabulary.indicator_unit(name) for name in vocabulary.indicators})
        differs = facts[expected.notna() & (expected != facts["unit"]).fillna(False)]
        for row, unit in zip(records(differs), expected[differs.index], strict=True):
            yield self.finding(
                f"unit {row.unit} differs from {unit}, the unit of indicator {row.indicator}",
                **fact_places(corpus, row, "unit"),
            )
