"""Table Schemas of the exported tables, derived from the pandera schemas of the dataset format.

An exported column is one of two things:

- ``FromSchema(table, column, member)``: a column of the pandera schemas in ``schemas/dataset.py``
  (or one member of a mapping column, ``region`` → ``region_code``). Its type, enum, pattern,
  minimum, catalogue and description come from the column's pandera ``metadata`` and
  ``description``, and ``required`` from its ``nullable``: the suite and the package cannot drift.
- a computed field (``computed(...)``): a column the dataset does not hold (the interval, the
  global id, the labels…), described once beside the code that computes it.

A field may name the table its values are keys of (``references``: a catalogue such as
``indicators``, or ``sources``); that becomes a foreign key to the table's primary key. Fields
whose values come from a short list (an enum, a key of another table, a per-article value
repeated on each fact) are ``categorical``: dictionary-encoded in Parquet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING, Any

import pandas as pd

from checks.frames import STRING, as_float, as_int, as_str

if TYPE_CHECKING:
    import pandera.pandas as pa

# Columns every raw frame has for the suite's own bookkeeping; they are not dataset fields.
BOOKKEEPING = ("dataset", "item", "present")
# Properties of a field that the export uses and a Table Schema does not hold.
INTERNAL = ("references", "categorical")


class MissingFieldProperties(Exception):
    """A pandera column the export needs says nothing of its type (give its checks properties)."""


@dataclass(frozen=True)
class FromSchema:
    """A column of the pandera schemas, exported as it is validated."""

    table: str  # a key of schemas.dataset.SCHEMAS
    column: str
    member: str | None = None  # one key of a mapping column
    name: str | None = None  # the exported name; by default the column's (``column_member``)
    description: str | None = None  # when the exported column means more than the YAML field
    categorical: bool = False

    @property
    def exported_name(self) -> str:
        return self.name or (f"{self.column}_{self.member}" if self.member else self.column)


Field = dict[str, Any]
Column = FromSchema | Field


def computed(
    name: str,
    type: str,
    description: str,
    *,
    required: bool = False,
    references: str | None = None,
    categorical: bool = False,
    **constraints: Any,
) -> Field:
    """A field the dataset does not hold; ``constraints`` are Table Schema constraints (``enum``…)."""
    field: Field = {"name": name, "type": type, "description": description}
    if required or constraints:
        field["constraints"] = {**({"required": True} if required else {}), **constraints}
    if references:
        field["references"] = references
    if categorical or references or "enum" in constraints:
        field["categorical"] = True
    return field


@cache
def pandera_schemas() -> dict[str, pa.DataFrameSchema]:
    """The pandera schemas, built once: what the export reads of them does not depend on the vocabulary."""
    from schemas.dataset import SCHEMAS
    from schemas.vocab import Vocabulary

    empty = Vocabulary(units={}, indicators={})
    return {table: build(empty) for table, build in SCHEMAS.items()}


def dataset_columns(table: str, rename: dict[str, str] | None = None) -> list[FromSchema]:
    """Every field of a pandera table, in order, a mapping expanded into one column per member."""
    rename = rename or {}
    found: list[FromSchema] = []
    for name, column in pandera_schemas()[table].columns.items():
        if name in BOOKKEEPING:
            continue
        members = (column.metadata or {}).get("members")
        if members:
            found.extend(FromSchema(table, name, member, rename.get(f"{name}_{member}")) for member in members)
        else:
            found.append(FromSchema(table, name, name=rename.get(name)))
    return found


def resolve(column: Column) -> Field:
    """The field of one exported column (a computed field is already one)."""
    if isinstance(column, dict):
        return column
    schema_column = pandera_schemas()[column.table].columns[column.column]
    properties: dict[str, Any] = dict(schema_column.metadata or {})
    description = schema_column.description
    if column.member is not None:
        properties = dict(properties.get("members", {}).get(column.member, {}))
        description = properties.pop("description", None) or description
    if "type" not in properties:
        raise MissingFieldProperties(f"{column.table}.{column.column}: its checks declare no type")
    constraints = dict(properties.get("constraints", {}))
    if not schema_column.nullable:
        constraints = {"required": True, **constraints}
    field: Field = {"name": column.exported_name, "type": properties["type"]}
    if column.description or description:
        field["description"] = column.description or description
    if constraints:
        field["constraints"] = constraints
    if properties.get("catalogue"):
        field["references"] = properties["catalogue"]
    if column.categorical or "references" in field or "enum" in constraints:
        field["categorical"] = True
    return field


def table_schema(fields: list[Field], primary_key: list[str], keys: dict[str, list[str]]) -> dict[str, Any]:
    """A Table Schema; ``keys`` gives each table's primary key, for the foreign keys."""
    foreign = [
        {"fields": [field["name"]], "reference": {"resource": field["references"], "fields": keys[field["references"]]}}
        for field in fields
        if "references" in field
    ]
    schema: dict[str, Any] = {
        "fields": [{k: v for k, v in field.items() if k not in INTERNAL} for field in fields],
        "primaryKey": primary_key,
    }
    if foreign:
        schema["foreignKeys"] = foreign
    return schema


# ---- values of a declared type -------------------------------------------------------------------


def _date(value: Any) -> date | None:
    return value if isinstance(value, date) and not isinstance(value, datetime) else None


def _boolean(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _array(value: Any) -> list[str] | None:
    return [str(item) for item in value] if isinstance(value, list) else None


def typed(values: pd.Series, field: Field) -> pd.Series:
    """YAML values as a column of the field's type; a value of another type is missing (NA).

    Under ``--allow-errors`` a value the schema refused is exported as missing, as the typed
    frames hold it, never as something it is not.
    """
    kind = field["type"]
    if kind == "string":
        return as_str(values)
    if kind == "integer":
        return as_int(values)
    if kind == "number":
        return as_float(values)
    if kind == "boolean":
        return values.map(_boolean).astype("boolean")
    if kind == "date":
        return values.map(_date).astype(object)
    if kind == "array":
        return values.map(_array).astype(object)
    raise ValueError(f"no export of type {kind!r} (field {field['name']})")


# The pandas dtype of each type in an exported frame (and so in the Parquet's pandas metadata).
PANDAS_DTYPES: dict[str, Any] = {
    "string": STRING,
    "integer": "Int64",
    "number": "float64",
    "boolean": "boolean",
    "date": object,
    "array": object,
}


def as_declared(values: pd.Series, field: Field) -> pd.Series:
    """An already typed column in the one pandas dtype of its field's type."""
    return values.astype(PANDAS_DTYPES[field["type"]])
