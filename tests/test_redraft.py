"""`factlint draft --force` over an earlier draft replaces the catalogue entries that draft added
(those still marked for review and used by no other dataset), so schemas/indicators.yaml and
schemas/units.yaml do not grow with each redraft; an entry a curator reviewed is kept and reused."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from checks.cli import main
from checks.corpus import load_corpus
from checks.draft.redraft import unreviewed_drafted, without_entries
from checks.engine import run
from tests.rule_harness import flatten, make_corpus

ARTICLE = "某县卫生工作报告\n\n2025-03-01\n\n全县发放宣传册3000份，购置救护车15辆。\n"


def _draft(root: Path, *args: str) -> str:
    out = io.StringIO()
    with contextlib.chdir(root), contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main(["draft", *args])
    assert code == 0, out.getvalue()
    return out.getvalue()


def _catalogues(root: Path) -> tuple[str, str]:
    schemas = root / "schemas"
    return (schemas / "indicators.yaml").read_text(encoding="utf-8"), (schemas / "units.yaml").read_text(
        encoding="utf-8"
    )


def test_a_forced_redraft_replaces_what_the_earlier_draft_added(tmp_path: Path) -> None:
    root = make_corpus(tmp_path, {"write": {"seeds/county.txt": ARTICLE}})
    first = _draft(root, "seeds/county.txt", "--output", "data/county.yaml")
    assert "new indicators added" in first and "new units added" in first
    drafted = _catalogues(root)
    review = flatten(run(load_corpus(root)).findings, "S191")
    assert review and {row["dataset"].split(":")[0] for row in review if row["dataset"]} == {
        "schemas/indicators.yaml",
        "schemas/units.yaml",
    }
    for _ in range(2):
        _draft(root, "seeds/county.txt", "--output", "data/county.yaml", "--force")
        assert _catalogues(root) == drafted  # the same entries, once: no suffixed second set
        assert flatten(run(load_corpus(root)).findings, "S191") == review  # code, file and line


def test_an_entry_reviewed_since_stays_and_is_reused(tmp_path: Path) -> None:
    root = make_corpus(tmp_path, {"write": {"seeds/county.txt": ARTICLE}})
    _draft(root, "seeds/county.txt", "--output", "data/county.yaml")
    indicators = root / "schemas" / "indicators.yaml"
    text = indicators.read_text(encoding="utf-8")
    header = text.index("# drafted for data/county.yaml")
    name = text[header:].split("\n")[1].removesuffix(":")
    mark = text.index("  review:", header)
    reviewed = text[:mark] + text[text.index("\n", mark) + 1 :]  # the first entry's review line deleted
    indicators.write_text(reviewed, encoding="utf-8")
    _draft(root, "seeds/county.txt", "--output", "data/county.yaml", "--force")
    after = indicators.read_text(encoding="utf-8")
    assert after.count(f"\n{name}:") == 1 and f"\n{name}_" not in after
    assert after.startswith(reviewed[: reviewed.index(f"\n{name}:")])  # kept where it was, as reviewed
    assert f"indicator: {name} matched" in (root / "data" / "county.yaml").read_text(encoding="utf-8")


def test_an_entry_another_dataset_uses_stays(tmp_path: Path) -> None:
    root = make_corpus(tmp_path, {"write": {"seeds/county.txt": ARTICLE}})
    _draft(root, "seeds/county.txt", "--output", "data/county.yaml")
    drafted = (root / "data" / "county.yaml").read_text(encoding="utf-8")
    (root / "data" / "copy.yaml").write_text(drafted, encoding="utf-8")  # its facts use the drafted entries
    indicators, units = _catalogues(root)
    _draft(root, "seeds/county.txt", "--output", "data/county.yaml", "--force")
    after = _catalogues(root)
    assert after[0].startswith(indicators) and after[1].startswith(units)  # nothing taken out


def test_only_the_marked_entries_of_that_dataset_are_taken_out() -> None:
    text = (
        "a:\n  unit: x\n\n"
        "# drafted for data/c.yaml: each entry's review line is removed once it is checked\n"
        'c1:\n  unit: person\n  review: "proposed by factlint draft: check"\nc2:\n  unit: person\n\n'
        "# drafted for data/d.yaml: each entry's review line is removed once it is checked\n"
        'd1:\n  unit: x\n  review: "proposed by factlint draft: check"\n\n'
        "# drafted for data/c.yaml: each entry's review line is removed once it is checked\n"
        'c3:\n  unit: y\n  review: "proposed by factlint draft: check"\n'
    )
    assert unreviewed_drafted(text, "data/c.yaml") == {"c1", "c3"}
    left = without_entries(text, "data/c.yaml", {"c1", "c3"})
    assert left == text.split("c1:\n")[0] + "c2:\n  unit: person\n\n" + text.split("\n\n")[2] + "\n"
    assert without_entries(text, "data/d.yaml", {"d1"}) == text.replace(text.split("\n\n")[2] + "\n\n", "")
