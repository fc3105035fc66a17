"""A target's own due time in words, before the next aim of its sentence (round 69).

`The municipality aimed to spray at least 95 per cent of eligible structures next year and to bring test positivity
below 30 per cent by 2028`: two aims, each with its own due time; the first is due "next year" (2027 in a story of
2026), the second by 2028. The guesses took the printed year of the sentence for both. For a target whose own words,
from it to the next aim (`and to`, `, and`, `;`), name its year in words (next year, this year, the coming year), the
period is guessed again on its sentence with the words after that break blanked. A target with no such words of its
own keeps its guess (`to cut waits by 10% and to reach 95 per cent by 2028`: both 2028).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from checks.draft.guesses import Guess
from checks.draft.text import blanked, sentence_bounds

# and to bring, , and, ; : where the next aim of the sentence starts
_NEXT_AIM = re.compile(r"\s+and\s+to\s+\w|,\s+and\s+|;")
# next year, this year, the coming year, the following year (next year's campaign): a due time in words
_OWN_WORDS = re.compile(r"\b(?:next|this|the\s+coming|the\s+following)\s+year\b", re.IGNORECASE)


def own_due_words(
    line: str, start: int, end: int, status: Guess, period: Guess, again: Callable[[str], tuple[Guess, Guess]]
) -> Guess:
    """``period``, or the year a target's own words up to the next aim of its sentence name, guessed by ``again``
    on the line with the rest of its sentence blanked."""
    if status.value != "target":
        return period
    high = sentence_bounds(line, start)[1]
    following = _NEXT_AIM.search(line, end, high)
    if following is None or not _OWN_WORDS.search(line, end, following.start()):
        return period
    anew = again(blanked(line, following.start(), high))[1]
    if anew.value is None or anew.value == period.value:
        return period
    return Guess(anew.value, f"its own due time, before the next aim of its sentence ({anew.why})")
