"""Tables printed as text: rows of cells split by a tab or a run of spaces (a written answer's
`Financial year<TAB>FCEs<TAB>Rate per 100,000 population`). A column whose header names a rate's
base (per 100,000 population, 每10万人口) holds rates of that base: its bare numbers are drafted in
that rate (checks.draft.build), not as counts (C111: 254.7 is no count), and every column's header
says what its numbers count (FCEs), where the row's own words say nothing."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import NamedTuple

from checks.draft.captions import numbered_caption, scale_and_currency
from checks.draft.guesses import Guess
from checks.draft.text import is_blank
from checks.numbers import RATE_HEADER, HeadingUnit, Quantity, column_unit, row_label_unit, table_caption
from checks.numbers.headings import RATE_BASE_HEADER, SHORT_CAPTION, caption_reaches
from checks.numbers.rate_bases import rate_base

_SPLIT = re.compile(r"\t|\s{2,}")


def cells(line: str) -> list[str]:
    """A row's cells; a row opening with a tab has an empty first cell (a field that spans the rows
    below the one that names it: 健康水平 on its first row, nothing on the next)."""
    row = [cell for cell in _SPLIT.split(line.strip()) if cell]
    return ["", *row] if row and line.startswith("\t") else row


class UnitFrom(NamedTuple):
    """The heading a column's bare cells take their unit and scale from (a fact's ``unit_from``)."""

    line: int  # the heading's line
    text: str  # its words, verbatim on that line
    unit: HeadingUnit  # what heading_unit reads in them


@dataclass(frozen=True)
class Column:
    header: str  # what the column's numbers count (FCEs, Rate per 100,000 population)
    base: int | None  # the rate base its header names, if any
    ordinal: bool = False  # its cells number the rows in order (1, 2, 3 …): ranks or row numbers, no claims
    labels: bool = False  # its cells are words that name the rows' items (项目名称): a number in one names it
    unit_from: UnitFrom | None = None  # the heading or caption that names its bare cells' unit and scale


def _own_unit(number: int, cell: str) -> UnitFrom | None:
    """A header cell that names its column's unit and scale (计划投资（万元）, Spending (£m))."""
    named = column_unit(cell)
    return UnitFrom(number, *scale_and_currency(cell.strip(), named)) if named is not None else None


def _caption_unit(lines: Sequence[str], header: int) -> UnitFrom | None:
    """What names a whole table's unit (checks.numbers.table_caption): a caption's unit label
    (表1 收入支出决算总体情况  单位：万元), the header row's first cell (Spending (£m)), a short caption ((£m));
    else a numbered caption's last brackets, however long the caption (checks.draft.captions)."""
    found = table_caption(lines, header)
    numbered = numbered_caption(lines, header)
    # A long numbered caption, which the reader now takes whole, is quoted by its last brackets as before.
    whole = found is not None and numbered is not None and len(found.text) > SHORT_CAPTION
    if found is not None and not whole:
        return UnitFrom(found.line, *scale_and_currency(found.text, found.unit))
    return UnitFrom(numbered[0], *scale_and_currency(*numbered[1:])) if numbered is not None else None


def _header(lines: Sequence[str], number: int, row: list[str]) -> list[Column]:
    """A table's columns from its header row: each cell's rate base, and the unit its bare cells take
    from it (or from the table's caption, for every column but the first, which names the rows, a
    column of rates or of a rate's base, and one counting in another unit than the caption scales)."""
    bases = [RATE_BASE_HEADER.search(cell) for cell in row]  # columns of rates, their bases sized by rate_base
    caption = _caption_unit(lines, number)
    columns = []
    for index, (cell, base) in enumerate(zip(row, bases, strict=True)):
        unit_from = _own_unit(number, cell)
        if (
            unit_from is None
            and caption is not None
            and index > 0
            and not RATE_HEADER.search(cell)
            and base is None
            and caption_reaches(caption.unit, cell)
        ):
            unit_from = caption
        columns.append(Column(cell, rate_base(base), unit_from=unit_from))
    return columns


def raw_width(line: str) -> int:
    """A row's cells counted by its separators, empty ones too (合计<TAB><TAB>38600: three)."""
    return len(_SPLIT.split(line.strip())) + (1 if line.startswith("\t") else 0)


# A table printed as a list: a header naming its columns in brackets, split by slashes (Key wait times
# (median / 90th percentile / % within benchmark / benchmark):), then one item a row (- Hip replacement:
# 118 days / 301 days / 64% / 182 days).
_SLASH = re.compile(r"\s+/\s+")
_SLASH_HEADER = re.compile(r"[(（]([^()（）]+/[^()（）]+)[)）]\s*[:：]?\s*$")
_LIST_ROW = re.compile(r"^\s*[-–•·*]\s*")


def _slash_rows(lines: Sequence[str], numbers: Sequence[int]) -> dict[int, list[Column]]:
    found: dict[int, list[Column]] = {}
    header: list[Column] | None = None
    for number in numbers:
        line = lines[number - 1]
        named = _SLASH_HEADER.search(line)
        if named is not None:
            header = [Column(cell.strip(), None) for cell in _SLASH.split(named.group(1))]
        elif header is not None and _LIST_ROW.match(line) and len(_SLASH.split(line.strip())) == len(header):
            found[number] = header
        elif not is_blank(line):
            header = None
    return found


def table_columns(lines: Sequence[str], numbers: Sequence[int]) -> dict[int, list[Column]]:
    """For each table row among ``numbers``: its columns, from the header (the first row of its block
    of rows with as many cells) when the header names something; a table printed as a list, its
    columns named in brackets and split by slashes, too."""
    found: dict[int, list[Column]] = _slash_rows(lines, numbers)
    header: list[Column] | None = None
    width = 0
    for number in numbers:
        line = lines[number - 1]
        row = cells(line) if number not in found and ("\t" in line or re.search(r"\S\s{2,}\S", line)) else []
        if len(row) < 2 or is_blank(line):
            header, width = None, 0
            continue
        # A row that leaves a cell empty (合计<TAB><TAB>38600<TAB>31200) keeps its table's header.
        aligned = width in (len(row), raw_width(line)) or (raw_width(line) < width and "\t\t" in line.strip())
        if header is None or not aligned:
            header = _header(lines, number, row)
            width = len(row)
            continue
        found[number] = header
    return _mark_ordinals(lines, found)


_GAP = re.compile(r"[…．.·]{2,}|…")  # a row of ……: rows left out


def _numbers_rows(firsts: list[str]) -> bool:
    """1, 2, 3 …: each cell one more than the one before, across a row of …… (rows left out) any more."""
    numbered: list[tuple[int, bool]] = []  # (the cell's number, whether rows were left out before it)
    left_out = False
    if len(firsts) > 3 and re.fullmatch(r"(?i:total|all)|合计|总计|小计", firsts[-1].strip()):
        firsts = firsts[:-1]  # the table's total row after them (1, 2, 3, 4, 合计: 包号 numbering a tender's lots)
    for cell in firsts:
        if _GAP.fullmatch(cell):
            left_out = True
        elif re.fullmatch(r"\d{1,3}", cell):
            numbered.append((int(cell), left_out))
            left_out = False
        else:
            return False
    return len(numbered) >= 3 and all(b - a == 1 or (gap and b > a) for (a, _), (b, gap) in pairwise(numbered))


def _mark_ordinals(lines: Sequence[str], found: dict[int, list[Column]]) -> dict[int, list[Column]]:
    """A table's first column whose cells go 1, 2, 3 … (each one more than the row's before) down three
    or more rows numbers the rows, whatever its header says (排名, 順位, No., or nothing): its cells are
    ordinals. Judged by the structure, not by the header's word; a count column further right that
    happens to go up by one (30, 31, 32 doctors) keeps its figures."""
    blocks: list[list[int]] = []
    for number in sorted(found):
        if blocks and blocks[-1][-1] == number - 1 and found[blocks[-1][-1]] is found[number]:
            blocks[-1].append(number)
        else:
            blocks.append([number])
    for block in (b for b in blocks if len(b) >= 3):
        header = found[block[0]]
        firsts = [cells(lines[number - 1])[0] for number in block]
        marked = header
        if _numbers_rows(firsts):
            marked = [replace(c, ordinal=c.ordinal or i == 0) for i, c in enumerate(marked)]
        rows = [cells(lines[number - 1]) for number in block]
        worded = [i for i in range(len(marked)) if _worded(row[i] if i < len(row) else "" for row in rows)]
        if worded:
            marked = [replace(c, labels=c.labels or i in worded) for i, c in enumerate(marked)]
        if marked is not header:
            found.update(dict.fromkeys(block, marked))
    return found


def _worded(column: Iterable[str]) -> bool:
    """A column of words (Ⅰ级护理, 磁共振扫描（1.5T）, Hip replacement): at most one cell in three prints a
    digit, so a number inside one names the row's item."""
    texts = [text for text in column if re.search(r"[^\W_]", text)]  # not a total row's — or an empty cell
    digits = sum(1 for text in texts if re.search(r"\d", text))
    return len(texts) >= 3 and all(re.search(r"[^\W\d_]", text) for text in texts) and digits * 3 <= len(texts)


def column_of(line: str, position: int) -> int:
    """The index of the cell that holds ``position`` in a row of ``line`` (split by slashes when it has
    no tab or run of spaces)."""
    split = _SPLIT if "\t" in line.strip() or re.search(r"\S\s{2,}\S", line) else _SLASH
    index = len(split.findall(line.strip(), 0, max(0, position - (len(line) - len(line.lstrip())))))
    return index + 1 if split is _SPLIT and line.startswith("\t") else index  # its empty first cell


# % within benchmark / benchmark: the column the share is counted within defines it.
_DEFINING_HEADER = re.compile(r"(?i:benchmarks?|standards?|target\s+times?|thresholds?)")


# 排名, 順位, 名次, Rank: the column numbers the rows in order; its numbers are ordinals, no claims.
_RANK_HEADER = re.compile(r"(?i:rank(?:ing)?|no\.?|#)|排名|排序|名次|[顺順]位|位次|序号")
# Portugal's position (of 38), Rank among regions, 全省排名（共21个）: a header ending on a rank's word, with
# the number ranked among in brackets after it.
_RANK_LAST = re.compile(
    r"(?:(?i:\b(?:rank(?:ing)?|position|place))|排名|名次|位次)\s*(?:[(（][^()（）]{0,24}[)）])?\s*$"
)


# 项目编码, 代码, Item code, ICD-10 code, ID: the column's cells are codes that name the rows' items.
_CODE_HEADER = re.compile(r"编码|代码|代碼|编号|編號|(?i:\bcodes?\b|\bIDs?\b|\bidentifiers?\b)")


# 标准分值（分）, 满分, Maximum score beside 自评得分（分）, Score: the scale's most, what a score is out of.
_MAX_SCORE_HEADER = re.compile(
    r"标准分|满分|分值|(?i:\b(?:max(?:imum)?|possible|available|full)\.?\s+(?:score|points|marks)\b|\bout\s+of\b)"
)
_SCORE_HEADER = re.compile(r"得分|(?i:\bscored?\b|\bpoints\s+(?:scored|awarded|achieved)\b)")


# 规格, 规格型号, Strength, Pack size: the column says what each row's product is (20mg×7片, 0.5g×30片), its
# numbers a name's part, not figures (the prices beside are).
_SPEC_HEADER = re.compile(r"规格(?:型号)?|型号|包装规格|(?i:\b(?:strength|pack\s+size|specification|formulation)s?\b)")


# 2026 cumulative (weeks 1-15)<TAB>6,874: a year opening a row's first cell labels the row.
_ROW_YEAR = re.compile(r"(?:19|20)\d\d(?![\d.,])")


def defining_column(row: list[Column] | None, line: str, position: int, counted: bool = False) -> str | None:
    """Why a cell is no claim: its column holds the benchmark another column's share is counted
    within (% within benchmark), or the rows' ranks (排名, Rank), or codes (项目编码), or a number with no
    unit (``counted``: the reader reads one) inside the words that name a row's item; None otherwise."""
    index = column_of(line, position) if row else 0
    if not row or index >= len(row):
        return None
    if index == 0 and _ROW_YEAR.match(line, position):
        return "the year that labels a table's row (2026 cumulative), not a figure"
    if row[index].ordinal:
        return "a row's number in order (1, 2, 3 … down its column), an ordinal, not a figure"
    if index > 0 and row[index].labels and not counted:  # 其他11类食品 counts kinds; 64排 names a scanner
        return f"a number inside the words that name a row's item ({row[index].header.strip()} column), not a figure"
    if _CODE_HEADER.search(row[index].header) and len(row[index].header.strip()) <= 20:
        return f"a code ({row[index].header.strip()} column), not a figure"
    if index > 0 and _SPEC_HEADER.fullmatch(row[index].header.strip()):
        return f"a product's specification ({row[index].header.strip()} column), not a figure"
    if _RANK_HEADER.fullmatch(row[index].header.strip()) or _RANK_LAST.search(row[index].header):
        return f"a row's rank ({row[index].header.strip()} column), an ordinal, not a figure"
    header = row[index].header
    if _MAX_SCORE_HEADER.search(header) and any(
        _SCORE_HEADER.search(c.header) and not _MAX_SCORE_HEADER.search(c.header) for c in row
    ):
        return f"the most a score can be ({header.strip()} column), what the score is out of, not a figure"
    if not _DEFINING_HEADER.fullmatch(row[index].header):
        return None
    within = re.compile(rf"\bwithin\s+(?:the\s+)?{re.escape(row[index].header)}\b", re.IGNORECASE)
    if any(within.search(column.header) for column in row):
        return f"the {row[index].header} that defines the share counted ({row[index].header} column), not a figure"
    return None


# A header cell that is a year (2024年, 2023-24年度, 2023/24, FY2024): its column's figures are that
# year's; a fiscal year is the year it ends in.
# A header naming its columns' years among words (checks.draft.header_years reads them too).
YEAR_AMONG_WORDS = re.compile(r"(?<![\d.])((?:19|20)\d\d)(?:\s*[-/–]\s*(\d\d))?(?![\d.%])")


# A cell's edge: a tab, a full-width space, or two spaces of any width (合\u3000计\u3000\u3000 255.5).
_EDGE_BEFORE = re.compile(r"(?:\t|\u3000|\s\s)\Z")
_EDGE_AFTER = re.compile(r"\A(?:\t|\u3000|\s\s)")


# An amount's own notation around a bare cell: a sign (-3.50) or the brackets of an adverse figure
# ((730) under "favourable / (adverse)"): the cell is still the number, read in its heading's unit.
_SIGN_BEFORE = re.compile(r"(?:[-−–+＋±]|[(（])\Z")
_BRACKET_AFTER = re.compile(r"\A[)）]")


def _fills_cell(line: str, start: int, end: int) -> bool:
    """The reading is its cell's whole text (a tab or a run of spaces, or the line's edge, either side),
    its sign or its brackets aside."""
    before, after = line[:start], line[end:]
    if _SIGN_BEFORE.search(before):
        bracketed = before[-1] in "(（"
        before = before[:-1]
        if bracketed:
            if not _BRACKET_AFTER.match(after):
                return False
            after = after[1:]
    return (not before.strip() or _EDGE_BEFORE.search(before) is not None) and (
        not after.strip() or _EDGE_AFTER.match(after) is not None
    )


def cell_unit(row: list[Column] | None, line: str, q: Quantity, number: int) -> UnitFrom | None:
    """The heading a bare table cell (960, no unit word of its own, the whole of its cell) takes its
    unit and scale from: its column's header (计划投资（万元）), its row's first cell naming a unit in
    brackets (Treatments (lakh)), or the table's caption (单位：万元), as checks.numbers.cell_heading."""
    if not row or q.unit_text is not None or q.ends is not None or not _fills_cell(line, q.start, q.end):
        return None
    index = column_of(line, q.start)
    if index >= len(row):
        return None
    column = row[index]
    labelled = row_label_unit(line) if index > 0 and column.base is None else None
    if labelled is None or column_unit(column.header) is not None or RATE_HEADER.search(column.header):
        return column.unit_from
    return UnitFrom(number, *scale_and_currency(*labelled))


# A column of what was planned or set as a target (计划投资, 目标值, Target, Planned) with no year.
# Not a health plan's name (Gateway Health Plan, a dental plan): an insurer a column reports on.
_PLAN_HEADER = re.compile(
    r"(?i:\btargets?\b|\bgoals?\b|(?<!health\s)(?<!care\s)(?<!dental\s)(?<!insurance\s)\bplan(?:ned)?\b)"
    r"|目标|目標|计划|計劃|(?:年度|全年)任务"  # 年度任务（人）: the task set for the year (round 46)
    r"|^\s*(?i:(?:[a-z]+\s+)?(?:standard|trajectory))\s*$"  # Standard, National standard: the level to reach (round 36)
)
# A column of the year before the table's (上年决算数, 去年同期, Previous year, Last year).
_PRIOR_HEADER = re.compile(r"(?i:\b(?:previous|prior|last)\s+year\b)|上年|上一年|去年")
# 较上年变化（百分点）, 比上年增减, Change on previous year: a column of changes against the year before is
# the year's own (the change happened in it), not the year before's.
_ON_PRIOR_HEADER = re.compile(
    r"(?:较|比|与|同)\s*(?:上年|上一年|去年)"
    r"|(?i:\b(?:on|from|over|vs\.?|versus|than|compared\s+(?:with|to))\s+(?:the\s+)?(?:previous|prior|last)\s+year\b)"
)


# 现行价格, 原标准, 调整前, Current fee: the column of the values in force, in a table of changes to them.
_CURRENT_HEADER = re.compile(
    r"现行|原(?:价格|标准|收费)|调整前|(?i:\b(?:current|existing)\s+(?:price|fee|rate|charge|tariff)s?\b)"
)


# Requested average, Amount applied for, 申报金额: what was asked for, an act done by publication (the decision
# on it, in the columns beside, may set what is to come).
_ASKED_HEADER = re.compile(r"(?i:\b(?:requested|applied\s+for|filed|submitted|asked\s+for)\b)|申报|申请")


def column_guess(
    row: list[Column] | None, line: str, position: int, period: Guess
) -> tuple[Guess, Guess | None] | None:
    """A cell's period and status from its column's header words when they name no year: a target
    when the header names a plan or target (计划投资), the year before the one guessed when it names
    the previous year (上年决算数; not a change on it, 较上年变化). None when the header says neither."""
    index = column_of(line, position) if row else 0
    if not row or index == 0 or index >= len(row):
        return None
    header = row[index].header
    if YEAR_AMONG_WORDS.search(header):
        return None
    if _PRIOR_HEADER.search(header) and not _ON_PRIOR_HEADER.search(header):
        # 上年合格率（%）, Last year's rate: a rate of the year before is that year's too
        return Guess(int(period.value) - 1, f"its table column is the year before ({header})"), None
    if RATE_HEADER.search(header):
        return None
    if _ASKED_HEADER.search(header):
        return period, Guess("achieved", f"its table column holds what was asked for ({header})")
    if _PLAN_HEADER.search(header) and not re.search(r"完成|执行|实际|(?i:actual|outturn|achieved)", header):
        return period, Guess("target", f"its table column's header names a plan or target ({header})")
    current = next((i for i, column in enumerate(row) if _CURRENT_HEADER.search(column.header)), None)
    if current is not None and index > current:
        # 现行价格（元）<TAB>拟调整价格（元）<TAB>调整幅度: a table of changes to come, the current values first
        return period, Guess("target", f"its column follows the current values' ({row[current].header})")
    return None


def cell_column(columns: dict[int, list[Column]], number: int, line: str, q: Quantity) -> Column | None:
    """The column a table cell stands in, if its line is a table's row."""
    row = columns.get(number)
    index = column_of(line, q.start) if row else 0
    return row[index] if row and index < len(row) else None


def cell_header(columns: dict[int, list[Column]], number: int, line: str, q: Quantity) -> str:
    """What a table cell counts: its column's header (a row's first cell names the row, not the figure)."""
    column = cell_column(columns, number, line, q)
    return column.header if column is not None and column_of(line, q.start) > 0 else ""


# A year-like cell (2059) under a header that counts something (活产数, 筛查人数, Clients): a count, no year.
_YEAR_CELL = re.compile(r"(?:(?<=\t)|(?<=\s\s))(?:19|20)\d\d(?=\t|\s{2,}|\s*$)")
_TIME_HEADER = re.compile(r"(?i:year|period|date|month|FY|since|from)|年|时间|日期|期间")


def yearless_row(text: str, row: list[Column] | None) -> str:
    """A table row's ``text`` (as the guesses read it) with each bare four-digit cell of a column that counts,
    not one of years or dates, written 0000: 泾县<TAB>2087<TAB>2059 names no year 2059 for the row's figures."""
    if not row:
        return text
    for cell in _YEAR_CELL.finditer(text):
        index = column_of(text, cell.start())
        if 0 < index < len(row) and not _TIME_HEADER.search(row[index].header):
            text = f"{text[: cell.start()]}0000{text[cell.end() :]}"
    return text
