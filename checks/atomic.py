"""Write a file so that a reader (or a kill at any moment) sees the old file or the new one, never half.

Every writer of factlint (reports, ``fix``, ``draft``, ``export``) goes through ``write_atomically``:
the new content is written to a temporary file in the same directory, flushed to disk, given the
old file's permission bits, then renamed over the target, and the directory entry is flushed too.

It refuses (``WriteRefused``, with the reason) a target that is:
- a symbolic link: replacing the link would leave its real file stale, and writing through it could
  write outside the repository;
- a file with more than one hard link: the other names would keep the old content;
- read-only (no write permission bit, or not writable by us): a curator's protection is respected;
- not a regular file (a directory, a FIFO, a device).

A temporary file is named ``.<target>.<pid>.<random>.factlint-tmp``: the leading dot and the suffix
keep the validator (it reads ``*.yaml``) and git (``.gitignore``; ``validate --changed-since`` skips
them even where no ``.gitignore`` does) from ever picking one up. A failure removes it at once; a
kill cannot, so ``remove_stale_temporaries`` (run before every write, and by ``fix``) removes those
whose writing process is gone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path

TEMPORARY_SUFFIX = ".factlint-tmp"


class WriteRefused(OSError):
    """A target factlint will not replace; the message says why. An ``OSError``, so a writer that
    may fail quietly (the cache) treats a refusal like any other failure to write."""


class WriteFailed(OSError):
    """The system would not let a file be written (a read-only file system, no permission, a full
    disk): raised with the target's path (never the temporary file's) and the system's reason."""

    def __str__(self) -> str:
        return f"cannot write {self.filename}: {self.strerror}"


def refusal(path: Path) -> str | None:
    """Why ``path`` must not be replaced, or None when it may be (or does not exist yet)."""
    try:
        status = path.lstat()
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(status.st_mode):
        return f"{path} is a symbolic link; factlint does not write through links (edit the file it points to)"
    if not stat.S_ISREG(status.st_mode):
        return f"{path} is not a regular file"
    if status.st_nlink > 1:
        return f"{path} has {status.st_nlink} hard links; replacing it would leave the others with the old content"
    if not status.st_mode & 0o222:
        return (
            f"{path} is read-only (mode {stat.S_IMODE(status.st_mode):04o}); make it writable for factlint to change it"
        )
    if not os.access(path, os.W_OK):  # the mode allows it, the system does not: say the system's reason
        return f"{path} is not writable: {_why_not_writable(path)}"
    return None


def unwritable_directory(folder: Path) -> str | None:
    """Why no file can be created (or replaced) in the directory ``folder``, in the system's words
    ("Read-only file system", "Permission denied"); None when one can."""
    if os.access(folder, os.W_OK | os.X_OK):
        return None
    return _why_not_writable(folder)


def _why_not_writable(path: Path) -> str:
    """The system's reason a path we may not write is not writable: its file system is mounted
    read-only (EROFS), or its permissions deny us (EACCES)."""
    try:
        read_only = bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        read_only = False
    return os.strerror(errno.EROFS if read_only else errno.EACCES)


def write_atomically(path: Path, content: bytes | str) -> None:
    """Replace ``path`` with ``content`` (str is written as UTF-8, exactly, with no newline translation).

    Raises ``WriteRefused`` (see ``refusal``) and ``WriteFailed`` (an ``OSError`` naming ``path``:
    e.g. the directory is not writable); no temporary file is left behind either way.
    """
    write_files_atomically([(path, content)])


def write_files_atomically(files: Sequence[tuple[Path, bytes | str]]) -> None:
    """Replace each path of ``files`` with its content, all or none as far as a failure to write
    goes: every content is written to a temporary file beside its target first, and the targets are
    replaced (renamed over, which needs no room on the disk) only once all are written. A full disk
    or a refused target leaves every file as it was, and no temporary file behind. Raises as
    ``write_atomically`` does."""
    for path, _ in files:
        reason = refusal(path)
        if reason is not None:
            raise WriteRefused(reason)
    staged: list[tuple[Path, str]] = []
    try:
        for path, content in files:
            try:
                staged.append((path, _stage(path, content.encode("utf-8") if isinstance(content, str) else content)))
            except OSError as error:
                raise WriteFailed(error.errno, error.strerror or str(error), str(path)) from error
        for path, temporary in staged:
            try:
                os.replace(temporary, path)
            except OSError as error:
                raise WriteFailed(error.errno, error.strerror or str(error), str(path)) from error
    except BaseException:
        for _, temporary in staged:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        raise
    for folder in {path.parent for path, _ in files}:
        _flush_directory(folder)


def _stage(path: Path, data: bytes) -> str:
    """``data`` written and flushed to a temporary file beside ``path``, with the mode (and owner)
    ``path`` has, or a new file's: the file to rename over ``path``."""
    existing = path.stat() if path.exists() else None
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(path.parent)
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=TEMPORARY_SUFFIX
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if existing is None:
            os.chmod(temporary, 0o666 & ~_umask())
        else:
            os.chmod(temporary, stat.S_IMODE(existing.st_mode))
            if (existing.st_uid, existing.st_gid) != (os.geteuid(), os.getegid()):
                with contextlib.suppress(OSError):  # only possible for root; otherwise keep ours
                    os.chown(temporary, existing.st_uid, existing.st_gid)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return temporary


def remove_stale_temporaries(directory: Path) -> list[Path]:
    """Delete the temporary files that writers which no longer run left in ``directory``."""
    removed = []
    if directory.is_dir():
        for leftover in directory.glob(f".*{TEMPORARY_SUFFIX}"):
            if _writer_alive(leftover.name):
                continue
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed.append(leftover)
    return removed


def _writer_alive(name: str) -> bool:
    """Whether the process that named this temporary file still runs (so it may still rename it)."""
    fields = name.removesuffix(TEMPORARY_SUFFIX).rsplit(".", 2)
    if len(fields) != 3 or not fields[1].isdigit():
        return False
    try:
        os.kill(int(fields[1]), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # it exists, under another user; or a name that is not ours to judge
    return True


def _flush_directory(directory: Path) -> None:
    """Make the rename itself durable (a crash right after must not bring the old file back)."""
    with contextlib.suppress(OSError):
        descriptor = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
