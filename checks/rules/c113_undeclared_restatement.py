"""Two facts of one dataset name one quantity, and no same relation says so.

An indicator, a region, a period and a status name one quantity. Two facts of one article that
share all four either state that quantity twice, which ``{kind: same, facts: [x, y]}`` declares
(and C106 then checks), or are two quantities the catalogue cannot tell apart, whose indicator
must be split (a street centre's and a township centre's minimum places are two indicators, not
one). Left as they are, the dataset says that one quantity has two values. Pairs whose values
cannot agree are C107's; this rule reports the others, at the later fact. In an article whose
place is no region of GB/T 2260 (``region: null``, which C107 compares with nothing), it reports
every such pair.

**Fails**::

    - {id: street-places-min, indicator: childcare_places_per_centre_min, value: 50, qualifier: ge, ...}
    - {id: township-places-min, indicator: childcare_places_per_centre_min, value: 30, qualifier: ge, ...}

**Passes**::

    - {id: street-places-min, indicator: childcare_places_per_street_centre_min, value: 50, ...}
    - {id: township-places-min, indicator: childcare_places_per_township_centre_min, value: 30, ...}
    # or, for one quantity stated twice: {kind: same, facts: [tasks, tasks-restated]}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

import pandas as pd

from checks.analyses.index import group_codes
from checks.findings import Finding, Severity
from checks.frames import records
from checks.intervals import overlap
from checks.rules._facts import pair_finding
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context

KEY = ["indicator", "region", "period", "status"]
KEY_BUT_REGION = ["indicator", "period", "status"]


class Rule_C113(Rule):
    __doc__ = __doc__
    severity: ClassVar[Severity] = Severity.WARNING

    def check(self, context: Context) -> Iterator[Finding]:
        facts = context.fact_intervals.dropna(subset=[*KEY_BUT_REGION, "low", "high"])
        # Within one dataset only (the key's facts in other datasets are C107's), each pair once,
        # reported at its later fact. Most facts share their key with no other: only the groups
        # of two or more are paired, by an integer per group. A fact with no region (its article's
        # place is not in GB/T 2260) shares it with the others of its dataset that have none.
        facts = facts.assign(unlisted=facts["region"].isna(), region=facts["region"].fillna(""))
        group = group_codes(facts, ["dataset", *KEY])
        shared = pd.Series(group).duplicated(keep=False).to_numpy()
        facts = facts[shared].assign(label=facts.index[shared], group=group[shared])
        pairs = facts.merge(facts, on="group", suffixes=("", "_other"))
        pairs = pairs[pairs["label"] > pairs["label_other"]]
        members = context.relation_members
        same = members.loc[members["kind"] == "same", ["relation", "fact"]].dropna().astype("int64")
        together = same.merge(same, on="relation", suffixes=("", "_other"))
        declared = pd.MultiIndex.from_frame(pairs[["label", "label_other"]]).isin(
            pd.MultiIndex.from_frame(together[["fact", "fact_other"]])
        )
        # Values that cannot agree are C107's to report, where it compares them.
        for row in records(pairs[~declared & (overlap(pairs, "", pairs, "_other") | pairs["unlisted"])]):
            yield pair_finding(
                type(self),
                context.corpus,
                row,
                "_other",
                f"{row.global_id_other} has the same indicator {row.indicator}, region, period and status:"
                " declare them the same quantity ({kind: same}) or give each its own indicator",
            )
