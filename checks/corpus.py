"""The corpus: the datasets of a repository as parsed, their seeds, their frames. Plain data.

A corpus knows nothing of the analyses computed from it (``checks.analyses``) nor of the rules: it
is what was read. Frames and seeds are derived on first use (a command that needs only the parsed
documents does not build them), and never change afterwards.
"""

from __future__ import annotations

import gc
import hashlib
import os
from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd

from checks.config import Config, config_of, read_pyproject
from checks.files import Missing, Refused, read_inside
from checks.findings import Location
from checks.frames import Frames, raw_frames, seed_path, typed_frames
from checks.load import Document, LoadError, parse_dataset
from checks.numbers.tables import reading_units
from checks.seeds import SEEDS_DIR, Seed, line_text, quote_columns, read_seed
from checks.yaml_build import collector_paused
from schemas.regions import load_regions
from schemas.vocab import Vocabulary, VocabularyError, load_vocabulary

DATA_DIR = "data"
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


def repository_units(start: Path) -> AbstractContextManager[None]:
    """Within it, the number reader names units by the units.yaml of the repository at or above
    ``start`` (a unit the repository adds, and its words); by the packaged one outside any, or when
    the repository's vocabularies cannot be read (``validate`` says why; reading a text goes on)."""
    try:
        return reading_units(load_vocabulary(find_root(start)).units)
    except (RepositoryNotFound, VocabularyError):
        return nullcontext()


def dataset_paths(root: Path) -> list[str]:
    """Every dataset file directly under ``data/`` (links included: reading them checks where they lead).

    Anything not hidden whose name ends in ``.yaml`` or ``.yml`` is a dataset, whatever it is: a
    directory, a FIFO, a device or a socket of that name is read as a dataset would be and refused
    (P100), never skipped. A name that is not UTF-8 is given with its bytes escaped (``data/bad\\xff.yaml``): no file has
    that name, so it is reported as a dataset that cannot be read, and no report has to hold bytes
    that are not text.
    """
    return _files_in(
        root, DATA_DIR, lambda name: name.endswith(DATASET_SUFFIXES) and not name.startswith("."), any_kind=True
    )


def stray_dataset_files(root: Path) -> list[str]:
    """The YAML files under ``data/`` that are no dataset: hidden ones, and any in a folder of it
    (links to folders are not followed). Sorted; none when there is no ``data/``."""
    found: list[str] = []
    for folder, folders, names in os.walk(root / DATA_DIR):
        folders.sort()
        inside = Path(folder).relative_to(root).as_posix()
        top = inside == DATA_DIR
        found.extend(
            f"{inside}/{_as_text(name)}"
            for name in names
            if name.endswith(DATASET_SUFFIXES) and (not top or name.startswith("."))
        )
    return sorted(found)


def is_seed_file(path: str) -> bool:
    """Whether ``path`` names an article file as ``seed_files`` lists them: directly under ``seeds/``,
    not hidden, not a README (any ending: notes.md is an article, README.md is not)."""
    folder, _, name = path.rpartition("/")
    return folder == SEEDS_DIR and _is_seed_name(name)


def _is_seed_name(name: str) -> bool:
    return not name.startswith((".", "README"))


def seed_files(root: Path) -> list[str]:
    """Every article file directly under ``seeds/`` (not hidden, not a README), for K103."""
    try:
        return _files_in(root, SEEDS_DIR, _is_seed_name)
    except OSError:  # no seeds/ (or not a directory): no article to ask about
        return []


def _files_in(root: Path, directory: str, wanted: Callable[[str], bool], any_kind: bool = False) -> list[str]:
    """The files (links included; with ``any_kind``, any entry) directly under ``root/directory``
    whose names are ``wanted``."""
    with os.scandir(root / directory) as entries:
        return sorted(
            f"{directory}/{_as_text(entry.name)}"
            for entry in entries
            if wanted(entry.name) and (any_kind or entry.is_symlink() or entry.is_file())
        )


def _as_text(name: str) -> str:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes, kept by the file system encoding as surrogates
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    return name


def read_dataset(root: Path, path: str) -> Document | LoadError:
    """Parse the dataset at ``path``; a file that may not be read is a ``LoadError`` that says why."""
    return _read_dataset(root, path)[0]


def _read_dataset(root: Path, path: str) -> tuple[Document | LoadError, str | None]:
    """The parsed dataset, and the SHA-256 of the bytes it was parsed from (None when not read)."""
    try:
        data = read_inside(root, path, DATA_DIR)
    except Missing:
        if "\\x" in path:
            return LoadError(path, "the dataset's file name is not UTF-8 (shown escaped); rename it", None, None), None
        return LoadError(path, "the dataset file does not exist", None, None), None
    except Refused as refused:
        why = str(refused).removeprefix(f"{path} ").removesuffix("; not read").removeprefix("is not read: ")
        why = why if why.startswith(f"{DATA_DIR}/") else f"it {why}"  # data/ itself a link
        return LoadError(path, f"the dataset is not read: {why}", None, None), None
    return parse_dataset(path, data), hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Corpus:
    root: Path
    paths: tuple[str, ...]
    documents: Mapping[str, Document] = field(repr=False)
    load_errors: tuple[LoadError, ...] = ()
    # SHA-256 of the bytes each dataset was parsed from: the cache's fingerprint, so that a run
    # reads each file once.
    digests: Mapping[str, str] = field(default_factory=dict, repr=False)

    @cached_property
    def vocabulary(self) -> Vocabulary:
        return load_vocabulary(self.root)

    @cached_property
    def pyproject(self) -> dict[str, Any]:
        """The repository's ``pyproject.toml``, read once: its settings, and the license an export declares."""
        return read_pyproject(self.root)

    @cached_property
    def config(self) -> Config:
        return config_of(self.pyproject)

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
    def seeds(self) -> dict[str, Seed]:
        """Every seed a dataset cites, by its normalised path."""
        cited = self.frames.sources["seed"].dropna().unique()
        return {path: read_seed(self.root, path) for path in sorted(cited)}

    @cached_property
    def seed_of(self) -> dict[str, str]:
        """The seed (normalised) each dataset cites: its ``source.path``, or, for a dataset that does
        not parse, the seed path its text names; so a broken dataset still claims its article."""
        sources = self.frames.sources
        cites = {str(d): s for d, s in zip(sources["dataset"], sources["seed"], strict=True) if isinstance(s, str)}
        claims = {error.path: seed_path(error.seed) for error in self.load_errors}
        return {**{path: seed for path, seed in claims.items() if seed is not None}, **cites}

    def line_text(self, seed: Any, line: Any) -> str | None:
        return line_text(self.seeds, seed, line)

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
        if not isinstance(seed, str) or seed not in self.seeds or not self.seeds[seed].readable or pd.isna(line):
            return None
        span = quote_columns(self.line_text(seed, line), quote)
        return Location(seed, int(line), *span) if span else Location(seed, int(line))


class DatasetLocator:
    """Where a YAML path stands in any dataset of a repository (``checks.findings.Locate``).

    A dataset is read and parsed the first time one of its places is asked for: a run that took a
    dataset's results from the cache has not parsed it, and most never need to.
    """

    def __init__(self, root: Path, documents: Mapping[str, Document] | None = None) -> None:
        self.root = root
        self.documents: dict[str, Document | None] = dict(documents or {})

    def __call__(self, dataset: str, path: tuple[str | int, ...]) -> Location:
        if dataset not in self.documents:
            parsed = read_dataset(self.root, dataset)
            self.documents[dataset] = parsed if isinstance(parsed, Document) else None
        document = self.documents[dataset]
        position = document.position(*path) if document is not None else None
        return Location(dataset, position.line, position.column) if position else Location(dataset)


def load_corpus(root: Path, paths: Iterable[str] | None = None) -> Corpus:
    """Parse the datasets at ``paths`` (default: every dataset under ``data/``) of the repository ``root``."""
    chosen = tuple(dataset_paths(root) if paths is None else paths)
    # Millions of small objects that live as long as the run: the cyclic collector would walk them
    # again and again as they are made, and after (finding nothing to free); it is paused while they
    # are made, and they are moved out of its sight once made.
    with collector_paused():
        read = [_read_dataset(root, path) for path in chosen]
    parsed = [document for document, _ in read]
    gc.freeze()
    return Corpus(
        root=root,
        paths=chosen,
        documents={d.path: d for d in parsed if isinstance(d, Document)},
        load_errors=tuple(e for e in parsed if isinstance(e, LoadError)),
        digests={path: digest for path, (_, digest) in zip(chosen, read, strict=True) if digest is not None},
    )
