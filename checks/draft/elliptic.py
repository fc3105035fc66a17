"""A change a sentence states again without its verb: ``Institutional births rose from 85.7 per cent to
91.4 per cent, and births in public health facilities from 69.4 per cent to 76.8 per cent.`` The reader
reads the second ``from … to …`` as a range (nothing says it changed); the verb before it, in the same
sentence, says it is a change like the first: two levels, each one figure (``eq``), quoted apart."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from checks.draft.text import sentence_bounds
from checks.numbers import Quantity

# rose, fell, increased, went up …: a verb of change earlier in the sentence, then ", and" before the range.
_CHANGED = re.compile(
    r"\b(?:rose|increased|grew|climbed|improved|fell|declined|dropped|decreased|went\s+(?:up|down)|"
    r"(?:has|have)\s+(?:risen|fallen|increased|decreased|declined|grown))\b(?:[^.;]|\.\d)*,\s+and\s+[^,.;\d]*$",
    re.IGNORECASE,
)


def _level(end: Quantity) -> Quantity:
    """A range's end read as one level (eq), its rounding range its interval."""
    return replace(
        end, qualifier="eq", bound="eq", low=end.round_low, high=end.round_high, low_open=False, high_open=False
    )


def split_changes(line: str, readings: Sequence[Quantity]) -> list[Quantity]:
    """``readings`` with each range that restates a change of its sentence (from X to Y after ", and")
    replaced by its two ends as levels."""
    found: list[Quantity] = []
    for q in readings:
        ends = q.ends
        if ends is not None and q.text.lower().startswith("from ") and re.search(r"\bto\b", q.text):
            sentence_start = sentence_bounds(line, q.start)[0]
            if _CHANGED.search(line, sentence_start, q.start):
                found.extend(_level(end) for end in ends)
                continue
        found.append(q)
    return found
