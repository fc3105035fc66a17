"""`factlint fix` and line numbers written in prose: a note, a reason, a provenance note or a comment
that names a line of the seed is not rewritten, but listed for a person (and counted) with the line
it should say, when fix moves the references."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rule_harness import make_corpus
from tests.test_fix import DATASET, HEADER, WITH_IGNORE, committed, fix, insert_lines, read

PROSE = [
    {"file": DATASET, "old": '"Period 2020 inferred: the start', "new": '"Period 2020 inferred from line 4: the start'},
    {"file": DATASET, "old": "facts:\n", "new": "# Line 5 lists the clinics; line 3 is a header.\nfacts:\n"},
    {"file": DATASET, "old": 'reason: "a count of links', "new": 'reason: "lines 8 and 2: a count of links'},
]


@pytest.fixture(params=["git history", "no history"])
def prose(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    root = make_corpus(tmp_path, {"edits": [*WITH_IGNORE["edits"], *PROSE]})
    return committed(root) if request.param == "git history" else root


def test_line_numbers_in_prose_are_listed_with_the_line_they_should_say(
    prose: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    insert_lines(prose, 1, HEADER)
    before = read(prose).decode()
    assert fix(prose) == 0
    out = capsys.readouterr().out
    assert f"{DATASET}:13: comment: line 5 should say line 8, line 3 should say line 6;" in out
    assert f"{DATASET}:25: note of fact literacy-2020: line 4 should say line 7;" in out
    assert "reason of ignore entry 1: line 8 should say line 11, line 2 should say line 5;" in out
    assert "changed 14 values; 3 left for a person" in out
    after = read(prose).decode()
    assert "inferred from line 4:" in after and "# Line 5 lists" in after and after != before
    # Once the references moved, a second run neither moves them nor lists the prose again.
    assert fix(prose) == 0
    assert "changed 0 values; 0 left for a person" in capsys.readouterr().out


def test_prose_is_not_listed_when_the_seed_did_not_move(prose: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert fix(prose) == 0
    assert "changed 0 values; 0 left for a person" in capsys.readouterr().out


def test_an_ignore_entry_is_numbered_one_way_in_every_message(prose: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Its move and its reason's prose name the same entry (the first, counted from 1 as lines are),
    at the same dataset line; no message names it by a 0-based path (ignore[0].line)."""
    insert_lines(prose, 1, HEADER)
    assert fix(prose, "--dry-run") == 0
    out = capsys.readouterr().out
    entry = next(n for n, line in enumerate(read(prose).decode().splitlines(), start=1) if "- {line: 8," in line)
    moved = f"{DATASET}:{entry}: ignore entry 1 ('5 other stories'): line 8 → 11 ("
    assert moved in out, out
    assert f"{DATASET}:{entry}: reason of ignore entry 1: line 8 should say line 11" in out, out
    assert "[0]" not in out and "facts[" not in out and "ignore[" not in out
