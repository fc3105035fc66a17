"""The facts table's schema constraints, checked by factlint (pandera) and by frictionless-py.

Same rows, same constraints: required fields, types (whole numbers, numbers, text), the id pattern,
ids unique within a dataset, line ≥ 1, and the vocabularies (indicator, unit, qualifier, status),
the Table Schema derived from the pandera columns themselves.
frictionless reads the rows from CSV, as it would in use; factlint checks the frame it builds from
the YAML. Both must find the same faults, so the comparison is of equal work (checked here on
rows with planted faults before timing). Each is timed as the best of several runs (``OURS_RUNS``,
``THEIR_RUNS``).
"""

from __future__ import annotations

import csv
import time
from pathlib import Path
from typing import Any

import pandas as pd

from checks.corpus import load_corpus
from checks.frames import raw_column

OURS_RUNS = 9  # the best of these many runs of each (a run of ours is some 30 ms)
THEIR_RUNS = 3
COLUMNS = ["dataset", "id", "line", "quote", "indicator", "value", "unit", "qualifier", "period", "status"]


def table_schema(vocabulary: Any) -> dict[str, Any]:
    """The facts table's Table Schema, derived from the same pandera columns factlint validates with
    (``checks.export.tableschema``); a catalogue column checks membership as an enum, as the
    pandera check does, rather than as a foreign key to another table."""
    from checks.export.tableschema import dataset_columns, resolve

    catalogues = {"indicators": sorted(vocabulary.indicators), "units": sorted(vocabulary.units)}
    fields = [{"name": "dataset", "type": "string", "constraints": {"required": True}}]
    for column in dataset_columns("facts"):
        field = resolve(column)
        if field["name"] not in COLUMNS:
            continue
        field = {key: value for key, value in field.items() if key not in ("references", "categorical", "description")}
        if column.column in ("indicator", "unit"):
            field["constraints"] = {**field.get("constraints", {}), "enum": catalogues[f"{column.column}s"]}
        fields.append(field)
    return {"fields": fields, "primaryKey": ["dataset", "id"]}


def _frictionless_errors(csv_path: Path, schema: dict[str, Any]) -> tuple[int, float]:
    from frictionless import Resource, Schema

    resource = Resource(path=csv_path.name, basepath=str(csv_path.parent), schema=Schema.from_descriptor(schema))
    start = time.perf_counter()
    report = resource.validate(limit_errors=10**9)
    elapsed = time.perf_counter() - start
    return len(report.flatten(["rowNumber", "fieldName"])), elapsed


def _factlint_errors(raw: pd.DataFrame, vocabulary: Any) -> tuple[int, float]:
    import pandera.errors

    from schemas.dataset import fact_schema

    schema = fact_schema(vocabulary)
    start = time.perf_counter()
    try:
        schema.validate(raw, lazy=True, inplace=True)  # as checks.analyses.schema_failures does
        count = 0
    except pandera.errors.SchemaErrors as errors:
        count = len(errors.failure_cases)
    return count, time.perf_counter() - start


def compare(root: Path, faults: int = 60) -> tuple[float, float, int]:
    """(factlint seconds, frictionless seconds, rows), after checking both find ``faults`` planted faults."""
    corpus = load_corpus(root)
    raw = corpus.raw.facts.copy()
    vocabulary = corpus.vocabulary
    schema = table_schema(vocabulary)
    # Faults planted in the YAML's values, the planted columns then built as the loader builds them.
    columns = {name: raw[name].astype(object).tolist() for name in raw.columns}
    step = max(1, len(raw) // faults)
    kinds = [("line", 0), ("unit", "lightyears"), ("qualifier", "roughly"), ("period", 2020.5), ("indicator", "nope")]
    for number, row in enumerate(range(0, step * faults, step)):
        column, value = kinds[number % len(kinds)]
        columns[column][row] = value
    planted = raw.copy()
    for name, _ in kinds:
        planted[name] = raw_column(columns[name])
    with_faults = root / "facts-faults.csv"
    clean = root / "facts.csv"
    for frame, path in ((planted, with_faults), (raw, clean)):
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(COLUMNS)
            writer.writerows(frame[COLUMNS].itertuples(index=False, name=None))
    ours, _ = _factlint_errors(planted, vocabulary)
    theirs, _ = _frictionless_errors(with_faults, schema)
    if ours != faults or theirs != faults:
        raise SystemExit(f"the two do not find the same planted faults: factlint {ours}, frictionless {theirs}")
    # The best of several runs of each, as timeit takes it: what the code costs, not what the machine's
    # other work added to one run (a run of ours is some 30 ms, where that work weighs most).
    ours_times = [_factlint_errors(raw, vocabulary)[1] for _ in range(OURS_RUNS)]
    theirs_times = [_frictionless_errors(clean, schema)[1] for _ in range(THEIR_RUNS)]
    return min(ours_times), min(theirs_times), len(raw)
