"""A ratio printed as two terms one of which is 1 (医护比为1:1.2, 不低于1:1, 男女比为0.93∶1, a ratio of 1:4)
is one reading: the other term's value, with the bound before it, in units.yaml's ``ratio`` when it has one.

Read once when a bound word stands before it (不低于1:1, at least 1:2), a ratio is named right before it
(医护比, 床护比为, 比例达到, a nurse-to-patient ratio of) or its terms are joined by the ratio sign ∶ (U+2236):
a bare 1:30 may be a time of day, and its two numbers stay apart.
"""

from __future__ import annotations

import re
from decimal import Decimal

from checks.numbers.quantity import Quantity, quantity
from checks.numbers.tables import units
from checks.numbers.units import ratio_unit

_SIGNS = (":", "：", "∶")
# A ratio named right before its terms: 医护比, 床护比为, 比例达到, a nurse-to-patient ratio of.
_NAMED = re.compile(
    r"(?:比(?:例)?\s*(?:为|是|达到|达|约为|保持在|提高到|提升至)?|(?i:\bratios?\s+(?:of|was|is|at)))\s*\Z"
)


def joined_ratios(text: str, norm: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each ratio of a term 1 read once, as its other term."""
    if len(found) < 2 or not any(sign in norm for sign in _SIGNS):
        return found
    ratio = ratio_unit(units())
    out: list[Quantity] = []
    index = 0
    while index < len(found):
        joined = _joined(text, norm, found, index, ratio) if index + 1 < len(found) else None
        out.append(joined or found[index])
        index += 2 if joined else 1
    return out


def _joined(text: str, norm: str, found: list[Quantity], index: int, ratio: str | None) -> Quantity | None:
    first, second = found[index], found[index + 1]
    sign = norm[first.end : second.start]
    if sign not in _SIGNS or second.bound != "eq" or first.ends or second.ends:
        return None
    # ∶ (U+2236) is the ratio sign itself: 比上年的2.96∶1 needs no name before it
    named = sign == "∶" or _NAMED.search(norm, max(0, first.start - 12), first.start) is not None
    if first.value == 1 and first.digits == "1" and (first.bound != "eq" or named):
        value = second  # 不低于1:1.6, 医护比为1:1.2: the second term, with the first's bound
    elif second.value == 1 and second.digits == "1" and first.bound == "eq" and named:
        value = first  # 男女比为0.93∶1: the first term
    else:
        return None
    unit = (value.unit, value.unit_text) if value.unit_text else (ratio, None)
    return quantity(text, (first.start, second.end), Decimal(repr(value.value)), value.half_unit, first.bound,
                    value.digits, unit)  # fmt: skip


# a ratio of one to 14, a planned ratio of no more than one to eight: a range from one to N read after a ratio
# named is the ratio's other term, bounded by the words before its "one" (round 38).
_RATIO_OF = re.compile(r"(?i:\bratios?\s+(?:of|was|is|at|stood\s+at)\s{1,2})\Z")
_WORDED_BOUND = re.compile(
    r"(?i:(?P<le>no\s+more\s+than|not\s+more\s+than|at\s+most|up\s+to)|(?P<ge>no\s+less\s+than|at\s+least)"
    r"|(?P<approx>about|around|roughly))\s{1,2}\Z"
)


def worded_ratios(text: str, norm: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each range from one to N named a ratio read as the ratio's term N."""
    if "ratio" not in norm.lower():
        return found
    return [_worded(text, norm, q) or q for q in found]


def _worded(text: str, norm: str, q: Quantity) -> Quantity | None:
    if q.ends is None:
        return None
    low, high = q.ends
    if low.value != 1 or not re.fullmatch(r"\s+to\s+", norm[low.end : high.start], re.I):
        return None
    words = norm[q.start : low.start]
    bound = _WORDED_BOUND.search(words) if words.strip() else None
    if words.strip() and bound is None:
        return None
    if _RATIO_OF.search(norm, max(0, q.start - 24), q.start) is None:
        return None
    qualifier = bound.lastgroup if bound is not None and bound.lastgroup else "eq"
    return quantity(text, (q.start, q.end), Decimal(repr(high.value)), high.half_unit, qualifier, high.digits,
                    (ratio_unit(units()), None))  # fmt: skip
