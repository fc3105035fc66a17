"""Rewrite what can be derived: cited line numbers after a seed moved text, and (after review)
the pinned sha256 of a seed.

Edits are made to the file's text at the positions the loader recorded, so comments, order,
quoting and layout stay exactly as the curator wrote them; each file is replaced atomically
(written beside it, then renamed), so a reader never sees half a file.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from checks.atomic import write_atomically
from checks.corpus import Corpus
from checks.frames import records

SCALAR = {
    "line": re.compile(r"\d+"),
    "sha256": re.compile(r"""(?P<q>["']?)[0-9A-Za-z]*(?P=q)"""),
}


@dataclass(frozen=True)
class Edit:
    path: str  # the dataset
    line: int  # 1-based position of the scalar to replace
    column: int
    field: str  # "line" or "sha256"
    old: str
    new: str
    why: str


def _edit(corpus: Corpus, dataset: str, path: tuple[str | int, ...], old: str, new: str, why: str) -> Edit | None:
    """An edit of the scalar at ``path``, or None when the dataset does not write one there."""
    position = corpus.documents[dataset].positions.get(path)
    if position is None:
        return None
    return Edit(dataset, position.line, position.column, str(path[-1]), old, new, why)


def line_edits(corpus: Corpus) -> tuple[list[Edit], list[str]]:
    """Facts whose quote left their line but is on exactly one other line (or one nearest)."""
    edits, unresolved = [], []
    facts = corpus.frames.facts.dropna(subset=["seed", "line", "quote"])
    for row in records(facts):
        seed = corpus.seeds.get(row.seed)
        if seed is None or not seed.readable:
            continue
        if 1 <= row.line <= len(seed.lines) and row.quote in seed.lines[row.line - 1]:
            continue
        found = seed.lines_with(row.quote)
        nearest = sorted(found, key=lambda n: abs(n - row.line))
        if not found or (len(nearest) > 1 and abs(nearest[0] - row.line) == abs(nearest[1] - row.line)):
            where = "nowhere" if not found else "on lines " + ", ".join(map(str, found))
            unresolved.append(f"{row.dataset}: fact {row.id}: quote is {where}; left as it is")
            continue
        edit = _edit(
            corpus,
            row.dataset,
            ("facts", int(row.item), "line"),
            str(row.line),
            str(nearest[0]),
            f"fact {row.id}: quote moved from line {row.line} to {nearest[0]}",
        )
        edits.extend([edit] if edit else [])
    return edits, unresolved


def sha256_edits(corpus: Corpus) -> list[Edit]:
    edits = []
    for row in records(corpus.frames.sources.dropna(subset=["seed"])):
        seed = corpus.seeds.get(row.seed)
        if seed is None or not seed.exists or seed.sha256 == row.sha256:
            continue
        edit = _edit(
            corpus, row.dataset, ("source", "sha256"), str(row.sha256), str(seed.sha256), f"{row.seed} reviewed"
        )
        edits.extend([edit] if edit else [])
    return edits


def apply(text: str, edits: list[Edit]) -> str:
    """``text`` with each edit's scalar replaced (edits at distinct positions, any order)."""
    lines = text.split("\n")
    for edit in sorted(edits, key=lambda e: (e.line, e.column), reverse=True):
        line = lines[edit.line - 1]
        start = edit.column - 1
        match = SCALAR[edit.field].match(line, start)
        if match is None:
            raise ValueError(f"{edit.path}:{edit.line}:{edit.column}: no {edit.field} value to replace")
        lines[edit.line - 1] = line[:start] + edit.new + line[match.end() :]
    return "\n".join(lines)


def fix(corpus: Corpus, only: set[str] | None, sha256: bool, dry_run: bool) -> tuple[list[Edit], list[str], str]:
    """Apply (or with ``dry_run`` only show) the derivable edits; returns edits, leftovers and a diff."""
    edits, unresolved = line_edits(corpus)
    if sha256:
        edits += sha256_edits(corpus)
    if only is not None:
        edits = [e for e in edits if e.path in only]
        unresolved = [u for u in unresolved if u.split(":", 1)[0] in only]
    diff: list[str] = []
    for path in sorted({e.path for e in edits}):
        file = corpus.root / path
        before = file.read_text(encoding="utf-8")
        after = apply(before, [e for e in edits if e.path == path])
        diff.extend(difflib.unified_diff(before.splitlines(True), after.splitlines(True), f"a/{path}", f"b/{path}"))
        if not dry_run:
            write_atomically(file, after)
    return edits, unresolved, "".join(diff)
