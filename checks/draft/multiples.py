"""A multiple of a year's level is the base's year's no figure (round 68).

`“零材料”直赔…达到226.8万件，是2024年的1.8倍` in a report on 2025, `预计2026年度上述3个产品合计销售数量将达到2025年度的2倍以上`:
the year printed right before `的 N 倍` is the level the figure is a multiple of, as the years after 比 or 较 are the
ones compared with (checks.draft.compared_years): the multiple is of the period the sentence reports (2025) or
forecasts (2026). The year is blanked and the figure's period guessed again; so is its status when that year, over
when published, made it achieved (a forecast's `预计…将达到` is a target). Only a year (its 年度, 同期, 水平) between
是, 为, 达到, 相当于 and 的, right before the figure and its 倍.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from checks.draft.guesses import Guess
from checks.draft.name_years import dated_by_a_printed_year
from checks.draft.text import blanked

# 是2024年的, 达到2025年度的, 相当于2020年同期的: the base's year (group 1) right before the multiple
_BASE = re.compile(
    r"(?:是|为|达到?|相当于|约为|约是)\s*((?:19|20)\d\d)\s*年(?:度)?(?:同期|全年)?(?:水平)?(?:的)\s*(?:约|近|超过)?\s*$"
)
_TIMES = re.compile(r"\s*倍")


def base_year(
    line: str, start: int, end: int, status: Guess, period: Guess, guess_again: Callable[[str], tuple[Guess, Guess]]
) -> tuple[Guess, Guess]:
    """``status`` and ``period``, or those ``guess_again`` gives ``line`` with the base's year blanked, when the figure
    at ``start``..``end`` is a multiple (倍) of a year's level printed right before it and that year dated it."""
    found = _BASE.search(line, max(0, start - 24), start)
    if found is None or not ("倍" in line[start:end] or _TIMES.match(line, end)):
        return status, period
    year = int(found.group(1))
    status_by_year = (
        status.value == "achieved" and str(year) in str(status.why) and "before publication" in str(status.why)
    )
    period_by_year = dated_by_a_printed_year(period) and period.value == year
    if not (status_by_year or period_by_year):
        return status, period
    again_status, again_period = guess_again(blanked(line, found.start(1), found.end(1)))
    if period_by_year and again_period.value != year:
        period = Guess(again_period.value, f"{again_period.why} (the year {year} is the level it is a multiple of)")
    if status_by_year:
        status = Guess(again_status.value, f"{again_status.why} (the year {year} is the level it is a multiple of)")
    return status, period
