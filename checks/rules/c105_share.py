"""Percentage does not match its part and whole.

``{kind: share, percent: p, part: a, whole: b}`` declares p ≈ 100 · a / b. The ratio of the
intervals of a and b is compared with p's interval; it fails only when they cannot meet, so a
percentage printed to one decimal of rounded counts never raises a false alarm.

**Fails**::

    # "48,900 checked, 43,800 completed, a completion rate of 79.6%"
    - {kind: share, percent: completion-rate, part: completed, whole: checked}

**Passes**::

    # 43,800 / 48,900 = 89.57…%, printed "89.6%"
    - {kind: share, percent: completion-rate, part: completed, whole: checked}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checks.analyses.relations import role
from checks.findings import Finding
from checks.frames import records
from checks.intervals import overlap, ratio_percent, show_row, side_by_side
from checks.rules._relations import relation_findings
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_C105(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        members = context.checkable_members
        members = members[members["kind"] == "share"]
        percent = role(members, "percent")
        part, whole = role(members, "part"), role(members, "whole")
        common = percent.index.intersection(part.index).intersection(whole.index)
        percent = percent.loc[common]
        ratio = ratio_percent(part.loc[common], whole.loc[common])
        both = side_by_side(percent, ratio, "_ratio")
        failing = both[~overlap(both, "", both, "_ratio")]
        failing = failing.join(part["fact_id"].rename("part_id")).join(whole["fact_id"].rename("whole_id"))
        failing = failing.reset_index(names="relation")
        messages = [
            f"{row.fact_id} {show_row(row)}% ≠ 100 · {row.part_id} / {row.whole_id} = {show_row(row, '_ratio')}%"
            for row in records(failing)
        ]
        yield from relation_findings(type(self), context, failing, messages)
