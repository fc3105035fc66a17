"""Catalogue indicator is used by no fact.

An indicator the repository added to ``schemas/indicators.yaml`` is there for its facts: one that no
fact of any dataset names is left over, from a fact deleted or given another indicator, or from a
draft whose facts were renamed. Delete the entry, or use it. Reported at the entry, in a full run
(a run on some datasets reports only theirs). The packaged catalogue's entries, which a new
repository starts from, are a shared vocabulary and are not reported; nor is anything while a dataset
does not parse (P100), since which indicators it names cannot be told.

**Fails**::

    # schemas/indicators.yaml
    county_built_clinics: {label_en: Clinics built, label_zh: 新建诊所, unit: institution,
                           kind: count, additive: true}      # no fact has indicator: county_built_clinics

**Passes**::

    # data/county-2025.yaml
    facts:
      - id: clinics-built
        indicator: county_built_clinics
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING, ClassVar

from checks.findings import Finding, Location, Severity
from checks.rules.base import Rule
from schemas.vocab import packaged_indicators

if TYPE_CHECKING:
    from schemas.vocab import Vocabulary

CATALOGUE = "schemas/indicators.yaml"


class Rule_S112(Rule):
    __doc__ = __doc__
    severity: ClassVar[Severity] = Severity.WARNING
    scope: ClassVar[str] = "catalogue"

    def check_catalogue(self, vocabulary: Vocabulary, used: Collection[str] | None) -> Iterator[Finding]:
        document = vocabulary.documents.get(CATALOGUE)
        if document is None or used is None:
            return  # the packaged catalogue is used, or a dataset does not parse
        shared = packaged_indicators()
        for name in document.data:
            if name in used or name in shared:
                continue
            position = document.key_positions.get((name,))
            yield self.finding(
                f"indicator {name} is used by no fact: delete its entry, or give it to the facts it names",
                dataset=Location(CATALOGUE, position.line, position.column) if position else Location(CATALOGUE),
            )
