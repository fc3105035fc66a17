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

from checks.findings import Finding
from checks.frames import records
from checks.intervals import overlap, ratio_percent, show_row, side_by_side
from checks.relations import checkable, relation_finding, role
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.corpus import Corpus


class Rule_C105(Rule):
    __doc__ = __doc__

    def check(self, corpus: Corpus) -> Iterator[Finding]:
        members = checkable(corpus.relation_members)
        members = members[members["kind"] == "share"]
        percent = role(members, "percent")
        part, whole = role(members, "part"), role(members, "whole")
        common = percent.index.intersection(part.index).intersection(whole.index)
        percent = percent.loc[common]
        ratio = ratio_percent(part.loc[common], whole.loc[common])
        both = side_by_side(percent, ratio, "_ratio")
        for row in records(both[~overlap(both, "", both, "_ratio")].reset_index(names="relation")):
            computed = show_row(row, "_ratio")
            message = (
                f"{row.fact_id} {show_row(row)}% ≠ 100 · "
                f"{part.loc[row.relation, 'fact_id']} / {whole.loc[row.relation, 'fact_id']} = {computed}%"
            )
            yield relation_finding(type(self), corpus, int(row.relation), row.fact, message)
