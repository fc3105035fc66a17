"""Region code is not a GB/T 2260 code.

Regions are written as GB/T 2260 codes (``410100`` 郑州市, ``130000`` 河北省) or ``CN`` for the
whole country, quoted so YAML keeps them as text. The codes are listed in
``schemas/regions.tsv``; add a line there for a code created after its last revision.

**Fails**::

    source: {region: {code: "419999", name: 郑州市}, ...}

**Passes**::

    source: {region: {code: "410100", name: 郑州市}, ...}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checks.findings import Finding
from checks.frames import records
from checks.rules._facts import fact_places
from checks.rules.base import Rule
from schemas.columns import one_of

if TYPE_CHECKING:
    from checks.context import Context


class Rule_C130(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        known = set(corpus.regions)
        sources = corpus.frames.sources.dropna(subset=["region_code"])
        for row in records(sources[~one_of(sources["region_code"], known)]):
            yield self.finding(
                f"region code {row.region_code!r} is not a GB/T 2260 code or CN",
                dataset=corpus.dataset_location(row.dataset, "source", "region", "code"),
            )
        facts = corpus.frames.facts.dropna(subset=["region_code"])
        for row in records(facts[~one_of(facts["region_code"], known)]):
            yield self.finding(
                f"region code {row.region_code!r} is not a GB/T 2260 code or CN", **fact_places(corpus, row, "region")
            )
