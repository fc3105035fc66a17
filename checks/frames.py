"""Documents → frames: one pandas row per source, fact, relation, waiver and ignore entry.

Two views of the same rows. The *raw* frames hold exactly what the YAML said (object columns), so
the schema can report a wrong type where it stands. The *typed* frames hold what the other rules
compute on (floats, nullable ints, pyarrow strings); a value of the wrong type is NA there, so a
rule downstream of the schema never trips over it and never reports it twice.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

import numpy as np
import pandas as pd

from checks.load import Document
from schemas import fields
from schemas.vocab import Vocabulary

STRING: Final = "string[pyarrow]"  # pandera is several times slower on object strings


@dataclass(frozen=True)
class Frames:
    sources: pd.DataFrame
    facts: pd.DataFrame
    relations: pd.DataFrame
    acknowledged: pd.DataFrame
    ignore: pd.DataFrame


def slug_of(dataset_path: str) -> str:
    return posixpath.splitext(posixpath.basename(dataset_path))[0]


def _kept(value: Any) -> Any:
    """A YAML value as the schema should see it: ``.nan`` is a value of the wrong kind, not a null."""
    return ".nan" if isinstance(value, float) and value != value else value


def _rows(document: Document, key: str, names: Iterable[str]) -> list[dict[str, Any]]:
    data = document.data if isinstance(document.data, dict) else {}
    items = data.get(key)
    if not isinstance(items, list):
        return []
    names = tuple(names)
    rows = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            continue  # S101 reports items that are not mappings
        row: dict[str, Any] = {"dataset": document.path, "item": index}
        row.update({name: _kept(item.get(name)) for name in names})
        row["present"] = tuple(str(k) for k in item)
        rows.append(row)
    return rows


def _frame(rows: list[dict[str, Any]], names: Iterable[str]) -> pd.DataFrame:
    columns = ["dataset", "item", *names, "present"]
    frame = pd.DataFrame(rows, columns=columns, dtype=object)
    frame["item"] = frame["item"].astype("int64")
    return frame


def raw_frames(documents: Iterable[Document]) -> Frames:
    documents = list(documents)
    source_rows = []
    for document in documents:
        data = document.data if isinstance(document.data, dict) else {}
        source = data.get("source")
        if isinstance(source, dict):
            row: dict[str, Any] = {"dataset": document.path, "item": 0}
            row.update({name: _kept(source.get(name)) for name in fields.SOURCE})
            row["present"] = tuple(str(k) for k in source)
            source_rows.append(row)
    listed = {
        key: _frame([row for doc in documents for row in _rows(doc, key, names)], names)
        for key, names in fields.FIELDS.items()
    }
    return Frames(
        sources=_frame(source_rows, fields.SOURCE),
        facts=listed["facts"],
        relations=listed["relations"],
        acknowledged=listed["acknowledged"],
        ignore=listed["ignore"],
    )


# ---- typed view -------------------------------------------------------------------------------


def as_int(column: pd.Series) -> pd.Series:
    return column.map(lambda v: v if isinstance(v, int) and not isinstance(v, bool) else None).astype("Int64")


def as_float(column: pd.Series) -> pd.Series:
    def number(v: Any) -> float | None:
        return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None

    return column.map(number).astype("float64")


def as_str(column: pd.Series) -> pd.Series:
    return column.map(lambda v: v if isinstance(v, str) else None).astype(STRING)


def as_year(column: pd.Series) -> pd.Series:
    def year(v: Any) -> int | None:
        return v.year if isinstance(v, date | datetime) else None

    return column.map(year).astype("Int64")


def _member(column: pd.Series, key: str) -> pd.Series:
    return column.map(lambda v: v.get(key) if isinstance(v, dict) else None)


def region_code(column: pd.Series) -> pd.Series:
    """A region may be written as a code or as ``{code, name}``."""
    return as_str(column.map(lambda v: v.get("code") if isinstance(v, dict) else v))


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
            "slug": as_str(s["dataset"].map(slug_of)),
            "path": as_str(s["path"]),
            "seed": as_str(s["path"].map(seed_path)),
            "sha256": as_str(s["sha256"]),
            "title": as_str(s["title"]),
            "published": s["published"].map(lambda v: v if isinstance(v, date) else None),
            "published_year": as_year(s["published"]),
            "language": as_str(s["language"]),
            "region_code": region_code(s["region"]),
            "body_first": as_int(_member(s["body"], "first")),
            "body_last": as_int(_member(s["body"], "last")),
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
            "unit": as_str(f["unit"]),
            "qualifier": as_str(f["qualifier"]),
            "period": as_int(f["period"]),
            "status": as_str(f["status"]),
            "region_code": region_code(f["region"]),
            "note": as_str(f["note"]),
        }
    )
    # What kind of number each fact is: from its indicator, else from its unit.
    indicator_kind = facts["indicator"].map(lambda v: vocabulary.indicator_kind(v) if isinstance(v, str) else None)
    unit_kind = facts["unit"].map(lambda v: vocabulary.unit_kind(v) if isinstance(v, str) else None)
    facts["kind"] = as_str(indicator_kind.where(indicator_kind.notna(), unit_kind))
    facts["global_id"] = (facts["dataset"].map(slug_of).astype(STRING) + "/" + facts["id"]).astype(STRING)
    # Every fact carries what it needs of its source, so fact rules need no further joins.
    facts = facts.merge(
        sources[["dataset", "seed", "body_first", "body_last", "published_year", "region_code"]].rename(
            columns={"region_code": "source_region"}
        ),
        on="dataset",
        how="left",
    )
    # The region a fact is about: its own when it names one, else its article's.
    facts["region"] = facts["region_code"].fillna(facts["source_region"])
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
    """The rows of ``frame`` as named tuples (typed loosely: columns differ by frame)."""
    return frame.itertuples(index=False)


def where(frame: pd.DataFrame, mask: Iterable[bool]) -> pd.DataFrame:
    """The rows of ``frame`` where ``mask`` holds (a plain list of booleans, possibly empty)."""
    return frame.loc[np.fromiter(mask, dtype=bool, count=len(frame))]
