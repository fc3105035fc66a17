"""Two facts give one quantity different values.

Two facts with the same indicator, region, period and status describe the same quantity, whether
in one dataset or in two articles; their intervals must overlap. When they cannot, both are
reported, each with one fact it disagrees with as related location (and how many it disagrees
with, when more than one). (Declare ``same`` when the article states a
quantity twice on purpose; give a fact its own ``region`` when it is about another place.)

**Fails**::

    # data/a.yaml: health_literacy_rate, 410100, 2025, achieved = 34.2
    # data/b.yaml: health_literacy_rate, 410100, 2025, achieved = 43.2

**Passes**::

    # both 34.2 (or one of them for 2024)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np
import pandas as pd

from checks.analyses.index import group_codes
from checks.findings import Finding, Locate
from checks.rules._across import LazyRows, entirely_below, index_finding, interval_text, valid_intervals
from checks.rules.base import Rule

if TYPE_CHECKING:
    from schemas.vocab import Vocabulary

KEY = ["indicator", "region", "period", "status"]


def _declared_same(row: Any, other: Any) -> bool:
    mine, theirs = row.same_group, other.same_group
    return isinstance(mine, str) and isinstance(theirs, str) and bool(set(mine.split(";")) & set(theirs.split(";")))


class Rule_C107(Rule):
    __doc__ = __doc__
    scope: ClassVar[str] = "corpus"

    def check_index(
        self, index: pd.DataFrame, vocabulary: Vocabulary, regions: dict[str, str], locate: Locate
    ) -> Iterator[Finding]:
        facts = index[valid_intervals(index)].reset_index(drop=True)
        if facts.empty:
            return
        group = group_codes(facts, KEY)
        low, high = facts["low"].to_numpy(), facts["high"].to_numpy()
        low_open, high_open = facts["low_open"].to_numpy(bool), facts["high_open"].to_numpy(bool)
        below = entirely_below(group, high, high_open, group, low, low_open)
        above = entirely_below(group, -low, low_open, group, -high, high_open)
        conflicting = np.flatnonzero(below.count + above.count > 0)
        if not len(conflicting):
            return
        # Named tuples only for the facts involved (most corpora have none), made together.
        first = [
            below.lowest[conflicting[below.count[conflicting] > 0]],
            above.lowest[conflicting[above.count[conflicting] > 0]],
        ]
        rows = LazyRows(facts, np.concatenate([conflicting, *first]).tolist())
        members: dict[int, list[int]] = {}
        for position in map(int, conflicting):
            candidates = [int(below.lowest[position])] if below.count[position] else []
            candidates += [int(above.lowest[position])] if above.count[position] else []
            row = rows[position]
            if any(_declared_same(row, rows[c]) for c in candidates):
                # A declared restatement is C106's: look for a disagreeing fact that is not one.
                if not members:
                    for at, code in enumerate(group):
                        members.setdefault(int(code), []).append(at)
                candidates = [
                    at
                    for at in members[int(group[position])]
                    if _disagree(low, high, low_open, high_open, position, at) and not _declared_same(row, rows[at])
                ]
                if not candidates:
                    continue
                count = len(candidates)
            else:
                count = int(below.count[position] + above.count[position])
            other = rows[candidates[0]]
            more = f" (and {count - 1} other fact{'s' if count > 2 else ''})" if count > 1 else ""
            yield index_finding(
                type(self),
                row,
                other,
                f"{row.indicator} for {row.region}, {row.period} ({row.status}) is {interval_text(row)} here"
                f" but {interval_text(other)} in {other.global_id}{more}",
                locate,
            )


def _disagree(low: np.ndarray, high: np.ndarray, low_open: np.ndarray, high_open: np.ndarray, a: int, b: int) -> bool:
    """Whether the intervals of rows ``a`` and ``b`` share no value."""

    def below(x: int, y: int) -> bool:
        return bool(high[x] < low[y] or (high[x] == low[y] and (high_open[x] or low_open[y])))

    return below(a, b) or below(b, a)
