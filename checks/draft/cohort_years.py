"""A level compared with, named by the class of a year, is of that year (round 69).

A graduate employment report counts its graduates by class (`2025届毕业生`, the class that graduated in 2025) and
compares them with the class before: `比2024届的3,982人增加286人`, `比2024届（90.8%）提高1.5个百分点`. The level
compared with, printed right after the class it belongs to (with 的 or inside a bracket), is of the class's year, as
`比2024年的88.1%` is of 2024; the change after it (`增加286人`, `提高1.5个百分点`) stays of the year reported. Only a
figure right after `比/较/与/同 YYYY届`; a class named as the subject (`2025届毕业生共4,268人`) keeps its guess.
"""

from __future__ import annotations

import re

from checks.draft.guesses import Guess

# 比2024届的, 较2024届（, 与2023届毕业生的: the class compared with, just before its level
_COMPARED_CLASS = re.compile(
    r"(?:比|较|与|同|低于|高于)\s*((?:19|20)\d\d)\s*届(?:毕业生)?\s*(?:的|[（(])\s*(?:[^，,。；;\d（()）]{0,12}?(?:为|是))?\s*$"
)


def cohort_year(line: str, start: int, status: Guess, period: Guess) -> Guess:
    """``period``, or the year of the class a level compared with belongs to (比2024届的3,982人: 2024)."""
    found = _COMPARED_CLASS.search(line, max(0, start - 30), start)
    if found is None or status.value != "achieved":
        return period
    year = int(found.group(1))
    if period.value == year:
        return period
    return Guess(year, f"'{found.group().strip()}': the class of the year it compares with")
