"""Settings of a repository, from ``[tool.factlint]`` in its ``pyproject.toml``.

[tool.factlint]
target_horizon = 15     # a target may be due at most this many years after publication
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

from checks.errors import UsageError


@dataclass(frozen=True)
class Config:
    target_horizon: int = 15
    earliest_year: int = 1949
    latest_year: int = 2100


def load_config(root: Path) -> Config:
    file = root / "pyproject.toml"
    if not file.is_file():
        return Config()
    try:
        table = tomllib.loads(file.read_text(encoding="utf-8")).get("tool", {}).get("factlint", {})
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise UsageError(f"{file}: {error}") from error
    known = {f.name: f for f in fields(Config)}
    for key, value in table.items():
        if key not in known:
            raise UsageError(f"{file}: unknown setting [tool.factlint] {key}; known: {', '.join(known)}")
        if not isinstance(value, int) or isinstance(value, bool):
            raise UsageError(f"{file}: [tool.factlint] {key} must be a whole number")
    return Config(**table)
