"""A vocabulary or a setting that cannot be used is a configuration error (exit 2, one line), never
findings: schemas/regions.tsv that is no table of regions made every region fail C130, and a
negative target_horizon gave a C121 finding on every target ("more than -5 years after")."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from checks.cli import main
from checks.config import load_config
from checks.errors import UsageError
from schemas.regions import load_regions
from tests.project_copy import copy_repository


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = copy_repository(tmp_path / "copy")
    return root


def validate(root: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(root), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["validate", "--no-cache"])
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (bytes(range(256)) * 4, "schemas/regions.tsv: not UTF-8 text (byte 128 is not); save it as UTF-8"),
        (
            b"410100\t\xe9\x83\x91\xe5\xb7\x9e\xe5\xb8\x82\n",
            "schemas/regions.tsv:1: expected the header 'code<TAB>name'",
        ),
        (b"# only a comment\n\n", "schemas/regions.tsv: no header 'code<TAB>name'"),
        (
            b"code\tname\n410100\t\xe9\x83\x91\xe5\xb7\x9e\xe5\xb8\x82\n41010\tx\n",
            "schemas/regions.tsv:3: expected a row",
        ),
        (b"code\tname\n410100\n", "schemas/regions.tsv:2: expected a row of a six-digit GB/T 2260 code, a tab and"),
        (b"code\tname\nzhengzhou\t\xe9\x83\x91\xe5\xb7\x9e\xe5\xb8\x82\n", "schemas/regions.tsv:2: expected a row"),
    ],
    ids=["binary", "no-header", "empty", "short-code", "no-name", "not-a-code"],
)
def test_a_regions_table_that_is_none_is_a_configuration_error(repo: Path, content: bytes, said: str) -> None:
    (repo / "schemas" / "regions.tsv").write_bytes(content)
    with pytest.raises(UsageError) as raised:
        load_regions(repo)
    assert str(raised.value).startswith(said), raised.value
    code, out, err = validate(repo)
    assert code == 2 and out == "" and err == f"factlint: {raised.value}\n"
    assert "C130" not in err


def test_a_regions_table_with_comments_blank_lines_and_a_bom_is_read(repo: Path) -> None:
    table = "\ufeff# a comment\n\ncode\tname\n# another\n410100\t郑州市\n130000\t河北省\n\n"
    (repo / "schemas" / "regions.tsv").write_text(table, encoding="utf-8")
    assert load_regions(repo) == {"CN": "全国", "410100": "郑州市", "130000": "河北省"}


@pytest.mark.parametrize(
    ("settings", "said"),
    [
        ("target_horizon = -5", "target_horizon must be a whole number from 0 to 10000"),
        ("earliest_year = 0", "earliest_year must be a whole number from 1 to 9999"),
        ("latest_year = 10000", "latest_year must be a whole number from 1 to 9999"),
        ("earliest_year = 2030\nlatest_year = 2020", "earliest_year 2030 is after latest_year 2020"),
    ],
)
def test_a_setting_out_of_range_is_a_configuration_error(repo: Path, settings: str, said: str) -> None:
    (repo / "pyproject.toml").write_text(f"[tool.factlint]\n{settings}\n", encoding="utf-8")
    with pytest.raises(UsageError, match=said):
        load_config(repo)
    code, out, err = validate(repo)
    assert code == 2 and out == "" and err.startswith("factlint: pyproject.toml: [tool.factlint] ")
    assert said in err and err.count("\n") == 1


def test_settings_in_range_are_taken(repo: Path) -> None:
    (repo / "pyproject.toml").write_text("[tool.factlint]\ntarget_horizon = 0\nlatest_year = 2100\n", encoding="utf-8")
    config = load_config(repo)
    assert (config.target_horizon, config.earliest_year, config.latest_year) == (0, 1949, 2100)
