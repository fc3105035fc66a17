"""A scheme period named with its ordinal and its days, across two years, dates what the text reports (round 67).

A mutual-aid scheme, a membership drive or an insurance plan runs in numbered periods that straddle the new year
(`第十一期（保障期为2024年7月1日至2025年6月30日）`, `the 11th scheme period (1 July 2024 to 30 June 2025)`). A text that
opens by naming the period it reports on this way, ended before it was published, reports that period's results: the
figures it prints with no year of their own are of the year the period ends, as a fiscal or school year is dated
(README, Curation conventions), not of the year of publication. The period is named in the text's first lines (its
lead), by an ordinal (第…期, 第…届, 第…轮, 11th … period) right before its span, a span of about a year (its end in the
year after its start). One such span only; a span not ended when the text was published, or one of a whole calendar
year, declares nothing (checks.draft.reporting_period reads a labelled period within one year).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from checks.numbers import chinese_numeral_value

_DAY = r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_EN_DAY = rf"(\d{{1,2}})\s+({_MONTH_NAMES})\s+((?:19|20)\d\d)"
# 第十一期（保障期为2024年7月1日至2025年6月30日）, 第3期(2024年7月1日—2025年6月30日): the ordinal, then its span in brackets
_ZH = re.compile(
    rf"第\s*([0-9一二三四五六七八九十]+)\s*(?:期|届|轮)[^（(。；，,]{{0,6}}[（(][^）)]{{0,8}}?{_DAY}\s*(?:至|到|—|–|-|~)\s*{_DAY}"
)
# the 11th scheme period (1 July 2024 to 30 June 2025)
_EN = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)\s+(?:[a-z]+\s+){{0,2}}(?:period|round|term|cycle)\s*\(\s*{_EN_DAY}\s*(?:to|–|-)\s*"
    rf"{_EN_DAY}\s*\)",
    re.IGNORECASE,
)
_FIRST_LINES = 3


def ordinal(text: str) -> int | None:
    """The whole number an ordinal's digits or Chinese numerals name (十一 11, 12 12); None if none."""
    value = int(text) if text.isdigit() else chinese_numeral_value(text)
    return int(value) if value is not None and value == int(value) else None


def _days(found: re.Match[str]) -> tuple[date, date] | None:
    """The first and last day of the span ``found`` names (None for a date that is none)."""
    groups = found.groups()[1:]
    try:
        if found.re is _ZH:
            return date(*map(int, groups[0:3])), date(*map(int, groups[3:6]))
        months = _MONTH_NAMES.lower().split("|")
        first = date(int(groups[2]), months.index(groups[1].lower()) + 1, int(groups[0]))
        return first, date(int(groups[5]), months.index(groups[4].lower()) + 1, int(groups[3]))
    except ValueError:
        return None


def scheme_period(body: Sequence[str], published: date | None) -> tuple[int, int] | None:
    """The ordinal of the one scheme period the first lines of ``body`` name with its span, and the year it ends in,
    when the span runs across two years (about a year long) and ended before ``published``; else None."""
    if published is None:
        return None
    spans = [
        (number, days)
        for line in body[:_FIRST_LINES]
        for pattern in (_ZH, _EN)
        for found in pattern.finditer(line)
        if (days := _days(found)) is not None and (number := ordinal(found.group(1))) is not None
    ]
    if len(spans) != 1:
        return None
    number, (first, last) = spans[0]
    if last.year != first.year + 1 or not 300 <= (last - first).days <= 400 or last >= published:
        return None
    return number, last.year
