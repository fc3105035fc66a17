"""Which curation slips the validator catches: each fact of the real datasets, changed the way a
curator gets a figure wrong, is validated, and the change counts as caught when a new error or
warning appears, and as caught *at the fact* when that finding names the fact or its seed line.

    python -m tests.mutation_score             # the table, per kind of slip
    python -m tests.mutation_score --missed    # and every slip that nothing reported

The kinds of slip (``SLIPS``): a value ten times too large or too small, its last digit mistyped, its
sign flipped, decimals rounded away; another unit; another qualifier; the status or the period
changed; the line one off; another fact's quote (and line) copied; another fact's indicator; the
fact left out. Each mutant is a copy of the repository with one dataset rewritten (by PyYAML: the
comments go, so the unchanged copy, rewritten the same way, is the baseline).
"""

from __future__ import annotations

import argparse
import copy
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from checks.corpus import load_corpus
from checks.engine import run
from checks.findings import Finding, Severity

PROJECT = Path(__file__).resolve().parents[1]
Fact = dict[str, Any]
# A slip: what it does to one fact (given the dataset's other facts), or None where it cannot apply.
Slip = Callable[[Fact, list[Fact]], Fact | None]


def _number(fact: Fact) -> float | None:
    value = fact.get("value")
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _with(fact: Fact, **changes: Any) -> Fact:
    return {**fact, **changes}


def _last_digit(fact: Fact) -> Fact | None:
    value = _number(fact)
    if value is None:
        return None
    written = repr(value)
    digit = (int(written[-1]) + 1) % 10
    return _with(fact, value=type(value)(written[:-1] + str(digit)))


def _rounded(fact: Fact) -> Fact | None:
    value = _number(fact)
    return _with(fact, value=float(round(value))) if value is not None and value != round(value) else None


def _other(fact: Fact, facts: list[Fact], key: str) -> Fact | None:
    """The first other fact of the dataset whose ``key`` differs from this one's."""
    return next((other for other in facts if other is not fact and other.get(key) != fact.get(key)), None)


def _quote_of_other(fact: Fact, facts: list[Fact]) -> Fact | None:
    other = _other(fact, facts, "value")
    return _with(fact, quote=other["quote"], line=other["line"]) if other else None


def _indicator_of_other(fact: Fact, facts: list[Fact]) -> Fact | None:
    other = _other(fact, facts, "indicator")
    return _with(fact, indicator=other["indicator"]) if other else None


def _scaled(factor: float) -> Slip:
    def slip(fact: Fact, facts: list[Fact]) -> Fact | None:
        value = _number(fact)
        return _with(fact, value=value * factor) if value is not None else None

    return slip


def _period(step: int) -> Slip:
    def slip(fact: Fact, facts: list[Fact]) -> Fact | None:
        period = fact.get("period")
        return _with(fact, period=period + step) if isinstance(period, int) else None

    return slip


SLIPS: dict[str, Slip] = {
    "value ×10": _scaled(10),
    "value ÷10": _scaled(0.1),
    "value: last digit": lambda fact, facts: _last_digit(fact),
    "value: sign": lambda fact, facts: _with(fact, value=-fact["value"]) if _number(fact) else None,
    "value: decimals rounded": lambda fact, facts: _rounded(fact),
    "unit": lambda fact, facts: _with(fact, unit="person" if fact.get("unit") == "percent" else "percent"),
    "qualifier": lambda fact, facts: _with(fact, qualifier="ge" if fact.get("qualifier") == "eq" else "eq"),
    "status": lambda fact, facts: _with(fact, status="target" if fact.get("status") == "achieved" else "achieved"),
    "period +1": _period(1),
    "period −1": _period(-1),
    "line +1": lambda fact, facts: _with(fact, line=fact["line"] + 1),
    "line −1": lambda fact, facts: _with(fact, line=fact["line"] - 1),
    "another fact's quote": _quote_of_other,
    "another fact's indicator": _indicator_of_other,
    "fact left out": lambda fact, facts: {},  # an empty fact: the dataset is written without it
}


@dataclass
class Tally:
    mutants: int = 0
    caught: int = 0
    at_fact: int = 0
    missed: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Mutant:
    slip: str
    dataset: str  # file name under data/
    fact: Fact  # the fact as curated
    changed: Fact  # the fact with the slip (empty: left out)
    document: dict[str, Any]  # the whole dataset with the slip


def mutants(name: str, document: dict[str, Any], slips: dict[str, Slip]) -> Iterator[Mutant]:
    facts = document.get("facts") or []
    for index, fact in enumerate(facts):
        for slip_name, slip in slips.items():
            changed = slip(fact, facts)
            if changed is None:
                continue
            mutated = copy.deepcopy(document)
            if changed:
                mutated["facts"][index] = changed
            else:
                del mutated["facts"][index]
            yield Mutant(slip_name, name, fact, changed, mutated)


def _write(path: Path, document: dict[str, Any]) -> None:
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")


def _reported(root: Path) -> dict[tuple[object, ...], Finding]:
    findings = run(load_corpus(root)).findings
    return {
        (f.code, f.fact, f.message, str(f.source)): f
        for f in findings
        if f.acknowledged is None and f.severity in (Severity.ERROR, Severity.WARNING)
    }


def _at_fact(finding: Finding, mutant: Mutant, seed: str) -> bool:
    """The finding names the fact, or points at its seed line (as curated, or as the slip moved it)."""
    global_id = f"{mutant.dataset.removesuffix('.yaml')}/{mutant.fact.get('id')}"
    lines = {mutant.fact.get("line"), mutant.changed.get("line")}
    source = finding.source
    return finding.fact == global_id or (source is not None and source.path == seed and source.line in lines)


def copy_repository(project: Path, root: Path) -> Path:
    for folder in ("data", "seeds", "schemas"):
        shutil.copytree(project / folder, root / folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    if (project / "pyproject.toml").is_file():
        shutil.copy(project / "pyproject.toml", root / "pyproject.toml")
    return root


def measure(
    project: Path = PROJECT,
    slips: dict[str, Slip] | None = None,
    datasets: list[str] | None = None,
    progress: Callable[[str], object] | None = None,
) -> dict[str, Tally]:
    """The tally of each slip over every fact of ``datasets`` (file names; all of ``project``'s). Given
    some, the others are left out of the copy (cross-dataset slips then go unseen). ``progress`` is
    told of each dataset as its slips begin (a whole run takes minutes)."""
    slips = SLIPS if slips is None else slips
    tallies = {name: Tally() for name in slips}
    with tempfile.TemporaryDirectory() as scratch:
        root = copy_repository(project, Path(scratch) / "repo")
        names = datasets or sorted(path.name for path in (root / "data").glob("*.yaml"))
        for other in (root / "data").glob("*.yaml"):  # datasets not measured are not validated each time
            if other.name not in names:
                other.unlink()
        documents = {name: yaml.safe_load((root / "data" / name).read_text(encoding="utf-8")) for name in names}
        for name in names:
            _write(root / "data" / name, documents[name])
        baseline = _reported(root)
        for number, name in enumerate(names, start=1):
            seed = documents[name]["source"]["path"]
            if progress is not None:
                facts = len(documents[name].get("facts") or [])
                progress(f"[{number}/{len(names)}] {name}: {facts} facts, up to {facts * len(slips)} slips")
            for mutant in mutants(name, documents[name], slips):
                _write(root / "data" / name, mutant.document)
                new = [f for key, f in _reported(root).items() if key not in baseline]
                tally = tallies[mutant.slip]
                tally.mutants += 1
                tally.caught += bool(new)
                tally.at_fact += any(_at_fact(f, mutant, seed) for f in new)
                if not new:
                    tally.missed.append(f"{name} {mutant.fact.get('id')}: {mutant.fact.get('quote')!r}")
            _write(root / "data" / name, documents[name])
    return tallies


def table(tallies: dict[str, Tally]) -> str:
    rows = [f"{'slip':26} {'mutants':>7} {'caught':>7} {'at the fact':>11}"]
    for name, tally in tallies.items():
        if tally.mutants:
            share = 100 * tally.caught / tally.mutants
            rows.append(f"{name:26} {tally.mutants:7} {tally.caught:7} {tally.at_fact:11}   {share:5.1f}%")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--missed", action="store_true", help="list every slip nothing reported")
    arguments = parser.parse_args()
    tallies = measure(progress=lambda line: print(line, file=sys.stderr, flush=True))
    print(table(tallies))
    if arguments.missed:
        for name, tally in tallies.items():
            for missed in tally.missed:
                print(f"missed [{name}] {missed}")


if __name__ == "__main__":
    main()
