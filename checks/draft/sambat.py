"""Years of the Bikram Sambat (Vikram Samvat), Nepal's official calendar: year N begins in mid-April of
N − 57 of the common era, so its fiscal year 2082/83 (mid-July to mid-July) ends in 2026 and a story of
September 2026 is dated Bhadra 29, 2083.

A page that dates itself by a month of that calendar (`Bhadra 29, 2083`) or names it (`B.S.`, `Bikram
Sambat`) counts its years so: its years more than 40 years after its publication (`FY 2081/82`, `fiscal
year 2082/83`, `FY 2086/87`) are read as years of that calendar, 57 years ahead of the common era. The
guesses read a line with such years written in the common era (2081/82 → 2024/25); every year keeps its
four digits, so a figure stands where it stood and quotes are cut from the text as printed. A year of
the common era on the same page (`by 2030`, `NDHS 2022`) stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

ERA = 57  # a Bikram Sambat year runs this many years ahead of the common era's it mostly falls in
_AHEAD = 40  # a year this far after publication is no year of the common era a health story reports
_MONTHS = (
    r"Baisakh|Baishakh|Jestha|Jeth|Asar|Asadh|Ashadh|Shrawan|Saun|Bhadra|Bhadau|Asoj|Ashwin|Kartik|Mangsir|Poush"
    r"|Push|Magh|Falgun|Fagun|Chaitra|Chait"
)
# Bhadra 29, 2083; 29 Bhadra 2083; 2083 B.S.; Bikram Sambat 2083
_DATED = re.compile(
    rf"\b(?:(?:{_MONTHS})\s+\d{{1,2}},?\s+|\d{{1,2}}\s+(?:{_MONTHS}),?\s+)(?:19|20|21)\d\d\b"
    r"|\b(?:19|20|21)\d\d\s*B\.\s?S\.|\bBikram\s+Sambat\b|\bVikram\s+Samvat\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\d.,])((?:20|21)\d\d)(?:(\s*/\s*)(\d\d))?(?!\d|,\d)")


def sambat_from(lines: Sequence[str], published: date | None) -> int | None:
    """The first year of the Bikram Sambat a page's years are read in from (publication + 40), when the
    page dates itself in that calendar; else None."""
    if published is None or not any(_DATED.search(line) for line in lines):
        return None
    return published.year + _AHEAD


def common_era(line: str, since: int | None) -> str:
    """``line`` with each year from ``since`` (a Bikram Sambat year) written in the common era: the same
    length, four digits a year (2082/83 → 2025/26)."""
    if since is None:
        return line

    def written(match: re.Match[str]) -> str:
        year = int(match.group(1))
        if year < since:
            return match.group()
        tail = f"{match.group(2)}{(int(match.group(3)) - ERA) % 100:02d}" if match.group(3) else ""
        return f"{year - ERA}{tail}"

    return _YEAR.sub(written, line)
