"""A copy of this repository's datasets, seeds, vocabularies and settings, for tests that change them."""

from __future__ import annotations

import shutil
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]


def copy_repository(root: Path) -> Path:
    """``root`` made a copy of the project's data, seeds, schemas and pyproject.toml; returns it."""
    for name in ("seeds", "data", "schemas"):
        shutil.copytree(PROJECT / name, root / name)
    shutil.copy(PROJECT / "pyproject.toml", root / "pyproject.toml")
    return root
