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

from checks.findings import Finding, Severity
from checks.frames import records, slug_of
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_C190(Rule):
    __doc__ = __doc__
    severity: ClassVar[Severity] = Severity.WARNING
    runs_after_waivers: ClassVar[bool] = True

    def check_waivers(self, context: Context, findings: Iterable[Finding]) -> Iterator[Finding]:
        corpus = context.corpus
        waived = {(f.code, f.fact) for f in findings if f.acknowledged is not None}
        waivers = corpus.frames.acknowledged.dropna(subset=["rule", "fact"])
        for row in records(waivers):
            if (row.rule, f"{slug_of(row.dataset)}/{row.fact}") not in waived:
                yield self.finding(
                    f"waiver of {row.rule} for fact '{row.fact}' matches no finding; remove it",
                    fact=f"{slug_of(row.dataset)}/{row.fact}",
                    dataset=corpus.dataset_location(row.dataset, "acknowledged", row.item),
                )

    def check(self, context: Context) -> Iterator[Finding]:
        return iter(())  # this rule reads the other rules' findings: see check_waivers
