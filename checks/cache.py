"""A content-hash cache of the first stage's results (the way ruff and mypy keep theirs).

For each dataset the cache keeps, under the hashes of the dataset's bytes and of its seed's bytes,
what ``checks.engine.check_datasets`` found: its findings, its rows of the fact index, its waivers.
An unchanged dataset is then neither parsed nor checked again; a changed one is, and only it.

Where and how (``.factlint_cache/`` in the repository, git-ignored by a ``.gitignore`` of its own):

- One generation of the cache is a manifest naming three files by their content hash: the results
  (JSON), the fact index and the waivers (Arrow IPC, data only). Data files are written first,
  the manifest last, each atomically, so a reader sees a whole generation or the one before, and two
  runs at once each leave a whole one (the last wins). Files no manifest names are removed later.
- The directory of a generation is named by what every result depends on besides the two files:
  factlint's version and code, the schemas and vocabularies, the settings, Python's version.
- A cache comes from this machine or is ignored: the manifest is signed with a key kept outside the
  repository (``$XDG_CACHE_HOME/factlint/key``, else ``~/.cache/factlint/key``), so a cache committed
  in a pull request cannot make a bad dataset look clean. Anything unreadable, unsigned, of another
  shape or whose files do not match their hashes is no cache at all: the run is simply cold.
- Files are recognised by size and modification time first (a stat), and hashed only when those
  changed, as mypy does.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import io
import json
import os
import secrets
import stat
import sys
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from checks.atomic import write_atomically
from checks.engine import DatasetResult
from checks.files import Missing, Refused, read_inside
from checks.findings import Finding, Location, Related, Severity

CACHE_DIR = ".factlint_cache"
FORMAT = 1
STALE_SECONDS = 3600  # an unreferenced file older than this is a leftover, not a concurrent run's


# ---- fingerprints of files ----------------------------------------------------------------------


@dataclass(frozen=True)
class FileState:
    size: int
    mtime_ns: int
    mode: int
    sha256: str | None  # None: absent, or not a regular file


# A file modified this close to when its state was taken may have changed again within the same
# clock tick without its time moving ("racily clean", as git calls it): it is hashed again.
RACY_NS = 2_000_000_000


def file_state(
    root: Path, relative: str, known: Mapping[str, Any] | None = None, taken_ns: int = 0
) -> FileState | None:
    """The state of ``root/relative`` (not following a final link); its hash reused from ``known`` (a
    state taken at ``taken_ns``) when its size, time and type are unchanged. None when there is no
    file. The hash is of what factlint would read (``checks.files.read_inside``: a regular file inside
    its top directory), None for anything it would refuse."""
    return state_of(root, relative, status_of(root, relative), known, taken_ns)


def states_moved(
    known: Mapping[str, Mapping[str, Any]], states: Mapping[str, FileState | None], taken_ns: int, now_ns: int
) -> bool:
    """Whether the states taken now must be stored: a file whose bytes, size, time or type differ
    from its known state (a checkout that rewrote the same bytes moves only its time), or one hashed
    again only for being racily clean then and old enough now to be trusted by its size and time.
    Unstored, each of them would be hashed again at every later run."""
    now = states_of(states.items())
    return any(
        known.get(path) != state or taken_ns - RACY_NS <= state["mtime_ns"] < now_ns - RACY_NS
        for path, state in now.items()
    )


def status_of(root: Path, relative: str) -> os.stat_result | None:
    """The file's status (not following a final link), None when there is none."""
    try:
        return os.lstat(os.path.join(root, relative))  # not a Path: this is called for every file
    except (OSError, ValueError):
        return None


def state_of(
    root: Path,
    relative: str,
    status: os.stat_result | None,
    known: Mapping[str, Any] | None = None,
    taken_ns: int = 0,
    digest: str | None = None,
) -> FileState | None:
    """``file_state`` from a status taken before the file was read, and the hash of the bytes
    then read (``digest``, when the caller read them: the file is not read again)."""
    if status is None:
        return None
    if (
        known
        and known.get("size") == status.st_size
        and known.get("mtime_ns") == status.st_mtime_ns
        and known.get("mode") == status.st_mode
        and status.st_mtime_ns < taken_ns - RACY_NS
    ):
        return FileState(status.st_size, status.st_mtime_ns, status.st_mode, known.get("sha256"))
    if not stat.S_ISREG(status.st_mode):
        return FileState(status.st_size, status.st_mtime_ns, status.st_mode, None)
    if digest is None:
        with contextlib.suppress(Refused):
            digest = hashlib.sha256(read_inside(root, relative, relative.split("/", 1)[0])).hexdigest()
    return FileState(status.st_size, status.st_mtime_ns, status.st_mode, digest)


# ---- findings as JSON --------------------------------------------------------------------------------


def _location(data: Mapping[str, Any] | None) -> Location | None:
    if data is None:
        return None
    return Location(data["path"], data.get("line"), data.get("column"), data.get("end_column"))


def finding_from_dict(data: Mapping[str, Any]) -> Finding:
    return Finding(
        code=data["code"],
        severity=Severity(data["severity"]),
        message=data["message"],
        fact=data.get("fact"),
        source=_location(data.get("source")),
        dataset=_location(data.get("dataset")),
        related=tuple(
            Related(Location(r["path"], r.get("line"), r.get("column"), r.get("end_column")), r.get("message", ""))
            for r in data.get("related", ())
        ),
    )


# ---- the environment a generation belongs to ---------------------------------------------------------


def environment(root: Path) -> str:
    """A hash of everything a dataset's results depend on besides its own bytes and its seed's."""
    from schemas import fields

    digest = hashlib.sha256(f"factlint-cache-{FORMAT}\0{sys.version}\0".encode())
    for folder in (Path(__file__).resolve().parent, Path(fields.__file__).resolve().parent):
        for file in sorted(folder.rglob("*")):
            if file.suffix in (".py", ".yaml", ".tsv") and file.is_file():
                digest.update(file.relative_to(folder).as_posix().encode() + b"\0" + file.read_bytes())
    for name in ("schemas/units.yaml", "schemas/indicators.yaml", "schemas/regions.tsv", "pyproject.toml"):
        digest.update(name.encode() + b"\0" + _repository_file(root, name) + b"\0")
    return digest.hexdigest()[:32]


def _repository_file(root: Path, name: str) -> bytes:
    try:
        return read_inside(root, name, name.split("/", 1)[0] if "/" in name else ".")
    except Missing:
        return b"-"
    except Refused:
        return b"refused"  # the run itself says why, as a finding or a configuration error


def _signing_key() -> bytes | None:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    file = Path(base) / "factlint" / "key"
    try:
        key = file.read_bytes()
        if len(key) >= 32:
            return key
    except OSError:
        pass
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(secrets.token_bytes(32))
        return file.read_bytes()
    except OSError:
        return None  # no place for a key: no cache


# ---- one generation ----------------------------------------------------------------------------------------


@dataclass
class Generation:
    """What the cache holds: per dataset its entry, and the index and waivers of all of them."""

    datasets: dict[str, dict[str, Any]]  # path → {sha256, seed, seed_sha256, seed_exists, facts, findings}
    files: dict[str, dict[str, Any]]  # path → {size, mtime_ns, mode, sha256}: known file states
    taken_ns: int  # when those states were taken
    index: pd.DataFrame
    waivers: pd.DataFrame
    # The stored part each table was read from (name → digest): a table passed on unchanged to the
    # next generation names it again, and is neither serialized nor written a second time.
    parts: dict[str, str] = field(default_factory=dict)
    # The cross-dataset rules' findings over the whole index, as the run that stored it found them
    # (``engine.index_findings``), or None: valid for a run whose every dataset is a hit.
    across: list[dict[str, Any]] | None = None


TABLES = ("index", "waivers")


class Cache:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.key = _signing_key()
        self.folder = root / CACHE_DIR / f"v{FORMAT}-{environment(root)}"

    @property
    def usable(self) -> bool:
        return self.key is not None

    @property
    def safe(self) -> bool:
        """The cache's directories are directories of the repository, or absent: never a link (a
        pull request could commit ``.factlint_cache`` as a link to make factlint read, write or
        remove files elsewhere)."""
        for folder in (self.root / CACHE_DIR, self.folder):
            try:
                if not stat.S_ISDIR(os.lstat(folder).st_mode):
                    return False
            except FileNotFoundError:
                continue
            except OSError:
                return False
        return True

    def _read(self, name: str) -> bytes:
        return read_inside(self.root, f"{CACHE_DIR}/{self.folder.name}/{name}", CACHE_DIR, limit=1 << 30)

    def _sign(self, payload: bytes) -> str:
        assert self.key is not None
        return hmac.new(self.key, payload, hashlib.sha256).hexdigest()

    def load(self) -> Generation | None:
        """The current generation, or None when there is none this machine can trust."""
        if self.key is None:
            return None
        if not self.safe:
            return None
        try:
            manifest_bytes = self._read("manifest.json")
            manifest = json.loads(manifest_bytes)
            body = json.dumps(manifest["body"], sort_keys=True).encode()
            if not hmac.compare_digest(manifest["signature"], self._sign(body)):
                return None
            parts = {}
            for name, digest in manifest["body"]["files"].items():
                data = self._read(f"{name}-{digest}")
                if hashlib.sha256(data).hexdigest() != digest:
                    return None
                parts[name] = data
            results = json.loads(parts["results"])
            return Generation(
                datasets=results["datasets"],
                files=results["files"],
                taken_ns=int(results["taken_ns"]),
                index=_read_table(parts["index"]),
                waivers=_read_table(parts["waivers"]),
                parts={name: manifest["body"]["files"][name] for name in TABLES},
                across=results.get("across"),
            )
        except (OSError, Refused, ValueError, KeyError, TypeError, ImportError):
            return None  # no cache, or one we cannot read: a cold run

    def save(self, generation: Generation) -> None:
        """Write ``generation`` as the current one; a failure to write leaves the cache as it was."""
        if self.key is None or not self.safe:
            return
        try:
            self._prepare()
            results = json.dumps(
                {
                    "datasets": generation.datasets,
                    "files": generation.files,
                    "taken_ns": generation.taken_ns,
                    "across": generation.across,
                },
                ensure_ascii=False,
                sort_keys=True,
            ).encode()
            names = {
                name: digest
                for name, digest in generation.parts.items()
                if name in TABLES and (self.folder / f"{name}-{digest}").is_file()
            }
            parts = {"results": results}
            parts.update({name: _table_bytes(getattr(generation, name)) for name in TABLES if name not in names})
            for name, data in parts.items():
                digest = hashlib.sha256(data).hexdigest()
                target = self.folder / f"{name}-{digest}"
                if not target.exists():
                    write_atomically(target, data)
                names[name] = digest
            body = {"format": FORMAT, "files": names}
            signature = self._sign(json.dumps(body, sort_keys=True).encode())
            write_atomically(self.folder / "manifest.json", json.dumps({"body": body, "signature": signature}))
            self._remove_leftovers({f"{name}-{digest}" for name, digest in names.items()})
        except (OSError, UnicodeEncodeError):  # a file name that is not UTF-8 cannot be written as JSON
            return  # a read-only checkout, a full disk: the run's result stands, uncached

    def _prepare(self) -> None:
        top = self.root / CACHE_DIR
        self.folder.mkdir(parents=True, exist_ok=True)
        if not (top / ".gitignore").exists():
            write_atomically(top / ".gitignore", "# Created by factlint: this directory is a cache.\n*\n")
        if not (top / "CACHEDIR.TAG").exists():
            write_atomically(
                top / "CACHEDIR.TAG",
                "Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by factlint.\n",
            )

    def _remove_leftovers(self, current: set[str]) -> None:
        now = time.time()
        for file in self.folder.iterdir():
            if file.name == "manifest.json" or file.name in current:
                continue
            with contextlib.suppress(OSError):
                if now - file.stat().st_mtime > STALE_SECONDS:
                    file.unlink()
        for other in (self.root / CACHE_DIR).glob(f"v{FORMAT}-*"):
            if other != self.folder and not other.is_symlink() and other.is_dir():
                with contextlib.suppress(OSError):
                    if now - other.stat().st_mtime > STALE_SECONDS:
                        for file in other.iterdir():
                            file.unlink()
                        other.rmdir()


def _table_bytes(frame: pd.DataFrame) -> bytes:
    """Arrow IPC, compressed: the fact index of 100,000 facts is tens of megabytes uncompressed,
    mostly the same few indicators, regions and paths over and over."""
    import pyarrow as pa

    table = pa.Table.from_pandas(frame, preserve_index=False)
    sink = io.BytesIO()
    options = pa.ipc.IpcWriteOptions(compression="zstd")
    with pa.ipc.new_file(sink, table.schema, options=options) as writer:
        writer.write_table(table)
    return sink.getvalue()


def _read_table(data: bytes) -> pd.DataFrame:
    import pyarrow as pa

    table = pa.ipc.open_file(pa.BufferReader(data)).read_all()
    strings = pd.StringDtype("pyarrow")
    return table.to_pandas(types_mapper={pa.string(): strings, pa.large_string(): strings}.get)


def entry_of(result: DatasetResult, dataset: FileState, seed: FileState | None) -> dict[str, Any]:
    return {
        "sha256": dataset.sha256,
        "seed": result.seed,
        "seed_sha256": seed.sha256 if seed else None,
        "seed_exists": seed is not None,
        "facts": result.facts,
        "indicators": list(result.indicators),
        "findings": [f.as_dict() for f in result.findings],
    }


def result_of(path: str, entry: Mapping[str, Any]) -> DatasetResult:
    return DatasetResult(
        path=path,
        findings=tuple(finding_from_dict(f) for f in entry["findings"]),
        facts=int(entry["facts"]),
        seed=entry.get("seed"),
        indicators=tuple(entry.get("indicators") or ()),
    )


def states_of(files: Iterable[tuple[str, FileState | None]]) -> dict[str, dict[str, Any]]:
    return {
        path: {"size": s.size, "mtime_ns": s.mtime_ns, "mode": s.mode, "sha256": s.sha256}
        for path, s in files
        if s is not None
    }
