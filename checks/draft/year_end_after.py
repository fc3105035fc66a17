"""A level followed by the year-end it stood at (round 70).

`1,027 providers were registered, 19.4% more than the 860 at the end of 2024.` and `15 pharmacies operated at year
end, up from 14 at the end of 2024`: the words right after the number say when that level stood, as `in 2024` would
(checks.draft.years reads that one). The guesses gave the year of the report. A figure done (achieved) followed by
`at the end of [month] YYYY` (a few words of what it counts allowed between, no comma) is of that year; not a change
against a year-end (`233,000 lower than at the end of September 2025`: the change is of the level reported).
"""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.months import MONTH

# 233,000 lower than at the end of September 2025: a change against an earlier year-end, not its level's
_COMPARING = r"(?:than|lower|higher|more|less|fewer|up|down|from|since|compared|above|below)"
# the 860 at the end of 2024, 14 pharmacies at the end of December 2024: the level's own year-end
_AT_END = re.compile(
    rf"\s+(?:(?!{_COMPARING}\b)[a-z]+\s+){{0,3}}?at\s+the\s+end\s+of\s+(?:{MONTH})?((?:19|20)\d\d)\b(?![-–/]\d)",
    re.IGNORECASE,
)


def year_end_after(line: str, end: int, status: Guess, period: Guess) -> Guess:
    """``period``, or the year of the year-end printed right after a done figure ending at ``end``."""
    found = _AT_END.match(line, end)
    if found is None or status.value != "achieved" or period.value == int(found.group(1)):
        return period
    return Guess(int(found.group(1)), f"the year-end printed after it ('{found.group().strip()}')")
