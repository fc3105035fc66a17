"""The count of the items named right after it (三个要点：减盐、多运动、定期测血压; Five districts - A, B, C, D and
E - recorded) and a span of decades (over the next two decades): numbers that say what a figure counts
(checks.draft.definitions), moved here to keep that module short."""

from __future__ import annotations

import re

from checks.numbers import Quantity

# over the next two decades, in the past three decades: the time frame of a study or a trend.
_DECADES_AFTER = re.compile(r"\s*decades?\b", re.IGNORECASE)
_DECADES_BEFORE = re.compile(
    r"\b(?:over|in|for|during|across|within)\s+(?:the\s+)?(?:next|past|last|previous|coming|following|first)\s+$",
    re.IGNORECASE,
)
# 记住三个要点：减盐、多运动、定期测血压, Five districts - A, B, C, D and E - recorded: a count, a colon (or dashes),
# that many items, names them (further on if every item is a short name, its figures in brackets aside)
_TO_COLON = re.compile(
    r"(?P<gap>[^,，。.;；:：]{0,60}?)(?:[:：]|\s[-–—]\s)\s*(?P<items>[^。.;；!?！？]*?)(?=\s[-–—]\s|[。.;；!?！？]|$)"
)
_ASIDE = re.compile(r"[(（][^()（）]*[)）]")
_ITEM_SEPARATOR = re.compile(r"\s*(?:[、，,；;]|\band\b|\bor\b|和|及|与)\s*")


def named_items(line: str, q: Quantity) -> str | None:
    """The count of the items a colon (or a pair of dashes) lists right after it, or of a span of decades."""
    if _DECADES_AFTER.match(line, q.end) and _DECADES_BEFORE.search(line, max(0, q.start - 30), q.start):
        return "the time frame a figure is counted over (over the next two decades), not a claim"
    if q.qualifier != "eq" or not 2 <= q.value <= 12 or q.value != int(q.value) or q.unit == "percent":
        return None
    listed = _TO_COLON.match(line, q.end)
    if listed is None:
        return None
    items = [i for i in _ITEM_SEPARATOR.split(_ASIDE.sub("", listed.group("items"))) if i.strip()]
    named = all(len(i.split()) <= 4 and len(i.strip()) <= 30 for i in items)
    if len(items) == q.value and (len(listed.group("gap")) <= 14 or named):
        return "the count of the items listed right after it (三个要点：减盐、多运动、定期测血压), not a claim"
    return None
