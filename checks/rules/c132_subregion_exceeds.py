"""Sub-region's count exceeds its enclosing region's.

For indicators marked ``additive: true`` (counts that add up across regions: hospitals, beds,
screenings), a district's figure cannot exceed its city's, nor a city's its province's, for the
same indicator, period and status, whichever datasets they come from.

**Fails**::

    # data/suiyang.yaml (411403): village_clinics 2020 = 613
    # data/shangqiu.yaml (411400): village_clinics 2020 = 600

**Passes**::

    # data/shangqiu.yaml (411400): village_clinics 2020 = 4500
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checks.findings import Finding
from checks.frames import records, where
from checks.intervals import can_be_le, show_row
from checks.rules._facts import pair_finding
from checks.rules.base import Rule
from schemas.regions import encloses

if TYPE_CHECKING:
    from checks.context import Context

KEY = ["indicator", "period", "status"]


class Rule_C132(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        additive = {name for name, entry in corpus.vocabulary.indicators.items() if entry.get("additive") is True}
        facts = context.fact_intervals.dropna(subset=[*KEY, "region", "low"])
        facts = facts[facts["indicator"].isin(additive)].astype({name: object for name in [*KEY, "region"]})
        pairs = facts.merge(facts, on=KEY, suffixes=("", "_outer"))
        inside = [encloses(outer, inner) for inner, outer in zip(pairs["region"], pairs["region_outer"], strict=True)]
        pairs = where(pairs, inside)
        for row in records(pairs[~can_be_le(pairs, "", pairs, "_outer")]):
            yield pair_finding(
                type(self),
                corpus,
                row,
                "_outer",
                f"{row.indicator} of {row.region} is {show_row(row)}, more than {show_row(row, '_outer')}"
                f" of the enclosing {row.region_outer} ({row.global_id_outer})",
            )
