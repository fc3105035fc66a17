"""Write a file so that a reader (or a kill at any moment) sees the old file or the new one, never half.

Every writer of factlint (reports, ``fix``, ``draft``, ``export``) goes through ``write_atomically``:
the new content is written to a temporary file in the same directory, flushed to disk, then renamed
over the target. A target that is a symbolic link is refused (replacing the link would leave its
real file stale; writing through it could write outside the repository). The temporary file's name
starts with a dot and ends with ``TEMPORARY_SUFFIX``, so neither the validator (it reads ``*.yaml``)
nor git (``.gitignore``) ever picks one up, and ``remove_stale_temporaries`` clears what a killed
process left behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

TEMPORARY_SUFFIX = ".factlint-tmp"


class WriteRefused(Exception):
    """A target factlint will not replace (a symbolic link, a directory)."""


def write_atomically(path: Path, content: bytes | str) -> None:
    """Replace ``path`` with ``content`` (str is written as UTF-8, exactly, with no newline translation).

    The file keeps its permission bits when it exists. Raises ``WriteRefused`` for a symbolic link
    or a directory, and ``OSError`` when the directory cannot be written; no temporary file is left
    behind either way.
    """
    if path.is_symlink():
        raise WriteRefused(f"{path} is a symbolic link; factlint does not write through links")
    if path.is_dir():
        raise WriteRefused(f"{path} is a directory")
    data = content.encode("utf-8") if isinstance(content, str) else content
    mode = path.stat().st_mode & 0o7777 if path.exists() else None
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        else:
            os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def remove_stale_temporaries(directory: Path) -> list[Path]:
    """Delete the temporary files an interrupted writer left in ``directory``; returns them."""
    removed = []
    if directory.is_dir():
        for leftover in directory.glob(f".*{TEMPORARY_SUFFIX}"):
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed.append(leftover)
    return removed


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
