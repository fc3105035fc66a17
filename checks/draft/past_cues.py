"""Whether a target cue names a time gone by (checks.draft.guesses): by the end of 2023 or 到十三五末 in a 2024
article reports the past; so does a day's date in the year of publication or before (spent by March 31, 2026)."""

from __future__ import annotations

import re

from checks.draft.fiveyear import plan_years

# (and a month's: had attained the status by March 2026, in a 2026 report; round 34)
_DAY_DUE = re.compile(r"by\s+\d{1,2}\s+[A-Z]|by\s+[A-Z][a-z]+\s+(?:\d{1,2}\b|(?:19|20)\d\d)", re.IGNORECASE)


def past_cue(cue: str, now: int | None) -> bool:
    """A target cue naming a year before now (by the end of 2023, 到十三五末, in a 2024 article), or a day
    of now's year or before (by 30 September 2026, in a 2026 report: as of a day gone by; round 33)."""
    year = re.search(r"(?:19|20)\d\d", cue)
    plan = plan_years(cue)
    last = int(year.group()) if year else plan[1] if plan else None
    if last and now and _DAY_DUE.match(cue):
        return last <= now
    return bool(last and now and last < now)
