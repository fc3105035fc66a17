"""Months printed with or without their year, and what they say about a dated article: a month of
the publication year already over (its monthly figures are reported), the year of a month printed
without one (the last such month before publication)."""

from __future__ import annotations

import re
from datetime import date

from checks.draft.dates import MONTH_NUMBERS
from checks.draft.days_over import day_over
from checks.draft.told_day import without_told_day
from checks.numbers import Quantity

MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
# A month's name or its abbreviation (March, Mar., Sept).
MONTH_WORD = rf"(?:{MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
# A month may stand between a word and its year: by March 2029, in February 2025.
MONTH = rf"(?:(?:early|mid|late)[-\s]+)?{MONTH_WORD}\s+"

# October to December 2025, July-September 2025: a span of months before its year, read as the year's month
# it ends in wherever a month may stand (a quarter's figures, up from 7,340 in October to December 2025; round 46).
MONTHS_TO = rf"(?:{MONTH}(?:to|through)\s+|(?:{MONTH_NAMES})\s*[-–—]\s*)?{MONTH}"

# A month printed without a year (the week ending January 23, during December): the last such month
# before publication. Capitalised, so that "may" stays a verb.
_BARE_MONTH = re.compile(rf"\b({MONTH_NAMES})\b(?!\s*\d{{0,2}}(?:st|nd|rd|th)?,?\s*(?:19|20)\d\d)")

# A day of a month printed without a year: 16 November, November 16.
_DAY_OF_BARE_MONTH = re.compile(
    rf"\b(\d{{1,2}})\s+({MONTH_NAMES})\b(?!,?\s*(?:19|20)\d\d)|\b({MONTH_NAMES})\s+(\d{{1,2}})\b(?!,?\s*(?:19|20)\d\d|\d)"
)

# 2月15日: a day of a month printed without its year (not 2026年2月15日).
_DAY_OF_BARE_MONTH_ZH = re.compile(r"(?<![\d年\-—–.:/])(1[0-2]|[1-9])月(\d{1,2})[日号]")

# 2月份, 12月: a month without its year (not 2024年2月, nor 1-2月, a span from January).
_BARE_MONTH_ZH = re.compile(r"(?<![\d年\-—–至~.:/])(1[0-2]|[1-9])\s*月份?(?![\d份]?\s*[-—–至~])")


def bare_month_year(text: str, published: date | None) -> tuple[int, str] | None:
    """The year of the first month ``text`` prints without a year, the last such month before
    ``published`` (January in a February 2022 story is 2022's, December 2021's), and the month."""
    if published is None:
        return None
    if (found := _BARE_MONTH.search(text)) is not None:
        month, words = MONTH_NUMBERS[found.group(1).lower()], found.group(1)
    elif (chinese := _BARE_MONTH_ZH.search(text)) is not None:
        month, words = int(chinese.group(1)), chinese.group()
    else:
        return None
    return (published.year if month <= published.month else published.year - 1), words


_MONTH_OF_YEAR = re.compile(rf"\b({MONTH})((?:19|20)\d\d)\b|((?:19|20)\d\d)\s*年\s*(\d{{1,2}})\s*月", re.IGNORECASE)


def year_and_month(match: re.Match[str]) -> tuple[int, int]:
    """The year and the month a match prints, whose groups are a month's word and a year (January 2026, mid-March
    2026) or, after them, a year and a month's number (2026年1月)."""
    if match.group(2):
        name = re.split(r"[-\s]+", match.group(1).strip())[-1]  # mid-March → March
        return int(match.group(2)), MONTH_NUMBERS[name.lower().rstrip(".")]
    return int(match.group(3)), int(match.group(4))


def month_over(line: str, published: date) -> bool:
    """Whether ``line`` prints a month of the publication year before the publication month: the
    week ending January 23 in a February story, February 2025 in an April 2025 story, from January 1, 2026 in a
    February 2026 notice (round 55: checks.draft.days_over); not the day a reporter was told (1月20日，记者从…获悉:
    checks.draft.told_day, round 58)."""
    line = without_told_day(line)
    if day_over(line, published):
        return True
    if any(MONTH_NUMBERS[bare.group(1).lower()] < published.month for bare in _BARE_MONTH.finditer(line)):
        return True
    for day in _DAY_OF_BARE_MONTH.finditer(line):
        # the campaign that ended on November 16, in a November 24 story: a day of it already over
        month = MONTH_NUMBERS[(day.group(2) or day.group(3)).lower()]
        if month == published.month and int(day.group(1) or day.group(4)) < published.day:
            return True
    for day in _DAY_OF_BARE_MONTH_ZH.finditer(line):
        # 2月15日至2月23日 in a 2026-02-24 story: days of the publication month already over
        if int(day.group(1)) == published.month and int(day.group(2)) < published.day:
            return True
    for match in _MONTH_OF_YEAR.finditer(line):
        year, month = year_and_month(match)
        if year == published.year and month < published.month:
            return True
    return False


# November 17 to 23, January 12-18, 2027: the second day of a span of days (17 to 23 November needs no
# test here: the reader reads 23 November as a date, no number).
_DAYS_FROM = re.compile(rf"\b{MONTH}\d{{1,2}}(?:st|nd|rd|th)?\s*(?:to|-|–|—|until|through)\s*$", re.IGNORECASE)


# 2月15日至2月23日，共9天; 2026年11月20日至11月26日（5个工作日）; 13 to 19 September (seven days): a span of
# dates right before a count of days, which is its length.
_DATE_SPAN_BEFORE = re.compile(
    r"(?:\d{1,2}月)?\d{1,2}[日号]\s*(?:至|到|—|–|-|~)\s*(?:\d{1,2}月)?\d{1,2}[日号]\s*[（(，,、]?\s*(?:共|计|合计|为期)?\s*$"
    rf"|\b\d{{1,2}}\s*(?:to|-|–)\s*\d{{1,2}}\s+{MONTH}?(?:(?:19|20)\d\d\s*)?[(,]?\s*$"
    rf"|\b{MONTH}\d{{1,2}}\s*(?:to|-|–)\s*\d{{1,2}},?\s*(?:(?:19|20)\d\d\s*)?[(,]?\s*$",
    re.IGNORECASE,
)
_DAYS = re.compile(r"\s*(?:个)?(?:工作日|天|日)|\s*(?:working\s+|calendar\s+)?days?\b", re.IGNORECASE)


def day_of_a_span(line: str, q: Quantity) -> str | None:
    """Why the reading ``q`` is the last day of a span of days (November 17 to 23), or the span's length
    right after it (2月15日至2月23日，共9天), or None."""
    before = line[max(0, q.start - 32) : q.start]
    days = q.unit == "day" or _DAYS.match(q.text, len(q.digits))
    if q.value == int(q.value) and 1 <= q.value <= 366 and days and _DATE_SPAN_BEFORE.search(before):
        return "the length of the span of dates printed right before it, a time frame, not a figure"
    if not (q.digits.isdigit() and 1 <= q.value <= 31 and q.unit is None):
        return None
    if _DAYS_FROM.search(before[-24:]):
        return "the last day of a span of dates, not a figure"
    return None


# Between March 2021 and June 2023, the trial enrolled …; 2021年3月至2023年6月: a span of months across
# years dates what ran then (an enrolment, a campaign, a build), not what the article reports.
_MONTHS_ACROSS_YEARS = re.compile(
    rf"\b(?:between|from)\s+{MONTH}((?:19|20)\d\d)\s+(?:and|to|until|through)\s+{MONTH}((?:19|20)\d\d)\b"
    r"|((?:19|20)\d\d)年\d{1,2}月(?:\d{1,2}日)?\s*(?:至|到|—|-)\s*((?:19|20)\d\d)年\d{1,2}月",
    re.IGNORECASE,
)


def in_span_across_years(line: str, at: int) -> bool:
    """Whether ``at`` is inside a span of months across years on ``line``."""
    for match in _MONTHS_ACROSS_YEARS.finditer(line):
        first, last = (int(g) for g in match.groups() if g)
        if match.start() <= at < match.end() and last > first:
            return True
    return False


# 自11月起每周更新菜单, 从12月1日起, starting in November, from December onwards: what starts in a month printed
# without its year, later than publication (a notice of October names next month: this year's November).
_STARTS_IN_MONTH = re.compile(
    r"(?:自|从|于)\s*(1[0-2]|[1-9])\s*月(?:\s*\d{1,2}\s*[日号])?\s*(?:起|开始)"
    rf"|\b(?:starting|beginning)\s+(?:in\s+)?({MONTH_NAMES})\b(?!\s*\d{{0,2}},?\s*(?:19|20)\d\d)"
    rf"|\bfrom\s+({MONTH_NAMES})\s+(?:on(?:wards)?|forward)\b",
)


def starts_later(sentence: str, published: date | None) -> tuple[int, str] | None:
    """The year of a start ``sentence`` names in a month without its year, when that month is after the
    publication month (the next such month), and the words; else None (a start already under way)."""
    found = _STARTS_IN_MONTH.search(sentence)
    if found is None or published is None:
        return None
    month = int(found.group(1)) if found.group(1) else MONTH_NUMBERS[(found.group(2) or found.group(3)).lower()]
    return (published.year, found.group()) if month > published.month else None


# 四季度抽查病历260份 in a report of January 2026: a quarter named without its year that has not begun when
# the text is published is the last such quarter, the year before's (as a bare month is; round 34).
_QUARTER = re.compile(r"第?([一二三四])季度")
_QUARTER_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4}


def quarter_not_begun(cue: str, published: date | None) -> bool:
    """Whether ``cue`` names a quarter (四季度) that begins after the publication month."""
    quarter = _QUARTER.fullmatch(cue)
    if quarter is None or published is None:
        return False
    return 3 * _QUARTER_NUMBERS[quarter.group(1)] - 2 > published.month
