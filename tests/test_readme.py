"""The README says what the repository holds and does: its table, its example report, its links, its CI."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pytest
import yaml

from checks.cli import main
from tests.rule_harness import real_corpus

PROJECT = Path(__file__).resolve().parents[1]
README = (PROJECT / "README.md").read_text(encoding="utf-8")


def test_dataset_table_matches_the_data() -> None:
    rows = re.findall(r"^\| .* \| `(data/[\w-]+\.yaml)` \| .* \| (\d+)[–-]?(\d*) \| (\d+) \| (\d+) \|$", README, re.M)
    datasets = sorted(p.relative_to(PROJECT).as_posix() for p in (PROJECT / "data").glob("*.yaml"))
    missing = sorted(set(datasets) - {path for path, *_ in rows})
    assert not missing, f"README's table of datasets (## The dataset) has no row for {missing}: add one each"
    assert len(rows) == len(datasets), "README's table of datasets names a dataset that data/ no longer has"
    for path, first, last, facts, relations in rows:
        data = yaml.safe_load((PROJECT / path).read_text(encoding="utf-8"))
        body = data["source"]["body"]
        assert (int(first), int(last or first)) == (body["first"], body["last"]), path
        assert int(facts) == len(data["facts"]), path
        assert int(relations) == len(data.get("relations") or []), path


def test_totals_match_the_data() -> None:
    facts = sum(len(yaml.safe_load(p.read_text(encoding="utf-8"))["facts"]) for p in (PROJECT / "data").glob("*.yaml"))
    indicators = yaml.safe_load((PROJECT / "schemas" / "indicators.yaml").read_text(encoding="utf-8"))
    totals = f"{facts} facts in all, with {len(indicators)} indicators"
    assert totals in README, f"README's totals under its table of datasets should read '{totals}'"


def test_the_two_commands_are_there() -> None:
    assert "nox -s validate" in README and "nox -s tests" in README


def test_the_example_report_is_what_a_run_prints(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The README's example, regenerated: the same two values mistyped in a copy of the repository."""
    block = re.search(r"```text\n\$ factlint validate\n(.*?)```", README, re.S)
    assert block is not None
    root = real_corpus(
        tmp_path,
        {
            "edits": [
                {"file": "data/zhengzhou-2026.yaml", "old": "    value: 7400\n", "new": "    value: 7100\n"},
                {"file": "data/zhengzhou-2026.yaml", "old": "    value: 34.2\n", "new": "    value: 43.2\n"},
            ]
        },
    )
    capsys.readouterr()
    with contextlib.chdir(root):
        assert main(["validate"]) == 1
    printed = capsys.readouterr().out
    assert printed == block[1], (
        "README's example under 'What a report looks like' is not what a run prints now (a dataset or an"
        f" acknowledgement added?); replace its lines after `$ factlint validate` with:\n{printed}"
    )


TOP_LEVEL = ("seeds/", "data/", "schemas/", "checks/", "tests/", ".github/", ".ci/")


def test_links_and_paths_stay_inside_the_repository() -> None:
    assert "shared/" not in README and "DESIGN.md" not in README  # a clone has neither
    for target in re.findall(r"\]\(([^)\s]+)\)", README):
        if re.match(r"(https?:|mailto:|#)", target):
            continue
        file = (PROJECT / target.split("#")[0]).resolve()
        assert file.is_relative_to(PROJECT) and file.exists(), target
    # Files the README names by path (not placeholders such as data/<slug>.yaml) exist.
    named = [
        path
        for path in re.findall(r"`([.\w/-]+)`", README)
        if path.startswith(TOP_LEVEL) and "." in path.rsplit("/", 1)[-1] and "CODE" not in path
    ]
    assert named
    for path in named:
        assert (PROJECT / path).exists(), path


def test_it_says_what_ci_runs() -> None:
    workflow = (PROJECT / ".github" / "workflows" / "validate.yml").read_text(encoding="utf-8")
    assert "run: bash .ci/run " in workflow
    assert "**CI** is `.ci/run`" in README and "`.github/workflows/validate.yml` calls it" in README
    script = (PROJECT / ".ci" / "run").read_text(encoding="utf-8")
    for claim in ("FACTLINT_SLOW=1", "FACTLINT_REQUIRE_BROWSER=1", "nox -s tests", "nox -s validate"):
        assert claim in README and claim in script, claim


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
        # The catalogue (schemas/indicators.yaml) decides which indicators a draft names: after
        # extending it, copy the same lines of `factlint draft` of that article into the README.
        assert found >= 0, f"README's draft excerpt is no longer what factlint draft writes:\n{piece}"
        at = found + len(piece)


def test_every_relation_kind_is_shown_with_its_fields() -> None:
    """The README's example of relations (Curation conventions) names every kind with the fields the schema
    takes for it, and the example is a relation list the schema accepts (a new user looked for share's
    fields and found them only in ``factlint rules``)."""
    from schemas.fields import RELATION_KINDS

    block = re.search(r"```yaml\n  relations:\n(.*?)  ```", README, re.S)
    assert block, "README has no example of relations"
    shown = {r["kind"]: r for r in yaml.safe_load("relations:\n" + block.group(1))["relations"]}
    assert set(shown) == set(RELATION_KINDS)
    for kind, fields in RELATION_KINDS.items():
        assert set(shown[kind]) - {"kind"} == set(fields), kind
