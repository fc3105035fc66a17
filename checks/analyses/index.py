"""The fact index: what the cross-dataset rules compare, one small row per fact, located.

Cross-dataset rules (C107, C132) and the selection of linked datasets read nothing but this table,
so a run can keep it (in the cache) for datasets it does not parse again, and compare a changed
dataset with all the others without reading them. Each row carries the keys the rules compare
(indicator, region, period, status), the fact's interval, and where to report it: the seed line
and column of its quote (the dataset line of its value is found from ``dataset`` and ``item`` only
when a finding needs it, so the index does not make every dataset's positions be computed).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from checks.analyses.quotes import quote_spans
from checks.frames import STRING
from checks.seeds import Seed

INDEX_COLUMNS = {
    "dataset": STRING,
    "item": "int64",
    "global_id": STRING,
    "indicator": STRING,
    "region": STRING,
    "period": "Int64",
    "status": STRING,
    "value": "float64",
    "value_text": STRING,  # the digits of a whole number no float holds exactly (frames), else NA
    "low": "float64",
    "high": "float64",
    "low_open": "bool",
    "high_open": "bool",
    "seed": STRING,
    "line": "Int64",
    "quote_column": "Int64",
    "quote_end": "Int64",
    "same_group": STRING,  # the `same` relations the fact is in, "dataset#relation;…" (C107 skips those pairs)
}


def empty_index() -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in INDEX_COLUMNS.items()})


def fact_index(fact_intervals: pd.DataFrame, relation_members: pd.DataFrame, seeds: Mapping[str, Seed]) -> pd.DataFrame:
    """One row per fact that has the keys and the interval a cross-dataset rule compares."""
    facts = fact_intervals.dropna(subset=["indicator", "region", "period", "status", "low", "high"])
    if facts.empty:
        return empty_index()
    spans = quote_spans(facts, seeds)
    same = relation_members[relation_members["kind"] == "same"].dropna(subset=["fact"])
    groups = (same["dataset"].astype(str) + "#" + same["relation"].astype(str)).groupby(same["fact"].astype(int))
    same_group = groups.agg(lambda names: ";".join(sorted(set(names))))
    index = pd.DataFrame(
        {
            "dataset": facts["dataset"],
            "item": facts["item"].astype("int64"),
            "global_id": facts["global_id"],
            "indicator": facts["indicator"],
            "region": facts["region"],
            "period": facts["period"],
            "status": facts["status"],
            "value": facts["value"],
            "value_text": facts["value_text"],
            "low": facts["low"],
            "high": facts["high"],
            "low_open": facts["low_open"].astype(bool),
            "high_open": facts["high_open"].astype(bool),
            "seed": facts["seed"],
            "line": facts["line"],
            "quote_column": spans["column"],
            "quote_end": spans["end_column"],
            "same_group": same_group.reindex(facts.index).to_numpy(dtype=object),
        }
    )
    return index.astype(INDEX_COLUMNS).reset_index(drop=True)


def group_codes(frame: pd.DataFrame, keys: list[str]) -> np.ndarray:
    """An integer per row naming its group of equal ``keys`` (-1 where a key is missing): each
    column factorised on its own, the codes combined, the combination factorised (no merge)."""
    combined = np.zeros(len(frame), dtype=np.int64)
    missing = np.zeros(len(frame), dtype=bool)
    for key in keys:
        codes, uniques = pd.factorize(frame[key])
        codes = np.asarray(codes, dtype=np.int64)
        missing |= codes < 0
        combined = combined * (len(uniques) + 1) + codes + 1
        combined, _ = pd.factorize(combined)  # keeps the numbers small, whatever the number of keys
        combined = np.asarray(combined, dtype=np.int64)
    return np.where(missing, -1, combined)


def sharing_group(codes: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Which rows are in the group (of ``group_codes``) of one of ``rows`` (a boolean mask); a row
    with a key missing is in no group."""
    return np.isin(codes, codes[rows]) & (codes >= 0)
