"""Subset is larger than its set.

``{kind: le, small: a, large: b}`` declares a ≤ b: screenings completed cannot exceed screenings
checked, designated hospitals cannot outnumber hospitals. It fails only when every value of a's
interval exceeds every value of b's.

**Fails**::

    # "48,900 cases were checked and 53,800 cases were completed"
    - {kind: le, small: lung-completed, large: lung-checked}

**Passes**::

    # "48,900 cases were checked and 43,800 cases were completed"
    - {kind: le, small: lung-completed, large: lung-checked}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checks.analyses.relations import role
from checks.findings import Finding
from checks.frames import records
from checks.intervals import can_be_le, show_row, side_by_side
from checks.rules._relations import relation_findings
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_C103(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        members = context.checkable_members
        members = members[members["kind"] == "le"]
        pairs = side_by_side(role(members, "small"), role(members, "large"), "_large")
        failing = pairs[~can_be_le(pairs, "", pairs, "_large")].reset_index(names="relation")
        messages = [
            f"{row.fact_id} {show_row(row)} exceeds {row.fact_id_large} {show_row(row, '_large')}, of which it is a part"
            for row in records(failing)
        ]
        yield from relation_findings(type(self), context, failing, messages)
