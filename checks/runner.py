"""``factlint validate`` from files to a Report: the cache, parallel checking, the selection.

1. Every dataset under ``data/`` is recognised by the hashes of its bytes and of its seed's; the
   first stage's results of the ones the cache knows are taken from it.
2. The others are parsed and checked, in a pool of processes when they are many (a cold run), in
   this process otherwise (a commit hook that changed one dataset).
3. The second stage runs over all of them; the report keeps the selected datasets and those a
   cross-dataset rule relates to them. The findings are the same with or without the cache, and
   with or without the pool (``tests/test_runner.py``).
"""

from __future__ import annotations

import os
import time
import warnings
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pandas as pd

from checks.ahead import CAN_FORK
from checks.analyses.index import empty_index
from checks.analyses.waivers import WAIVER_COLUMNS
from checks.cache import Cache, Generation, entry_of, finding_from_dict, result_of
from checks.corpus import DatasetLocator, dataset_paths, load_corpus, seed_files
from checks.engine import Checked, DatasetResult, check_datasets, conclude, index_findings
from checks.file_states import FileState, file_state, state_of, states_moved, states_of, status_of
from checks.findings import Finding, Report
from checks.select import asked_paths, linked_datasets, named_datasets, named_seeds, reported_besides
from checks.yaml_build import collector_paused
from schemas.regions import load_regions
from schemas.vocab import load_vocabulary

# A pool pays for starting its processes: only worth it when there is much to parse.
POOL_MIN_BYTES = 2 * 1024 * 1024
# Workers are forked where that is safe (Linux: the default there until Python 3.14), so they start
# with this process's imports instead of paying about a second for their own; elsewhere (macOS,
# Windows) they are spawned. No Python thread runs when the pool is made (the first stage has not
# started); the only other threads are the idle pools of numpy's BLAS and of Arrow (after a cache
# was read), which both libraries re-create in a forked child (tried: a pool forked after Arrow's
# threads started gives the findings of one process).
START_METHOD = "fork" if CAN_FORK else "spawn"
# While a spawned worker starts (its imports), this process checks about this many bytes of
# datasets: its share is larger by as much, so that all finish together (measured on the 100k-fact
# bench corpus: with shares of equal bytes the worker finished 0.8 s after this process; with this,
# 0.1 s). A forked worker starts at once, and this process still has the second stage to run.
HEAD_START_BYTES = 0 if START_METHOD == "fork" else 1536 * 1024


@dataclass(frozen=True)
class Options:
    paths: Sequence[str] = ()
    changed_since: str | None = None
    use_cache: bool = True
    jobs: int | None = None  # None: one per processor
    articles: bool = False


States = dict[str, FileState | None]


def _check_share(
    root: Path,
    paths: list[str],
    known: Mapping[str, Any],
    taken_ns: int,
    keep_context: bool = False,
    schema_ahead: bool = False,
) -> tuple[Checked, States]:
    """Stage 1 over some datasets, with the states of their files for the cache: a dataset's status
    taken before it is read (a change while it is checked then shows at the next run) and its hash
    of the bytes the loader read; its seed's state after. ``schema_ahead``: see ``check_datasets``."""
    statuses = {path: status_of(root, path) for path in paths}
    # Stage 1 makes millions of small objects (readings, rows, findings) that live until it ends:
    # the cyclic collector would walk them again and again and free next to nothing (5-8% of the
    # time); it runs again once they are done with.
    with collector_paused():
        corpus = load_corpus(root, paths)
        checked = check_datasets(corpus, keep_context=keep_context, schema_ahead=schema_ahead)
    states = {
        path: state_of(root, path, statuses[path], known.get(path), taken_ns, corpus.digests.get(path))
        for path in paths
    }
    seeds = {result.seed for result in checked.results.values() if result.seed and result.seed not in states}
    read = corpus.seeds  # each seed's hash as the rules read it (None: not read, hashed here)
    states.update(
        {
            seed: state_of(
                root,
                seed,
                status_of(root, seed),
                known.get(seed),
                taken_ns,
                read[seed].sha256 if seed in read else None,
            )
            for seed in sorted(seeds)
        }
    )
    return checked, states


def _check_chunk(root: str, paths: list[str], known: Mapping[str, Any], taken_ns: int) -> tuple[Checked, States]:
    """``_check_share`` in a worker process (where hashing the files is no longer a serial cost)."""
    warnings.simplefilter("ignore")  # a worker's stderr is the user's terminal: no library's warning there
    return _check_share(Path(root), paths, known, taken_ns)


def _shares(paths: list[str], sizes: list[int], count: int) -> list[list[str]]:
    """``paths`` in ``count`` shares of about equal size in bytes, this process's (the first, which
    has its imports) larger by ``HEAD_START_BYTES``. Each path goes to the share least filled so
    far, so the shares interleave: datasets that cost more per byte than others (long English
    articles, many facts) and sit together in the order of their names are spread over all."""
    filled = [-float(HEAD_START_BYTES), *[0.0] * (count - 1)]
    shares: list[list[str]] = [[] for _ in range(count)]
    for path, size in zip(paths, sizes, strict=True):
        least = filled.index(min(filled))
        shares[least].append(path)
        filled[least] += size
    return [share for share in shares if share]


def _size(root: Path, path: str) -> int:
    try:
        return (root / path).stat().st_size
    except (OSError, ValueError):  # missing, or a name the system refuses: the loader says which
        return 0


def check(
    root: Path,
    paths: list[str],
    jobs: int,
    keep_context: bool,
    known: Mapping[str, Any] | None = None,
    taken_ns: int = 0,
) -> tuple[Checked, States]:
    """Stage 1 over ``paths`` (in a pool when they are many and ``jobs`` allows, else here), and
    the states of the files it read (``known``: states of a previous run, to reuse hashes)."""
    known = known or {}
    sizes = [_size(root, path) for path in paths]
    if jobs > 1 and len(paths) > 1 and sum(sizes) >= POOL_MIN_BYTES and not keep_context:
        mine, *others = _shares(paths, sizes, jobs)
        if others:
            with ProcessPoolExecutor(len(others), mp_context=get_context(START_METHOD)) as pool:
                pending = [
                    pool.submit(_check_chunk, str(root), share, _known_of(known, share), taken_ns) for share in others
                ]
                # This process takes the first share itself while the others start.
                parts = [_check_share(root, mine, known, taken_ns), *(future.result() for future in pending)]
            return merge([checked for checked, _ in parts]), {p: s for _, states in parts for p, s in states.items()}
    # Few datasets (a commit hook's): checked here, the schema stage in a child meanwhile when a
    # second process is allowed (checks.ahead does it here where none can be forked).
    return _check_share(root, paths, known, taken_ns, keep_context, schema_ahead=jobs > 1)


def _known_of(known: Mapping[str, Any], paths: list[str]) -> dict[str, Any]:
    """What a worker needs of the previous states: its datasets' and (by name) their seeds'."""
    wanted = set(paths)
    return {path: state for path, state in known.items() if path in wanted or path.startswith("seeds/")}


def merge(parts: Sequence[Checked]) -> Checked:
    """The parts as one, each table in the order of its datasets' names (each dataset's rows in its
    own order): the order a run in one process without the cache gives, whichever parts came from
    the cache or a worker, so that the cross-dataset rules meet the rows in one order every run."""
    results: dict[str, DatasetResult] = {}
    for part in parts:
        results.update(part.results)
    indexes = [part.index for part in parts if not part.index.empty]
    waivers = [part.waivers for part in parts if not part.waivers.empty]
    return Checked(
        results=dict(sorted(results.items())),
        index=_by_dataset(pd.concat(indexes, ignore_index=True)) if indexes else empty_index(),
        waivers=_by_dataset(pd.concat(waivers, ignore_index=True)) if waivers else _empty_waivers(),
        context=next((part.context for part in parts if part.context is not None), None),
    )


def _by_dataset(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` sorted by its datasets' names, stably (each dataset's rows keep their order)."""
    order = table["dataset"].sort_values(kind="stable").index
    if order.equals(table.index):
        return table
    return table.loc[order].reset_index(drop=True)


def _empty_waivers() -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in WAIVER_COLUMNS.items()})


def validate(root: Path, cwd: Path, options: Options) -> Report:
    paths = dataset_paths(root)
    cache = Cache(root) if options.use_cache else None
    generation = cache.load() if cache is not None and cache.usable else None
    known = generation.files if generation else {}
    taken_ns = generation.taken_ns if generation else 0
    started_ns = time.time_ns()
    states: dict[str, FileState | None] = {}

    def state(path: str) -> FileState | None:
        if path not in states:
            states[path] = file_state(root, path, known.get(path), taken_ns)
        return states[path]

    hits: dict[str, DatasetResult] = {}
    for path in paths:
        entry = generation.datasets.get(path) if generation else None
        if entry is None:
            continue  # nothing to reuse: its state is taken where it is checked
        mine = state(path)
        if mine is None or mine.sha256 is None or entry.get("sha256") != mine.sha256:
            continue
        seed = entry.get("seed")
        seed_state = state(seed) if isinstance(seed, str) else None
        if isinstance(seed, str) and (
            (seed_state is not None) != entry.get("seed_exists")
            or (seed_state is not None and seed_state.sha256 != entry.get("seed_sha256"))
        ):
            continue
        hits[path] = result_of(path, entry)
    named, changes = asked_paths(root, cwd, options.paths, options.changed_since, paths)
    seed_of: dict[str, str | None] = {path: hits[path].seed if path in hits else None for path in paths}
    selected = _selected(root, cwd, named, seed_of)
    wanted_views = options.articles
    misses = [path for path in paths if path not in hits or (wanted_views and (selected is None or path in selected))]
    # A dataset checked again (for its article's view) is no hit: its cached rows give way to the
    # fresh ones, else the tables would hold its rows twice.
    checked_again = set(misses)
    hits = {path: result for path, result in hits.items() if path not in checked_again}
    jobs = options.jobs or os.cpu_count() or 1
    fresh = None
    if misses:
        fresh, fresh_states = check(root, misses, jobs, wanted_views, known, taken_ns)
        for path, fresh_state in fresh_states.items():
            states.setdefault(path, fresh_state)
    tables: dict[str, str] = {}
    # The cross-dataset findings the cache holds: today's when every dataset is a hit (unchanged
    # bytes: the same index, and the same lines for the findings to point at).
    known_across: list[dict[str, Any]] | None = None
    index_split = _split_rows(generation.index, hits) if generation else _Split(empty_index())
    waivers_split = _split_rows(generation.waivers, hits) if generation else _Split(_empty_waivers())
    index_rest, waivers_rest = index_split.rest, waivers_split.rest
    if (
        generation is not None
        and fresh is not None
        and _same_rows(index_rest, fresh.index)
        and _same_rows(waivers_rest, fresh.waivers)
    ):
        # A commit that changed no fact (only comments, a quote's wording, findings): the tables
        # the cache holds are today's already, and stand as they are (not rebuilt or stored again).
        results = dict(sorted({**hits, **fresh.results}.items()))
        checked = Checked(results, generation.index, generation.waivers, fresh.context)
        tables = generation.parts
    else:
        cached = Checked(hits, index_split.kept(), waivers_split.kept())
        checked = merge([part for part in (fresh, cached) if part is not None])
        if generation is not None and fresh is None and index_rest.empty and waivers_rest.empty:
            tables = generation.parts  # every dataset from the cache: its tables stand as they are
            known_across = generation.across
    vocabulary, regions = load_vocabulary(root), load_regions(root)
    also: set[str] = set()  # what a full run reports because of a change that is no dataset of today
    if named is not None and changes is not None:
        seeds, also = reported_besides(root, changes, paths, checked.index, vocabulary)
        named.extend(seeds)
    if named:
        # A seed selects the datasets citing it, known only now for those that were not in the cache.
        selected = _selected(root, cwd, named, {p: r.seed for p, r in checked.results.items()})
    only = None
    if selected is not None:
        only = sorted(set(selected) | linked_datasets(checked.index, selected, vocabulary) | also)
    locate = DatasetLocator(root, checked.context.corpus.documents if checked.context else None)
    asked = seed_files(root) if named is None else named_seeds(root, cwd, named)  # the articles K103 asks about
    on_index = None  # over the whole index only: a selection's run compares fewer rows
    if only is None:
        on_index = (
            [finding_from_dict(f) for f in known_across]
            if known_across is not None
            else index_findings(checked.index, vocabulary, regions, locate)
        )
    report = conclude(
        checked,
        root,
        vocabulary,
        regions,
        locate,
        only=only,
        articles=options.articles,
        seed_files=asked,
        on_index=on_index,
    )
    moved = fresh is not None or states_moved(known, states, taken_ns, started_ns) or gone(generation, paths)
    if cache is not None and cache.usable and moved:
        _save(cache, checked, states, state, started_ns, tables, on_index)
    return report


@dataclass(frozen=True)
class _Split:
    """A cached table told apart: the rows of datasets checked afresh, or gone (``rest``: few in a
    commit hook's run), and on request the others' (a copy of most of the table, made only when the
    table must be rebuilt: a commit that changed no fact keeps the cached table as it is)."""

    held: pd.DataFrame
    is_other: Any = None  # a boolean array over ``held``; None when every row is kept

    @property
    def rest(self) -> pd.DataFrame:
        return self.held.iloc[:0] if self.is_other is None else self.held[self.is_other]

    def kept(self) -> pd.DataFrame:
        return self.held if self.is_other is None else self.held[~self.is_other].reset_index(drop=True)


def _split_rows(held: pd.DataFrame, hits: Mapping[str, DatasetResult]) -> _Split:
    """A cached table's rows of the datasets taken from the cache and of the others, told apart by
    the others' names."""
    others = set(held["dataset"].unique()).difference(hits)
    return _Split(held, held["dataset"].isin(others).to_numpy() if others else None)


def _same_rows(held: pd.DataFrame, now: pd.DataFrame) -> bool:
    if len(held) != len(now) or list(held.columns) != list(now.columns):
        return False
    # Each dataset's rows come in its own order; the datasets may come in another.
    held = held.sort_values("dataset", kind="stable").reset_index(drop=True)
    now = now.sort_values("dataset", kind="stable").reset_index(drop=True)
    return bool(held.astype(object).equals(now.astype(object)))


def _selected(root: Path, cwd: Path, named: list[str] | None, seed_of: dict[str, str | None]) -> list[str] | None:
    """The datasets ``named`` selects (None: every one)."""
    if named is None:
        return None
    return named_datasets(root, cwd, named, seed_of) if named else []


def gone(generation: Generation | None, paths: list[str]) -> bool:
    """Whether a dataset the cache holds is gone: its rows must leave the stored tables."""
    return generation is not None and not set(generation.datasets).issubset(paths)


def _save(
    cache: Cache,
    checked: Checked,
    states: dict[str, FileState | None],
    state: Callable[[str], FileState | None],
    started_ns: int,
    tables: dict[str, str],
    on_index: list[Finding] | None,
) -> None:
    datasets = {}
    for path, result in checked.results.items():
        mine = states.get(path)
        seed_state = states.get(result.seed) if result.seed else None
        if result.seed and result.seed not in states:
            seed_state = state(result.seed)
        if mine is None or mine.sha256 is None:
            continue
        datasets[path] = entry_of(result, mine, seed_state)
    files = states_of((path, s) for path, s in list(states.items()))
    across = [f.as_dict() for f in on_index] if on_index is not None else None
    cache.save(Generation(datasets, files, started_ns, checked.index, checked.waivers, tables, across))
