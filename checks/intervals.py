"""Interval arithmetic over columns, and (``checks.scalar_intervals``) on one figure: the one home of it (DESIGN.md §5).

A printed figure is not a point. ``96.6%`` stands for anything that rounds to it, [96.55, 96.65];
``more than 80%`` for (80, 100]; ``7400余元`` for (7400, 7500). Consistency rules compare these
intervals and fail only when they cannot agree, so rounding never raises a false alarm (the way
statcheck treats a printed statistic).

- ``interval_for`` (``checks.scalar_intervals``, where the compiled build compiles it with the
  number reader) turns a value, its rounding half-unit and a bound into an interval;
  ``intervals_for`` is the same arithmetic over pandas columns. The number reader and the rules on
  curated facts both use them.
- In frames an interval is four columns ``low, high, low_open, high_open``; two intervals in one
  frame are told apart by a column suffix (``low`` and ``low_sum``). ``can_be_le``, ``overlap``,
  ``interval_sum`` and ``ratio_percent`` work on whole columns at once.

Bounds. A fact's ``qualifier`` is one of ``QUALIFIERS``. Two bound words say more than their
qualifier and get an interval of their own (``interval_for`` accepts them):

- ``nearly`` (近, nearly, almost): qualifier ``approx``, interval [min(0.9·v, v−h), v+h].
- ``gt_step`` (余, 多 after a round number): qualifier ``gt``, interval (v, v + step) where step is
  the place of the number's last non-zero digit (7400余 → (7400, 7500), 50多 → (50, 60)).

Decisions a reader of the rules needs:

- ``eq`` and ``approx`` intervals are closed: a value on a rounding boundary may agree either way.
- ``approx`` is ±``APPROX_TOLERANCE`` (10 %) of the value, never narrower than the rounding range.
- Percentages stop at 100 (see ``interval_for``); other units are unbounded above.
- ``lt``/``le`` start at 0 (quantities here are never negative).

numpy and pandas are imported inside the column functions, so a caller of this module that needs
no column (``factlint numbers``' formatting) does not pay for them.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

from checks.scalar_intervals import APPROX_TOLERANCE, BOUNDS, GRID_NOISE, NOISE, PERCENT, PERCENT_CAP

# The four columns of an interval in a frame.
COLUMNS = ["low", "high", "low_open", "high_open"]

# ---- column arithmetic (the scalar arithmetic is checks.scalar_intervals') ---------------------------


def _floats(data: Any, size: int) -> np.ndarray:
    import numpy as np
    import pandas as pd

    if np.ndim(data) == 0:
        return np.full(size, np.nan if data is None else float(data))
    series = data if isinstance(data, pd.Series) else pd.Series(data)
    return pd.to_numeric(series, errors="coerce").to_numpy(dtype=float, na_value=np.nan)


def _strings(data: Any, size: int) -> np.ndarray:
    import numpy as np
    import pandas as pd

    if data is None or isinstance(data, str):
        return np.full(size, data or "", dtype=object)
    series = data if isinstance(data, pd.Series) else pd.Series(data, dtype=object)
    return series.astype(object).where(series.notna(), "").to_numpy(dtype=object)


def _tidy_array(bounds: np.ndarray, half_units: np.ndarray) -> np.ndarray:
    import numpy as np

    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        usable = np.isfinite(bounds) & np.isfinite(half_units) & (half_units > 0)
        places = np.where(usable, 1 - np.floor(np.log10(np.where(usable, half_units, 1.0))), 0.0)
        up = 10.0 ** np.abs(places)
        snapped = np.where(places >= 0, np.round(bounds * up) / up, np.round(bounds / up) * up)
        tolerance = np.minimum(NOISE * np.maximum(1.0, np.abs(bounds)), 10.0**-places * GRID_NOISE)
        close = np.abs(snapped - bounds) <= tolerance
    return np.where(usable & close, snapped, bounds)


def _steps_above(values: np.ndarray) -> np.ndarray:
    """``step_above`` over an array, with the same arithmetic."""
    import numpy as np

    magnitudes = np.abs(values)
    steps: np.ndarray = np.ones_like(magnitudes)
    pending = np.isfinite(magnitudes) & (magnitudes != 0)
    with np.errstate(invalid="ignore"):
        for power in range(15, -13, -1):
            if not pending.any():
                break
            scale = 10.0**power
            quotient = magnitudes / scale
            nearest = np.round(quotient)
            hit = pending & (nearest != 0) & (np.abs(quotient - nearest) <= 1e-9 * np.maximum(1.0, np.abs(quotient)))
            steps[hit] = scale
            pending &= ~hit
    steps[pending] = 1e-12
    return steps


def half_units_of_values(values: Any) -> pd.Series:
    """``half_unit_of_value`` for a column of stored values (NaN where the value is missing)."""
    import numpy as np
    import pandas as pd

    index = values.index if isinstance(values, pd.Series) else None
    array = _floats(values, 0)
    halves = np.where(np.isnan(array), np.nan, _steps_above(array) / 2)
    return pd.Series(halves, index=index, name="half_unit", dtype=float)


def intervals_for(values: Any, half_units: Any, qualifiers: Any, units: Any) -> pd.DataFrame:
    """``interval_for`` over columns: a DataFrame[low, high, low_open, high_open] aligned on ``values``.

    ``half_units``, ``qualifiers`` and ``units`` may be columns or single values. A row whose value
    is missing or whose qualifier is not one of ``BOUNDS`` gets NaN bounds (and false flags): the
    schema rules report those, the consistency rules skip them.
    """
    import numpy as np
    import pandas as pd

    index = values.index if isinstance(values, pd.Series) else None
    v = _floats(values, 1)
    size = len(v)
    h = np.abs(_floats(half_units, size))
    q = _strings(qualifiers, size)
    u = _strings(units, size)
    percent = u == PERCENT
    cap = np.where(percent & (v < PERCENT_CAP), PERCENT_CAP, np.inf)
    top = np.where(percent & (v <= PERCENT_CAP), PERCENT_CAP, np.inf)
    is_ = {name: q == name for name in BOUNDS}
    steps = np.ones(size)
    if is_["gt_step"].any():
        steps[is_["gt_step"]] = _steps_above(v[is_["gt_step"]])
    zero = np.zeros(size)
    below, above = _tidy_array(v - h, h), np.minimum(_tidy_array(v + h, h), top)
    approx_low = np.minimum(below, _tidy_array(v * (1 - APPROX_TOLERANCE), h))
    approx_high = np.maximum(above, np.minimum(_tidy_array(v * (1 + APPROX_TOLERANCE), h), top))
    step_high = np.minimum(_tidy_array(v + steps, h), cap)
    # One entry per bound, in BOUNDS order: eq, gt, ge, lt, le, approx, nearly, gt_step.
    conditions = [is_[name] for name in BOUNDS]
    lows = [below, v, v, zero, zero, approx_low, approx_low, v]
    highs = [above, cap, cap, v, v, approx_high, above, step_high]
    low_opens = [False, True, False, False, False, False, False, True]
    high_opens = [False, np.isinf(cap), np.isinf(cap), True, False, False, False, step_high < cap]
    low = np.select(conditions, lows, default=np.nan)
    high = np.select(conditions, highs, default=np.nan)
    missing = np.isnan(v)
    low[missing] = high[missing] = np.nan
    return pd.DataFrame(
        {
            "low": low,
            "high": high,
            "low_open": np.select(conditions, low_opens, default=False).astype(bool) & ~missing,
            "high_open": np.select(conditions, high_opens, default=False).astype(bool) & ~missing,
        },
        index=index,
    )


# ---- frame operations -----------------------------------------------------------------------


def _pick(frame: pd.DataFrame, suffix: str) -> tuple[pd.Series, pd.Series, pd.Series, pd.Series]:
    low, high, low_open, high_open = (frame[f"{name}{suffix}"] for name in COLUMNS)
    return low, high, low_open.astype(bool), high_open.astype(bool)


def can_be_le(a: pd.DataFrame, a_suffix: str, b: pd.DataFrame, b_suffix: str) -> pd.Series:
    """Row-wise: is there an x in A and a y in B with x <= y?"""
    a_low, _, a_low_open, _ = _pick(a, a_suffix)
    _, b_high, _, b_high_open = _pick(b, b_suffix)
    return (a_low < b_high) | ((a_low == b_high) & ~a_low_open & ~b_high_open)


def can_be_lt(a: pd.DataFrame, a_suffix: str, b: pd.DataFrame, b_suffix: str) -> pd.Series:
    """Row-wise: is there an x in A and a y in B with x < y?"""
    return a[f"low{a_suffix}"] < b[f"high{b_suffix}"]


def overlap(a: pd.DataFrame, a_suffix: str, b: pd.DataFrame, b_suffix: str) -> pd.Series:
    """Row-wise: do intervals A and B share a value?"""
    return can_be_le(a, a_suffix, b, b_suffix) & can_be_le(b, b_suffix, a, a_suffix)


def interval_sum(members: pd.DataFrame, by: str) -> pd.DataFrame:
    """The interval of the sum of each group's intervals (open where any term is open)."""
    import pandas as pd

    grouped = members.groupby(by, sort=False)
    return pd.DataFrame(
        {
            "low": grouped["low"].sum(),
            "high": grouped["high"].sum(),
            "low_open": grouped["low_open"].any(),
            "high_open": grouped["high_open"].any(),
        }
    )


def ratio_percent(part: pd.DataFrame, whole: pd.DataFrame) -> pd.DataFrame:
    """The interval of 100 · part / whole for non-negative parts and positive wholes."""
    import numpy as np
    import pandas as pd

    with np.errstate(divide="ignore", invalid="ignore"):
        low = 100 * part["low"].to_numpy() / whole["high"].to_numpy()
        high = np.where(whole["low"].to_numpy() > 0, 100 * part["high"].to_numpy() / whole["low"].to_numpy(), np.inf)
    return pd.DataFrame(
        {
            "low": np.nan_to_num(low, nan=0.0),
            "high": high,
            "low_open": part["low_open"].to_numpy() | whole["high_open"].to_numpy(),
            "high_open": part["high_open"].to_numpy() | whole["low_open"].to_numpy(),
        },
        index=part.index,
    )


def show_row(row: Any, suffix: str = "") -> str:
    """``show`` of the interval a frame row holds in its ``low{suffix}``… columns."""
    return show(*(getattr(row, f"{name}{suffix}") for name in COLUMNS))


def exact_number(value: float, digits_below: float = 1e16) -> str:
    """A float as text that reads back as exactly it: a whole number below ``digits_below`` as its
    digits (``4820``, not ``4820.0``), anything else in Python's shortest round-trip form
    (``96.55000000000001``, which ``show_number`` would round)."""
    return str(int(value)) if value.is_integer() and abs(value) < digits_below else repr(value)


def show_number(value: float) -> str:
    """A figure as a curator writes it in a dataset: plain digits, never scientific notation.

    ``360000000`` (not ``3.6e+08``), ``42795000``, ``96.55``, ``0.0001``. Twelve significant digits
    drop float noise (96.55000000000001 → 96.55) and keep every digit a printed figure has; from
    1e11 on, a whole number may have more, and every digit the float holds is shown
    (1234567890123, not 1234567890120).
    """
    value = float(value)
    if not math.isfinite(value):
        return str(value)  # nan, inf, -inf
    digits = f"{value:.12g}" if abs(value) < _ALL_DIGITS_FROM else repr(value).removesuffix(".0")
    if "e" in digits:
        digits = format(Decimal(digits), "f")
    return "0" if digits == "-0" else digits


_ALL_DIGITS_FROM = 1e11


def show_value(value: float, text: object = None) -> str:
    """A fact's value as its dataset holds it: ``text`` (the frames' ``value_text``, the digits of a
    whole number no float holds exactly) when there is one, else ``show_number``."""
    return text if isinstance(text, str) else show_number(value)


def show(low: float, high: float, low_open: bool, high_open: bool) -> str:
    """An interval as a reader writes it: a single value when it is one, else its bounds."""
    if low == high:
        return show_number(low)
    return f"{'(' if low_open else '['}{show_number(low)}, {show_number(high)}{')' if high_open else ']'}"


def side_by_side(left: pd.DataFrame, right: pd.DataFrame, suffix: str) -> pd.DataFrame:
    """The rows in both ``left`` and ``right`` (by index); the right's clashing columns get ``suffix``."""
    return left.merge(right, left_index=True, right_index=True, how="inner", suffixes=("", suffix))
