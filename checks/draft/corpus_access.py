"""The draft's one door into the validator's corpus (its API is being restructured; keep uses here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from checks.context import Context
from checks.corpus import load_corpus
from checks.frames import records


@dataclass(frozen=True)
class DatasetView:
    """What ``--uncited`` needs of a dataset: its seed's lines, its source, its ids and K101's numbers."""

    seed: str
    lines: tuple[str, ...]
    title: str | None
    published: date | None
    body: tuple[int, int]
    ids: frozenset[str]
    uncited: tuple[tuple[int, int, int], ...]  # (line, start, end) of each number K101 reports


def dataset_view(root: Path, dataset: str) -> DatasetView | None:
    """None when the dataset has no readable seed or body (validate says why)."""
    corpus = load_corpus(root, [dataset])
    sources = corpus.frames.sources.dropna(subset=["seed", "body_first", "body_last"])
    if sources.empty:
        return None
    source = next(records(sources))
    seed = corpus.seeds.get(source.seed)
    if seed is None or not seed.readable:
        return None
    raw = corpus.raw.sources.iloc[0]
    uncited = Context(corpus).uncited_readings
    found = tuple(
        (int(row.line), int(row.start), int(row.end)) for row in records(uncited[uncited["dataset"] == dataset])
    )
    return DatasetView(
        seed=source.seed,
        lines=seed.lines,
        title=raw["title"] if isinstance(raw["title"], str) else None,
        published=source.published if isinstance(source.published, date) else None,
        body=(int(source.body_first), int(source.body_last)),
        ids=frozenset(str(i) for i in corpus.frames.facts["id"].dropna()),
        uncited=found,
    )


def datasets_citing(root: Path, seed: str) -> list[tuple[str, bool]]:
    """The datasets of ``root`` whose source is ``seed`` (seeds/<name>.txt), each with whether it
    parses: one that does not is included when its text names ``seed``."""
    corpus = load_corpus(root)
    return sorted((d, d in corpus.documents) for d, cited in corpus.seed_of.items() if cited == seed)


def used_by_others(root: Path, dataset: str) -> tuple[set[str], set[str]]:
    """The indicators and the units the facts of the datasets other than ``dataset`` use."""
    facts = load_corpus(root).frames.facts
    others = facts[facts["dataset"] != dataset]
    return (
        {i for i in others["indicator"] if isinstance(i, str)},
        {u for u in others["unit"] if isinstance(u, str)},
    )
