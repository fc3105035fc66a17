"""What the commands print, in words a new user reads as meant: plain text for a rule's explanation,
no count of a severity no rule has, "no quantity read", "an HTML report", --changed-since as the
code and the README have it, a heading as one line, plurals."""

from __future__ import annotations

import json
from contextlib import chdir
from pathlib import Path

import pytest

from checks.cli import build_parser, main
from tests.project_copy import copy_repository


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_repository(tmp_path_factory.mktemp("wording"))


def run(root: Path, capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    with chdir(root):
        code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_rule_is_explained_in_plain_text(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(repo, capsys, "rules", "P101")
    assert code == 0 and "``" not in out and "**" not in out and "::\n" not in out, out
    assert "\nFails:\n" in out and "seeds/" in out


@pytest.mark.parametrize("form", ["github", "markdown", "html"])
def test_human_summaries_count_no_infos(repo: Path, capsys: pytest.CaptureFixture[str], form: str) -> None:
    """No rule has severity info: a human summary does not count them (JSON keeps its documented field)."""
    code, out, _ = run(repo, capsys, "validate", "--format", form, "--no-cache")
    counted = out.split('<dl class="counts">')[1].split("</dl>")[0] if form == "html" else out
    assert code == 0 and "info" not in counted, counted[-500:]
    code, out, _ = run(repo, capsys, "validate", "--format", "json", "--no-cache")
    assert json.loads(out)["summary"]["infos"] == 0


def test_numbers_of_an_empty_text_says_none_was_read(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["numbers", ""]) == 0
    assert capsys.readouterr().out == "no quantity read\n"


def test_help_names_reports_and_the_merge_base() -> None:
    validate = build_parser()._subparsers._group_actions[0].choices["validate"]  # type: ignore[union-attr]
    text = " ".join(validate.format_help().split())
    assert "also write an HTML report to FILE" in text and "a html" not in text
    assert "also write a JSON report" in text and "also write a SARIF report" in text
    assert "changed since the merge base with git REF, committed or not" in text


def test_a_heading_is_one_line_a_file_of_several_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("计划投资（万元）\n项目名称\n", encoding="utf-8")
    assert main(["numbers", "--heading", "--file", str(article)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"factlint: {article} has 2 lines; a heading is one line") and err.count("\n") == 1, err
    assert main(["numbers", "--heading", "x" * 201]) == 2
    assert "a heading is one line of at most 200" in capsys.readouterr().err


def test_the_draft_summary_counts_in_the_singular(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(repo, capsys, "draft", "seeds/004_f3394bd76fe2dc9a.txt", "--output", "data/z.yaml")
    assert code == 0 and "1 relation, 1 ignore entry;" in out, out
    (repo / "data" / "z.yaml").unlink()
