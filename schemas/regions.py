"""GB/T 2260 region codes, and the hierarchy that follows from a code.

A code is six digits: province (2), prefecture (2), county (2); ``410100`` (郑州市) lies inside
``410000`` (河南省), and ``411403`` (睢阳区) inside ``411400`` (商丘市). ``CN`` is the whole country.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from checks.errors import UsageError
from checks.files import Missing, Refused, read_inside

PACKAGED = Path(__file__).resolve().parent / "regions.tsv"
TABLE = "schemas/regions.tsv"
NATIONAL = "CN"


def load_regions(root: Path) -> dict[str, str]:
    """The repository's ``schemas/regions.tsv`` (read only if it is a regular file inside ``schemas/``:
    one that may not be read is a configuration error), else the packaged table. The file is read
    at each call (a run makes two or three); the table is parsed once per content."""
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
