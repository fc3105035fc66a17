"""The years a table's header names for its columns (指标 单位 2020年 2024年 2025年; `2030 target`,
`2025/26 spend`), and the period and status a cell takes from them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from checks.draft.change_against import change_against_year
from checks.draft.column_kin import of_which, standing_year, year_over
from checks.draft.guesses import Guess
from checks.draft.progress_tables import progress_columns
from checks.draft.tables import YEAR_AMONG_WORDS, cells, column_of, raw_width
from checks.draft.text import is_blank

_YEAR_CELL = re.compile(r"(?:FY\s?)?((?:19|20)\d\d)(?:\s*[-/–]\s*(\d\d))?\s*(?:年度?|年末)?", re.IGNORECASE)


@dataclass(frozen=True)
class HeaderYear:
    """The year a table column's header prints, and whether the header names a target (`2030 target`)
    or is the base a target column beside it is set against (`2025年基期值` before `2030年目标值`)."""

    year: int
    target: bool = False
    base: bool = False
    fiscal: bool = False  # printed as a fiscal year across two (2025/26), recorded by the year it ends in
    funds: bool = False  # its table's caption names the money it divides (Winter funding by scheme (£m))
    # its header cell prints the year alone (FY2030), no word of what the column holds: how it is printed, not
    # what the column is (two HeaderYears of one year are equal)
    alone: bool = field(default=False, compare=False)


def _year_of(match: re.Match[str]) -> int | None:
    first = int(match.group(1))
    if match.group(2) is None:
        return first
    end = first // 100 * 100 + int(match.group(2))
    end += 100 if end < first else 0
    return end if end - first == 1 else None


def _cell_year(cell: str) -> int | None:
    match = _YEAR_CELL.fullmatch(cell.strip())
    return None if match is None else _year_of(match)


# A header naming its columns' years among words (Health target  2030 target  2025/26 interim target
# Q2 result (Oct–Dec 2025)): each column is its year's, a target's when its header says so.
# Threshold 2024/25 (the level an infection count is held to; round 58): a threshold's column is a target's too.
_TARGET_HEADER = re.compile(r"(?i:\btargets?\b|\bgoals?\b|\bplan(?:ned)?\b|\bthresholds?\b)|目标|目標|计划|計劃")


# 2026/27 estimate, 2027 forecast, Projected 2027, 2027年预计: a column of what a year not over is expected to bring.
# Not a budget (2026/27 budget, 2027年预算): the allocations a budget has made are achieved, of its year (README's
# budget story), and the forecast beside it is what is expected of them.
_FORECAST_HEADER = re.compile(
    r"(?i:\b(?:estimated?|estimates|forecasts?|projected|projections?|expected|outlook)\b)|预计|预测|估计|预期"
)


# (FY2027 adopted, FY2027 enacted: the budget adopted for a fiscal year begun, its allocations; round 54)
_BUDGET_HEADER = re.compile(r"(?i:\bbudget(?:ed)?\b|\badopted\b|\benacted\b)|预算")
_FY_BEFORE = re.compile(r"(?i:\bFY\s?|\bfiscal\s+year\s+)$")


def _budget_under_way(match: re.Match[str], cell: str, now: int) -> bool:
    """A budget's column for a fiscal year begun by now (2026/27 budget, FY2027 adopted budget in September
    2026): what the budget allocates, achieved (README's budget story); not a forecast beside it, nor a
    calendar year to come (2027 budget in 2026: a target)."""
    fiscal = _FY_BEFORE.search(cell, 0, match.start()) is not None
    begun = int(match.group(1)) - (1 if fiscal else 0) <= now
    return begun and bool(_BUDGET_HEADER.search(cell)) and not _FORECAST_HEADER.search(cell)


def _to_come(match: re.Match[str], cell: str, now: int | None) -> bool:
    """The header's year is to come when published: it begins after now, or it ends after now and the
    header names what is expected of it (2026/27 estimate, in a report of March 2026)."""
    end = _year_of(match)
    if now is None or end is None or end <= now or _budget_under_way(match, cell, now):
        return False
    return int(match.group(1)) > now or _FORECAST_HEADER.search(cell) is not None


# Estimates 2026/27 under a caption naming a budget: a budget's estimates, the allocations of a fiscal year begun
# (README's budget story), not a forecast (round 36).
_ESTIMATES = re.compile(r"(?i:\bestimates\b)")
# Minimum FTE through December 31, 2026, Required ratio from 2027: a column of the minima (maxima) a party
# must keep, in each year: a norm's levels, targets of its year, not what a later column starts from (round 42);
# not beside a median or a mean (Minimum 2025  Median 2025: the lowest of the values measured).
_NORM_HEADER = re.compile(r"(?i:\b(?:minimum|minima|maximum|maxima|required)\b)|最低|最高|不低于|不超过")
_STATISTIC_HEADER = re.compile(r"(?i:\b(?:median|mean|average|range)\b)|中位数|平均")
# Change (%), 增减: a column of the change into the latest year of the columns before it (round 36).
_CHANGE_HEADER = re.compile(r"(?i:^\s*(?:change|difference|variance)\b)|^\s*(?:增减|增长|变化|变动)")


def _labelled_years(row: list[str], now: int | None = None, funds: bool = False) -> list[HeaderYear | None] | None:
    """The years of a header whose cells are all words or years (no cell another bare figure), some naming
    a year. A column of a year to come (``_to_come``) holds targets of it, and so do the columns with no
    year between it and one of a year over or under way: the change from that year's values to the next
    (2025/26 spend, Uplift, 2026/27 estimate)."""
    # A header's cells are words, or years alone (Measure  2024  2025  2026  Change 2025 to 2026 (pp)): a
    # cell of another bare number makes the row a table's data.
    if any(not re.search(r"[^\W\d_]", cell) and _cell_year(cell) is None for cell in row):
        return None
    named: list[HeaderYear | None] = []
    norms = not any(_STATISTIC_HEADER.search(cell) for cell in row)
    for cell in row:
        matches = list(YEAR_AMONG_WORDS.finditer(cell))
        year = _year_of(matches[0]) if len(matches) == 1 else None
        begun = year is not None and now is not None and int(matches[0].group(1)) <= now
        if year is not None and funds and begun and _ESTIMATES.search(cell) and not _TARGET_HEADER.search(cell):
            named.append(HeaderYear(year, fiscal=matches[0].group(2) is not None, funds=True))
            continue
        before = [h for h in named if h is not None]
        if change_against_year(cell):  # 合格率比2020年变化（百分点）: the base compared with (round 59)
            named.append(max(before, key=lambda h: h.year) if before else None)
            continue
        if not matches and before and _CHANGE_HEADER.search(cell):  # one naming its years (Change 2024 to 2025) aside
            # Revised 2025/26, Estimates 2026/27, Change (%): the change into the latest year, 2026/27
            named.append(max(before, key=lambda h: h.year))
            continue
        if not matches and (whole := of_which(cell, named[-1] if named else None)) is not None:
            named.append(whole)  # 其中：急需紧缺专业 after 2026年计划招收: the part of it (round 48)
            continue
        target = bool(_TARGET_HEADER.search(cell) or (norms and _NORM_HEADER.search(cell)))
        target = target or (len(matches) == 1 and _to_come(matches[0], cell, now))
        named.append(HeaderYear(year, target) if year is not None else None)
    past = [i for i, h in enumerate(named) if h is not None and now is not None and h.year <= now]
    coming = [(i, h) for i, h in enumerate(named) if h is not None and h.target and now is not None and h.year > now]
    if past and coming and past[0] < coming[0][0]:
        change, last = HeaderYear(coming[0][1].year, target=True), coming[0][0]
        named = [change if past[-1] < i < last and h is None else h for i, h in enumerate(named)]
    # Beside a target column, a column of an earlier year holds what the targets start from: achieved.
    due = min((h.year for h in named if h is not None and h.target), default=None)
    if due is not None:
        named = [HeaderYear(h.year, base=True) if h and not h.target and h.year < due else h for h in named]
        # Unit  Staffed beds  Required ratio from 2027  Average, 2026: a column of no year before the target
        # column, beside a base column, holds how things stand too (round 39)
        bases = [h.year for h in named if h is not None and h.base]
        first = next(i for i, h in enumerate(named) if h is not None and h.target)
        if bases:
            named = [
                HeaderYear(standing_year(bases, now), base=True) if 0 < i < first and h is None else h
                for i, h in enumerate(named)
            ]
    return named if any(named) else None


def column_years(
    lines: Sequence[str], numbers: Sequence[int], now: int | None = None
) -> dict[int, list[HeaderYear | None]]:
    """For each table row under a header whose last cells are years (指标 单位 2020年 2024年 2025年;
    专科 2023-24年度 2024-25年度 2025-26年度): the year of each of its cells. A row with as many cells
    as the header takes its column's; a row with more takes them in equal groups (a median and a 90th
    percentile under each year), its label cells first. A header of words opening its table may name a
    column's year and target among them (`2030 target`, `Q3 result (Jan–Mar 2026)`): a row with as
    many cells takes them."""
    found: dict[int, list[HeaderYear | None]] = {}
    years: list[int] = []
    fiscal: set[int] = set()
    funds = False
    named: list[HeaderYear | None] = []
    labels = header = 0
    last_row = -1
    for number in numbers:
        line = lines[number - 1]
        row = cells(line) if "\t" in line or re.search(r"\S\s{2,}\S", line) else []
        if len(row) < 2:
            if header != number - 1 or is_blank(line):  # a header's second row (中位数 第90百分位数) keeps it
                years, labels, named = [], 0, []
            continue
        opens_table, last_row = last_row != number - 1, number
        row_years = [_cell_year(cell) for cell in row]
        tail = len(row) - next((i for i, y in enumerate(row_years) if y is not None), len(row))
        # 晋中市  10  2000: a row whose cells before its last are figures is a table's row, not a header of years
        if tail and all(y is not None for y in row_years[-tail:]) and not _figures_before(row, tail):
            years, labels, header = [y for y in row_years if y is not None], len(row) - tail, number
            fiscal = {y for y, cell in zip(row_years, row, strict=True) if y is not None and _split(cell)}
            funds = number > 1 and bool(_FUNDING_CAPTION.search(lines[number - 2]))
            continue
        if not years and not named and (labelled := _year_row(row)) is not None:
            # 2026年<TAB>200<TAB>180<TAB>4.86: a row its first cell labels with a year (分年度目标) is that year's,
            # every cell of it (round 45)
            found[number] = [None] + [HeaderYear(labelled, alone=True)] * (raw_width(line) - 1)
            continue
        caption = number > 1 and bool(_FUNDING_CAPTION.search(lines[number - 2]))
        if opens_table and not years and (words := _labelled_years(row, now, caption)) is not None:
            named, header = words, number
            continue
        # Table 1: Financial progress by pool, PIP 2026-27 over Approved  Expenditure (Apr-Sep): the caption's year
        if opens_table and not years and number > 1 and (allotted := progress_columns(lines[number - 2], row, now)):
            named = [HeaderYear(c[0], fiscal=c[1], funds=c[1]) if c else None for c in allotted]
            header = number
            continue
        # a total row that leaves cells empty (Total<TAB><TAB><TAB>25,350) keeps its header's named years (round 45)
        if named and (len(row) == len(named) or (raw_width(line) == len(named) and "\t\t" in line.strip())):
            found[number] = named
            continue
        group, extra = divmod(len(row) - labels, len(years)) if years else (0, 1)
        if group and not extra:
            cell_years = [years[(i - labels) // group] for i in range(labels, len(row))]
            found[number] = [None] * labels + [
                HeaderYear(y, fiscal=y in fiscal, funds=funds, alone=True) for y in cell_years
            ]
    return found


def _year_row(row: list[str]) -> int | None:
    """The year a row's first cell prints alone (2026年, 2027, FY2027-28), the other cells all figures."""
    first = _cell_year(row[0])
    others = row[1:]
    if first is None or not others or not all(re.fullmatch(r"[\d,.%]+|[—–-]", cell.strip()) for cell in others):
        return None
    return None if any(_cell_year(cell) is not None for cell in others) else first


def _figures_before(row: list[str], tail: int) -> bool:
    """A row with a bare figure among the cells before its trailing years (晋中市  10  2000): a count and an
    amount that reads as a year, a row of the table, not its header (指标  单位  2024年  2025年)."""
    return any(re.fullmatch(r"[\d,.%]+", cell.strip()) for cell in row[: len(row) - tail])


# Table 1: Winter funding by scheme (£m), 经费安排表: a caption naming money divided among schemes.
_FUNDING_CAPTION = re.compile(r"(?i:\b(?:funding|budget|allocations?|spending)\b)|资金|预算|经费")


def _split(cell: str) -> bool:
    match = _YEAR_CELL.fullmatch(cell.strip())
    return match is not None and match.group(2) is not None


def _over(year: HeaderYear, published: date | None) -> bool:
    """A column of a fiscal year across two years (2025/26) that is over when published: it ends in an
    earlier year, or in the year of publication and the text is of its second half (the fiscal years
    printed so end by June: in March in the UK and India, in June in Australia)."""
    if not year.fiscal or published is None:
        return False
    return year.year < published.year or (year.year == published.year and published.month > 6)


def cell_guess(
    cell_years: list[HeaderYear | None] | None, line: str, position: int, published: date | None = None
) -> tuple[Guess, Guess | None] | None:
    """A table cell's period and status from its column's header: its year, a target when the header
    names one, achieved when it is the base a target column beside it starts from, or a fiscal year over
    when published (a plan's table of last year's spending beside this year's; None: the status
    guessed from the words stands)."""
    year = cell_years[min(column_of(line, position), len(cell_years) - 1)] if cell_years else None
    if year is None:
        return None
    period = Guess(year.year, "the year its table column's header prints")
    if year.target:
        return period, Guess("target", "its table column's header names a target")
    if year.base:
        return period, Guess("achieved", "its table column is the base of the target column beside it")
    if _over(year, published):
        return period, Guess("achieved", "its table column's fiscal year is over")
    # 2025年底站点数 in a 2026 plan's table of targets (round 48)
    if year_over(year.year, year.fiscal, year.target, published):
        return period, Guess("achieved", "its table column's year is over when published")
    if year.fiscal and year.funds and published is not None and year.year - 1 <= published.year < year.year:
        # the money a fiscal year begun is given, as a budget's column holds it (README's budget story)
        return period, Guess("achieved", "its column is the fiscal year under way of a table of funding: allocations")
    if year.alone and not year.funds and published is not None and year.year - int(year.fiscal) > published.year:
        # FY2030 in a table of 2026 (Projected utilization): no year begun is reached yet (C122)
        return period, Guess("target", "its table column's year has not begun when published")
    return period, None
