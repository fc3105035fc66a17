"""Relation names a fact that does not exist.

Every id a relation names must be a fact of the same dataset. A misspelt id would leave the
relation unchecked, so it is an error at the relation's line.

**Fails**::

    - {kind: sum, total: facilities, parts: [clinic, centres]}     # the fact is "clinics"

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


class Rule_C108(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        members = context.relation_members
        for row in records(members[members["fact"].isna()]):
            path: tuple[str | int, ...] = ("relations", int(row.item), row.role)
            if row.role in ("parts", "facts"):
                path = (*path, int(row.position))
            yield self.finding(
                f"{row.kind} relation names '{row.fact_id}' as {row.role}, but no fact has that id",
                dataset=corpus.dataset_location(row.dataset, *path),
            )
