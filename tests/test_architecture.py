"""The shape of the house: data flows one way (DESIGN.md §3), and no import runs back up.

Every module of ``checks`` and ``schemas`` stands on a floor; a module may import modules on its
own floor or below, never above, and the imports form no circle. A new module must be given a
floor here (the test says so), which is where its place in the flow is decided.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Floors, lowest first: (module prefix, floor). The longest matching prefix decides.
FLOORS: dict[str, int] = {
    # 0 plain types and leaf helpers: no project imports but each other
    "schemas.fields": 0,
    "schemas.regions": 0,
    "checks.errors": 0,
    "checks.findings": 0,
    "checks.config": 0,
    "checks.intervals": 0,
    "checks.scalar_intervals": 0,  # the intervals of one figure, compiled with the reader
    "checks.files": 0,
    "checks.file_states": 0,  # the cache's fingerprints of files
    "checks.atomic": 0,
    "checks.ahead": 0,  # work done in a forked child while the process goes on
    # 1 reading: YAML, seeds, numbers in text, the pandera schemas
    "schemas": 1,
    "schemas.dataset": 1,
    "schemas.vocab": 1,  # read with the bounded YAML loader
    "checks.load": 1,
    "checks.yaml_build": 1,
    "checks.seeds": 1,
    "checks.numbers": 1,
    "checks.yamledit": 1,
    "checks.textdiff": 1,
    "checks.history": 1,  # a seed's old versions in git
    # 2 documents → frames;  3 the corpus (plain data)
    "checks.frames": 2,
    "checks.corpus": 3,
    # 4 analyses: pure functions of frames and seeds;  5 the context that computes each once
    "checks.analyses": 4,
    "checks.follow": 4,  # where a dataset's line references go in its seed's new text
    "checks.context": 5,
    # 6 rules;  7 running them, the views of articles;  8 reports and the commands' own work
    "checks.rules": 6,
    "checks.engine": 7,
    "checks.views": 7,
    "checks.formats": 8,
    "checks.select": 8,
    "checks.fix": 8,
    "checks.draft": 8,
    "checks.export": 8,
    "checks.cache": 8,
    "checks.runner": 8,
    # 9 the command line
    "checks": 9,
    "checks.cli": 9,
    "checks.cli_numbers": 8,
    "checks.console": 8,  # the commands' printing, a line at a time  # the numbers command, as fix.py is the fix command
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for package in ("checks", "schemas") for p in sorted((ROOT / package).rglob("*.py"))}


def floor(module: str) -> int:
    matches = [prefix for prefix in FLOORS if module == prefix or module.startswith(prefix + ".")]
    if not matches:
        raise AssertionError(f"{module} has no floor: give it one in tests/test_architecture.py")
    return FLOORS[max(matches, key=len)]


def imports(module: str, path: Path, known: set[str]) -> set[str]:
    """The project modules ``module`` imports anywhere in its file (functions and TYPE_CHECKING too)."""
    found: set[str] = set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else [])
                )
            names = [f"{base}.{alias.name}" for alias in node.names] + [base]
        for name in names:
            # The deepest project module the name refers to (``from checks.x import f`` is checks.x).
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name and name != module:
                found.add(name)
    return found


def graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {module: imports(module, path, known) for module, path in found.items()}


def test_every_module_has_a_floor() -> None:
    for module in modules():
        floor(module)


def test_no_import_runs_back_up() -> None:
    backwards = [
        f"{module} (floor {floor(module)}) imports {target} (floor {floor(target)})"
        for module, targets in graph().items()
        for target in sorted(targets)
        if floor(target) > floor(module)
    ]
    assert not backwards, "\n".join(backwards)


def strongly_connected(edges: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative: the import circles (components of more than one module)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    counter = 0
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    circles.append(sorted(component))
    return circles


def test_no_import_circle() -> None:
    assert strongly_connected(graph()) == []


def test_the_checks_find_a_circle_and_a_backward_import() -> None:
    assert strongly_connected({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert floor("checks.corpus") > floor("checks.frames")
    with pytest.raises(AssertionError, match="has no floor"):
        floor("elsewhere.module")


def test_no_module_of_checks_is_over_400_lines() -> None:
    long = {
        module: lines
        for module, path in modules().items()
        if module.startswith("checks") and (lines := len(path.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert not long, long
