"""The waivers: each acknowledged discrepancy of each dataset, as the rules' findings name it.

Where an entry stands in its dataset is found from ``dataset`` and ``item`` when a finding needs it.
"""

from __future__ import annotations

import pandas as pd

from checks.frames import STRING, slug_of

WAIVER_COLUMNS = {
    "dataset": STRING,
    "item": "int64",
    "rule": STRING,
    "fact": STRING,
    "reason": STRING,
    "known": "bool",  # whether its dataset has a fact of that id (C190 says so when not)
}


def blank(reasons: pd.Series) -> pd.Series:
    """Whether each reason is text of nothing but whitespace: no reason at all (S104 reports it)."""
    return reasons.str.strip().eq("").fillna(False).astype(bool)


def waiver_table(acknowledged: pd.DataFrame, fact_ids: pd.Series | None = None) -> pd.DataFrame:
    """One row per usable ``acknowledged`` entry: its dataset and item, its rule, the fact's global
    id, the reason, and whether ``fact_ids`` (the global ids of the facts) has that fact.

    A waiver given twice (the same rule, the same fact) counts once: the first entry, whose reason
    applies; C192 reports each later one at its line."""
    usable = acknowledged.dropna(subset=["rule", "fact"])
    usable = usable[~usable.duplicated(subset=["dataset", "rule", "fact"], keep="first")]
    table = pd.DataFrame(
        {
            "dataset": usable["dataset"],
            "item": usable["item"],
            "rule": usable["rule"],
            "fact": usable["dataset"].map(slug_of).astype(object) + "/" + usable["fact"].astype(object),
            # A reason of no text, or none (S104), is shown as the entry's plain acknowledgement.
            "reason": usable["reason"].mask(blank(usable["reason"])).fillna("acknowledged"),
        }
    )
    table["known"] = True if fact_ids is None else table["fact"].isin(fact_ids.dropna())
    return table.astype(WAIVER_COLUMNS).reset_index(drop=True)
