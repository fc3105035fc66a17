"""Relation compares facts whose units differ.

A sum, a change, a subset or a restatement compares amounts of one unit: people with people,
yuan with yuan. A share compares a ``percent`` with a part and a whole of one unit. Otherwise
the relation is not checked, and that is an error at its line.

**Fails**::

    - {kind: le, small: home-beds, large: clinics}        # beds vs institutions

**Passes**::

    - {kind: le, small: home-beds, large: beds-total}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checks.analyses.relations import incomparable
from checks.findings import Finding
from checks.frames import records
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_C109(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        members = context.relation_members
        # A relation with a member whose unit is unknown compares nothing S105 has not reported.
        unknown = set(
            members.loc[members["unit"].notna() & ~members["unit"].isin(list(corpus.vocabulary.units)), "relation"]
        )
        reported = [relation for relation in incomparable(members) if relation not in unknown]
        # Each reported relation's members, found in one pass (not one scan of all members per finding).
        by_relation = dict(
            tuple(members[members["relation"].isin(reported)].dropna(subset=["unit"]).groupby("relation", sort=False))
        )
        for relation in reported:
            mine = by_relation[relation]
            units = ", ".join(f"{row.fact_id} in {row.unit}" for row in records(mine))
            first = mine.iloc[0]
            yield self.finding(
                f"{first['kind']} relation compares facts of different units: {units}",
                dataset=corpus.dataset_location(first["dataset"], "relations", int(first["item"])),
            )
