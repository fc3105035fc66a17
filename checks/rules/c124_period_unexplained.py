"""Period is printed nowhere in its article and not explained in its note.

A fact's ``period`` is the year its figure is about. It must come from the article: a year printed
in its body or title, or the default for an achieved figure, which is the year of publication or
the year before it (the figures of the year just ended). Any other period was inferred by the
curator (a baseline from "in the past five years", a due year nobody printed, "next year"), and the
fact's ``note`` must say so, naming the year, so that the next curator can check the inference.
Years are read as four digits (2020, 2020年).

**Fails**::

    # published 2026-01-27; no 2020 in the body: 过去五年…居民健康素养水平从16.20%提升至34.20%
    - {id: literacy-2020, line: 15, period: 2020, status: achieved, note: null, ...}

**Passes**::

    - {id: literacy-2020, line: 15, period: 2020, status: achieved,
       note: "Period 2020 inferred: the start of the five years reviewed (过去五年)", ...}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

import pandas as pd

from checks.findings import Finding, Severity
from checks.frames import records
from checks.rules._facts import fact_places
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context

YEAR = r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)"


def years_in(frame: pd.DataFrame, keys: list[str], text: str) -> pd.MultiIndex:
    """(keys…, year) for every four-digit year printed in ``frame[text]``."""
    found = frame[keys].assign(year=frame[text].astype(object).str.findall(YEAR)).explode("year").dropna()
    return pd.MultiIndex.from_frame(found.astype({"year": "int64"}).astype(object))


class Rule_C124(Rule):
    __doc__ = __doc__
    severity: ClassVar[Severity] = Severity.WARNING

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        sources = corpus.frames.sources
        facts = corpus.frames.facts.dropna(subset=["period", "status", "published_year"])
        period = facts["period"].astype("int64")
        default = (facts["status"] == "achieved") & period.between(facts["published_year"] - 1, facts["published_year"])
        body = corpus.seed_lines.merge(sources[["dataset", "seed", "body_first", "body_last"]], on="seed")
        body = body[body["line"].between(body["body_first"], body["body_last"]).fillna(False)]
        printed = years_in(body, ["dataset"], "text").union(years_in(sources, ["dataset"], "title"))
        keyed = facts.assign(label=facts.index, period=period).astype(object)
        stated = pd.MultiIndex.from_frame(keyed[["dataset", "period"]]).isin(printed)
        explained = pd.MultiIndex.from_frame(keyed[["label", "period"]]).isin(years_in(keyed, ["label"], "note"))
        for row in records(facts[~default.fillna(False).to_numpy() & ~stated & ~explained]):
            yield self.finding(
                f"period {row.period} ({row.status}) is printed nowhere in the article;"
                f" say in the note how {row.period} was inferred",
                **fact_places(corpus, row, "period"),
            )
