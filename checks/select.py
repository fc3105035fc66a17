"""Which datasets a run reports on: the ones named (or changed), and those that depend on them.

A seed selects the datasets that cite it. A dataset selects the datasets a cross-dataset rule
compares with it, found in the fact index: a fact with the same indicator, region, period and
status (C107), or of an additive indicator with the same period and status about a region that
encloses or lies inside its own (C132). The rules still see every dataset.
"""

from __future__ import annotations

import os
import subprocess
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from checks.analyses.index import group_codes, sharing_group
from checks.atomic import TEMPORARY_SUFFIX
from checks.corpus import DATA_DIR, DATASET_SUFFIXES, Corpus, is_seed_file
from checks.engine import check_datasets
from checks.errors import UsageError
from checks.load import Document, LoadError, parse_dataset
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
    """The articles among ``paths`` (what K103 asks about in a selection): the files a full run asks
    about (``checks.corpus.seed_files``: not a README, not hidden, not in a folder)."""
    relative = (_relative(root, cwd, path) for path in paths)
    return sorted({path for path in relative if is_seed_file(path) and (root / path).is_file()})


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


def _git(root: Path, *arguments: str, allowed: tuple[int, ...] = (0,)) -> subprocess.CompletedProcess[bytes]:
    try:
        # Paths as they are (git quotes a non-ASCII one by default: data/郑州.yaml would not match).
        command = ["git", "-c", "core.quotepath=off", *arguments]
        done = subprocess.run(command, cwd=root, capture_output=True, check=False)
    except FileNotFoundError:
        raise UsageError("--changed-since needs git, which is not installed") from None
    if done.returncode not in allowed:
        raise UsageError(f"git {' '.join(arguments)}: {_said(done)}")
    return done


def _said(done: subprocess.CompletedProcess[bytes]) -> str:
    return done.stderr.decode("utf-8", "replace").strip() or f"git exited with status {done.returncode}"


def _git_paths(root: Path, *arguments: str) -> list[str]:
    """The paths a git command lists with ``-z``, NUL-separated: as they are, never C-quoted (git
    quotes a name holding a quote, a tab or a backslash otherwise). A name that is not UTF-8 keeps
    its bytes escaped, as the list of datasets gives it."""
    out = _git(root, *arguments).stdout
    return [name.decode("utf-8", "backslashreplace") for name in out.split(b"\0") if name]


def _shallow(root: Path) -> bool:
    done = _git(root, "rev-parse", "--is-shallow-repository", allowed=(0, 128))
    return done.stdout.strip() == b"true"


def merge_base(root: Path, ref: str) -> str:
    """The commit ``ref`` and HEAD last shared; a refusal that says what is wrong and what to do."""
    if ref.startswith("-") or not ref.strip():
        raise UsageError(f"--changed-since {ref!r}: not a git revision (a revision does not start with '-')")
    known = _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", allowed=(0, 1, 128))
    if known.returncode != 0:
        if _shallow(root):
            raise UsageError(
                f"--changed-since {ref}: not in this clone's history, which is shallow; "
                "fetch the history it needs (`git fetch --unshallow`)"
            )
        raise UsageError(f"--changed-since {ref}: no such commit, branch or tag in this repository")
    done = _git(root, "merge-base", ref, "HEAD", allowed=(0, 1))
    if done.returncode != 0 or not done.stdout.strip():
        if _shallow(root):
            raise UsageError(
                f"no merge base between {ref} and HEAD: the clone is shallow; "
                "fetch the history it needs (`git fetch --unshallow`)"
            )
        raise UsageError(
            f"no merge base between {ref} and HEAD: their histories share no commit; "
            "name a commit of this branch's history"
        )
    return done.stdout.decode("ascii", "replace").split()[0]


@dataclass(frozen=True)
class Changes:
    """What changed since the merge base ``base``, as a full run would see it."""

    base: str
    # The datasets, seeds (deleted ones too: the datasets citing them are to be checked, P102) and
    # files that select everything, changed or added.
    paths: list[str]
    # YAML files under data/ that are no dataset (hidden, or in a folder): K104 warns of each.
    strays: list[str]
    # Datasets deleted: what a full run reports because they are gone (K103 for their seed, C190 for a
    # waiver elsewhere that named one of their facts) is reported.
    gone: list[str]


def changed_since(root: Path, ref: str) -> Changes:
    """Datasets, seeds and checks changed since the merge base of ``ref``, committed or not."""
    base = merge_base(root, ref)
    changed = _git_paths(root, "diff", "-z", "--name-only", "--no-renames", "--relative", base, "--")
    changed += _git_paths(root, "ls-files", "-z", "--others", "--exclude-standard")
    paths: set[str] = set()
    strays: set[str] = set()
    gone: set[str] = set()
    for path in changed:
        exists = os.path.lexists(root / path)
        if path.startswith(f"{DATA_DIR}/"):
            if not path.endswith(DATASET_SUFFIXES) or path.endswith(TEMPORARY_SUFFIX):
                continue
            name = path.removeprefix(f"{DATA_DIR}/")
            if "/" in name or name.startswith("."):
                if exists:
                    strays.add(path)
            elif exists:
                paths.add(path)
            else:
                gone.add(path)
        elif path.startswith(f"{SEEDS_DIR}/"):
            # Every file: which are articles is decided as a full run decides it (``named_seeds``).
            paths.add(path)
        elif path.startswith(EVERYTHING) and exists and not path.endswith((".md", TEMPORARY_SUFFIX)):
            paths.add(path)
    return Changes(base, sorted(paths), sorted(strays), sorted(gone))


def asked_paths(
    root: Path, cwd: Path, given: Sequence[str], ref: str | None, datasets: Sequence[str]
) -> tuple[list[str] | None, Changes | None]:
    """The paths a run is asked to report on (None: everything), from the command line (``given``)
    and git (changed since ``ref``); and what git reports changed (None without ``ref``)."""
    check_given_seeds(root, cwd, given)
    named = list(given)
    if ref is None:
        return named or None, None
    changes = changed_since(root, ref)
    named.extend(changes.paths)
    # A name git reports gone that is a dataset after all (a name that is not UTF-8, shown escaped).
    named.extend(path for path in changes.gone if path in datasets)
    return named, changes  # nothing changed: nothing to report


def reported_besides(
    root: Path, changes: Changes, datasets: Sequence[str], index: pd.DataFrame, vocabulary: Vocabulary
) -> tuple[list[str], set[str]]:
    """What a full run reports because of ``changes`` besides the datasets and seeds changed: the
    seeds of deleted datasets (to select and to ask K103 about), and the paths to report on (the
    datasets compared with a deleted one's facts; the YAML files that are no dataset, for K104)."""
    deleted = [path for path in changes.gone if path not in datasets]
    seeds, linked = touched_by_deleted(root, changes.base, deleted, index, vocabulary) if deleted else ([], set())
    return seeds, linked | set(changes.strays)


def touched_by_deleted(
    root: Path, base: str, deleted: list[str], index: pd.DataFrame, vocabulary: Vocabulary
) -> tuple[list[str], set[str]]:
    """What a full run reports differently because the datasets ``deleted`` since ``base`` are gone:
    the seeds they cited (which may have no dataset now, K103) and the datasets a cross-dataset rule
    compared with their facts (a waiver there may match nothing now, C190), found from the datasets
    as they were at ``base`` (``index``: today's fact index)."""
    documents: dict[str, Document] = {}
    errors: list[LoadError] = []
    for path in deleted:
        done = _git(root, "cat-file", "blob", f"{base}:{path}", allowed=(0, 1, 128))
        parsed = parse_dataset(path, done.stdout) if done.returncode == 0 else None
        if isinstance(parsed, Document):
            documents[path] = parsed
        elif isinstance(parsed, LoadError):
            errors.append(parsed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # No rule: only their seeds and their rows of the fact index are wanted, not their findings.
        before = check_datasets(Corpus(root, tuple(deleted), documents, tuple(errors)), rules=())
    seeds = sorted({result.seed for result in before.results.values() if result.seed})
    rows = pd.concat([index, before.index], ignore_index=True) if not before.index.empty else index
    return seeds, linked_datasets(rows, deleted, vocabulary).difference(deleted)
