"""A table's bare four-digit cell that counts (round 36). A row of tab-separated cells may print one column
of years after its label (Infant mortality<TAB>2023<TAB>2.5<TAB>4.2: the year of its data); a cell of
1900–2100 is a count, not a year, when a cell before it (after the label) prints a number no year could be
(江阴市<TAB>15.82<TAB>402<TAB>1906<TAB>98.7), or when the row prints two such cells besides a number that is
no year (泾县<TAB>2087<TAB>2059<TAB>98.66: one column of years at most). A header row of years
(Indicator<TAB>2024<TAB>2025) prints no other number, and a row's first cell (2024<TAB>1,234) is its label."""

from __future__ import annotations

import re
from functools import lru_cache

# a cell that is a number (with its sign, thousands commas, a decimal part and a percent sign)
_NUMBER_CELL = re.compile(r"\s*[-+−]?\d[\d,]*(?:\.\d+)?\s*%?\s*")
# The span of years a bare four-digit number may be read as (checks.numbers.nonquantities.looks_like_year).
YEAR_SPAN = r"(?:19\d\d|20\d\d|2100)"
_YEAR_CELL = re.compile(rf"\s*{YEAR_SPAN}\s*")


def counting_cell(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole table cell after the row's label that counts, by the
    row's other cells."""
    cell_start = text.rfind("\t", 0, start) + 1
    cell_end = text.find("\t", end)
    cell_end = len(text) if cell_end < 0 else cell_end
    if cell_start == 0 or text[cell_start:start].strip() or text[end:cell_end].strip():
        return False
    own = text.count("\t", 0, start) - 1
    first_other, years, others = _row(text)
    return first_other < own or (years >= 2 and others)


# A row's cells are looked at once, not once for each of its cells of 1900–2100 (a row of thousands is no
# square of them): the index of its first number no year could be (after the label), how many cells are years,
# and whether any such number is printed.
@lru_cache(maxsize=16)
def _row(text: str) -> tuple[int, int, bool]:
    cells = text.split("\t")[1:]
    years = [_YEAR_CELL.fullmatch(cell) is not None for cell in cells]
    others = [_NUMBER_CELL.fullmatch(cell) is not None and not year for cell, year in zip(cells, years, strict=True)]
    return next((n for n, other in enumerate(others) if other), len(cells)), sum(years), any(others)
