"""Shared by the year rules: the facts whose period and publication year are both known."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

import pandas as pd

from checks.findings import Finding
from checks.frames import records
from checks.rules._facts import fact_places
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context
    from checks.corpus import Corpus


class YearRule(Rule):
    """A rule on ``period`` against ``published_year``; subclasses pick the failing rows."""

    status: ClassVar[str | None] = None  # the status the rule applies to, None for any

    def failing(self, facts: pd.DataFrame, corpus: Corpus) -> pd.Series:
        raise NotImplementedError

    def describe(self, row: object, corpus: Corpus) -> str:
        raise NotImplementedError

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        facts = corpus.frames.facts.dropna(subset=["period", "published_year"])
        config = corpus.config
        sane = facts["period"].between(config.earliest_year, config.latest_year)
        facts = facts[sane]  # C123 reports the others
        if self.status is not None:
            facts = facts[(facts["status"] == self.status).fillna(False)]
        for row in records(facts[self.failing(facts, corpus).fillna(False)]):
            yield self.finding(self.describe(row, corpus), **fact_places(corpus, row, "period"))
