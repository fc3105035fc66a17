"""Relation names one fact twice.

A relation's facts are distinct figures: a part counted twice, a total named among its own parts,
a change from a figure to itself or a figure declared the same as itself proves nothing (14 + 4 +
4 would "prove" a total of 22 that the article never adds up). The relation's other rules leave it
unchecked; this error is reported at the relation's line, naming the fact and its two roles (an id
no fact has, named twice, is C108's finding).

**Fails**::

    - {kind: sum, total: facilities, parts: [clinics, centres, centres]}
    - {kind: sum, total: facilities, parts: [facilities]}
    - {kind: same, facts: [clinics, clinics]}

**Passes**::

    - {kind: sum, total: facilities, parts: [clinics, centres]}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checks.findings import Finding
from checks.frames import records
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_C114(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        members = context.relation_members
        members = members[members["fact"].notna()]  # an unknown id is C108's finding
        again = members.duplicated(["relation", "fact_id"], keep="first")
        repeated = members.duplicated(["relation", "fact_id"], keep=False)
        first = members[repeated & ~again]
        roles = dict(zip(zip(first["relation"], first["fact_id"], strict=True), first["role"], strict=True))
        for row in records(members[again]):
            earlier = roles.get((row.relation, row.fact_id), row.role)
            path: tuple[str | int, ...] = ("relations", int(row.item), row.role)
            if row.role in ("parts", "facts"):
                path = (*path, int(row.position))
            both = f"twice as {row.role}" if earlier == row.role else f"as {earlier} and as {row.role}"
            yield self.finding(
                f"{row.kind} relation names '{row.fact_id}' {both}: a relation's facts are distinct figures",
                dataset=corpus.dataset_location(row.dataset, *path),
            )
