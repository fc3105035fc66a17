"""A change followed by its base year's level in brackets (round 71).

`2025年，全市共提供上门护理服务4.37万人次，同比增长46.2%（2024年为2.99万人次）` and `visits rose 8.4% (2024: 9,110)`: the
year in the bracket right after the change is the base's, the level compared with, not the change's; the change is of
the year the sentence reports (the guesses took the year printed after it as its own). The period is guessed again with
that bracket's year blanked (positions kept). Only a figure dated by that very year, and only a bracket that opens on
the year and gives its level (`（2024年为…`, `（2024年：…`, `(2024: …`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from checks.draft.guesses import Guess
from checks.draft.text import blanked

# 46.2%（2024年为2.99万人次）, 8.4% (2024: 9,110): the unit of the change may stand between
_BASE_BRACKET = re.compile(
    r"\s*(?:%|％|个百分点|percentage\s+points?|per\s*cent)?\s*[（(]\s*((?:19|20)\d\d)\s*(?:年(?:同期)?\s*(?:为|是|[:：])|[:：])",
    re.IGNORECASE,
)


def base_in_bracket(line: str, end: int, period: Guess, again: Callable[[str], tuple[Guess, Guess]]) -> Guess:
    """``period`` of the figure ending at ``end``, or the period guessed again without the base year in the bracket
    after it, when that year dated it."""
    found = _BASE_BRACKET.match(line, end)
    if found is None or period.value != int(found.group(1)):
        return period
    guessed = again(blanked(line, found.start(1), found.end(1)))[1]
    if guessed.value == period.value or not isinstance(guessed.value, int):
        return period
    return Guess(guessed.value, f"{guessed.why} (the year in the bracket after it is its base's)")
