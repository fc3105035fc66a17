"""Quote is not on the cited line.

A fact's ``quote`` must be a verbatim substring of seed line ``line``. The finding says where the
quote does occur (usually a line number that drifted), or that it occurs nowhere, and whether it
would match once full-width punctuation and spacing are normalised (``，`` vs ``,``). A quote that
is on its line only as part of a longer number (``200`` of ``1200``, ``34`` of ``34.2%``: a short
quote of a table cell matched in the wrong row) is not on it either: the finding names the number.

**Fails**::

    - {id: literacy-2025, line: 16, quote: 居民健康素养水平从16.20%提升至34.20%, ...}   # it is on line 15
    - {id: beds, line: 6, quote: "000张", ...}                          # only inside 全市新增床位3000张

**Passes**::

    - {id: literacy-2025, line: 15, quote: 居民健康素养水平从16.20%提升至34.20%, ...}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checks.findings import Finding, Location
from checks.frames import records, where
from checks.rules._lines import cuts_numbers, where_in_seed
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_P105(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        facts = corpus.frames.facts.dropna(subset=["seed", "line", "quote"])
        texts = [corpus.line_text(seed, line) for seed, line in zip(facts["seed"], facts["line"], strict=True)]
        # A line that does not exist (or a seed that cannot be read) is another rule's (P104, P102).
        on = [text is not None and quote in text for quote, text in zip(facts["quote"], texts, strict=True)]
        off = [text is not None and not here for text, here in zip(texts, on, strict=True)]
        for row in records(where(facts, off)):
            yield self.finding(
                f"quote is not on line {row.line}; {where_in_seed(corpus.seeds[row.seed], row.quote)}",
                fact=row.global_id,
                source=Location(row.seed, int(row.line)),
                dataset=corpus.dataset_location(row.dataset, "facts", row.item, "quote"),
            )
        # On the line, but only as part of a longer number: "200" of "1200", "34" of "34.2".
        cut = [
            cuts_numbers(text, quote) if here and text and (quote[:1].isdigit() or quote[-1:].isdigit()) else None
            for quote, text, here in zip(facts["quote"], texts, on, strict=True)
        ]
        numbers = [number for number in cut if number is not None]
        for row, number in zip(records(where(facts, [number is not None for number in cut])), numbers, strict=True):
            yield self.finding(
                f"quote is on line {row.line} only as part of the longer number {number!r}: quote the whole number",
                fact=row.global_id,
                source=Location(row.seed, int(row.line)),
                dataset=corpus.dataset_location(row.dataset, "facts", row.item, "quote"),
            )
