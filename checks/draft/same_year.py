"""`同年` and `the same year` name the year of the figure before them (round 57): a news story of May 2026 on a scheme
launched in May 2025 writes `上线之初，我市在市立医院等6家公立医院开展试点，同年10月推广至全市35家医疗机构，包括二级以上公立医院
9家、社区卫生服务中心21家和专科医院5家`. 同年 (the same year) prints no year of its own: it is the year of what the
sentence told before it, the pilot's six hospitals (2025, the level when the scheme began). Read with no year, the 35
institutions and their parts took the year the article is about (2026).

A figure after 同年, `the same year` or `later that year` in its sentence, with a figure drafted before that word on
its line, takes that figure's year; so does every figure after it in the sentence (包括…9家、…21家). Not 同年龄, 同年级
(the same age, grade), nor 同年同期; not a figure whose own clause prints a year (同年10月…，2026年…)."""

from __future__ import annotations

import re

from checks.draft.facts import DraftFact
from checks.draft.guesses import Guess
from checks.draft.text import PRINTED_YEAR, clause_bounds, sentence_bounds

_SAME_YEAR = re.compile(r"同年(?![龄级代纪度同])|\b(?:the\s+same\s+year|(?:later|earlier)\s+that\s+year)\b", re.I)


def same_year(line: str, start: int, number: int, status: Guess, period: Guess, facts: list[DraftFact]) -> Guess:
    """``period``, or the year of the figure drafted before 同年 (the same year) in the sentence of the figure at
    ``start`` on line ``number``."""
    if status.value != "achieved":
        return period
    sentence_start = sentence_bounds(line, start)[0]
    said = [m for m in _SAME_YEAR.finditer(line, sentence_start, start)]
    if (
        not said
        or PRINTED_YEAR.search(line, said[-1].end(), start)
        or PRINTED_YEAR.search(line, *clause_bounds(line, start))
    ):
        return period
    before = [f for f in facts if f.line == number and f.quantity.start < said[-1].start()]
    if not before or before[-1].period == period.value:
        return period
    return Guess(before[-1].period, f"the year of the figure before '{said[-1].group()}' ({before[-1].quote})")
