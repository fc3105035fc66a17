"""Unit catalogue entry is malformed.

Every entry of ``schemas/units.yaml`` has ``kind`` (count, percent, percent_change, amount, rate,
duration, score, measure: what the number is), ``label_en`` and ``label_zh`` (text) and ``hints``, a list of
the words printed next to a number that name the unit (text; empty when no word names it), and may
carry a ``review`` mark (rule S191). A unit of another kind (``length``: a distance is a ``measure``) has no
rules that know what its numbers may be, and a hint that is not text names nothing: the reader would silently skip it. The
finding points at the entry in the catalogue. (A unit's kind is what P108, C110, C111 and the
indicators' S110 rely on.)

**Fails**::

    kilometre: {kind: length, label_en: kilometres, label_zh: 公里, hints: 公里}

**Passes**::

    kilometre: {kind: measure, label_en: kilometres, label_zh: 公里, hints: [公里, km]}
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

CATALOGUE = "schemas/units.yaml"
FIELDS = ("kind", "label_en", "label_zh", "hints")
OPTIONAL = ("review",)  # a drafted unit's review mark (S191 reports it)


def problems(entry: Any) -> Iterator[tuple[str | None, str]]:
    """(field, what is wrong) for one unit of the catalogue."""
    if not isinstance(entry, dict):
        yield None, "a unit must be a mapping of " + ", ".join(FIELDS)
        return
    yield from field_problems(entry, FIELDS, OPTIONAL)
    if "kind" in entry and entry["kind"] not in fields.KINDS:
        yield "kind", f"kind {written(entry['kind'])} is not one of {', '.join(fields.KINDS)}"
    hints = entry.get("hints", [])
    if not isinstance(hints, list):
        yield "hints", f"hints must be a list of words (hints: [{written(hints)}]), not {written(hints)}"
    elif not all(isinstance(hint, str) and hint.strip() for hint in hints):
        yield "hints", "every hint must be a word or sign (non-empty text)"


class Rule_S114(Rule):
    __doc__ = __doc__
    scope: ClassVar[str] = "repository"

    def check_repository(self, root: Path, vocabulary: Vocabulary) -> Iterator[Finding]:
        for document, name, entry in entries(vocabulary, CATALOGUE):
            for field, message in problems(entry):
                yield self.finding(f"unit {name}: {message}", dataset=entry_location(document, CATALOGUE, name, field))
