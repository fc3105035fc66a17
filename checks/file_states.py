"""Fingerprints of files, as the cache recognises them: size, modification and status change times
and type first (a stat), the hash of the bytes factlint would read only when those changed, as mypy
and git do."""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checks.files import Refused, read_inside


@dataclass(frozen=True)
class FileState:
    size: int
    mtime_ns: int
    mode: int
    sha256: str | None  # None: absent, or not a regular file
    # When the file's status last changed: any write moves it, and no tool can set it back (a
    # rewrite that keeps the size and restores the modification time is told by it, as git does).
    ctime_ns: int


# Where each field of a state stands in its stored list ([size, mtime_ns, mode, sha256, ctime_ns]).
SIZE, MTIME, MODE, SHA256, CTIME = range(5)
StoredState = Sequence[Any]

# A file modified this close to when its state was taken may have changed again within the same
# clock tick without its time moving ("racily clean", as git calls it): it is hashed again.
RACY_NS = 2_000_000_000


def file_state(root: Path, relative: str, known: StoredState | None = None, taken_ns: int = 0) -> FileState | None:
    """The state of ``root/relative`` (not following a final link); its hash reused from ``known`` (a
    state taken at ``taken_ns``) when its size, times and type are unchanged. None when there is no
    file. The hash is of what factlint would read (``checks.files.read_inside``: a regular file inside
    its top directory), None for anything it would refuse."""
    return state_of(root, relative, status_of(root, relative), known, taken_ns)


def states_moved(
    known: Mapping[str, StoredState], states: Mapping[str, FileState | None], taken_ns: int, now_ns: int
) -> bool:
    """Whether the states taken now must be stored: a file whose bytes, size, time or type differ
    from its known state (a checkout that rewrote the same bytes moves only its time), or one hashed
    again only for being racily clean then and old enough now to be trusted by its size and time.
    Unstored, each of them would be hashed again at every later run."""
    now = states_of(states.items())
    return any(
        known.get(path) != state or taken_ns - RACY_NS <= state[MTIME] < now_ns - RACY_NS for path, state in now.items()
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
    known: StoredState | None = None,
    taken_ns: int = 0,
    digest: str | None = None,
) -> FileState | None:
    """``file_state`` from a status taken before the file was read, and the hash of the bytes
    then read (``digest``, when the caller read them: the file is not read again)."""
    if status is None:
        return None
    if (
        known
        and known[SIZE] == status.st_size
        and known[MTIME] == status.st_mtime_ns
        and known[MODE] == status.st_mode
        and known[CTIME] == status.st_ctime_ns
        and status.st_mtime_ns < taken_ns - RACY_NS
    ):
        return FileState(status.st_size, status.st_mtime_ns, status.st_mode, known[SHA256], status.st_ctime_ns)
    if not stat.S_ISREG(status.st_mode):
        return FileState(status.st_size, status.st_mtime_ns, status.st_mode, None, status.st_ctime_ns)
    if digest is None:
        with contextlib.suppress(Refused):
            digest = hashlib.sha256(read_inside(root, relative, relative.split("/", 1)[0])).hexdigest()
    return FileState(status.st_size, status.st_mtime_ns, status.st_mode, digest, status.st_ctime_ns)


def states_of(files: Iterable[tuple[str, FileState | None]]) -> dict[str, list[Any]]:
    """The states as the cache stores them: each a list in the order of ``SIZE`` … ``CTIME`` (a list, not
    a mapping, parses twice as fast: a corpus of thousands of datasets has twice as many states)."""
    return {path: [s.size, s.mtime_ns, s.mode, s.sha256, s.ctime_ns] for path, s in files if s is not None}
