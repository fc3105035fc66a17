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

from checks.files import Refused, read_inside
from checks.findings import Finding, Location, Severity
from checks.load import Document, parse_dataset
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
            try:
                data = read_inside(root, path, "schemas")
            except Refused:
                continue  # absent: the packaged vocabulary is used
            document = parse_dataset(path, data)
            if not isinstance(document, Document) or not isinstance(document.data, dict):
                continue  # the vocabulary loader has already refused it
            for name, entry in document.data.items():
                if isinstance(entry, dict) and entry.get(REVIEW):
                    position = document.key_positions.get((name, REVIEW))
                    yield self.finding(
                        f"drafted entry {name} awaits review: {note(entry[REVIEW])}",
                        dataset=Location(path, position.line, position.column) if position else Location(path),
                    )
