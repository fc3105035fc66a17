"""The synthetic corpora of the benchmark and the cache tests, built from whatever datasets the
repository holds: a curator's own articles (an English story about no one region) included."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checks.runner import Options, validate
from tests.synthetic import PROJECT, build


@pytest.fixture
def key_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg"


def test_an_article_about_no_one_region_is_copied_as_it_is(tmp_path: Path, key_home: Path) -> None:
    project = tmp_path / "project"
    for folder in ("data", "seeds", "schemas"):
        shutil.copytree(PROJECT / folder, project / folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    shutil.copy(PROJECT / "pyproject.toml", project / "pyproject.toml")  # its acknowledgements
    dataset = project / "data" / "hebei-2022.yaml"
    text = dataset.read_text(encoding="utf-8")
    assert '  region: {code: "130000", name: 河北省}\n' in text
    dataset.write_text(text.replace('  region: {code: "130000", name: 河北省}\n', "  region: null\n"), encoding="utf-8")
    assert validate(project, project, Options(use_cache=False)).exit_code() == 0  # a clean repository

    root = build(tmp_path / "corpus", 15, project=project)
    copies = sorted(root.glob("data/hebei-2022-*.yaml"))
    assert len(copies) == 3 and all("  region: null\n" in c.read_text(encoding="utf-8") for c in copies)
    report = validate(root, root, Options(use_cache=False))
    assert report.exit_code() == 0, [f.code for f in report.findings if f.severity == "error"]
