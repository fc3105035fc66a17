"""Read a repository file, and only a repository file.

Datasets and seeds come from pull requests, so a path in them, or a file that is a link, must never
make factlint read something outside the repository (a CI token in ``/proc/self/environ``, a key in
``/etc``) and print it in a report. ``read_inside`` opens a file only when it is a regular file whose
real location is inside the given directory of the repository, and checks this on the opened file
descriptor (not on the name, which a race could swap). It refuses links that lead out, devices,
FIFOs, sockets and directories, and files larger than a bound; the refusal says what the file is
not, never what it points to.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

MAX_FILE_BYTES = 16 * 1024 * 1024

_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)


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
    """The bytes of ``root/relative``, a regular file whose real path lies inside ``root/directory``.

    Raises ``Missing`` when there is no such file and ``Refused`` when there is one that must not be
    read (a link leading out of ``directory``, not a regular file, larger than ``limit``).
    """
    allowed = os.path.realpath(root / directory)
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
        if status.st_size > limit:
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
    finally:
        os.close(descriptor)
