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

from checks.analyses.relations import role
from checks.findings import Finding
from checks.frames import records
from checks.intervals import can_be_lt, show_row, side_by_side
from checks.rules._relations import relation_findings
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_C104(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        members = context.checkable_members
        members = members[members["kind"] == "change"]
        pairs = side_by_side(role(members, "to"), role(members, "from"), "_from")
        direction = context.corpus.frames.relations["direction"].reindex(pairs.index)
        rises = can_be_lt(pairs, "_from", pairs, "")
        falls = can_be_lt(pairs, "", pairs, "_from")
        wrong = ((direction == "increase") & ~rises) | ((direction == "decrease") & ~falls)
        failing = pairs[wrong.fillna(False)].reset_index(names="relation")
        messages = [
            f"declared {direction[row.relation]}, but {row.fact_id_from} {show_row(row, '_from')} → {row.fact_id}"
            f" {show_row(row)}"
            for row in records(failing)
        ]
        yield from relation_findings(type(self), context, failing, messages)
