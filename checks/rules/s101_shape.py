"""Dataset is not shaped like a dataset.

A dataset is a mapping with a ``source`` mapping and, optionally, lists named ``facts``,
``relations``, ``acknowledged`` and ``ignore`` whose items are mappings. Anything else (an empty
file, a list at the top, ``facts`` written as a mapping, a fact that is a bare string) cannot be
read as rows, so it is reported here at its line and nothing further is checked inside it.

**Fails**::

    source: {path: seeds/a.txt, ...}
    facts:
      literacy-2025: {line: 3, ...}     # facts must be a list

**Passes**::

    source: {path: seeds/a.txt, ...}
    facts:
      - {id: literacy-2025, line: 3, ...}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checks.findings import Finding, Location
from checks.rules.base import Rule
from schemas import fields

if TYPE_CHECKING:
    from checks.context import Context


def _kind(value: object) -> str:
    names = {dict: "a mapping", list: "a list", type(None): "empty", str: "text", bool: "a boolean"}
    return names.get(type(value), "a number" if isinstance(value, int | float) else f"a {type(value).__name__}")


class Rule_S101(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        for path, document in corpus.documents.items():
            data = document.data
            if not isinstance(data, dict):
                yield self.finding(
                    f"a dataset must be a mapping with a 'source' key; this file is {_kind(data)}",
                    dataset=corpus.dataset_location(path) if data is not None else Location(path, 1, 1),
                )
                continue
            if not isinstance(data.get("source"), dict):
                yield self.finding(
                    f"'source' must be a mapping; it is {_kind(data.get('source'))}"
                    if "source" in data
                    else "the dataset has no 'source' mapping",
                    dataset=corpus.dataset_location(path, "source") if "source" in data else Location(path, 1, 1),
                )
            for key in fields.LISTS:
                items = data.get(key)
                if key in data and items is not None and not isinstance(items, list):
                    yield self.finding(
                        f"'{key}' must be a list; it is {_kind(items)}", dataset=corpus.dataset_location(path, key)
                    )
                    continue
                for index, item in enumerate(items or []):
                    if not isinstance(item, dict):
                        yield self.finding(
                            f"each entry of '{key}' must be a mapping; entry {index + 1} is {_kind(item)}",
                            dataset=corpus.dataset_location(path, key, index),
                        )
