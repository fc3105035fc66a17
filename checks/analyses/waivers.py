"""The waivers: each acknowledged discrepancy of each dataset, as the rules' findings name it.

Where an entry stands in its dataset is found from ``dataset`` and ``item`` when a finding needs it.
"""

from __future__ import annotations

import pandas as pd

from checks.frames import STRING, slug_of

WAIVER_COLUMNS = {"dataset": STRING, "item": "int64", "rule": STRING, "fact": STRING, "reason": STRING}


def waiver_table(acknowledged: pd.DataFrame) -> pd.DataFrame:
    """One row per usable ``acknowledged`` entry: its dataset and item, its rule, the fact's global
    id and the reason."""
    usable = acknowledged.dropna(subset=["rule", "fact"])
    table = pd.DataFrame(
        {
            "dataset": usable["dataset"],
            "item": usable["item"],
            "rule": usable["rule"],
            "fact": usable["dataset"].map(slug_of).astype(object) + "/" + usable["fact"].astype(object),
            "reason": usable["reason"].fillna("acknowledged"),
        }
    )
    return table.astype(WAIVER_COLUMNS).reset_index(drop=True)
