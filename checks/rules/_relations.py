"""Findings of the relation rules, all shaped alike: reported at the relation's subject fact, with
the other facts of the relation and the relation's own line as related locations.

Built for every failing relation of a rule at once (one lookup of the facts involved), so the cost
does not grow with a pandas call per finding.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import pandas as pd

from checks.findings import Finding, Related
from checks.frames import records
from checks.intervals import show_value

if TYPE_CHECKING:
    from checks.context import Context
    from checks.rules.base import Rule

_FACT_COLUMNS = ["dataset", "item", "id", "seed", "line", "quote", "value", "value_text", "global_id"]


def relation_findings(
    rule: type[Rule], context: Context, failing: pd.DataFrame, messages: Iterable[str]
) -> Iterator[Finding]:
    """One finding per row of ``failing`` (columns ``relation`` and ``fact``, the subject's row label)."""
    if failing.empty:
        return
    corpus = context.corpus
    relation_ids = failing["relation"].astype(int).tolist()
    subjects = failing["fact"].astype(int).tolist()
    members = context.relation_members
    members = members[members["relation"].isin(relation_ids)].dropna(subset=["fact"])
    members = members.drop_duplicates(["relation", "fact"])
    involved: dict[int, list[tuple[str, int]]] = {}
    for member in records(members):
        involved.setdefault(int(member.relation), []).append((member.role, int(member.fact)))
    labels = sorted({*subjects, *(label for pairs in involved.values() for _, label in pairs)})
    facts: dict[int, Any] = dict(zip(labels, records(corpus.frames.facts.loc[labels, _FACT_COLUMNS]), strict=True))
    declared = corpus.frames.relations.loc[sorted(set(relation_ids)), ["dataset", "item"]]
    relation_places = {
        label: corpus.dataset_location(row.dataset, "relations", int(row.item))
        for label, row in zip(declared.index, records(declared), strict=True)
    }
    for relation, subject, message in zip(relation_ids, subjects, messages, strict=True):
        here = facts[subject]
        related: list[Related] = []
        for role, label in involved.get(relation, []):
            if label == subject:
                continue
            other = facts[label]
            what = f"{role} {other.id} = {show_value(other.value, other.value_text)}"
            where = corpus.quote_location(other.seed, other.line, other.quote)
            if where is not None:
                related.append(Related(where, what))
            related.append(Related(corpus.dataset_location(other.dataset, "facts", int(other.item)), what))
        related.append(Related(relation_places[relation], "the relation"))
        yield rule.finding(
            message,
            fact=here.global_id,
            source=corpus.quote_location(here.seed, here.line, here.quote),
            dataset=corpus.dataset_location(here.dataset, "facts", int(here.item), "value"),
            related=tuple(related),
        )
