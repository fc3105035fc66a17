"""How well the number reader reads the regression suites: per suite, tuned and held out.

    python -m tests.reader_score                       # the table
    python -m tests.reader_score --failures jionlp     # the in-scope cases a suite's reading gets wrong
    python -m tests.reader_score --json                # the figures as JSON
    python -m tests.reader_score --held-out            # the held-out suites' figures too (once a round)

Figures per suite: in-scope cases read fully right (every expected quantity read with its value,
and its bound where the suite encodes one, nothing else read where the suite annotates every
number), expected bounds read with the right qualifier, and the slowest single call (each call
timed three times, the fastest kept: a call the system interrupts is not the reader's cost). The cases
and their scope are in ``tests/reader_suites/*.yaml``; what each field means is in
``tests/reader_suites/scope.yaml``.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from checks.numbers import RANGE, Quantity, read_quantities
from checks.numbers.units import HUNDREDTHS

SUITES = Path(__file__).resolve().parent / "reader_suites"
TIMINGS = 3
PERCENT_UNITS = ("percent", "percentage_point")
PER_MILLE_WORDS = ("‰", "千分之")
PER_TEN_THOUSAND_WORDS = ("‱", "万分之")
QUALIFIER = {"nearly": "approx", "gt_step": "gt"}
SIDES = {"lower": ("gt", "ge"), "upper": ("lt", "le")}


@dataclass
class CaseResult:
    right: bool
    bounds: list[bool] = field(default_factory=list)  # one per expected item that encodes a bound
    seconds: float = 0.0
    read: list[str] = field(default_factory=list)


def load_suites() -> dict[str, dict[str, Any]]:
    return {
        path.stem: yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        for path in sorted(SUITES.glob("*.yaml"))
        if path.stem != "scope" and path.stem != "known_failures"
    }


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _plain(reading: Quantity) -> list[float]:
    """The reading's value as a plain number, and as the percentage it may stand for."""
    text = reading.unit_text or ""
    if reading.unit in PERCENT_UNITS or text in ("%", "％", "百分之"):
        return [reading.value / 100, reading.value]
    if text in PER_MILLE_WORDS:
        return [reading.value / 1000, reading.value / 10]
    if text in PER_TEN_THOUSAND_WORDS:
        return [reading.value / 10000, reading.value / 100]
    if text.lower() in HUNDREDTHS:  # 50 cents: 0.5 of the currency, as the reader gives it, or 50 of its hundredths
        return [reading.value, reading.value * 100]
    return [reading.value]


def _percent(reading: Quantity) -> float | None:
    text = reading.unit_text or ""
    if reading.unit in PERCENT_UNITS or text in ("%", "％", "百分之"):
        return reading.value
    if text in PER_MILLE_WORDS:
        return reading.value / 10
    if text in PER_TEN_THOUSAND_WORDS:
        return reading.value / 100
    return None


def _value_matches(reading: Quantity, expected: dict[str, Any]) -> bool:
    if "percent" in expected:
        percent = _percent(reading)
        return percent is not None and _close(percent, expected["percent"])
    if expected.get("value") is None:  # a unit or a word alone, out of scope: nothing is its value
        return False
    return any(_close(v, expected["value"]) for v in _plain(reading))


def matches(reading: Quantity, expected: dict[str, Any]) -> bool:
    """Whether one reading is the expected quantity: value, and the bound where one is encoded."""
    if "range" in expected:
        if reading.bound != RANGE or getattr(reading, "ends", None) is None:
            return False
        low, high = expected["range"]
        if low is None or high is None:  # an end the suite gives no value for (out of scope: unresolved)
            return False
        return all(
            any(_close(v, want) for v in _plain(end)) for end, want in zip(reading.ends, (low, high), strict=True)
        )
    if reading.bound == RANGE or not _value_matches(reading, expected):
        return False
    qualifier = QUALIFIER.get(reading.bound, reading.bound)
    if "qualifier" in expected:
        return qualifier == expected["qualifier"]
    if "side" in expected:
        return qualifier in SIDES[expected["side"]]
    return True


def _overlapping(readings: list[Quantity], start: int, end: int, point: bool) -> list[Quantity]:
    found = []
    for reading in readings:
        if reading.start < end and start < reading.end:
            if point and getattr(reading, "ends", None) is not None:
                found.extend(e for e in reading.ends if e.start < end and start < e.end)
            else:
                found.append(reading)
    return found


def encodes_bound(expected: dict[str, Any]) -> bool:
    return not expected.get("refuse") and any(k in expected for k in ("qualifier", "range", "side"))


def score_case(case: dict[str, Any]) -> CaseResult:
    text = case["input"]
    seconds = math.inf
    for _ in range(TIMINGS):
        started = time.perf_counter()
        readings = read_quantities(text)
        seconds = min(seconds, time.perf_counter() - started)
    expect = case["expect"]
    result = CaseResult(right=True, seconds=seconds, read=[f"{q.text}={q.value:g} {q.qualifier}" for q in readings])
    if expect and all(e.get("at") is None for e in expect):
        # No spans given: the readings, in order, are the expected quantities.
        right = len(readings) == len(expect) and all(matches(r, e) for r, e in zip(readings, expect, strict=False))
        result.right = right
        result.bounds = [right and matches(r, e) for r, e in zip(readings, expect, strict=False) if encodes_bound(e)]
        result.bounds += [False] * (sum(map(encodes_bound, expect)) - len(result.bounds))
        return result
    covered: list[tuple[int, int]] = []
    for e in expect:
        start, end = e["at"], e["at"] + len(e["text"])
        covered.append((start, end))
        found = _overlapping(readings, start, end, point="range" not in e)
        right = not found if e.get("refuse") else len(found) == 1 and matches(found[0], e)
        result.right &= right
        if encodes_bound(e):
            result.bounds.append(right)
    if case.get("complete"):
        extra = [q for q in readings if not any(q.start < end and start < q.end for start, end in covered)]
        result.right &= not extra
    return result


@dataclass
class SuiteScore:
    name: str
    held_out: bool
    cases: int
    in_scope: int
    right: int
    bounds: int
    bounds_right: int
    max_ms: float
    failures: list[tuple[dict[str, Any], CaseResult]]

    @property
    def right_rate(self) -> float:
        return 100 * self.right / self.in_scope if self.in_scope else math.nan

    @property
    def bounds_rate(self) -> float:
        return 100 * self.bounds_right / self.bounds if self.bounds else math.nan


def score_suite(name: str, suite: dict[str, Any]) -> SuiteScore:
    cases = suite["cases"]
    inside = [c for c in cases if c.get("scope", "in") == "in"]
    results = [(case, score_case(case)) for case in inside]
    slowest = max((score_case(c).seconds for c in cases if c.get("scope", "in") != "in"), default=0.0)
    bounds = [ok for _, r in results for ok in r.bounds]
    return SuiteScore(
        name=name,
        held_out=bool(suite.get("held_out")),
        cases=len(cases),
        in_scope=len(inside),
        right=sum(r.right for _, r in results),
        bounds=len(bounds),
        bounds_right=sum(bounds),
        max_ms=1000 * max([slowest, *(r.seconds for _, r in results)]),
        failures=[(c, r) for c, r in results if not r.right],
    )


def _row(label: str, scores: list[SuiteScore]) -> str:
    inside = sum(s.in_scope for s in scores)
    right = sum(s.right for s in scores)
    bounds = sum(s.bounds for s in scores)
    bounds_right = sum(s.bounds_right for s in scores)
    rate = f"{100 * right / inside:6.1f}%" if inside else "     -"
    bound_rate = f"{100 * bounds_right / bounds:6.1f}%" if bounds else "     -"
    slowest = max(s.max_ms for s in scores)
    return (
        f"{label:<34}{sum(s.cases for s in scores):>7}{inside:>7}{right:>7} {rate}"
        f"{bounds_right:>6}/{bounds:<5}{bound_rate}{slowest:>9.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--failures", metavar="SUITE", help="list the in-scope cases of SUITE read wrong")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--held-out", action="store_true", help="measure the held-out suites too (their first look, once a round)"
    )
    options = parser.parse_args()
    read_quantities("warm up: 3个, more than 5%")  # compile the patterns before timing
    suites = load_suites()
    # A held-out suite is measured only when asked: its figures are seen once, on a round's final reader.
    measured = {
        name: suite
        for name, suite in suites.items()
        if options.held_out or not suite.get("held_out") or name == options.failures
    }
    scores = [score_suite(name, suite) for name, suite in measured.items()]
    if options.failures:
        (score,) = [s for s in scores if s.name == options.failures]
        for case, result in score.failures:
            print(f"{case['from']}\n  input: {case['input']!r}\n  expect: {case['expect']}\n  read: {result.read}")
        return
    if options.json:
        print(json.dumps([{k: v for k, v in vars(s).items() if k != "failures"} for s in scores], indent=2))
        return
    print(f"{'suite':<34}{'cases':>7}{'in':>7}{'right':>7} {'%':>6}{'bounds right':>13}{'%':>7}{'max ms':>9}")
    for score in scores:
        print(_row(f"{score.name}{' (held out)' if score.held_out else ''}", [score]))
    tuned = [s for s in scores if not s.held_out]
    held = [s for s in scores if s.held_out]
    print(_row("all tuned suites", tuned))
    if held:
        print(_row("all held-out suites", held))
    unmeasured = sorted(set(suites) - set(measured))
    if unmeasured:
        print(f"held out, not measured (--held-out): {', '.join(unmeasured)}")
    looks = [(name, suite["first_look"]) for name, suite in suites.items() if suite.get("first_look")]
    if looks:
        print("\nheld out while the reader was built, then looked at:")
        for name, look in looks:
            print(f"  {name}: {look}")


if __name__ == "__main__":
    main()
