"""A quantity as printed, the interval it stands for, and the rounding its digits imply.

A printed figure is not a point (DESIGN §5): ``96.6%`` stands for [96.55, 96.65], ``more than
80%`` for (80, 100]. ``checks/intervals.py`` does the arithmetic; a ``Quantity`` carries its
result, so a reading can be compared with a curated fact without reading the text again.

Ranges. ``3至5年``, ``3-5 years``, ``between 10 and 20``, ``大于10小于20`` are one quantity with
``bound == "range"`` (and ``qualifier == "range"``: no single fact qualifier says it). Its two
``ends`` are quantities of their own, each with its own span and bound: the lower end ``ge``
(``gt`` when printed so: 大于10), the upper end ``le`` (or ``lt``). The range's interval is the
intersection of its ends' intervals (3至5年 → [3, 5]); its rounding range runs from the lower
end's to the upper end's, so a fact citing either end finds its value in it. ``value``,
``digits`` and ``half_unit`` are the lower end's; ``figures()`` gives the ends, which is what a
fact cites (the rules on quotes read ``figures()``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any, Final

from checks.numbers.chinese import BIG_PLACES, CN_ALL
from checks.numbers.english import is_fraction_words
from checks.scalar_intervals import QUALIFIER_OF_BOUND, in_interval, interval_for, tidy

FRACTION_HALF_UNIT = 0.005
RANGE = "range"


# Immutable by type rather than at run time: its fields are Final, so mypy refuses any assignment
# outside __init__ (and the compiled build refuses it at run time too). A frozen dataclass would set
# each field through object.__setattr__ in an __init__ of its own, interpreted even in the compiled
# build; this class's own __init__ compiles to a native constructor (0.1 µs against 4 µs, and the
# reader makes a quantity or two per number). dataclass still gives it __eq__, __hash__ and __repr__.
@dataclass(init=False, unsafe_hash=True)
class Quantity:
    """One quantity as printed. ``interval_for(value, half_unit, bound, unit)`` gives its interval."""

    value: Final[float]  # base units: 2.1亿 → 210000000; percent stays percent; fractions become percent
    digits: Final[str]  # the number as printed: "16.20", "7,400", "1.0436", "七千四百", "2/3", "Six"
    qualifier: Final[str]  # one of QUALIFIERS, or "range"
    low: Final[float]
    high: Final[float]
    low_open: Final[bool]
    high_open: Final[bool]
    round_low: Final[float]  # the rounding range of the digits alone, ignoring the qualifier
    round_high: Final[float]
    unit: Final[str | None]  # unit id (schemas/units.yaml) named by the word after the number
    unit_text: Final[str | None]  # that word as printed (also a measure word units.yaml does not name)
    start: Final[int]  # span of the whole quantity, bound and unit words included (end exclusive)
    end: Final[int]
    text: Final[str]
    half_unit: Final[float]  # the rounding half-unit of the digits, in base units
    bound: Final[str]  # one of BOUNDS (the qualifier, or nearly / gt_step when the words say more), or "range"
    ends: Final[tuple[Quantity, Quantity] | None]  # a range's lower and upper end

    def __init__(
        self,
        value: float,
        digits: str,
        qualifier: str,
        low: float,
        high: float,
        low_open: bool,
        high_open: bool,
        round_low: float,
        round_high: float,
        unit: str | None,
        unit_text: str | None,
        start: int,
        end: int,
        text: str,
        half_unit: float,
        bound: str,
        ends: tuple[Quantity, Quantity] | None = None,
    ) -> None:
        self.value = value
        self.digits = digits
        self.qualifier = qualifier
        self.low = low
        self.high = high
        self.low_open = low_open
        self.high_open = high_open
        self.round_low = round_low
        self.round_high = round_high
        self.unit = unit
        self.unit_text = unit_text
        self.start = start
        self.end = end
        self.text = text
        self.half_unit = half_unit
        self.bound = bound
        self.ends = ends

    def contains(self, x: float) -> bool:
        return in_interval(x, self.low, self.high, self.low_open, self.high_open)

    def figures(self) -> tuple[Quantity, ...]:
        """The figures a fact may cite: a range's two ends, or the quantity itself."""
        return self.ends if self.ends is not None else (self,)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready; an infinite bound is ``None`` (its ``*_open`` flag says it is unbounded)."""

        def finite(x: float) -> float | None:
            return x if math.isfinite(x) else None

        return {
            "value": self.value,
            "digits": self.digits,
            "qualifier": self.qualifier,
            "bound": self.bound,
            "low": finite(self.low),
            "high": finite(self.high),
            "low_open": self.low_open,
            "high_open": self.high_open,
            "unit": self.unit,
            "unit_text": self.unit_text,
            "round_low": finite(self.round_low),
            "round_high": finite(self.round_high),
            "half_unit": self.half_unit,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "ends": [end.as_dict() for end in self.ends] if self.ends is not None else None,
        }


# Far beyond any quantity an article prints, well inside a float's range: a draft past it (400 nines) is
# no figure, alone or as a range's end (its float would be infinite).
LARGEST = Decimal("1e300")


def quantity(
    text: str,
    span: tuple[int, int],
    value: Decimal,
    half_unit: float,
    bound: str,
    digits: str,
    unit: tuple[str | None, str | None],
) -> Quantity:
    """A quantity of ``value`` printed at ``span`` of ``text``, its interval from ``interval_for``."""
    number = float(value)
    rounded = (tidy(number - half_unit, half_unit), tidy(number + half_unit, half_unit))
    # The rounding range is an eq interval's own: computed once (half-units are never negative).
    low, high, low_open, high_open = interval_for(
        number, half_unit, bound, unit[0], rounded if half_unit >= 0 else None
    )
    return Quantity(
        number,
        digits,
        QUALIFIER_OF_BOUND[bound],
        low,
        high,
        low_open,
        high_open,
        rounded[0],
        rounded[1],
        unit[0],
        unit[1],
        span[0],
        span[1],
        text[span[0] : span[1]],
        half_unit,
        bound,
    )


def reread(
    text: str, q: Quantity, bound: str | None = None, unit: tuple[str | None, str | None] | None = None
) -> Quantity:
    """``q`` over its own span with another bound or unit: its interval computed again for them."""
    new_unit = unit if unit is not None else (q.unit, q.unit_text)
    return quantity(text, (q.start, q.end), Decimal(repr(q.value)), q.half_unit, bound or q.bound, q.digits, new_unit)


def range_of(text: str, lower: Quantity, upper: Quantity, span: tuple[int, int]) -> Quantity:
    """One quantity for a range: the intersection of its ends' intervals, the lower end's value."""
    # The tighter bound of the two at each side; at a tie, the open one.
    low, low_open = max((lower.low, lower.low_open), (upper.low, upper.low_open))
    high, high_closed = min((lower.high, not lower.high_open), (upper.high, not upper.high_open))
    return Quantity(
        value=lower.value,
        digits=text[lower.start : upper.end] if lower.end <= upper.start else f"{lower.digits}–{upper.digits}",
        qualifier=RANGE,
        low=low,
        high=high,
        low_open=low_open,
        high_open=not high_closed,
        round_low=lower.round_low,
        round_high=upper.round_high,
        unit=upper.unit if upper.unit is not None else lower.unit,
        unit_text=upper.unit_text if upper.unit_text is not None else lower.unit_text,
        start=span[0],
        end=span[1],
        text=text[span[0] : span[1]],
        half_unit=lower.half_unit,
        bound=RANGE,
        ends=(lower, upper),
    )


_DECIMALS = re.compile(r"\.(\d+)")


def half_unit_of(digits: str, scale: float = 1.0) -> float:
    """The rounding half-unit of a printed figure: ``digits`` as ``Quantity.digits`` holds them.

    16.20 → 0.005; 7,400 → 0.5; 4.39 with scale 10000 → 50; 三万 → 5000 (a trailing 万/亿 acts as
    a scale, as in 3万); 七千四百 → 0.5; Six → 0.5; fractions (2/3, 三分之二, two-thirds, 一半) →
    ``FRACTION_HALF_UNIT`` whatever the scale.
    """
    text = digits.strip()
    if (
        "/" in text
        or "分之" in text
        or text.lower() in ("一半", "half")
        or (text[:1].isalpha() and is_fraction_words(text))
    ):
        return FRACTION_HALF_UNIT
    places = 1
    if text and text[0] in CN_ALL:
        while text and text[-1] in BIG_PLACES and len(text) > 1:
            places *= BIG_PLACES[text[-1]]
            text = text[:-1]
        decimals = len(text.partition("点")[2])
    else:
        found = _DECIMALS.search(text) if text[:1].isdigit() or text[:1] == "." else None
        decimals = len(found.group(1)) if found else 0
    return _half_unit(decimals, float(scale), places)


@cache
def _half_unit(decimals: int, scale: float, places: int) -> float:
    """Half a unit of the last printed decimal place, times the scale (exact in decimal, then float)."""
    return float(Decimal(5).scaleb(-decimals - 1) * Decimal(repr(scale)) * places)
