"""The work a report's sentence dates to the day (round 45). A review of a year over, published the next year, tells
how its own work was done: 于2026年3月10日至4月15日，组织42名专家分6个组…，共抽查…52家 (Between 10 March and 15 April
2026, 42 inspectors visited 52 clinics). Those figures count the work, done on the date its sentence prints, not the
year reviewed; a figure whose own clause prints a year (对…13个县2025年度…: the counties of the year reviewed) keeps
that year's."""

from __future__ import annotations

import re

from checks.draft.guesses import LINE_YEAR, Guess
from checks.draft.months import MONTH_NAMES
from checks.draft.text import sentence_bounds

_MONTH = rf"(?:{MONTH_NAMES})"
# 2026年3月10日, 10 March 2026, March 10, 2026: a day's date and its year
_DAY_DATE = re.compile(
    rf"((?:19|20)\d\d)年\d{{1,2}}月\d{{1,2}}日|\b\d{{1,2}}\s+{_MONTH}\s+((?:19|20)\d\d)\b|\b{_MONTH}\s+\d{{1,2}},\s+((?:19|20)\d\d)\b"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_STOP = re.compile(r"[，,；;。]")  # a clause's stops (not 、, which lists within it)
_BY_DEFAULT = (
    "the year its title names",
    "the year the article is about",
    LINE_YEAR,
    "the year before publication",
)


def work_dated(line: str, start: int, status: Guess, period: Guess, now: int | None) -> Guess:
    """``period``, or the year of the day-date its sentence prints before it, for a figure achieved by default."""
    if status.value != "achieved" or period.why not in _BY_DEFAULT or not isinstance(period.value, int):
        return period
    sentence_start = sentence_bounds(line, start)[0]
    dates = list(_DAY_DATE.finditer(line, sentence_start, start))
    if not dates or now is None:
        return period
    year = int(next(g for g in dates[0].groups() if g))
    stops = [m.end() for m in _STOP.finditer(line, dates[-1].end(), start)]
    clause_start = max([dates[-1].end(), *stops])
    clause_end = next((m.start() for m in _STOP.finditer(line, start)), len(line))
    if year <= period.value or year > now or _YEAR.search(line, clause_start, clause_end):
        return period
    return Guess(year, f"the date of the work its sentence reports ('{dates[0].group()}')")
