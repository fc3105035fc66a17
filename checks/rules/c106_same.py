"""Same quantity stated twice with different values.

``{kind: same, facts: [x, y]}`` declares that the article states one quantity twice (in the
headline and the text, say). Every pair of their intervals must overlap; a pair that cannot is
reported at both facts.

**Fails**::

    # line 6: "build 100 grass-roots institutions"; line 9: "build 120 grass-roots institutions"
    - {kind: same, facts: [institutions-headline, institutions-text]}

**Passes**::

    # both lines say 100
    - {kind: same, facts: [institutions-headline, institutions-text]}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checks.findings import Finding
from checks.frames import records
from checks.intervals import overlap, show_row
from checks.rules._relations import relation_findings
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_C106(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        members = context.checkable_members
        members = members[members["kind"] == "same"].drop_duplicates(["relation", "fact"])
        pairs = members.merge(members, on="relation", suffixes=("", "_other"))
        pairs = pairs[pairs["fact"] != pairs["fact_other"]]
        failing = pairs[~overlap(pairs, "", pairs, "_other")]
        messages = [
            f"{row.fact_id} {show_row(row)} ≠ {row.fact_id_other} {show_row(row, '_other')}, declared the same quantity"
            for row in records(failing)
        ]
        yield from relation_findings(type(self), context, failing, messages)
