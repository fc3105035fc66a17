"""`年内` in a report on a year over (round 62): `新纳入的因病监测户中，年内已消除风险897户，风险消除率72.0%，较2024年的
65.3%提高6.7个百分点` in a circular of January 2026 on the work of 2025 (its title: `关于2025年度…工作情况的通报`): what was
done (已) "within the year" was done within the year reported, 2025, not in the weeks of 2026 before publication; so are
the figures after it in its sentence. `年内` read alone means this year (checks.draft.relative: `确保年内完成`, a target by
the end of the year of publication), and stays so for a target, for a text whose title names no year or the year of
publication, and where the clause of `年内已` counts nothing (`扣除年内已预付资金后，…应补拨1377.8万元`: the advances of
the year only enter a settlement made now)."""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.text import clause_bounds, sentence_bounds

_WITHIN = "'年内'"
_DONE_WITHIN = re.compile(r"(?<![\d〇一二两三四五六七八九十半])年内已")
_DIGIT = re.compile(r"\d")


def within_year(line: str, start: int, status: Guess, period: Guess, title_year: int | None, now: int | None) -> Guess:
    """The year a title names (over) for a done figure at ``start`` dated by `年内`; else ``period``."""
    if status.value != "achieved" or not period.why.startswith(_WITHIN) or title_year is None or now is None:
        return period
    if title_year >= now or period.value != now:
        return period
    low = sentence_bounds(line, start)[0]
    for done in _DONE_WITHIN.finditer(line, low, start + 1):
        if _DIGIT.search(line, done.end(), clause_bounds(line, done.start())[1]):  # its clause counts what was done
            return Guess(title_year, "'年内': within the year its title reports on")
    return period
