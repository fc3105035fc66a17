"""Pairs of facts that name one quantity: same indicator, region, period and status (C107, C113)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from checks.corpus import Corpus

KEY = ["indicator", "region", "period", "status"]


def same_quantity_pairs(corpus: Corpus) -> pd.DataFrame:
    """Every ordered pair of distinct facts with one key, with both intervals (suffix ``_other``).

    ``label`` is a fact's row label in ``corpus.fact_intervals``; ``declared`` says whether one
    ``same`` relation names both facts (the article states the quantity twice on purpose).
    """
    facts = corpus.fact_intervals.dropna(subset=[*KEY, "low", "high"])
    facts = facts.assign(label=facts.index).astype({name: object for name in KEY})
    pairs = facts.merge(facts, on=KEY, suffixes=("", "_other"))
    pairs = pairs[pairs["label"] != pairs["label_other"]]
    members = corpus.relation_members
    same = members.loc[members["kind"] == "same", ["relation", "fact"]].dropna().astype("int64")
    together = same.merge(same, on="relation", suffixes=("", "_other"))
    declared = pd.MultiIndex.from_frame(together[["fact", "fact_other"]])
    return pairs.assign(declared=pd.MultiIndex.from_frame(pairs[["label", "label_other"]]).isin(declared))
