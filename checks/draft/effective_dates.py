"""A date a page's line of fields labels as the day its contents take effect is not the day the page was published
(round 55): a hospital's price list headed `Effective January 1, 2026 | Updated February 2, 2026 | Document
FIN-PT-2026-01` was put up on February 2, with prices in force since January 1; a schedule of fees `In force from
1 April 2026 · Published 12 March 2026` appeared in March. When such a line prints another full date, that date
dates the page (the update, the posting); the day of effect stays what checks.draft.in_force reads.

The label stands right before its date: Effective, Effective date, In effect from, In force from, Valid from,
Applies from, 生效日期, 施行日期, 执行日期. Not a line whose only date is the day of effect (`Effective July 1,
2026` alone still dates the page, as before)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

_EFFECTIVE = re.compile(
    r"(?i:\b(?:effective(?:\s+date)?|in\s+(?:effect|force)|valid|appl(?:y|ies))(?:\s+(?:from|on|as\s+of|since))?)"
    r"\s*[:：]?\s*$|(?:生效|施行|执行)(?:日期|时间)\s*[:：]?\s*$"
)


def issued_date(line: str, days: Sequence[tuple[int, date]]) -> date | None:
    """The first of ``days`` (each a full date of ``line`` and where it starts, in order) that no effect label
    names, when another is a day of effect (Effective January 1, 2026 | Updated February 2, 2026: February 2);
    None otherwise."""
    effect = [_EFFECTIVE.search(line, max(0, start - 24), start) is not None for start, _ in days]
    if not any(effect):
        return None
    return next((day for (_, day), named in zip(days, effect, strict=True) if not named), None)
