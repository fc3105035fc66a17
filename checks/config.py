"""Settings of a repository, from ``[tool.factlint]`` in its ``pyproject.toml``.

[tool.factlint]
target_horizon = 15     # a target may be due at most this many years after publication
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from checks.errors import UsageError
from checks.files import Missing, Refused, read_inside


@dataclass(frozen=True)
class Config:
    target_horizon: int = 15
    earliest_year: int = 1949
    latest_year: int = 2100


PYPROJECT = "pyproject.toml"
# A setting is a number of years: anything beyond this is a typo, and would overflow the
# 64-bit year arithmetic of the rules.
MAX_SETTING = 10_000
# What each setting may be: a horizon is a number of years ahead (none is negative: a target cannot be
# due before it is set), the others a year of the calendar (1 to 9999, as a date's year).
RANGES = {"target_horizon": (0, MAX_SETTING), "earliest_year": (1, 9999), "latest_year": (1, 9999)}
MEANING = {
    "target_horizon": "years after publication a target may fall due",
    "earliest_year": "the first year a period may be",
    "latest_year": "the last year a period may be",
}


def read_pyproject(root: Path) -> dict[str, Any]:
    """The repository's ``pyproject.toml`` (empty when there is none), read only if it is a regular
    file of the repository. A link out or a file TOML cannot read is a ``UsageError``."""
    try:
        data = read_inside(root, PYPROJECT, ".", limit=1024 * 1024)
    except Missing:
        return {}
    except Refused as refused:
        raise UsageError(str(refused)) from None
    try:
        return tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise UsageError(f"{PYPROJECT}: {error}") from error


def load_config(root: Path) -> Config:
    return config_of(read_pyproject(root))


def config_of(pyproject: dict[str, Any]) -> Config:
    """The settings of a ``pyproject.toml`` as ``read_pyproject`` gives it."""
    tool = pyproject.get("tool", {})
    table = tool.get("factlint", {}) if isinstance(tool, dict) else {}
    if not isinstance(table, dict):
        raise UsageError(f"{PYPROJECT}: [tool.factlint] must be a table")
    known = {f.name: f for f in fields(Config)}
    for key, value in table.items():
        if key not in known:
            raise UsageError(f"{PYPROJECT}: unknown setting [tool.factlint] {key}; known: {', '.join(known)}")
        low, high = RANGES[key]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise UsageError(
                f"{PYPROJECT}: [tool.factlint] {key} must be a whole number from {low} to {high}"
                f" ({MEANING[key]}); it is {value!r}"[:300]
            )
    config = Config(**table)
    if config.earliest_year > config.latest_year:
        raise UsageError(
            f"{PYPROJECT}: [tool.factlint] earliest_year {config.earliest_year} is after latest_year {config.latest_year}"
        )
    return config
