"""GB/T 2260 region codes, and the hierarchy that follows from a code.

A code is six digits: province (2), prefecture (2), county (2); ``410100`` (郑州市) lies inside
``410000`` (河南省), and ``411403`` (睢阳区) inside ``411400`` (商丘市). ``CN`` is the whole country.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

PACKAGED = Path(__file__).resolve().parent / "regions.tsv"
NATIONAL = "CN"


def load_regions(root: Path) -> dict[str, str]:
    local = root / "schemas" / "regions.tsv"
    return _read(local if local.is_file() else PACKAGED)


@cache
def _read(file: Path) -> dict[str, str]:
    table = {NATIONAL: "全国"}
    for line in file.read_text(encoding="utf-8").splitlines():
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
