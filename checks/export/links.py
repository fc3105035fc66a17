"""Which findings mark which rows of the export: each failing finding's code, on the fact it names,
or on the fact without an id on whose lines it stands (its S103 names no fact to link to)."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from checks.findings import Finding
from checks.frames import STRING


def codes_of(pairs: Iterable[tuple[object, str]], index: pd.Index) -> pd.Series:
    """For each key of ``index``, its codes sorted and space-separated (NA when it has none)."""
    found = pd.DataFrame(list(pairs), columns=["key", "code"]).drop_duplicates()
    joined = found.sort_values(["key", "code"]).groupby("key")["code"].agg(" ".join)
    return joined.reindex(index).astype(STRING)


def fact_errors(ids: pd.Series, unnamed: pd.DataFrame, findings: list[Finding]) -> pd.Series:
    """The ``errors`` of each fact (``ids``: its global id by row label, NA for a fact without an
    id; ``unnamed``: the lines such facts span, by row label), indexed as ``ids``."""
    keys = ids.astype(object)
    keys.loc[unnamed.index] = [f"#{label}" for label in unnamed.index]
    pairs: list[tuple[object, str]] = [(f.fact, f.code) for f in findings if f.fails and f.fact]
    pairs += [(f"#{label}", code) for label, code in _on_unnamed(unnamed, findings)]
    return codes_of(pairs, pd.Index(keys)).set_axis(ids.index)


def _on_unnamed(unnamed: pd.DataFrame, findings: list[Finding]) -> list[tuple[object, str]]:
    """(label, code) of each failing finding that names no fact and stands on the lines of a fact
    without an id."""
    placed = pd.DataFrame(
        [(f.dataset.path, f.dataset.line, f.code) for f in findings if f.fails and f.fact is None and f.dataset],
        columns=["dataset", "line", "code"],
    )
    if unnamed.empty or placed.empty:
        return []
    spans = unnamed.reset_index(names="label").astype({"dataset": object})
    joined = placed.astype({"dataset": object}).merge(spans, on="dataset")
    inside = joined[(joined["line"] >= joined["first"]) & (joined["line"] <= joined["last"])]
    return list(zip(inside["label"], inside["code"], strict=True))
