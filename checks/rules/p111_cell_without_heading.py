"""A bare table cell is recorded as printed, though its column's heading scales it.

A table of amounts often prints its unit once, in its column's heading or its caption
(``计划投资（万元）``, ``单位：万元``, ``Spending (£m)``, ``Patients ('000)``), and bare numbers in its
cells: ``960`` under ``计划投资（万元）`` is 9,600,000 yuan. A fact that records such a cell as 960,
without ``unit_from``, says the article printed 960 yuan: P106 cannot tell, for 960 is in the quote.
This rule reads the table (rows of cells split by tabs or runs of spaces; the first row of a
block of them is its header) and warns when the header cell of the figure's column, or the table's caption, names a
scale other than 1: record the value scaled and the heading as ``unit_from``. A heading that
only names a unit (``完成率（%）``) changes no value, a column of rates (``增长率（%）``, ``Clients per
1,000 seniors``) keeps its numbers whatever the caption says, and a caption naming a unit with its scale
(``(hours in thousands)``) reaches only the columns of that unit or of none (not ``Clients``).

**Fails**::

    # seed line 3: 序号<TAB>项目名称<TAB>计划投资（万元）; line 4: 1<TAB>新建改建村卫生室<TAB>960
    - {id: clinics-plan, line: 4, quote: "新建改建村卫生室\\t960", value: 960, unit: yuan}

**Passes**::

    - {id: clinics-plan, line: 4, quote: "新建改建村卫生室\\t960", value: 9600000, unit: yuan,
       unit_from: {line: 3, text: 计划投资（万元）}}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from checks.findings import Finding, Location, Related, Severity
from checks.frames import records
from checks.intervals import show_number
from checks.numbers import cell_heading
from checks.rules._facts import fact_places
from checks.rules.base import Rule
from checks.seeds import line_text

if TYPE_CHECKING:
    from checks.context import Context


class Rule_P111(Rule):
    __doc__ = __doc__
    severity: ClassVar[Severity] = Severity.WARNING

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        matched = context.matched_readings
        # A figure read bare (no unit word of its own, no heading applied) of a fact that gives no heading.
        bare = matched[matched["unit_text"].isna() & ~matched["headed"].astype(bool) & (matched["value"] != 0)]
        facts = context.fact_intervals[["dataset", "item", "global_id", "seed", "line", "quote", "unit_from_given"]]
        facts = facts[facts.index.isin(bare.index) & ~facts["unit_from_given"].astype(bool)]
        facts = facts.dropna(subset=["seed", "line", "quote"])
        if facts.empty:
            return
        facts = facts.join(bare[["start", "text", "value"]].rename(columns={"text": "figure", "value": "read"}))
        headers: dict[str, dict[int, int | None]] = {}  # each seed's lines' table headers, found once
        for row in records(facts):
            line = line_text(corpus.seeds, row.seed, row.line)
            at = line.find(row.quote) if line is not None else -1
            if at < 0:
                continue  # the quote is not on its line: P105's
            lines, known = corpus.seeds[row.seed].lines, headers.setdefault(row.seed, {})
            heading = cell_heading(lines, int(row.line), at + int(row.start), known)
            if heading is None or heading.unit.scale == 1:
                continue
            scaled = show_number(row.read * heading.unit.scale)
            yield self.finding(
                f"the bare cell {row.figure!r} stands under {heading.text!r} (line {heading.line}), which makes it"
                f" {scaled}{' ' + heading.unit.unit if heading.unit.unit else ''}: record value {scaled} with"
                f" unit_from: {{line: {heading.line}, text: {heading.text}}}",
                **fact_places(corpus, row, "value"),
                related=(Related(Location(row.seed, heading.line), "the heading"),),
            )
