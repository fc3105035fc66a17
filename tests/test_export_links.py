"""The export's ``errors`` column marks every failing fact, a fact without an id too (its S103
names no fact: it is linked to its row by where it stands in its dataset)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from tests.project_copy import copy_repository
from tests.test_export import export_to


def test_a_fact_without_an_id_lists_its_errors(tmp_path: Path) -> None:
    repo = copy_repository(tmp_path / "copy")
    dataset = repo / "data" / "zhengzhou-2026.yaml"
    text = dataset.read_text(encoding="utf-8")
    assert text.count("  - id: literacy-2025\n    line:") == 1
    dataset.write_text(text.replace("  - id: literacy-2025\n    line:", "  - line:"), encoding="utf-8")
    assert export_to(repo, repo / "out", "--allow-errors") == 0
    facts = pd.read_csv(repo / "out" / "facts.csv", keep_default_na=False, na_values=[""])
    unnamed = facts[facts["global_id"].isna()]
    assert len(unnamed) == 1
    assert unnamed["dataset"].tolist() == ["zhengzhou-2026"] and unnamed["value"].tolist() == [34.2]
    assert unnamed["errors"].tolist() == ["S103"]
    assert facts["errors"].notna().sum() == 1  # no other fact takes its finding
