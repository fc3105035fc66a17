"""The one adapter from pandera to findings.

Each raw frame is validated lazily (every failure collected, none raised one at a time); the
failure cases become one table that the S rules read, each picking the checks it owns.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
import pandas as pd

from checks.frames import Frames
from schemas.vocab import Vocabulary

COLUMNS = ["table", "dataset", "item", "field", "check", "value", "message", "present"]


@contextmanager
def _without_hypothesis() -> Iterator[None]:
    """pandera imports hypothesis, when installed, for its data synthesis, which factlint never
    uses: a commit hook would pay for that import on every run. While pandera is imported and first
    validates (when it loads its backends), hypothesis is kept out of sight, unless something in
    this process imported it already."""
    hide = "hypothesis" not in sys.modules
    if hide:
        sys.modules["hypothesis"] = None  # type: ignore[assignment]  # the import fails: pandera goes without
    try:
        yield
    finally:
        if hide:
            del sys.modules["hypothesis"]


def schema_failures(raw: Frames, vocabulary: Vocabulary) -> pd.DataFrame:
    """One row per failing value: which table, dataset, item and field, and which check."""
    with _without_hypothesis():
        return _failures(raw, vocabulary)


def _failures(raw: Frames, vocabulary: Vocabulary) -> pd.DataFrame:
    import pandera.errors  # imported here: pandera costs a good part of a second

    from schemas.dataset import SCHEMAS

    found = []
    for table, build in SCHEMAS.items():
        frame: pd.DataFrame = getattr(raw, table)
        if frame.empty:
            continue
        try:
            # In place: the schema coerces nothing, so the copy pandera would make is wasted.
            build(vocabulary).validate(frame, lazy=True, inplace=True)
        except pandera.errors.SchemaErrors as errors:
            cases = errors.failure_cases
            cases = cases[cases["index"].notna()]
            # A frame-wide check reports its row once per column; keep one per row and check,
            # and name the field from the check (``required:parts`` → parts).
            wide = cases["schema_context"] == "DataFrameSchema"
            cases = cases.assign(field=cases["column"].where(~wide, cases["check"].str.split(":").str[-1]))
            cases = cases.drop_duplicates(["index", "check", "field"])
            rows = frame.loc[cases["index"].astype(int)]
            # A frame-wide check's failure case is a row, which pandera reports by its first column
            # (the dataset's path): the value is the field's own, in that row.
            values = cases["failure_case"].to_numpy(dtype=object).copy()
            wide_rows = (cases["schema_context"] == "DataFrameSchema").to_numpy()
            for name in cases.loc[wide_rows, "field"].unique():
                if name in frame.columns:
                    of_field = wide_rows & (cases["field"] == name).to_numpy()
                    values[of_field] = rows[name].to_numpy(dtype=object)[of_field]
            found.append(
                pd.DataFrame(
                    {
                        "table": table,
                        "dataset": rows["dataset"].to_numpy(),
                        "item": rows["item"].to_numpy(),
                        "field": cases["field"].to_numpy(),
                        "check": cases["check"].to_numpy(),
                        "value": values,
                        "message": _messages(cases["check"], values),
                        "present": rows["present"].to_numpy(),
                    }
                )
            )
    return pd.concat(found, ignore_index=True) if found else pd.DataFrame(columns=COLUMNS)


def _messages(checks: pd.Series, values: np.ndarray) -> np.ndarray:
    """What each failing check expected; a number YAML 1.1 read as text (``1.5e1``) says how to write it."""
    from schemas.dataset import MESSAGES, number_text_hint

    messages = checks.map(MESSAGES).fillna("").to_numpy(dtype=object)
    for at in np.flatnonzero((checks == "type:number").to_numpy()):
        messages[at] += number_text_hint(values[at])
    return messages
