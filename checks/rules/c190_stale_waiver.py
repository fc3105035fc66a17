"""Acknowledged discrepancy matches no finding.

An ``acknowledged:`` entry waives one rule for one fact: ``{rule: C101, fact: beds-total,
reason: …}``. When the rule no longer reports that fact (the data or the article was corrected,
or the id or code is misspelt) the waiver is stale and should be removed, or it would hide a
future problem. Waivers match on rule and fact, never on a line number.

**Fails**::

    acknowledged:
      - {rule: C101, fact: beds-total, reason: the article's parts add up to 18}   # nothing to waive

**Passes**::

    acknowledged: []    # or a waiver that matches a finding of its rule for its fact
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, ClassVar

from checks.findings import Finding, Locate, Severity
from checks.frames import records
from checks.rules.base import Rule

if TYPE_CHECKING:
    import pandas as pd


class Rule_C190(Rule):
    __doc__ = __doc__
    severity: ClassVar[Severity] = Severity.WARNING
    scope: ClassVar[str] = "waivers"

    def check_waivers(self, waivers: pd.DataFrame, findings: Iterable[Finding], locate: Locate) -> Iterator[Finding]:
        waived = {(f.code, f.fact) for f in findings if f.acknowledged is not None}
        for row in records(waivers):
            if (row.rule, row.fact) not in waived:
                yield self.finding(
                    f"waiver of {row.rule} for fact '{row.fact.split('/', 1)[-1]}' matches no finding; remove it",
                    fact=row.fact,
                    dataset=locate(row.dataset, ("acknowledged", int(row.item))),
                )
