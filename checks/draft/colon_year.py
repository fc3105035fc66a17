"""A year a colon's clause names dates what the colon goes on to tell (round 63): `考核结果与2026年度薪酬总量核定挂钩：
优秀等次医院薪酬总量上浮5%～10%，合格等次医院下浮3%` (the results are linked to the 2026 pay totals: the excellent hospitals'
totals rise by 5% to 10%, the passing ones' fall by 3%). The figures after the colon spell out the clause before it, so
they are of its year (2026), not of the year the text reports on (2025, which dated them by default). Only a figure of
no year of its own (dated by default), in the same sentence as the colon, within 60 characters of the colon, after a
year; `2025年完成情况：新增床位120张` keeps its printed year anyway, and a colon of no year (`主要做法：…`) changes nothing."""

from __future__ import annotations

import re

from checks.draft.carried import ACHIEVED_DEFAULTS
from checks.draft.guesses import Guess
from checks.draft.text import sentence_year

_DEFAULTS = (*ACHIEVED_DEFAULTS, "the year its title names")
# 与2026年度薪酬总量核定挂钩：优秀等次医院薪酬总量上浮 (the figure follows); the figures told after it in its sentence
_COLON_YEAR = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s*年度?(?![\d一二三四五六七八九十]+\s*月)[^\d：:]{1,30}[：:][^。；;：:]{0,60}$"
)


def colon_year(line: str, start: int, status: Guess, period: Guess) -> Guess:
    """The year of the clause a colon before the figure at ``start`` ends, in its sentence; else ``period``."""
    if status.value != "achieved" or period.why not in _DEFAULTS:
        return period
    year = sentence_year(_COLON_YEAR, line, start)
    return period if year is None else Guess(year, "the year of the clause its colon spells out")
