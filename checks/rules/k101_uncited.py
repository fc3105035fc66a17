"""Number in the article body is not curated.

Every quantity the number reader finds on the body lines must be cited by a fact (its quote
covers the number on that line, and its value is that number) or listed under ``ignore:`` with
the text around it and a reason (a plan label, a programme name, a level). This is how the
dataset proves it holds *every* figure of the article. Reported at the number's seed column.

**Fails**::

    # line 5: "... built 25 clinics and 71 health centres ..." with no fact for 71

**Passes**::

    facts:
      - {id: centres, line: 5, quote: 71 health centres, value: 71, ...}
    # or
    ignore:
      - {line: 13, text: 十四五, reason: plan label (the 14th Five-Year Plan)}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from checks.findings import Finding, Location, Severity
from checks.frames import records
from checks.intervals import show_number
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_K101(Rule):
    __doc__ = __doc__
    severity: ClassVar[Severity] = Severity.WARNING

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        for row in records(context.uncited_readings):
            yield self.finding(
                f"{row.text!r} ({show_number(row.value)}) is cited by no fact and explained by no ignore entry",
                source=Location(row.seed, int(row.line), int(row.start) + 1, int(row.end) + 1),
                dataset=corpus.key_location(row.dataset, "facts"),
            )
