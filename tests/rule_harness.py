"""Run a rule fixture case: copy the clean base corpus, apply the case's edits, validate it.

A case (in ``tests/rules/<CODE>.yaml``)::

    - name: value off by a digit
      edits:
        - {file: data/example.yaml, old: "value: 34.2", new: "value: 34.3"}
      expect:                       # every finding of the rule: seed line, dataset line
        - {source: seeds/example.txt:4, dataset: data/example.yaml:29}

``expect: []`` is a passing case. ``old`` must occur exactly once in the file, so an edit can
never silently miss. ``write: {path: text}`` replaces or creates whole files.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from checks.corpus import load_corpus
from checks.engine import run
from checks.findings import Finding, Location, Report

BASE = Path(__file__).parent / "fixtures" / "base"
RULES = Path(__file__).parent / "rules"


def make_corpus(tmp: Path, case: dict[str, Any], base: Path = BASE) -> Path:
    """A copy of ``base`` (the small example corpus; or this repository, see ``real_corpus``) with the case applied."""
    root = tmp / "repo"
    if base == BASE:
        shutil.copytree(BASE, root)
    else:
        for name in ("seeds", "data", "schemas"):
            shutil.copytree(base / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    for edit in case.get("edits", []):
        target = root / edit["file"]
        text = target.read_text(encoding="utf-8")
        occurrences = text.count(edit["old"])
        assert occurrences == edit.get("count", 1), f"{edit['old']!r} occurs {occurrences}x in {edit['file']}"
        target.write_text(text.replace(edit["old"], edit["new"]), encoding="utf-8")
    for path, content in case.get("write", {}).items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            target.write_text(content, encoding="utf-8")
        else:
            target.write_bytes(bytes(content))
    for path in case.get("delete", []):
        (root / path).unlink()
    return root


PROJECT = Path(__file__).resolve().parents[1]


def real_corpus(tmp: Path, case: dict[str, Any]) -> Path:
    """A copy of this repository's seeds, datasets and schemas with the case's edits."""
    return make_corpus(tmp, case, base=PROJECT)


def validate(root: Path) -> Report:
    return run(load_corpus(root))


def where(location: Location | None) -> str | None:
    if location is None:
        return None
    return location.path if location.line is None else f"{location.path}:{location.line}"


def flatten(findings: tuple[Finding, ...] | list[Finding], code: str | None = None) -> list[dict[str, str | None]]:
    """Findings as comparable rows (frictionless's ``report.flatten``): code, seed and dataset line."""
    return sorted(
        (
            {"code": f.code, "source": where(f.source), "dataset": where(f.dataset)}
            for f in findings
            if code is None or f.code == code
        ),
        key=lambda row: (row["source"] or "", row["dataset"] or ""),
    )
