"""A value no float holds exactly is printed as the dataset writes it ("Figures are printed as the
dataset holds them, in plain digits"), in every report and in the CSV export."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from tests.fuzz.oracle import call
from tests.project_copy import copy_repository
from tests.rule_harness import make_corpus
from tests.test_export import export_to

HUGE = ["18446744073709551617", "9" * 38]


@pytest.mark.parametrize("digits", HUGE)
def test_a_huge_value_is_reported_with_the_digits_the_dataset_holds(tmp_path: Path, digits: str) -> None:
    root = make_corpus(
        tmp_path, {"edits": [{"file": "data/example.yaml", "old": "value: 34.2", "new": f"value: {digits}"}]}
    )
    text = call(root, "validate", "--no-cache")
    assert text.code == 1
    assert f"error P106 value {digits} is not in the quote" in text.stdout
    assert f"error C110 percentage {digits} is outside 0-100" in text.stdout
    report = json.loads(call(root, "validate", "--no-cache", "--format", "json").stdout)
    assert f"value {digits} is not in the quote" in {f["code"]: f["message"] for f in report["findings"]}["P106"]


def test_the_csv_export_writes_whole_numbers_in_plain_digits(tmp_path: Path) -> None:
    repo = copy_repository(tmp_path / "copy")
    dataset = repo / "data" / "zhengzhou-2026.yaml"
    text = dataset.read_text(encoding="utf-8")
    assert text.count("    value: 34.2\n") == 1 and text.count("    value: 7400\n") == 1
    text = text.replace("    value: 34.2\n", "    value: 18446744073709551617\n")
    dataset.write_text(text.replace("    value: 7400\n", "    value: 1.0e+26\n"), encoding="utf-8")
    assert export_to(repo, repo / "out", "--allow-errors") == 0
    csv = pd.read_csv(repo / "out" / "facts.csv", dtype=str).set_index("global_id")["value"]
    assert csv["zhengzhou-2026/literacy-2025"] == "18446744073709551617"
    assert csv["zhengzhou-2026/family-bed-cost-saving"] == "100000000000000000000000000"
    parquet = pd.read_parquet(repo / "out" / "facts.parquet").set_index("global_id")["value"]
    assert parquet["zhengzhou-2026/literacy-2025"] == float(18446744073709551617)  # the float, as documented


def test_the_html_report_describes_a_huge_value_as_written(tmp_path: Path) -> None:
    digits = HUGE[0]
    root = make_corpus(
        tmp_path, {"edits": [{"file": "data/example.yaml", "old": "value: 34.2", "new": f"value: {digits}"}]}
    )
    assert call(root, "validate", "--no-cache", "--html", str(tmp_path / "report.html")).code == 1
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert f"health_literacy_rate = {digits} percent" in page and "18446744073709552000" not in page


def test_a_duplicate_across_datasets_names_the_other_value_as_written(tmp_path: Path) -> None:
    digits = HUGE[0]
    edit = {"file": "data/example.yaml", "old": "value: 34.2", "new": f"value: {digits}"}
    root = make_corpus(tmp_path, {"edits": [edit]})
    copy = (root / "data" / "example.yaml").read_text(encoding="utf-8").replace(f"value: {digits}", "value: 3")
    (root / "data" / "copy.yaml").write_text(copy, encoding="utf-8")
    report = json.loads(call(root, "validate", "--no-cache", "--format", "json").stdout)
    messages = [f["message"] for f in report["findings"] if f["code"] == "C107"]
    related = [r["message"] for f in report["findings"] if f["code"] == "C107" for r in f["related"]]
    assert any(digits in m for m in messages) and any(digits in m for m in related)
    assert not any("18446744073709552000" in m for m in messages + related)
