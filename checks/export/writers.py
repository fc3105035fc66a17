"""Tables → bytes (CSV, Parquet) and the export directory, replaced whole.

CSV: UTF-8 without a byte-order mark (a BOM would become part of the first column's name for many
readers; frictionless, pandas, DuckDB and R read UTF-8 as it is), comma-separated, quoted only when
needed, ``\\n`` line ends, a header row. Values are written by their declared type: numbers in
Python's shortest round-trip form (``96.55000000000001`` is what the validator compared, not a
rounding of it; a whole number as its digits, ``4820``, not ``4820.0``), ``INF``/``-INF`` for
unbounded ends, ``true``/``false``, ISO dates, arrays as JSON, an empty field for a missing value.
The same tables give the same bytes.

Parquet: one file per table with real types: int64 (nullable), float64, bool, date32, lists, and
dictionary-encoded strings for columns whose values come from a short list. The pandas metadata
is kept, so pandas reads integers back as nullable ``Int64`` and dictionaries as ``category``.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import secrets
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from checks.atomic import TEMPORARY_SUFFIX, WriteRefused, write_atomically
from checks.export.earlier import refuse_unless_replaceable
from checks.export.tables import Table
from checks.export.tableschema import Field
from checks.intervals import exact_number

CSV_OPTIONS = {"lineterminator": "\n", "quoting": csv.QUOTE_MINIMAL}


# ---- CSV -----------------------------------------------------------------------------------------


def _whole_digits(value: float) -> str:
    """A float as text that reads back as exactly it, a whole number in plain digits however large
    (``1e26`` is ``100000000000000000000000000``: the shortest digits that give that float)."""
    if value.is_integer() and abs(value) >= 1e16:
        return format(Decimal(repr(value)), "f")
    return exact_number(value)


def _numbers(column: pd.Series, exact: pd.Series | None = None) -> np.ndarray:
    """Numbers as CSV fields; ``exact``: the text the dataset wrote, where a float cannot hold it
    (the digits of ``18446744073709551617``, which read back as the float the column holds)."""
    values = column.to_numpy(dtype="float64", na_value=np.nan)
    text = np.array([_whole_digits(value) for value in values.tolist()], dtype=object)
    if exact is not None:
        given = exact.notna().to_numpy(dtype=bool)
        text[given] = exact.to_numpy(dtype=object)[given]
    text[np.isnan(values)] = ""
    text[values == np.inf] = "INF"
    text[values == -np.inf] = "-INF"
    return text


def _text(column: pd.Series, field: Field, exact: pd.Series | None = None) -> np.ndarray:
    """The column as CSV fields (strings, "" for a missing value)."""
    kind = field["type"]
    if kind == "number":
        return _numbers(column, exact)
    missing = column.isna().to_numpy(dtype=bool)
    if kind == "boolean":
        text = np.where(column.fillna(False).to_numpy(dtype=bool), "true", "false").astype(object)
    elif kind == "date":
        text = np.array([str(value) for value in column.astype(object).tolist()], dtype=object)  # ISO 8601
    elif kind == "array":
        text = np.array([json.dumps(v, ensure_ascii=False) for v in column.tolist()], dtype=object)
    else:  # string, integer
        text = column.astype("string").fillna("").to_numpy(dtype=object)
    text[missing] = ""
    return text


def csv_bytes(table: Table) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, **CSV_OPTIONS)  # type: ignore[arg-type]
    writer.writerow([field["name"] for field in table.fields])
    columns = [_text(table.frame[str(f["name"])], f, table.exact.get(str(f["name"]))) for f in table.fields]
    writer.writerows(zip(*columns, strict=True))
    return out.getvalue().encode("utf-8")


# ---- Parquet -------------------------------------------------------------------------------------


def arrow_schema(fields: list[Field]) -> Any:
    import pyarrow as pa

    types = {
        "string": pa.string(),
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
        "array": pa.list_(pa.string()),
    }

    def arrow_type(field: Field) -> Any:
        if field["type"] == "string" and field.get("categorical"):
            return pa.dictionary(pa.int32(), pa.string())
        return types[field["type"]]

    return pa.schema(
        pa.field(field["name"], arrow_type(field), metadata={"description": field.get("description", "")})
        for field in fields
    )


def parquet_bytes(table: Table) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow = pa.Table.from_pandas(table.frame, schema=arrow_schema(table.fields), preserve_index=False)
    sink = pa.BufferOutputStream()
    pq.write_table(arrow, sink)
    return bytes(sink.getvalue().to_pybytes())


# ---- the export directory ------------------------------------------------------------------------


def replace_directory(target: Path, files: dict[str, bytes]) -> None:
    """Make ``target`` a directory holding exactly ``files``, switched in whole.

    The files are written (and flushed to disk) in a temporary directory beside ``target``, which
    is then renamed to it: a reader sees the earlier export or the new one, never a mix. An earlier
    export is first renamed aside and deleted after the switch; a process killed between the two
    renames leaves it as ``.<name>.<random>.factlint-tmp`` beside the target (git ignores it).
    ``target`` is refused when it is a link, a file, or a directory holding anything but an
    earlier export (``checks.export.earlier``), so ``--output data`` cannot wipe a dataset; a
    failure to write (no permission, a read-only file system) is a ``WriteRefused`` that says so.
    """
    refuse_unless_replaceable(target)
    try:
        _switch(target, files)
    except WriteRefused:
        raise
    except OSError as error:
        raise WriteRefused(f"cannot write {target}: {error.strerror or error}") from None


def _switch(target: Path, files: dict[str, bytes]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)

    def beside() -> Path:
        return target.parent / f".{target.name}.{secrets.token_hex(4)}{TEMPORARY_SUFFIX}"

    staging = beside()
    staging.mkdir()
    try:
        for name, content in files.items():
            write_atomically(staging / name, content)
        if not target.exists():
            os.rename(staging, target)
            return
        retired = beside()
        os.rename(target, retired)
        try:
            os.rename(staging, target)
        except BaseException:
            os.rename(retired, target)
            raise
        shutil.rmtree(retired, ignore_errors=True)
    except BaseException:
        with contextlib.suppress(OSError):
            shutil.rmtree(staging)
        raise
