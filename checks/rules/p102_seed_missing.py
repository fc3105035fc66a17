"""Seed file is missing or unreadable.

The article named by ``source.path`` must exist in ``seeds/`` and be UTF-8 text whose lines end in
LF (or CRLF). Without it no quote can be checked, so the facts of the dataset are not checked
further. A seed whose lines end in CR alone (old Mac line ends) would be one line, and every fact's
line wrong: it is this one finding, which says to convert its line ends to LF.

**Fails**::

    source: {path: seeds/005_missing.txt, ...}

**Passes**::

    source: {path: seeds/004_f3394bd76fe2dc9a.txt, ...}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checks.findings import Finding, Location
from checks.frames import records
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_P102(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        for row in records(corpus.frames.sources.dropna(subset=["seed"])):
            seed = corpus.seeds[row.seed]
            if not seed.exists:
                message = f"seed file {row.seed} does not exist"
            elif seed.error:
                message = f"seed file {row.seed} cannot be read: {seed.error}"
            else:
                continue
            yield self.finding(
                message,
                source=Location(row.seed),
                dataset=corpus.dataset_location(row.dataset, "source", "path"),
            )
