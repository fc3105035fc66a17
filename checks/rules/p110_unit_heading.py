"""Unit heading is not on its line, or names no unit.

A fact whose figure is a bare number in a table (``960`` in a column headed ``计划投资（万元）``)
takes its unit and scale from the heading: ``unit_from: {line, text}``, where ``text`` is verbatim
on seed line ``line`` and names a unit or a scale (the words in its last brackets, or after
``单位：``, ``Unit:``, ``in``; else all of it: ``万元``, ``（%）``, ``(£m)``, ``('000)``, ``in thousands``).
The number is then read as if they were printed after it (``960万元``: 9,600,000 yuan), so P106,
P107 and P108 check the value, bound and unit against the heading; K101 counts the number cited.

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

from checks.findings import Finding, Location
from checks.frames import records
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_P110(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        facts = corpus.frames.facts.dropna(subset=["seed", "unit_from_line", "unit_from_text"])
        # A line below 1 or a blank text is the schema's to report (S104), once.
        facts = facts[(facts["unit_from_line"] >= 1) & (facts["unit_from_text"].str.strip() != "")]
        if facts.empty:
            return
        texts = [corpus.line_text(s, line) for s, line in zip(facts["seed"], facts["unit_from_line"], strict=True)]
        read = facts.index.isin(context.unit_headings.index)
        for row, text, names_unit in zip(records(facts), texts, read, strict=True):
            line = int(row.unit_from_line)
            if text is not None and row.unit_from_text in text and names_unit:
                continue
            if text is None:
                # A seed that cannot be read is P101's/P102's; a line it does not have is this rule's.
                if not corpus.seeds[row.seed].readable:
                    continue
                problem = f"the seed has no line {line}"
            elif row.unit_from_text not in text:
                problem = f"{row.unit_from_text!r} is not on line {line}"
            else:
                problem = f"{row.unit_from_text!r} names no unit or scale the reader knows"
            yield self.finding(
                f"unit heading: {problem}",
                fact=row.global_id,
                source=Location(row.seed, line) if text is not None else None,
                dataset=corpus.dataset_location(row.dataset, "facts", row.item, "unit_from", "text"),
            )
