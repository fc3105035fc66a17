"""Qualifier contradicts the quote's bound words.

A figure printed as a bound keeps its printed number in ``value`` and the bound in
``qualifier``: ``more than 80%``, ``超3000张``, ``7400余元`` are ``gt``; ``50%以上``, ``at least``,
``not less than`` are ``ge``; ``2分钟内``, ``不超过`` are ``le``; ``约``, ``about``, ``nearly``
are ``approx``; a plain number is ``eq``. The fact's qualifier must be the one its quote says
(keep the bound word inside the quote).

**Fails**::

    - {id: beds, quote: 累计建床超3000张, value: 3000, qualifier: eq, ...}

**Passes**::

    - {id: beds, quote: 累计建床超3000张, value: 3000, qualifier: gt, ...}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checks.findings import Finding
from checks.frames import records
from checks.rules._facts import fact_places
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_P107(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        facts = corpus.frames.facts
        matched = context.matched_readings.join(facts[["dataset", "item", "seed", "line", "quote", "global_id"]])
        wrong = matched[(matched["qualifier"] != matched["fact_qualifier"]) & matched["fact_qualifier"].notna()]
        for row in records(wrong):
            yield self.finding(
                f"qualifier {row.fact_qualifier} contradicts the quote: {row.text!r} reads as {row.qualifier}",
                **fact_places(corpus, row, "qualifier"),
            )
