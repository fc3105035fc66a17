"""The forms of a raw column: how a column of YAML values is held, so the schema can check it as a
whole instead of value by value.

- **text**: pyarrow strings, when every value is text or null;
- **whole numbers**: nullable 64-bit integers, when every value is a whole number that fits;
- **numbers** (only for a field where a whole number and a fraction are the same kind of value,
  ``fields.NUMBERS``): floats, when every value is a number that a float holds exactly;
- otherwise the values themselves (object), each checked on its own.

Each typed form holds exactly what the YAML said, so a check reads it as it would read the values
one by one (``tests/test_schema_checks.py`` proves it for every check).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, Final

import numpy as np
import pandas as pd
import pyarrow
import pyarrow.compute as pc

STRING: Final = "string[pyarrow]"  # pandera is several times slower on object strings
INT64_RANGE: Final = (-(2**63), 2**63 - 1)
# Below this magnitude every whole number is a float exactly (2**53 + 1 would round to 2**53).
EXACT_FLOAT: Final = float(2**53)


class _YamlNaN:
    """A YAML ``.nan`` as a raw column holds it: a value of the wrong kind for every field, shown as
    written. A float NaN would be taken for a null (an optional field would accept it without a
    word), and the text ".nan" for text (a quote or a note would)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return ".nan"

    def __reduce__(self) -> str:
        return "YAML_NAN"  # unpickles as this module's one instance


YAML_NAN: Final = _YamlNaN()


def is_text_column(column: pd.Series) -> bool:
    return isinstance(column.dtype, pd.StringDtype)


def is_whole_column(column: pd.Series) -> bool:
    return str(column.dtype) == "Int64"


def is_number_column(column: pd.Series) -> bool:
    return column.dtype == np.float64


def one_of(column: pd.Series, values: Collection[str]) -> pd.Series:
    """Whether each text of ``column`` is one of ``values`` (a null is not): pandas converts a set
    value by value for pyarrow strings (a few milliseconds per thousand values, at every call);
    pyarrow takes the set as one array."""
    if not is_text_column(column):
        return column.isin(values)
    found = pc.is_in(pyarrow.array(column.array), value_set=pyarrow.array(list(values), type=pyarrow.string()))
    return pd.Series(found.fill_null(False).to_numpy(zero_copy_only=False), index=column.index, dtype=bool)


def fits_int64(value: Any) -> bool:
    """A whole number that fits 64 bits (a larger one cannot be a line, a year or an item)."""
    return isinstance(value, int) and not isinstance(value, bool) and INT64_RANGE[0] <= value <= INT64_RANGE[1]


def raw_column(values: list[Any], numbers: bool = False) -> np.ndarray | pd.api.extensions.ExtensionArray:
    """A column of YAML values in its form (see the module docstring); ``numbers``: the field takes
    whole numbers and fractions alike, so a mix of them may be held as floats."""
    kind = pd.api.types.infer_dtype(values, skipna=True)
    if kind == "string" or (kind == "empty" and values.count(None) == len(values)):
        # All text, or all null (an optional field nobody filled). Made from pyarrow directly:
        # pd.array checks each value again (3x the time), and would make a YAML .nan a null.
        try:
            return pd.arrays.ArrowStringArray(pyarrow.array(values, type=pyarrow.large_string()))
        except (pyarrow.ArrowTypeError, pyarrow.ArrowInvalid):
            pass  # a .nan among the texts (infer_dtype skips it): checked value by value below
    if kind == "integer":
        try:
            # A number past 64 bits is cast through float64 first, and numpy warns before pandas
            # refuses: the refusal is the answer, the warning would reach the user's terminal.
            with np.errstate(invalid="ignore", over="ignore"):
                whole = pd.array(values, dtype="Int64")
        except (OverflowError, TypeError, ValueError):
            pass  # a whole number too large for 64 bits: the schema reports it, value by value
        else:
            if int(whole.isna().sum()) == values.count(None):
                return whole
            # else a .nan among them (infer_dtype skips it; Int64 would make it a null)
    if numbers and kind in ("floating", "mixed-integer-float"):
        floats = _exact_floats(values)
        if floats is not None:
            return floats
    array = np.empty(len(values), dtype=object)
    array[:] = [_kept(value) for value in values]
    return array


def _exact_floats(values: list[Any]) -> np.ndarray | None:
    """The numbers as floats when each is one exactly; None when one is not (a huge whole number,
    an infinity) or when a value is a YAML ``.nan`` (a value of the wrong kind, not a null)."""
    try:
        floats = np.array(values, dtype=np.float64)  # None becomes NaN
    except (OverflowError, TypeError, ValueError):
        return None
    blank = np.isnan(floats)
    if int(blank.sum()) != values.count(None):
        return None
    magnitudes = np.abs(floats[~blank])
    if magnitudes.size and not magnitudes.max() < EXACT_FLOAT:
        return None
    return floats


def _kept(value: Any) -> Any:
    """A YAML value as the schema should see it: ``.nan`` is a value of the wrong kind, not a null."""
    return YAML_NAN if isinstance(value, float) and value != value else value
