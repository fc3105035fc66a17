"""Interval arithmetic on one printed figure: the scalar half of ``checks.intervals`` (read its
docstring for what the intervals mean), apart so that the compiled build (``setup.py``) compiles it
with the number reader, which calls it for every reading. It takes plain floats and strings only:
the rules' frame values go to the column functions of ``checks.intervals``.
"""

from __future__ import annotations

import math
from functools import cache

QUALIFIERS = ("eq", "gt", "ge", "lt", "le", "approx")
BOUNDS = (*QUALIFIERS, "nearly", "gt_step")
QUALIFIER_OF_BOUND = {**{q: q for q in QUALIFIERS}, "nearly": "approx", "gt_step": "gt"}
APPROX_TOLERANCE = 0.10
PERCENT_CAP = 100.0
PERCENT = "percent"


def step_above(value: float) -> float:
    """The place of the last non-zero digit of ``value``: 7400 → 100, 40 → 10, 4.39 → 0.01, 0 → 1."""
    value = abs(float(value))
    if not math.isfinite(value) or value == 0:
        return 1.0
    for power in range(15, -13, -1):
        scale = 10.0**power
        quotient = value / scale
        nearest = round(quotient)
        if nearest != 0 and abs(quotient - nearest) <= 1e-9 * max(1.0, abs(quotient)):
            return scale
    return 1e-12


def half_unit_of_value(value: float) -> float:
    """The widest rounding half-unit a stored value can carry: half its last non-zero digit's place.

    A curated value has lost how it was printed (1043600 may be ``1.0436 million``), so this errs
    wide: never narrower than the half-unit of the digits it was read from.
    """
    return step_above(value) / 2


# Float noise left by arithmetic on decimal figures (96.6 - 0.05 = 96.55000000000001) is ~1e-16 of
# the value and far below the grid the half-unit implies; anything larger is a real difference.
NOISE = 1e-12
GRID_NOISE = 1e-3


def tidy(bound: float, half_unit: float) -> float:
    """``bound`` without float noise (96.55000000000001 → 96.55), at the precision ``half_unit`` implies."""
    if not (-math.inf < bound < math.inf and 0 < half_unit < math.inf):  # also false for NaN
        return bound
    places, scale, step = _grid(half_unit)
    scaled = bound * scale if places >= 0 else bound / scale
    if not -math.inf < scaled < math.inf:  # a grid finer than floats reach (1.999… printed to 320 places): no noise
        return bound
    snapped = round(scaled) / scale if places >= 0 else round(scaled) * scale
    if snapped == bound:
        return snapped
    return snapped if abs(snapped - bound) <= min(NOISE * max(1.0, abs(bound)), step * GRID_NOISE) else bound


@cache  # tidy runs for every reading, and few half-units recur
def _grid(half_unit: float) -> tuple[int, float, float]:
    """(decimal places, their scale, the grid step) of the precision a half-unit implies."""
    places = 1 - math.floor(math.log10(half_unit))
    scale = 10.0 ** abs(places) if abs(places) <= 300 else math.inf  # 10.0 ** 321 overflows: an unreachable grid
    return places, scale, 10.0**-places if places <= 300 else 0.0


def interval_for(
    value: float, half_unit: float, qualifier: str, unit: str | None, rounded: tuple[float, float] | None = None
) -> tuple[float, float, bool, bool]:
    """(low, high, low_open, high_open): what a printed ``value`` with rounding ``half_unit`` stands for.

    ``qualifier`` is one of ``BOUNDS`` (the six qualifiers, or ``nearly``/``gt_step``, see the module
    docstring). Raises ``ValueError`` for anything else.

    ``half_unit`` is what the printed digits imply (``half_unit_of``), and integers are exact as
    printed: ``23,000`` is [22999.5, 23000.5], never "about 23 thousand", because its trailing zeros
    are digits; only a scale word coarsens the rounding (``2.3万`` and ``23 thousand`` are
    [22500, 23500]). A curated value that has lost its print gets the widest reading instead
    (``half_unit_of_value``).

    A percentage is never above 100 unless printed above 100: ``eq``/``approx``/``nearly`` highs of
    a percentage of at most 100 stop at 100 (``100%`` → [99.5, 100]), and so do ``gt``/``ge``/
    ``gt_step`` highs of one below 100. Above 100 (growth) and for other units there is no cap.

    ``rounded``: the rounding range ``(tidy(v - h, h), tidy(v + h, h))`` when the caller has it
    already (the number reader keeps it with every reading).
    """
    v, h = float(value), abs(float(half_unit))
    percent = unit == PERCENT
    cap = PERCENT_CAP if percent and v < PERCENT_CAP else math.inf  # for "more than": 100% or more is growth
    top = PERCENT_CAP if percent and v <= PERCENT_CAP else math.inf  # for rounding and approx
    low_open = high_open = False
    if qualifier in ("eq", "approx", "nearly"):
        below, above = rounded if rounded is not None else (tidy(v - h, h), tidy(v + h, h))
        low, high = below, min(above, top)
        if qualifier != "eq":
            low = min(below, tidy(v * (1 - APPROX_TOLERANCE), h))
        if qualifier == "approx":
            high = max(high, min(tidy(v * (1 + APPROX_TOLERANCE), h), top))
    elif qualifier in ("gt", "ge"):
        low, high, low_open, high_open = v, cap, qualifier == "gt", math.isinf(cap)
    elif qualifier == "gt_step":
        low, high, low_open = v, min(tidy(v + step_above(v), h), cap), True
        high_open = high < cap
    elif qualifier == "lt":
        low, high, high_open = 0.0, v, True
    elif qualifier == "le":
        low, high = 0.0, v
    else:
        raise ValueError(f"unknown qualifier {qualifier!r}; expected one of {', '.join(BOUNDS)}")
    return low, high, low_open, high_open


def in_interval(x: float, low: float, high: float, low_open: bool = False, high_open: bool = False) -> bool:
    above = x > low if low_open else x >= low
    below = x < high if high_open else x <= high
    return above and below


def intervals_overlap(a: tuple[float, float, bool, bool], b: tuple[float, float, bool, bool]) -> bool:
    """Whether two (low, high, low_open, high_open) intervals share a point: can the figures agree?"""
    low, low_open = max((a[0], a[2]), (b[0], b[2]))  # the higher low; open wins a tie
    high, high_open = min((a[1], not a[3]), (b[1], not b[3]))  # the lower high; open wins a tie
    high_open = not high_open
    if low < high:
        return True
    return low == high and not low_open and not high_open
