"""What `fix` and `draft` do with a dataset they cannot read or a file they cannot write.

`fix` names a dataset that does not parse with its P100, where validate reports it, and exits 1;
one it cannot write is counted as not written, with the reason, not as left for a person. `draft`
checks what it writes (the dataset, and the catalogues it may add to) before drafting, as
`validate --output` checks a report's path: one line naming the path and the system's reason,
exit 2, nothing written.

A read-only file system is simulated: the system's answers (``os.access``, ``os.statvfs``,
``tempfile.mkstemp``) for the paths under a folder are those of a read-only mount.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from contextlib import chdir
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from checks.cli import main
from checks.corpus import load_corpus
from checks.engine import run as run_rules
from tests.project_copy import copy_repository
from tests.rule_harness import make_corpus
from tests.test_fix import DATASET, HEADER, SEED, WITH_IGNORE, insert_lines, read

NEW_SEED = "seeds/002_b9d45de9f807d5be.txt"  # the NHC article, whose dataset each test removes
NEW_DATASET = "data/002_b9d45de9f807d5be.yaml"


def run(root: Path, *arguments: str) -> int:
    with chdir(root):
        return main(list(arguments))


def read_only(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Make ``folder`` (and what is in it) answer as on a file system mounted read-only."""
    inside: Callable[[Any], bool] = lambda path: Path(os.path.abspath(path)).is_relative_to(folder)  # noqa: E731
    access, statvfs, mkstemp = os.access, os.statvfs, tempfile.mkstemp

    def no_write(path: Any, mode: int, **kwargs: Any) -> bool:
        return False if inside(path) and mode & os.W_OK else access(path, mode, **kwargs)

    def flags(path: Any) -> Any:
        return SimpleNamespace(f_flag=os.ST_RDONLY) if inside(path) else statvfs(path)

    def no_file(*args: Any, **kwargs: Any) -> tuple[int, str]:
        where = kwargs.get("dir")
        if where is not None and inside(where):
            raise OSError(30, "Read-only file system", os.path.join(where, ".x.factlint-tmp"))
        return mkstemp(*args, **kwargs)

    monkeypatch.setattr(os, "access", no_write)
    monkeypatch.setattr(os, "statvfs", flags)
    monkeypatch.setattr(tempfile, "mkstemp", no_file)


def refused(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and captured.err.startswith("factlint: "), captured.err
    assert "internal error" not in captured.err
    return captured.err


# ---- fix -----------------------------------------------------------------------------------------


@pytest.fixture
def base(tmp_path: Path) -> Path:
    return make_corpus(tmp_path, WITH_IGNORE)


def test_fix_names_a_dataset_that_does_not_parse_with_its_p100_and_exits_1(
    base: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    insert_lines(base, 1, HEADER)
    with (base / DATASET).open("a", encoding="utf-8") as dataset:
        dataset.write("relations: [\n")
    [p100] = [f for f in run_rules(load_corpus(base)).findings if f.code == "P100"]
    assert p100.dataset is not None and p100.dataset.path == DATASET and p100.dataset.line is not None
    where = f"{DATASET}:{p100.dataset.line}:{p100.dataset.column}"  # where validate reports it
    before = read(base)
    for named in ([DATASET], [SEED], []):  # by the dataset, by the seed its text names, everything
        assert run(base, "fix", *named) == 1
        out = capsys.readouterr().out
        assert f"{where}: not fixed: P100 YAML syntax error" in out, out
        assert "changed 0 values; 0 left for a person; 1 dataset not fixed: data/example.yaml (P100" in out, out
        assert read(base) == before


def test_fix_counts_a_dataset_it_cannot_write_as_not_written_with_the_systems_reason(
    base: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = read(base)
    insert_lines(base, 1, HEADER)
    read_only(monkeypatch, base / "data")
    assert run(base, "fix") == 1
    out = capsys.readouterr().out
    assert "data/example.yaml: not written: it is not writable: Read-only file system; its 14 changes" in out, out
    assert "(mode 0" not in out  # its mode allows writing: the file system does not
    summary = out.splitlines()[-1]
    assert summary == (
        "changed 0 values; 0 left for a person; 1 dataset not fixed: data/example.yaml"
        " (not written: Read-only file system)"
    ), summary
    assert read(base) == before


# ---- draft ---------------------------------------------------------------------------------------


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = copy_repository(tmp_path / "copy")
    (root / "data" / "nhc-rural-health-2022.yaml").unlink()
    return root


def contents(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_draft_into_a_read_only_data_directory_is_refused_in_one_line(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = contents(repo)
    read_only(monkeypatch, repo / "data")
    assert run(repo, "draft", NEW_SEED) == 2
    err = refused(capsys)
    assert err == f"factlint: cannot write {NEW_DATASET}: the directory data is not writable (Read-only file system)\n"
    assert run(repo, "draft", "data/hebei-2022.yaml", "--uncited") == 2
    assert "cannot write data/hebei-2022.yaml: the directory data is not writable (Read-only file system)" in refused(
        capsys
    )
    assert contents(repo) == before


def test_draft_with_read_only_catalogues_writes_nothing(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = contents(repo)
    read_only(monkeypatch, repo / "schemas")
    # The Zhengzhou 2026 article proposes new indicators (written before the dataset).
    assert run(repo, "draft", "seeds/004_f3394bd76fe2dc9a.txt", "--output", "data/z.yaml") == 2
    assert "cannot write schemas/units.yaml: the directory schemas is not writable (Read-only file system)" in (
        refused(capsys)
    )
    assert contents(repo) == before


def data_disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """No temporary file can be made in a folder named data: its disk is full."""
    mkstemp = tempfile.mkstemp

    def full(*args: Any, **kwargs: Any) -> tuple[int, str]:
        if str(kwargs.get("dir", "")).endswith("data"):
            raise OSError(28, "No space left on device", os.path.join(kwargs["dir"], ".x.factlint-tmp"))
        return mkstemp(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", full)


def test_a_write_the_system_refuses_names_the_file_not_the_temporary(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = contents(repo)
    data_disk_full(monkeypatch)  # no check before the run can tell
    assert run(repo, "draft", NEW_SEED) == 2
    assert refused(capsys) == f"factlint: cannot write {NEW_DATASET}: No space left on device\n"
    assert contents(repo) == before


ARTICLE = Path(__file__).parent / "draft_articles" / "zh-jiaxian-family-doctor-contract-progress-2026.txt"


@pytest.mark.parametrize("disk", ["full", "with room"])
def test_a_draft_and_the_catalogue_entries_it_adds_are_written_all_or_none(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, disk: str
) -> None:
    """A full disk when the dataset is written leaves no catalogue entries without their dataset."""
    (repo / "seeds" / ARTICLE.name).write_bytes(ARTICLE.read_bytes())
    before = contents(repo)
    if disk == "full":
        data_disk_full(monkeypatch)
        assert run(repo, "draft", f"seeds/{ARTICLE.name}") == 2
        assert "No space left on device" in refused(capsys)
        assert contents(repo) == before
    else:
        assert run(repo, "draft", f"seeds/{ARTICLE.name}") == 0
        after = contents(repo)
        changed = {path for path in after if after[path] != before.get(path)}
        assert changed == {f"data/{ARTICLE.stem}.yaml", "schemas/units.yaml", "schemas/indicators.yaml"}
