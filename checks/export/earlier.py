"""Whether a directory may be replaced by an export: it is new, empty, or an earlier export.

An export is replaced whole, so what it replaces must be factlint's own, never a file of the
user's that only has an export's name (``facts.csv``). An earlier export is recognised by what
only factlint writes: its manifest, ``.factlint-export.json``, which every export holds and which
lists every file of it with its SHA-256. A directory is an earlier export when its manifest is
there and every other entry is a regular file the manifest lists, with the same hash: a file added
since, or changed since (a curator's own edit of ``facts.csv``), makes it the user's, and the
export is refused. An export of a factlint without the manifest is recognised by its
``datapackage.json`` (the package's name, and the hash of every CSV it lists; the other files are
the Parquet files of its tables).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path
from typing import Any

from checks.atomic import WriteRefused

MANIFEST = ".factlint-export.json"
MARKER = "factlint_export"
PACKAGE_NAME = "factlint-dataset"  # the Data Package's name (package.NAME)
LEGACY_DESCRIPTOR = "datapackage.json"
_MOST = 16 * 1024 * 1024  # a manifest or a descriptor larger than this is none of ours


def sha256_tag(data: bytes) -> str:
    """``sha256:<hex>``, as the manifest and the Data Package write a file's hash."""
    return f"sha256:{hashlib.sha256(data).hexdigest()}"


def manifest_bytes(files: dict[str, bytes]) -> bytes:
    """The manifest of an export of ``files``: each file's SHA-256, sorted by name (same files, same bytes)."""
    listed = {name: sha256_tag(content) for name, content in sorted(files.items())}
    return (json.dumps({MARKER: 1, "files": listed}, indent=2) + "\n").encode("utf-8")


def refusal(target: Path) -> str | None:
    """Why the export must not replace ``target``, or None when it may (new, empty, an earlier export)."""
    try:
        status = target.lstat()
    except FileNotFoundError:
        return _parents_refusal(target)
    except OSError as error:
        return f"cannot write {target}: {error.strerror or error}"
    if not stat.S_ISDIR(status.st_mode):
        return f"{target} is not a directory factlint can replace"
    try:
        names = sorted(os.listdir(target))
    except OSError as error:
        return f"cannot write {target}: {error.strerror or error}"
    listed = _listed(target) if MANIFEST in names else _legacy(target, names)
    foreign = names if listed is None else [name for name in names if not _matches(target / name, listed)]
    if not foreign:
        return None
    shown = ", ".join(foreign[:3]) + (f" and {len(foreign) - 3} more" if len(foreign) > 3 else "")
    return (
        f"{target} is not an export of factlint: it holds {shown}, which no earlier export wrote (or which"
        " changed since); choose another --output, or move them away"
    )


def refuse_unless_replaceable(target: Path) -> None:
    """Raise ``WriteRefused`` with ``refusal``'s reason when the export must not replace ``target``."""
    reason = refusal(target)
    if reason is not None:
        raise WriteRefused(reason)


def _parents_refusal(target: Path) -> str | None:
    """A new directory is created with its parents; an existing ancestor that is a file cannot hold one."""
    for ancestor in target.parents:
        try:
            status = ancestor.stat()
        except FileNotFoundError:
            continue
        except OSError as error:
            return f"cannot write {target}: {error.strerror or error}"
        return None if stat.S_ISDIR(status.st_mode) else f"cannot write {target}: {ancestor} is not a directory"
    return None


def _read_json(path: Path) -> Any:
    """A small regular file's JSON (a link is not followed); None for anything else."""
    try:
        status = path.lstat()
        if not stat.S_ISREG(status.st_mode) or status.st_size > _MOST:
            return None
        return json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None


# What a file of an earlier export must be: its ``sha256:`` hash, or (an export without the manifest)
# ANY for its descriptor, PARQUET for a table's Parquet file (its magic number is checked).
ANY, PARQUET = "any", "parquet"


def _listed(target: Path) -> dict[str, str] | None:
    """What the manifest lists (itself included), or None when it is not factlint's manifest."""
    manifest = _read_json(target / MANIFEST)
    if not isinstance(manifest, dict) or manifest.get(MARKER) != 1 or not isinstance(manifest.get("files"), dict):
        return None
    listed = {str(name): hashed for name, hashed in manifest["files"].items() if str(hashed).startswith("sha256:")}
    return {**listed, MANIFEST: ANY}


def _legacy(target: Path, names: list[str]) -> dict[str, str] | None:
    """An export written before the manifest, by its ``datapackage.json``: it names factlint's package
    and lists each CSV with its hash; each table may have its Parquet file. {} for an empty directory."""
    if not names:
        return {}
    package = _read_json(target / LEGACY_DESCRIPTOR) if LEGACY_DESCRIPTOR in names else None
    if not isinstance(package, dict) or package.get("name") != PACKAGE_NAME:
        return None
    listed = {LEGACY_DESCRIPTOR: ANY}
    for resource in package.get("resources") or []:
        if not isinstance(resource, dict) or not str(resource.get("hash")).startswith("sha256:"):
            return None
        listed[str(resource.get("path"))] = str(resource["hash"])
        listed[f"{resource.get('name')}.parquet"] = PARQUET
    return listed


def _matches(path: Path, listed: dict[str, str]) -> bool:
    """Whether ``path`` is a regular file (not a link) that ``listed`` expects, as it was written."""
    expected = listed.get(path.name)
    try:
        if expected is None or not stat.S_ISREG(path.lstat().st_mode):
            return False
        if expected == ANY:
            return True
        data = path.read_bytes()
    except OSError:
        return False
    if expected == PARQUET:
        return data[:4] == data[-4:] == b"PAR1"
    return expected == sha256_tag(data)
