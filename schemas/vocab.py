"""The vocabularies a dataset draws on: units and indicators.

They are read from the repository being validated (``<root>/schemas/*.yaml``), so a copy of the
repository that adds an indicator validates with it; the packaged copies are the fallback.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from checks.files import Missing, Refused, read_inside
from checks.load import Document, LoadError, parse_dataset

PACKAGED = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Vocabulary:
    units: dict[str, dict[str, Any]]
    indicators: dict[str, dict[str, Any]]
    # The files as parsed, by the name they are reported under (``schemas/<name>`` for the
    # repository's own, an absolute path for a packaged copy): the rules on the catalogues (S110,
    # S191) read them here instead of parsing them again.
    documents: Mapping[str, Document] = field(default_factory=dict, repr=False, compare=False)

    # An entry is what the YAML says (S110 reports a bad one); these give a field only when it is text.
    def unit_kind(self, unit: str) -> str | None:
        return _text(self.units.get(unit), "kind")

    def indicator_kind(self, indicator: str) -> str | None:
        return _text(self.indicators.get(indicator), "kind")

    def indicator_unit(self, indicator: str) -> str | None:
        return _text(self.indicators.get(indicator), "unit")

    def additive_indicators(self) -> list[str]:
        """The indicators whose counts add up across regions (``additive: true``; C132 compares them)."""
        return [name for name, entry in self.indicators.items() if entry.get("additive") is True]


def _text(entry: dict[str, Any] | None, field: str) -> str | None:
    value = entry.get(field) if entry else None
    return value if isinstance(value, str) else None


def _parse(name: str, data: bytes) -> Document:
    # The bounded loader of the datasets: no recursion, no alias bomb, and an error that says
    # where, never what the file holds.
    parsed = parse_dataset(name, data)
    if isinstance(parsed, LoadError):
        where = f":{parsed.line}:{parsed.column}" if parsed.line is not None else ""
        raise VocabularyError(f"{name}{where}: {parsed.message}")
    if not isinstance(parsed.data, dict):
        raise VocabularyError(f"{name}: expected a mapping of ids to entries")
    return parsed


def _entries(document: Document) -> dict[str, dict[str, Any]]:
    return {str(key): value if isinstance(value, dict) else {} for key, value in document.data.items()}


class VocabularyError(Exception):
    """A vocabulary file that cannot be used: a configuration error (exit 2)."""


def load_vocabulary(root: Path) -> Vocabulary:
    """The repository's vocabularies as they are now (a catalogue edited since, as ``factlint draft``
    edits it, is read again), each content parsed once per process."""
    return _vocabulary(vocabulary_file(root, "units.yaml"), vocabulary_file(root, "indicators.yaml"))


@cache
def _vocabulary(units_file: tuple[str, bytes], indicators_file: tuple[str, bytes]) -> Vocabulary:
    units = _parse(*units_file)
    indicators = _parse(*indicators_file)
    return Vocabulary(
        units=_entries(units),
        indicators=_entries(indicators),
        documents={document.path: document for document in (units, indicators)},
    )


@cache
def packaged_indicators() -> frozenset[str]:
    """The names of the packaged indicator catalogue (the vocabulary a new repository starts from)."""
    name = "indicators.yaml"
    return frozenset(_entries(_parse(str(PACKAGED / name), (PACKAGED / name).read_bytes())))


def vocabulary_file(root: Path, name: str) -> tuple[str, bytes]:
    """``schemas/<name>`` of the repository (read only if it is a regular file inside ``schemas/``), or
    the packaged copy when the repository has none: (the name to report, its bytes)."""
    relative = f"schemas/{name}"
    try:
        return relative, read_inside(root, relative, "schemas")
    except Missing:
        return str(PACKAGED / name), (PACKAGED / name).read_bytes()
    except Refused as refused:
        raise VocabularyError(str(refused)) from None
