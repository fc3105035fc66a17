"""Mapping has the same key twice.

YAML parsers keep the last of two equal keys and drop the first without a word, so a fact with
two ``value:`` lines silently loses one of them. The second occurrence is reported.

**Fails**::

    - {id: beds, value: 3000, value: 3100, ...}

**Passes**::

    - {id: beds, value: 3000, ...}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checks.findings import Finding, Location
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_S108(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        for path, document in corpus.documents.items():
            for key_path, position in document.duplicate_keys:
                yield self.finding(
                    f"key '{key_path[-1]}' appears twice in this mapping; YAML keeps only the last",
                    dataset=Location(path, position.line, position.column),
                )
