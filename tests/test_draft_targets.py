"""`factlint draft` writes a dataset only where validate reads one: directly under data/, *.yaml or *.yml.

A draft written to data/sub/x.yaml or data/x.txt was a file no run checks, and the command then
told the curator to validate it (`no such dataset`), after adding its indicators to the catalogue.
Such a path is refused, as a path outside data/ is, before anything is written."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

import pytest

from checks.cli import main

PROJECT = Path(__file__).resolve().parents[1]
SEED = "seeds/002_b9d45de9f807d5be.txt"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "copy"
    for name in ("seeds", "data", "schemas"):
        shutil.copytree(PROJECT / name, root / name)
    return root


def run(root: Path, *arguments: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(root), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(arguments))
    return code, out.getvalue(), err.getvalue()


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("output", ["data/sub/x.yaml", "data/x.txt", "data/.x.yaml", "data/sub/"])
def test_a_draft_where_validate_reads_no_dataset_is_refused_and_writes_nothing(repo: Path, output: str) -> None:
    before = snapshot(repo)
    code, out, err = run(repo, "draft", SEED, "--output", output)
    assert code == 2 and out == ""
    assert err.startswith(f"factlint: {output} is not a dataset path") and err.count("\n") == 1, err
    assert "Traceback" not in err
    assert snapshot(repo) == before  # neither a dataset nor a catalogue entry


def test_uncited_on_a_file_validate_does_not_read_is_refused(repo: Path) -> None:
    (repo / "data" / "sub").mkdir()
    shutil.copy(repo / "data" / "hebei-2022.yaml", repo / "data" / "sub" / "x.yaml")
    before = snapshot(repo)
    code, _, err = run(repo, "draft", "data/sub/x.yaml", "--uncited")
    assert code == 2 and "data/sub/x.yaml is not a dataset path" in err
    assert snapshot(repo) == before


def test_a_draft_to_a_dataset_path_is_written_and_validated(repo: Path) -> None:
    code, out, err = run(repo, "draft", SEED, "--output", "data/second.yml")
    assert code == 0, err
    assert (repo / "data" / "second.yml").is_file() and "`factlint validate data/second.yml`" in out
    code, out, err = run(repo, "validate", "data/second.yml")
    assert code in (0, 1) and "no such dataset" not in err, err
