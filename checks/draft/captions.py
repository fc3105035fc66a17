"""A table caption's unit and scale as the drafter takes them, and which columns they reach.

The reader (checks.numbers.table_caption) takes a caption line above a table when it is short ((£m),
Figures in £m) or its last brackets close it (a sentence's full stop follows them). A numbered caption is a
caption whatever its length (``Table 1. Community benefit by category, FY2026 (dollars in thousands)``,
``表2 各县区筛查情况（单位：万元）``): its last brackets, closing the line, name the scale of the table's bare cells,
and quote it (the reader quotes a long caption whole).

A caption that names a unit as well as a scale ((hours in thousands)) scales the columns of that
unit, and the columns that name no unit of their own (FY2025, Central): not a column whose header
counts something else (Clients, 人数, Cases) beside them, which is printed in full
(``checks.numbers.headings.caption_reaches``, which the validator's P111 asks too).

A heading naming its currency by a word no unit of the catalogue lists ((dollars in thousands): dollars
may be any country's) is quoted by its scale's words (in thousands), which the reader reads alone; the
cells take the currency the drafter reads the word as (usd), as an amount printed with the word would.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.draft.money import word_currency
from checks.draft.text import SENTENCE_END
from checks.numbers import HeadingUnit, column_unit
from checks.numbers.headings import is_row

# Table 1., Table 2a:, Exhibit 3 -, 表1, 表 2: a table's number opening its caption line.
_NUMBERED = re.compile(r"\s*(?:(?i:table|exhibit)\s+\d+[A-Za-z]?(?![\d,])|[表附]表?\s*\d+(?!\d))")
# Table 2. , 表1　: the number and the mark after it, which end no sentence of the caption (round 63)
_NUMBER_MARK = re.compile(_NUMBERED.pattern + r"\s*[.:：、-]?\s*")


def unnumbered(line: str) -> str:
    """A caption line without its table's number (Table 2. Patients by payer, 2025 -> Patients by payer, 2025)."""
    return _NUMBER_MARK.sub("", line, count=1) if _NUMBERED.match(line) else line


CAPTION_WORDS = 20  # a caption is a title's length, not a paragraph's


def is_caption(line: str) -> bool:
    """Whether ``line`` (of no cells) may title the table under it: short, and no sentence (a numbered caption's
    full stop after its number, Table 2. Patients by payer, 2025, ends none; round 63)."""
    return not SENTENCE_END.search(unnumbered(line)) and len(line.split()) <= CAPTION_WORDS


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
