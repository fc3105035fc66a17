"""A table of progress against a fiscal year's allocation (Table 1: Financial progress by pool, PIP 2026-27
(Rs in crore) over Pool  Approved  Expenditure (Apr-Sep)  Utilisation (%)): its columns' years."""

from __future__ import annotations

import re

# One fiscal year across two in the caption: 2026-27, 2026/27, FY 2026-27, 2026-2027.
_FISCAL = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-/–]\s*((?:19|20)?\d\d)(?![\d/-])")
# A column of what was allotted for the year: Approved, Allocation, Sanctioned, Budget (BE), Outlay, 批复, 预算.
_ALLOTTED = re.compile(
    r"(?i:\b(?:approved|approvals?|allocat\w*|sanction\w*|budget(?:ed)?|outlay|RoP)\b)|批复|预算|下达|安排"
)
# A column of a span of months (Expenditure (Apr-Sep), Achievement April–September): spent in them.
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH_SPAN = re.compile(
    r"(?i:\b(" + "|".join(_MONTHS) + r")[a-z]*\.?\s*(?:[-–—]|to)\s*(?:" + "|".join(_MONTHS) + r"))"
)


def progress_columns(caption: str, row: list[str], now: int | None) -> list[tuple[int, bool] | None] | None:
    """The years of a header of words under a caption naming one fiscal year across two: a column of what
    was allotted for it (Approved, Budget) is of the fiscal year, by the year it ends in (README: the
    allocations a budget made, achieved); a column naming a span of months (Expenditure (Apr-Sep)) is of
    the year those months fall in (a fiscal year from April: April to December in its first year). Each
    column's year and whether it is allotted; None when the caption names no such year or nothing allotted."""
    years = _FISCAL.findall(caption)
    if len(years) != 1 or now is None:
        return None
    first = int(years[0][0])
    second = years[0][1]
    end = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if end != first + 1 or first > now or not any(_ALLOTTED.search(cell) for cell in row[1:]):
        return None
    named: list[tuple[int, bool] | None] = []
    for cell in row:
        months = _MONTH_SPAN.search(cell)
        if months is not None:
            named.append((first if _MONTHS.index(months.group(1).lower()) >= 3 else end, False))
        elif _ALLOTTED.search(cell):
            named.append((end, True))
        else:
            named.append(None)
    return named
