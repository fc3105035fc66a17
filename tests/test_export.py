"""`factlint export` end to end on the real dataset: the package passes the real `frictionless
validate` and fails when damaged; pandas and DuckDB read the Parquet with the declared types;
every fact is exported once with the value and interval the validator computed; the same corpus
gives the same bytes; errors refuse the export unless allowed, and then mark the failing facts."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import chdir
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pytest
import yaml

from checks.cli import main
from checks.context import Context
from checks.corpus import load_corpus
from schemas import fields
from tests.project_copy import copy_repository

PROJECT = Path(__file__).resolve().parents[1]
SHIPPED = len(list((PROJECT / "data").glob("*.yaml")))  # the datasets of the repository, however many
TABLES = ("sources", "indicators", "units", "facts", "relations", "findings")
FRICTIONLESS = Path(sys.executable).with_name("frictionless")


def export_to(root: Path, output: Path, *options: str) -> int:
    with chdir(root):
        return main(["export", "--output", str(output), *options])


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("export") / "package"
    assert export_to(PROJECT, output) == 0
    return output


@pytest.fixture(scope="module")
def descriptor(package: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    return loaded


def schema_of(descriptor: dict[str, Any], table: str) -> dict[str, Any]:
    found: dict[str, Any] = next(r["schema"] for r in descriptor["resources"] if r["name"] == table)
    return found


def frictionless(package: Path) -> dict[str, Any]:
    done = subprocess.run(
        [str(FRICTIONLESS), "validate", "--json", "datapackage.json"],
        cwd=package,
        capture_output=True,
        text=True,
        check=False,
    )
    report: dict[str, Any] = json.loads(done.stdout)
    assert (done.returncode == 0) == report["valid"]
    return report


def error_types(report: dict[str, Any]) -> set[str]:
    return {error["type"] for task in report["tasks"] for error in task["errors"]}


# ---- the package ---------------------------------------------------------------------------------


def test_frictionless_validates_the_export_of_the_real_dataset(package: Path, descriptor: dict[str, Any]) -> None:
    report = frictionless(package)
    assert report["valid"], error_types(report)
    assert sorted(task["name"] for task in report["tasks"]) == sorted(TABLES)
    assert {r["name"] for r in descriptor["resources"]} == set(TABLES)
    assert descriptor["licenses"] == [{"name": "MIT", "path": "https://spdx.org/licenses/MIT.html"}]
    assert len(descriptor["sources"]) == SHIPPED
    assert all(s["path"].startswith("seeds/") and s["title"] for s in descriptor["sources"])


def rewrite_csv(package: Path, table: str, change: Any, rehash: bool = True) -> None:
    """Change a CSV of the package; with ``rehash`` the descriptor's size and hash follow, so only
    the Table Schema can tell."""
    import hashlib

    file = package / f"{table}.csv"
    file.write_bytes(change(file.read_bytes()))
    if rehash:
        path = package / "datapackage.json"
        described = json.loads(path.read_text(encoding="utf-8"))
        resource = next(r for r in described["resources"] if r["name"] == table)
        resource["bytes"] = file.stat().st_size
        resource["hash"] = "sha256:" + hashlib.sha256(file.read_bytes()).hexdigest()
        path.write_text(json.dumps(described, ensure_ascii=False), encoding="utf-8")


def replace_cell(table: str, row: int, column: str, value: str) -> Any:
    def change(data: bytes) -> bytes:
        frame = pd.read_csv(pd.io.common.BytesIO(data), dtype=str, keep_default_na=False)
        frame.loc[row, column] = value
        return frame.to_csv(index=False, lineterminator="\n").encode("utf-8")

    return change


@pytest.mark.parametrize(
    ("table", "change", "rehash", "expected"),
    [
        ("facts", replace_cell("facts", 3, "line", "three"), True, "type-error"),
        ("facts", replace_cell("facts", 3, "qualifier", "about"), True, "constraint-error"),
        ("facts", replace_cell("facts", 3, "quote", " "), True, "constraint-error"),
        ("facts", replace_cell("facts", 3, "global_id", "hebei-2022/reform-tasks"), True, "primary-key"),
        ("facts", replace_cell("facts", 3, "indicator", "no_such_indicator"), True, "foreign-key"),
        ("relations", replace_cell("relations", 0, "fact", "hebei-2022/gone"), True, "foreign-key"),
        ("facts", lambda data: data.replace(b"hebei-2022/", b"hebei-2023/", 1), False, "hash-count"),
    ],
    ids=["type", "enum", "blank", "primary-key", "indicator-key", "fact-key", "hash"],
)
def test_frictionless_fails_on_a_damaged_csv(
    package: Path, tmp_path: Path, table: str, change: Any, rehash: bool, expected: str
) -> None:
    damaged = tmp_path / "damaged"
    shutil.copytree(package, damaged)
    rewrite_csv(damaged, table, change, rehash)
    report = frictionless(damaged)
    assert not report["valid"]
    assert expected in error_types(report)


def test_table_schemas_carry_the_suites_types_enums_and_required_fields(descriptor: dict[str, Any]) -> None:
    facts = {f["name"]: f for f in schema_of(descriptor, "facts")["fields"]}
    assert facts["qualifier"]["constraints"] == {"required": True, "enum": list(fields.QUALIFIERS)}
    assert facts["status"]["constraints"]["enum"] == list(fields.STATUSES)
    assert facts["line"] == {**facts["line"], "type": "integer", "constraints": {"required": True, "minimum": 1}}
    assert facts["value"]["type"] == "number" and facts["published"]["type"] == "date"
    assert "required" not in facts["note"].get("constraints", {})
    assert facts["id"]["constraints"]["pattern"] == "[A-Za-z0-9][A-Za-z0-9_.-]*"
    relations = {f["name"]: f for f in schema_of(descriptor, "relations")["fields"]}
    assert relations["kind"]["constraints"]["enum"] == list(fields.RELATION_KINDS)
    keys = schema_of(descriptor, "facts")["foreignKeys"]
    assert {k["fields"][0]: k["reference"]["resource"] for k in keys} == {
        "dataset": "sources",
        "indicator": "indicators",
        "unit": "units",
    }


def test_every_dataset_field_has_an_export_type() -> None:
    """A field added to the dataset format without a typed check would be exported untyped."""
    from checks.export.tableschema import dataset_columns, resolve

    for table in ("sources", "facts", "relations"):
        for column in dataset_columns(table):
            assert resolve(column)["type"] in {"string", "integer", "number", "boolean", "date", "array"}, column


# ---- Parquet with real types -----------------------------------------------------------------------

PANDAS_TYPES = {"integer": "Int64", "number": "float64", "boolean": "boolean", "date": "object", "array": "object"}
DUCKDB_TYPES = {
    "string": "VARCHAR",
    "integer": "BIGINT",
    "number": "DOUBLE",
    "boolean": "BOOLEAN",
    "date": "DATE",
    "array": "VARCHAR[]",
}


@pytest.mark.parametrize("table", TABLES)
def test_pandas_reads_the_parquet_with_the_declared_types(
    package: Path, descriptor: dict[str, Any], table: str
) -> None:
    frame = pd.read_parquet(package / f"{table}.parquet")
    declared = schema_of(descriptor, table)["fields"]
    assert list(frame.columns) == [f["name"] for f in declared]
    for field in declared:
        column = frame[field["name"]]
        if field["type"] == "string":
            categorical = "enum" in field.get("constraints", {})
            assert isinstance(column.dtype, pd.CategoricalDtype) or (
                not categorical and pd.api.types.is_string_dtype(column.dtype)
            ), field["name"]
        else:
            assert str(column.dtype) == PANDAS_TYPES[field["type"]], field["name"]
        if field["type"] == "date":
            assert all(isinstance(v, date) for v in column.dropna())
    csv = pd.read_csv(package / f"{table}.csv", keep_default_na=False, na_values=[""])
    assert len(csv) == len(frame)


@pytest.mark.parametrize("table", TABLES)
def test_duckdb_reads_the_parquet_with_the_declared_types(
    package: Path, descriptor: dict[str, Any], table: str
) -> None:
    path = (package / f"{table}.parquet").as_posix()
    described = duckdb.sql(f"DESCRIBE SELECT * FROM read_parquet('{path}')").fetchall()
    declared = schema_of(descriptor, table)["fields"]
    assert [(row[0], row[1]) for row in described] == [(f["name"], DUCKDB_TYPES[f["type"]]) for f in declared]


def test_categorical_strings_are_dictionary_encoded(package: Path) -> None:
    import pyarrow.parquet as pq

    schema = pq.read_schema(package / "facts.parquet")
    assert str(schema.field("qualifier").type).startswith("dictionary")
    assert str(schema.field("indicator").type).startswith("dictionary")
    assert str(schema.field("quote").type) == "string"


# ---- the facts are the validator's -------------------------------------------------------------------


def test_every_fact_is_exported_once_with_the_validators_value_and_interval(package: Path) -> None:
    validated = Context(load_corpus(PROJECT)).fact_intervals.set_index("global_id")
    for exported in (
        pd.read_parquet(package / "facts.parquet"),
        duckdb.sql(f"SELECT * FROM read_parquet('{(package / 'facts.parquet').as_posix()}')").df(),
        pd.read_csv(package / "facts.csv", keep_default_na=False, na_values=[""]),
    ):
        assert exported["global_id"].is_unique
        assert sorted(exported["global_id"].astype(str)) == sorted(validated.index.astype(str))
        exported = exported.set_index(exported["global_id"].astype(str)).loc[validated.index.astype(str)]
        for column in ("value", "low", "high"):
            np.testing.assert_array_equal(exported[column].to_numpy(float), validated[column].to_numpy(float))
        for column in ("low_open", "high_open"):
            assert exported[column].astype(bool).tolist() == validated[column].astype(bool).tolist()
        assert exported["line"].astype(int).tolist() == validated["line"].astype(int).tolist()
    assert np.isinf(validated["high"]).any()  # the unbounded ends survive the round trip


@pytest.mark.parametrize(
    ("value", "printed"),
    [(4820.0, "4820"), (-0.0, "0"), (96.55000000000001, "96.55000000000001"), (0.1, "0.1"), (1e16, "10000000000000000"), (1e26, "100000000000000000000000000"),
     (2.5e-07, "2.5e-07"), (float("inf"), "INF"), (float("nan"), "")],
)  # fmt: skip
def test_csv_numbers_are_shortest_and_whole_numbers_have_no_fraction(value: float, printed: str) -> None:
    from checks.export.writers import _numbers

    assert _numbers(pd.Series([value]))[0] == printed
    if printed not in ("", "INF"):
        assert float(printed) == value  # the validator's number, exactly


def test_each_quote_is_at_its_exported_columns(package: Path) -> None:
    facts = pd.read_parquet(package / "facts.parquet")
    lines = {
        path: (PROJECT / path).read_text(encoding="utf-8").split("\n") for path in facts["seed"].astype(str).unique()
    }
    for row in facts.itertuples():
        text = lines[str(row.seed)][row.line - 1]
        assert text[row.column - 1 : row.end_column - 1] == row.quote


def test_provenance_labels_regions_and_acknowledged(package: Path) -> None:
    facts = pd.read_parquet(package / "facts.parquet").set_index("global_id")
    literacy = facts.loc["zhengzhou-2026/literacy-2025"]
    assert (literacy["indicator_label_zh"], literacy["region_code"], literacy["region_name"]) == (
        "居民健康素养水平",
        "410100",
        "郑州市",
    )
    assert literacy["published"] == date(2026, 1, 27) and literacy["language"] == "zh"
    assert facts.loc["nhc-rural-health-2022/medical-community-pilot-counties", "region_name"] == "全国"
    own = facts[facts["region_code"] == "410000"]
    assert len(own) == 1 and own.iloc[0]["region_name"] == "河南省"  # a fact's own region, not its article's
    waived = {
        f"{path.stem}/{entry['fact']}"
        for path in (PROJECT / "data").glob("*.yaml")
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")).get("acknowledged") or []
    }
    assert waived and set(facts.index[facts["acknowledged"]]) == waived  # every waiver matches (no C190)
    assert facts["errors"].isna().all()


def test_the_findings_table_carries_each_acknowledged_discrepancy_with_its_reason(package: Path) -> None:
    findings = pd.read_parquet(package / "findings.parquet")
    reasons = {
        (f"{path.stem}/{entry['fact']}", entry["rule"]): entry["reason"].strip()
        for path in (PROJECT / "data").glob("*.yaml")
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")).get("acknowledged") or []
    }
    acknowledged = findings[findings["acknowledged"]]
    rows = acknowledged[["fact", "code", "acknowledged_reason"]].itertuples(index=False, name=None)
    assert reasons and {(fact, code): reason for fact, code, reason in rows} == reasons
    row = acknowledged.iloc[0]
    assert row["severity"] == "error" and row["path"].startswith("seeds/") and row["line"] >= 1
    assert row["dataset"] == row["fact"].split("/")[0] and row["dataset_line"] >= 1
    assert list(findings["finding"]) == list(range(1, len(findings) + 1))


def test_relations_have_one_row_per_member_in_the_yamls_order(package: Path) -> None:
    expected = []
    for path in sorted((PROJECT / "data").glob("*.yaml")):
        for number, relation in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")).get("relations") or [], 1):
            for role in (r for r in fields.RELATION_KINDS[relation["kind"]] if r != "direction"):
                named = relation[role] if isinstance(relation[role], list) else [relation[role]]
                expected.extend(
                    (path.stem, number, relation["kind"], role, position, fact, f"{path.stem}/{fact}")
                    for position, fact in enumerate(named, 1)
                )
    relations = pd.read_parquet(package / "relations.parquet")
    columns = ["dataset", "relation", "kind", "role", "position", "fact_id", "fact"]
    exported = [tuple(row) for row in relations[columns].astype(object).itertuples(index=False)]
    assert expected and exported == expected


# ---- determinism and safety ----------------------------------------------------------------------------


def test_the_same_corpus_gives_the_same_bytes(package: Path, tmp_path: Path) -> None:
    """Exported from another copy, at another path: no path, time or order may leak in."""
    other = tmp_path / "elsewhere" / "package"
    assert export_to(copy_repository(tmp_path / "copy"), other, "--format", "datapackage") == 0
    written = sorted(p.name for p in other.iterdir())
    assert written == sorted([".factlint-export.json", "datapackage.json", *(f"{t}.csv" for t in TABLES)])
    for name in written:
        if name != ".factlint-export.json":  # it lists the files of each format: the package's has the Parquet
            assert (other / name).read_bytes() == (package / name).read_bytes(), name
    again = tmp_path / "again"
    assert export_to(copy_repository(tmp_path / "copy2"), again, "--format", "datapackage") == 0
    assert (again / ".factlint-export.json").read_bytes() == (other / ".factlint-export.json").read_bytes()


def test_csv_is_utf8_without_a_bom(package: Path) -> None:
    data = (package / "facts.csv").read_bytes()
    assert data.startswith(b"global_id,") and "郑州市" in data.decode("utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Path]:
    yield copy_repository(tmp_path / "copy")


def test_an_export_replaces_the_earlier_one_whole(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = repo / "export"
    assert export_to(repo, output) == 0
    assert export_to(repo, output, "--format", "parquet") == 0
    assert sorted(p.name for p in output.iterdir()) == sorted(
        [".factlint-export.json", *(f"{t}.parquet" for t in TABLES)]
    )
    assert [p.name for p in repo.iterdir() if p.name.startswith(".")] == []  # no staging left beside
    facts = sum(len(yaml.safe_load(p.read_text(encoding="utf-8"))["facts"]) for p in (repo / "data").glob("*.yaml"))
    assert f"{facts} facts" in capsys.readouterr().out


def test_an_export_never_replaces_other_files(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = sorted(p.name for p in (repo / "data").iterdir())
    assert export_to(repo, repo / "data") == 2
    assert "not an export" in capsys.readouterr().err
    assert sorted(p.name for p in (repo / "data").iterdir()) == before


def test_errors_refuse_the_export_unless_allowed(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dataset = repo / "data" / "zhengzhou-2026.yaml"
    text = dataset.read_text(encoding="utf-8")
    assert text.count("    value: 34.2\n") == 1 and text.count("    value: 15\n") == 1
    dataset.write_text(
        text.replace("    value: 34.2\n", "    value: 43.2\n").replace("    value: 15\n", "    value: x\n")
    )
    output = repo / "out"
    assert export_to(repo, output) == 1
    captured = capsys.readouterr()
    assert "error P106" in captured.out and "error S104" in captured.out and "refused" in captured.err
    assert not output.exists()

    assert export_to(repo, output, "--allow-errors") == 0
    summary = capsys.readouterr().out.splitlines()[-1]
    assert re.search(r"\d+ facts, \d+ relation members, 3 findings to ", summary), summary
    facts = pd.read_csv(output / "facts.csv", keep_default_na=False, na_values=[""]).set_index("global_id")
    marked = facts["errors"].dropna().to_dict()
    assert marked == {"zhengzhou-2026/literacy-2025": "P106", "zhengzhou-2026/service-circle-minutes": "S104"}
    assert facts.loc["zhengzhou-2026/literacy-2025", "value"] == 43.2
    assert np.isnan(facts.loc["zhengzhou-2026/service-circle-minutes", "value"])  # not a number: exported empty


def _export_with_value(repo: Path, printed: str) -> tuple[pd.Series, pd.Series]:
    """The service circle's row of the Parquet and of the CSV (as text) once its value is ``printed``."""
    dataset = repo / "data" / "zhengzhou-2026.yaml"
    text = dataset.read_text(encoding="utf-8")
    assert text.count("    value: 15\n") == 1
    dataset.write_text(text.replace("    value: 15\n", f"    value: {printed}\n"))
    assert export_to(repo, repo / "out", "--allow-errors") == 0
    fact = "zhengzhou-2026/service-circle-minutes"
    parquet = pd.read_parquet(repo / "out" / "facts.parquet").set_index("global_id").loc[fact]
    csv = pd.read_csv(repo / "out" / "facts.csv", dtype=str, keep_default_na=False).set_index("global_id").loc[fact]
    return parquet, csv


def test_a_negative_zero_is_exported_as_zero_in_csv_and_parquet(repo: Path) -> None:
    parquet, csv = _export_with_value(repo, "-0.0")
    value = parquet[["value", "low", "high"]].to_numpy(dtype=float)
    assert (value == 0).all() and not np.signbit(value).any()
    assert list(csv[["value", "low", "high"]]) == ["0", "0", "0"]


def test_an_infinite_value_the_schema_refused_is_exported_missing(repo: Path) -> None:
    parquet, csv = _export_with_value(repo, "-.inf")
    assert parquet[["value", "low", "high"]].isna().all() and "S104" in parquet["errors"].split()
    assert list(csv[["value", "low", "high"]]) == ["", "", ""]


def test_a_line_of_the_largest_64_bit_number_beside_a_finding_with_no_line_is_exported(repo: Path) -> None:
    """A fact citing line 2**63 - 1 of a missing seed (found by the fuzzer): the findings table's line column, with a
    finding of no line in it, once went through float64 and crashed the export."""
    dataset = repo / "data" / "zhengzhou-2026.yaml"
    text = dataset.read_text(encoding="utf-8")
    assert text.count("    line: 15\n") > 1
    text = text.replace("    line: 15\n", f"    line: {2**63 - 1}\n", 1)
    # its seed missing: that finding has no line, and the fact's is outside the declared body as it stands
    dataset.write_text(text.replace("  path: seeds/004_f3394bd76fe2dc9a.txt", "  path: seeds/missing.txt"))
    assert export_to(repo, repo / "out", "--allow-errors") == 0
    findings = pd.read_parquet(repo / "out" / "findings.parquet")
    assert findings["line"].isna().any() and (findings["line"] == 2**63 - 1).any()
    assert str(findings["line"].dtype) == "Int64"


def test_the_readmes_loading_examples_run(package: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Export for analysis", 1)[1].split("\n## ", 1)[0]
    python = re.search(r"```python\n(.*?)```", section, re.S)
    sql = re.search(r"```sql\n(.*?)```", section, re.S)
    assert python and sql
    shutil.copytree(package, tmp_path / "export")
    with chdir(tmp_path):
        exec(python.group(1), {})
        rows = duckdb.sql(sql.group(1)).fetchall()
    assert "zhengzhou-2026/literacy-2025" in capsys.readouterr().out
    assert rows and all(title for *_, title in rows)


def test_the_mapping_members_are_the_dataset_formats() -> None:
    from schemas.dataset import BODY_MEMBERS, REGION_MEMBERS, UNIT_FROM_MEMBERS

    assert (tuple(REGION_MEMBERS), tuple(BODY_MEMBERS), tuple(UNIT_FROM_MEMBERS)) == (
        fields.REGION,
        fields.BODY,
        fields.UNIT_FROM,
    )


def test_a_review_mark_is_exported_with_its_fact(repo: Path) -> None:
    """An unreviewed draft is a warning, so it exports: the analyst must see which facts await review."""
    dataset = repo / "data" / "zhengzhou-2026.yaml"
    text = dataset.read_text(encoding="utf-8")
    assert text.count("    value: 34.2\n") == 1
    dataset.write_text(text.replace("    value: 34.2\n", "    value: 34.2\n    review: check the period\n"))
    assert export_to(repo, repo / "out", "--format", "csv") == 0
    facts = pd.read_csv(repo / "out" / "facts.csv", keep_default_na=False, na_values=[""]).set_index("global_id")
    assert facts["review"].dropna().to_dict() == {"zhengzhou-2026/literacy-2025": "check the period"}
    findings = pd.read_csv(repo / "out" / "findings.csv", keep_default_na=False, na_values=[""])
    warned = findings[findings["code"] == "S190"]
    assert list(warned[["severity", "fact", "acknowledged"]].itertuples(index=False, name=None)) == [
        ("warning", "zhengzhou-2026/literacy-2025", False)
    ]


def test_a_dataset_that_cannot_be_read_is_recorded_in_the_findings(repo: Path) -> None:
    """Its facts cannot be exported; the package still says it was left out, and why."""
    (repo / "data" / "broken-2026.yaml").write_text("source: [unclosed\n", encoding="utf-8")
    assert export_to(repo, repo / "out", "--format", "csv", "--allow-errors") == 0
    sources = pd.read_csv(repo / "out" / "sources.csv")
    assert "broken-2026" not in set(sources["dataset"])
    findings = pd.read_csv(repo / "out" / "findings.csv", keep_default_na=False, na_values=[""])
    broken = findings[findings["dataset"] == "broken-2026"]
    assert list(broken[["code", "severity", "path", "line"]].itertuples(index=False, name=None)) == [
        ("P100", "error", "data/broken-2026.yaml", 1)  # the flow sequence left open on line 1
    ]


def test_the_text_pattern_accepts_what_the_text_check_accepts() -> None:
    from schemas.dataset import NOT_BLANK, is_text

    for character in map(chr, range(0x110000)):
        assert bool(NOT_BLANK.fullmatch(character)) == is_text(character), hex(ord(character))
    assert NOT_BLANK.fullmatch(" \u3000x\n") and not NOT_BLANK.fullmatch(" \u3000\n")


def test_a_cell_under_a_unit_heading_exports_its_value_scaled_and_its_heading(tmp_path: Path) -> None:
    from tests.rule_harness import make_corpus

    cases = yaml.safe_load((PROJECT / "tests" / "rules" / "P110.yaml").read_text(encoding="utf-8"))["cases"]
    (passing,) = [case for case in cases if not case["expect"]]
    root = make_corpus(tmp_path, passing)
    assert export_to(root, root / "out", "--format", "csv", "--allow-errors") == 0
    facts = pd.read_csv(root / "out" / "facts.csv", keep_default_na=False, na_values=[""]).set_index("global_id")
    cell = facts.loc["table/clinics-plan"]
    assert (cell["value"], cell["low"], cell["high"]) == (9600000, 9595000, 9605000)  # 960 ± 0.5 万元
    assert (cell["unit_from_line"], cell["unit_from_text"]) == (3, "计划投资（万元）")
    assert facts["unit_from_line"].drop("table/clinics-plan").isna().all()
