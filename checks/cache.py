"""A content-hash cache of the first stage's results (the way ruff and mypy keep theirs).

For each dataset the cache keeps, under the hashes of the dataset's bytes and of its seed's bytes,
what ``checks.engine.check_datasets`` found: its findings, its rows of the fact index, its waivers.
An unchanged dataset is then neither parsed nor checked again; a changed one is, and only it.

Where and how (``.factlint_cache/`` in the repository, git-ignored by a ``.gitignore`` of its own):

- One generation of the cache is a manifest naming three files by their content hash: the results
  (JSON), the fact index and the waivers (Arrow IPC, data only). Data files are written first,
  the manifest last, each atomically, so a reader sees a whole generation or the one before, and two
  runs at once each leave a whole one (the last wins). The parts of the generation a save replaces
  are removed at once; other files no manifest names later (they may be a concurrent run's).
- The directory of a generation is named by what every result depends on besides the two files:
  factlint's version and code, the schemas and vocabularies, the settings, Python's version.
- A cache comes from this machine or is ignored: the manifest is signed with a key kept outside the
  repository (``$XDG_CACHE_HOME/factlint/key`` when that path is absolute, else
  ``~/.cache/factlint/key``), so a cache committed in a pull request cannot make a bad dataset look
  clean. Anything unreadable, unsigned, of another shape or whose files do not match their hashes
  is no cache at all: the run is simply cold, and its save replaces each damaged part it needs.
- Files are recognised by size, modification and status change times first (a stat), and hashed only
  when those changed, as mypy and git do.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import io
import json
import os
import re
import secrets
import stat
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from checks.atomic import write_atomically
from checks.engine import DatasetResult
from checks.file_states import FileState
from checks.files import Missing, Refused, read_inside
from checks.findings import Finding, Location, Related, Severity

CACHE_DIR = ".factlint_cache"
FORMAT = 1
STALE_SECONDS = 3600  # an unreferenced file older than this is a leftover, not a concurrent run's


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
    # A relative XDG_CACHE_HOME is ignored, as the XDG spec says: it would put the key wherever the
    # run started, inside the repository it guards.
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
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
    # path → [size, mtime_ns, mode, sha256, ctime_ns]: known file states (checks.file_states)
    files: dict[str, list[Any]]
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
_PART = re.compile(r"(?:results|index|waivers)-[0-9a-f]{64}")


class Cache:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.key = _signing_key()
        self.folder = root / CACHE_DIR / f"v{FORMAT}-{environment(root)}"
        # The stored parts ``load`` read whole and found to match their names: written again only
        # when absent. Any other part of the name a save needs is checked first, and replaced when
        # damaged or unreadable (else a damaged part, named by its hash, would stay for good).
        self._sound: set[str] = set()

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
                self._sound.add(f"{name}-{digest}")
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
                if name in TABLES and self._holds(f"{name}-{digest}", digest)
            }
            parts = {"results": results}
            parts.update({name: _table_bytes(getattr(generation, name)) for name in TABLES if name not in names})
            for name, data in parts.items():
                digest = hashlib.sha256(data).hexdigest()
                target = self.folder / f"{name}-{digest}"
                if not self._holds(target.name, digest):
                    with contextlib.suppress(FileNotFoundError):
                        target.unlink()  # damaged: not replaced in place (its mode could forbid reading)
                    write_atomically(target, data)
                names[name] = digest
            replaced = self._named_by_manifest()
            body = {"format": FORMAT, "files": names}
            signature = self._sign(json.dumps(body, sort_keys=True).encode())
            write_atomically(self.folder / "manifest.json", json.dumps({"body": body, "signature": signature}))
            # A run at once may have put its manifest in place since: its parts stay.
            current = {f"{name}-{digest}" for name, digest in names.items()} | (self._named_by_manifest() or set())
            self._remove_leftovers(current, replaced)
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

    def _holds(self, name: str, digest: str) -> bool:
        """Whether the stored part ``name`` is whole: its bytes hash to ``digest``."""
        if name in self._sound:
            return True
        try:
            whole = hashlib.sha256(self._read(name)).hexdigest() == digest
        except (OSError, Refused):
            return False
        if whole:
            self._sound.add(name)
        return whole

    def _named_by_manifest(self) -> set[str] | None:
        """The parts the current manifest names (trusted or not: only to remove them once replaced);
        None when it is damaged (written atomically, a manifest is whole or absent: nothing it named
        can be told, so every part no manifest names is a leftover)."""
        try:
            files = json.loads(self._read("manifest.json"))["body"]["files"]
            return {f"{name}-{digest}" for name, digest in files.items() if _PART.fullmatch(f"{name}-{digest}")}
        except Missing:
            return set()
        except (OSError, Refused, ValueError, KeyError, TypeError, AttributeError):
            return None

    def _remove_leftovers(self, current: set[str], replaced: set[str] | None) -> None:
        """Remove the parts no manifest names: at once those of the generation just replaced (every
        one when its manifest was damaged), any other once it is old (it may be a concurrent run's,
        whose manifest is still to come)."""
        now = time.time()
        for file in self.folder.iterdir():
            if file.name == "manifest.json" or file.name in current:
                continue
            with contextlib.suppress(OSError):
                if (
                    (replaced is None and _PART.fullmatch(file.name))
                    or (replaced is not None and file.name in replaced)
                    or now - file.stat().st_mtime > STALE_SECONDS
                ):
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
        "indicators": _joined(result.indicators),
        "findings": [f.as_dict() for f in result.findings],
    }


def result_of(path: str, entry: Mapping[str, Any]) -> DatasetResult:
    return DatasetResult(
        path=path,
        findings=tuple(finding_from_dict(f) for f in entry["findings"]),
        facts=int(entry["facts"]),
        seed=entry.get("seed"),
        indicators=_split(entry.get("indicators")),
    )


# A dataset's indicators stored as one text, a line each: thousands of datasets name a dozen or two
# each, and one string parses many times faster than a list of them. Names a text could not give back
# (one holding a line end: a dataset may write anything there; one empty name alone, which would read
# as none) stay a list.
def _joined(indicators: tuple[str, ...]) -> str | list[str]:
    if indicators == ("",) or any("\n" in name for name in indicators):
        return list(indicators)
    return "\n".join(indicators)


def _split(stored: str | list[str] | None) -> tuple[str, ...]:
    if isinstance(stored, str):
        return tuple(stored.split("\n")) if stored else ()
    return tuple(stored or ())
