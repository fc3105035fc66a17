"""Fact's region is unrelated to its article's region.

A fact may name a region of its own (``region:``) when it is not about the article's region, but
only the article's region, a region inside it (a district of the city), or one enclosing it (a
city article quoting its province's standard). Any other region is a slip, usually a code copied
from another dataset. The hierarchy follows from the code: ``411403`` lies in ``411400``, in
``410000``, in ``CN``.

**Fails**::

    # source region 410100 (郑州市)
    - {id: clinics, region: "420100", ...}       # 武汉市

**Passes**::

    - {id: clinics, region: "410000", ...}       # 河南省 encloses 郑州市
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checks.findings import Finding
from checks.frames import records, where
from checks.rules._facts import fact_places
from checks.rules.base import Rule
from schemas.columns import one_of
from schemas.regions import related

if TYPE_CHECKING:
    from checks.context import Context


class Rule_C131(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        facts = corpus.frames.facts.dropna(subset=["region_code", "source_region"])
        known = set(corpus.regions)
        facts = facts[one_of(facts["region_code"], known) & one_of(facts["source_region"], known)]
        unrelated = [not related(a, b) for a, b in zip(facts["region_code"], facts["source_region"], strict=True)]
        for row in records(where(facts, unrelated)):
            name, source = corpus.regions[row.region_code], corpus.regions[row.source_region]
            yield self.finding(
                f"region {row.region_code} ({name}) is neither {row.source_region} ({source}),"
                " a region inside it, nor one enclosing it",
                **fact_places(corpus, row, "region"),
            )
