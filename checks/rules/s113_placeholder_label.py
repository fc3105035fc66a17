"""Vocabulary label is still the draft's placeholder.

``factlint draft`` proposes an indicator (in ``schemas/indicators.yaml``) or a unit (in
``schemas/units.yaml``) with a ``review:`` mark, and writes a placeholder where it cannot fill a
label: ``label_zh: (待译)`` ("to be translated") for an English article's indicator, a
``label_en`` ending ``(to be named)`` for a Chinese article's indicator or an unknown measure word.
While the mark is there, S191 reports the entry; once a curator deletes it, a placeholder left in a
label is unfinished data, an error at the label's line: write the label.

**Fails**::

    dental_clinics_opened: {label_en: Dental clinics opened, label_zh: (待译), unit: institution,
                            kind: count, additive: true}

**Passes**::

    dental_clinics_opened: {label_en: Dental clinics opened, label_zh: 新开口腔诊所数, unit: institution,
                            kind: count, additive: true}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from checks.findings import Finding, Location
from checks.rules.base import Rule
from schemas.fields import LABEL_PLACEHOLDERS, REVIEW

if TYPE_CHECKING:
    from pathlib import Path

    from schemas.vocab import Vocabulary

CATALOGUES = (("schemas/indicators.yaml", "indicator"), ("schemas/units.yaml", "unit"))
LABELS = ("label_en", "label_zh")


class Rule_S113(Rule):
    __doc__ = __doc__
    scope: ClassVar[str] = "repository"

    def check_repository(self, root: Path, vocabulary: Vocabulary) -> Iterator[Finding]:
        for path, what in CATALOGUES:
            document = vocabulary.documents.get(path)
            if document is None:
                continue  # absent: the packaged vocabulary is used
            for name, entry in document.data.items():
                if not isinstance(entry, dict) or entry.get(REVIEW):
                    continue  # not an entry (S110), or still marked for review (S191's)
                for field in LABELS:
                    label = entry.get(field)
                    if not isinstance(label, str):
                        continue
                    for placeholder, wanted in LABEL_PLACEHOLDERS:
                        if placeholder in label:
                            position = document.position(name, field)
                            held = "is" if label.strip() == placeholder else f"{label!r} holds"
                            yield self.finding(
                                f"{what} {name}: {field} {held} the draft's placeholder {placeholder!r}: write {wanted}",
                                dataset=Location(path, position.line, position.column) if position else Location(path),
                            )
