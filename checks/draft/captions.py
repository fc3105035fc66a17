"""A table caption's unit and scale as the drafter takes them, and which columns they reach.

The reader (checks.numbers.table_caption) takes a caption line above a table only when it is short
((£m), Figures in £m): a long line ending in brackets may be a sentence. A numbered caption is a
caption whatever its length (``Table 1. Community benefit by category, FY2026 (dollars in thousands)``,
``表2 各县区筛查情况（单位：万元）``): its last brackets, closing the line, name the scale of the table's bare cells.

A caption that names a unit as well as a scale ((hours in thousands)) scales the columns of that
unit, and the columns that name no unit of their own (FY2025, Central): not a column whose header
counts something else (Clients, 人数, Cases) beside them, which is printed in full.

A heading naming its currency by a word no unit of the catalogue lists ((dollars in thousands): dollars
may be any country's) is quoted by its scale's words (in thousands), which the reader reads alone; the
cells take the currency the drafter reads the word as (usd), as an amount printed with the word would.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.draft.counted import noun_unit
from checks.draft.money import word_currency
from checks.numbers import HeadingUnit, column_unit, read_quantities
from checks.numbers.headings import is_row

# Table 1., Table 2a:, Exhibit 3 -, 表1, 表 2: a table's number opening its caption line.
_NUMBERED = re.compile(r"\s*(?:(?i:table|exhibit)\s+\d+[A-Za-z]?(?![\d,])|[表附]表?\s*\d+(?!\d))")
# The caption's last brackets, closing its line: (dollars in thousands), （万元）.
_LAST_BRACKETS = re.compile(r"[(（][^()（）]+[)）]\s*\Z")


def numbered_caption(lines: Sequence[str], header: int) -> tuple[int, str, HeadingUnit] | None:
    """The line, the bracketed words (verbatim) and what they give, of a numbered caption on the nearest
    line above the table's header row ``header`` that is not blank, when its last brackets name a scale."""
    above = next((n for n in range(header - 1, max(0, header - 3), -1) if lines[n - 1].strip()), None)
    if above is None or is_row(lines[above - 1]) or not _NUMBERED.match(lines[above - 1]):
        return None
    brackets = _LAST_BRACKETS.search(lines[above - 1])
    if brackets is None:
        return None
    text = brackets.group(0).strip()
    named = column_unit(text)
    return (above, text, named) if named is not None and named.scale != 1 else None


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_CJK = re.compile(r"[\u3400-\u9fff]+")
# A year's or a month's word in a header labels the column's time (Last year, 本年, 上月), no unit it counts in.
_CALENDAR = frozenset({"year", "month"})
_PARTICIPLE = re.compile(r"(?i:[a-z]+ed|seen|served|done|taken|given)")


def _read_unit(probe: str) -> str | None:
    """The unit of a reading of all of ``probe`` (1 hours, 1人次), if one reads it whole."""
    reading = read_quantities(probe)
    whole = len(reading) == 1 and reading[0].start == 0 and reading[0].end == len(probe)
    return reading[0].unit if whole and reading[0].unit not in _CALENDAR else None


def header_units(header: str) -> set[str]:
    """The units a column's header names by its last words (Home support hours: hour; Bed days: day;
    筛查人数: person) or by its head noun, one counted figures are drafted in (Clients, Number of patients,
    Clients served: person; not Staff costs)."""
    found: set[str | None] = set()
    for run in _CJK.findall(header):
        counted = run.removesuffix("数")  # 人数, 例数: the count of what the measure word counts
        found.update(_read_unit(f"1{counted[at:]}") for at in range(len(counted)))
        found.add(noun_unit(run))
    words = _WORD.findall(header)
    for at in range(len(words)):
        found.add(_read_unit("1 " + " ".join(words[at:])))
    # the head noun, last but for a participle after it (Clients served): Staff costs count money, not staff
    head = [word for word in words if not _PARTICIPLE.fullmatch(word)]
    found.add(noun_unit(head[-1]) if head else None)
    return {unit for unit in found if unit is not None}


def caption_reaches(caption: HeadingUnit, header: str) -> bool:
    """Whether a caption's unit and scale reach a column headed ``header``: always for a caption naming
    no unit ((in thousands), ('000)) or no scale (单位：人: no value changes, 确诊病例 counts persons too);
    else when the header names no unit, or the caption's."""
    if caption.unit is None or caption.scale == 1:
        return True
    named = header_units(header)
    return not named or caption.unit in named


# in thousands, thousands of: the words of a heading that give its scale alone.
_SCALE_WORDS = re.compile(r"(?i:\bin\s+(?:thousand|million|billion)s\b|\b(?:thousand|million|billion)s\b)")


def scale_and_currency(text: str, named: HeadingUnit) -> tuple[str, HeadingUnit]:
    """A heading's quoted words and what they give: its scale's words, and the currency its word names,
    for a heading whose currency word the reader leaves without a unit ((dollars in thousands)); else
    ``text`` and ``named`` as they are."""
    code = word_currency(named.unit_text or "") if named.unit is None else None
    scale = _SCALE_WORDS.search(text) if code is not None and named.scale != 1 else None
    if code is None or scale is None:
        return text, named
    return scale.group(), HeadingUnit(named.scale, code, None)
