"""Sub-region's count exceeds its enclosing region's.

For indicators marked ``additive: true`` (counts that add up across regions: hospitals, beds,
screenings), a district's figure cannot exceed its city's, nor a city's its province's, for the
same indicator, period and status, whichever datasets they come from. Reported at the sub-region's
fact, once for each enclosing region, with one fact it exceeds (and how many, when more than one).

**Fails**::

    # data/suiyang.yaml (411403): village_clinics 2020 = 613
    # data/shangqiu.yaml (411400): village_clinics 2020 = 600

**Passes**::

    # data/shangqiu.yaml (411400): village_clinics 2020 = 4500
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

import numpy as np
import pandas as pd

from checks.analyses.index import group_codes
from checks.findings import Finding, Locate
from checks.rules._across import LazyRows, entirely_below, index_finding, interval_text, valid_intervals
from checks.rules.base import Rule
from schemas.regions import ancestors

if TYPE_CHECKING:
    from schemas.vocab import Vocabulary

KEY = ["indicator", "period", "status"]


class Rule_C132(Rule):
    __doc__ = __doc__
    scope: ClassVar[str] = "corpus"

    def check_index(
        self, index: pd.DataFrame, vocabulary: Vocabulary, regions: dict[str, str], locate: Locate
    ) -> Iterator[Finding]:
        additive = index["indicator"].isin(vocabulary.additive_indicators())
        facts = index[valid_intervals(index) & additive].reset_index(drop=True)
        if facts.empty:
            return
        # Each fact asks, of every region enclosing its own: is a fact there entirely below mine?
        regions_seen = facts["region"].astype(object)
        enclosing = regions_seen.map({code: ancestors(code) for code in regions_seen.unique()})
        asking = enclosing.explode().dropna()
        queries = facts.loc[asking.index, KEY].assign(region=asking.to_numpy(dtype=object))
        keys = pd.concat([facts[[*KEY, "region"]].astype(object), queries.astype(object)], ignore_index=True)
        codes = group_codes(keys, [*KEY, "region"])
        member_group, query_group = codes[: len(facts)], codes[len(facts) :]
        position = asking.index.to_numpy()
        below = entirely_below(
            member_group,
            facts["high"].to_numpy(),
            facts["high_open"].to_numpy(bool),
            query_group,
            facts["low"].to_numpy()[position],
            facts["low_open"].to_numpy(bool)[position],
        )
        found = np.flatnonzero(below.count > 0)
        rows = LazyRows(facts, np.concatenate([position[found], below.lowest[found]]).tolist())
        for at in found:
            row, outer = rows[position[at]], rows[int(below.lowest[at])]
            count = int(below.count[at])
            more = f" (and {count - 1} other fact{'s' if count > 2 else ''})" if count > 1 else ""
            yield index_finding(
                type(self),
                row,
                outer,
                f"{row.indicator} of {row.region} is {interval_text(row)}, more than {interval_text(outer)}"
                f" of the enclosing {outer.region} ({outer.global_id}){more}",
                locate,
            )
