"""The corpus as tidy tables: sources, indicators, units, facts, relations and findings, linked by keys.

Each table is a frame and its fields (see ``tableschema``): columns of the dataset format come
from the pandera schemas; the columns computed here are described here, once. Rows are in a
stable order (dataset, then the order of the YAML), so the same corpus gives the same tables.
Values come from the analyses the validator ran (``fact_intervals``, ``relation_members``):
the export never recomputes what a rule compared.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field

import numpy as np
import pandas as pd

from checks.export.inputs import Inputs
from checks.export.links import codes_of, fact_errors
from checks.export.tableschema import (
    Column,
    Field,
    FromSchema,
    as_declared,
    computed,
    dataset_columns,
    resolve,
    typed,
)
from checks.findings import Finding, Severity
from checks.frames import STRING, as_str, member, slug_of
from schemas import fields
from schemas.dataset import REVIEW_MARK


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    frame: pd.DataFrame  # one column per field, in the fields' order
    fields: list[Field]
    primary_key: list[str]
    row: str  # what one row is, for a summary (a relation has a row per member)
    # A number column's text as the dataset wrote it, where its float cannot hold it (CSV only).
    exact: dict[str, pd.Series] = dataclass_field(default_factory=dict)


def _table(
    name: str, description: str, columns: list[Column], data: dict[str, pd.Series], key: list[str], row: str
) -> Table:
    resolved = [resolve(column) for column in columns]
    frame = pd.DataFrame({field["name"]: as_declared(data[field["name"]], field) for field in resolved})
    return Table(name, description, frame.reset_index(drop=True), resolved, key, row)


def _from_raw(raw: pd.DataFrame, table: str, columns: list[Column]) -> dict[str, pd.Series]:
    """The columns of pandera ``table`` among ``columns``, read from ``raw`` as their declared types."""
    data = {}
    for column in columns:
        if isinstance(column, FromSchema) and column.table == table:
            values = raw[column.column]
            if column.member is not None:
                values = member(values, column.member)
            data[column.exported_name] = typed(values, resolve(column))
    return data


# ---- findings ------------------------------------------------------------------------------------

ERRORS = computed(
    "errors",
    "string",
    "codes of the unwaived errors `factlint validate` reports here, space-separated; empty when "
    "there are none (always, unless the export ran with --allow-errors)",
)


# ---- sources -------------------------------------------------------------------------------------

DATASET = computed(
    "dataset", "string", "the dataset's slug: its file is data/<dataset>.yaml", required=True, references="sources"
)
SOURCE_NAMES = {"path": "seed", "sha256": "seed_sha256"}
SOURCE_COLUMNS: list[Column] = [
    {k: v for k, v in DATASET.items() if k != "references"},
    computed("dataset_path", "string", "the dataset's file", required=True),
    *dataset_columns("sources", SOURCE_NAMES),
    ERRORS,
]


def sources_table(inputs: Inputs, findings: list[Finding]) -> Table:
    raw = inputs.raw_sources.sort_values("dataset", kind="stable")
    datasets = raw["dataset"].astype(str)
    data = _from_raw(raw, "sources", SOURCE_COLUMNS)
    data["dataset"] = as_str(datasets.map(slug_of))
    data["dataset_path"] = as_str(datasets)
    # Errors of a dataset that name no fact: its source block, a relation, an uncited number…
    data["errors"] = codes_of(
        ((f.dataset.path, f.code) for f in findings if f.fails and f.fact is None and f.dataset is not None),
        pd.Index(datasets),
    ).set_axis(raw.index)
    return _table(
        "sources", "one row per article: where its text is and what it is", SOURCE_COLUMNS, data, ["dataset"], "source"
    )


# ---- vocabularies --------------------------------------------------------------------------------

INDICATOR_COLUMNS: list[Field] = [
    computed("indicator", "string", "the indicator's id, as facts name it", required=True),
    computed("label_en", "string", "what it measures, in English", required=True),
    computed("label_zh", "string", "what it measures, in Chinese", required=True),
    computed("unit", "string", "the base unit its facts use", required=True, references="units"),
    computed("kind", "string", "what kind of number it is", required=True, enum=list(fields.KINDS)),
    computed("additive", "boolean", "true for counts that add up across regions", required=True),
    computed(fields.REVIEW, "string", REVIEW_MARK),
]
UNIT_COLUMNS: list[Field] = [
    computed("unit", "string", "the unit's id, as facts name it", required=True),
    computed("kind", "string", "what kind of number it measures", categorical=True),
    computed("label_en", "string", "the unit, in English"),
    computed("label_zh", "string", "the unit, in Chinese"),
    computed("hints", "array", "words printed next to a number that name this unit"),
    computed(fields.REVIEW, "string", REVIEW_MARK),
]


def _catalogue(name: str, description: str, entries: dict[str, dict[str, object]], columns: list[Field]) -> Table:
    """A vocabulary as a table: its key column holds the entry ids, sorted; the others their values."""
    key, *values = (str(field["name"]) for field in columns)
    ids = sorted(entries)
    frame = pd.DataFrame([entries[i] for i in ids], columns=values).assign(**{key: ids})
    data = {str(field["name"]): typed(frame[str(field["name"])], field) for field in columns}
    return _table(name, description, list(columns), data, [key], key)  # the key names one: indicator, unit


def indicators_table(inputs: Inputs) -> Table:
    return _catalogue(
        "indicators", "what a fact measures (schemas/indicators.yaml)", inputs.vocabulary.indicators, INDICATOR_COLUMNS
    )


def units_table(inputs: Inputs) -> Table:
    return _catalogue("units", "base units of the values (schemas/units.yaml)", inputs.vocabulary.units, UNIT_COLUMNS)


# ---- facts ---------------------------------------------------------------------------------------

# The interval a fact stands for, as the consistency rules compare it: the printed figure's
# rounding range, widened by its qualifier (checks/intervals.py), whole numbers only for counts.
INTERVAL_COLUMNS: list[Column] = [
    computed("low", "number", "the least value the printed figure can stand for (rounding and qualifier)"),
    computed("high", "number", "the greatest value the printed figure can stand for; INF when unbounded"),
    computed("low_open", "boolean", "true when low itself is excluded (more than…)"),
    computed("high_open", "boolean", "true when high itself is excluded (less than…, 7400余)"),
]
FACT_COLUMNS: list[Column] = [
    computed("global_id", "string", "the fact's id across the corpus: <dataset>/<id>", required=True),
    DATASET,
    FromSchema("facts", "id"),
    FromSchema("sources", "path", name="seed", categorical=True),
    FromSchema("sources", "sha256", name="seed_sha256", categorical=True),
    FromSchema("facts", "line"),
    computed("column", "integer", "column (1-based, in characters) where the quote starts on its line", minimum=1),
    computed(
        "end_column", "integer", "column just past the quote: the quote is line[column-1:end_column-1]", minimum=1
    ),
    FromSchema("facts", "quote"),
    FromSchema("facts", "indicator"),
    computed("indicator_label_en", "string", "the indicator's label in English", categorical=True),
    computed("indicator_label_zh", "string", "the indicator's label in Chinese", categorical=True),
    FromSchema("facts", "value"),
    FromSchema("facts", "unit"),
    FromSchema("facts", "unit_from", "line"),
    FromSchema("facts", "unit_from", "text"),
    FromSchema("facts", "qualifier"),
    *INTERVAL_COLUMNS,
    FromSchema("facts", "period"),
    FromSchema("facts", "status"),
    computed(
        "region_code",
        "string",
        "GB/T 2260 code of the region the fact is about (CN: the country): its own, else its article's"
        " (empty: a place outside GB/T 2260)",
        categorical=True,
    ),
    computed("region_name", "string", "that region's name", categorical=True),
    FromSchema("sources", "published", categorical=True),
    FromSchema("sources", "language", categorical=True),
    FromSchema("sources", "translated_from", categorical=True),
    FromSchema("facts", "note"),
    FromSchema("facts", fields.REVIEW),
    computed(
        "acknowledged",
        "boolean",
        "true when a finding on this fact is a discrepancy its dataset acknowledges as the article's own",
        required=True,
    ),
    ERRORS,
]


def _region_names(own: pd.Series, codes: pd.Series, articles: pd.Series, regions: dict[str, str]) -> pd.Series:
    """The name a fact's own region gives, else the GB/T 2260 name of its code, else its article's."""
    named = as_str(member(own, "name"))
    return named.fillna(codes.map(pd.Series(regions, dtype=STRING)).astype(STRING)).fillna(articles)


def facts_table(inputs: Inputs, sources: Table, findings: list[Finding]) -> Table:
    facts = inputs.fact_intervals.sort_values(["dataset", "item"], kind="stable")
    slugs = as_str(facts["dataset"].astype(object).map(slug_of))
    keys = pd.MultiIndex.from_arrays([facts["dataset"].astype(object), facts["item"]])
    raw = inputs.raw_facts.set_index(["dataset", "item"]).reindex(keys).set_axis(facts.index)
    data = _from_raw(raw, "facts", FACT_COLUMNS)
    # Every article-level column is the sources table's, as exported there.
    by_slug = sources.frame.set_index("dataset")
    for column in FACT_COLUMNS:
        if isinstance(column, FromSchema) and column.table == "sources":
            data[column.exported_name] = slugs.map(by_slug[column.exported_name])
    data["global_id"] = facts["global_id"]
    data["dataset"] = slugs
    # The value the rules compared. -0.0 is 0 (no quantity here is negative): adding 0.0 drops the sign,
    # so the CSV (which prints 0) and the Parquet (which would keep -0.0) agree. An infinite value is
    # one the schema refused (S104, under --allow-errors): missing, as is the interval it would give.
    value = facts["value"].astype("float64") + 0.0
    finite = pd.Series(np.isfinite(value.to_numpy()), index=value.index)
    data["value"] = value.where(finite)
    for name in ("low", "high"):
        data[name] = (facts[name].astype("float64") + 0.0).where(finite)
    for name in ("low_open", "high_open"):
        data[name] = facts[name]
    spans = inputs.quote_spans.reindex(facts.index)
    data["column"], data["end_column"] = spans["column"], spans["end_column"]
    labels = pd.DataFrame.from_dict(inputs.vocabulary.indicators, orient="index")
    for language in ("en", "zh"):
        label = labels.get(f"label_{language}", pd.Series(dtype=object))
        data[f"indicator_label_{language}"] = as_str(facts["indicator"].astype(object).map(label))
    # ``region`` in the typed frame is the fact's own region code, else its article's.
    data["region_code"] = facts["region"]
    data["region_name"] = _region_names(
        raw["region"], facts["region"], slugs.map(by_slug["region_name"]), inputs.regions
    )
    ids = pd.Index(facts["global_id"].astype(object))
    acknowledged = {f.fact for f in findings if f.acknowledged is not None}
    data["acknowledged"] = pd.Series(ids.isin(list(acknowledged)), index=facts.index)
    data["errors"] = fact_errors(facts["global_id"], inputs.unnamed_facts, findings)
    table = _table(
        "facts",
        "one row per curated figure, with its interval and provenance",
        FACT_COLUMNS,
        data,
        ["global_id"],
        "fact",
    )
    exact = facts["value_text"].where(finite).reset_index(drop=True)
    return replace(table, exact={"value": exact}) if exact.notna().any() else table


# ---- relations -----------------------------------------------------------------------------------

ROLES = list(dict.fromkeys(role for roles in fields.RELATION_KINDS.values() for role in roles if role != "direction"))
RELATION_COLUMNS: list[Column] = [
    DATASET,
    computed("relation", "integer", "the relation's number in its dataset's relations list, from 1", required=True),
    FromSchema("relations", "kind"),
    FromSchema("relations", "direction"),
    computed(
        "role",
        "string",
        "the member's part: from/to of a change, total/parts of a sum, small/large, percent/part/whole "
        "of a share, facts stated twice",
        required=True,
        enum=ROLES,
    ),
    computed("position", "integer", "the member's place in a list (parts, facts), from 1", required=True, minimum=1),
    computed("fact_id", "string", "the member's fact id, as the relation names it", required=True),
    computed("fact", "string", "the member's global id; empty when its dataset has no such fact", references="facts"),
    FromSchema("relations", "note"),
    FromSchema("relations", fields.REVIEW),
]


def relations_table(inputs: Inputs) -> Table:
    members = inputs.relation_members
    owner = inputs.raw_relations.loc[members["relation"]].set_axis(members.index)
    rank = members["role"].map({role: i for i, role in enumerate(ROLES)})
    members = members.assign(rank=rank).sort_values(["dataset", "item", "rank", "position"], kind="stable")
    owner = owner.loc[members.index]
    data = _from_raw(owner, "relations", RELATION_COLUMNS)
    data["dataset"] = as_str(members["dataset"].astype(object).map(slug_of))
    data["relation"] = (members["item"] + 1).astype("Int64")
    data["role"] = as_str(members["role"])
    data["position"] = (members["position"] + 1).astype("Int64")
    data["fact_id"] = as_str(members["fact_id"])
    global_ids = inputs.fact_intervals["global_id"]
    known = members["fact"].notna()
    fact = pd.Series(pd.NA, index=members.index, dtype=STRING)
    fact[known] = global_ids.loc[members.loc[known, "fact"].astype(int)].to_numpy()
    data["fact"] = fact
    return _table(
        "relations",
        "one row per fact named by a relation (sums, changes, shares…), with its role",
        RELATION_COLUMNS,
        data,
        ["dataset", "relation", "role", "position"],
        "relation member",
    )


# ---- findings ------------------------------------------------------------------------------------

FINDING_COLUMNS: list[Column] = [
    computed(
        "finding",
        "integer",
        "the finding's number, in the order `factlint validate` reports them",
        required=True,
        minimum=1,
    ),
    computed("code", "string", "the rule's code (`factlint rules CODE` explains it)", required=True, categorical=True),
    computed("severity", "string", "error, warning or info", required=True, enum=[s.value for s in Severity]),
    computed(
        "acknowledged",
        "boolean",
        "true when its dataset acknowledges it as the article's own discrepancy (it then fails nothing)",
        required=True,
    ),
    computed("acknowledged_reason", "string", "the reason the dataset gives, when it acknowledges it"),
    computed(
        "dataset",
        "string",
        "the slug of the dataset it is about; a dataset whose YAML cannot be read has no row in sources, "
        "only its findings here",
        categorical=True,
    ),
    computed("fact", "string", "the global id of the fact it is about, if one"),
    computed("path", "string", "the file to look at first: the article's, else the dataset's", categorical=True),
    computed("line", "integer", "that file's line", minimum=1),
    computed("column", "integer", "that line's column (1-based, in characters)", minimum=1),
    computed("dataset_line", "integer", "the dataset's line to edit", minimum=1),
    computed("message", "string", "what `factlint validate` says", required=True),
]


def _dataset_of(finding: Finding) -> str | None:
    if finding.dataset is not None and finding.dataset.path.startswith("data/"):
        return slug_of(finding.dataset.path)
    return finding.fact.partition("/")[0] if finding.fact else None


def findings_table(findings: list[Finding]) -> Table:
    """Every finding of the validation the export ran on: errors, warnings and acknowledged ones."""
    ordered = sorted(findings, key=Finding.sort_key)
    primary = [f.primary for f in ordered]
    columns: dict[str, list[object]] = {
        "finding": list(range(1, len(ordered) + 1)),
        "code": [f.code for f in ordered],
        "severity": [f.severity.value for f in ordered],
        "acknowledged": [f.acknowledged is not None for f in ordered],
        "acknowledged_reason": [f.acknowledged for f in ordered],
        "dataset": [_dataset_of(f) for f in ordered],
        "fact": [f.fact for f in ordered],
        "path": [where.path if where else None for where in primary],
        "line": [where.line if where else None for where in primary],
        "column": [where.column if where else None for where in primary],
        "dataset_line": [f.dataset.line if f.dataset else None for f in ordered],
        "message": [f.message for f in ordered],
    }
    data = {name: typed(pd.Series(values, dtype=object), resolve(column)) for (name, values), column in
            zip(columns.items(), FINDING_COLUMNS, strict=True)}  # fmt: skip
    return _table(
        "findings",
        "every finding of the validation the export ran on (errors, warnings, acknowledged discrepancies)",
        FINDING_COLUMNS,
        data,
        ["finding"],
        "finding",
    )


def build_tables(inputs: Inputs, findings: Iterable[Finding]) -> list[Table]:
    """Every exported table, in the order a reader meets them (lookups before what refers to them)."""
    found = list(findings)
    sources = sources_table(inputs, found)
    facts = facts_table(inputs, sources, found)
    return [
        sources,
        indicators_table(inputs),
        units_table(inputs),
        facts,
        relations_table(inputs),
        findings_table(found),
    ]
