"""Which datasets a run reports on: the ones named (or changed), and those that depend on them.

A seed selects the datasets that cite it. A dataset selects the datasets a cross-dataset rule
compares with it, found in the fact index: a fact with the same indicator, region, period and
status (C107), or of an additive indicator with the same period and status about a region that
encloses or lies inside its own (C132). The rules still see every dataset.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from checks.analyses.index import group_codes, sharing_group
from checks.atomic import TEMPORARY_SUFFIX
from checks.corpus import DATA_DIR, DATASET_SUFFIXES
from checks.errors import UsageError
from checks.seeds import SEEDS_DIR
from schemas.regions import related
from schemas.vocab import Vocabulary

# A change here can change any finding, so it selects every dataset (pyproject.toml: the
# [tool.factlint] settings).
EVERYTHING = ("schemas/", "checks/", "pyproject.toml")


def _relative(root: Path, cwd: Path, path: str) -> str:
    # realpath, not Path.resolve: a link loop is a path that names nothing, not an exception.
    named = cwd / path
    absolute = Path(os.path.realpath(named if not named.is_symlink() else named.parent)) / (
        named.name if named.is_symlink() else ""
    )
    try:
        return absolute.relative_to(root).as_posix()
    except ValueError:
        raise UsageError(f"{path} is outside the repository {root}") from None


def check_given_seeds(root: Path, cwd: Path, paths: Iterable[str]) -> None:
    """A seed named on the command line is a file (a typo would select no dataset and pass). Not
    asked of the paths git reports changed: a deleted seed is one of them."""
    for path in paths:
        relative = _relative(root, cwd, path)
        if relative.startswith(f"{SEEDS_DIR}/") and not (root / relative).is_file():
            raise UsageError(f"{path}: no such seed")


def named_seeds(root: Path, cwd: Path, paths: Iterable[str]) -> list[str]:
    """The seeds among ``paths`` that are files (what K103 asks about in a selection)."""
    relative = (_relative(root, cwd, path) for path in paths)
    return sorted({path for path in relative if path.startswith(f"{SEEDS_DIR}/") and (root / path).is_file()})


def named_datasets(root: Path, cwd: Path, paths: Iterable[str], seed_of: Mapping[str, str | None]) -> list[str] | None:
    """The datasets ``paths`` name directly or through the seeds they cite; None for everything
    (a path under ``schemas/`` or ``checks/``, or ``pyproject.toml``). ``seed_of``: each dataset's seed."""
    named: set[str] = set()
    seeds: set[str] = set()
    for path in paths:
        relative = _relative(root, cwd, path)
        if relative.startswith(EVERYTHING):
            return None
        if relative.startswith(f"{DATA_DIR}/") and relative.endswith(DATASET_SUFFIXES):
            if relative not in seed_of:
                name = relative.removeprefix(f"{DATA_DIR}/")
                if "/" in name or name.startswith("."):
                    raise UsageError(
                        f"{path} is not read: datasets are {DATA_DIR}/*.yaml (not hidden, not in a folder)"
                    )
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
    mine = index["dataset"].isin(named).to_numpy()
    same = group_codes(index, ["indicator", "region", "period", "status"])
    linked = set(index.loc[sharing_group(same, mine), "dataset"])
    # C132: an additive indicator, the same period and status, about a region enclosing mine or inside it.
    additive = index["indicator"].isin(vocabulary.additive_indicators()).to_numpy()
    mine_additive = mine & additive
    keyed = group_codes(index, ["indicator", "period", "status"])
    candidates = sharing_group(keyed, mine_additive) & additive
    my_regions: dict[int, set[str]] = {}
    for code, region in zip(keyed[mine_additive].tolist(), index.loc[mine_additive, "region"], strict=True):
        my_regions.setdefault(code, set()).add(region)
    # Each (key, region) pair once: many facts share one (every indicator of a county in a year).
    theirs = index.loc[candidates, ["dataset", "region"]].assign(key=keyed[candidates]).dropna(subset="region")
    pairs = theirs.drop_duplicates(["key", "region"])
    is_related = [
        any(related(region, other) for other in my_regions[code])
        for code, region in zip(pairs["key"].tolist(), pairs["region"].tolist(), strict=True)
    ]
    related_pairs = pairs.loc[np.array(is_related, dtype=bool)]
    matched = theirs.merge(related_pairs[["key", "region"]], on=["key", "region"])
    linked.update(matched["dataset"].unique().tolist())
    return linked


def _git(root: Path, *arguments: str) -> list[str]:
    try:
        # Paths as they are (git quotes a non-ASCII one by default: data/郑州.yaml would not match).
        command = ["git", "-c", "core.quotepath=off", *arguments]
        done = subprocess.run(command, cwd=root, capture_output=True, check=False)
    except FileNotFoundError:
        raise UsageError("--changed-since needs git, which is not installed") from None
    if done.returncode != 0:
        raise UsageError(f"git {' '.join(arguments)}: {done.stderr.decode('utf-8', 'replace').strip()}")
    # A name that is not UTF-8 keeps its bytes escaped, as the list of datasets gives it.
    return [line for line in done.stdout.decode("utf-8", "backslashreplace").split("\n") if line]


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
            # A deleted seed stays: the datasets citing it are to be checked (P102). A deleted
            # dataset has nothing left to check.
            and ((root / path).exists() or path.startswith(f"{SEEDS_DIR}/"))
            and not path.endswith((".md", TEMPORARY_SUFFIX))
            and not (path.startswith(f"{DATA_DIR}/") and not path.endswith(DATASET_SUFFIXES))
        }
    )
