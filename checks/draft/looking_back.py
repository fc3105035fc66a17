"""A plan's paragraphs that look back before it sets out what it will do.

A plan often opens on what happened in the time just over (`Last winter (December 2025 to March
2026), our two trusts ran at 96.4%`, `Last year, …`, `去年，…`) before a heading turns to what it will
do: the paragraph opening so, and the paragraphs after it up to the next heading, report that time.
Their figures with no cue of their own are achievements of that time (its last year printed in the
opening, else the season or year just over), not a plan's targets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from checks.draft.relative import season_year
from checks.draft.sections import heading_line
from checks.draft.years import YEAR

# Last winter, Over the last year, During last summer (…), Last financial year: the time just over,
# opening its paragraph before its first comma (an aside in brackets may date it).
_LAST = re.compile(
    r"^\s*(?:(?:over|during|in|for)\s+)?(?:the\s+)?(?:last|past)\s+"
    r"(?P<time>winter|summer|spring|autumn|fall|year|financial\s+year|fiscal\s+year|quarter|season)\b"
    r"(?P<aside>\s*\([^()]{0,60}\))?\s*,",
    re.IGNORECASE,
)
_LAST_ZH = re.compile(r"^[\s　]*(?:去年|上年|上一年度?)(?:冬季|冬天|夏季|全年)?[，,]")
_SEASONS = ("winter", "summer", "spring", "autumn", "fall")


def _looked_back(line: str, published: date) -> int | None:
    """The year of the time just over that opens ``line``, or None."""
    if _LAST_ZH.match(line):
        return published.year - 1
    opening = _LAST.match(line)
    if opening is None:
        return None
    printed = [int(m.group(1)) for m in YEAR.finditer(opening.group("aside") or "")]
    if printed:
        return max(printed) if max(printed) <= published.year else None
    # a season as "last winter" is read elsewhere (the year of its December); a quarter just over, of
    # now; the last (financial) year, the one before
    time = opening.group("time").lower()
    if time in _SEASONS:
        return season_year(time, published)
    return published.year if time in ("quarter", "season") else published.year - 1


def looking_back(lines: Sequence[str], numbers: Sequence[int], published: date | None) -> dict[int, int]:
    """The body lines (of ``numbers``) from a paragraph opening on a time just over to the next heading:
    each with the year of that time."""
    if published is None:
        return {}
    found: dict[int, int] = {}
    year: int | None = None
    for number in numbers:
        line = lines[number - 1]
        if not line.strip():
            continue
        if heading_line(line):
            year = None
            continue
        year = _looked_back(line, published) or year
        if year is not None:
            found[number] = year
    return found
