"""The number reader on third-party suites and sentences of our own (tests/reader_suites/)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.reader_score import SUITES, load_suites, score_case

SCOPE = yaml.safe_load((SUITES / "scope.yaml").read_text(encoding="utf-8"))
KNOWN = yaml.safe_load((SUITES / "known_failures.yaml").read_text(encoding="utf-8")) or {}
ALL = load_suites()
CASES = [
    pytest.param(
        case,
        id=f"{name}:{case['from']}",
        marks=[pytest.mark.xfail(reason=KNOWN[name][case["from"]], strict=True)]
        if case["from"] in KNOWN.get(name, {})
        else [],
    )
    for name, suite in ALL.items()
    if not suite.get("held_out")  # a held-out suite is measured (tests/reader_score.py), never asserted
    for case in suite["cases"]
    if case.get("scope", "in") == "in"
]


@pytest.mark.parametrize("case", CASES)
def test_suite_case_is_read_right(case: dict[str, Any]) -> None:
    result = score_case(case)
    assert result.right, f"{case['input']!r}: read {result.read}, expected {case['expect']}"


def test_every_case_says_where_it_is_from_and_why_it_is_out() -> None:
    for name, suite in ALL.items():
        if name != "factlint":
            assert suite["repository"] and len(suite["commit"]) == 40 and suite["license"], name
        sources = [case["from"] for case in suite["cases"]]
        assert len(sources) == len(set(sources)), f"{name}: two cases share a source"
        for case in suite["cases"]:
            if case.get("scope", "in") == "out":
                assert case.get("why") in SCOPE["reasons"], (name, case["from"], case.get("why"))
            for expected in case["expect"]:
                assert expected.get("refuse") in (None, *SCOPE["refusals"]), (name, case["from"])
                at = expected.get("at")
                if at is not None:
                    assert case["input"][at : at + len(expected["text"])] == expected["text"], (name, case["from"])


def test_known_failures_are_cases_in_scope() -> None:
    for name, failures in KNOWN.items():
        inside = {c["from"] for c in ALL[name]["cases"] if c.get("scope", "in") == "in"}
        assert set(failures) <= inside, name
    assert Path(SUITES / "scope.yaml").is_file()
