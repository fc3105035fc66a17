"""Waivers (``acknowledged:`` entries): one slip, one finding, and a finding that says what the slip is.

A waiver given twice is C192 at the later entry's line, and the first entry's reason applies (not
the last's, nor ``acknowledged`` when the last's is invalid). C190 names what it can tell of a
waiver that matches no finding: the code the fact does raise, a fact id the dataset lacks. A code
that is no rule code is S104's finding alone, with the code meant when it can tell; so is a reason of no
text (not C191 too), and the waiver then applies with the plain reason ``acknowledged``.
"""

from __future__ import annotations

from pathlib import Path

from checks.findings import Finding
from tests.rule_harness import real_corpus, validate

DATASET = "data/zhengzhou-2022.yaml"
WAIVER = "  - rule: P107\n    fact: street-centre-places-min\n"


def findings(tmp_path: Path, old: str, new: str) -> tuple[list[Finding], list[str]]:
    root = real_corpus(tmp_path, {"edits": [{"file": DATASET, "old": old, "new": new}]})
    lines = (root / DATASET).read_text(encoding="utf-8").splitlines()
    found = [f for f in validate(root).findings if f.dataset is not None and f.dataset.path == DATASET]
    return found, lines


def line_of(lines: list[str], text: str) -> int:
    return next(n for n, line in enumerate(lines, start=1) if text in line)


def at(found: list[Finding], line: int) -> list[tuple[str, int | None]]:
    """(code, line) of the findings whose dataset line is ``line``."""
    return [(f.code, f.dataset.line) for f in found if f.dataset is not None and f.dataset.line == line]


def test_a_waiver_given_twice_is_c192_at_its_line_and_the_first_reason_applies(tmp_path: Path) -> None:
    again = "  - {rule: P107, fact: street-centre-places-min, reason: 5}\nignore:"
    found, lines = findings(tmp_path, "\nignore:", "\n" + again)
    second, first = line_of(lines, "reason: 5}"), line_of(lines, "- rule: P107")
    [c192] = [f for f in found if f.code == "C192"]
    assert c192.dataset is not None and (c192.dataset.path, c192.dataset.line) == (DATASET, second)
    assert f"is given already at line {first}" in c192.message
    assert {f.code for f in found if f.dataset is not None and f.dataset.line == second} == {"C192", "S104"}
    [p107] = [f for f in found if f.code == "P107"]
    assert p107.acknowledged is not None and p107.acknowledged.startswith("The machine translation dropped")


def test_a_waiver_of_the_wrong_rule_names_the_rule_the_fact_raises(tmp_path: Path) -> None:
    found, lines = findings(tmp_path, WAIVER, WAIVER.replace("P107", "P106"))
    line = line_of(lines, "- rule: P106")
    [c190] = [f for f in found if f.code == "C190"]
    assert c190.dataset is not None and (c190.dataset.path, c190.dataset.line) == (DATASET, line)
    assert "matches no finding; the fact raises P107: is that the rule meant?" in c190.message, c190.message
    assert any(f.code == "P107" and f.acknowledged is None for f in found)


def test_a_waiver_of_an_unknown_fact_says_the_id_is_unknown(tmp_path: Path) -> None:
    found, lines = findings(tmp_path, WAIVER, WAIVER.replace("street-centre-places-min", "street-centre-places"))
    line = line_of(lines, "- rule: P107")
    [c190] = [f for f in found if f.code == "C190"]
    assert c190.dataset is not None and (c190.dataset.path, c190.dataset.line) == (DATASET, line)
    assert "waiver of P107 for fact 'street-centre-places': no fact of this dataset has that id" in c190.message


def test_a_code_that_is_no_rule_code_is_one_finding_s104(tmp_path: Path) -> None:
    for written, hint in (("p107", "(did you mean P107?)"), ("X999", "(no rule has that code")):
        found, lines = findings(tmp_path / written, WAIVER, WAIVER.replace("P107", written))
        line = line_of(lines, f"- rule: {written}")
        assert at(found, line) == [("S104", line)], at(found, line)
        [s104] = [f for f in found if f.code == "S104"]
        assert f"got '{written}' {hint}" in s104.message, s104.message
        assert not [f for f in found if f.code == "C190"]


def test_a_blank_reason_is_one_finding_s104_and_the_waiver_says_acknowledged(tmp_path: Path) -> None:
    text = (Path(__file__).resolve().parents[1] / DATASET).read_text(encoding="utf-8")
    waivers = text[text.index("acknowledged:\n") : text.index("\nignore:")]  # the one waiver, its reason of lines
    found, lines = findings(
        tmp_path, waivers, "acknowledged:\n  - {rule: P107, fact: street-centre-places-min, reason: '  '}"
    )
    line = line_of(lines, "reason: '  '")
    assert at(found, line) == [("S104", line)], at(found, line)  # not C191 too: there is no reason at all
    [p107] = [f for f in found if f.code == "P107"]
    assert p107.acknowledged == "acknowledged"
