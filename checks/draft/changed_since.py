"""A level changed from a dated day sets the year of the figures after it in its sentence (round 69).

`自2026年1月1日起，首次注册费由每个注册单元3.95万元下调至3.16万元，下调20%；延续注册费维持每个注册单元1.85万元不变。`,
in a report of 2025 published in 2026: the change takes effect on the day (2026-01-01), and what it brings holds from
then: the new level, the size of the change (`下调20%`) and the levels it keeps (`维持…不变`), read on past ；, are of the
day's year. The other guesses gave the size and the kept level the year of an earlier sentence (2025). Only a day on or
before publication (a day to come, `自2027年1月1日起` in a notice of 2026, is read by checks.draft.policy: the level it
keeps is the one in force now), with its year and month, opening the change (`自/从YYYY年M月(D日)起`, not `起至…`, a span), in a sentence that changes a level
(`由…下调/上调/调整/提高/降低…`); the level changed from (`由…3.95万元`) and the figures before the day keep their guess.
The status is left to the other rules (checks.draft.policy reads a day to come).
"""

from __future__ import annotations

import re
from datetime import date

from checks.draft.guesses import Guess
from checks.draft.text import full_sentence_start

# 自2026年1月1日起, 从2027年7月起: a day the change starts on (not 起至…, a span)
_SINCE = re.compile(r"(?:自|从)\s*((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?\s*起(?![至到])")
# 由…3.95万元下调至, 由720元提高到: a level changed
_CHANGE = re.compile(
    r"由[^，,。；;]{0,24}?\d[^，,。；;]{0,12}?(?:下调|上调|调整|提高|降低|压缩|缩短|延长|降至|提至|调至|增至|减至)"
)
# 由每个注册单元: the level changed from, just before the figure
_FROM_LEVEL = re.compile(r"由[^，,。；;\d]{0,16}$")


def _day(since: re.Match[str]) -> date | None:
    """The day ``since`` names (the first of its month when it names none; None for a day that is none)."""
    try:
        return date(int(since.group(1)), int(since.group(2)), int(since.group(3) or 1))
    except ValueError:
        return None


def changed_since(line: str, start: int, period: Guess, published: date | None) -> Guess:
    """``period``, or the year of the day (on or before ``published``) a change of level starts on, for a figure
    after it in its sentence."""
    low = full_sentence_start(line, start)
    high = line.find("。", start)
    sentence_end = len(line) if high < 0 else high
    since = _SINCE.search(line, low, start)
    if since is None or _FROM_LEVEL.search(line, max(low, start - 16), start):
        return period
    day = _day(since)
    if day is None or published is None or day > published:
        return period
    if _CHANGE.search(line, since.end(), sentence_end) is None:
        return period
    year = int(since.group(1))
    if period.value == year:
        return period
    return Guess(year, f"'{since.group().strip()}': the day the change of level its sentence makes takes effect")
