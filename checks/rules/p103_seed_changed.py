"""Seed text has changed since the facts were read (sha256 differs).

``source.sha256`` pins the exact bytes the curator read. When the article file changes, every
line number and quote may have moved; review the facts, then update the hash (``factlint fix``
can rewrite it after review). A seed with a byte-order mark or CRLF line ends is named so: an
editor that re-saved the article adds them.

**Fails**::

    source: {path: seeds/a.txt, sha256: 0000000000000000000000000000000000000000000000000000000000000000}

**Passes**::

    source: {path: seeds/a.txt, sha256: <sha256sum of seeds/a.txt>}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checks.findings import Finding, Location
from checks.frames import records
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_P103(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        sources = corpus.frames.sources.dropna(subset=["seed", "sha256"])
        actual = sources["seed"].map(lambda path: corpus.seeds[path].sha256)
        changed = sources[actual.notna() & (actual != sources["sha256"])]
        for row in records(changed):
            seed = corpus.seeds[row.seed]
            saved = (
                f"; it has {' and '.join(seed.saved_with)}: if an editor re-saved it, restore the article's bytes"
                if seed.saved_with
                else ""
            )
            yield self.finding(
                f"seed {row.seed} has sha256 {seed.sha256}, not the pinned {row.sha256}"
                " (a change meant: `factlint fix` moves the line references, `factlint fix --sha256` pins it after review)"
                + saved,
                source=Location(row.seed),
                dataset=corpus.dataset_location(row.dataset, "source", "sha256"),
            )
