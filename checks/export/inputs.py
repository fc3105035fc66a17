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
    )
