"""Change goes in the wrong direction.

``{kind: change, from: a, to: b, direction: increase}`` declares that the article reports a rise
from a to b (``decrease`` a fall). It fails only when no values of the two intervals move in the
declared direction: a typo that swaps before and after, or a figure copied from the wrong year.

**Fails**::

    # "居民健康素养水平从16.20%提升至14.20%"
    - {kind: change, from: literacy-2020, to: literacy-2025, direction: increase}

**Passes**::

    # "居民健康素养水平从16.20%提升至34.20%"
    - {kind: change, from: literacy-2020, to: literacy-2025, direction: increase}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checks.findings import Finding
from checks.frames import records
from checks.intervals import can_be_lt, show_row, side_by_side
from checks.relations import checkable, relation_finding, role
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.corpus import Corpus


class Rule_C104(Rule):
    __doc__ = __doc__

    def check(self, corpus: Corpus) -> Iterator[Finding]:
        members = checkable(corpus.relation_members)
        members = members[members["kind"] == "change"]
        pairs = side_by_side(role(members, "to"), role(members, "from"), "_from")
        direction = corpus.frames.relations["direction"].reindex(pairs.index)
        rises = can_be_lt(pairs, "_from", pairs, "")
        falls = can_be_lt(pairs, "", pairs, "_from")
        wrong = ((direction == "increase") & ~rises) | ((direction == "decrease") & ~falls)
        for row in records(pairs[wrong.fillna(False)].reset_index(names="relation")):
            after = show_row(row)
            before = show_row(row, "_from")
            message = f"declared {direction[row.relation]}, but {row.fact_id_from} {before} → {row.fact_id} {after}"
            yield relation_finding(type(self), corpus, int(row.relation), row.fact, message)
