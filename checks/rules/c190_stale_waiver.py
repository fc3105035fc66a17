"""Acknowledged discrepancy matches no finding.

An ``acknowledged:`` entry waives one rule for one fact: ``{rule: C101, fact: beds-total,
reason: …}``. When the rule no longer reports that fact (the data or the article was corrected,
or the id or code is misspelt) the waiver is stale and should be removed, or it would hide a
future problem. Waivers match on rule and fact, never on a line number.

The message says what it can of the slip: a fact id no fact of the dataset has, a code no rule
has, or the codes the fact does raise (a waiver of P106 where the fact raises P107). A code that is
no rule code at all (``X999``, ``p107``) is S104's, and a waiver given twice C192's: one slip, one
finding.

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
from schemas.fields import RULE_CODE

if TYPE_CHECKING:
    import pandas as pd

# The rules about waivers themselves: their findings name a fact, but no waiver could mean them.
WAIVER_RULES = ("C190", "C191", "C192")


class Rule_C190(Rule):
    __doc__ = __doc__
    severity: ClassVar[Severity] = Severity.WARNING
    scope: ClassVar[str] = "waivers"

    def check_waivers(self, waivers: pd.DataFrame, findings: Iterable[Finding], locate: Locate) -> Iterator[Finding]:
        from checks.rules import rule_by_code  # the registry, which imports this module

        waived: set[tuple[str, str | None]] = set()
        raised: dict[str | None, set[str]] = {}  # the codes each fact raises, unacknowledged
        for f in findings:
            if f.acknowledged is not None:
                waived.add((f.code, f.fact))
            elif f.fact is not None and f.code not in WAIVER_RULES:
                raised.setdefault(f.fact, set()).add(f.code)
        # A code that is no rule code (X999, p107) is S104's finding; the waiver's only.
        coded = waivers[waivers["rule"].astype(object).map(lambda code: RULE_CODE.fullmatch(str(code)) is not None)]
        for row in records(coded):
            if (row.rule, row.fact) in waived:
                continue
            fact = row.fact.split("/", 1)[-1]
            waiver = f"waiver of {row.rule} for fact '{fact}'"
            if not row.known:
                message = f"{waiver}: no fact of this dataset has that id; correct the id or remove the waiver"
            elif rule_by_code(row.rule) is None:
                message = (
                    f"{waiver}: there is no rule {row.rule} (`factlint rules` lists them); correct it or remove it"
                )
            elif raised.get(row.fact):
                codes = " and ".join(sorted(raised[row.fact]))
                message = (
                    f"{waiver} matches no finding; the fact raises {codes}: is that the rule meant? Else remove it"
                )
            else:
                message = f"{waiver} matches no finding; remove it"
            yield self.finding(message, fact=row.fact, dataset=locate(row.dataset, ("acknowledged", int(row.item))))
