"""Two facts give one quantity different values.

Two facts with the same indicator, region, period and status describe the same quantity, whether
in one dataset or in two articles; their intervals must overlap. When they cannot, both are
reported, each with the other as related location. (Declare ``same`` when the article states a
quantity twice on purpose; give a fact its own ``region`` when it is about another place.)

**Fails**::

    # data/a.yaml: health_literacy_rate, 410100, 2025, achieved = 34.2
    # data/b.yaml: health_literacy_rate, 410100, 2025, achieved = 43.2

**Passes**::

    # both 34.2 (or one of them for 2024)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checks.findings import Finding
from checks.frames import records
from checks.intervals import overlap, show_row
from checks.rules._facts import pair_finding
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context

KEY = ["indicator", "region", "period", "status"]


class Rule_C107(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        facts = context.fact_intervals.dropna(subset=[*KEY, "low", "high"])
        facts = facts.assign(label=facts.index).astype({name: object for name in KEY})
        pairs = facts.merge(facts, on=KEY, suffixes=("", "_other"))
        pairs = pairs[pairs["label"] != pairs["label_other"]]
        members = context.relation_members
        declared = members[members["kind"] == "same"]
        same = set(zip(declared["relation"], declared["fact"], strict=True))
        together = {(a, b) for (rel_a, a) in same for (rel_b, b) in same if rel_a == rel_b and a != b}
        for row in records(pairs[~overlap(pairs, "", pairs, "_other")]):
            if (row.label, row.label_other) in together:
                continue  # a declared restatement: C106 reports it
            yield pair_finding(
                type(self),
                corpus,
                row,
                "_other",
                f"{row.indicator} for {row.region}, {row.period} ({row.status}) is {show_row(row)} here"
                f" but {show_row(row, '_other')} in {row.global_id_other}",
            )
