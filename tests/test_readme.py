"""The README's dataset table and report excerpt say what the repository really holds."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parents[1]
README = (PROJECT / "README.md").read_text(encoding="utf-8")


def test_dataset_table_matches_the_data() -> None:
    rows = re.findall(r"^\| .* \| `(data/[\w-]+\.yaml)` \| .* \| (\d+)[–-]?(\d*) \| (\d+) \| (\d+) \|$", README, re.M)
    assert len(rows) == len(list((PROJECT / "data").glob("*.yaml")))
    for path, first, last, facts, relations in rows:
        data = yaml.safe_load((PROJECT / path).read_text(encoding="utf-8"))
        body = data["source"]["body"]
        assert (int(first), int(last or first)) == (body["first"], body["last"]), path
        assert int(facts) == len(data["facts"]), path
        assert int(relations) == len(data.get("relations") or []), path


def test_totals_match_the_data() -> None:
    facts = sum(len(yaml.safe_load(p.read_text(encoding="utf-8"))["facts"]) for p in (PROJECT / "data").glob("*.yaml"))
    indicators = yaml.safe_load((PROJECT / "schemas" / "indicators.yaml").read_text(encoding="utf-8"))
    assert f"{facts} facts in all, with {len(indicators)} indicators" in README


def test_the_two_commands_are_there() -> None:
    assert "nox -s validate" in README and "nox -s tests" in README


def test_draft_excerpt_is_a_real_draft(tmp_path: Path) -> None:
    from tests.draft_measure import draft_article, scratch_repository

    excerpt = README.split("<!-- draft-excerpt -->\n```yaml\n", 1)[1].split("```\n<!-- /draft-excerpt -->", 1)[0]
    root = scratch_repository(tmp_path / "repo")
    draft_article(root, "zh-taiyuan-bulletin-2024")
    drafted = (root / "data" / "zh-taiyuan-bulletin-2024.yaml").read_text(encoding="utf-8")
    pieces = excerpt.split("…\n")
    assert len(pieces) == 2
    at = 0
    for piece in pieces:  # each piece is in the draft, in order
        found = drafted.find(piece, at)
        assert found >= 0, piece
        at = found + len(piece)
