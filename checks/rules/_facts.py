"""Locations every fact rule reports: the fact's seed line (at its quote) and a dataset field."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from checks.corpus import Corpus


def fact_places(corpus: Corpus, row: Any, field: str) -> dict[str, Any]:
    """Keyword arguments for ``Rule.finding``: fact id, seed line and the dataset line of ``field``."""
    return {
        "fact": row.global_id,
        "source": corpus.quote_location(row.seed, row.line, row.quote),
        "dataset": corpus.dataset_location(row.dataset, "facts", row.item, field),
    }
