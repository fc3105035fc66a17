"""The unit and scale a table's heading gives the bare numbers under it.

A table of amounts often prints its unit once, in a column's heading or a caption line
(``计划投资（万元）``, ``单位：万元``, ``Spending (£m)``, ``Patients ('000)``), and bare numbers in its
cells (``960``): the cell stands for 960 万元, 9,600,000 yuan. ``heading_unit`` reads such a
heading: the words in its last brackets (or after ``单位：``, ``Unit:``, ``in``), else all of it, are
read as if printed after the number one (``1万元``; a currency sign or code before it, ``£1m``).
What that reading says is what each bare number under the heading is multiplied by, and its
unit word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from checks.numbers.column_units import header_units
from checks.numbers.currencies import CURRENCY_CODES, CURRENCY_SIGNS
from checks.numbers.english import WORDS
from checks.numbers.quantity import Quantity
from checks.numbers.rate_bases import EN_BASE, ZH_BASE, base_thing, printed_base, rate_base
from checks.numbers.scanner import read_quantities
from checks.numbers.tables import units
from checks.numbers.units import rate_of_base

# The unit part of a heading: what its last brackets hold, or what follows a "unit" label.
_BRACKETED = re.compile(r"[(（\[【]([^()（）\[\]【】]+)[)）\]】][^(（\[【]*\Z")
_LABELLED = re.compile(r"(?:单位|單位|计量单位|計量單位|(?<![A-Za-z])(?i:units?|in)(?![A-Za-z]))\s*[:：]?\s*(.+)\Z")
_CURRENCY_FIRST = re.compile(rf"(?:(?:US|HK|A|C|S|NZ)?[{CURRENCY_SIGNS}]|(?:{CURRENCY_CODES})\.?)\s?")
# A unit said to hold where no other is named: (£m, unless stated), (单位：万元，另有说明的除外).
_UNLESS_STATED = re.compile(
    r"\s*[,，;；]\s*(?:(?i:(?:unless|except\s+(?:where|as|if))\s+(?:otherwise\s+)?(?:stated|indicated|noted|specified|shown))"
    r"|(?:除)?(?:另有|特别|特殊)?(?:说明|注明|标明)(?:的|者)?(?:除外|外))\Z"
)
# Thousands written as a heading writes them: ('000), (000s), in thousands.
_THOUSANDS = re.compile(r"(?i:'?000'?s?|thousands?)\Z")
# A heading that names a rate's base: (1/10万), (/10万), (per 100,000 population).
_RATE_HEADING = re.compile(r"1?\s*(/\s*\S.*|(?i:per\s+\S.*))")
# The scale after the unit, or before it with "of": (dollars in thousands), (£ in thousands), (in millions),
# (thousands of dollars): read as the scale, then the unit (or the currency sign, then the scale).
# (Rs in crore) and (₹ in lakh), as Indian tables print theirs, too.
_IN_SCALE = re.compile(
    r"(?i:(?P<unit>[^()]*?)\s*\bin\s+(?P<scale>(?:thousand|million|billion|lakh|crore)s?)(?:\s+of\s+(?P<of>[^()]+))?"
    r"|(?P<scale_first>(?:thousand|million|billion|lakh|crore)s?)\s+of\s+(?P<unit_after>[^()]+))"
)
# (in Rs crore), (in £m): "in" before the unit in brackets, as after a comma (Spending, in £m).
_IN_FIRST = re.compile(r"(?i:in)\s+(?=\S)")
# A heading names its scale in the plural ((millions), £ billions) where a figure takes the singular.
_SCALE_WORDS = "thousand|million|billion|trillion|lakh|crore"
_PLURAL_SCALE = re.compile(rf"(?i:\b({_SCALE_WORDS})s\b)")


# A heading is a few words on one line; anything longer, or spanning lines, names no unit (and a
# text of thousands of words is not searched for a label many times over).
MAX_HEADING = 200


class HeadingUnit(NamedTuple):
    scale: float  # what each bare number under the heading is multiplied by
    unit: str | None  # the unit the heading's words name (schemas/units.yaml), if any
    unit_text: str | None  # those words as printed


def too_long(heading: str) -> bool:
    """Whether ``heading`` is longer than a heading is, or spans lines: it names no unit then."""
    part = heading.strip()
    return len(part) > MAX_HEADING or "\n" in part or "\r" in part


def heading_unit(heading: str) -> HeadingUnit | None:
    """The scale and unit ``heading`` gives the bare numbers under it; None when it names neither."""
    if too_long(heading):
        return None
    part = heading.strip()
    for pattern in (_BRACKETED, _LABELLED):
        found = pattern.search(part)
        if found is not None:
            part = found.group(1).strip()
            break
    part = _UNLESS_STATED.sub("", part)
    if _THOUSANDS.fullmatch(part):
        return HeadingUnit(1000.0, None, None)
    if (first := _IN_FIRST.match(part)) is not None and _IN_SCALE.fullmatch(part) is None:
        part = part[first.end() :]
    rate = _RATE_HEADING.fullmatch(part)
    base = printed_base(rate.group(1), whole=True) if rate is not None else None
    size = rate_base(base)
    if rate is not None and size is not None:
        # 死亡率（1/10万）, Rate (per 1,000 bed days): rates as printed
        return HeadingUnit(1.0, rate_of_base(units(), size, base_thing(base)), rate.group(1))
    part = _scale_first(part)
    currency = _CURRENCY_FIRST.match(part)
    sign, words = (part[: currency.end()].rstrip(), part[currency.end() :].lstrip()) if currency else ("", part)
    if sign and _THOUSANDS.fullmatch(words):
        named = read_quantities(f"{sign}1")  # ($000), (£000s), ($'000): thousands of that currency
        return HeadingUnit(1000.0, named[0].unit if len(named) == 1 else None, None)
    if not part or any(char.isdigit() for char in part):
        return None  # a year, a base of something else (per 1,000 beds): no unit of the cells' own
    words = _PLURAL_SCALE.sub(r"\1", words)
    # Glued first (£1m, 1万元), then with a space (1 million beds): the first reading of the whole probe.
    for probe in (f"{sign}1{words}", f"{sign}1 {words}"):
        readings = read_quantities(probe)
        # One reading, of that one and every word after it, nothing left unread.
        if len(readings) == 1 and readings[0].end == len(probe) and readings[0].start in (0, len(sign)):
            reading = readings[0]
            break
    else:
        return _scale_of_unknown_unit(readings, probe, len(sign))  # the spaced probe's readings
    if reading.bound != "eq":
        return None
    if reading.value == 1 and reading.unit is None and reading.unit_text is None:
        return None  # the words name no unit and no scale
    return HeadingUnit(reading.value, reading.unit, reading.unit_text)


# One word of a unit the reader does not know (gc/L, IU/mL), after a scale word; not a number word (hundred
# thousand is a scale).
_UNKNOWN_UNIT = re.compile(rf" (?!(?i:{WORDS}|{_SCALE_WORDS})s?\b)[A-Za-z][A-Za-z/.·-]{{0,15}}")


def _scale_of_unknown_unit(readings: list[Quantity], probe: str, start: int) -> HeadingUnit | None:
    """The scale of a heading that names it before a unit the reader does not know ((thousand gc/L): the
    cells are thousands), or None. The unit is left to the curator: one the drafter proposed for the
    heading's word would not reach the prose's figures printed with it (343,000 gc/L)."""
    if len(readings) != 1 or readings[0].start != start or readings[0].value == 1 or readings[0].unit is not None:
        return None
    reading = readings[0]
    if reading.bound != "eq" or reading.unit_text is not None or not _UNKNOWN_UNIT.fullmatch(probe, reading.end):
        return None
    return HeadingUnit(reading.value, None, None)


def _scale_first(part: str) -> str:
    """A heading's words with the scale before the unit, as a figure prints them (dollars in thousands:
    thousands dollars; a currency sign stays first: £ in thousands, £ thousands)."""
    found = _IN_SCALE.fullmatch(part)
    if found is None:
        return part
    scale = found.group("scale") or found.group("scale_first")
    unit = (found.group("unit") or found.group("of") or found.group("unit_after") or "").strip()
    if not unit:
        return scale
    return f"{unit} {scale}" if _CURRENCY_FIRST.fullmatch(unit) else f"{scale} {unit}"


def under_heading(q: Quantity, heading: HeadingUnit) -> Quantity:
    """A bare number read as if its heading's words were printed after it (960 under 万元: 9,600,000
    yuan): the validator's reading of a fact's cell and the drafter's alike."""
    scale, unit, unit_text = heading
    return replace(
        q,
        value=q.value * scale,
        low=q.low * scale,
        high=q.high * scale,
        round_low=q.round_low * scale,
        round_high=q.round_high * scale,
        half_unit=q.half_unit * scale,
        unit=unit if unit is not None else q.unit,
        unit_text=unit_text if unit_text is not None else q.unit_text,
    )


# A header cell names its column's unit only in brackets or after a unit label (计划投资（万元）,
# Spending (£m), 单位：万元, in thousands): a bare word (Beds) says what the column counts, no scale.
_NAMES_UNIT = re.compile(r"[(（\[【]|单位|單位|(?i:\bunits?\b|\bin\b)")
# A caption naming a whole table's unit: 单位：万元, Unit: £ million (on the header's line or above it).
CAPTION_UNIT = re.compile(r"(?:单位|單位|(?<![A-Za-z])(?i:units?))\s*[:：]\s*[^\s:：()（）]+(?:[ ][^\s:：()（）]+)*")
# A column of rates or shares keeps its numbers as printed, whatever unit its table's caption names.
RATE_HEADER = re.compile(r"(?i:rate|ratio|share|per\s*cent|percent)|率|比|%|％")
# A header naming a rate's base (Clients per 1,000 seniors, 每千人口床位数): a column of rates too.
RATE_BASE_HEADER = re.compile(rf"(?i:per\s+{EN_BASE})|每\s*{ZH_BASE}")


class CellHeading(NamedTuple):
    line: int  # the heading's line (1-based)
    text: str  # its words, verbatim on that line
    unit: HeadingUnit


def column_unit(cell: str) -> HeadingUnit | None:
    """What a table's header cell gives the bare cells of its column (计划投资（万元）), if it names it."""
    return heading_unit(cell) if _NAMES_UNIT.search(cell) else None


def caption_unit(line: str) -> tuple[str, HeadingUnit] | None:
    """The unit label a table's caption line holds (表1 收入支出决算  单位：万元) and what it gives."""
    found = CAPTION_UNIT.search(line)
    named = heading_unit(found.group(0)) if found is not None else None
    return (found.group(0), named) if found is not None and named is not None else None


# Cells are split by a tab or a run of two spaces or more (a space-aligned table, full-width spaces too).
_SEPARATOR = re.compile(r"\t|[^\S\t\n]{2,}")
_INDENT = " \u3000"  # a paragraph's indent, not an empty cell (a leading tab is one)


# The ASCII characters _SEPARATOR may start with besides a space: \s takes what str.isspace() does.
_RARE_SPACES = ("\t", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f")


def surely_no_separator(text: str) -> bool:
    """Whether an ASCII ``text`` holds no separator for certain: no two spaces and none of the rarer
    whitespace (most prose lines; substring searches, far cheaper than the pattern's search)."""
    return text.isascii() and "  " not in text and not any(mark in text for mark in _RARE_SPACES)


def cells_of(line: str) -> list[str]:
    """A row's cells, split by tabs or runs of spaces (a paragraph's indent is no empty cell)."""
    return _SEPARATOR.split(line.lstrip(_INDENT).rstrip())


def is_row(line: str) -> bool:
    """Whether ``line`` is a row of two cells or more (split by a tab or a run of spaces), not a table's
    caption set apart from its unit label (表1　收入支出决算总体情况　　　　单位：万元)."""
    text = line.lstrip(_INDENT).rstrip()
    if surely_no_separator(text) or _SEPARATOR.search(text) is None:
        return False
    label = CAPTION_UNIT.search(text)
    return label is None or label.end() != len(text) or len(cells_of(text)) > 2


def column_at(line: str, position: int) -> int:
    """Which cell of a row ``position`` (a cell's start, or inside its words) stands in (0 for the first)."""
    return columns_at(line, [position])[0]


def columns_at(line: str, positions: Sequence[int]) -> list[int]:
    """``column_at`` of each of ``positions`` (each a cell's start), in one pass over the row: a row of
    thousands of cells costs its length once, not once per cell."""
    offset = len(line) - len(line.lstrip(_INDENT))
    ends = [found.end() for found in _SEPARATOR.finditer(line, offset)]
    return [bisect_right(ends, position) if position >= offset else 0 for position in positions]


def table_header(lines: Sequence[str], number: int, known: dict[int, int | None] | None = None) -> int | None:
    """The first row (its line) of the block of rows line ``number`` stands in; None for no row.
    ``known``: the headers found so far in these lines, by line, filled in as the search goes up, so
    that every row of a long table is looked at once, not once per cell below it."""
    known = {} if known is None else known
    visited: list[int] = []
    header: int | None = None
    at = number
    while True:
        if at in known:  # a row whose header is found, or a line that is no row (None)
            above = known[at]
            header = above if above is not None else (visited[-1] if visited else None)
            break
        if not is_row(lines[at - 1]):
            header = visited[-1] if visited else None
            known[at] = None
            break
        visited.append(at)
        if at == 1:
            header = 1
            break
        at -= 1
    for line in visited:
        known[line] = header
    return header


def cell_heading(
    lines: Sequence[str], number: int, position: int, known: dict[int, int | None] | None = None
) -> CellHeading | None:
    """The heading that gives a bare number its unit and scale: the number stands at ``position`` of line
    ``number`` (1-based), a row of cells (split by tabs or runs of spaces), under the first row of its
    block of such rows (the header: ``table_header``, with the ``known`` headers of these lines). The
    header cell of its column, when it names a unit; else the table's caption (单位：万元 on the header's
    line or the line above it), for a column that is not the first (the rows' names) nor one of rates,
    and that counts in the caption's unit or names none (``caption_reaches``).
    None for a line that is no table row, or is its header."""
    header = table_header(lines, number, known)
    if header is None or header == number:
        return None
    column = column_at(lines[number - 1], position)
    cells = cells_of(lines[header - 1])
    cell = cells[column] if column < len(cells) else ""
    own = column_unit(cell)
    if own is not None:
        return CellHeading(header, cell.strip(), own)
    if column == 0 or RATE_HEADER.search(cell) or RATE_BASE_HEADER.search(cell):
        return None
    label = row_label_unit(lines[number - 1])
    if label is not None:
        return CellHeading(number, *label)
    caption = table_caption(lines, header)
    return caption if caption is not None and caption_reaches(caption.unit, cell) else None


def caption_reaches(caption: HeadingUnit, header: str) -> bool:
    """Whether a caption's unit and scale reach a column headed ``header``: always for a caption naming
    no unit ((in thousands), ('000)) or no scale (单位：人: no value changes, 确诊病例 counts persons too);
    else when the header names no unit, or the caption's ((hours in thousands) scales Hours and 2025, not
    Clients: ``checks.numbers.column_units``)."""
    if caption.unit is None or caption.scale == 1:
        return True
    named = header_units(header)
    return not named or caption.unit in named


def row_label_unit(line: str) -> tuple[str, HeadingUnit] | None:
    """The unit a row's first cell names in brackets for the cells after it, in a table whose columns
    are years or places (Treatments (lakh)<TAB>16.8<TAB>18.7; 门诊人次（万）<TAB>120.5): its words and what
    they give. A row that names its own unit names it for its cells rather than the table's caption."""
    label = cells_of(line)[0].strip()
    named = column_unit(label) if _BRACKETED.search(label) else None
    return (label, named) if named is not None else None


# A caption that is a unit and little else: (£m), £m, Figures in £m, 单位:万元 (a title's words aside).
SHORT_CAPTION = 60
# A longer line is a caption when its last brackets close it (Spending by category, 1 July 2023 to 31 December
# 2025 ($'000)) and it is no longer than a title: a sentence that ends in brackets ends with its full stop after
# them, or runs on (a long sentence about the services our nurses delivered … ends here (in thousands)).
_CLOSING_BRACKETS = re.compile(r"[(（][^()（）]+[)）]\Z")
_LONG_CAPTION = 90


def table_caption(lines: Sequence[str], header: int) -> CellHeading | None:
    """What names the unit and scale of a whole table whose header row is line ``header``: a unit
    label (单位：万元, Unit: £ million) on the header's line or the nearest line above it that is not
    blank; else the header row's first cell, when it names a scale (Spending (£m)<TAB>Plan<TAB>Actual);
    else that line above, when it is a short caption naming a scale in brackets or after "in" ((£m),
    Figures in £m, 金额（万元）), a longer one (a title's length) whose last brackets, closing it, name one (Spending by
    category, 1 July 2023 to 31 December 2025 ($'000)), or is nothing but one (£m)."""
    above = next((n for n in range(header - 1, max(0, header - 3), -1) if lines[n - 1].strip()), None)
    candidates = (header, above) if above is not None else (header,)
    for number in candidates:
        found = caption_unit(lines[number - 1])
        if found is not None:
            return CellHeading(number, *found)
    corner = cells_of(lines[header - 1])[0].strip()
    named = column_unit(corner)
    if named is not None and named.scale != 1:
        return CellHeading(header, corner, named)
    caption = lines[above - 1].strip() if above is not None else ""
    if above is None or is_row(lines[above - 1]) or not caption or len(caption) > MAX_HEADING:
        return None
    if len(caption) > SHORT_CAPTION and (len(caption) > _LONG_CAPTION or not _CLOSING_BRACKETS.search(caption)):
        return None
    named = column_unit(caption) or (heading_unit(caption) if len(caption) <= 8 else None)
    return CellHeading(above, caption, named) if named is not None and named.scale != 1 else None
