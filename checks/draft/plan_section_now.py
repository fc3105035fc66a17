"""What a plan section has now, and the aims it goes on to (round 71).

Under `七、2026年工作安排` in a report on 2025 published in 2026: `在现有9个示范站基础上，新增3个示范站，示范站总数达到12个`.
The count 现有 (目前, now) names is the one standing when the plan is written, at publication, not at the end of the year
reported (the guesses read 现有 in a review as that year's end); the counts the sentence goes on to (新增3个, 达到12个) are
the section's aims, targets of the year its heading names, though 现有 in their sentence read as a sign of done. Only
lines under a heading that names a year of publication or later (checks.draft.carried), and only figures the guesses
called done for 现有/目前 alone.
"""

from __future__ import annotations

import re
from datetime import date

from checks.draft.carried import Carried
from checks.draft.guesses import Guess
from checks.draft.text import clause_bounds

_NOW_CUE = re.compile(r"'(?:现有|目前)' (?:before it|in its (?:sentence|clause))")
# 在现有9个, 由目前的68.5%: the level now, right after the word (no other number or stop between)
_NOW_RIGHT_BEFORE = re.compile(r"(?:现有|目前)[^，,。；;\d]{0,12}$")


def plan_section_now(
    line: str, start: int, status: Guess, period: Guess, carried: Carried | None, published: date | None
) -> tuple[Guess, Guess]:
    """``status`` and ``period`` of the figure at ``start`` of ``line``, or publication's now for the level 现有 names in
    a plan section and a target of the heading's year for the counts after it."""
    if carried is None or published is None or "section's heading" not in carried.why or carried.year < published.year:
        return status, period
    if status.value != "achieved" or not _NOW_CUE.fullmatch(status.why):
        return status, period
    if _NOW_RIGHT_BEFORE.search(line, clause_bounds(line, start)[0], start):
        return status, Guess(published.year, "现有 in a section of plans: what stands at publication")
    return Guess("target", "an aim of a section of plans, after what it has now"), Guess(carried.year, carried.why)
