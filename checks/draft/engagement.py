"""What people told the authors is of the time the text's opening says they heard it (round 68).

A report of an engagement (a Healthwatch's, a council's consultation, a charity's survey) opens by saying when its
authors heard from people (`Between September and November 2025 we heard from 486 people …`), then lists what they
were told under a heading of its own (`What people told us`, `What you said`, `Survey findings`): `- Only 41.2% said
they were always offered a professional interpreter`. Those figures print no year; they are of the engagement's year
(2025), not the year of publication (a report of February 2026). The engagement is dated in the first lines of the
body (a sentence of `we heard from`, `we surveyed`, `we spoke to`, `we asked` with a year over); the section runs from
such a heading to the next heading or run-in heading. A text with no dated engagement, or one dated this year, changes
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.draft.sections import heading_line, run_in

_FIRST_LINES = 3
# Between September and November 2025 we heard from 486 people; In 2025 we surveyed 1,200 residents
_HEARD = re.compile(
    r"\bwe\s+(?:heard\s+from|spoke\s+(?:to|with)|surveyed|asked|talked\s+(?:to|with)|listened\s+to|interviewed"
    r"|gathered\s+the\s+views\s+of)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b(?![/-]\d)")
# What people told us, What you said, What patients told us, Survey findings, What we heard, What we found
_TOLD = re.compile(
    r"\b(?:told\s+us|(?:you|people|patients|residents|carers|they)\s+(?:said|told)|what\s+we\s+(?:heard|found)"
    r"|survey\s+(?:findings|results)|key\s+findings)\b",
    re.IGNORECASE,
)


def _engagement_year(lines: Sequence[str], numbers: Sequence[int], now: int) -> int | None:
    """The year the first body lines say the authors heard from people, when over; else None."""
    for number in numbers[:_FIRST_LINES]:
        for sentence in re.split(r"(?<=[.!?])\s+", lines[number - 1]):
            years = [int(y) for y in _YEAR.findall(sentence)]
            if _HEARD.search(sentence) and years and max(years) < now:
                return max(years)
    return None


def told_sections(lines: Sequence[str], numbers: Sequence[int], now: int | None) -> dict[int, int]:
    """The body lines (of ``numbers``) under a heading of what people told the authors, up to the next heading: each
    with the year the text's opening dates the engagement by."""
    year = _engagement_year(lines, numbers, now) if now is not None else None
    if year is None:
        return {}
    found: dict[int, int] = {}
    inside = False
    for number in numbers:
        line = lines[number - 1]
        if heading_line(line) or run_in(line):
            inside = heading_line(line) and bool(_TOLD.search(line))
        elif inside and line.strip():
            found[number] = year
    return found
