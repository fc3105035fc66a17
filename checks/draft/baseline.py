"""The baseline's year (round 41): a text that names its baseline with a year (a table's ``Baseline (2024)``
column, ``the 2024 baseline``, ``基线（2024年）``) dates by it a figure its prose says was measured "at baseline"
(diarrhoea fell from 18.3% at baseline to 11.6%), when no year of its own dates it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.draft.guesses import Guess

# Baseline (2024), baseline year 2024, the 2024 baseline, 基线（2024年）, 2024年基线
_NAMED = re.compile(
    r"\b[Bb]aseline\s*(?:year\s*)?[(（:：]?\s*((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s+baseline\b"
    r"|基线(?:年|年份)?\s*[(（:：]?\s*((?:19|20)\d\d)\s*年?|((?:19|20)\d\d)\s*年\s*基线"
)
# 18.3% at baseline, 基线时为18.3%, 基线调查的18.3%: a figure measured at the baseline
_AT_AFTER = re.compile(r"\s*(?:at|in\s+the)\s+baseline\b(?!\s+(?:of|for)\b)", re.I)
_AT_BEFORE = re.compile(r"基线(?:时|调查时?|水平)?(?:的|为|是)\s*$")


def baseline_year(text: Sequence[str]) -> int | None:
    """The one year the text names as its baseline's, or None when it names none or several."""
    found = {int(next(g for g in m.groups() if g)) for line in text for m in _NAMED.finditer(line)}
    return found.pop() if len(found) == 1 else None


def at_baseline(line: str, start: int, end: int, status: Guess, period: Guess, year: int | None) -> Guess:
    """A figure measured at the baseline, achieved and dated by no year of its own: of the baseline's year."""
    if year is None or status.value != "achieved" or "printed with it" in str(period.why):
        return period
    if _AT_AFTER.match(line, end) or _AT_BEFORE.search(line, max(0, start - 12), start):
        return Guess(year, "the year the text names its baseline's")
    return period
