"""A list a lead-in says is planned (下一步将重点做好三方面工作：一是…二是…; The department will: (a) …):
its items are plans, though the page around them reports what was done."""

from __future__ import annotations

import re
from collections.abc import Sequence

# A lead-in: a paragraph ending in a colon that says what comes next is to be done.
_PLANNING_LEAD_IN = re.compile(
    r"(?:下一步|今后|将|拟|计划|力争|要).{0,30}[：:]\s*$"
    r"|\b(?:will|plans?\s+to|aims?\s+to|intends?\s+to|is\s+to|are\s+to|next\s+steps?)\b.{0,80}:\s*$",
    re.IGNORECASE,
)
# An item of a list: 一是…, （一）…, 1. …, (a) …, • …
_ITEM = re.compile(
    r"^[\s　]*(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}\s*[.、．)]\s*\D"
    r"|[（(][a-z][）)]|[•·\-–*]\s)"
)


def listed_plans(lines: Sequence[str], numbers: Sequence[int]) -> set[int]:
    """The body lines (of ``numbers``) of a list right after a lead-in that plans, up to the first line
    that is no item of it."""
    planned: set[int] = set()
    listing = False
    for number in numbers:
        line = lines[number - 1]
        if not line.strip():
            continue
        if listing and _ITEM.match(line):
            planned.add(number)
            continue
        listing = bool(_PLANNING_LEAD_IN.search(line))
    return planned
