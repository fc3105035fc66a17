"""What a draft holds as it is built, line by line."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from checks.draft.facts import DraftFact


@dataclass
class Drafted:
    facts: list[DraftFact] = field(default_factory=list)
    ignores: list[dict[str, Any]] = field(default_factory=list)
    relations: list[dict[str, Any]] = field(default_factory=list)
    new_indicators: dict[str, dict[str, Any]] = field(default_factory=dict)
    new_units: dict[str, dict[str, Any]] = field(default_factory=dict)
    unquotable: list[tuple[int, str]] = field(default_factory=list)  # (line, figure) no quote could prove
    crowded: list[tuple[int, str]] = field(default_factory=list)  # (line, why) left undrafted
    printed: list[Any] = field(default_factory=list)  # figures drafted so far (checks.draft.refers_back.Printed)
