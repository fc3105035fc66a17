"""Which datasets a run reports on: the ones named (or changed), and those that depend on them.

A seed selects the datasets that cite it. A dataset selects the datasets linked to it by the
cross-dataset rules (implicit duplicates, sub-region totals), whose findings may change with it.
The rules still run on the whole corpus.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterable
from pathlib import Path

from checks.corpus import DATA_DIR, DATASET_SUFFIXES, SEEDS_DIR, Corpus
from checks.errors import UsageError
from checks.frames import where
from schemas.regions import related

# A change here can change any finding, so it selects every dataset.
EVERYTHING = ("schemas/", "checks/")


def _relative(root: Path, cwd: Path, path: str) -> str:
    absolute = (cwd / path).resolve()
    try:
        return absolute.relative_to(root).as_posix()
    except ValueError:
        raise UsageError(f"{path} is outside the repository {root}") from None


def select_datasets(corpus: Corpus, root: Path, cwd: Path, paths: Iterable[str]) -> list[str]:
    named: set[str] = set()
    seeds: set[str] = set()
    for path in paths:
        relative = _relative(root, cwd, path)
        if relative.startswith(EVERYTHING):
            return list(corpus.paths)
        if relative.startswith(f"{DATA_DIR}/") and relative.endswith(DATASET_SUFFIXES):
            if not (root / relative).is_file():
                raise UsageError(f"{path}: no such dataset")
            named.add(relative)
        elif relative.startswith(f"{SEEDS_DIR}/"):
            seeds.add(relative)
        else:
            raise UsageError(f"{path} is neither a dataset under {DATA_DIR}/ nor a seed under {SEEDS_DIR}/")
    sources = corpus.frames.sources
    named.update(sources.loc[sources["seed"].isin(seeds), "dataset"].dropna())
    return sorted(named | linked_datasets(corpus, named))


def linked_datasets(corpus: Corpus, named: set[str]) -> set[str]:
    """Datasets a cross-dataset rule can compare with ``named``: a fact of the same indicator,
    period and status, about the same region or one enclosing or inside it (C107, C132)."""
    key = ["indicator", "period", "status"]
    facts = corpus.frames.facts.dropna(subset=[*key, "region"]).astype({k: object for k in [*key, "region"]})
    pairs = facts[facts["dataset"].isin(named)].merge(facts, on=key, suffixes=("", "_other"))
    near = [related(a, b) for a, b in zip(pairs["region"], pairs["region_other"], strict=True)]
    return set(where(pairs, near)["dataset_other"])


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
    return sorted({path for path in changed if _selectable(path) and (root / path).exists()})


def _selectable(path: str) -> bool:
    """A changed path that can change a finding: a dataset (not a notes file, nor a temporary file
    an interrupted writer left, which git lists where no ``.gitignore`` hides it), a seed, checks
    or schemas."""
    if path.endswith(".md"):
        return False
    if path.startswith(f"{DATA_DIR}/"):
        return path.endswith(DATASET_SUFFIXES)
    return path.startswith((f"{SEEDS_DIR}/", *EVERYTHING))
