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

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, ClassVar

import numpy as np
import pandas as pd

from checks.findings import Finding, Severity
from checks.frames import records
from checks.rules._facts import fact_places
from checks.rules.base import Rule
from checks.seeds import readable_seeds

if TYPE_CHECKING:
    from checks.context import Context
    from checks.seeds import Seed


DIGITS = re.compile(r"\d+")
_OTHER_DIGIT = re.compile(r"[^\D0-9]")  # a digit other than 0-9 (full-width, Arabic-Indic…)


def years(text: object) -> set[int]:
    """Every year printed in ``text``: a run of exactly four digits from 1800 to 2099 (runs of digits
    are quick to find; a pattern with look-arounds would be tried at every character)."""
    if not isinstance(text, str):
        return set()
    return {int(run) for run in DIGITS.findall(text) if len(run) == 4 and run[:2] in ("18", "19", "20")}


def printed_of(text: object, wanted: Sequence[int]) -> set[int]:
    """The years of ``wanted`` printed in ``text`` as runs of exactly four digits, as ``years`` reads
    them: a search in C for each year, not every run of digits made a number."""
    if not isinstance(text, str):
        return set()
    if _OTHER_DIGIT.search(text):  # full-width or other digits in a run (19２4 is read as 1924): as years does
        return years(text).intersection(wanted)
    return {year for year in wanted if 1800 <= year <= 2099 and _prints(text, str(year))}


def _prints(text: str, digits: str) -> bool:
    at = text.find(digits)
    while at >= 0:
        if not (at and text[at - 1].isdecimal()) and not text[at + 4 : at + 5].isdecimal():
            return True
        at = text.find(digits, at + 4)
    return False


def printed_periods(facts: pd.DataFrame, sources: pd.DataFrame, seeds: Mapping[str, Seed]) -> np.ndarray:
    """For each fact, whether its period is printed in its dataset's article body or title: each
    dataset's body joined once, and looked through for the few years its facts name."""
    found: set[tuple[object, int]] = set()
    wanted: dict[object, list[int]] = {}
    named = facts[["dataset", "period"]].drop_duplicates()
    for dataset, year in zip(named["dataset"], named["period"], strict=True):
        wanted.setdefault(dataset, []).append(int(year))
    for row in records(sources[sources["dataset"].isin(named["dataset"])]):
        seed = seeds.get(row.seed) if isinstance(row.seed, str) else None
        body = ""
        if seed is not None and seed.readable and not pd.isna(row.body_first) and not pd.isna(row.body_last):
            body = "\n".join(seed.lines[max(0, int(row.body_first) - 1) : max(0, int(row.body_last))])
        years_named = wanted[row.dataset]
        found.update((row.dataset, year) for year in printed_of(body, years_named) | printed_of(row.title, years_named))
    pairs = zip(facts["dataset"], facts["period"], strict=True)
    return np.array([(dataset, int(year)) in found for dataset, year in pairs], dtype=bool)


class Rule_C124(Rule):
    __doc__ = __doc__
    severity: ClassVar[Severity] = Severity.WARNING

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        facts = corpus.frames.facts.dropna(subset=["period", "status", "published_year"])
        # Where the seed cannot be read, P101/P102 say so once: no year of it can be looked for.
        facts = facts[facts["seed"].isin(readable_seeds(corpus.seeds))]
        period = facts["period"]
        default = (facts["status"] == "achieved") & period.between(facts["published_year"] - 1, facts["published_year"])
        facts = facts[~default.fillna(False).to_numpy()]
        facts = facts[~printed_periods(facts, corpus.frames.sources, corpus.seeds)]
        explained = [year in years(note) for note, year in zip(facts["note"], facts["period"], strict=True)]
        unexplained = ~np.array(explained, dtype=bool)
        for row in records(facts[unexplained]):
            yield self.finding(
                f"period {row.period} ({row.status}) is printed nowhere in the article;"
                f" say in the note how {row.period} was inferred",
                **fact_places(corpus, row, "period"),
            )
