"""A table column of expiry dates dates no figure of its row (round 57): a medicines regulator's recall notice of March
2026 lists the batches it recalls,

    Batch number<TAB>Expiry<TAB>Packs distributed<TAB>Mean dissolution at 45 minutes (%)
    TV25041<TAB>04/2027<TAB>68,400<TAB>84

The cell under `Expiry` says until when the product may be used: a property of the batch, as its number is, not the
time its figures were counted. Read as the row's year, it made the 68,400 packs already distributed and the 84% a
laboratory measured targets of 2027. The cell's year is written 0000 for the guesses (as checks.draft.tables.yearless_row
does for a count that looks like a year), so that the row's figures are dated as the text's others are (2026).

Only a column whose heading names a shelf life (Expiry, Expiry date, Expires, Use by, Best before, 有效期, 有效期至,
失效日期, 失效期); a column of other dates (Date, Month, Completion date, 完成时间) keeps dating its row."""

from __future__ import annotations

import re

from checks.draft.tables import Column, column_of
from checks.draft.text import PRINTED_YEAR

_EXPIRY_HEADER = re.compile(r"(?i:\bexpir(?:y|es|ation)\b|\buse[\s-]+by\b|\bbest\s+before\b)|有效期|失效日?期")


def without_expiry_years(text: str, row: list[Column] | None) -> str:
    """A table row's ``text`` (as the guesses read it) with the year of each cell under a heading that names a shelf
    life written 0000 (TV25041<TAB>04/2027<TAB>68,400: no year 2027 for the 68,400); other text as it was."""
    if not row or not any(_EXPIRY_HEADER.search(column.header) for column in row):
        return text
    for year in list(PRINTED_YEAR.finditer(text)):
        index = column_of(text, year.start())
        if 0 <= index < len(row) and _EXPIRY_HEADER.search(row[index].header):
            text = f"{text[: year.start()]}0000{text[year.end() :]}"
    return text
