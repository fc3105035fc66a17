"""Cited line is outside the article body.

A fact's ``line`` must lie within ``source.body`` (the lines that hold the article, not its
navigation, ads or related links). A line outside it usually means an off-by-one, or a figure
taken from a headline of another story on the same page. A body that ends before it begins
(``{first: 5, last: 3}``) is S104's finding alone.

**Fails**::

    source: {body: {first: 13, last: 25}, ...}
    facts:
      - {id: deaths, line: 33, ...}

**Passes**::

    facts:
      - {id: literacy-2025, line: 15, ...}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checks.findings import Finding, Location
from checks.frames import records
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_P104(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        facts = corpus.frames.facts.dropna(subset=["line", "body_first", "body_last"])
        # A body that ends before it begins is S104's one finding: no line is inside it.
        facts = facts[facts["body_first"] <= facts["body_last"]]
        outside = facts[(facts["line"] < facts["body_first"]) | (facts["line"] > facts["body_last"])]
        for row in records(outside):
            seed = corpus.seeds.get(row.seed) if isinstance(row.seed, str) else None
            lines = len(seed.lines) if seed is not None and seed.readable else None
            where = f"outside the article body (lines {row.body_first}-{row.body_last})"
            if lines is not None and row.line > lines:
                # No such line: the finding points at the seed's last line, and says so (as P109 does).
                where = f"past the end of {row.seed} ({lines} line{'s' if lines != 1 else ''}); the body is lines {row.body_first}-{row.body_last}"
            yield self.finding(
                f"line {row.line} is {where}",
                fact=row.global_id,
                source=Location(row.seed, min(int(row.line), lines or int(row.line)))
                if isinstance(row.seed, str)
                else None,
                dataset=corpus.dataset_location(row.dataset, "facts", row.item, "line"),
            )
