"""The year in a law's name (round 49): "under paragraph 7 of Schedule 5 to the Coroners and Justice Act 2009",
"the Health and Social Care Act 2012", "the Care Act of 2014", "the Data Protection Regulations 2018": the year is
part of the name of the law, not a time any figure of the line is of. The guesses read the line with such years
blanked (the same length), so that "Eleven of the 19 were sent …" after it keeps the report's year, not 2009. So is
the year of a rule book's edition in its name (《…护理质量管理考核细则（2025年修订）》, (2023 revision)): the checks it
reports were made in the year of the text, not of the edition. So is the year in an issuance's number (round 71:
"under Executive Order No. 14, series of 2025", "City Ordinance No. 2024-117", "Resolution No. 52, s. 2023"): the year
of the order that authorised the work, not of the figures after it."""

from __future__ import annotations

import re

from checks.draft.text import blanked, blanked_matches

# a capitalised name ending in Act / Regulations / Order / Rules, then its year
_LAW_YEAR = re.compile(
    r"\b[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|the|for|to|on|in|&))*\s+"
    r"(?:Act|Acts|Regulations|Order|Rules|Ordinance|Code)\s+(?:of\s+)?((?:19|20)\d\d)\b(?![-–/]\d)"
)

# （2025年修订）, (2023 revision), 2024年版: the year of an edition
_EDITION_YEAR = re.compile(
    r"[（(]\s*((?:19|20)\d\d)\s*年?\s*(?:修订|修正|版|修订版|revision|revised|edition)\s*[)）]"
    r"|((?:19|20)\d\d)年版",
    re.IGNORECASE,
)

# Executive Order No. 14, series of 2025; Memorandum Circular No. 3 s. 2024; Ordinance No. 2024-117
_SERIES_YEAR = re.compile(
    r"\b(?:No|Nos|Number)\.?\s*[\w-]{1,12},?\s+(?:series\s+of|s\.)\s*((?:19|20)\d\d)\b", re.IGNORECASE
)
_NUMBERED_YEAR = re.compile(
    r"\b(?:Order|Ordinance|Resolution|Circular|Memorandum|Proclamation)\s+No\.?\s*((?:19|20)\d\d)-\d{1,5}\b",
    re.IGNORECASE,
)


def without_law_years(line: str) -> str:
    """``line`` with the year of each law, edition and issuance number it names blanked (positions kept)."""
    for found in reversed(list(_LAW_YEAR.finditer(line))):
        line = blanked(line, found.start(1), found.end(1))
    for found in reversed(list(_EDITION_YEAR.finditer(line))):
        group = 1 if found.group(1) else 2
        line = blanked(line, found.start(group), found.end(group))
    return blanked_matches(_NUMBERED_YEAR, blanked_matches(_SERIES_YEAR, line, 1), 1)
