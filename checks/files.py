"""Read a repository file, and only a repository file.

Datasets and seeds come from pull requests, so a path in them, or a file that is a link, must never
make factlint read something outside the repository (a CI token in ``/proc/self/environ``, a key in
``/etc``) and print it in a report. ``read_inside`` opens a file only when it is a regular file whose
real location is inside the given directory of the repository: a plain name in that directory is
opened relative to the directory's own descriptor, following no link; any other path is resolved
first and checked again on the opened file descriptor (not on the name, which a race could swap).
It refuses links that lead out, devices, FIFOs, sockets and directories, and files larger than a
bound; the refusal says what the file is not, never what it points to.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

MAX_FILE_BYTES = 16 * 1024 * 1024

_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
# Opening a name relative to a directory's descriptor, following no link (Linux, the BSDs, macOS).
_DIRECTORY_DESCRIPTORS = os.open in os.supports_dir_fd and bool(_DIRECTORY) and hasattr(os, "O_NOFOLLOW")


class Refused(Exception):
    """A file factlint will not read; the message names no target outside the repository."""


class Missing(Refused):
    """No file at that path."""


def _inside(path: str, directory: str) -> bool:
    return path == directory or path.startswith(directory.rstrip(os.sep) + os.sep)


def _opened_path(descriptor: int) -> str | None:
    """Where the kernel says an open descriptor leads (Linux), or None when it cannot say."""
    try:
        return os.readlink(f"/proc/self/fd/{descriptor}")
    except OSError:
        return None


def read_inside(root: Path, relative: str, directory: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``root/relative``, a regular file whose real path lies inside ``root/directory``
    (itself a directory of the repository, not a link to one elsewhere).

    Raises ``Missing`` when there is no such file and ``Refused`` when there is one that must not be
    read (a link leading out of ``directory``, not a regular file, larger than ``limit``).
    """
    if "\0" in relative:
        raise Refused(f"{relative} is not a file name (it holds a NUL character); not read")
    data = _read_named_in(root, relative, directory, limit)
    return data if data is not None else _read_resolved(root, relative, directory, limit)


def _read_named_in(root: Path, relative: str, directory: str, limit: int) -> bytes | None:
    """The common case, without resolving a path: ``directory/name`` opened as a name inside the
    directory's own descriptor, following no link (the kernel's ``openat``). A corpus reads two
    files per dataset, and resolving each path cost a dozen ``lstat`` calls.

    None whenever it does not apply or anything is unusual (a link, no such file, not a plain
    name): ``_read_resolved`` then reads the file or says why not, as for any other path.
    """
    if not _DIRECTORY_DESCRIPTORS or "/" in directory or directory in (".", ".."):
        return None
    folder, _, name = relative.partition("/")
    if folder != directory or not name or "/" in name or name in (".", ".."):
        return None
    try:
        # The directory itself no link (O_NOFOLLOW), the file no link either: both stay inside.
        folder_descriptor = os.open(root / directory, _FLAGS | _DIRECTORY)
    except OSError:
        return None
    try:
        descriptor = os.open(name, _FLAGS, dir_fd=folder_descriptor)
    except OSError:
        return None
    finally:
        os.close(folder_descriptor)
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            return None
        return _read_open(descriptor, relative, limit, status.st_size)
    finally:
        os.close(descriptor)


def _read_resolved(root: Path, relative: str, directory: str, limit: int) -> bytes:
    """``read_inside`` for any path: resolved first, the opened file checked again after."""
    allowed = os.path.realpath(root / directory)
    if allowed != os.path.normpath(os.path.join(os.path.realpath(root), directory)):
        # ``seeds`` itself a link to /etc would make all of /etc "inside seeds/".
        raise Refused(f"{relative} is not read: {directory}/ is a link, not a directory of the repository")
    candidate = root / relative
    real = os.path.realpath(candidate)
    if not _inside(real, allowed):
        if not os.path.lexists(candidate):
            raise Missing(f"{relative} does not exist")
        raise Refused(f"{relative} is a link that leads out of {directory}/; not read")
    try:
        descriptor = os.open(real, _FLAGS)
    except FileNotFoundError:
        raise Missing(f"{relative} does not exist") from None
    except OSError as error:
        raise Refused(f"{relative} cannot be opened ({error.strerror})") from None
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise Refused(f"{relative} is not a regular file; not read")
        opened = _opened_path(descriptor)
        if opened is not None and not _inside(opened, allowed):
            raise Refused(f"{relative} changed while it was opened; not read")
        return _read_open(descriptor, relative, limit, status.st_size)
    finally:
        os.close(descriptor)


def _read_open(descriptor: int, relative: str, limit: int, size: int) -> bytes:
    """The bytes of an open regular file of ``size`` bytes, refused when larger than ``limit``
    (the size is checked again on what is read: a file may grow while it is read)."""
    if size > limit:
        raise Refused(f"{relative} is larger than {limit // (1024 * 1024)} MiB; not read")
    chunks = []
    remaining = limit + 1
    while remaining > 0:
        chunk = os.read(descriptor, min(remaining, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    data = b"".join(chunks)
    if len(data) > limit:
        raise Refused(f"{relative} is larger than {limit // (1024 * 1024)} MiB; not read")
    return data
