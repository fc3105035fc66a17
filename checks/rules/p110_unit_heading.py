"""Unit heading is not on its line, names no unit, or the figure prints its own.

A fact whose figure is a bare number in a table (``960`` in a column headed ``计划投资（万元）``)
takes its unit and scale from the heading: ``unit_from: {line, text}``, where ``text`` is verbatim
on seed line ``line`` (one line, at most 200 characters) and names a unit or a scale (the words in
its last brackets, or after ``单位：``, ``Unit:``, ``in``; else all of it: ``万元``, ``（%）``, ``(£m)``,
``('000)``, ``in thousands``). The number is then read as if they were printed after it
(``960万元``: 9,600,000 yuan), so P106, P107 and P108 check the value, bound and unit against the
heading; K101 counts the number cited. A heading that gives nothing is reported here once, and the
figure is read as printed; P106 waits until the heading is mended. A figure that prints its own unit
(``84.4%``) is read as printed: a heading on it is reported too.

**Fails**::

    - {id: clinics-plan, line: 20, quote: "960", value: 9600000, unit: yuan,
       unit_from: {line: 19, text: 计划投资}}           # names no unit: 960 is read as 960
    - {id: clinics-plan, line: 20, quote: "960", value: 9600000, unit: yuan,
       unit_from: {line: 18, text: （万元）}}           # the heading is on line 19

**Passes**::

    - {id: clinics-plan, line: 20, quote: "960", value: 9600000, unit: yuan,
       unit_from: {line: 19, text: 计划投资（万元）}}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pandas as pd

from checks.findings import Finding, Location
from checks.frames import records
from checks.numbers import MAX_HEADING
from checks.rules._lines import where_in_seed
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context
    from checks.corpus import Corpus


def _problem(corpus: Corpus, row: object) -> str:
    """What is wrong with one fact's heading (``row``: the fact with its heading's ``problem``)."""
    line, text, problem = int(row.unit_from_line), str(row.unit_from_text), row.problem  # type: ignore[attr-defined]
    if problem == "no_line":
        return f"the seed has no line {line}"
    if problem == "not_on_line":
        return f"{text!r} is not on line {line}; {where_in_seed(corpus.seeds[row.seed], text)}"  # type: ignore[attr-defined]
    if problem == "too_long":
        return (
            f"a heading of one line and at most {MAX_HEADING} characters names the unit: quote only its unit"
            " words (万元, （万元）, 单位：万元, (£m))"
        )
    return f"{text!r} names no unit or scale the reader knows (万元, （%）, (£m), ('000) would)"


class Rule_P110(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        headings = context.unit_headings
        if headings.empty:
            return
        facts = corpus.frames.facts.loc[headings.index].join(headings[["problem"]])
        matched = context.matched_readings
        # A heading on its line over a figure that prints its own unit (84.4%): it gives nothing.
        own_unit = matched[matched.index.isin(headings.index[headings["problem"].isna()]) & ~matched["headed"]]
        for row in records(facts.assign(label=facts.index)):
            applies = pd.isna(row.problem)
            if applies and row.label in own_unit.index:
                printed = own_unit.loc[row.label, "unit_text"]
                problem = f"the figure prints its own unit ({printed!r}): the heading does not apply; remove unit_from"
            elif applies:
                continue
            else:
                problem = _problem(corpus, row)
            yield self.finding(
                f"unit heading: {problem}",
                fact=row.global_id,
                source=Location(row.seed, int(row.unit_from_line)) if row.problem != "no_line" else None,
                dataset=corpus.dataset_location(row.dataset, "facts", row.item, "unit_from", "text"),
            )
