"""Now, in a report on a span of years, is when it is published, not the span's last year (round 67).

A report whose title names one year over (某局2025年度工作总结, published in 2026) counts its `目前` and `currently` from
that year: its latest data (checks.draft.policy.title_period). A report whose title names a span of years pooled
(`审判白皮书（2023—2025）`, `…: between 2022 and 2024`) dates its totals by the span's last year, but its `目前` tells how
things stand when it is told (`目前，全市两级法院共设立专业合议庭11个`, in April 2026: 2026): a span reviewed is over, what
stands now is not of it. Only the words for now (目前, 当前, 截至目前, 现有, now, currently, at present), not the report's
own year (本年, 当年, 本期)."""

from __future__ import annotations

import re

from checks.draft.guesses import Guess

# 审判白皮书（2023—2025）, 2021—2025年, between 2022 and 2024, 2022-2024: a span of years in a title
_SPAN = re.compile(
    r"((?:19|20)\d\d)\s*年?\s*(?:—|–|-|~|至|到)\s*((?:19|20)\d\d)(?![\d/])|\bbetween\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)"
)
_NOW = re.compile(r"^'(?:目前|当前|截至目前|现有|now|currently|at present)'.*, of the year its title names$", re.I)


def pooled_title(title: str | None) -> bool:
    """Whether ``title`` names a span of two or more years (a report's pooled years)."""
    return any(int(m.group(2) or m.group(4)) > int(m.group(1) or m.group(3)) for m in _SPAN.finditer(title or ""))


def now_in_pooled(period: Guess, pooled: bool, now: int | None) -> Guess:
    """``period``, or ``now`` (the year of publication) for a figure told as now that ``title_period`` counted from
    the last year of the span a ``pooled`` title names."""
    if not pooled or now is None or not _NOW.match(str(period.why)):
        return period
    cue = str(period.why).split(",")[0]
    return Guess(now, f"{cue}: now, in a report on the span of years its title names")
