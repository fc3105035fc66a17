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
        if not isinstance(value, int) or isinstance(value, bool) or not -MAX_SETTING <= value <= MAX_SETTING:
            raise UsageError(
                f"{PYPROJECT}: [tool.factlint] {key} must be a whole number from {-MAX_SETTING} to {MAX_SETTING}"
            )
    return Config(**table)
