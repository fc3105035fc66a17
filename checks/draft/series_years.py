"""The year in an issuance's number (round 71).

`under Executive Order No. 14, series of 2025. Mobile teams brought … to 96 barangays`, `City Ordinance No. 2024-117`,
`Resolution No. 52, s. 2023`: the year is part of the number of the order that authorised the work, as a law's year is of
its name (checks.draft.law_years), not the time any figure of the line is of. The guesses read the line with such years
blanked (positions kept), so the figures after it keep the year their text reports.
"""

from __future__ import annotations

import re

from checks.draft.text import blanked

# Executive Order No. 14, series of 2025; Memorandum Circular No. 3 s. 2024; Ordinance No. 2024-117
_SERIES_YEAR = re.compile(
    r"\b(?:No|Nos|Number)\.?\s*[\w-]{1,12},?\s+(?:series\s+of|s\.)\s*((?:19|20)\d\d)\b"
    r"|\b(?:Order|Ordinance|Resolution|Circular|Memorandum|Proclamation)\s+No\.?\s*((?:19|20)\d\d)-\d{1,5}\b",
    re.IGNORECASE,
)


def without_series_years(line: str) -> str:
    """``line`` with the year of each issuance's number blanked (positions kept)."""
    for found in reversed(list(_SERIES_YEAR.finditer(line))):
        group = 1 if found.group(1) else 2
        line = blanked(line, found.start(group), found.end(group))
    return line
