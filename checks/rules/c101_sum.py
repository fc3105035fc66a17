"""Total does not equal the sum of its parts.

``{kind: sum, total: a, parts: [b, c]}`` declares that the article's total is made of exactly
those parts. Each figure stands for its printed interval (rounding, widened by its qualifier), so
the rule fails only when no values inside the intervals can make total = Σ parts.

**Fails**::

    # 25 clinics + 71 centres, "98 facilities in all"
    - {kind: sum, total: facilities, parts: [clinics, centres]}

**Passes**::

    # 25 clinics + 71 centres, "96 facilities in all"
    - {kind: sum, total: facilities, parts: [clinics, centres]}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

import pandas as pd

from checks.analyses.relations import role
from checks.findings import Finding
from checks.frames import records
from checks.intervals import can_be_le, interval_sum, overlap, show_row, side_by_side
from checks.rules._relations import relation_findings
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_C101(Rule):
    __doc__ = __doc__
    kind: ClassVar[str] = "sum"
    verdict: ClassVar[str] = "≠"

    @staticmethod
    def agrees(both: pd.DataFrame) -> pd.Series:
        return overlap(both, "", both, "_sum")

    def check(self, context: Context) -> Iterator[Finding]:
        members = context.checkable_members
        members = members[members["kind"] == self.kind]
        total = role(members, "total")
        parts = interval_sum(members[members["role"] == "parts"], "relation")
        both = side_by_side(total, parts, "_sum")
        failing = both[~self.agrees(both)].reset_index(names="relation")
        messages = [
            f"sum of parts {show_row(row, '_sum')} {self.verdict} total {show_row(row)}" for row in records(failing)
        ]
        yield from relation_findings(type(self), context, failing, messages)


def parts_fit(both: pd.DataFrame) -> pd.Series:
    """Σ parts <= total is possible."""
    return can_be_le(both, "_sum", both, "")
