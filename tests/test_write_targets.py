"""Where a report or an export cannot be written, and what an export may replace.

A path that cannot be written is a wrong command line: one line that names the path and the
system's reason, exit 2, no traceback and nothing written. A report's directory is never created.
An export replaces only an earlier export, recognised by the manifest only factlint writes (its
files and their hashes), never a user's file that merely has an export's name.
"""

from __future__ import annotations

import json
import os
from contextlib import chdir
from pathlib import Path

import pytest

from checks import atomic
from checks.cli import main
from checks.export import writers
from checks.export.earlier import MANIFEST
from tests.project_copy import copy_repository


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = copy_repository(tmp_path / "copy")
    (root / "README.md").write_text("# a file, not a directory\n", encoding="utf-8")
    return root


def run(root: Path, *arguments: str) -> int:
    with chdir(root):
        return main(list(arguments))


def refused(capsys: pytest.CaptureFixture[str], *said: str) -> str:
    """The one line of a refusal on standard error (nothing on standard output), holding ``said``."""
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and captured.err.startswith("factlint: "), captured.err
    assert "internal error" not in captured.err and "Traceback" not in captured.err
    for text in said:
        assert text in captured.err, captured.err
    return captured.err


# ---- reports -------------------------------------------------------------------------------------


@pytest.mark.parametrize("option", ["--output", "--sarif", "--json", "--html"])
def test_a_report_under_a_file_is_refused_in_one_line(
    repo: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    assert run(repo, "validate", option, "README.md/r.txt") == 2
    refused(capsys, "cannot write README.md/r.txt", "README.md is not a directory")


def test_a_reports_missing_directory_is_refused_not_created(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(repo, "validate", "--output", "no/such/dir/r.txt") == 2
    refused(capsys, "cannot write no/such/dir/r.txt", "no directory no/such/dir")
    assert not (repo / "no").exists()
    assert run(repo, "validate", "--sarif", "/proc/x/y.sarif") == 2
    refused(capsys, "cannot write /proc/x/y.sarif")


def test_a_report_the_system_will_not_write_is_refused_with_its_reason(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(*_: object, **__: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied", "/sys/.x.txt.1.factlint-tmp")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", denied)  # as /sys/x.txt or a read-only disk does
    assert run(repo, "validate", "--output", "x.txt") == 2
    refused(capsys, "cannot write x.txt: Permission denied")
    assert not (repo / "x.txt").exists()


def test_a_report_to_standard_output_and_to_a_file_still_works(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(repo, "validate", "--json", "r.json") == 0
    assert "0 errors" in capsys.readouterr().out
    assert json.loads((repo / "r.json").read_text(encoding="utf-8"))["summary"]["errors"] == 0


# ---- export targets ------------------------------------------------------------------------------


def test_an_export_under_a_file_is_refused_in_one_line(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(repo, "export", "--output", "README.md/exp") == 2
    refused(capsys, "cannot write README.md/exp", "Not a directory")
    assert (repo / "README.md").is_file()


def test_an_export_the_system_will_not_write_is_refused_with_its_reason(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(path: Path, content: bytes | str) -> None:
        raise PermissionError(1, "Operation not permitted", str(path))

    monkeypatch.setattr(writers, "write_atomically", denied)  # as /sys/exp does
    assert run(repo, "export", "--output", "exp") == 2
    err = capsys.readouterr().err
    assert err == "factlint: cannot write exp: Operation not permitted\n", err
    assert not (repo / "exp").exists()
    assert [p.name for p in repo.iterdir() if p.name.startswith(".")] == []  # no staging left


def test_an_export_never_replaces_a_users_file_with_an_exports_name(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = repo / "u"
    mine.mkdir()
    (mine / "facts.csv").write_text("my precious analysis\n", encoding="utf-8")
    assert run(repo, "export", "--format", "csv", "--output", "u") == 2
    refused(capsys, "u is not an export of factlint", "facts.csv")
    assert [p.name for p in mine.iterdir()] == ["facts.csv"]
    assert (mine / "facts.csv").read_text(encoding="utf-8") == "my precious analysis\n"


def test_an_export_replaces_an_earlier_export_and_only_one_unchanged(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = repo / "out"
    assert run(repo, "export", "--output", "out") == 0
    assert MANIFEST in os.listdir(output) and "facts.parquet" in os.listdir(output)
    # An export over an earlier one replaces the directory whole: a csv export leaves no Parquet.
    assert run(repo, "export", "--format", "csv", "--output", "out") == 0
    assert sorted(p.suffix for p in output.iterdir()) == [".csv"] * 6 + [".json"]
    capsys.readouterr()
    # A file of the export changed since, or one added: the directory is no longer factlint's alone.
    with (output / "facts.csv").open("a", encoding="utf-8") as edited:
        edited.write("my row\n")
    assert run(repo, "export", "--output", "out") == 2
    refused(capsys, "facts.csv")
    assert (output / "facts.csv").read_text(encoding="utf-8").endswith("my row\n")
    (output / "facts.csv").unlink()
    (output / "notes.txt").write_text("mine\n", encoding="utf-8")
    assert run(repo, "export", "--output", "out") == 2
    refused(capsys, "notes.txt")
    assert (output / "notes.txt").exists()


def test_an_export_of_a_factlint_without_the_manifest_is_still_recognised(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = repo / "out"
    assert run(repo, "export", "--output", "out") == 0
    (output / MANIFEST).unlink()  # as factlint wrote exports before the manifest
    assert run(repo, "export", "--output", "out", "--format", "parquet") == 0
    capsys.readouterr()
    assert (output / MANIFEST).exists() and not (output / "datapackage.json").exists()
    (output / MANIFEST).unlink()  # a parquet export without a manifest: nothing says it is factlint's
    assert run(repo, "export", "--output", "out") == 2
    refused(capsys, "is not an export of factlint")
