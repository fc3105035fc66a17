"""`factlint fix`: cited lines follow a seed's text, sha256 only on request, nothing else touched."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import chdir
from pathlib import Path

import pytest

from checks.cli import main
from checks.corpus import load_corpus
from checks.engine import run
from tests.rule_harness import flatten, make_corpus

SHIFTED = {
    "edits": [
        {
            "file": "seeds/example.txt",
            "old": "Example Health Bulletin\n",
            "new": "Example Health Bulletin\nA new line\n",
        },
        {"file": "data/example.yaml", "old": "body: {first: 4, last: 7}", "new": "body: {first: 5, last: 8}  # kept"},
    ]
}


@pytest.fixture
def shifted(tmp_path: Path) -> Iterator[Path]:
    root = make_corpus(tmp_path, SHIFTED)
    with chdir(root):
        yield root


def codes(root: Path) -> set[str]:
    return {row["code"] or "" for row in flatten(run(load_corpus(root)).findings)}


def test_lines_follow_the_text_and_the_rest_stays(shifted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (shifted / "data" / "example.yaml").read_text(encoding="utf-8")
    assert "P105" in codes(shifted)
    assert main(["fix"]) == 0
    after = (shifted / "data" / "example.yaml").read_text(encoding="utf-8")
    assert codes(shifted) == {"P103"}  # the seed changed: fixed only after review
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b]
    assert len(changed) == 11 and all(a.strip().startswith("line:") for a, _ in changed)
    assert "# kept" in after and after.startswith("# The clean base")
    assert "changed 11 values" in capsys.readouterr().out


def test_sha256_after_review_then_nothing_left(shifted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fix", "--sha256"]) == 0
    assert codes(shifted) == set()
    capsys.readouterr()
    assert main(["fix", "--sha256"]) == 0
    assert "changed 0 values" in capsys.readouterr().out


def test_dry_run_writes_nothing(shifted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (shifted / "data" / "example.yaml").read_text(encoding="utf-8")
    assert main(["fix", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "-    line: 4\n+    line: 5\n" in out and "would change 11 values" in out
    assert (shifted / "data" / "example.yaml").read_text(encoding="utf-8") == before


def test_an_ambiguous_quote_is_left_for_a_person(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_corpus(
        tmp_path,
        {
            "edits": [
                {"file": "seeds/example.txt", "old": "Header line, no article yet", "new": "71 health centres"},
                {
                    "file": "data/example.yaml",
                    "old": "  - id: centres\n    line: 5",
                    "new": "  - id: centres\n    line: 4",
                },
            ]
        },
    )
    with chdir(root):
        assert main(["fix"]) == 0
    out = capsys.readouterr().out
    assert "fact centres: quote is on lines 3, 5; left as it is" in out
    assert "  - id: centres\n    line: 4" in (root / "data" / "example.yaml").read_text(encoding="utf-8")
