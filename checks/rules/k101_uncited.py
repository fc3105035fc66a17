"""Number in the article body is not curated.

Every quantity the number reader finds on the body lines must be cited by a fact (its quote
covers the number on that line, and its value is that number) or listed under ``ignore:`` with
the text around it and a reason (a plan label, a programme name, a level). This is how the
dataset proves it holds *every* figure of the article. Reported at the number's seed column; when
the number stands inside a fact's quote that cites another of its numbers (a value copied from the
wrong number of the quote, say), at that fact's value and naming it.

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
        facts = corpus.frames.facts[["item", "global_id", "value"]]
        uncited = context.uncited_readings.merge(
            facts.rename(columns={"value": "fact_value"}), left_on="quoted_by", right_index=True, how="left"
        )
        for row in records(uncited):
            message = f"{row.text!r} ({show_number(row.value)}) is cited by no fact and explained by no ignore entry"
            if row.quoted_by is None:
                dataset = corpus.key_location(row.dataset, "facts")
            else:
                # In a fact's quote, which cites another of its numbers: the value may be copied
                # from the wrong one; the finding points at that fact's value.
                message += f"; it stands in the quote of {row.global_id}, whose value is {show_number(row.fact_value)}"
                dataset = corpus.dataset_location(row.dataset, "facts", int(row.item), "value")
            yield self.finding(
                message, source=Location(row.seed, int(row.line), int(row.start) + 1, int(row.end) + 1), dataset=dataset
            )
