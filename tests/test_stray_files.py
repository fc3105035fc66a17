"""YAML files under data/ that are no dataset (in a folder, hidden) are said to be unread (K104), in
a cold run and a warm one, and naming one is refused in one line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.fuzz.oracle import call

BASE = Path(__file__).parent / "fixtures" / "base"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    root = tmp_path / "repo"
    shutil.copytree(BASE, root)
    (root / "data" / "2024").mkdir()
    shutil.copy(root / "data" / "example.yaml", root / "data" / "2024" / "copy.yaml")
    shutil.copy(root / "data" / "example.yaml", root / "data" / ".hidden.yaml")
    return root


def test_stray_yaml_files_are_warned_of_cold_and_warm(repo: Path) -> None:
    for _ in range(2):
        done = call(repo, "validate", "--format", "json")
        assert done.code == 0, done.stderr
        report = json.loads(done.stdout)
        found = [(f["code"], f["severity"], f["dataset"]["path"]) for f in report["findings"]]
        assert found == [("K104", "warning", "data/.hidden.yaml"), ("K104", "warning", "data/2024/copy.yaml")]
        assert report["summary"]["datasets"] == 1
    assert call(repo, "validate", "--strict").code == 1


def test_naming_a_stray_file_is_refused_in_one_line(repo: Path) -> None:
    done = call(repo, "validate", "data/2024/copy.yaml")
    assert done.code == 2 and "datasets are data/*.yaml" in done.stderr and "Traceback" not in done.stderr
