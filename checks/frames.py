"""Documents → frames: one pandas row per source, fact, relation, waiver and ignore entry.

Two views of the same rows. The *raw* frames hold exactly what the YAML said (object columns), so
the schema can report a wrong type where it stands. The *typed* frames hold what the other rules
compute on (floats, nullable ints, pyarrow strings); a value of the wrong type is NA there, so a
rule downstream of the schema never trips over it and never reports it twice.
"""

from __future__ import annotations

import posixpath
from collections import namedtuple
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from itertools import repeat
from typing import Any

import numpy as np
import pandas as pd

from checks.load import Document
from schemas import fields
from schemas.columns import STRING, fits_int64, is_number_column, is_text_column, is_whole_column, raw_column
from schemas.vocab import Vocabulary


@dataclass(frozen=True)
class Frames:
    sources: pd.DataFrame
    facts: pd.DataFrame
    relations: pd.DataFrame
    acknowledged: pd.DataFrame
    ignore: pd.DataFrame


def slug_of(dataset_path: str) -> str:
    return posixpath.splitext(posixpath.basename(dataset_path))[0]


def _table(owners: list[tuple[str, int, dict[Any, Any]]], names: Iterable[str]) -> pd.DataFrame:
    """One row per (dataset, item, mapping) with a column per field name, and the keys present."""
    columns: dict[str, Any] = {
        "dataset": pd.array([owner for owner, _, _ in owners], dtype=STRING),
        "item": np.array([index for _, index, _ in owners], dtype="int64"),
    }
    items = [item for _, _, item in owners]
    for name in names:
        columns[name] = raw_column(list(map(dict.get, items, repeat(name))), numbers=name in fields.NUMBERS)
    present = np.empty(len(owners), dtype=object)
    present[:] = list(map(tuple, items))  # the loader makes every key text
    columns["present"] = present
    return pd.DataFrame(columns)


def raw_frames(documents: Iterable[Document]) -> Frames:
    sources: list[tuple[str, int, dict[Any, Any]]] = []
    listed: dict[str, list[tuple[str, int, dict[Any, Any]]]] = {key: [] for key in fields.FIELDS}
    for document in documents:
        data = document.data if isinstance(document.data, dict) else {}
        source = data.get("source")
        if isinstance(source, dict):
            sources.append((document.path, 0, source))
        for key, owners in listed.items():
            items = data.get(key)
            if isinstance(items, list):
                # Items that are not mappings are S101's to report.
                owners.extend(
                    (document.path, index, item) for index, item in enumerate(items) if isinstance(item, dict)
                )
    tables = {key: _table(owners, fields.FIELDS[key]) for key, owners in listed.items()}
    return Frames(
        sources=_table(sources, fields.SOURCE),
        facts=tables["facts"],
        relations=tables["relations"],
        acknowledged=tables["acknowledged"],
        ignore=tables["ignore"],
    )


# ---- typed view -------------------------------------------------------------------------------


def _none_of(column: pd.Series, dtype: str) -> pd.Series:
    return pd.Series(pd.NA, index=column.index, dtype=dtype)


def as_int(column: pd.Series) -> pd.Series:
    """Whole numbers (that fit 64 bits) as they are; anything else NA."""
    if is_whole_column(column):
        return column
    if is_text_column(column):
        return _none_of(column, "Int64")
    # Built from the ints themselves: through astype, a column with a missing value goes by float64, which cannot
    # hold 2**63 - 1 (a line that large is read, and refused by the schema, not a crash).
    kept = [v if fits_int64(v) else None for v in column.tolist()]
    data = np.array([0 if v is None else v for v in kept], dtype=np.int64)
    missing = np.array([v is None for v in kept], dtype=bool)
    return pd.Series(pd.arrays.IntegerArray(data, missing), index=column.index)


def as_float(column: pd.Series) -> pd.Series:
    """Numbers (not booleans) as floats; anything else, or a number beyond a float's range, NaN."""
    if is_whole_column(column):
        return column.astype("float64")
    if is_number_column(column):
        return column
    if is_text_column(column):
        return pd.Series(np.nan, index=column.index, dtype="float64")

    def number(v: Any) -> float | None:
        if not isinstance(v, int | float) or isinstance(v, bool):
            return None
        try:
            return float(v)
        except OverflowError:
            return None

    return column.map(number).astype("float64")


def inexact_text(column: pd.Series) -> pd.Series:
    """The digits of each whole number a float cannot hold exactly (``18446744073709551617``, 38
    nines), as the dataset writes it; NA for every other value. A report prints a value from its
    float (``show_number``), which would show another number for these."""
    shown = pd.Series(pd.NA, index=column.index, dtype=STRING)
    if is_text_column(column) or is_number_column(column):
        return shown  # text, or floats that hold their numbers exactly (schemas.columns)
    if is_whole_column(column):
        large = (column.abs() > 2**53).fillna(False)
    else:
        large = column.map(lambda v: isinstance(v, int) and not isinstance(v, bool) and abs(v) > 2**53)
    large = large.astype(bool)
    if large.any():  # few, if any: each one compared with its float
        shown[large] = column[large].astype(object).map(_digits_unless_exact).astype(STRING)
    return shown


def _digits_unless_exact(value: int) -> str | None:
    try:
        return None if float(value) == value else str(value)
    except OverflowError:  # beyond a float's range: its digits
        return str(value)
    except ValueError:  # more digits than Python prints
        return None


def text_or_none(value: object) -> str | None:
    """A cell as text, or None (a frame gives NaN or NA for a missing one)."""
    return value if isinstance(value, str) else None


def as_str(column: pd.Series) -> pd.Series:
    if is_text_column(column):
        return column.astype(STRING)
    if is_whole_column(column):
        return _none_of(column, STRING)
    return column.map(text_or_none).astype(STRING)


def as_year(column: pd.Series) -> pd.Series:
    if is_text_column(column) or is_whole_column(column):
        return _none_of(column, "Int64")

    def year(v: Any) -> int | None:
        return v.year if isinstance(v, date | datetime) else None

    return column.map(year).astype("Int64")


def member(column: pd.Series, key: str) -> pd.Series:
    """One key of a mapping column (missing where the value is not a mapping)."""
    if is_text_column(column) or is_whole_column(column) or not column.notna().any():
        return pd.Series(pd.NA, index=column.index, dtype=STRING)  # all missing, typed as raw_column types it
    # Built as objects: a map would make a column of a few whole numbers among gaps floats (3 → 3.0).
    values = [v.get(key) if isinstance(v, dict) else None for v in column.tolist()]
    return pd.Series(values, index=column.index, dtype=object)


def region_code(column: pd.Series) -> pd.Series:
    """A region may be written as a code or as ``{code, name}``."""
    if is_text_column(column) or is_whole_column(column):
        return as_str(column)
    return as_str(column.map(lambda v: v.get("code") if isinstance(v, dict) else v))


def by_value(column: pd.Series, function: Any) -> pd.Series:
    """``function`` of each text value of ``column`` (NA elsewhere), called once per distinct value."""
    texts = as_str(column)
    table = {value: function(value) for value in texts.dropna().unique()}
    return texts.map(table).astype(STRING)


def seed_path(path: Any) -> str | None:
    """The seed path normalised, or None when it is not a relative path inside ``seeds/``."""
    if not isinstance(path, str) or path.startswith(("/", "\\")) or "\\" in path:
        return None
    normal = posixpath.normpath(path)
    return normal if normal.startswith("seeds/") and ".." not in normal.split("/") else None


def typed_frames(raw: Frames, vocabulary: Vocabulary) -> Frames:
    s = raw.sources
    sources = pd.DataFrame(
        {
            "dataset": as_str(s["dataset"]),
            "slug": by_value(s["dataset"], slug_of),
            "path": as_str(s["path"]),
            "seed": by_value(as_str(s["path"]), seed_path),
            "sha256": as_str(s["sha256"]),
            "title": as_str(s["title"]),
            "published": s["published"].map(lambda v: v if isinstance(v, date) else None),
            "published_year": as_year(s["published"]),
            "language": as_str(s["language"]),
            "region_code": region_code(s["region"]),
            "body_first": as_int(member(s["body"], "first")),
            "body_last": as_int(member(s["body"], "last")),
        }
    )
    f = raw.facts
    facts = pd.DataFrame(
        {
            "dataset": as_str(f["dataset"]),
            "item": f["item"],
            "id": as_str(f["id"]),
            "line": as_int(f["line"]),
            "quote": as_str(f["quote"]),
            "indicator": as_str(f["indicator"]),
            "value": as_float(f["value"]),
            "value_text": inexact_text(f["value"]),
            "unit": as_str(f["unit"]),
            "unit_from_given": f["unit_from"].notna().to_numpy(dtype=bool),
            "unit_from_line": as_int(member(f["unit_from"], "line")),
            "unit_from_text": as_str(member(f["unit_from"], "text")),
            "qualifier": as_str(f["qualifier"]),
            "period": as_int(f["period"]),
            "status": as_str(f["status"]),
            "region_code": region_code(f["region"]),
            "region_given": f["region"].notna().to_numpy(dtype=bool),
            "note": as_str(f["note"]),
        }
    )
    # What kind of number each fact is: from its indicator, else from its unit.
    indicator_kind = by_value(facts["indicator"], vocabulary.indicator_kind)
    facts["kind"] = indicator_kind.fillna(by_value(facts["unit"], vocabulary.unit_kind))
    facts["global_id"] = (by_value(facts["dataset"], slug_of) + "/" + facts["id"]).astype(STRING)
    # Every fact carries what it needs of its source, so fact rules need no further joins.
    facts = facts.merge(
        sources[["dataset", "seed", "body_first", "body_last", "published_year", "region_code"]].rename(
            columns={"region_code": "source_region"}
        ),
        on="dataset",
        how="left",
    )
    # The region a fact is about: its own when it names one, else its article's. A region written but
    # unreadable (a code as a number, S104) is unknown, not the article's: one slip, one finding, and no
    # comparison with the article's other regions.
    facts["region"] = facts["region_code"].where(facts["region_given"], facts["source_region"])
    r = raw.relations
    relations = pd.DataFrame({"dataset": as_str(r["dataset"]), "item": r["item"]})
    for name in fields.RELATION:
        relations[name] = r[name] if name in fields.RELATION_LISTS else as_str(r[name])
    a = raw.acknowledged
    acknowledged = pd.DataFrame(
        {
            "dataset": as_str(a["dataset"]),
            "item": a["item"],
            "rule": as_str(a["rule"]),
            "fact": as_str(a["fact"]),
            "reason": as_str(a["reason"]),
        }
    )
    i = raw.ignore
    ignore = pd.DataFrame(
        {
            "dataset": as_str(i["dataset"]),
            "item": i["item"],
            "line": as_int(i["line"]),
            "text": as_str(i["text"]),
            "reason": as_str(i["reason"]),
        }
    )
    ignore = ignore.merge(sources[["dataset", "seed"]], on="dataset", how="left")
    return Frames(sources, facts, relations, acknowledged, ignore)


def records(frame: pd.DataFrame) -> Iterator[Any]:
    """The rows of ``frame`` as named tuples (typed loosely: columns differ by frame).

    A missing value is ``None``, never ``pd.NA``: a rule that writes ``row.kind or "amount"`` or
    puts ``row.fact`` in a finding must not meet a value whose truth is ambiguous and that JSON
    cannot hold.
    """
    if frame.empty:
        return iter(())  # most rules find nothing: no column to look at (itertuples takes each)
    if len(frame) <= _FEW:  # converting each column costs more than looking at each value
        return map(_without_na, frame.itertuples(index=False))
    row = namedtuple("Row", [str(name) for name in frame.columns], rename=True)  # type: ignore[misc]
    columns = [_plain(frame.iloc[:, number]) for number in range(frame.shape[1])]
    return map(row._make, zip(*columns, strict=True))


_FEW = 32


def _without_na(row: Any) -> Any:
    if any(value is pd.NA for value in row):
        return row._make(None if value is pd.NA else value for value in row)
    return row


def _plain(column: pd.Series) -> list[Any]:
    if isinstance(column.dtype, pd.api.extensions.ExtensionDtype) or column.dtype == object:
        values: list[Any] = column.astype(object).where(column.notna(), None).tolist()
        return values
    return column.tolist()


def where(frame: pd.DataFrame, mask: Iterable[bool]) -> pd.DataFrame:
    """The rows of ``frame`` where ``mask`` holds (a plain list of booleans, possibly empty)."""
    return frame.loc[np.fromiter(mask, dtype=bool, count=len(frame))]
