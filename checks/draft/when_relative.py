"""A clause opening on "when" right after a year named in words (round 69).

`The campaign cost US$19.56 per structure, compared with US$21.40 last year, when 31,870 structures were sprayed.`: the
clause tells what held at the time named just before it (last year: 2025 in a story of 2026), as
checks.draft.when_dated reads `in 2019, when there were 41 clinics` for a printed year. The guesses gave "last year" to
the level compared with before it and the clause's figure the year of the story. The figure's period is guessed again
on its sentence read from the words for the year on (the words before them blanked), so that those words date it as
they would open a sentence. Only "last year", "the previous/preceding/prior year", "the year before", "a year
earlier/before", a comma, then "when" and the clause up to the figure (no break).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from checks.draft.guesses import Guess
from checks.draft.text import blanked, sentence_bounds

# …, last year, when 31,870 structures: the words for the year, a comma, "when", then the clause up to the figure
_WHEN_AFTER_WORDS = re.compile(
    r"\b(last\s+year|the\s+(?:previous|preceding|prior)\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|before))"
    r"\s*,\s*when\s+[^,;.()\d]{0,40}$",
    re.IGNORECASE,
)


def when_relative(
    line: str, start: int, status: Guess, period: Guess, again: Callable[[str], tuple[Guess, Guess]]
) -> Guess:
    """``period``, or the year the words a "when" clause holding the figure at ``start`` goes back to name, as
    ``again`` guesses it on the line with the words before them in its sentence blanked."""
    found = _WHEN_AFTER_WORDS.search(line, max(0, start - 80), start)
    if found is None or status.value != "achieved":
        return period
    low = sentence_bounds(line, start)[0]
    anew = again(blanked(line, low, found.start()))[1]
    if anew.value is None or anew.value == period.value:
        return period
    return Guess(anew.value, f"the time its 'when' clause goes back to ('{found.group(1)}': {anew.why})")
