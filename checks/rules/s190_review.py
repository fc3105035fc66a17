"""Drafted item awaits review.

``factlint draft`` marks every guess a person must confirm with a ``review:`` field that says what
to check: a fact's status, period, indicator or unit; the source's title, date, region and body
range; a proposed relation or ignore entry (a new entry of ``schemas/indicators.yaml`` or
``schemas/units.yaml`` is S191's). Each marked item is reported until the curator checks it and deletes the
``review:`` line (that deletion is the act of review), so ``validate`` turns a draft into a
checklist and ``validate --strict`` refuses a draft nobody has reviewed. A warning, not an error: an
unreviewed draft is unfinished, not wrong.

**Fails**::

    - id: literacy-2025
      line: 15
      quote: 提升至34.20%
      ...
      review: "status: achieved ('提升至' in its clause); period: 2025 (the year before publication)"

**Passes**::

    - id: literacy-2025
      line: 15
      quote: 提升至34.20%
      ...                # the review line deleted once status and period were checked
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

import pandas as pd

from checks.findings import Finding, Severity
from checks.frames import records
from checks.rules._facts import fact_places
from checks.rules.base import Rule
from schemas.fields import REVIEW

if TYPE_CHECKING:
    from checks.context import Context


def _marked(column: pd.Series) -> pd.Series:
    """Rows whose review field holds something (any non-empty value: a list or a number counts too)."""
    if isinstance(column.dtype, pd.StringDtype):
        return (column.notna() & (column != "")).fillna(False).astype(bool)
    return column.map(
        lambda v: v is not None and v is not pd.NA and v != "" and v != [] and not (isinstance(v, float) and v != v)
    ).astype(bool)


def note(value: object) -> str:
    return "; ".join(map(str, value)) if isinstance(value, list) else str(value)


class Rule_S190(Rule):
    __doc__ = __doc__
    severity: ClassVar[Severity] = Severity.WARNING

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        raw = corpus.raw
        sources = raw.sources[_marked(raw.sources[REVIEW])] if not raw.sources.empty else raw.sources
        for row in records(sources):
            yield self.finding(
                f"source awaits review: {note(getattr(row, REVIEW))}",
                dataset=corpus.key_location(row.dataset, "source", REVIEW),
            )
        facts = corpus.frames.facts.assign(review=raw.facts[REVIEW].to_numpy())
        for row in records(facts[_marked(facts[REVIEW])]):
            yield self.finding(f"drafted fact awaits review: {note(row.review)}", **fact_places(corpus, row, REVIEW))
        for key, frame in (("relations", raw.relations), ("ignore", raw.ignore)):
            for row in records(frame[_marked(frame[REVIEW])]):
                what = "relation" if key == "relations" else "ignore entry"
                yield self.finding(
                    f"drafted {what} awaits review: {note(getattr(row, REVIEW))}",
                    dataset=corpus.dataset_location(row.dataset, key, int(row.item)),
                )
