"""A table of the first quarter (or month) of a year with a column of the quarter (month) before it:
that column is of the year before.

A quarterly monitoring table sets this quarter beside the same quarter last year and the quarter before
(指标 本季度 上年同期 上季度 under 表1 2026年一季度全市公立医院主要运行指标; Indicator, This quarter, Previous
quarter under Table 2: Q1 2026). When its caption names the year's first quarter (一季度, 第一季度, Q1 2026,
January–March 2026, the first quarter of 2026) or its first month (2026年1月, January 2026), the column of the
quarter or month before (上季度, 上一季度, 上月, Previous quarter, Last month) is the last of the year before:
its cells are that year's (2025), reported over. Not a caption of a fiscal year across two (Q1 2025-26,
a quarter of July to September), whose quarter before is in the same fiscal year's span of years.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.draft.header_years import HeaderYear
from checks.draft.tables import cells
from checks.draft.text import is_blank

# 上季度, 上一季度, 上个季度, 上月, Previous quarter, Last quarter, Prior month: the column of the period before
_BEFORE_HEADER = re.compile(
    r"^\s*(?:上(?:一|个)?(?:季度|月)|(?i:(?:the\s+)?(?:previous|prior|last|preceding)\s+(?:quarter|month)))"
)
_QUARTER = re.compile(
    r"(?:((?:19|20)\d\d)\s*年\s*)?(?<![上\d])(?:第)?[一1]\s*季度"
    r"|(?i:\bQ1\s*((?:19|20)\d\d)\b(?!\s*[-/–]\s*\d)|\bJan(?:uary)?\s*(?:[-–]|to)\s*Mar(?:ch)?\s+((?:19|20)\d\d)\b"
    r"|\bfirst\s+quarter\s+of\s+((?:19|20)\d\d)\b)"
)
_MONTH = re.compile(r"((?:19|20)\d\d)\s*年\s*(?:1|一)\s*月(?!\d)|(?i:\bJanuary\s+((?:19|20)\d\d)\b)")
_FISCAL = re.compile(r"(?:19|20)\d\d\s*[-/–]\s*\d\d(?!\d)|(?i:\bFY\b|financial\s+year|fiscal)|财年")


def first_period_columns(
    lines: Sequence[str], numbers: Sequence[int], now: int | None
) -> dict[int, list[HeaderYear | None]]:
    """For each row of a table captioned with a year's first quarter or month (the caption the one or two
    lines before its header): the year before, in the column of the quarter or month before, None in the
    others."""
    found: dict[int, list[HeaderYear | None]] = {}
    before: list[HeaderYear | None] = []
    width = 0
    for number in numbers:
        line = lines[number - 1]
        row = cells(line) if "\t" in line else []
        if len(row) < 2:
            before, width = [], 0
            continue
        if before and len(row) == width:
            found[number] = before
            continue
        before, width = [], 0
        columns = [i for i, cell in enumerate(row) if i > 0 and _BEFORE_HEADER.search(cell)]
        year = _first_period_year(lines, number, now) if columns else None
        if year is not None:
            before = [HeaderYear(year - 1) if i in columns else None for i in range(len(row))]
            width = len(row)
    return found


def _first_period_year(lines: Sequence[str], number: int, now: int | None) -> int | None:
    """The year whose first quarter (or month) the caption above the header on line ``number`` names."""
    for caption in (lines[i - 1] for i in range(number - 1, max(0, number - 3), -1)):
        if is_blank(caption):
            continue
        if _FISCAL.search(caption):
            return None
        found = _QUARTER.search(caption) or _MONTH.search(caption)
        if found is not None:
            return next((int(g) for g in found.groups() if g), now)
    return None
