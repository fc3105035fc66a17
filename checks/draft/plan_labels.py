"""计划 as the label of a planned amount, not a plan the sentence makes: it names its own figure only.

A progress report sets each year's plan beside what was done (2026年，全市共安排重点建设项目27个，总投资86.43亿元，
年度计划投资21.6亿元，其中续建项目15个; 5个市级项目年度计划投资8.95亿元，完成投资4.97亿元). There 计划 is an
attribute of the amount that follows it (年度计划, the year's plan; 计划投资/计划资金, the planned investment or
funds) with that amount printed in its own clause: the planned amount is a target (its clause's cue), while the
sentence's other figures (the projects listed, their total investment, the breakdown after 其中) are what stands:
the sentence-wide 计划 does not reach them. Only when every 计划 of the sentence is such a label; a 计划 that opens
a plan of things to do (计划新建养老机构5个，改造10个) still reaches the whole sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from checks.draft.guesses import Guess
from checks.draft.text import blanked, sentence_bounds

_PLAN = re.compile(r"计划")
# 年度计划投资21.6亿元, 全年计划完成8亿元, 计划投资8.95亿元, 计划总投资3亿元: 计划 labelling the amount printed after it
_LABEL = re.compile(
    r"(?:年度|全年|本年|当年)计划(?=[^\d，,。；;、]{0,6}\d)|计划(?=(?:总)?(?:投资|资金|金额)[^\d，,。；;、]{0,3}\d)"
)


def plan_labels(
    plain: str, start: int, guessed: tuple[Guess, Guess], again: Callable[[str], tuple[Guess, Guess]]
) -> tuple[Guess, Guess]:
    """The status and period of the figure at ``start`` guessed again without its sentence's 计划 when the
    guess came from a 计划 outside the figure's clause and every 计划 of the sentence labels a planned amount;
    ``guessed`` otherwise."""
    if guessed[0].why != "'计划' in its sentence":
        return guessed
    sentence_start, sentence_end = sentence_bounds(plain, start)
    plans = [m.start() for m in _PLAN.finditer(plain, sentence_start, sentence_end)]
    labels = {m.start() + m.group().index("计划") for m in _LABEL.finditer(plain, sentence_start, sentence_end)}
    if not plans or any(at not in labels for at in plans):
        return guessed
    masked = plain
    for at in plans:
        masked = blanked(masked, at, at + 2)
    return again(masked)
