"""A year inside a name or a description dates no figure (round 60b).

A year printed in a sentence dates its figures (`the year printed with it`, `the last year printed before it on its
line`), unless the year is part of what a figure counts or of a thing's description:

- a programme's name between a count and what it counts: `fell by £125,000 as two Horizon 2020 awards came to an end`
  in a review of 2024/25 (a capitalised word, the year, then a word in lower case: `two Vision 2030 projects`);
- when a thing was made or began, told in a relative clause: `St Wilfrid's, where 7 of its 11 wards were built before
  1975`, `the track, which began in 2022, matched, 9 of them in family medicine` (which, that, where, who, then built,
  opened, founded, established, began, started, launched … in, before or since the year).

Such a year is blanked and the figure's period guessed again (the year its title names, or another year printed):
only when the year so blanked is the one that dated it. `In 2022 the unit opened 12 beds` (no relative clause) and `the
Census 2021 found 12%` (no count before the name) keep their years.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from checks.draft.guesses import LINE_YEAR, Guess
from checks.draft.months import MONTH_WORD
from checks.draft.text import blanked_matches, sentence_bounds

_DATED_BY = ("the year printed with it", LINE_YEAR)
_NUMBER = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# a name, no month (`31 March 2026 they have seen`, `by 31 May 2026 and`): a date dates
_IN_NAME = re.compile(rf"\b{_NUMBER}\s+(?!{MONTH_WORD}\b)[A-Z][a-z]+\s+((?:19|20)\d\d)(?=\s+[a-z]{{3,}})")
_DESCRIBED = re.compile(
    r"\b(?:which|that|where|who)\b[^,;.]*?\b(?:built|constructed|founded|established|opened|began|started|launched)"
    r"\s+(?:in|before|since)\s+((?:19|20)\d\d)\b"
)


def dated_by_a_printed_year(period: Guess) -> bool:
    """Whether ``period`` is a year printed with the figure or on its line: one a year that dates nothing may have
    given (a name's, a description's, a thing's age: checks.draft.built_years)."""
    return period.why in _DATED_BY and isinstance(period.value, int)


def guessed_without(
    period: Guess, years: list[int], blanked: Callable[[], str], guess_again: Callable[[str], Guess], what: str
) -> Guess:
    """``period``, or the period ``guess_again`` gives the line with ``years`` blanked (``blanked``), when one of them
    is the year that dated the figure; ``what`` says what that year is."""
    if period.value not in years:
        return period
    again = guess_again(blanked())
    if again.value == period.value:
        return period
    return Guess(again.value, f"{again.why} (the year {period.value} {what})")


def name_years(line: str, start: int, period: Guess, guess_again: Callable[[str], Guess]) -> Guess:
    """``period``, or the period ``guess_again`` gives ``line`` with the years of names and descriptions in the
    figure's sentence blanked, when one of those years dated the figure."""
    if not dated_by_a_printed_year(period):
        return period
    low, high = sentence_bounds(line, start)
    sentence = line[low:high]
    named = [int(m.group(1)) for pattern in (_IN_NAME, _DESCRIBED) for m in pattern.finditer(sentence)]

    def blanked() -> str:
        return line[:low] + blanked_matches(_DESCRIBED, blanked_matches(_IN_NAME, sentence, 1), 1) + line[high:]

    return guessed_without(period, named, blanked, guess_again, "is a name's or a description's")
