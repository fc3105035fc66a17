"""Seed path is not inside ``seeds/``.

``source.path`` names the article the facts were read from, relative to the repository root and
inside ``seeds/``. An absolute path, a path that climbs out (``../../etc/passwd``,
``seeds/../README.md``) or one elsewhere in the tree is refused and never read.

**Fails**::

    source: {path: ../../etc/passwd, ...}

**Passes**::

    source: {path: seeds/004_f3394bd76fe2dc9a.txt, ...}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checks.findings import Finding
from checks.frames import records
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_P101(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        sources = corpus.frames.sources
        outside = sources[sources["path"].notna() & sources["seed"].isna()]
        for row in records(outside):
            yield self.finding(
                f"seed path {row.path!r} is not inside seeds/; it will not be read",
                dataset=corpus.dataset_location(row.dataset, "source", "path"),
            )
