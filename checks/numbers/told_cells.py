"""A table's bare cells of 1900–2100 as their column's header tells them (the reader's column-aware reading).

Read alone, a row cannot tell ``武穴市<TAB>2080<TAB>3.55`` (2,080 nurses) from ``Infant mortality<TAB>2023<TAB>2.5``
(the year of its data): ``checks.numbers.year_cells`` decides by the row's other cells (a lone four-digit cell of
that span is a year; one after a number no year could be counts). The header row above tells them apart. A cell
counts when the header cell of its column

- is itself a year or a financial year (``Indicator<TAB>2024<TAB>2025``: the values of those years),
- names a unit that is no time (``注册护士数（人）``, ``Spending (£000)``, ``床位数（张）``), or
- says in words that it counts (``救助人次``, ``注册护士数``, ``Number of births``, ``Total``);

it is a year when the header names a unit of time (``建成年份（年）``, ``Opened (year)``) or is a word for the year or
date (``年份``, ``批准日期``, ``Year``, ``Financial year``). Other words (``Clients``, ``Opened``) say nothing the
reader can trust (the row's other cells decide, as before), and the row's first cell is its label.
``told_cells`` gives where such cells stand on their line and what they are; ``read_quantities(line, told)`` reads
them so. The drafter (``checks.draft``) and the validator (``checks.analyses``: the readings of quotes and of the
body) both ask it, so a figure the draft cites is one the validator reads.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate

from checks.numbers.headings import cells_of, column_unit, columns_at, surely_no_separator, table_header
from checks.numbers.tables import units
from checks.numbers.units import Units
from checks.numbers.year_cells import YEAR_SPAN

# A whole cell of 1900–2100, nothing but the digits: after a tab or a run of spaces, before another or the line's end.
_YEAR_CELL = re.compile(rf"(?:(?<=\t)|(?<=[^\S\t\n]{{2}})){YEAR_SPAN}(?=\s*\Z|\t|[^\S\t\n]{{2}})")
# A header cell that is a year or a financial year: 2024, 2024年, 2024年度, FY2025, 2024/25, 2024-25.
_YEAR_HEADER = re.compile(r"(?i:FY\s?)?(?:19|20)\d\d(?:\s?[/-]\s?\d{2,4})?\s*(?:年度?)?(?:\s*[(（][^()（）]*[)）])?")
_TIME_UNITS = frozenset({"year", "years", "yr", "yrs", "年", "年度", "month", "months", "月"})
# A header that names the year or date of its cells: 建成年份, 年度, 批准日期, Year, Date, Financial year, FY.
_DATE_WORDS = re.compile(
    r"(?:年份|年度|日期|时间|时期)\Z|\A(?i:(?:calendar\s+|fiscal\s+|financial\s+)?year|date|fy|period)\Z"
)
# A header of words that says its column counts: 救助人次, 注册护士数, 床位数量, Number of births, No. of staff, Total.
_COUNTING_WORDS = re.compile(r"(?:数|人次|数量|总量|金额)\Z|\A(?i:number\b|no\.|total\b|count\b)")


# Where a cell of 1900–2100 may stand in a whole text: such digits (a search that skips ahead on its literal first
# digits), after a tab or two spaces of any kind (the few found are looked at one by one).
_YEAR_DIGITS = re.compile(YEAR_SPAN)


def _after_a_gap(text: str, at: int) -> bool:
    before = text[max(0, at - 2) : at]
    return before[-1:] == "\t" or (len(before) == 2 and before.isspace() and "\t" not in before and "\n" not in before)


def told_lines(lines: Sequence[str]) -> dict[int, dict[int, bool]]:
    """``told_cells`` of every line of ``lines`` that has any, by line number (1-based): one pass over the whole
    text finds the few lines that may, so an article of prose costs one search, not one call per line."""
    text = "\n".join(lines)
    candidates = [found.start() for found in _YEAR_DIGITS.finditer(text) if _after_a_gap(text, found.start())]
    if not candidates:
        return {}
    starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))  # each line's offset in text
    known: dict[int, int | None] = {}
    found: dict[int, dict[int, bool]] = {}
    for number in sorted({bisect_right(starts, at) for at in candidates}):
        cells = told_cells(lines, number, known)
        if cells:
            found[number] = cells
    return found


def told_cells(lines: Sequence[str], number: int, known: dict[int, int | None] | None = None) -> dict[int, bool]:
    """The bare cells of 1900–2100 on line ``number`` (1-based) of ``lines`` whose column's header tells what they
    are, by where they stand: True when it says they count, False when it says they are years (``known``: the
    table headers found so far in these lines, as ``table_header`` takes them). Empty for a line that is no table
    row below a header, or prints no such cell."""
    line = lines[number - 1]
    if surely_no_separator(line):
        return {}  # most prose lines: no cell at all, told by substring searches
    spots = [found.start() for found in _YEAR_CELL.finditer(line)]
    if not spots:
        return {}
    header = table_header(lines, number, known)
    if header is None or header == number:
        return {}
    heads = _header_cells(lines[header - 1])
    catalogue = units()  # the unit table a header is read with (a repository's own units.yaml may name more)
    told = {}
    for at, column in zip(spots, columns_at(line, spots), strict=True):
        counts = _says(heads[column], catalogue) if 0 < column < len(heads) else None
        if counts is not None:
            told[at] = counts
    return told


# A table's rows share their header: its cells and what each says are read once, not once per row.
@lru_cache(maxsize=256)
def _header_cells(line: str) -> tuple[str, ...]:
    return tuple(cell.strip() for cell in cells_of(line))


# What each header cell says, for each unit table: a table's rows share their header, so it is read once. An entry
# holds its table, so the table's id, part of the key, is no other table's while the entry stands.
_SAID: dict[tuple[str, int], tuple[Units, bool | None]] = {}
_MAX_SAID = 4096


def _says(head: str, catalogue: Units) -> bool | None:
    key = (head, id(catalogue))
    found = _SAID.get(key)
    if found is None or found[0] is not catalogue:
        if len(_SAID) >= _MAX_SAID:
            _SAID.clear()
        found = _SAID[key] = (catalogue, _counts(head))
    return found[1]


def _counts(head: str) -> bool | None:
    """Whether a header cell says the bare cells under it count (a year's column of values, a unit or words that
    count) or are years (a unit of time, a word for the year or date); None when it says neither."""
    if _YEAR_HEADER.fullmatch(head):
        return True
    if _DATE_WORDS.search(head):
        return False
    named = column_unit(head)
    words = {str(named.unit or "").lower(), str(named.unit_text or "").lower().strip()} if named is not None else set()
    if words & _TIME_UNITS:
        return False
    if _COUNTING_WORDS.search(head) or (named is not None and (named.unit is not None or named.scale != 1)):
        return True
    return None
