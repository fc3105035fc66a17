"""A range whose ends print two units of one measure of time: its ends read as the bounds they are.

``Cases range in age from 8 months to 41 years``, ``children aged 6 months to 5 years``, ``从3天到2周``:
no range of one unit (read_range joins only ends of one unit), and no two plain figures either. The
first end is the least (``from 8 months``: at least 8 months), the second the most (``to 41 years``:
at most 41 years), each quoted with its own word of the range. Only where a range's word opens the pair
(``from``, ``between``, ``aged``, 从) and the first end is the shorter time; not a change (``rose from 3
days to 2 weeks`` is two values, a before and an after).
"""

from __future__ import annotations

import re
from decimal import Decimal

import checks.numbers.range_changes as range_changes
from checks.numbers.quantity import Quantity, quantity

# Days in each unit of time, to know which end is the shorter (a month and a year by their mean length).
_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}
_OPENER = re.compile(r"(?:(?P<word>(?i:\b(?:from|between|aged|ages)\b)\s{1,2})|[从自]\s?)\Z")  # word: for is_change
_JOIN = re.compile(r"\s{0,2}(?:(?i:to|and|through)\s{1,2}|[至到~～\-–—]\s{0,2})\Z")


def unit_range_ends(text: str, norm: str, found: list[Quantity]) -> list[Quantity]:
    """The readings, the two ends of a range across units of time each read as its bound."""
    for index in range(1, len(found)):
        low, high = found[index - 1], found[index]
        if not _ends_across_units(norm, low, high):
            continue
        opener = _OPENER.search(norm, max(0, low.start - 12), low.start)
        join = _JOIN.fullmatch(norm, low.end, high.start)
        if opener is None or join is None or range_changes.is_change(norm, opener):
            continue
        if join.group().strip().lower() == "and" and opener.group().strip().lower() != "between":
            continue  # from 3 days and 2 weeks: no pair of a range
        found[index - 1] = _bounded(text, low, "ge", opener.start())
        found[index] = _bounded(text, high, "le", low.end + len(join.group()) - len(join.group().lstrip()))
    return found


def _ends_across_units(norm: str, low: Quantity, high: Quantity) -> bool:
    if low.bound != "eq" or high.bound != "eq" or low.unit == high.unit:
        return False
    if low.unit not in _DAYS or high.unit not in _DAYS:
        return False
    return low.value * _DAYS[low.unit] < high.value * _DAYS[high.unit] and "\t" not in norm[low.end : high.start]


def _bounded(text: str, q: Quantity, bound: str, start: int) -> Quantity:
    """``q`` bounded, its span opening at the range's word before it."""
    return quantity(text, (start, q.end), Decimal(repr(q.value)), q.half_unit, bound, q.digits, (q.unit, q.unit_text))
