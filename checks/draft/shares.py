"""The counts a share was computed from, printed in brackets after it (18.9% (34/180)): the share
is the claim, the counts restate it. (A share in words restated by a percent in brackets after it,
almost half of them (47%), is checks.draft.definitions'.)"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.numbers import Quantity

_FRACTION = re.compile(r"\d[\d,]*\s*/\s*\d[\d,]*")
_OPENS_AFTER_SHARE = re.compile(r"%\s*[(（]\s*$")


def restates_a_share(line: str, q: Quantity, others: Sequence[Quantity]) -> str | None:
    """Why ``q`` restates a share printed beside it (see above), or None."""
    if q.unit != "percent":
        return None
    if _FRACTION.fullmatch(q.text) and _OPENS_AFTER_SHARE.search(line, max(0, q.start - 4), q.start):
        share = [o for o in others if o.unit == "percent" and o.end <= q.start and q.start - o.end <= 4]
        if share and abs(share[-1].value - q.value) <= 0.5:
            return "the counts a share was computed from (18.9% (34/180)), not a figure of its own"
    return None
