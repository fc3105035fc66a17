"""Indicator catalogue entry is malformed.

Every entry of ``schemas/indicators.yaml`` has ``label_en`` and ``label_zh`` (text), ``unit`` (a
unit of ``schemas/units.yaml``), ``kind`` (count, percent, percent_change, amount, rate,
duration, score, measure) agreeing with its unit's kind (a ``percent_change`` is counted in percent, as a change of
5 %, or in percentage points, as 提高2.3个百分点), and
``additive`` (true or false), and may carry a ``review`` mark (rule S190). The finding points at
the entry in the catalogue.

**Fails**::

    beds_added: {label_en: Beds added, unit: beds, kind: count}

**Passes**::

    beds_added: {label_en: Beds added, label_zh: 新增床位, unit: bed, kind: count, additive: true}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar

from checks.findings import Finding, written
from checks.rules._catalogue import entries, entry_location, field_problems
from checks.rules.base import Rule
from schemas import fields

if TYPE_CHECKING:
    from pathlib import Path

    from schemas.vocab import Vocabulary

CATALOGUE = "schemas/indicators.yaml"
FIELDS = ("label_en", "label_zh", "unit", "kind", "additive")
OPTIONAL = ("review",)  # a drafted entry's review mark (S190 reports it)
# The unit kinds each indicator kind may be counted in (otherwise its own).
UNIT_KINDS = {"percent_change": ("percent", "percent_change")}


def problems(entry: Any, units: dict[str, dict[str, Any]]) -> Iterator[tuple[str | None, str]]:
    """(field, what is wrong) for one catalogue entry."""
    if not isinstance(entry, dict):
        yield None, "an indicator must be a mapping of " + ", ".join(FIELDS)
        return
    yield from field_problems(entry, FIELDS, OPTIONAL)
    # A unit or kind that is not text (a list, a number) is no name of anything: hashable or not.
    unit = entry.get("unit") if isinstance(entry.get("unit"), str) else None
    if "unit" in entry and unit not in units:
        yield "unit", f"unit {written(entry['unit'])} is not in schemas/units.yaml"
    if "kind" in entry and entry["kind"] not in fields.KINDS:
        yield "kind", f"kind {written(entry['kind'])} is not one of {', '.join(fields.KINDS)}"
    elif "kind" in entry and unit in units:
        unit_kind = units[entry["unit"]].get("kind")
        fitting = UNIT_KINDS.get(entry["kind"], (entry["kind"],))
        if unit_kind not in fitting:
            yield (
                "kind",
                (
                    f"kind {entry['kind']} does not fit unit {entry['unit']}, whose kind is {unit_kind}:"
                    f" a {entry['kind']} indicator takes a unit of kind {' or '.join(fitting)}"
                ),
            )
    if "additive" in entry and not isinstance(entry["additive"], bool):
        yield "additive", "additive must be true or false"


class Rule_S110(Rule):
    __doc__ = __doc__
    scope: ClassVar[str] = "repository"

    def check_repository(self, root: Path, vocabulary: Vocabulary) -> Iterator[Finding]:
        for document, name, entry in entries(vocabulary, CATALOGUE):
            for field, message in problems(entry, vocabulary.units):
                yield self.finding(
                    f"indicator {name}: {message}", dataset=entry_location(document, CATALOGUE, name, field)
                )
