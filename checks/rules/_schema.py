"""Shared by the S rules that report pandera failure cases: each owns some check names."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

import pandas as pd

from checks.findings import Finding, written
from checks.frames import records
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context
    from checks.corpus import Corpus

# The YAML path of a table's rows: sources are the single `source` mapping, the others are lists.
YAML_KEY = {
    "sources": "source",
    "facts": "facts",
    "relations": "relations",
    "acknowledged": "acknowledged",
    "ignore": "ignore",
}


class SchemaRule(Rule):
    # Check names this rule reports: exact names, or prefixes ending in ':'.
    owns: ClassVar[tuple[str, ...]] = ()

    def message(self, field: str, value: object, expected: str, present: bool) -> str:
        return f"{field}: {expected}, got {written(value)}"

    def hint(self, context: Context, field: str, value: object) -> str:
        """What to add to the message of one failure (a likely meant value), from the context."""
        return ""

    def told_elsewhere(self, key: str, mapping: object, field: str, present: bool) -> bool:
        """Whether another rule's finding on the same ``mapping`` (of the YAML ``key``: source, facts…) already
        tells this failure (one slip, one finding)."""
        return False

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        failures = context.schema_failures
        exact = [name for name in self.owns if not name.endswith(":")]
        prefixes = tuple(name for name in self.owns if name.endswith(":"))
        checks = failures["check"].astype(str)
        owned = checks.isin(exact)
        for prefix in prefixes:
            owned |= checks.str.startswith(prefix)
        mine = failures[owned]
        if mine.empty:
            return
        # The fact each failure of the facts table is about: its global id and its seed line.
        facts = corpus.frames.facts[["dataset", "item", "seed", "line", "quote", "global_id"]].astype(
            {"dataset": object}
        )
        about = mine.assign(dataset=mine["dataset"].astype(object), is_fact=mine["table"] == "facts")
        about = about.merge(facts, on=["dataset", "item"], how="left")
        about.loc[~about["is_fact"], ["seed", "line", "quote", "global_id"]] = pd.NA
        for row in records(about):
            key = YAML_KEY[row.table]
            path: tuple[str | int, ...] = (key,) if row.table == "sources" else (key, int(row.item))
            mapping = _mapping(corpus, str(row.dataset), path)
            if self.told_elsewhere(key, mapping, str(row.field), str(row.field) in row.present):
                continue
            yield self.finding(
                self.message(str(row.field), row.value, str(row.message), str(row.field) in row.present)
                + self.hint(context, str(row.field), row.value),
                fact=row.global_id if isinstance(row.global_id, str) else None,
                source=corpus.quote_location(row.seed, row.line, row.quote) if row.is_fact else None,
                dataset=corpus.dataset_location(row.dataset, *path, row.field),
            )


def _mapping(corpus: Corpus, dataset: str, path: tuple[str | int, ...]) -> object:
    """The mapping of the dataset's YAML at ``path`` (a fact, a relation, the source), or None."""
    document = corpus.documents.get(dataset)
    node = document.data if document is not None else None
    for step in path:
        if isinstance(node, dict) and isinstance(step, str):
            node = node.get(step)
        elif isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
            node = node[step]
        else:
            return None
    return node
