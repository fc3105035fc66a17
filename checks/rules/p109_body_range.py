"""Body range runs past the end of the seed.

``source.body`` gives the first and last line of the article itself; both must be lines of the
seed file. A range past the end usually means the seed was replaced by a shorter text.

**Fails**::

    source: {path: seeds/a.txt, body: {first: 3, last: 90}}    # a.txt has 26 lines

**Passes**::

    source: {path: seeds/a.txt, body: {first: 3, last: 15}}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pandas as pd

from checks.findings import Finding, Location
from checks.frames import records
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_P109(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        sources = corpus.frames.sources.dropna(subset=["seed", "body_last"])
        length = pd.Series(
            [len(corpus.seeds[path].lines) if corpus.seeds[path].readable else None for path in sources["seed"]],
            index=sources.index,
            dtype="Int64",
        )
        past = sources[(sources["body_last"] > length).fillna(False)]
        for row, lines in zip(records(past), length[past.index], strict=True):
            yield self.finding(
                f"body ends at line {row.body_last}, but {row.seed} has only {int(lines)} line{'s' if lines != 1 else ''}",
                source=Location(row.seed, int(lines)),
                dataset=corpus.dataset_location(row.dataset, "source", "body", "last"),
            )
