"""Unit disagrees with the quote's unit word.

Where the quote prints a unit word next to the figure (``%``, ``元``, ``名``, ``张``, ``people``,
``beds``…), the fact's ``unit`` must be one that word names in ``schemas/units.yaml``: ``元`` is
``yuan``, ``张`` is ``bed``, ``名`` is ``person`` (or a rate of persons). The generic measure
word ``个`` agrees with any count (``29个卫生室`` may be counted in institutions); a figure with no
unit word is not checked. After a rate base (``每千人口``, ``每万名人口``, ``per 10,000
population``) the word is read as the rate of that base, and then only that rate agrees: ``张``
after ``每千人口`` is ``per_1k_population``, never ``per_10k_population`` (wrong by a factor of ten).
A base printed after the figure (``12.5/10万``, ``78.4 per 100,000``) is its unit word: any rate of that
base agrees, a count or a rate of another base does not. A base of time at risk or events (``54.8 per
1,000 member months``, ``3.2 per 1,000 occupied bed days``) is no population: only a rate whose
``label_en`` names that base (``per 1,000 member months``) agrees, never ``per_1k_population``.

**Fails**::

    - {id: beds, quote: 累计建床超3000张, unit: person, ...}
    - {id: bed-rate, quote: 每千人口床位6.2张, unit: per_10k_population, ...}
    - {id: incidence, quote: 发病率为12.5/10万, unit: percent, ...}

**Passes**::

    - {id: beds, quote: 累计建床超3000张, unit: bed, ...}
    - {id: bed-rate, quote: 每千人口床位6.2张, unit: per_1k_population, ...}
    - {id: incidence, quote: 发病率为12.5/10万, unit: per_100k_population, ...}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checks.findings import Finding
from checks.frames import records, where
from checks.intervals import side_by_side
from checks.numbers.rate_bases import same_thing
from checks.numbers.tables import units as reading_table
from checks.rules._facts import fact_places
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context

GENERIC = "unit"  # the unit id of 个, the measure word for anything counted


class Rule_P108(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        facts = corpus.frames.facts
        matched = side_by_side(
            context.matched_readings, facts[["dataset", "item", "seed", "line", "quote", "global_id", "unit"]], "_fact"
        )
        units = corpus.vocabulary.units
        matched = matched.dropna(subset=["unit_text", "unit_fact"])
        matched = matched[matched["unit_fact"].isin(list(units))]  # an unknown unit is S105's alone
        table = reading_table()
        bases, things = table.rate_bases, table.rate_things  # each rate's base and what it is per, from label_en
        agrees = [
            read == unit
            # 12.5/10万 agrees with any rate per 100,000 units.yaml names (per_100k, per_100k_population, one per
            # 100,000 live births), and per 1,000 member months with a rate per 1,000 member months only.
            or (
                read in bases
                and bases[read] == bases.get(unit)
                and (read not in things or same_thing(things[read], things.get(unit)))
            )
            # A rate read after its base agrees with that rate only, not with a unit sharing its word.
            or (
                units.get(read, {}).get("kind") != "rate"
                and (
                    text in [str(hint) for hint in units.get(unit, {}).get("hints", [])]
                    or (read == GENERIC and units.get(unit, {}).get("kind") == "count")
                )
            )
            for read, text, unit in zip(matched["unit"], matched["unit_text"], matched["unit_fact"], strict=True)
        ]
        for row in records(where(matched, (not ok for ok in agrees))):
            named = f" ({row.unit})" if isinstance(row.unit, str) else ""
            yield self.finding(
                f"unit {row.unit_fact} disagrees with the quote's unit word {row.unit_text!r}{named}",
                **fact_places(corpus, row, "unit"),
            )
