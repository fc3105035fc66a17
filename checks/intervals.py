"""Interval arithmetic over frames (DESIGN.md §5).

Every fact stands for an interval: the rounding range of its printed digits, widened by its
qualifier. A consistency rule fails only when *no* values inside the intervals can satisfy it,
so rounding and bounds never raise a false alarm. Intervals are four columns of a frame:
``low, high, low_open, high_open``; every function here works on whole columns at once. Two
intervals in one frame are told apart by a column suffix (``low`` and ``low_sum``).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

BOUNDS = ["low", "high", "low_open", "high_open"]


def _pick(frame: pd.DataFrame, suffix: str) -> tuple[pd.Series, pd.Series, pd.Series, pd.Series]:
    low, high, low_open, high_open = (frame[f"{name}{suffix}"] for name in BOUNDS)
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
    return show(*(getattr(row, f"{name}{suffix}") for name in BOUNDS))


def show(low: float, high: float, low_open: bool, high_open: bool) -> str:
    """An interval as a reader writes it: a single value when it is one, else its bounds."""
    if low == high:
        return f"{low:g}"
    return f"{'(' if low_open else '['}{low:g}, {high:g}{')' if high_open else ']'}"


def side_by_side(left: pd.DataFrame, right: pd.DataFrame, suffix: str) -> pd.DataFrame:
    """The rows in both ``left`` and ``right`` (by index); the right's clashing columns get ``suffix``."""
    return left.merge(right, left_index=True, right_index=True, how="inner", suffixes=("", suffix))
