"""A span of one that a later figure of its clause is counted over (一个月能省下六七百块, 一年能接诊3000人次,
一个建床周期最高支付限额8000元): no claim (checks.draft.ignores; moved here to keep that module short)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.draft.text import clause_bounds
from checks.numbers import Quantity

_RANGE_ON = re.compile(r"\s*(?:to|[-–—~])\s*\S", re.IGNORECASE)
_RANGE_ON_ZH = re.compile(r"\s*(?:至|到)\s*\d")
_RANGE_OPENS = re.compile(r"\b(?:within|from|between)\s+$", re.IGNORECASE)


# 一个建床周期最高支付限额8000元, 一个参保年度内: one period named by its noun (周期, 年度, 疗程), what a later
# figure of its clause is counted over (round 34).
_ONE_PERIOD = re.compile(r"一个[\u4e00-\u9fff]{0,4}?(?:周期|年度|疗程)")


def per_span(line: str, q: Quantity, others: Sequence[Quantity]) -> str | None:
    """一个月能省下六七百块, 一年能接诊3000人次: a span of one that a later figure of its clause is
    counted over (per month), not a claim."""
    named_period = q.digits == "一" and _ONE_PERIOD.match(line, q.start) is not None
    a_span = q.unit in ("day", "week", "month", "year") and q.digits in ("一", "1")
    if q.value != 1 or not (a_span or named_period):
        return None
    if _RANGE_ON.match(line, q.end) and _RANGE_OPENS.search(line, max(0, q.start - 10), q.start):
        return None  # within 1 to 2 days, ranged from 1 to 19 days: a range's low end, the range is the figure
    if q.text.rstrip().endswith(("至", "到")) or _RANGE_ON_ZH.match(line, q.end):
        return None  # 暂缓校验期为1至6个月: the low end of a range the reader reads, the range is the figure (round 41)
    _, end = clause_bounds(line, q.start)
    return (
        "the span a figure after it is counted over, not a claim"
        if any(q.end <= o.start < end for o in others)
        else None
    )
