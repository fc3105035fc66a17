"""Ignore entry explains nothing.

An ``ignore:`` entry names a number of a body line that is not a claim. Its ``text`` must occur
on its ``line`` and cover a number the reader reads there; otherwise it is stale (the seed or
the line changed, or the text was mistyped) and would silently excuse nothing, or the wrong thing.
A line past the seed's end (the entry says 57, the seed has 20 lines) is said so, as P109 says it
of a body: the seed has only 20 lines.

**Fails**::

    ignore:
      - {line: 14, text: 十四五, reason: plan label}     # 十四五 is on line 13

**Passes**::

    ignore:
      - {line: 13, text: 十四五, reason: plan label}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from checks.findings import Finding, Location, Severity
from checks.frames import records
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_K102(Rule):
    __doc__ = __doc__
    severity: ClassVar[Severity] = Severity.WARNING

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        for row in records(context.stale_ignores):
            if row.on_line:
                problem = "covers no number the reader reads there"
            elif row.line > row.seed_lines:  # as P109 says of a body past the seed's end
                lines = int(row.seed_lines)
                problem = f"names line {row.line}, but {row.seed} has only {lines} line{'s' if lines != 1 else ''}"
            else:
                problem = "does not occur on that line"
            yield self.finding(
                f"ignore text {row.text!r} {problem}",
                source=Location(row.seed, int(row.line)) if isinstance(row.seed, str) else None,
                dataset=corpus.dataset_location(row.dataset, "ignore", int(row.item)),
            )
