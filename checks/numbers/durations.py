"""A time printed in hours, minutes and seconds is one duration (11分36秒, 1小时20分钟, 2 hours and 30 minutes);
so is one in weeks and days (9 weeks and 2 days, 3周2天) and one in years and months (1年零3个月).

The scanner reads each part alone (11, 36秒); this joins parts printed together, largest unit first,
into one quantity in the smallest unit printed: 11分36秒 is 696 seconds, 1小时20分 80 minutes, 9 weeks
and 2 days 65 days, with the rounding of that last part (696 ± 0.5 s). A bare 分 after a number is a
minute only inside such a time (after hours, or before seconds): alone it is a score or a fen (5分). A
part after the first is less than one of the unit before it (1小时75分 is no clock time, 3周8天 no
weeks and days); a bound word may open the time (约1小时20分钟) or close it (11分36秒以内), not stand
inside it.
"""

from __future__ import annotations

import itertools
import math
import re
from decimal import Decimal

from checks.numbers.quantity import Quantity, quantity

# Each unit that joins: its family (units of one family join) and its size in the family's smallest.
SIZES = {
    "hour": ("time", 3600), "minute": ("time", 60), "second": ("time", 1),
    "week": ("days", 7), "day": ("days", 1),
    "year": ("months", 12), "month": ("months", 1),
}  # fmt: skip
# Between two parts: nothing, a space, 零 (一小时零十五秒), or a comma and/or "and" (2 hours and 30 minutes).
_JOIN = re.compile(r"(?:\s?零?|,?\s+(?:and\s+)?)\Z")
_BARE_MINUTE = "分"


def compound_durations(text: str, norm: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each run of time parts printed together read as one duration."""
    if len(found) < 2 or not any(q.unit in SIZES for q in found):
        return found
    out: list[Quantity] = []
    index = 0
    while index < len(found):
        run = _run(norm, found, index)
        joined = _joined(text, found, run) if run else None
        out.append(joined if joined is not None else found[index])
        index = run[-1][0] + 1 if joined is not None else index + 1
    return out


def _unit(found: list[Quantity], index: int) -> tuple[str, int] | None:
    """The time unit of ``found[index]`` and where it ends: its own unit, or a score's 分 (a minute here)."""
    q = found[index]
    if q.ends is not None:
        return None
    if q.unit in SIZES:
        return q.unit, q.end
    if q.unit_text == _BARE_MINUTE:
        return "minute", q.end  # 11分 read as a score's points: a minute inside a time
    return None


def _run(norm: str, found: list[Quantity], index: int) -> list[tuple[int, str, int]]:
    """The parts (index, unit, end) of the time starting at ``found[index]``: units falling, joined."""
    first = _unit(found, index)
    if first is None:
        return []
    run = [(index, *first)]
    while run[-1][0] + 1 < len(found):
        at = run[-1][0] + 1
        part = _unit(found, at)
        family, size = SIZES[part[0]] if part is not None else ("", 0)
        if part is None or family != SIZES[run[-1][1]][0] or size >= SIZES[run[-1][1]][1]:
            break
        if not _JOIN.match(norm[run[-1][2] : found[at].start]):
            break
        run.append((at, *part))
    # Two parts at least, units falling: a bare 分 is then a minute after hours or before seconds.
    return run if len(run) > 1 else []


def _joined(text: str, found: list[Quantity], run: list[tuple[int, str, int]]) -> Quantity | None:
    parts = [found[at] for at, _, _ in run]
    if not all(math.isfinite(part.value) for part in parts):
        return None
    # A part after the first is less than one of the unit before it; the inner parts are whole.
    units = [unit for _, unit, _ in run]
    limits = [SIZES[bigger][1] // SIZES[unit][1] for bigger, unit in itertools.pairwise(units)]
    if any(part.value >= limit for part, limit in zip(parts[1:], limits, strict=True)):
        return None
    if any(part.value != int(part.value) for part in parts[1:-1]):
        return None
    inner = [part.bound for part in parts[1:-1]]
    first_bound, last_bound = parts[0].bound, parts[-1].bound
    if last_bound != "eq" and not parts[-1].text.startswith(parts[-1].digits):
        return None  # 5 years and at least 3 months: a bound word inside is another figure's
    if any(bound != "eq" for bound in inner) or (first_bound != "eq" and last_bound != "eq"):
        return None
    smallest = run[-1][1]
    total = (
        sum(
            (Decimal(repr(part.value)) * SIZES[unit][1] for part, (_, unit, _) in zip(parts, run, strict=True)),
            Decimal(0),
        )
        / SIZES[smallest][1]
    )
    bound = first_bound if first_bound != "eq" else last_bound
    start, end = parts[0].start, max(parts[-1].end, run[-1][2])
    digits = text[parts[0].start : run[-1][2]]
    return quantity(
        text, (start, end), total, parts[-1].half_unit, bound, digits, (smallest, parts[-1].unit_text or _BARE_MINUTE)
    )
