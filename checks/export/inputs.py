"""The one place the export reads the corpus and the analyses the validator computed.

Everything the export takes from ``Corpus`` and ``Context`` is gathered here, once, so a change to
their shape upstream is a change to this module only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from checks.analyses.quotes import quote_spans
from checks.errors import UsageError
from schemas.vocab import Vocabulary

if TYPE_CHECKING:
    from checks.context import Context
    from checks.corpus import Corpus


@dataclass(frozen=True)
class Inputs:
    pyproject: dict[str, Any]  # the repository's pyproject.toml as validation read it: it declares the license
    raw_sources: pd.DataFrame  # each source block as the YAML said it (object columns)
    raw_facts: pd.DataFrame  # each fact as the YAML said it
    raw_relations: pd.DataFrame  # each relation as the YAML said it (``relation_members`` index it)
    fact_intervals: pd.DataFrame  # the typed facts with the interval the validator computed
    relation_members: pd.DataFrame  # one row per fact named by a relation (``fact``: its row label)
    quote_spans: pd.DataFrame  # per fact row label: ``column``, ``end_column`` of its quote on its line
    vocabulary: Vocabulary
    regions: dict[str, str]  # GB/T 2260 code → name
    # The dataset lines each fact without an id spans (per row label: ``dataset``, ``first``,
    # ``last``): its findings name no fact, and are linked to its row by where they stand.
    unnamed_facts: pd.DataFrame


def readable_pyproject(corpus: Corpus) -> dict[str, Any]:
    """The corpus's ``pyproject.toml``; empty when it may not be read (validation has said why, and
    the package then names no license)."""
    try:
        return corpus.pyproject
    except UsageError:
        return {}


def inputs(context: Context) -> Inputs:
    corpus = context.corpus
    facts = context.fact_intervals
    return Inputs(
        pyproject=readable_pyproject(corpus),
        raw_sources=corpus.raw.sources,
        raw_facts=corpus.raw.facts,
        raw_relations=corpus.raw.relations,
        fact_intervals=facts,
        relation_members=context.relation_members,
        quote_spans=quote_spans(facts, corpus.seeds),
        vocabulary=corpus.vocabulary,
        regions=corpus.regions,
        unnamed_facts=unnamed_fact_lines(corpus, facts),
    )


def unnamed_fact_lines(corpus: Corpus, facts: pd.DataFrame) -> pd.DataFrame:
    """The first and last dataset line of each fact that has no id (few: a loop over them)."""
    unnamed = facts.loc[facts["id"].isna(), ["dataset", "item"]]
    rows: dict[Any, tuple[str, int, int]] = {}
    for label, dataset, item in zip(unnamed.index, unnamed["dataset"], unnamed["item"], strict=True):
        document = corpus.documents.get(str(dataset))
        span = document.items.get(("facts", int(item))) if document is not None else None
        if document is None or span is None:
            continue
        start, end, line, _ = span
        text = document.text[start:end].rstrip()  # a block item ends where the next one starts
        rows[label] = (str(dataset), line + 1, line + 1 + text.count("\n"))
    return pd.DataFrame.from_dict(rows, orient="index", columns=["dataset", "first", "last"])
