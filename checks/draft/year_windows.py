"""A year's work done in the next year's window is of the year it is named for (round 68).

A tax year is settled, an annual assessment or review carried out, in a window of the year after it:
`2025年度个人所得税综合所得汇算清缴于2026年3月1日开始、6月30日结束。据统计，本次汇算中，全市共有68.35万名纳税人办理汇算`,
`力争在2026年度汇算（2027年3月1日至6月30日）中，…预填比例达到90%以上`. The window's days say when the work is done, not the
year its figures are of: the figures after it, dated by the window's year as the last printed before them, are of the
year the work is named for (2025, 2026), as a fiscal or scheme year is dated by the year it ends (README, Curation
conventions). Only a year named with 年度 right before the work's name, then its window (after 于, or in brackets)
opening in the next year; a window in the same year (`2025年度考核于2025年12月开展`) or a year printed after the window
(`2026年3月，…`) dates as before.
"""

from __future__ import annotations

import re

from checks.draft.guesses import LINE_YEAR, Guess

_YEAR = r"((?:19|20)\d\d)"
# 2025年度个人所得税综合所得汇算清缴于2026年3月1日开始、6月30日结束, 2026年度汇算（2027年3月1日至6月30日）: the year the work is
# named for, the work's name (no clause break, no figure), then its window's first year: after 于, or in brackets
_NAMED = re.compile(
    rf"{_YEAR}\s*年度([^，,。；;：:（()）\d]{{1,24}}?)(?:于\s*|[（(][^）)\d]{{0,6}}?)\s*{_YEAR}\s*年\s*\d"
)
# the window's end: a bracket's close, else its sentence's or clause list's end
_WINDOW_END = {"（": "）", "(": ")"}
_ANY_YEAR = re.compile(rf"{_YEAR}\s*年")


def _window_end(line: str, found: re.Match[str]) -> int:
    """Where the window ``found`` opens ends on ``line``: its bracket's close, else its sentence's end."""
    opened = line[found.end(2) : found.start(3)]
    for opening, closing in _WINDOW_END.items():
        if opening in opened:
            close = line.find(closing, found.end())
            return len(line) if close < 0 else close + 1
    ends = [i for i in (line.find(mark, found.end()) for mark in "。；;") if i >= 0]
    return min(ends, default=len(line))


def window_year(line: str, start: int, period: Guess) -> Guess:
    """``period``, or the year the work is named for, when the figure at ``start`` was dated by the last year printed
    before it on ``line`` and that year opens the window (in the next year) of a year's named work."""
    if period.why != LINE_YEAR or not isinstance(period.value, int):
        return period
    for found in _NAMED.finditer(line[:start]):
        named, opens = int(found.group(1)), int(found.group(3))
        end = _window_end(line, found)
        if opens != named + 1 or period.value != opens or end > start:
            continue
        if any(_ANY_YEAR.finditer(line, end, start)):  # a year printed after the window dates its figures
            continue
        return Guess(named, f"the year {named} its work is named for (done in its window of {opens})")
    return period
