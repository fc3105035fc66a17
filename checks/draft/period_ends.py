"""Round 44: the year a target is due by when its text names it through a span printed before, not with the
figure.

- **a period's end**: a notice or programme that sets a span of time (建设周期3年（2026年12月至2029年11月）,
  The grant runs from July 2026 to June 2029) and then what must be reached at its end (到建设期末，各项目应达到
  以下要求：, By the end of the grant period, each site will:) sets targets due in the span's last year, not in the
  year the text is about. The lines under such a lead-in, to the next heading, are of it, and so is the rest of the
  sentence naming the end.
- **next year under a plan heading of its year**: a year-end report published after the year it reviews (a
  debriefing of 2025 printed in January 2026) says 明年 / next year of the year after the one it reviews; under a
  heading of plans naming one year (六、2026年工作打算, Plans for 2027) that year is the one meant, not the year after
  publication.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.draft.guesses import Guess
from checks.draft.months import MONTH_NAMES
from checks.draft.sections import PLAN_HEADING, heading_line
from checks.numbers import Quantity

_YEAR = r"((?:19|20)\d\d)\s*年?"
_MONTH_AFTER = r"(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?"
_MONTH_NAME = rf"(?:(?:{MONTH_NAMES})\s+)?"
# 2026年12月至2029年11月, 2026-2029年, from July 2026 to June 2029, 2026 to 2029: a span and its last year
_SPAN = re.compile(
    rf"{_YEAR}{_MONTH_AFTER}\s*(?:至|到|—|–|-|~)\s*{_YEAR}"
    rf"|\b(?:from\s+)?{_MONTH_NAME}((?:19|20)\d\d)\s+(?:to|until|through)\s+{_MONTH_NAME}((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# 到建设期末, 项目期末, 周期结束时, by the end of the grant period, at the end of the programme
_END_OF_PERIOD = re.compile(
    r"(?:建设|项目|实施|规划|培育|资助|支持)?(?:期末|周期结束时|期满时)"
    r"|\b(?:by|at)\s+the\s+end\s+of\s+the\s+(?:\w+\s+){0,2}(?:period|programme|program|project|term)\b",
    re.IGNORECASE,
)
_PLAN_YEAR = re.compile(r"((?:19|20)\d\d)\s*年?")
_NEXT_YEAR = re.compile(r"明年|next\s+year", re.IGNORECASE)
_BY_DEFAULT = ("the year the article is about", "publication year", "the year its title names")


def _span_end(line: str) -> int | None:
    match = _SPAN.search(line)
    if match is None:
        return None
    first, last = (int(g) for g in match.groups() if g is not None)
    return last if last > first else None


def period_ends(lines: Sequence[str], numbers: Sequence[int]) -> dict[int, tuple[int, int]]:
    """Body lines (of ``numbers``) setting out what is due at the end of a period a span printed before
    names: each with the span's last year and where on the line the end is named (0 for the lines under a
    lead-in that names it)."""
    found: dict[int, tuple[int, int]] = {}
    end: int | None = None  # the last year of the latest span printed
    under: int | None = None  # the end year a lead-in's list goes on with
    for number in numbers:
        line = lines[number - 1]
        if heading_line(line):
            end, under = None, None
            continue
        if under is not None:
            found[number] = (under, 0)
            continue
        end = _span_end(line) or end
        named = _END_OF_PERIOD.search(line)
        if end is None or named is None:
            continue
        found[number] = (end, named.start())
        if line.rstrip().endswith((":", "：")):
            under = end
    return found


def plan_heading_years(lines: Sequence[str], numbers: Sequence[int]) -> dict[int, int]:
    """Body lines (of ``numbers``) under a heading of plans that names one year (六、2026年工作打算)."""
    found: dict[int, int] = {}
    year: int | None = None
    for number in numbers:
        line = lines[number - 1]
        if heading_line(line):
            years = {int(y) for y in _PLAN_YEAR.findall(line)}
            year = years.pop() if len(years) == 1 and PLAN_HEADING.search(line) else None
        elif year is not None:
            found[number] = year
    return found


def due_at_end(q: Quantity, status: Guess, period: Guess, end: tuple[int, int] | None) -> tuple[Guess, Guess]:
    """A figure set for a period's end, drafted for the year the text is about: a target (when drafted
    achieved for want of a cue) due in the period's last year."""
    if end is None or period.why not in _BY_DEFAULT or q.start < end[1]:
        return status, period
    if status.value != "target":
        if "no cue" not in str(status.why):
            return status, period
        status = Guess("target", "set for the end of a period (建设期末, the end of the grant period)")
    return status, Guess(end[0], "the last year of the period whose end it is set for")


def next_in_plans(line: str, status: Guess, period: Guess, plan_year: int | None) -> Guess:
    """A target for next year (明年) under a heading of plans naming one year: that year."""
    if plan_year is None or status.value != "target" or plan_year == period.value:
        return period
    if not _NEXT_YEAR.fullmatch(str(period.why).strip("'")) or not _NEXT_YEAR.search(line):
        return period
    return Guess(plan_year, "the year the plans' heading names (its 'next year')")
