"""An aim set at the start of the year a report reviews (round 51): a self-evaluation or an annual summary restates
the targets "年初设定的总体目标为：全年…服务量达到18万例以上" ("the targets set at the start of the year were…",
"the targets set at the beginning of 2025") before it says how far they were met. Such a target is of the year
the report reviews (the year its title names, over by publication: 2025年度…绩效自评报告 of April 2026), not
of the year of publication the word 全年 or the want of a due year would give it. The rule keeps a target the
guesses dated to the year of publication, in a sentence that says its aims were set at the year's start."""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.text import sentence_bounds

_SET_AT_START = re.compile(
    r"年初(?:设定|确定|制定|下达|提出|设立|确立)|"
    r"(?i:\b(?:set|agreed|adopted|fixed)\s+(?:at|for)\s+the\s+(?:start|beginning)\s+of\s+the\s+year\b)"
)


def set_at_year_start(
    line: str, start: int, status: Guess, period: Guess, title_year: int | None, now: int | None
) -> Guess:
    """``period``, or ``title_year`` (the year reviewed, before ``now``) for a target set at its start."""
    if status.value != "target" or title_year is None or now is None or title_year >= now or period.value != now:
        return period
    if not _SET_AT_START.search(line, *sentence_bounds(line, start)):
        return period
    return Guess(title_year, f"a target set at the start of the year the text reviews ({title_year})")
