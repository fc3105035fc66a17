"""What a plan's sentence dates by a month gone by is measured (round 64).

A plan with no cue of its own makes a figure a target (checks.draft.guesses: "no cue; the document is a plan"). A board
paper asking approval of a recovery plan, published in March 2026, opens with the state it starts from: ``The rate was
62.5% in January 2026``, ``In January 2026, 8,645 people had a diagnosis recorded``, ``The median wait was 17 weeks
in January 2026, …; 1,284 people were waiting, 412 of them (32.1%) …``. A month printed with its year, gone by or under
way at publication, in the figure's sentence dates a measurement: achieved, of that year (not the plan's year).

Only a figure still on the plan's fallback. Not a month after publication (``by March 2027``), nor one a word of time
to come or of a start opens (``by``, ``until``, ``from``, ``since``, ``before``, ``to``: ``not reviewed since April
2024`` is a state now, ``from April 2026`` when a scheme starts).

Also (the level compared with): ``against the national ambition of 66.7%``, ``against a contract standard of no more
than 6 weeks`` in a plan whose rules take effect in 2027 name the level standing when the paper is published, a
target of that year (README, "Targets, and what a task acts on"), not of the year the plan's rules take effect."""

from __future__ import annotations

import re
from datetime import date

from checks.draft.guesses import Guess
from checks.draft.months import MONTH_NAMES, year_and_month
from checks.draft.text import full_sentence_start, sentence_bounds

_PLAN_FALLBACK = "no cue; the document is a plan"
_MONTH_YEAR = re.compile(rf"\b({MONTH_NAMES})\s+((?:19|20)\d\d)\b")
_OPENED = re.compile(r"(?i:\b(?:by|until|till|from|since|before|to|through|after|starting|beginning)\s+$)")
# against the national ambition of 66.7%, against a contract standard of no more than: the level compared with
_AGAINST = re.compile(
    r"(?i:\bagainst\s+(?:the|a|an|its|our)\s+(?:[\w-]+\s+){0,3}?(?:standard|ambition|target|benchmark)\s+of\s+"
    r"(?:no\s+more\s+than\s+|no\s+less\s+than\s+|at\s+least\s+|at\s+most\s+|about\s+)?$)"
)


def month_reported(line: str, start: int, status: Guess, period: Guess, published: date | None) -> tuple[Guess, Guess]:
    """``status`` and ``period`` of the figure at ``start``, or achieved of the month-dated year its plan's sentence
    prints (see above)."""
    if published is None:
        return status, period
    if _AGAINST.search(line, 0, start) and status.value == "target" and "take effect" in str(period.why):
        return status, Guess(published.year, "the level compared with, as it stands when published")
    if status.why != _PLAN_FALLBACK:
        return status, period
    sentence_start, sentence_end = full_sentence_start(line, start), sentence_bounds(line, start)[1]  # on past ;
    dated = [
        m
        for m in _MONTH_YEAR.finditer(line, sentence_start, sentence_end)
        if not _OPENED.search(line, sentence_start, m.start())
    ]
    years = {int(m.group(2)) for m in dated}
    if len(years) != 1 or len(dated) != len(list(_MONTH_YEAR.finditer(line, sentence_start, sentence_end))):
        return status, period
    month = dated[0]
    year = int(month.group(2))
    if year_and_month(month) > (published.year, published.month):
        return status, period
    return Guess("achieved", f"a plan's sentence dated by a month gone by ({month.group(0)})"), Guess(
        year, f"the month its sentence prints ({month.group(0)})"
    )
