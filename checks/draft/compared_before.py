"""The year of a level compared with does not date the next sentence (round 70).

`Visits rose to 6,482 over the season, 18.4% more than the 5,475 in the 2024 season. Visits for asthma alone came to
1,236, or 19.1% of respiratory visits.`: the year closing the first sentence is the year of the level it compares
with; the next sentence goes on with the season reported. The guesses dated a figure printing no year by "the last
year printed before it on its line", here the year compared with. Where that year stands in a comparison of an
earlier sentence (than/from/compared with/against a number … in [the] YYYY), the period is guessed again on the line
with that year blanked. (checks.draft.continued_comparison gives that year back to a level changed from, `fell to
4.8% from 5.5%`, which is of the year compared with: it runs after this rule.)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from checks.draft.guesses import LINE_YEAR, Guess
from checks.draft.text import PRINTED_YEAR, blanked, sentence_bounds

# than the 5,475 in the 2024 season, from 2,479 in 2024, compared with 31.2% in 2024: a level and the year compared with
_COMPARED_IN = re.compile(
    r"\b(?:from|than|compared\s+with|against)\s+(?:the\s+)?[$£€]?\s*\d[\d,.]*\s*(?:%|per\s+cent)?[^.;\d]{0,30}?"
    r"\bin\s+(?:the\s+)?((?:19|20)\d\d)\b(?![-–/]\d)",
    re.IGNORECASE,
)


def compared_before(line: str, start: int, period: Guess, again: Callable[[str], tuple[Guess, Guess]]) -> Guess:
    """``period``, or the period ``again`` guesses with the year compared with in an earlier sentence blanked, for a
    figure at ``start`` dated by that year as the last printed before it."""
    if period.why != LINE_YEAR:
        return period
    low = sentence_bounds(line, start)[0]
    printed = list(PRINTED_YEAR.finditer(line, 0, low))
    compared = list(_COMPARED_IN.finditer(line, 0, low))
    if not printed or not compared or compared[-1].start(1) != printed[-1].start():
        return period
    if int(compared[-1].group(1)) != period.value:
        return period
    anew = again(blanked(line, compared[-1].start(1), compared[-1].end(1)))[1]
    if anew.value is None or anew.value == period.value:
        return period
    return Guess(
        anew.value, f"{anew.why}; the year before it on its line is compared with ('{compared[-1].group().strip()}')"
    )
