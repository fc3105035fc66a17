"""Which datasets a run reports on: the ones named (or changed), and those that depend on them.

A seed selects the datasets that cite it. A dataset selects the datasets a cross-dataset rule
compares with it, found in the fact index: a fact with the same indicator, region, period and
status (C107), or of an additive indicator with the same period and status about a region that
encloses or lies inside its own (C132). The rules still see every dataset.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from checks.atomic import TEMPORARY_SUFFIX
from checks.corpus import DATA_DIR, DATASET_SUFFIXES
from checks.errors import UsageError
from checks.seeds import SEEDS_DIR
from schemas.regions import ancestors
from schemas.vocab import Vocabulary

# A change here can change any finding, so it selects every dataset.
EVERYTHING = ("schemas/", "checks/")


def _relative(root: Path, cwd: Path, path: str) -> str:
    absolute = (
        (cwd / path).resolve() if not Path(path).is_symlink() else (cwd / path).parent.resolve() / Path(path).name
    )
    try:
        return absolute.relative_to(root).as_posix()
    except ValueError:
        raise UsageError(f"{path} is outside the repository {root}") from None


def named_datasets(root: Path, cwd: Path, paths: Iterable[str], seed_of: Mapping[str, str | None]) -> list[str] | None:
    """The datasets ``paths`` name directly or through the seeds they cite; None for everything
    (a path under ``schemas/`` or ``checks/``). ``seed_of``: each dataset's seed."""
    named: set[str] = set()
    seeds: set[str] = set()
    for path in paths:
        relative = _relative(root, cwd, path)
        if relative.startswith(EVERYTHING):
            return None
        if relative.startswith(f"{DATA_DIR}/") and relative.endswith(DATASET_SUFFIXES):
            if relative not in seed_of:
                raise UsageError(f"{path}: no such dataset")
            named.add(relative)
        elif relative.startswith(f"{SEEDS_DIR}/"):
            seeds.add(relative)
        else:
            raise UsageError(f"{path} is neither a dataset under {DATA_DIR}/ nor a seed under {SEEDS_DIR}/")
    named.update(dataset for dataset, seed in seed_of.items() if seed in seeds)
    return sorted(named)


def linked_datasets(index: pd.DataFrame, named: Iterable[str], vocabulary: Vocabulary) -> set[str]:
    """Datasets a cross-dataset rule compares with ``named`` (see the module docstring)."""
    named = set(named)
    if index.empty or not named:
        return set()
    facts = index[["dataset", "indicator", "region", "period", "status"]].astype(object)
    mine = facts[facts["dataset"].isin(named)]
    same = mine.merge(facts, on=["indicator", "region", "period", "status"], suffixes=("", "_other"))
    linked = set(same["dataset_other"])
    additive = [name for name, entry in vocabulary.indicators.items() if entry.get("additive") is True]
    key = ["indicator", "period", "status"]
    facts, mine = facts[facts["indicator"].isin(additive)], mine[mine["indicator"].isin(additive)]
    # Regions inside mine: theirs has mine among its ancestors; regions enclosing mine: the reverse.
    theirs_up = facts.assign(anchor=facts["region"].map(ancestors)).explode("anchor").dropna(subset=["anchor"])
    inside = mine.rename(columns={"region": "anchor"}).merge(theirs_up, on=[*key, "anchor"], suffixes=("", "_other"))
    mine_up = mine.assign(anchor=mine["region"].map(ancestors)).explode("anchor").dropna(subset=["anchor"])
    around = mine_up.drop(columns="region").merge(
        facts.rename(columns={"region": "anchor"}), on=[*key, "anchor"], suffixes=("", "_other")
    )
    return linked | set(inside["dataset_other"]) | set(around["dataset_other"])


def _git(root: Path, *arguments: str) -> list[str]:
    try:
        done = subprocess.run(["git", *arguments], cwd=root, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise UsageError("--changed-since needs git, which is not installed") from None
    if done.returncode != 0:
        raise UsageError(f"git {' '.join(arguments)}: {done.stderr.strip()}")
    return [line for line in done.stdout.splitlines() if line]


def changed_since(root: Path, ref: str) -> list[str]:
    """Datasets, seeds and checks changed since the merge base of ``ref``, committed or not."""
    base = _git(root, "merge-base", ref, "HEAD")[0]
    changed = _git(root, "diff", "--name-only", "--no-renames", base, "--")
    changed += _git(root, "ls-files", "--others", "--exclude-standard")
    wanted = (f"{DATA_DIR}/", f"{SEEDS_DIR}/", *EVERYTHING)
    return sorted(
        {
            path
            for path in changed
            if path.startswith(wanted)
            and (root / path).exists()
            and not path.endswith((".md", TEMPORARY_SUFFIX))
            and not (path.startswith(f"{DATA_DIR}/") and not path.endswith(DATASET_SUFFIXES))
        }
    )
