"""Acknowledged discrepancy waived twice.

Two ``acknowledged:`` entries for the same rule and fact waive one finding: the first is the one
that applies (its reason is the one reports show), and each later one is reported at its line, so
that a second reason, perhaps the better one, is not silently dropped. Keep one, with the reason
that quotes the article best.

**Fails**::

    acknowledged:
      - {rule: P107, fact: street-centre-places-min, reason: "Less than 50)" closes "(not less than 50)"}
      - {rule: P107, fact: street-centre-places-min, reason: the translation dropped a "not"}

**Passes**::

    acknowledged:
      - {rule: P107, fact: street-centre-places-min, reason: "Less than 50)" closes "(not less than 50)"}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from checks.findings import Finding, Severity
from checks.frames import records, slug_of
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_C192(Rule):
    __doc__ = __doc__
    severity: ClassVar[Severity] = Severity.WARNING

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        waivers = corpus.frames.acknowledged.dropna(subset=["rule", "fact"])
        key = ["dataset", "rule", "fact"]
        first = waivers.drop_duplicates(subset=key, keep="first")[[*key, "item"]].rename(columns={"item": "first"})
        again = waivers[waivers.duplicated(subset=key, keep="first")].merge(first, on=key, how="left")
        for row in records(again):
            at = corpus.dataset_location(row.dataset, "acknowledged", int(row.first)).line
            yield self.finding(
                f"waiver of {row.rule} for fact '{row.fact}' is given already at line {at} (the one that applies,"
                " with its reason); keep one",
                fact=f"{slug_of(row.dataset)}/{row.fact}",
                dataset=corpus.dataset_location(row.dataset, "acknowledged", int(row.item)),
            )
