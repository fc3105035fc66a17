"""Number in the article body is not curated.

Every quantity the number reader finds on the body lines must be cited by a fact (its quote
covers the number on that line, and its value is that number) or listed under ``ignore:`` with
the text around it and a reason (a plan label, a programme name, a level). This is how the
dataset proves it holds *every* figure of the article. Reported at the number's seed column; when
the number stands inside a fact's quote that cites another of its numbers (a value copied from the
wrong number of the quote, say), at that fact's value and naming it; when it stands inside the quote
of a fact that cites another line (a line slipped: P105 reports the fact), at that fact's line and
naming it.

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
from checks.intervals import show_number, show_value
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_K101(Rule):
    __doc__ = __doc__
    severity: ClassVar[Severity] = Severity.WARNING

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        facts = corpus.frames.facts
        quoting = facts[["item", "global_id", "value", "value_text"]].rename(
            columns={"value": "fact_value", "value_text": "fact_value_text"}
        )
        elsewhere = facts[["item", "global_id", "line"]].add_prefix("other_")
        uncited = context.uncited_readings.merge(quoting, left_on="quoted_by", right_index=True, how="left")
        uncited = uncited.merge(elsewhere, left_on="quoted_elsewhere", right_index=True, how="left")
        for row in records(uncited):
            message = f"{row.text!r} ({show_number(row.value)}) is cited by no fact and explained by no ignore entry"
            if row.quoted_by is None and row.quoted_elsewhere is not None:
                # The quote of a fact whose line slipped: the number is cited, from the wrong line.
                cites = "no usable line" if row.other_line is None else f"line {show_number(row.other_line)}"
                message += f"; it stands in the quote of {row.other_global_id}, which cites {cites} (is that fact's line wrong?)"
                dataset = corpus.dataset_location(row.dataset, "facts", int(row.other_item), "line")
            elif row.quoted_by is None:
                dataset = corpus.key_location(row.dataset, "facts")
            else:
                # In a fact's quote, which cites another of its numbers: the value may be copied
                # from the wrong one; the finding points at that fact's value.
                message += f"; it stands in the quote of {row.global_id}, whose value is {show_value(row.fact_value, row.fact_value_text)}"
                dataset = corpus.dataset_location(row.dataset, "facts", int(row.item), "value")
            yield self.finding(
                message, source=Location(row.seed, int(row.line), int(row.start) + 1, int(row.end) + 1), dataset=dataset
            )
