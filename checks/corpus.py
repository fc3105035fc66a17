"""The corpus: every dataset of a repository, parsed, with its seeds and frames.

Built once per run and handed to every rule. Everything is computed on first use, so a command
pays only for what it needs.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd

from checks.config import Config, load_config
from checks.findings import Location
from checks.frames import Frames, raw_frames, typed_frames
from checks.load import Document, LoadError, parse_dataset
from schemas.regions import load_regions
from schemas.vocab import Vocabulary, load_vocabulary

DATA_DIR = "data"
SEEDS_DIR = "seeds"
DATASET_SUFFIXES = (".yaml", ".yml")


class RepositoryNotFound(Exception):
    """No directory holding ``data/`` and ``seeds/`` at or above the starting point."""


def find_root(start: Path) -> Path:
    """The nearest directory at or above ``start`` that holds ``data/`` and ``seeds/``."""
    start = start.resolve()
    for candidate in (start, *start.parents):
        if (candidate / DATA_DIR).is_dir() and (candidate / SEEDS_DIR).is_dir():
            return candidate
    raise RepositoryNotFound(f"no factlint repository (a directory with data/ and seeds/) at or above {start}")


def dataset_paths(root: Path) -> list[str]:
    return sorted(
        path.relative_to(root).as_posix()
        for path in (root / DATA_DIR).iterdir()
        if path.is_file() and path.suffix in DATASET_SUFFIXES
    )


@dataclass(frozen=True)
class Seed:
    path: str
    exists: bool
    sha256: str | None = None
    lines: tuple[str, ...] = ()
    error: str | None = None  # why the text could not be read

    @property
    def readable(self) -> bool:
        return self.exists and self.error is None

    def lines_with(self, text: str) -> list[int]:
        """The numbers of the lines that hold ``text`` verbatim."""
        return [number for number, line in enumerate(self.lines, start=1) if text in line]


def read_seed(root: Path, path: str) -> Seed:
    file = root / path
    if not file.is_file():
        return Seed(path, exists=False)
    data = file.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return Seed(path, True, digest, error=f"not valid UTF-8 at byte {error.start}")
    # Lines as an editor numbers them: a final newline ends the last line rather than starting
    # another, and the CR of a CRLF ending is not part of its line.
    lines = text.removesuffix("\n").split("\n") if text else []
    return Seed(path, True, digest, tuple(line.removesuffix("\r") for line in lines))


class Corpus:
    def __init__(self, root: Path, paths: list[str] | None = None) -> None:
        self.root = root
        self.paths = dataset_paths(root) if paths is None else paths
        parsed = [parse_dataset(path, (root / path).read_bytes()) for path in self.paths]
        self.documents: dict[str, Document] = {d.path: d for d in parsed if isinstance(d, Document)}
        self.load_errors: list[LoadError] = [e for e in parsed if isinstance(e, LoadError)]

    @cached_property
    def vocabulary(self) -> Vocabulary:
        return load_vocabulary(self.root)

    @cached_property
    def config(self) -> Config:
        return load_config(self.root)

    @cached_property
    def regions(self) -> dict[str, str]:
        """GB/T 2260 code → name (and ``CN``)."""
        return load_regions(self.root)

    @cached_property
    def raw(self) -> Frames:
        return raw_frames(self.documents.values())

    @cached_property
    def frames(self) -> Frames:
        return typed_frames(self.raw, self.vocabulary)

    @cached_property
    def schema_failures(self) -> pd.DataFrame:
        """Pandera's failure cases over the raw frames, one row per failing value."""
        from checks.schema_failures import schema_failures

        return schema_failures(self)

    @cached_property
    def quote_readings(self) -> pd.DataFrame:
        """Every quantity the number reader reads in every fact's quote."""
        from checks.readings import quote_readings

        return quote_readings(self.frames.facts)

    @cached_property
    def matched_readings(self) -> pd.DataFrame:
        """For each fact whose value is in its quote, the reading that is its figure."""
        from checks.readings import matched_readings

        return matched_readings(self.frames.facts, self.quote_readings)

    @cached_property
    def fact_intervals(self) -> pd.DataFrame:
        """The facts with the interval each stands for (``low, high, low_open, high_open``)."""
        from checks.readings import fact_intervals

        return fact_intervals(self)

    @cached_property
    def body_readings(self) -> pd.DataFrame:
        """Every quantity the number reader reads on the body lines of the cited seeds."""
        from checks.coverage import body_readings

        return body_readings(self)

    @cached_property
    def uncited_readings(self) -> pd.DataFrame:
        """Body quantities no fact cites and no ignore entry explains (K101, the html report)."""
        from checks.coverage import uncited

        return uncited(self)

    @cached_property
    def relation_members(self) -> pd.DataFrame:
        """One row per fact named by a relation, with its interval."""
        from checks.relations import relation_members

        return relation_members(self)

    @cached_property
    def seeds(self) -> dict[str, Seed]:
        cited = self.frames.sources["seed"].dropna().unique()
        return {path: read_seed(self.root, path) for path in sorted(cited)}

    @cached_property
    def seed_lines(self) -> pd.DataFrame:
        """One row per line of every readable seed: ``seed, line, text``."""
        rows = [
            (seed.path, number, text)
            for seed in self.seeds.values()
            if seed.readable
            for number, text in enumerate(seed.lines, start=1)
        ]
        frame = pd.DataFrame(rows, columns=["seed", "line", "text"])
        frame["seed"] = frame["seed"].astype("string[pyarrow]")
        frame["line"] = frame["line"].astype("Int64")
        frame["text"] = frame["text"].astype("string[pyarrow]")
        return frame

    def line_text(self, seed: str, line: int) -> str | None:
        found = self.seeds.get(seed)
        if found is None or not found.readable or not 1 <= line <= len(found.lines):
            return None
        return found.lines[line - 1]

    # ---- locations -------------------------------------------------------------------------

    def dataset_location(self, dataset: str, *path: str | int) -> Location:
        document = self.documents.get(dataset)
        position = document.position(*path) if document else None
        if position is None:
            return Location(dataset)
        return Location(dataset, position.line, position.column)

    def key_location(self, dataset: str, *path: str | int) -> Location:
        document = self.documents.get(dataset)
        position = document.key_positions.get(tuple(path)) if document else None
        if position is None:
            return self.dataset_location(dataset, *path)
        return Location(dataset, position.line, position.column)

    def quote_location(self, seed: Any, line: Any, quote: Any) -> Location | None:
        """The seed line of a fact, at its quote's column when the quote is on that line."""
        if not isinstance(seed, str) or pd.isna(line):
            return None
        number = int(line)
        text = self.line_text(seed, number)
        if text is None:
            return Location(seed, number) if seed in self.seeds and self.seeds[seed].readable else None
        at = text.find(quote) if isinstance(quote, str) and quote else -1
        if at < 0:
            return Location(seed, number)
        return Location(seed, number, at + 1, at + len(quote) + 1)
