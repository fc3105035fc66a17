"""What a pull request (or a hostile checkout) can put where factlint expects a seed or a dataset.

Each ``HOSTILE`` entry turns a path of the sandbox into something that must be refused or read
safely: a link out of the repository (to the planted secret, ``/proc/self/environ``,
``/etc/passwd``, a directory), a FIFO (a reader that opens it blocks forever), a directory, a
link loop, a dangling link; or a file with hostile bytes (one line of hundreds of kilobytes,
invalid UTF-8, CRLF, a byte-order mark, NUL, odd line breaks).
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from pathlib import Path

from tests.fuzz.sandbox import Secrets


def _replace(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.is_dir():
        for child in path.iterdir():
            _replace(child)
        path.rmdir()
    path.parent.mkdir(parents=True, exist_ok=True)


def link_to(target: Callable[[Path, Secrets], Path | str]) -> Callable[[Path, Secrets], None]:
    """Replace a path by a link to ``target(path, secrets)``."""

    def make(path: Path, secrets: Secrets) -> None:
        destination = target(path, secrets)
        _replace(path)
        path.symlink_to(destination)

    return make


def to(fixed: str) -> Callable[[Path, Secrets], str]:
    return lambda path, secrets: fixed


# A relative link climbs out of the repository the way git can carry one; a loop; a dangling link.
link_to_secret = link_to(lambda path, secrets: secrets.file)
link_to_outside_directory = link_to(lambda path, secrets: secrets.outside / "directory")
relative_link_out = link_to(lambda path, secrets: os.path.relpath(secrets.file, path.parent))
link_loop = link_to(lambda path, secrets: path.name)
dangling_link = link_to(lambda path, secrets: path.parent / "no-such-file")


def fifo(path: Path, secrets: Secrets) -> None:
    _replace(path)
    os.mkfifo(path)


def directory(path: Path, secrets: Secrets) -> None:
    _replace(path)
    path.mkdir()
    (path / "inner.txt").write_text("1 2 3\n", encoding="utf-8")


def unreadable(path: Path, secrets: Secrets) -> None:
    if path.exists():
        path.chmod(0)


def _bytes_edit(edit: Callable[[bytes], bytes]) -> Callable[[Path, Secrets], None]:
    def make(path: Path, secrets: Secrets) -> None:
        data = path.read_bytes() if path.is_file() and not path.is_symlink() else b"1 2 3\n"
        _replace(path)
        path.write_bytes(edit(data))

    return make


def huge_line(data: bytes) -> bytes:
    """One line of about 300 kB of figures and words the reader looks at."""
    pieces = ["12,345", "6.7%", "三千四百万", "more than 80", "2/3", "十四五", "约", "1e400", "１２３", "·"]
    rng = random.Random(len(data))
    line = " ".join(rng.choice(pieces) for _ in range(40_000))
    return data + line.encode("utf-8") + b"\n"


def long_digits(data: bytes) -> bytes:
    return data + b"x" + b"9" * 300_000 + b" yuan\n" + b"1," * 100_000 + b"5\n"


HOSTILE_FILES: dict[str, Callable[[Path, Secrets], None]] = {
    "link-to-secret": link_to_secret,
    "relative-link-out": relative_link_out,
    "link-to-environ": link_to(to("/proc/self/environ")),
    "link-to-passwd": link_to(to("/etc/passwd")),
    "link-to-outside-directory": link_to_outside_directory,
    "link-to-dev-zero": link_to(to("/dev/zero")),
    "link-loop": link_loop,
    "dangling-link": dangling_link,
    "fifo": fifo,
    "directory": directory,
    "unreadable": unreadable,
    "huge-line": _bytes_edit(huge_line),
    "long-digits": _bytes_edit(long_digits),
    "invalid-utf8": _bytes_edit(lambda data: data[: len(data) // 2] + b"\xff\xfe\xc3(" + data[len(data) // 2 :]),
    "crlf": _bytes_edit(lambda data: data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")),
    "bom": _bytes_edit(lambda data: b"\xef\xbb\xbf" + data),
    "nul": _bytes_edit(lambda data: data.replace(b" ", b"\0", 3)),
    "odd-breaks": _bytes_edit(lambda data: data.replace(b"\n", "\u2028".encode(), 4).replace(b".", b".\r", 3)),
    "empty": _bytes_edit(lambda data: b""),
}


def make_hostile(kind: str, path: Path, secrets: Secrets) -> None:
    HOSTILE_FILES[kind](path, secrets)
