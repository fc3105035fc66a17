"""GB/T 2260 region codes, and the hierarchy that follows from a code.

A code is six digits: province (2), prefecture (2), county (2); ``410100`` (郑州市) lies inside
``410000`` (河南省), and ``411403`` (睢阳区) inside ``411400`` (商丘市). ``CN`` is the whole country.
"""

from __future__ import annotations

import os
import time
from functools import cache
from pathlib import Path

from checks.errors import UsageError
from checks.files import Missing, Refused, read_inside

PACKAGED = Path(__file__).resolve().parent / "regions.tsv"
TABLE = "schemas/regions.tsv"
NATIONAL = "CN"

# A run asks for the table more than once (the rules on each dataset, then the cross-dataset
# stage), so a table read is remembered with the file's status and read again when that changes.
# File times are coarse (a rewrite within one clock tick may keep them), so a table whose file
# changed less than this before it was read is not remembered: a file just written is read anew.
SETTLED_NS = 2_000_000_000
_remembered: dict[Path, tuple[tuple[int, ...] | None, dict[str, str]]] = {}


def load_regions(root: Path) -> dict[str, str]:
    """The repository's ``schemas/regions.tsv`` (read only if it is a regular file inside ``schemas/``:
    one that may not be read is a configuration error), else the packaged table."""
    status = _status(root / TABLE)
    remembered = _remembered.get(root)
    if remembered is not None and remembered[0] == status:
        return remembered[1]
    reading = _now()
    table = _read(root)
    if status is None or status[-1] < reading - SETTLED_NS:
        _remembered[root] = (status, table)
    return table


def _now() -> int:
    return time.time_ns()


def _status(path: Path) -> tuple[int, ...] | None:
    """What changes when the file does (its change time last); None when there is none. The name
    itself is looked at, not followed: a link is refused when read."""
    try:
        found = os.lstat(path)
    except OSError:
        return None
    return (found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns)


def _read(root: Path) -> dict[str, str]:
    try:
        data = read_inside(root, TABLE, "schemas")
    except Missing:
        data = PACKAGED.read_bytes()
    except Refused as refused:
        raise UsageError(str(refused)) from None
    return _parse(data.decode("utf-8", "replace"))


@cache
def _parse(text: str) -> dict[str, str]:
    table = {NATIONAL: "全国"}
    for line in text.splitlines():
        if line and not line.startswith("#") and not line.startswith("code\t"):
            code, _, name = line.partition("\t")
            table[code.strip()] = name.strip()
    return table


def ancestors(code: str) -> tuple[str, ...]:
    """The regions enclosing ``code``, nearest first, ending with ``CN``."""
    if code == NATIONAL or len(code) != 6 or not code.isdigit():
        return ()
    found = []
    if code[4:] != "00":
        found.append(code[:4] + "00")
    if code[2:] != "0000":
        found.append(code[:2] + "0000")
    found.append(NATIONAL)
    return tuple(found)


def encloses(outer: str, inner: str) -> bool:
    """Whether ``outer`` strictly encloses ``inner``."""
    return outer in ancestors(inner)


def related(a: str, b: str) -> bool:
    """The same region, or one inside the other."""
    return a == b or encloses(a, b) or encloses(b, a)
