"""`factlint --version` prints the package's version (pyproject.toml's) and exits 0; it was a usage error."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from checks.cli import main

PROJECT = Path(__file__).resolve().parents[1]
VERSION = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_version_prints_the_packages_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"factlint {VERSION}\n" and captured.err == ""


def test_the_installed_command_says_it_too() -> None:
    done = subprocess.run(
        [str(Path(sys.executable).parent / "factlint"), "--version"], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, f"factlint {VERSION}\n", "")
