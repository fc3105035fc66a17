"""The vocabularies a dataset draws on: units and indicators.

They are read from the repository being validated (``<root>/schemas/*.yaml``), so a copy of the
repository that adds an indicator validates with it; the packaged copies are the fallback.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

PACKAGED = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Vocabulary:
    units: dict[str, dict[str, Any]]
    indicators: dict[str, dict[str, Any]]

    def unit_kind(self, unit: str) -> str | None:
        entry = self.units.get(unit)
        return entry.get("kind") if entry else None

    def indicator_kind(self, indicator: str) -> str | None:
        entry = self.indicators.get(indicator)
        return entry.get("kind") if entry else None


def _read_mapping(path: Path) -> dict[str, dict[str, Any]]:
    data = yaml.load(path.read_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(data, dict):
        raise VocabularyError(f"{path}: expected a mapping of ids to entries")
    return {str(key): value if isinstance(value, dict) else {} for key, value in data.items()}


class VocabularyError(Exception):
    """A vocabulary file that cannot be used: a configuration error (exit 2)."""


@cache
def load_vocabulary(root: Path) -> Vocabulary:
    def pick(name: str) -> Path:
        local = root / "schemas" / name
        return local if local.is_file() else PACKAGED / name

    try:
        return Vocabulary(units=_read_mapping(pick("units.yaml")), indicators=_read_mapping(pick("indicators.yaml")))
    except (OSError, yaml.YAMLError) as error:
        raise VocabularyError(str(error)) from error
