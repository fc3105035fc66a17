"""Locations every fact rule reports: the fact's seed line (at its quote) and a dataset field."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from checks.findings import Finding, Related
from checks.intervals import show_number

if TYPE_CHECKING:
    from checks.corpus import Corpus
    from checks.rules.base import Rule


def fact_places(corpus: Corpus, row: Any, field: str) -> dict[str, Any]:
    """Keyword arguments for ``Rule.finding``: fact id, seed line and the dataset line of ``field``."""
    return {
        "fact": row.global_id,
        "source": corpus.quote_location(row.seed, row.line, row.quote),
        "dataset": corpus.dataset_location(row.dataset, "facts", row.item, field),
    }


def pair_finding(rule: type[Rule], corpus: Corpus, row: Any, suffix: str, message: str) -> Finding:
    """A finding at the fact of a merged pair row, with the ``suffix`` fact as related location."""
    other = getattr(row, f"global_id{suffix}")
    what = f"{other} = {show_number(getattr(row, f'value{suffix}'))}"
    places = (
        corpus.quote_location(
            getattr(row, f"seed{suffix}"), getattr(row, f"line{suffix}"), getattr(row, f"quote{suffix}")
        ),
        corpus.dataset_location(getattr(row, f"dataset{suffix}"), "facts", int(getattr(row, f"item{suffix}")), "value"),
    )
    return rule.finding(
        message,
        **fact_places(corpus, row, "value"),
        related=tuple(Related(where, what) for where in places if where is not None),
    )
