"""A span of years, then 分别 and as many figures as the span has years: each figure is its own year's.

`2023—2025年，全市救助人数分别为1156名、1289名和1386名`: the three counts are of 2023, 2024 and 2025 in turn, not
all of the span's last year (which the sentence's opening gave them). Likewise `2023年、2024年和2025年…分别为…`.
Only when the figures after 分别 (为, 是, 达, 有) up to the clause's end (，。；) are exactly as many as the years, and
the years come before 分别 in the same sentence; otherwise the period stays as guessed (round 66)."""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.text import sentence_bounds

_SPAN = re.compile(r"((?:19|20)\d\d)\s*年?\s*(?:—|–|-|~|至|到)\s*((?:19|20)\d\d)\s*年")
_LISTED = re.compile(r"((?:19|20)\d\d)\s*年(?:\s*[、和及与]\s*((?:19|20)\d\d)\s*年)+")
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_RESPECTIVELY = re.compile(r"分别(?:为|是|达到?|有|增长|下降|提高)?")
_CLAUSE_END = re.compile(r"[。；;，,]")


def _years(text: str) -> list[int]:
    """The years named before 分别: a span's every year, or a list's."""
    span = _SPAN.search(text)
    if span is not None and 1 <= int(span.group(2)) - int(span.group(1)) <= 6:
        return list(range(int(span.group(1)), int(span.group(2)) + 1))
    listed = _LISTED.search(text)
    return [int(y) for y in _YEAR.findall(listed.group())] if listed is not None else []


def respective_year(line: str, start: int, period: Guess, figures: list[tuple[int, int]]) -> Guess:
    """The period of the figure at ``start`` of ``line`` (``figures`` the spans of all the line's figures) when it is
    one of a list 分别 gives a span's years to, in order."""
    first, last = sentence_bounds(line, start)
    said = _RESPECTIVELY.search(line, first, start)
    if said is None:
        return period
    years = _years(line[first : said.start()])
    if len(years) < 2:
        return period
    ends = _CLAUSE_END.search(line, said.end(), last)
    close = ends.start() if ends is not None else last
    listed = sorted(s for s, _ in figures if said.end() <= s < close)
    if len(listed) != len(years) or start not in listed:
        return period
    return Guess(years[listed.index(start)], "the year 分别 gives its place in the list (a span's years in turn)")
