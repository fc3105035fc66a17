"""Value is not a number in the quote.

The fact's ``value`` must be one of the quantities the number reader reads in its ``quote``,
within the printed rounding: ``34.2`` is in ``提升至34.20%``; ``210000000`` is in ``2.1亿元``;
``1043600`` is in ``1.0436 million``. And it is written as printed, at its own precision: ``66.67``
for ``2/3``, never ``1043601`` for ``1.0436 million``, though that lies inside the printed rounding
(the range is for comparing figures with one another, not for digits the article does not print).
The message says what was read, with its column in the seed line (counted from the line's start,
as every finding's column is), so a mistyped or mis-scaled value shows at once; while the quote is
not on its line (P105), there is no such column, and the figure is placed by its character in the
quote instead. (`factlint numbers "…"` shows what the reader reads in any text.) A bare table cell
is read with its heading's unit and scale (``unit_from``); while the heading gives it nothing, P110
(or S104) says why, and this rule waits for it to be mended.

**Fails**::

    - {id: saving, quote: 次均费用较普通住院降低7400余元, value: 7100, ...}
    # value 7100 is not in the quote; read '7400余元' = 7400 (gt) at column 40
    - {id: beneficiaries, quote: a total of 1.0436 million people, value: 1043601, ...}
    # value 1043601 is not the number the quote prints: read '1.0436 million' = 1043600

**Passes**::

    - {id: saving, quote: 次均费用较普通住院降低7400余元, value: 7400, ...}
    - {id: beneficiaries, quote: a total of 1.0436 million people, value: 1043600, ...}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from checks.findings import Finding, Location
from checks.frames import records
from checks.intervals import show_number, show_value
from checks.rules._facts import fact_places
from checks.rules._lines import invisible_characters, place_in_quote
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


def _quote_column(source: Location | None) -> int | None:
    """The seed line's column of the quote's first character; None when the quote is not on its line."""
    return source.column if source is not None else None


class Rule_P106(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        facts = context.fact_intervals.dropna(subset=["value", "quote"])
        readings = context.quote_readings
        # A heading that gives the figure nothing (P110, or S104 for a malformed one) is the one
        # finding: the value is checked once the heading is mended.
        headings = context.unit_headings
        usable = headings.index[headings["problem"].isna()]
        broken = facts["unit_from_given"] & ~facts.index.isin(usable)
        failing = facts[~facts["matched"] & ~broken]
        # Each failing fact's readings, grouped once (not a scan of every reading per fact).
        wanted = readings[readings["fact"].isin(failing.index)]
        read_by_fact: dict[object, list[Any]] = {}
        for reading in records(wanted):
            read_by_fact.setdefault(reading.fact, []).append(reading)
        for row in records(failing.assign(label=lambda f: f.index)):
            places = fact_places(corpus, row, "value")
            offset = _quote_column(places["source"])
            found = [
                f"{r.text!r} = {show_number(r.value)} ({r.qualifier}) {place_in_quote(offset, int(r.start))}"
                for r in read_by_fact.get(row.label, [])
            ]
            what = "; read " + ", ".join(found) if found else "; no number is read in it"
            what += invisible_characters(row.quote, offset)
            yield self.finding(f"value {show_value(row.value, row.value_text)} is not in the quote{what}", **places)
        # Inside the printed rounding but not what is printed (1043601 for 1.0436 million): a digit
        # the article does not print, mistyped or taken from elsewhere.
        matched = context.matched_readings
        unprinted = facts[facts["matched"] & ~broken]
        unprinted = unprinted.join(
            matched[["as_printed", "text", "start", "value"]].rename(columns={"text": "figure", "value": "read"})
        )
        for row in records(unprinted[~unprinted["as_printed"].astype(bool)]):
            places = fact_places(corpus, row, "value")
            offset = _quote_column(places["source"])
            yield self.finding(
                f"value {show_value(row.value, row.value_text)} is not the number the quote prints: read {row.figure!r} ="
                f" {show_number(row.read)} {place_in_quote(offset, int(row.start))} (a value is written as"
                " printed, in base units; its rounding range is for comparing figures, not for this)"
                + invisible_characters(row.quote, offset),
                **places,
            )
