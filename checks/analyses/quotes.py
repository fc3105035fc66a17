"""Where each fact's quote stands on its cited line (the export's columns, the article view's marks,
the places of the cross-dataset findings): one column computation, ``checks.seeds.quote_columns``."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from checks.seeds import Seed, line_text, quote_columns


def quote_spans(facts: pd.DataFrame, seeds: Mapping[str, Seed], empty: bool = False) -> pd.DataFrame:
    """Per fact (``seed``, ``line``, ``quote`` columns; same row labels): ``column`` and ``end_column``
    of its quote on its line, 1-based, the end exclusive; NA where the quote is not on it (for an
    empty quote, see ``quote_columns``)."""
    spans = [
        quote_columns(line_text(seeds, seed, line), quote, empty)
        for seed, line, quote in zip(
            facts["seed"].tolist(), facts["line"].tolist(), facts["quote"].tolist(), strict=True
        )
    ]
    return pd.DataFrame(
        {
            "column": [span[0] if span else None for span in spans],
            "end_column": [span[1] if span else None for span in spans],
        },
        index=facts.index,
        dtype="Int64",
    )
