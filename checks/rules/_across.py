"""What the cross-dataset rules share: counting, in linear time, the facts of a group that lie
entirely below a given interval, and building a finding from two rows of the fact index.

A self-join of the facts that share an indicator grows with the square of that group (a national
indicator is in every county's report); instead, each group's intervals are sorted once and every
question "how many members of group g lie entirely below this interval, and which is the lowest?"
is a binary search.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from checks.findings import Finding, Locate, Location, Related
from checks.intervals import show, show_value

if TYPE_CHECKING:
    from checks.rules.base import Rule


@dataclass(frozen=True)
class Below:
    count: np.ndarray  # per query: members of its group entirely below it
    lowest: np.ndarray  # per query: position (in the members) of the group's lowest member, -1 if none


def entirely_below(
    member_group: np.ndarray,
    member_high: np.ndarray,
    member_high_open: np.ndarray,
    query_group: np.ndarray,
    query_low: np.ndarray,
    query_low_open: np.ndarray,
) -> Below:
    """For each query (a group code and an interval's low end), the members of that group whose
    interval lies entirely below it: ``high < low``, or ``high == low`` with either end open."""
    values, ranks = np.unique(np.concatenate([member_high, query_low]), return_inverse=True)
    member_rank, query_rank = ranks[: len(member_high)], ranks[len(member_high) :]
    width = 3 * (len(values) + 1)
    # Member (high, closed?) against query (low, 2 if open else 1): at equal values an open high
    # (0) is below any low, a closed high (1) only below an open low (2).
    member_key = member_group.astype(np.int64) * width + member_rank * 3 + np.where(member_high_open, 0, 1)
    query_key = query_group.astype(np.int64) * width + query_rank * 3 + np.where(query_low_open, 2, 1)
    order = np.argsort(member_key, kind="stable")
    sorted_keys = member_key[order]
    group_start = np.searchsorted(sorted_keys, query_group.astype(np.int64) * width, side="left")
    below_end = np.searchsorted(sorted_keys, query_key, side="left")
    count = below_end - group_start
    lowest = np.where(count > 0, order[np.minimum(group_start, len(order) - 1)] if len(order) else -1, -1)
    return Below(count=count, lowest=lowest)


class LazyRows:
    """The rows of a frame as named tuples, made only for the rows asked for (a finding needs a few
    rows of a frame of 100,000; iterating over all of them costs seconds). ``LazyRows(frame, positions)``
    makes the rows the findings will need in one pass: a row taken on its own costs a millisecond,
    which a thousand findings would pay a thousand times."""

    def __init__(self, frame: pd.DataFrame, positions: Iterable[int] = ()) -> None:
        self.frame = frame
        self.made: dict[int, Any] = {}
        wanted = sorted({int(position) for position in positions})
        if wanted:
            self.made.update(zip(wanted, frame.iloc[wanted].itertuples(index=False), strict=True))

    def __getitem__(self, position: int) -> Any:
        if position not in self.made:
            self.made[position] = next(self.frame.iloc[[position]].itertuples(index=False))
        return self.made[position]


def valid_intervals(index: pd.DataFrame) -> pd.Series:
    """Rows whose interval holds at least one value (others are reported by the fact rules)."""
    low, high = index["low"], index["high"]
    return (low < high) | ((low == high) & ~index["low_open"] & ~index["high_open"])


def interval_text(row: Any) -> str:
    if row.low == row.high == row.value:  # a single value: as its dataset writes it
        return show_value(row.value, row.value_text)
    return show(row.low, row.high, row.low_open, row.high_open)


def _places(row: Any, locate: Locate) -> tuple[Location | None, Location]:
    source = None
    if isinstance(row.seed, str) and not pd.isna(row.line):
        if pd.isna(row.quote_column):
            source = Location(row.seed, int(row.line))
        else:
            source = Location(row.seed, int(row.line), int(row.quote_column), int(row.quote_end))
    return source, locate(row.dataset, ("facts", int(row.item), "value"))


def index_finding(rule: type[Rule], row: Any, other: Any, message: str, locate: Locate) -> Finding:
    """A finding at the fact of index row ``row``, with the fact of row ``other`` as related."""
    source, dataset = _places(row, locate)
    other_source, other_dataset = _places(other, locate)
    what = f"{other.global_id} = {show_value(other.value, other.value_text)}"
    related = tuple(Related(where, what) for where in (other_source, other_dataset) if where is not None)
    return rule.finding(message, fact=row.global_id, source=source, dataset=dataset, related=related)
