"""Mutants as data: what was changed in a copy of the real repository, to make it again.

A mutant is the real repository with some files replaced (``files``: path → bytes) and some paths
turned hostile (``hostile``: path → a kind of ``tests.fuzz.hostile``). A crashing mutant is kept
as a regression case, a directory under ``tests/fuzz/cases/``: ``case.yaml`` (what it found, the
mutations the campaign made, the hostile paths) and the replaced files under ``files/`` (only those
the failure needs: the others were dropped while the failure on main persisted).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tests.fuzz.hostile import make_hostile
from tests.fuzz.sandbox import Secrets, copy_repository

CASES = Path(__file__).resolve().parent / "cases"


@dataclass
class Mutant:
    files: dict[str, bytes] = field(default_factory=dict)
    hostile: dict[str, str] = field(default_factory=dict)
    changes: list[str] = field(default_factory=list)  # what was done, in words
    dataset: str | None = None  # what draft --uncited is given
    seed: str | None = None  # what draft is given
    text: str = ""  # what numbers is given

    @property
    def configuration_changed(self) -> bool:
        return any(path.startswith("schemas/") or path == "pyproject.toml" for path in [*self.files, *self.hostile])

    def build(self, root: Path, secrets: Secrets, copy: bool = True) -> Path:
        """The mutant at ``root``: a copy of the real repository (or, without ``copy``, what is there)."""
        if copy:
            copy_repository(root)
        for path, data in self.files.items():
            target = root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        for path, kind in self.hostile.items():
            make_hostile(kind, root / path, secrets)
        return root


def save_case(mutant: Mutant, name: str, problems: list[str], directory: Path = CASES) -> Path:
    folder = directory / name
    (folder / "files").mkdir(parents=True, exist_ok=True)
    for path, data in mutant.files.items():
        target = folder / "files" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    manifest = {
        "found": problems[:5],
        "changes": mutant.changes,
        "hostile": mutant.hostile,
        "dataset": mutant.dataset,
        "seed": mutant.seed,
        "text": mutant.text,
    }
    (folder / "case.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True, sort_keys=False), "utf-8")
    return folder


def load_case(folder: Path) -> Mutant:
    manifest = yaml.safe_load((folder / "case.yaml").read_text("utf-8"))
    files = {}
    base = folder / "files"
    for directory, _, names in os.walk(base):
        for name in names:
            path = Path(directory) / name
            files[path.relative_to(base).as_posix()] = path.read_bytes()
    return Mutant(
        files=files,
        hostile=dict(manifest.get("hostile") or {}),
        changes=list(manifest.get("changes") or []),
        dataset=manifest.get("dataset"),
        seed=manifest.get("seed"),
        text=manifest.get("text") or "",
    )


def all_cases(directory: Path = CASES) -> list[Path]:
    return sorted(path for path in directory.iterdir() if (path / "case.yaml").is_file()) if directory.is_dir() else []
