"""A level changed from, with no year, in a paragraph that has named the year compared with (round 69).

`2,184 patients had a high dose in 2025, down from 2,479 in 2024. The share with an overlapping prescription fell to
4.8% from 5.5%, a drop of 0.7 percentage points.`: the first sentence sets what the paragraph compares (2025 against
2024); the next ones go on with it printing no year, and the level they start from (`from 5.5%`, `to 61 patients from
88`) is of the year compared with, as `from 2,479 in 2024` is. The guesses gave it the year reported. Only a figure
right after `from`, after a verb of change in its clause (fell, rose, down; not a range, `ranged from 1 to 19`), in a
sentence that prints no year, after an earlier sentence of its line comparing with a level
`in YYYY` (from/than/compared with/against … in YYYY), and no year printed between; the level changed to and the change
keep their guess.
"""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.text import PRINTED_YEAR, sentence_bounds

# down from 2,479 in 2024, compared with 31.2% in 2024, than 640 in 2024: the level and year compared with
_COMPARED_IN = re.compile(
    r"\b(?:from|than|compared\s+with|against)\s+[$£€]?\s*\d[\d,.]*\s*(?:%|per\s+cent)?[^.;\d]{0,30}?"
    r"\bin\s+((?:19|20)\d\d)\b(?![-–/]\d)",
    re.IGNORECASE,
)
# fell to 4.8% from, to 61 patients from: the level a change starts from, just before the figure
_FROM = re.compile(r"\bfrom\s+[$£€]?\s*$")
# fell, rose, dropped, down, up: a verb of change in the clause before it (not `ranged from 1 to 19`)
_CHANGED = re.compile(
    r"\b(?:fell|rose|dropped|declined|decreased|increased|climbed|grew|shrank|went\s+(?:up|down)|down|up)\b(?:[^,;.]|\.(?=\d))*$",
    re.IGNORECASE,
)
# from 1 to 19, from 3-5: a range, no level changed from
_RANGE = re.compile(r"[\d,.]*\s*(?:%|per\s+cent)?\s*(?:to|-|–|—)\s*[$£€]?\s*\d")


def continued_comparison(line: str, start: int, status: Guess, period: Guess) -> Guess:
    """``period``, or the year an earlier sentence of the line compares with, for a level changed from that prints
    none (… down from 2,479 in 2024. … fell to 4.8% from 5.5%: 2024)."""
    if status.value != "achieved" or not _FROM.search(line, max(0, start - 8), start):
        return period
    if not _CHANGED.search(line, max(0, start - 120), start) or _RANGE.match(line, start + 1):
        return period
    low, high = sentence_bounds(line, start)
    if PRINTED_YEAR.search(line, low, high):
        return period
    compared = list(_COMPARED_IN.finditer(line, 0, low))
    if not compared or PRINTED_YEAR.search(line, compared[-1].end(), low):
        return period
    year = int(compared[-1].group(1))
    if period.value == year:
        return period
    return Guess(year, f"the year compared with in an earlier sentence ('{compared[-1].group().strip()}')")
