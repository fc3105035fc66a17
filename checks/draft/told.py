"""Years told right with an English figure (round 29; checks.draft.years.own reads them)."""

from __future__ import annotations

import re

from checks.draft.months import MONTH_NAMES

# the 2016-2020 average of 98 deaths a year: the average of years pooled, recorded as their last year
POOLED_AVERAGE = re.compile(
    r"((?:19|20)\d\d)\s*(?:[-–—]|\bto\b)\s*((?:19|20)\d\d)\s+(?:annual\s+|yearly\s+)?(?:average|mean)\s+(?:of\s+)?$",
    re.I,
)
# up from 377 in August and 389 in September 2025: a month of its own right after the figure (no year after
# it), so a year later in its clause is another figure's
OWN_MONTH = re.compile(rf"\s+in\s+(?:{MONTH_NAMES})\b(?!\s*,?\s*\d)")
# the 235 confirmed for 2025, 644 recorded in 2025: the year the figure was counted for, after a participle
PARTICIPLE_YEAR = re.compile(r"\s+[a-z]+ed\s+(?:in|for|during)\s+((?:19|20)\d\d)\b(?!\s*[-/–]\s*\d)")
