"""Catalogue has the same key twice.

YAML keeps the last of two equal keys and drops the first without a word: an indicator named twice
in ``schemas/indicators.yaml`` (or a unit in ``schemas/units.yaml``) silently loses its first
entry, and an entry with two ``unit:`` lines loses one of them, so the datasets citing it are
checked against the wrong entry. The second occurrence is reported, in the catalogue (as S108 does
in a dataset).

**Fails**::

    beds: {label_en: Beds, label_zh: 床位, unit: bed, kind: count, additive: true}
    beds: {label_en: Beds, label_zh: 床位数, unit: bed, kind: count, additive: true}

**Passes**::

    beds: {label_en: Beds, label_zh: 床位, unit: bed, kind: count, additive: true}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from checks.findings import Finding, Location
from checks.rules.base import Rule

if TYPE_CHECKING:
    from pathlib import Path

    from schemas.vocab import Vocabulary


class Rule_S111(Rule):
    __doc__ = __doc__
    scope: ClassVar[str] = "repository"

    def check_repository(self, root: Path, vocabulary: Vocabulary) -> Iterator[Finding]:
        for name, document in vocabulary.documents.items():
            if not name.startswith("schemas/"):
                continue  # a packaged copy, not the repository's file
            for key_path, position in document.duplicate_keys:
                what = f"entry '{key_path[-1]}'" if len(key_path) == 1 else f"key '{key_path[-1]}' of {key_path[0]}"
                yield self.finding(
                    f"{what} appears twice in {name}; YAML keeps only the last",
                    dataset=Location(name, position.line, position.column),
                )
