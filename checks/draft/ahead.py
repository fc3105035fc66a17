"""Next year's changes, in a notice of them (round 43). When the text's rules take effect in a year after its
publication (``Context.effective``), a change it states in the present (The allowance rises from $1,500 to
$2,000 a year) is that year's: the value it changes to is a target of the year it takes effect, the value it
changes from stays as things stand. A clause that goes on a sentence naming that year (Our 2027 list adds 38
drugs; 9 move to a higher tier) is of it too."""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.text import sentence_bounds
from checks.numbers import Quantity

# rises from $1,500 to, falls from 75 to, goes up from 4 to, changes from 20% to: the value it changes to
_CHANGED_TO = re.compile(
    r"\b(?:rises|falls|increases|decreases|drops|goes\s+(?:up|down)|changes|moves|climbs)\s+from\s+"
    r"(?:[^,;.]|[,.](?=\d)){1,24}?\s+to\s+(?:[£$€]|US\$)?\s*$",
    re.IGNORECASE,
)
_NO_CUE = ("no cue",)
_BY_DEFAULT = ("the year the article is about", "publication year", "the year before publication")


def _year_before(line: str, start: int, year: int) -> bool:
    """The figure's sentence goes on, after a semicolon, one that prints ``year`` (Our 2027 Drug List adds …;)."""
    begin = sentence_bounds(line, start)[0]
    if begin == 0 or line[begin - 1] not in ";；":
        return False
    before = line[sentence_bounds(line, begin - 1)[0] : begin - 1]
    return re.search(rf"(?<!\d){year}(?!\d)", before) is not None


def change_ahead(line: str, q: Quantity, status: Guess, period: Guess, effective: int | None) -> tuple[Guess, Guess]:
    """A present-tense change's new value (rises from $1,500 to $2,000), or a figure in a clause going on a
    sentence that names the year the text's changes take effect: a target of that year. Else as guessed."""
    if effective is None or status.value != "achieved" or status.why not in _NO_CUE or period.why not in _BY_DEFAULT:
        return status, period
    if _CHANGED_TO.search(line[max(0, q.start - 60) : q.start]):
        why = f"the value it changes to, as the text's changes take effect in {effective}"
        return Guess("target", why), Guess(effective, why)
    if _year_before(line, q.start, effective):
        why = f"a clause going on a sentence of {effective}, when the text's changes take effect"
        return Guess("target", why), Guess(effective, why)
    return status, period
