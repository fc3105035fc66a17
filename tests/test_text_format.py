"""The text report and the number display it shares with every rule's message."""

from __future__ import annotations

import math
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from checks.corpus import load_corpus
from checks.engine import run
from checks.findings import Finding, Location, Report, Severity
from checks.formats.text import format_text
from checks.intervals import show, show_number
from tests.rule_harness import make_corpus


def test_numbers_are_never_in_scientific_notation() -> None:
    assert show_number(3.6e8) == "360000000"
    assert show_number(210000000.0) == "210000000"
    assert show(4.2795e7, 4.2805e7, False, False) == "[42795000, 42805000]"
    assert show(80, math.inf, True, True) == "(80, inf)"
    assert show_number(96.55000000000001) == "96.55"  # float noise dropped
    assert show_number(1043600.5) == "1043600.5"  # every printed digit kept
    assert show_number(1e-7) == "0.0000001"
    assert show_number(-0.0) == "0" and show_number(-12.5) == "-12.5"
    # Past twelve digits a whole number keeps them all (a new user's trial: 1234567890120 was shown).
    assert show_number(1234567890123.0) == "1234567890123"
    assert show_number(9007199254740992.0) == "9007199254740992"
    assert show_number(99999999999.0) == "99999999999"


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e30, max_value=1e30))
def test_shown_numbers_read_back_as_the_number(value: float) -> None:
    shown = show_number(value)
    assert re.fullmatch(r"-?\d+(\.\d+)?", shown), shown
    assert math.isclose(float(shown), value, rel_tol=1e-11, abs_tol=1e-300)


def test_a_money_mismatch_reads_in_plain_digits(tmp_path: Path) -> None:
    root = make_corpus(
        tmp_path,
        {"edits": [{"file": "data/example.yaml", "old": "value: 3000\n", "new": "value: 310000000\n"}]},
    )
    text = format_text(run(load_corpus(root)))
    assert "value 310000000 is not in the quote" in text
    assert not re.search(r"\de[+-]\d", text), text


def finding(acknowledged: str | None) -> Finding:
    return Finding(
        "C101",
        Severity.ERROR,
        "sum of parts 18 ≠ total 22",
        fact="suiyang-2020/designated-institutions",
        source=Location("seeds/003.txt", 11, 24, 30),
        dataset=Location("data/suiyang-2020.yaml", 127, 5),
        acknowledged=acknowledged,
    )


def test_an_acknowledged_discrepancy_does_not_read_as_an_error() -> None:
    reason = "The article contradicts itself:\nline 11 says 22, line 9 lists 18."
    text = format_text(Report(findings=(finding(reason), finding(None)), facts=3, datasets=1))
    lines = text.splitlines()
    assert lines[0] == (
        "seeds/003.txt:11:24: acknowledged C101 sum of parts 18 ≠ total 22 "
        "[data/suiyang-2020.yaml:127 fact designated-institutions]"
    )
    assert lines[1:3] == ["    reason: The article contradicts itself:", "    line 11 says 22, line 9 lists 18."]
    assert lines[3].startswith("seeds/003.txt:11:24: error C101 sum of parts 18 ≠ total 22")
    assert lines[4] == "1 error, 0 warnings, 1 acknowledged (3 facts in 1 dataset checked)"
    # A problem matcher for `path:line:col: error …` finds the real error only.
    assert len(re.findall(r"^\S+:\d+:\d+: error ", text, re.M)) == 1
