"""The counts a share was computed from, printed in brackets after it (18.9% (34/180)): the share
is the claim, the counts restate it. (A share in words restated by a percent in brackets after it,
almost half of them (47%), is checks.draft.definitions'.)"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.numbers import Quantity

_FRACTION = re.compile(r"\d[\d,]*\s*/\s*\d[\d,]*")
_OPENS_AFTER_SHARE = re.compile(r"%\s*[(（]\s*$")


# rose … to 11.8% in 2025: more than one in ten isolates tested — a share in words after the percentage it rounds
# (round 31): the percentage is the claim
_IN_WORDS = re.compile(
    r"(?:\bone|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+[a-z]+\b|\bthirds?\b|\bquarters?\b|\bhalf\b",
    re.I,
)
_AFTER_SHARE = re.compile(
    r"^[^.;!?]{0,30}[:,—–-]\s*(?:or\s+|that\s+is\s+|i\.e\.\s+)?(?:just\s+|nearly\s+|almost\s+|about\s+|around\s+|more\s+than\s+|over\s+|under\s+|less\s+than\s+)?$",
    re.I,
)


def _rounds(share: float, q: Quantity) -> bool:
    """Whether the share in words ``q`` is a rounding of ``share`` (more than one in ten: 11.8%)."""
    if q.qualifier in ("gt", "ge"):
        return q.value <= share <= q.value * 1.5
    if q.qualifier in ("lt", "le"):
        return q.value * 0.67 <= share <= q.value
    return abs(share - q.value) <= max(2.5, q.value * 0.1)


def restates_a_share(line: str, q: Quantity, others: Sequence[Quantity]) -> str | None:
    """Why ``q`` restates a share printed beside it (see above), or None."""
    if q.unit != "percent":
        return None
    if _FRACTION.fullmatch(q.text) and _OPENS_AFTER_SHARE.search(line, max(0, q.start - 4), q.start):
        share = [o for o in others if o.unit == "percent" and o.end <= q.start and q.start - o.end <= 4]
        if share and abs(share[-1].value - q.value) <= 0.5:
            return "the counts a share was computed from (18.9% (34/180)), not a figure of its own"
    if _IN_WORDS.search(q.text):
        share = [o for o in others if o.unit == "percent" and o.end <= q.start and not _IN_WORDS.search(o.text)]
        after = share[-1] if share else None
        if after is not None and _AFTER_SHARE.match(line[after.end : q.start]) and _rounds(after.value, q):
            return "a share in words rounding the percentage before it (11.8%: more than one in ten), not a figure"
    return None
