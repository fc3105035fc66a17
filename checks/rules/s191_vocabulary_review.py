"""Drafted vocabulary entry awaits review.

``factlint draft`` proposes an indicator (or a unit) it could not match in ``schemas/indicators.yaml``
(``schemas/units.yaml``) as a new entry marked with a ``review:`` field. The entry is reported at
its ``review:`` line until a curator checks its labels, unit and kind and deletes that line.

**Fails**::

    bed_occupancy_rate: {label_en: Bed occupancy rate, label_zh: 病床使用率, unit: percent,
                         kind: percent, additive: false, review: proposed from 病床使用率达85%}

**Passes**::

    bed_occupancy_rate: {label_en: Bed occupancy rate, label_zh: 病床使用率, unit: percent,
                         kind: percent, additive: false}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from checks.findings import Finding, Location, Severity
from checks.rules.base import Rule
from checks.rules.s190_review import note
from schemas.fields import REVIEW

if TYPE_CHECKING:
    from pathlib import Path

    from schemas.vocab import Vocabulary

CATALOGUES = ("schemas/indicators.yaml", "schemas/units.yaml")


class Rule_S191(Rule):
    __doc__ = __doc__
    severity: ClassVar[Severity] = Severity.WARNING
    scope: ClassVar[str] = "repository"

    def check_repository(self, root: Path, vocabulary: Vocabulary) -> Iterator[Finding]:
        for path in CATALOGUES:
            document = vocabulary.documents.get(path)
            if document is None:
                continue  # absent: the packaged vocabulary is used
            for name, entry in document.data.items():
                if isinstance(entry, dict) and entry.get(REVIEW):
                    position = document.key_positions.get((name, REVIEW))
                    yield self.finding(
                        f"drafted entry {name} awaits review: {note(entry[REVIEW])}",
                        dataset=Location(path, position.line, position.column) if position else Location(path),
                    )
