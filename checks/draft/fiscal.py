"""Fiscal and school years: a span of years that is one year of account, recorded as the year it ends in
(FY2024, FY24, fiscal year 2024, 2023-24, 2023/24 → 2024; 2025—2026学年, the 2025–2026 school year → 2026)."""

from __future__ import annotations

import re
from datetime import date

# A fiscal year is the year it ends in: FY2024, FY24, fiscal year 2024, 2023-24, 2023/24.
_FISCAL = re.compile(
    r"\b(?:FY\s?|fiscal\s+(?:year\s+)?)'?((?:19|20)?\d\d)\b(?!\s*[-/–]\s*[’']?\d\d)|(?<![\d.])((?:19|20)\d\d)\s*[-/–]\s*[’']?(\d\d)(?!\d|[-/.]\d)",
    re.IGNORECASE,
)
# in FFY 2024, in SFY 2027, in fiscal year 2024, in FY2025: the fiscal year's name between a figure's "in" and its
# year (a federal or state fiscal year, FFY and SFY, as much as FY) still gives the figure that year (round 66).
FISCAL_PREFIX = r"(?:(?:[FS]\.?)?F\.?Y\.?\s?|(?:(?:federal|state)\s+)?fiscal\s+year\s+(?:\([A-Z]{2,4}\)\s+)?)"
# 2025—2026学年, the 2025–2026 school year: a school year across the new year, like a fiscal year, is the year
# it ends in (the reader's fiscal spans print a two-digit end; a school year prints both years whole).
_SCHOOL_YEAR = re.compile(
    r"(?<![\d.])((?:19|20)\d\d)\s*[-/–—~]\s*((?:19|20)\d\d)(?=\s*(?:学年|school\s+year|academic\s+year))", re.IGNORECASE
)


def _fiscal_first(match: re.Match[str]) -> int | None:
    """The year a fiscal year starts in (2025-26: 2025); None for FY2025, which prints only its end."""
    if match.group(1):
        return None
    return int(match.group(2))


def _fiscal(match: re.Match[str]) -> int | None:
    """The year a fiscal year ends in, or None when the match is no fiscal year (2023-08 is a month)."""
    if match.group(1):
        year = int(match.group(1))
        return year + 2000 if year < 100 else year
    return span_end(int(match.group(2)), int(match.group(3)))


def span_end(start: int, end: int) -> int | None:
    """2023-24 (a fiscal year), 2014-'16 (a period of years): the year it ends in; 2023-08 is a month."""
    span = end - start % 100
    return start + span if 1 <= span <= 5 else None


def fiscal_years(text: str) -> list[tuple[re.Match[str], int, int | None]]:
    """Each fiscal or school year of ``text``: its match, the year it ends in and the year it starts in
    (None for FY2025, which prints only its end)."""
    found = [(m, year, _fiscal_first(m)) for m in _FISCAL.finditer(text) if (year := _fiscal(m)) is not None]
    school = _SCHOOL_YEAR.finditer(text)
    return found + [(m, int(m.group(2)), int(m.group(1))) for m in school if int(m.group(2)) - int(m.group(1)) == 1]


def fiscal_note(sentence: str, status: str, period: int, published: date | None) -> str | None:
    """A note naming the fiscal year an achieved figure of the year after publication is dated by, when its
    sentence prints it (`The agency has allocated £640,000 in 2026/27` → 2027): C122 takes a quote or note that
    names the fiscal year as the allocation's year, and the quote may end before the year (round 31)."""
    if status != "achieved" or published is None or period != published.year + 1:
        return None
    named = [m.group(0) for m, year, _ in fiscal_years(sentence) if year == period]
    named += [m.group(0) for m in _STATE_FY.finditer(sentence) if int(m.group(1)) == period]  # SFY 2027
    return (
        f"Period {period}: the fiscal year {named[0]} (FY{period}), recorded as the year it ends in" if named else None
    )


_STATE_FY = re.compile(r"\bS\.?F\.?Y\.?\s?((?:19|20)\d\d)\b")


# no more than 10% of the FY2027 allocation, 5% of the 2026-27 budget: a share of one fiscal year's money
_OF_A_YEARS = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?=\S+\s+(?:allocations?|budgets?|funds?|funding|appropriations?|total)\b)"
)


def share_of_fiscal_year(line: str, end: int) -> int | None:
    """The fiscal year whose money the figure ending at ``end`` is a share of (10% of the FY2027 allocation →
    2027), None when no such words follow it (round 41)."""
    of = _OF_A_YEARS.match(line, end)
    if of is None:
        return None
    named = fiscal_years(line[of.end() : of.end() + 14])
    return named[0][1] if named and named[0][0].start() == 0 else None
