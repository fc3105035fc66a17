"""What the rules read: a corpus, and each analysis of it, computed once per run on first use.

The analyses (``checks.analyses``) are pure functions of frames and seeds; this is the one place
that knows which inputs each takes, so a rule, a view or a command asks for ``context.fact_intervals``
and pays only for what that needs (a command that never reads body readings never runs the number
reader over the articles).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

import pandas as pd

from checks.analyses import coverage, readings, relations
from checks.analyses.index import fact_index
from checks.analyses.waivers import waiver_table
from checks.corpus import Corpus


class Context:
    def __init__(self, corpus: Corpus, schema_failures: Callable[[], pd.DataFrame] | None = None) -> None:
        """``schema_failures``: where the schema stage's result comes from, when not computed here
        (``checks.ahead``: from a child that validated while this process ran the other rules)."""
        self.corpus = corpus
        self._schema_failures = schema_failures

    @cached_property
    def schema_failures(self) -> pd.DataFrame:
        """Pandera's failure cases over the raw frames, one row per failing value."""
        if self._schema_failures is not None:
            return self._schema_failures()
        return raw_schema_failures(self.corpus)

    @cached_property
    def unit_headings(self) -> pd.DataFrame:
        """The scale and unit each fact's ``unit_from`` heading gives its bare figure, or why none."""
        return readings.unit_headings(self.corpus.frames.facts, self.corpus.seeds)

    @cached_property
    def told_cells(self) -> dict[str, dict[int, dict[int, bool]]]:
        """For each readable seed, its table cells of 1900–2100 that their column's header tells (a count, or a year),
        by line: read once for the body's readings and the quotes' alike."""
        return readings.told_by_seed(self.corpus.seeds)

    @cached_property
    def quote_readings(self) -> pd.DataFrame:
        """Every quantity the number reader reads in every fact's quote (with its heading's scale)."""
        return readings.quote_readings(self.corpus.frames.facts, self.unit_headings, self.corpus.seeds, self.told_cells)

    @cached_property
    def matched_readings(self) -> pd.DataFrame:
        """For each fact whose value is in its quote, the reading that is its figure."""
        return readings.matched_readings(self.corpus.frames.facts, self.quote_readings)

    @cached_property
    def fact_intervals(self) -> pd.DataFrame:
        """The facts with the interval each stands for (``low, high, low_open, high_open``)."""
        return readings.fact_intervals(self.corpus.frames.facts, self.matched_readings, self.unit_headings)

    @cached_property
    def body_readings(self) -> pd.DataFrame:
        """Every quantity the number reader reads on the body lines of the cited seeds."""
        return coverage.body_readings(self.corpus.frames.sources, self.corpus.seeds, self.told_cells)

    @cached_property
    def uncited_readings(self) -> pd.DataFrame:
        """Body quantities no fact cites and no ignore entry explains (K101, the html report)."""
        corpus = self.corpus
        return coverage.uncited(self.body_readings, self.fact_intervals, corpus.frames.ignore, corpus.seeds)

    @cached_property
    def ignored_readings(self) -> pd.DataFrame:
        """Body quantities an ignore entry explains, with its reason."""
        return coverage.ignored_readings(self.body_readings, self.corpus.frames.ignore, self.corpus.seeds)

    @cached_property
    def stale_ignores(self) -> pd.DataFrame:
        """Ignore entries whose text is not on their line or explains no number read there."""
        return coverage.stale_ignores(self.corpus.frames.ignore, self.body_readings, self.corpus.seeds)

    @cached_property
    def relation_members(self) -> pd.DataFrame:
        """One row per fact named by a relation, with its interval."""
        return relations.relation_members(self.corpus.frames.relations, self.fact_intervals)

    @cached_property
    def checkable_members(self) -> pd.DataFrame:
        """The members of relations whose every fact exists, has a value and comparable units."""
        return relations.checkable(self.relation_members)

    @cached_property
    def fact_index(self) -> pd.DataFrame:
        """The facts the cross-dataset rules compare, each with its keys, interval and places."""
        corpus = self.corpus
        return fact_index(self.fact_intervals, self.relation_members, corpus.seeds)

    @cached_property
    def waivers(self) -> pd.DataFrame:
        """Every usable acknowledged discrepancy: rule, fact (global id), reason, place."""
        frames = self.corpus.frames
        return waiver_table(frames.acknowledged, frames.facts["global_id"])


def raw_schema_failures(corpus: Corpus) -> pd.DataFrame:
    """The schema stage over ``corpus``'s raw frames."""
    from checks.analyses.schema_failures import schema_failures  # imports pandera: only when asked

    return schema_failures(corpus.raw, corpus.vocabulary)
