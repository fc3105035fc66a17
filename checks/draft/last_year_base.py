"""Last year's level, counted from the year the text reports (round 56): an annual summary of January 2026 on its
2025 work writes `全年举办培训班4期…。…知晓率由上年的61.3%提高到78.6%`, a news report `2025年度通过"一站式"结算的赔付占
71.3%，平均理赔时长由上年的9.6天缩短至3.2天`. 上年 there is the year before the one the paragraph reports (2024), not
the year before publication: the base is a whole year over named earlier in the paragraph (`全年`), or a year printed
earlier in the figure's own sentence (`2025年度…，…由上年的9.6天`), as a year opening the sentence already was
(checks.draft.period_guess, the possessive 上年的).

And the level a change from last year's reaches (`由上年度的70%提高到75%`, `由上年的9.6天缩短至3.2天`) is not last year's:
上年 names the level changed from, so the figure after 提高到/缩短至 is dated as if 上年 were not printed (the year the text
reports, or its title's). Not a level compared with in another way (`比上年的9874人增长14.6%`: 14.6 is its own
figure's change, dated as before)."""

from __future__ import annotations

import re

from checks.draft.guesses import IN_PARAGRAPH, LINE_YEAR
from checks.draft.relative import WHOLE_YEAR_OVER
from checks.draft.text import sentence_bounds

# the bases a possessive 上年的 counts back from: a whole year over named in the paragraph, a year of its sentence
_PARAGRAPH_WHOLE_YEAR = f"'全年'{WHOLE_YEAR_OVER}{IN_PARAGRAPH}"
_YEAR = re.compile(r"(?:19|20)\d\d\s*年")
# 由上年度的70%提高到, 由上年的9.6天缩短至: the level changed from, then the verb that reaches the figure
_FROM_LAST_YEAR = re.compile(
    r"(?:由|从)\s*(?:上一?年度?|去年)(?:同期)?的?\s*[\d.,]+[^\d，,。；;]{0,6}?"
    r"(?:提高|增加|增长|上升|提升|上调|扩大|扩充|下降|降低|下调|缩短|减少|压缩)(?:到|至)\s*\Z"
)
_LAST_YEAR_WORD = re.compile(r"上一?年度?|去年")


def counts_from(base_why: str, possessive: str, line: str, start: int) -> bool:
    """Whether 上年的 before the figure at ``start`` counts back from ``base_why``'s year: a whole year over named in
    its paragraph (全年…), or the last year printed before it when that year is in the figure's own sentence."""
    if not possessive.startswith("上"):
        return False
    if base_why == _PARAGRAPH_WHOLE_YEAR:
        return True
    if base_why != LINE_YEAR:
        return False
    sentence_start = sentence_bounds(line, start)[0]
    return _YEAR.search(line, sentence_start, start) is not None


def last_years_masked(line: str, start: int) -> str | None:
    """``line`` with the 上年 of a change from last year's level blanked, when the figure at ``start`` is the level
    the change reaches (由上年度的70%提高到75%: 75); None otherwise."""
    found = _FROM_LAST_YEAR.search(line, max(0, start - 40), start)
    if found is None:
        return None
    word = _LAST_YEAR_WORD.search(line, found.start(), found.end())
    if word is None:
        return None
    return line[: word.start()] + " " * len(word.group()) + line[word.end() :]
