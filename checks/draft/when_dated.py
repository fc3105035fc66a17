"""A clause opening on "when" right after a date (has dropped since September 2025, when it stood at 517;
in 2019, when there were 41 clinics): it tells what held at that date, so its figures are of that year."""

from __future__ import annotations

import re

from checks.draft.guesses import Guess

# … September 2025, when it stood at 517: the date, a comma, "when", then the clause up to the figure
_WHEN_AFTER_DATE = re.compile(r"\b((?:19|20)\d\d)\s*,\s*when\s+[^,;.()\d]{0,40}$", re.IGNORECASE)


def when_dated(line: str, start: int, status: Guess, period: Guess) -> Guess:
    """``period``, or the year of the date a "when" clause holding the figure at ``start`` goes back to."""
    found = _WHEN_AFTER_DATE.search(line, max(0, start - 80), start)
    if found is None or status.value != "achieved" or period.why == "the year printed with it":
        return period
    return Guess(int(found.group(1)), f"the date its 'when' clause goes back to ({found.group(1)})")
