"""The cache changes no finding, whatever the run before it did: a run asking for the article views,
a selection's run, a damaged cache. Each test compares with a run without the cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checks.cache import CACHE_DIR, Cache
from checks.findings import Report
from checks.formats.json import format_json
from checks.runner import Options, validate
from tests.project_copy import copy_repository


@pytest.fixture
def key_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache key of this test's own (the key lives outside the repository)."""
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home


def findings(report: Report) -> list[dict[str, object]]:
    return json.loads(format_json(report))["findings"]  # type: ignore[no-any-return]


def run(root: Path, **options: object) -> Report:
    return validate(root, root, Options(**options))  # type: ignore[arg-type]


def copy_with(root: Path, name: str, old: str, new: str) -> None:
    """``data/<name>`` a copy of zhengzhou-2026 with one value changed (``old`` → ``new``)."""
    text = (root / "data/zhengzhou-2026.yaml").read_text(encoding="utf-8")
    assert text.count(old) == 1
    (root / "data" / name).write_text(text.replace(old, new), encoding="utf-8")


def table_bytes(root: Path, name: str) -> list[int]:
    return [part.stat().st_size for part in (root / CACHE_DIR).glob(f"v*/{name}-*")]


def test_article_views_with_the_cache_add_no_finding_and_store_none(tmp_path: Path, key_home: Path) -> None:
    # Every dataset is checked again for its article's view: its cached rows of the fact index gave
    # way to nothing, and the cross-dataset findings came once more at every run (3, 5, 7 errors),
    # and were stored for the plain runs after.
    root = copy_repository(tmp_path / "repo")
    copy_with(root, "a.yaml", "    value: 34.2\n", "    value: 43.2\n")  # C107 against zhengzhou-2026
    expected = findings(run(root, use_cache=False))
    assert {"C107"} <= {f["code"] for f in expected}
    for _ in range(3):
        assert findings(run(root, articles=True)) == expected
    assert findings(run(root)) == expected
    sizes = table_bytes(root, "index")
    run(root, articles=True)
    assert table_bytes(root, "index") == sizes  # the stored index does not grow
    assert findings(run(root)) == expected
    # A selection asking for views is what the full run reports for its datasets.
    selected = findings(run(root, paths=["data/a.yaml"], articles=True))
    chosen = {f["dataset"]["path"] for f in selected if f["dataset"]}  # type: ignore[index]
    assert "data/a.yaml" in chosen
    assert selected == [f for f in expected if f["dataset"] is None or f["dataset"]["path"] in chosen]  # type: ignore[index]
    assert findings(run(root)) == expected


def test_a_full_run_after_a_selections_run_is_a_run_without_the_cache(tmp_path: Path, key_home: Path) -> None:
    # The selection's run stored its fresh rows of the fact index ahead of the cached ones: the next
    # full run met the facts in another order, and C107 named another dataset.
    root = copy_repository(tmp_path / "repo")
    run(root)
    copy_with(root, "zz.yaml", "    value: 7400\n", "    value: 7100\n")
    copy_with(root, "zzz.yaml", "    value: 34.2\n", "    value: 43.2\n")
    run(root, paths=["data/zz.yaml", "data/zzz.yaml"])
    expected = findings(run(root, use_cache=False))
    assert findings(run(root)) == expected
    assert findings(run(root, jobs=1)) == expected


@pytest.mark.parametrize("part", ["index", "waivers", "results", "manifest.json"])
def test_a_damaged_part_of_the_cache_is_replaced_by_the_next_run(tmp_path: Path, key_home: Path, part: str) -> None:
    # A damaged part is named by the hash of what it should hold: the next cold run computed the same
    # bytes, found the name taken and wrote nothing, so every run after was cold, and each left one
    # more results file behind.
    root = copy_repository(tmp_path / "repo")
    run(root)
    [damaged] = (root / CACHE_DIR).glob(f"v*/{part}*")
    damaged.write_bytes(b"x")
    expected = findings(run(root, use_cache=False))
    assert findings(run(root)) == expected  # cold
    assert Cache(root).load() is not None  # whole again
    for _ in range(2):
        assert findings(run(root)) == expected
    [folder] = (root / CACHE_DIR).glob("v*")
    assert sorted(file.name.split("-")[0] for file in folder.iterdir()) == [
        "index",
        "manifest.json",
        "results",
        "waivers",
    ]


def test_a_relative_xdg_cache_home_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The XDG spec: a relative path in these variables is invalid and ignored. Taken as it was, the
    # key landed inside the working tree the cache must not trust.
    root = copy_repository(tmp_path / "repo")
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")
    monkeypatch.chdir(root)
    run(root)
    assert not (root / "relative").exists()
    assert (home / ".cache/factlint/key").is_file()
    assert Cache(root).load() is not None
