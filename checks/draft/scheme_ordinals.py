"""A scheme period named by its ordinal dates the figures after it, counted from the period the text reports (round 67).

A text that reports one numbered scheme period (checks.draft.scheme_periods: `第十一期（保障期为2024年7月1日至2025年6月30日）`,
ended in 2025) dates its figures by that period's end. It names other periods by their ordinals, a year apart each:
`第十二期已有1935家基层工会参加` is the twelfth period's (2026), `第十期…` the tenth's (2024). So:

- the last period named before a figure in its sentence (`第十二期起…住院互助起付标准保持800元不变`) dates it, by as many
  years from the reported period's end as their ordinals differ, unless a year is printed after that name (`到2027年，…
  突破25万人`: the year dates it) or the name is the one compared with (`比第十期增加1.37万人`: 比, 较, 与 before it);
- a level a change starts from under a period's name (`第十二期起…由每人1万元提高到1.5万元`: the level before the
  twelfth) is the period's before;
- `上期` (the period before) right before a figure (`由上期的15个工作日缩短至6个工作日`) names the level of the period
  before the one its sentence speaks of.

Only in a text that names the period it reports so; elsewhere 第…期 is an issue, a batch or a phase, and 上期 any
earlier period.
"""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.scheme_periods import ordinal
from checks.draft.text import sentence_bounds

_NAMED = re.compile(r"(比|较|与)?\s*第\s*([0-9一二三四五六七八九十]+)\s*(?:期|届|轮)|((?:19|20)\d\d)\s*年")
_PREVIOUS = re.compile(r"(?:上期|上一期|前一期)\s*(?:的|为)?\s*$")
# 由每人1万元提高到1.5万元: the level a change starts from (由/从 before it, 提高/增加/降低/调整…到/至/为 after it)
_FROM = re.compile(r"(?:由|从)[^\d，,。；;]{0,10}$")
_TO = re.compile(r"[^\d，,。；;]{0,4}?(?:提高|增加|提升|上调|下调|降低|调整|增至|降至)\s*(?:到|至|为)?")


def scheme_ordinal(line: str, start: int, end: int, period: Guess, scheme: tuple[int, int] | None) -> Guess:
    """``period``, or the year of the scheme period the sentence names before the figure at ``start``-``end``
    (counted from ``scheme``, the reported period's ordinal and end year)."""
    if scheme is None:
        return period
    number, year = scheme
    low = sentence_bounds(line, start)[0]
    before = line[low:start]
    named = [m for m in _NAMED.finditer(before) if m.group(3) or not m.group(1)]
    last = named[-1] if named else None
    if last is not None and last.group(3):
        return period  # a year printed after the period's name dates the figure
    spoken = ordinal(last.group(2)) if last is not None else None
    if _PREVIOUS.search(before):
        then = (spoken or number) - 1
        return Guess(year + then - number, f"上期: the scheme period before the {spoken or number}th")
    if spoken is None:
        return period
    if _FROM.search(before) and _TO.match(line, end):
        spoken -= 1
        why = f"the level before the scheme period {spoken + 1} (its {spoken}th period's)"
    else:
        why = f"the scheme period its sentence names (the {spoken}th, the {number}th ending in {year})"
    if year + spoken - number == period.value:
        return period
    return Guess(year + spoken - number, why)
