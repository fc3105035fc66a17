"""Every rule has failing and passing fixture cases, run here against the clean base corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from checks.findings import Finding
from checks.formats import formatter
from checks.rules import all_rules
from tests.rule_harness import BASE, RULES, flatten, make_corpus, validate


def _cases() -> list[Any]:
    params = []
    for fixture in sorted(RULES.glob("*.yaml")):
        document = yaml.safe_load(fixture.read_text(encoding="utf-8"))
        for case in document["cases"]:
            params.append(pytest.param(document["rule"], case, id=f"{document['rule']}-{case['name']}"))
    return params


def test_base_corpus_is_clean(tmp_path: Path) -> None:
    report = validate(make_corpus(tmp_path, {}))
    assert flatten(report.findings) == []
    assert report.facts == 11


@pytest.mark.parametrize(("code", "case"), _cases())
def test_rule_case(tmp_path: Path, code: str, case: dict[str, Any]) -> None:
    report = validate(make_corpus(tmp_path, case))
    expected = sorted(
        ({"code": code, "source": e.get("source"), "dataset": e.get("dataset")} for e in case["expect"]),
        key=lambda row: (row["source"] or "", row["dataset"] or ""),
    )
    assert flatten(report.findings, code) == expected
    for name in case.get("also", []):  # other rules a case is allowed (and required) to trigger
        assert flatten(report.findings, name), f"expected {name} too"


@pytest.mark.parametrize("rule", all_rules(), ids=lambda rule: rule.code())
def test_every_rule_has_failing_and_passing_cases(rule: Any) -> None:
    fixture = RULES / f"{rule.code()}.yaml"
    assert fixture.is_file(), f"{rule.code()} has no fixture {fixture.name}"
    cases = yaml.safe_load(fixture.read_text(encoding="utf-8"))["cases"]
    assert any(case["expect"] for case in cases), "no failing case"
    assert any(not case["expect"] for case in cases), "no passing case"


@pytest.mark.parametrize("rule", all_rules(), ids=lambda rule: rule.code())
def test_every_rule_is_documented(rule: Any) -> None:
    assert rule.summary().endswith(".")
    explanation = rule.explanation()
    assert "**Fails**" in explanation and "**Passes**" in explanation


def test_base_fixture_is_where_cases_expect() -> None:
    # The cases name dataset lines of the base; this pins the two that most depend on its layout.
    lines = (BASE / "data" / "example.yaml").read_text(encoding="utf-8").splitlines()
    assert lines[28] == "    value: 34.2" and lines[135].startswith("  - {kind: change")


def test_the_reader_names_units_by_the_repository_s_own_catalogue(tmp_path: Path) -> None:
    """P108 reads the unit words of the units.yaml beside the datasets, not the packaged one's."""
    assert flatten(validate(make_corpus(tmp_path / "packaged", {})).findings, "P108") == []
    units = (Path(__file__).resolve().parents[1] / "schemas" / "units.yaml").read_text(encoding="utf-8")
    assert "  hints: [张, beds, bed]\n" in units
    # This repository's 张 names sheets, not beds: the three facts of beds on that line disagree.
    own = units.replace("  hints: [张, beds, bed]\n", "  hints: [beds, bed]\n")
    own += "sheet:\n  kind: count\n  label_en: sheets\n  label_zh: 张\n  hints: [张]\n"
    root = make_corpus(tmp_path / "own", {"write": {"schemas/units.yaml": own}})
    assert flatten(validate(root).findings, "P108") == [
        {"code": "P108", "source": "seeds/example.txt:6", "dataset": f"data/example.yaml:{line}"}
        for line in (107, 118, 96)
    ]


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        (
            "indicator: beds_added",
            "indicator: beds_addd",
            "expected an indicator from schemas/indicators.yaml, got 'beds_addd'; did you mean 'beds_added'?",
        ),
        (
            "value: 3000\n    unit: bed\n",
            "value: 3000\n    unit: beds\n",
            "expected a unit from schemas/units.yaml, got 'beds'; did you mean 'bed'?",
        ),
        ("indicator: beds_added", "indicator: quite_another_thing", "got 'quite_another_thing'"),
    ],
)
def test_a_misspelt_name_of_a_catalogue_is_told_the_closest(tmp_path: Path, old: str, new: str, says: str) -> None:
    root = make_corpus(tmp_path, {"edits": [{"file": "data/example.yaml", "old": old, "new": new}]})
    messages = [f.message for f in validate(root).findings if f.code == "S105"]
    assert len(messages) == 1 and messages[0].endswith(says), messages
    assert ("did you mean" in messages[0]) is ("did you mean" in says)


@pytest.mark.parametrize(
    ("resave", "says"),
    [
        (lambda data: data.replace(b"\n", b"\r\n"), "; it has CRLF line ends: if an editor re-saved it"),
        (lambda data: b"\xef\xbb\xbf" + data, "; it has a byte-order mark: if an editor re-saved it"),
        (lambda data: b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n"), "; it has a byte-order mark and CRLF line ends:"),
        (lambda data: data.replace(b"5 other stories", b"6 other stories"), None),
    ],
)
def test_p103_names_what_an_editor_adds_when_it_resaves_a_seed(tmp_path: Path, resave: Any, says: str | None) -> None:
    root = make_corpus(tmp_path, {})
    seed = root / "seeds" / "example.txt"
    seed.write_bytes(resave(seed.read_bytes()))
    messages = [f.message for f in validate(root).findings if f.code == "P103"]
    assert len(messages) == 1
    assert (says in messages[0]) if says else ("re-saved" not in messages[0]), messages[0]


def test_a_duplicate_id_is_named_by_itself(tmp_path: Path) -> None:
    """S106 names the id used twice (a frame-wide check: pandera reports its row by the first column,
    the dataset's path, which the message once showed instead)."""
    root = make_corpus(tmp_path, {"edits": [{"file": "data/example.yaml", "old": "id: clinics", "new": "id: centres"}]})
    messages = [f.message for f in validate(root).findings if f.code == "S106"]
    assert messages == ["id 'centres' is used twice in this dataset"]


@pytest.mark.parametrize(
    ("path", "says"),
    [
        ("seeds/exampel.txt", "a dataset cites seeds/exampel.txt, which is missing (P102): if it meant this article"),
        ("seeds/other-report-2019.txt", "draft one with `factlint draft seeds/example.txt`"),
    ],
)
def test_an_article_a_dataset_misspells_is_not_told_to_be_drafted_again(tmp_path: Path, path: str, says: str) -> None:
    """K103 on an article whose dataset cites a missing path close to its name says to correct the path: a
    new draft (what it said before) would replace the curated dataset (a new user's trial)."""
    edit = {"file": "data/example.yaml", "old": "path: seeds/example.txt", "new": f"path: {path}"}
    findings = [f for f in validate(make_corpus(tmp_path, {"edits": [edit]})).findings if f.code == "K103"]
    assert [(f.source.path if f.source else None, says in f.message) for f in findings] == [("seeds/example.txt", True)]


def test_a_line_past_the_seeds_end_says_how_long_the_seed_is(tmp_path: Path) -> None:
    """P104 on a line the seed does not have says so, and points at its last line (a new user's trial saw
    ``seeds/x.txt:80:`` on a 25-line file, with only the body's range)."""
    edit = {"file": "data/example.yaml", "old": "  - id: clinics\n    line: 5", "new": "  - id: clinics\n    line: 80"}
    findings = [f for f in validate(make_corpus(tmp_path, {"edits": [edit]})).findings if f.code == "P104"]
    assert [(f.message, f.source.line if f.source else None) for f in findings] == [
        ("line 80 is past the end of seeds/example.txt (8 lines); the body is lines 4-7", 8)
    ]


def test_a_whole_number_beyond_64_bits_is_told_so(tmp_path: Path) -> None:
    big = "99999999999999999999999"
    root = make_corpus(
        tmp_path, {"edits": [{"file": "data/example.yaml", "old": "period: 2020\n", "new": f"period: {big}\n"}]}
    )
    messages = [f.message for f in validate(root).findings if f.code == "S104"]
    assert messages and all(m.endswith(f"got {big} (a whole number, but beyond 64 bits)") for m in messages), messages


def test_a_whole_number_of_more_digits_than_python_reads_is_a_finding_not_an_internal_error(tmp_path: Path) -> None:
    """Python refuses to read a whole number of more than 4,300 digits (ValueError): a new user's trial found
    that one such value stopped every command; it is read as infinite, and the schema says so."""
    big = "9" * 4301
    root = make_corpus(
        tmp_path, {"edits": [{"file": "data/example.yaml", "old": "period: 2020\n", "new": f"period: {big}\n"}]}
    )
    findings = [f for f in validate(root).findings if f.code == "S104"]
    assert [(f.fact, f.dataset.line if f.dataset else None) for f in findings] == [("example/literacy-2020", 21)]
    assert findings[0].message == "period: expected a whole number, got inf"


RANGE_ENDS = """  - id: coverage-2027-low
    line: 7
    quote: "coverage will reach {first}% to {second}%"
    indicator: coverage_rate
    value: {low}
    unit: percent
    qualifier: ge
    period: 2027
    status: target
    region: null
    note: null
  - id: coverage-2027-high
    line: 7
    quote: "coverage will reach {first}% to {second}%"
    indicator: coverage_rate
    value: {high}
    unit: percent
    qualifier: le
    period: 2027
    status: target
    region: null
    note: null
relations:
"""


@pytest.mark.parametrize(
    ("low", "high", "declared", "codes"),
    [
        (90, 95, True, set()),  # the README's convention: one indicator, a same relation
        (90, 95, False, {"C113"}),  # without it, one indicator with two figures
        (95, 90, True, {"C106"}),  # ends that cannot hold together (the quote's reading says so too: P107)
    ],
)
def test_the_two_ends_of_a_range_are_one_quantity(
    tmp_path: Path, low: int, high: int, declared: bool, codes: set[str]
) -> None:
    fact = (BASE / "data" / "example.yaml").read_text(encoding="utf-8")
    start, end = fact.index("  - id: coverage-2027\n"), fact.index("relations:\n") + len("relations:\n")
    same = "  - {kind: same, facts: [coverage-2027-low, coverage-2027-high]}\n" if declared else ""
    edits = [
        {
            "file": "seeds/example.txt",
            "old": "coverage will reach 95%",
            "new": f"coverage will reach {min(low, high)}% to {max(low, high)}%",
        },
        {
            "file": "data/example.yaml",
            "old": fact[start:end],
            "new": RANGE_ENDS.format(low=low, high=high, first=min(low, high), second=max(low, high)) + same,
        },
    ]
    findings = validate(make_corpus(tmp_path, {"edits": edits})).findings
    assert {f.code for f in findings if f.code in ("C106", "C113")} == codes
    if low < high:  # the quotes hold their values (P103: the seed was edited)
        assert not [f for f in findings if f.code.startswith("P") and f.code != "P103"]


def test_a_number_left_in_a_facts_quote_names_that_fact(tmp_path: Path) -> None:
    old = 'quote: "built 25 clinics"\n    indicator: clinics\n    value: 25\n'
    new = 'quote: "built 25 clinics and 71 health centres"\n    indicator: clinics\n    value: 71\n'
    root = make_corpus(tmp_path, {"edits": [{"file": "data/example.yaml", "old": old, "new": new}]})
    (finding,) = [f for f in validate(root).findings if f.code == "K101"]
    assert finding.message.endswith("it stands in the quote of example/clinics, whose value is 71")
    assert finding.fact is None  # an uncited number is no fact's finding: waivers and views go by the seed


def test_a_quote_typed_as_seen_over_an_invisible_character_is_told_where_it_matches(tmp_path: Path) -> None:
    """A zero-width space inside a seed's number (16\u200b.20%) is invisible: a quote typed as seen is
    on no line verbatim, and P105 says which line it matches once invisible characters are ignored (a
    new user's trial found only "it occurs nowhere in the seed")."""
    edit = {"file": "seeds/example.txt", "old": "从16.20%", "new": "从16\u200b.20%"}
    messages = [f.message for f in validate(make_corpus(tmp_path, {"edits": [edit]})).findings if f.code == "P105"]
    assert messages and "matches line 4 once" in messages[0] and "invisible characters" in messages[0], messages


def test_a_number_split_by_an_invisible_character_is_named_in_p106(tmp_path: Path) -> None:
    """A quote copied with the zero-width space inside its number (16\u200b.20%) is on its line, but
    the reader reads 16 and .20 apart: P106 names the invisible character and its column (a new user's
    trial saw only "read '16' …, '.20%'", with nothing to show why)."""
    edits = [
        {"file": "seeds/example.txt", "old": "从16.20%", "new": "从16\u200b.20%"},
        {"file": "data/example.yaml", "old": 'quote: "从16.20%"', "new": 'quote: "从16\u200b.20%"'},
    ]
    findings = [f for f in validate(make_corpus(tmp_path, {"edits": edits})).findings if f.code.startswith("P")]
    places = [
        (f.code, f.dataset.path, f.dataset.line, f.source.path, f.source.line) for f in findings if f.code != "P103"
    ]
    assert places == [("P106", "data/example.yaml", 18, "seeds/example.txt", 4)]
    (p106,) = [f for f in findings if f.code == "P106"]
    assert p106.message.endswith("splits what it prints: U+200B ZERO WIDTH SPACE at column 12"), p106.message


def _p106_outputs(root: Path) -> tuple[Finding, str, dict[str, Any], dict[str, Any]]:
    """The one P106 finding of the corpus at ``root``, and its text line, JSON finding and SARIF result."""
    report = validate(root)
    (p106,) = [f for f in report.findings if f.code == "P106"]
    (text,) = [line for line in formatter("text")(report).splitlines() if " P106 " in line]
    (as_json,) = [f for f in json.loads(formatter("json")(report))["findings"] if f["code"] == "P106"]
    (as_sarif,) = [r for r in json.loads(formatter("sarif")(report))["runs"][0]["results"] if r["ruleId"] == "P106"]
    return p106, text, as_json, as_sarif


def test_p106_places_what_it_read_at_the_seed_lines_column(tmp_path: Path) -> None:
    """A finding's column counts from the start of the seed line: P106's "at column" too, the place of
    the figure it read (34.20% of 提升至34.20%, line 4: the quote at column 16, the figure at 19), in
    the text, JSON and SARIF reports alike."""
    edit = {"file": "data/example.yaml", "old": "value: 34.2\n", "new": "value: 34.3\n"}
    p106, text, as_json, as_sarif = _p106_outputs(make_corpus(tmp_path, {"edits": [edit]}))
    assert (p106.source.path, p106.source.line, p106.source.column) == ("seeds/example.txt", 4, 16)
    assert (p106.dataset.path, p106.dataset.line) == ("data/example.yaml", 29)
    assert p106.message == "value 34.3 is not in the quote; read '34.20%' = 34.2 (eq) at column 19"
    assert text.startswith("seeds/example.txt:4:16: error P106 ") and "at column 19 [" in text
    assert as_json["source"]["column"] == 16 and as_json["message"].endswith("at column 19")
    assert "at column 19" in as_sarif["message"]["text"]


def test_p106_of_a_quote_off_its_line_names_no_column_of_the_quote(tmp_path: Path) -> None:
    """While the quote is not on its line (the line slipped, 4 → 5: P105), no column of that line holds
    the figure: P106 placed it "at column 4", its place inside the quote, which reads as a column of
    line 5 (a new user's trial). It says the character of the quote instead."""
    edits = [
        {"file": "data/example.yaml", "old": "value: 34.2\n", "new": "value: 34.3\n"},
        {
            "file": "data/example.yaml",
            "old": '    line: 4\n    quote: "提升至34.20%"',
            "new": '    line: 5\n    quote: "提升至34.20%"',
        },
    ]
    p106, text, as_json, as_sarif = _p106_outputs(make_corpus(tmp_path, {"edits": edits}))
    assert (p106.source.path, p106.source.line, p106.source.column) == ("seeds/example.txt", 5, None)
    assert (p106.dataset.path, p106.dataset.line) == ("data/example.yaml", 29)
    assert p106.message == "value 34.3 is not in the quote; read '34.20%' = 34.2 (eq) at character 4 of the quote"
    assert text.startswith("seeds/example.txt:5: error P106 ") and "column" not in text
    assert as_json["source"]["column"] is None and "column" not in as_json["message"]
    assert "column" not in as_sarif["message"]["text"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (57, "ignore text '5 other stories' names line 57, but seeds/example.txt has only 8 lines"),
        (7, "ignore text '5 other stories' does not occur on that line"),
        (8, None),
    ],
)
def test_k102_says_a_seed_ends_before_an_ignore_entrys_line(tmp_path: Path, line: int, message: str | None) -> None:
    """An ignore entry whose line is past the seed's end said its text "does not occur on that line"
    (a new user's trial: the seed has 20 lines, the entry says 57); it says the seed has only N lines,
    as P109 says it of a body. A line of the seed that lacks the text is still told so; one that holds
    it is no finding."""
    edits = [
        {
            "file": "data/example.yaml",
            "old": "ignore: []",
            "new": f"ignore:\n  - {{line: {line}, text: 5 other stories, reason: links}}",
        },
        {"file": "data/example.yaml", "old": "last: 7}", "new": "last: 8}"},
    ]
    findings = [f for f in validate(make_corpus(tmp_path, {"edits": edits})).findings if f.code == "K102"]
    places = [(f.source.path, f.source.line, f.dataset.path, f.dataset.line, f.message) for f in findings]
    assert places == ([("seeds/example.txt", line, "data/example.yaml", 142, message)] if message else [])


def test_a_seed_whose_lines_end_in_cr_alone_is_one_finding_that_names_the_cause(tmp_path: Path) -> None:
    """A seed saved with old Mac line ends (CR alone) is one line, as git counts lines: every fact's line
    past the first was wrong (P109, P105, K101, K102 by the dozen on a real article, none naming why). It
    is one P102 at the file that says the lines end in CR alone and to convert them to LF (P103 says
    the bytes changed, and names those ends)."""
    seed = (BASE / "seeds" / "example.txt").read_text(encoding="utf-8").replace("\n", "\r")
    findings = validate(make_corpus(tmp_path, {"write": {"seeds/example.txt": seed}})).findings
    places = sorted((f.code, f.source.path, f.source.line, f.dataset.path, f.dataset.line) for f in findings)
    assert places == [
        ("P102", "seeds/example.txt", None, "data/example.yaml", 4),
        ("P103", "seeds/example.txt", None, "data/example.yaml", 5),
    ]
    p102, p103 = sorted(findings, key=lambda f: f.code)
    assert "its lines end in CR alone" in p102.message and "convert them to LF" in p102.message, p102.message
    assert p103.message.endswith("it has line ends of CR alone: if an editor re-saved it, restore the article's bytes")


def test_a_seed_with_crlf_and_lf_ends_mixed_is_read_as_before(tmp_path: Path) -> None:
    seed = (BASE / "seeds" / "example.txt").read_text(encoding="utf-8").replace("\n", "\r\n", 3)
    findings = validate(make_corpus(tmp_path, {"write": {"seeds/example.txt": seed}})).findings
    assert [(f.code, f.source.path) for f in findings] == [("P103", "seeds/example.txt")]
    assert findings[0].message.endswith("it has CRLF line ends: if an editor re-saved it, restore the article's bytes")


def test_a_dataset_whose_lines_end_in_cr_alone_is_one_finding_at_the_file(tmp_path: Path) -> None:
    """A dataset saved with CR alone parses (YAML breaks lines on CR too), but its lines, counted on LF as
    git and editors count them, are one: every finding was on line 1. It is refused, once, at the file,
    saying why; its seed is still its own (no K103)."""
    dataset = (BASE / "data" / "example.yaml").read_text(encoding="utf-8").replace("\n", "\r")
    mistyped = dataset.replace("value: 34.2\r", "value: 34.3\r")  # a P106 it would have put on line 1
    root = make_corpus(tmp_path, {"write": {"data/example.yaml": mistyped}})
    findings = validate(root).findings
    assert [(f.code, f.source, f.dataset.path, f.dataset.line, f.dataset.column) for f in findings] == [
        ("P100", None, "data/example.yaml", None, None)
    ]
    assert "its lines end in CR alone" in findings[0].message and "convert them to LF" in findings[0].message


def test_a_number_left_uncited_by_a_slipped_line_names_the_fact_whose_quote_holds_it(tmp_path: Path) -> None:
    """A fact's line slips (4 → 5): P105 reports the fact, and the number its quote holds on line 4 is
    cited by nobody. K101 says whose quote stands over it and points at that fact's line, so the two
    findings read as one slip (a new user's trial found the K101 alone, first, with nothing to link it)."""
    edit = {
        "file": "data/example.yaml",
        "old": '    line: 4\n    quote: "从16.20%"',
        "new": '    line: 5\n    quote: "从16.20%"',
    }
    findings = validate(make_corpus(tmp_path, {"edits": [edit]})).findings
    (k101,) = [f for f in findings if f.code == "K101"]
    assert (k101.source.path, k101.source.line, k101.dataset.path, k101.dataset.line) == (
        "seeds/example.txt",
        4,
        "data/example.yaml",
        15,
    )
    assert k101.message.endswith(
        "it stands in the quote of example/literacy-2020, which cites line 5 (is that fact's line wrong?)"
    )
    assert [(f.code, f.source.line) for f in findings if f.code == "P105"] == [("P105", 5)]


@pytest.mark.parametrize(
    ("printed", "value", "fails"),
    [
        ("4,294,967,297", 4294967297, False),
        ("4,294,967,297", 4294967299, True),  # two off: inside a slack of 1e-9 of the value (4.3)
        ("1,234,567,890,123", 1234567890123, False),
        ("1,234,567,890,123", 1234567890999, True),
        ("2.1亿", 210000000, False),
        ("2.1亿", 210000001, True),
    ],
)
def test_a_large_figure_is_held_to_its_printed_rounding(tmp_path: Path, printed: str, value: int, fails: bool) -> None:
    """A figure's value must lie in what the printed digits stand for, however large: ±0.5 for a whole
    number. The float slack was relative to the value (1e-9 of it), wider than that past 5e8, so a
    mistyped 10-digit figure passed (a new user's trial: 4294967299 for 4,294,967,297)."""
    edits = [
        {"file": "seeds/example.txt", "old": "built 25 clinics", "new": f"built {printed} clinics"},
        {"file": "data/example.yaml", "old": 'quote: "built 25 clinics"', "new": f'quote: "built {printed} clinics"'},
        {
            "file": "data/example.yaml",
            "old": "    indicator: clinics\n    value: 25\n",
            "new": f"    indicator: clinics\n    value: {value}\n",
        },
    ]
    findings = validate(make_corpus(tmp_path, {"edits": edits})).findings
    p106 = [(f.code, f.dataset.path, f.dataset.line) for f in findings if f.code == "P106"]
    assert p106 == ([("P106", "data/example.yaml", 51)] if fails else [])
