"""Unknown field.

Every mapping of the dataset format has a fixed set of fields (DESIGN.md §4). A field outside it
is usually a typo (``qualifer``, ``quotes``) whose value would otherwise be silently ignored.

**Fails**::

    - {id: beds, line: 15, quotes: 累计建床超3000张, ...}

**Passes**::

    - {id: beds, line: 15, quote: 累计建床超3000张, ...}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checks.findings import Finding
from checks.rules._names import ALLOWED, closest
from checks.rules.base import Rule
from schemas import fields

if TYPE_CHECKING:
    from checks.context import Context


def _suggest(key: str, allowed: tuple[str, ...]) -> str:
    close = closest(key, allowed)
    return f"; did you mean '{close}'?" if close else f"; expected one of {', '.join(allowed)}"


class Rule_S102(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        for path, document in corpus.documents.items():
            data = document.data
            if not isinstance(data, dict):
                continue
            places: list[tuple[tuple[str | int, ...], object, tuple[str, ...]]] = [((), data, fields.TOP_LEVEL)]
            source = data.get("source")
            if isinstance(source, dict):
                places.append((("source",), source, ALLOWED["source"]))
                for key in ("region", "body"):
                    places.append((("source", key), source.get(key), ALLOWED[f"source.{key}"]))
            for key in fields.LISTS:
                items = data.get(key)
                if isinstance(items, list):
                    places.extend(((key, index), item, ALLOWED[key]) for index, item in enumerate(items))
            for where, mapping, allowed in places:
                if not isinstance(mapping, dict):
                    continue
                for key in mapping:
                    if key not in allowed:
                        yield self.finding(
                            f"unknown field '{key}'" + _suggest(str(key), allowed),
                            dataset=corpus.key_location(path, *where, key),
                        )
