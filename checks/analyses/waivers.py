"""The waivers: each acknowledged discrepancy of each dataset, as the rules' findings name it."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from checks.frames import STRING, slug_of
from checks.load import Document

WAIVER_COLUMNS = {
    "dataset": STRING,
    "rule": STRING,
    "fact": STRING,
    "reason": STRING,
    "line": "Int64",
    "column": "Int64",
}


def waiver_table(acknowledged: pd.DataFrame, documents: Mapping[str, Document]) -> pd.DataFrame:
    """One row per usable ``acknowledged`` entry: its rule, the fact's global id, the reason, and
    where the entry stands in its dataset."""
    usable = acknowledged.dropna(subset=["rule", "fact"])
    places = [
        documents[dataset].position("acknowledged", int(item)) if dataset in documents else None
        for dataset, item in zip(usable["dataset"], usable["item"], strict=True)
    ]
    table = pd.DataFrame(
        {
            "dataset": usable["dataset"],
            "rule": usable["rule"],
            "fact": usable["dataset"].map(slug_of).astype(object) + "/" + usable["fact"].astype(object),
            "reason": usable["reason"].fillna("acknowledged"),
            "line": [p.line if p else None for p in places],
            "column": [p.column if p else None for p in places],
        }
    )
    return table.astype(WAIVER_COLUMNS).reset_index(drop=True)
