"""Region name does not match its code.

A region is written ``{code, name}``; the name must be the one GB/T 2260 gives the code
(``schemas/regions.tsv``), or that name without its suffix (郑州 for 郑州市). A mismatch means one
of the two was edited without the other: usually a code copied from another dataset.

**Fails**::

    source: {region: {code: "130000", name: 郑州市}, ...}      # 130000 is 河北省

**Passes**::

    source: {region: {code: "410100", name: 郑州市}, ...}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from checks.findings import Finding
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


def names_agree(given: str, official: str) -> bool:
    given, official = given.strip(), official.strip()
    return bool(given) and (given == official or official.startswith(given) or given.startswith(official))


class Rule_C133(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        places: list[tuple[str, tuple[str | int, ...], Any]] = []
        for path, document in corpus.documents.items():
            data = document.data if isinstance(document.data, dict) else {}
            source = data.get("source")
            if isinstance(source, dict):
                places.append((path, ("source", "region"), source.get("region")))
            facts = data.get("facts")
            for index, fact in enumerate(facts if isinstance(facts, list) else []):
                if isinstance(fact, dict):
                    places.append((path, ("facts", index, "region"), fact.get("region")))
        for path, where, region in places:
            if not isinstance(region, dict):
                continue
            code, name = region.get("code"), region.get("name")
            official = corpus.regions.get(code) if isinstance(code, str) else None
            if official is None or not isinstance(name, str) or names_agree(name, official):
                continue  # unknown codes are C130's
            yield self.finding(
                f"region name {name} does not match code {code}, which is {official}",
                dataset=corpus.dataset_location(path, *where, "name"),
            )
