"""Property: whatever lines a seed gains or loses around what its dataset cites, `fix` then
`fix --sha256` make the dataset validate exactly as before, changing only line numbers and the hash."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.corpus import load_corpus
from checks.engine import run
from checks.fix import fix
from checks.rules import all_rules
from tests.rule_harness import make_corpus
from tests.test_fix import DATASET, SEED, WITH_IGNORE, committed

# A figure the dataset gets wrong, so "as before" is not merely "clean".
CASE = {"edits": [*WITH_IGNORE["edits"], {"file": DATASET, "old": "value: 34.2", "new": "value: 34.3"}]}
# Consonants and spaces: no figure, no number word, no quote of the dataset.
FILLER = st.text(st.sampled_from("bcdfghjklmnpqrstvwxz "), min_size=1, max_size=30)
REFERENCE_KEYS = re.compile(r"^(facts|ignore)\.\d+\.line$|^source\.body\.(first|last)$")


# The rules that read the seed's lines (the others do not look at it, and are slow to run 20 times).
LINE_RULES = [rule for rule in all_rules() if rule.code().startswith(("P", "K"))]


def findings(root: Path) -> list[tuple[str, str | None, int | None]]:
    """What validate reports, by code, fact and dataset line (the seed's lines are the ones that move)."""
    report = run(load_corpus(root), rules=LINE_RULES)
    return sorted((f.code, f.fact, f.dataset.line if f.dataset else None) for f in report.findings)


def flat(value: object, prefix: str = "") -> dict[str, object]:
    if isinstance(value, dict):
        return {k: v for key, item in value.items() for k, v in flat(item, f"{prefix}{key}.").items()}
    if isinstance(value, list):
        return {k: v for n, item in enumerate(value) for k, v in flat(item, f"{prefix}{n}.").items()}
    return {prefix.removesuffix("."): value}


def changed_keys(before: bytes, after: bytes) -> set[str]:
    old, new = flat(yaml.safe_load(before)), flat(yaml.safe_load(after))
    assert old.keys() == new.keys()
    return {key for key in old if old[key] != new[key]}


@st.composite
def seed_changes(draw: st.DrawFn) -> list[tuple[str, int, str]]:
    """Insertions anywhere, deletions and rewrites of the header lines (1-3), which nothing cites."""
    changes = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["insert", "insert", "delete", "rewrite"]))
        changes.append((kind, draw(st.integers(1, 9)), draw(FILLER)))
    return changes


def change_seed(text: str, changes: list[tuple[str, int, str]]) -> str:
    lines = text.split("\n")
    header = 3  # how many of the original header lines are still there, at the top
    for kind, at, filler in changes:
        if kind == "insert":
            lines.insert(min(at, len(lines) - 1) - 1, filler)
            header += at - 1 < header
        elif header and kind == "delete":
            del lines[header - 1]
            header -= 1
        elif header:
            lines[header - 1] = filler
    return "\n".join(lines)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed_changes(), st.booleans(), st.booleans())
def test_fix_restores_the_findings_and_touches_only_line_numbers(
    changes: list[tuple[str, int, str]], with_git: bool, crlf: bool
) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        root = make_corpus(Path(scratch), CASE)
        if crlf:
            (root / DATASET).write_bytes((root / DATASET).read_bytes().replace(b"\n", b"\r\n"))
        expected = findings(root)
        assert ("P106", "example/literacy-2025", 29) in expected
        if with_git:
            committed(root)
        original = (root / DATASET).read_bytes()
        seed = (root / SEED).read_text(encoding="utf-8")
        (root / SEED).write_text(change_seed(seed, changes), encoding="utf-8")

        outcome = fix(load_corpus(root), None, sha256=False, dry_run=False)
        moved = (root / DATASET).read_bytes()
        assert outcome.problems == [] and outcome.unwritten == []
        assert re.sub(rb"\d+", b"#", moved) == re.sub(rb"\d+", b"#", original)  # byte for byte elsewhere
        assert all(REFERENCE_KEYS.match(key) for key in changed_keys(original, moved))

        assert fix(load_corpus(root), None, sha256=False, dry_run=False).edits == []  # nothing moves twice
        assert (root / DATASET).read_bytes() == moved

        pinned = fix(load_corpus(root), None, sha256=True, dry_run=False)
        assert [edit.key for edit in pinned.edits] == ["source.sha256"]
        assert (root / DATASET).read_bytes() == moved.replace(
            pinned.edits[0].old.encode(), pinned.edits[0].new.encode()
        )
        assert findings(root) == expected
