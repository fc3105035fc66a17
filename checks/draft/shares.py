"""Numbers printed behind a share, which restate it: the counts a percent was computed from
(18.9% (34/180)) and a share in words the percent in brackets gives exactly (almost half (47%)).
The share is the claim; its restatement is no figure of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.numbers import Quantity

_FRACTION = re.compile(r"\d[\d,]*\s*/\s*\d[\d,]*")
_OPENS_AFTER_SHARE = re.compile(r"%\s*[(（]\s*$")
# almost half of the outbreaks (47%): the bracketed percent a few words after a share in words
_PERCENT_IN_BRACKETS = re.compile(r"[^()（）.;。；]{0,60}?[(（]\s*(\d+(?:\.\d+)?)\s*%\s*[)）]")


def restates_a_share(line: str, q: Quantity, others: Sequence[Quantity]) -> str | None:
    """Why ``q`` restates a share printed beside it (see above), or None."""
    if q.unit != "percent":
        return None
    if _FRACTION.fullmatch(q.text) and _OPENS_AFTER_SHARE.search(line, max(0, q.start - 4), q.start):
        share = [o for o in others if o.unit == "percent" and o.end <= q.start and q.start - o.end <= 4]
        if share and abs(share[-1].value - q.value) <= 0.5:
            return "the counts a share was computed from (18.9% (34/180)), not a figure of its own"
    if not any(c.isdigit() for c in q.text):
        found = _PERCENT_IN_BRACKETS.match(line, q.end)
        if found and abs(float(found.group(1)) - q.value) <= 15:
            return "a share in words that the percent in brackets gives exactly, not a figure of its own"
    return None
