"""The one adapter from pandera to findings.

Each raw frame is validated lazily (every failure collected, none raised one at a time); the
failure cases become one table that the S rules read, each picking the checks it owns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from checks.findings import Location
from checks.frames import slug_of

if TYPE_CHECKING:
    from checks.corpus import Corpus

COLUMNS = ["table", "dataset", "item", "field", "check", "value", "message", "present"]

# The YAML path of a table's rows: sources are the single `source` mapping, the others are lists.
YAML_KEY = {
    "sources": "source",
    "facts": "facts",
    "relations": "relations",
    "acknowledged": "acknowledged",
    "ignore": "ignore",
}


def schema_failures(corpus: Corpus) -> pd.DataFrame:
    """One row per failing value: which table, dataset, item and field, and which check."""
    import pandera.errors  # imported here: pandera costs a second to import

    from schemas.dataset import MESSAGES, SCHEMAS

    found = []
    for table, build in SCHEMAS.items():
        frame: pd.DataFrame = getattr(corpus.raw, table)
        if frame.empty:
            continue
        try:
            build(corpus.vocabulary).validate(frame, lazy=True)
        except pandera.errors.SchemaErrors as errors:
            cases = errors.failure_cases
            cases = cases[cases["index"].notna()]
            # A frame-wide check reports its row once per column; keep one per row and check,
            # and name the field from the check (``required:parts`` → parts).
            wide = cases["schema_context"] == "DataFrameSchema"
            cases = cases.assign(field=cases["column"].where(~wide, cases["check"].str.split(":").str[-1]))
            cases = cases.drop_duplicates(["index", "check", "field"])
            rows = frame.loc[cases["index"].astype(int)]
            found.append(
                pd.DataFrame(
                    {
                        "table": table,
                        "dataset": rows["dataset"].to_numpy(),
                        "item": rows["item"].to_numpy(),
                        "field": cases["field"].to_numpy(),
                        "check": cases["check"].to_numpy(),
                        "value": cases["failure_case"].to_numpy(),
                        "message": cases["check"].map(MESSAGES).fillna("").to_numpy(),
                        "present": rows["present"].to_numpy(),
                    }
                )
            )
    return pd.concat(found, ignore_index=True) if found else pd.DataFrame(columns=COLUMNS)


def failure_location(corpus: Corpus, failure: pd.Series) -> Location:
    """The dataset line of the failing value (or of its item when the field is absent)."""
    key = YAML_KEY[failure["table"]]
    path: tuple[str | int, ...] = (key,) if failure["table"] == "sources" else (key, int(failure["item"]))
    return corpus.dataset_location(failure["dataset"], *path, failure["field"])


def failure_source(corpus: Corpus, failure: pd.Series) -> Location | None:
    """The seed line of the fact a failure is about, when its line and quote can be read."""
    if failure["table"] != "facts":
        return None
    facts = corpus.frames.facts
    row = facts[(facts["dataset"] == failure["dataset"]) & (facts["item"] == failure["item"])].iloc[0]
    return corpus.quote_location(row["seed"], row["line"], row["quote"])


def failure_fact(corpus: Corpus, failure: pd.Series) -> str | None:
    """The global id of the fact a failure is about, when it is about one."""
    if failure["table"] != "facts":
        return None
    document = corpus.documents[failure["dataset"]]
    fact = document.data["facts"][int(failure["item"])]
    return f"{slug_of(failure['dataset'])}/{fact['id']}" if isinstance(fact.get("id"), str) else None
