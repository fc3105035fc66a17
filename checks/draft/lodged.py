"""Round 48: a written answer dated in a sentence of its head. A parliament's written answer may print the day it
was answered inside the line that names who asked whom (The Hon. … asked the Minister for Health — Question asked
on 11 February 2026; answer lodged on 12 March 2026.), not on a line of its own (Answered: 11 March 2026): the
page is published when answered, on the date after "answer lodged on" (given, received, tabled, provided), not
on the question's, and not undated for want of a dateline (checks.draft.dates.published_of)."""

from __future__ import annotations

import re

# answer lodged on, answer was given on, reply received on, response tabled on, answered on
_LODGED = re.compile(
    r"\b(?:(?:answer|reply|response)\s+(?:was\s+)?(?:lodged|given|received|tabled|provided|published)|answered)"
    r"\s*(?:on\s*)?[:：]?\s*",
    re.IGNORECASE,
)


def lodged_at(line: str) -> int | None:
    """Where the date a written answer was lodged starts on ``line`` (after "answer lodged on"), or None."""
    found = _LODGED.search(line)
    return None if found is None else found.end()
