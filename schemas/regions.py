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
    at each call (a run makes two or three); the table is parsed once per content. A table that is
    not one (not UTF-8, no ``code<TAB>name`` header, a row that is not a six-digit code, a tab and a
    name) is a configuration error too: every region would fail C130 for it."""
    try:
        data = read_inside(root, TABLE, "schemas")
    except Missing:
        data = PACKAGED.read_bytes()
    except Refused as refused:
        raise UsageError(str(refused)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UsageError(f"{TABLE}: not UTF-8 text (byte {error.start:,} is not); save it as UTF-8") from None
    return _parse(text)


@cache
def _parse(text: str) -> dict[str, str]:
    table = {NATIONAL: "全国"}
    header = False
    for number, line in enumerate(text.removeprefix("\ufeff").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not header:
            if [field.strip() for field in fields[:2]] != ["code", "name"]:
                raise UsageError(f"{TABLE}:{number}: expected the header 'code<TAB>name' before the first row")
            header = True
            continue
        code, name = fields[0].strip(), "\t".join(fields[1:]).strip()
        if not (len(code) == 6 and code.isascii() and code.isdigit()) or not name:
            raise UsageError(f"{TABLE}:{number}: expected a row of a six-digit GB/T 2260 code, a tab and its name")
        table[code] = name
    if not header:
        raise UsageError(f"{TABLE}: no header 'code<TAB>name': not a table of regions")
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
