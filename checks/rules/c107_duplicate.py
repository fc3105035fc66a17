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
from checks.rules._same_quantity import same_quantity_pairs
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.corpus import Corpus


class Rule_C107(Rule):
    __doc__ = __doc__

    def check(self, corpus: Corpus) -> Iterator[Finding]:
        pairs = same_quantity_pairs(corpus)
        # A declared restatement that disagrees is C106's to report.
        for row in records(pairs[~overlap(pairs, "", pairs, "_other") & ~pairs["declared"]]):
            yield pair_finding(
                type(self),
                corpus,
                row,
                "_other",
                f"{row.indicator} for {row.region}, {row.period} ({row.status}) is {show_row(row)} here"
                f" but {show_row(row, '_other')} in {row.global_id_other}",
            )
