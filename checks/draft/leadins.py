"""A list a lead-in says is planned (下一步将重点做好三方面工作：一是…二是…; The department will: (a) …):
its items are plans, though the page around them reports what was done. A lead-in whose next paragraph
bears no list marker (2026年，全市将重点做好以下工作： then plain paragraphs) plans the paragraphs after it,
up to the next heading or the body's end (round 37)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.draft.sections import heading_line

# A lead-in: a paragraph ending in a colon that says what comes next is to be done (not 现将…公报如下：,
# hereby reported as follows: 将 there marks an object, as 把; nor 要 of 主要, 需要: no 'is to').
_PLANNING_LEAD_IN = re.compile(
    r"(?:下一步|今后|(?<!现)将|拟|计划|力争|(?<![主需重纲摘概])要).{0,30}[：:]\s*$"
    r"|\b(?:will|plans?\s+to|aims?\s+to|intends?\s+to|is\s+to|are\s+to|next\s+steps?)\b.{0,80}:\s*$",
    re.IGNORECASE,
)
# An item of a list: 一是…, （一）…, 1. …, (a) …, • …
_ITEM = re.compile(
    r"^[\s　]*(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}\s*[.、．)]\s*\D"
    r"|[（(][a-z][）)]|[•·\-–*]\s)"
)


def listed_plans(lines: Sequence[str], numbers: Sequence[int]) -> set[int]:
    """The body lines (of ``numbers``) of a list right after a lead-in that plans: its marked items, up
    to the first line that is no item of it; or, when the first paragraph after it bears no marker,
    the paragraphs up to the next heading."""
    planned: set[int] = set()
    listing = unmarked = first = False  # first: the line right after the lead-in
    for number in numbers:
        line = lines[number - 1]
        if not line.strip():
            continue
        if unmarked and not heading_line(line):
            planned.add(number)
            continue
        if listing and _ITEM.match(line):
            planned.add(number)
            first = False
            continue
        if first and not heading_line(line) and not _PLANNING_LEAD_IN.search(line):
            unmarked = True  # the lead-in's first paragraph bears no marker: its paragraphs are the list
            planned.add(number)
            continue
        unmarked = False
        listing = first = bool(_PLANNING_LEAD_IN.search(line))
    return planned
