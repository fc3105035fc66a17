"""What the number reader reads in each quote, and which reading is each fact's figure.

A fact's figure is the quantity in its quote whose rounding range holds the fact's value. A bare
number under a table heading that names a unit and scale (the fact's ``unit_from``: 计划投资（万元）
over 960) is read with them, as if they were printed after it (960万元: 9,600,000 yuan). Its
printed precision (half a unit of the last digit) and the fact's own qualifier give the fact's
interval, which every consistency rule compares. A fact whose value is not in its quote (P106)
falls back to its value as printed in the dataset, so it still takes part, without inventing
a precision the article does not give.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from checks.frames import text_or_none
from checks.intervals import intervals_for
from checks.numbers import HeadingUnit, Quantity, heading_unit, read_quantities, too_long, under_heading
from checks.numbers.told_cells import told_lines
from checks.numbers.year_cells import YEAR_SPAN
from checks.seeds import Seed, line_text, readable_seeds

READING_COLUMNS = [
    "fact",
    "value",
    "digits",
    "qualifier",
    "round_low",
    "round_high",
    "unit",
    "unit_text",
    "start",
    "end",
    "text",
    "half_unit",
    "bound",
]
# Floating point slack when comparing a curated value with a printed rounding range: 1e-9, or for a
# large value a few units in its last place (values and readings are each the nearest float to what is
# written; a slack relative to the value, 1e-9 of 4,294,967,297, would be wider than the ±0.5 a printed
# whole number stands for, and let a digit mistyped pass).
EPSILON = 1e-9
ULPS = 16


# Why a fact's heading gives its figure nothing (P110 says so; the figure is then read as printed).
HEADING_PROBLEMS = ("no_line", "not_on_line", "too_long", "no_unit")


def unit_headings(facts: pd.DataFrame, seeds: Mapping[str, Seed]) -> pd.DataFrame:
    """For each fact with a ``unit_from`` heading (line and text), what it gives its bare figure:
    ``scale``, ``unit``, ``unit_text``, and ``problem`` (one of ``HEADING_PROBLEMS``, or None when the
    heading is on its line and names a unit or scale: only then is it applied). The fact's row label
    is the index. A seed that cannot be read leaves its facts out (P101/P102 say why)."""
    given = facts.dropna(subset=["seed", "unit_from_line", "unit_from_text"])
    given = given[given["seed"].isin(readable_seeds(seeds))]
    # A line below 1 or a blank text is the schema's (S104): no heading, and no second finding.
    given = given[(given["unit_from_line"] >= 1) & (given["unit_from_text"].str.strip() != "")]
    read = {text: heading_unit(text) for text in given["unit_from_text"].unique()}  # once per heading
    rows = []
    for seed, number, text in zip(given["seed"], given["unit_from_line"], given["unit_from_text"], strict=True):
        line = line_text(seeds, seed, number)
        heading = read[text]
        if line is None:
            problem = "no_line"
        elif text not in line:
            problem = "not_on_line"
        elif heading is None:
            problem = "too_long" if too_long(text) else "no_unit"
        else:
            problem = None
        rows.append((*(heading or (np.nan, None, None)), problem))
    return pd.DataFrame(rows, index=given.index, columns=["scale", "unit", "unit_text", "problem"])


def told_by_seed(seeds: Mapping[str, Seed]) -> dict[str, dict[int, dict[int, bool]]]:
    """For each readable seed, by line, its table cells of 1900–2100 that their column's header tells
    (``checks.numbers.told_cells``: a count, or a year)."""
    return {name: told_lines(seed.lines) for name, seed in seeds.items() if seed.readable}


def quote_readings(
    facts: pd.DataFrame,
    headings: pd.DataFrame,
    seeds: Mapping[str, Seed],
    told_cells: Mapping[str, Mapping[int, dict[int, bool]]],
) -> pd.DataFrame:
    """Every quantity read in every fact's quote; ``fact`` is the fact's row label. A bare number (no
    unit word of its own) in the quote of a fact whose heading applies (``unit_headings``) is read
    with the heading's scale and unit (``headed``). A bare cell of 1900–2100 that its column's header says
    counts (``told_cells``, by seed and line: 2080 under 注册护士数（人）) is read as a number, one it says is a year as a year, as the
    drafter reads them."""
    usable = headings[headings["problem"].isna()]
    # Back out of the frame, a missing unit may be NaN: the reader takes text or None (compiled, it
    # refuses anything else).
    applies = {
        label: HeadingUnit(float(scale), text_or_none(unit), text_or_none(unit_text))
        for label, scale, unit, unit_text in zip(
            usable.index, usable["scale"], usable["unit"], usable["unit_text"], strict=True
        )
    }
    told = _told_in_quotes(facts, seeds, told_cells)
    rows = [
        _row(label, q, applies.get(label))
        for label, quote in zip(facts.index.tolist(), facts["quote"].tolist(), strict=True)
        if isinstance(quote, str)
        for reading in read_quantities(quote, told.get(label))
        for q in reading.figures()  # a range is cited by one of its ends
    ]
    return pd.DataFrame(rows, columns=[*READING_COLUMNS, "headed"])


# A quote that may hold a table's bare cell of 1900–2100: such digits after a cell's separator or the quote's
# start, or before a separator or its end (a quote may be the cell alone: 2080).
_MAY_HOLD_CELL = rf"(?:^|\t|\s\s){YEAR_SPAN}|{YEAR_SPAN}(?:$|\t|\s\s)"


def _told_in_quotes(
    facts: pd.DataFrame, seeds: Mapping[str, Seed], told_cells: Mapping[str, Mapping[int, dict[int, bool]]]
) -> dict[object, dict[int, bool]]:
    """For each fact whose quote holds table cells of 1900–2100 that their column's header tells (``told_cells`` of
    its seed's line): what they are, by where they stand in the quote. Only quotes that may hold one are looked up."""
    may = facts[facts["quote"].str.contains(_MAY_HOLD_CELL, regex=True, na=False)].dropna(subset=["seed", "line"])
    found: dict[object, dict[int, bool]] = {}
    for label, seed, number, quote in zip(may.index, may["seed"], may["line"], may["quote"], strict=True):
        line = line_text(seeds, seed, number)
        cells = told_cells.get(seed, {}).get(int(number), {}) if line is not None else {}
        at = line.find(quote) if line is not None and cells else -1
        inside = {where - at: counts for where, counts in cells.items() if 0 <= at <= where < at + len(quote)}
        if inside:
            found[label] = inside
    return found


def _row(label: object, q: Quantity, heading: HeadingUnit | None) -> tuple[object, ...]:
    headed = False
    if heading is not None and q.unit_text is None:
        q, headed = under_heading(q, heading), True
    return (
        label,
        q.value,
        q.digits,
        q.qualifier,
        q.round_low,
        q.round_high,
        q.unit,
        q.unit_text,
        q.start,
        q.end,
        q.text,
        q.half_unit,
        q.bound,
        headed,
    )


def _slack(values: Any) -> Any:
    plain = (
        values.to_numpy(dtype=float, na_value=np.nan)
        if isinstance(values, pd.Series)
        else np.asarray(values, dtype=float)
    )
    with np.errstate(invalid="ignore"):
        return np.fmax(EPSILON, ULPS * np.spacing(np.abs(plain)))  # fmax: an infinite value's NaN spacing is no slack


def holds(values: pd.Series, low: pd.Series, high: pd.Series) -> pd.Series:
    slack = _slack(values)
    return (values >= low - slack) & (values <= high + slack)


# The most decimals a curated value is taken to be written with (a third: 33.333333333333336).
MAX_DECIMALS = 15


def decimals(values: np.ndarray) -> np.ndarray:
    """How many decimals each value is written with: 1043600 → 0, 66.67 → 2, 0.1 → 1."""
    found = np.full(len(values), MAX_DECIMALS)
    with np.errstate(invalid="ignore", over="ignore"):
        for places in range(MAX_DECIMALS - 1, -1, -1):
            written = np.abs(np.round(values, places) - values) <= _slack(values)
            found = np.where(written, places, found)
    return found


def as_printed(values: pd.Series, read: pd.Series) -> pd.Series:
    """Whether each value is the number read, at the value's own precision: 1043600 (or 1.0436e6) for
    ``1.0436 million``, 66.67 for ``2/3``; not 1043601, though it lies in the printed
    rounding range, for no digit the article prints says 1."""
    value, number = values.to_numpy(dtype=float), read.to_numpy(dtype=float)
    places = 10.0 ** decimals(value)
    with np.errstate(invalid="ignore", over="ignore"):
        rounded = np.round(number * places) / places
        same = np.abs(rounded - value) <= _slack(value)
    return pd.Series(same, index=values.index)


def matched_readings(facts: pd.DataFrame, readings: pd.DataFrame) -> pd.DataFrame:
    """For each fact, the reading that is its figure (preferring one the value is written as, then one
    with the fact's qualifier); ``as_printed``: whether the value is written as that reading prints it."""
    joined = readings.merge(
        facts[["value", "qualifier"]].rename(columns={"value": "fact_value", "qualifier": "fact_qualifier"}),
        left_on="fact",
        right_index=True,
    )
    joined = joined[holds(joined["fact_value"], joined["round_low"], joined["round_high"]).fillna(False)]
    joined = joined.assign(
        same_bound=(joined["qualifier"] == joined["fact_qualifier"]).fillna(False),
        as_printed=as_printed(joined["fact_value"], joined["value"]),
    )
    joined = joined.sort_values(["fact", "as_printed", "same_bound", "start"], ascending=[True, False, False, True])
    return joined.drop_duplicates("fact").set_index("fact")


def whole_numbers(intervals: pd.DataFrame, counts: np.ndarray) -> pd.DataFrame:
    """Counts are whole: keep only the whole numbers of a count's interval (closed at both ends).

    A count printed ``25`` stands for 25, not for anything in [24.5, 25.5]; ``4000多名`` for
    4001…4999. Without this, 25 + 71 would "agree" with a total of 97.
    """
    low, high = intervals["low"].to_numpy(), intervals["high"].to_numpy()
    low_open, high_open = intervals["low_open"].to_numpy(dtype=bool), intervals["high_open"].to_numpy(dtype=bool)
    with np.errstate(invalid="ignore"):
        whole_low = np.where(low_open, np.floor(low) + 1, np.ceil(low - _slack(low)))
        whole_high = np.where(high_open, np.ceil(high) - 1, np.floor(high + _slack(high)))
    finite_high = np.isfinite(high)
    result = intervals.copy()
    result["low"] = np.where(counts, whole_low, low)
    result["high"] = np.where(counts & finite_high, whole_high, high)
    result["low_open"] = np.where(counts, False, low_open)
    result["high_open"] = np.where(counts & finite_high, False, high_open)
    return result


def fact_intervals(facts: pd.DataFrame, matched: pd.DataFrame, headings: pd.DataFrame) -> pd.DataFrame:
    """The facts frame with the interval each fact stands for (``matched``: ``matched_readings``) and
    ``scale``: what its heading multiplies the printed number by (1 without one)."""
    half_unit = matched["half_unit"].reindex(facts.index).fillna(0.0)
    # The reading's own bound (gt_step for 7400余, nearly for 近) when it says what the fact says.
    agreeing = matched["bound"].where(matched["qualifier"] == matched["fact_qualifier"])
    bound = agreeing.reindex(facts.index).fillna(facts["qualifier"].astype(object))
    intervals = intervals_for(facts["value"], half_unit, bound.astype(object), facts["unit"].astype(object))
    intervals = whole_numbers(intervals, (facts["kind"] == "count").fillna(False).to_numpy(dtype=bool))
    result = facts.join(intervals)
    result["matched"] = facts.index.isin(matched.index)
    # What the heading multiplied the figure by: 1 unless its figure was read under its heading.
    headed = matched["headed"].reindex(facts.index).fillna(False).to_numpy(dtype=bool)
    scale = headings["scale"].reindex(facts.index).to_numpy(dtype=float) if not headings.empty else 1.0
    result["scale"] = np.where(headed, scale, 1.0)
    return result
