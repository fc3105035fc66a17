"""全年 of the year its sentence prints (round 56): a news report of January 2026 on an insurance's 2025 policy year
writes `数据显示，2025年度"镇康保"保费收入约6803万元，全年累计赔付5217.8万元，赔付率76.7%`. 全年 there is the whole of
the year printed before it in its sentence (2025), not a year the drafter would otherwise take for a whole year over
(the year before publication, or the year a title names: checks.draft.policy.title_period, which a subhead about the
next year, `2026年度参保人数已超61万`, would give).

Only an achievement; only a year printed earlier in the figure's own sentence, before 全年 (not one after it, nor in
another sentence: `2024年…。全年…` keeps the rules before; a year compared with, `比2024年`, is no year printed for it:
checks.draft.years.years_before)."""

from __future__ import annotations

from checks.draft.guesses import Guess
from checks.draft.text import sentence_bounds
from checks.draft.years import years_before

_WHOLE_YEAR_WORDS = ("'全年'", "'全年度'")


def whole_year_of_sentence(line: str, start: int, status: str, relative: Guess) -> Guess | None:
    """The year printed earlier in its sentence that a 全年 before the achieved figure at ``start`` is the whole of
    (2025年度…，全年累计赔付5217.8万元: 2025); None otherwise."""
    if status != "achieved" or not str(relative.why).startswith(_WHOLE_YEAR_WORDS):
        return None
    sentence_start = sentence_bounds(line, start)[0]
    whole = line.rfind("全年", sentence_start, start)
    if whole < 0:
        return None
    printed = [y for y in years_before(line, whole) if y.position >= sentence_start and not y.target]
    if not printed:
        return None
    return Guess(printed[-1].value, f"'全年', of the year {printed[-1].value} printed before it in its sentence")
