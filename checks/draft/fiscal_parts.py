"""A part of a fiscal year named by a run-in heading dates its paragraph by the fiscal year (round 68).

`First quarter of FY2026. From July to September 2025, inspectors completed 84 inspections`: a state's fiscal year runs
July to June and is dated by the year it ends (README, Curation conventions), so its first quarter's months, printed
with the calendar year they fall in (2025), are of FY2026: 2026. Only a run-in heading (a few words closed by a full
stop or a colon, then the paragraph) naming a quarter, half or month of a fiscal year (`First quarter of FY2026`,
`Q1 FY2026`, `FY2026 first half`), and a figure its paragraph's printed calendar year dated, the year before the fiscal
year's end; a figure dated by another year keeps it.
"""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.name_years import dated_by_a_printed_year

_PART = r"(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|half)|Q[1-4]|H[12])"
_FY = r"(?:FY|SFY|FFY|fiscal\s+year)\s*((?:19|20)\d\d)"
# First quarter of FY2026. / Q1 FY2026: / FY2026 first half.: the run-in heading, closed by . or :
_HEADING = re.compile(
    rf"^\s*(?:{_PART}\s+(?:of\s+)?{_FY}|{_FY}\s*,?\s+{_PART})\s*[.:]\s+(?=\S)",
    re.IGNORECASE,
)
_OPENING_YEAR = "the year opening its sentence"


def fiscal_part(line: str, period: Guess) -> Guess:
    """``period``, or the fiscal year a run-in heading opening ``line`` names a part of, when the figure was dated by
    a calendar year printed in its paragraph, the year before the fiscal year ends."""
    found = _HEADING.match(line)
    if found is None:
        return period
    fiscal = int(found.group(1) or found.group(2))
    if not (dated_by_a_printed_year(period) or period.why == _OPENING_YEAR) or period.value != fiscal - 1:
        return period
    return Guess(fiscal, f"'{found.group().strip()}': a part of the fiscal year, dated by the year it ends")
