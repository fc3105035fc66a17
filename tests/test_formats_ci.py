"""The CI-facing formats (SARIF, JUnit, GitHub commands, Markdown) and the CI configuration."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, ClassVar

import jsonschema
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.findings import Finding, Location, Related, Report, Severity
from checks.formats.github import ANNOTATIONS_PER_KIND, escape_data, escape_property, format_github
from checks.formats.junit import format_junit
from checks.formats.markdown import SUMMARY_LIMIT, escape_cell, format_markdown
from checks.formats.sarif import FINGERPRINT_KEY, format_sarif
from checks.rules import Rule

ROOT = Path(__file__).resolve().parents[1]
SARIF_SCHEMA = json.loads((ROOT / "tests" / "vendor" / "sarif-schema-2.1.0.json").read_text("utf-8"))
DATASET = "data/zhengzhou-2026.yaml"
SEED = "seeds/004_f3394bd76fe2dc9a.txt"


def finding(
    code: str = "C101",
    severity: Severity = Severity.ERROR,
    message: str = "sum of parts 18 ≠ total 22",
    fact: str | None = "zhengzhou-2026/beds-total",
    seed_line: int | None = 15,
    dataset_line: int | None = 41,
    **changes: object,
) -> Finding:
    fields: dict[str, Any] = {
        "source": Location(SEED, seed_line, 88, 93) if seed_line is not None else None,
        "dataset": Location(DATASET, dataset_line, 5) if dataset_line is not None else None,
        **changes,
    }
    return Finding(code=code, severity=severity, message=message, fact=fact, **fields)


def report(*findings: Finding, datasets: tuple[str, ...] = (DATASET,)) -> Report:
    return Report(findings=findings, facts=12, datasets=len(datasets), dataset_paths=datasets)


MIXED = report(
    finding(
        related=(Related(Location(DATASET, 44, 5), "part beds-a"), Related(Location(SEED, 16, 3))),
    ),
    finding("C102", Severity.WARNING, "part > whole", fact="zhengzhou-2026/x", dataset_line=50),
    finding("K001", Severity.INFO, "number 3.5 not cited", fact=None, dataset_line=None),
    finding("C105", acknowledged="the article itself says 22; see note", dataset_line=60),
    finding(
        "P001",
        message="YAML syntax error: mapping values are not allowed",
        fact=None,
        seed_line=None,
        dataset_line=3,
    ),
    finding(
        "S999",
        message="configuration could not be read",
        fact=None,
        seed_line=None,
        dataset_line=None,
    ),
    finding(
        "P002",
        message="seed missing",
        fact=None,
        seed_line=None,
        dataset=Location("data/数据 集,2026.yaml", None),
    ),
)


class Rule_T001(Rule):
    """Fake rule for descriptor tests.

    Fails: a fact that says 18. Passes: a fact that says 22.
    """


class Rule_T002(Rule):
    """Another fake rule, a warning."""

    severity: ClassVar[Severity] = Severity.WARNING


@pytest.fixture
def fake_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    import checks.rules

    monkeypatch.setattr(checks.rules, "all_rules", lambda: (Rule_T001, Rule_T002))


# SARIF -----------------------------------------------------------------------------------------


def sarif(rep: Report) -> dict[str, Any]:
    log: dict[str, Any] = json.loads(format_sarif(rep))
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    return log


def test_sarif_is_valid_against_the_official_schema() -> None:
    log = sarif(MIXED)
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-schema-2.1.0.json")
    assert len(log["runs"]) == 1
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["tool"]["driver"]["name"] == "factlint"
    assert len(run["results"]) == len(MIXED.findings)


def test_sarif_of_an_empty_report_is_valid() -> None:
    assert sarif(report())["runs"][0]["results"] == []


def test_sarif_rules_come_from_the_registry_and_from_unknown_codes(fake_rules: None) -> None:
    rules = sarif(report(finding("Z999", Severity.WARNING)))["runs"][0]["tool"]["driver"]["rules"]
    by_id = {rule["id"]: rule for rule in rules}
    assert list(by_id) == ["T001", "T002", "Z999"]
    assert by_id["T001"]["shortDescription"]["text"] == "Fake rule for descriptor tests."
    assert by_id["T001"]["fullDescription"]["text"].startswith("Fails: a fact that says 18.")
    assert by_id["T001"]["defaultConfiguration"]["level"] == "error"
    assert by_id["T002"]["fullDescription"]["text"] == "Another fake rule, a warning."
    assert by_id["T002"]["defaultConfiguration"]["level"] == "warning"
    assert by_id["Z999"]["defaultConfiguration"]["level"] == "warning"


def test_sarif_lists_every_registered_rule() -> None:
    from checks.rules import all_rules

    rules = sarif(MIXED)["runs"][0]["tool"]["driver"]["rules"]
    ids = [rule["id"] for rule in rules]
    assert {rule.code() for rule in all_rules()} | {f.code for f in MIXED.findings} == set(ids)
    assert len(ids) == len(set(ids))


def by_rule(run: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {result["ruleId"]: result for result in run["results"]}


def test_sarif_results_point_at_the_dataset_line_with_the_seed_line_related() -> None:
    run = sarif(MIXED)["runs"][0]
    assert [r["ruleId"] for r in run["results"]] == [
        "S999",
        "P001",
        "C101",
        "C102",
        "C105",
        "P002",
        "K001",
    ]
    rules = run["tool"]["driver"]["rules"]
    first = by_rule(run)["C101"]
    assert rules[first["ruleIndex"]]["id"] == first["ruleId"] == "C101"
    assert first["level"] == "error"
    # Code scanning shows related locations only when the message links them by id.
    assert first["message"]["text"] == (
        "sum of parts 18 ≠ total 22; see [claim of fact zhengzhou-2026/beds-total in the article](1), "
        f"[part beds-a](2), [{SEED}:16:3](3)"
    )
    physical = first["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"] == {"uri": DATASET, "uriBaseId": "%SRCROOT%"}
    # No file text in this report: the region cannot run to the end of the line.
    assert physical["region"] == {"startLine": 41, "startColumn": 5, "endLine": 41}
    related = first["relatedLocations"]
    assert [r["physicalLocation"]["region"]["startLine"] for r in related] == [15, 44, 16]
    assert related[0]["physicalLocation"]["artifactLocation"]["uri"] == SEED
    assert related[0]["physicalLocation"]["region"] == {
        "startLine": 15,
        "startColumn": 88,
        "endLine": 15,
        "endColumn": 93,
    }
    assert "zhengzhou-2026/beds-total" in related[0]["message"]["text"]
    assert related[1]["message"]["text"] == "part beds-a"
    assert [r["id"] for r in related] == [1, 2, 3]
    assert first["properties"] == {"fact": "zhengzhou-2026/beds-total", "severity": "error"}


def test_sarif_levels_suppressions_and_fallback_locations() -> None:
    results = by_rule(sarif(MIXED)["runs"][0])
    assert results["C102"]["level"] == "warning" and results["K001"]["level"] == "note"
    assert results["C105"]["suppressions"] == [
        {"kind": "inSource", "justification": "the article itself says 22; see note"}
    ]
    # Acknowledged: not an error for a consumer that ignores suppressions; the rule's severity kept.
    assert results["C105"]["level"] == "note" and results["C105"]["properties"]["severity"] == "error"
    assert "suppressions" not in results["C101"]
    # No dataset line: the seed line is the result's location, and not repeated as related.
    seed_only = results["K001"]
    assert seed_only["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == SEED
    assert "relatedLocations" not in seed_only
    assert "locations" not in results["S999"]
    # No line at all: GitHub needs a startLine, so the file's first line; the URI is encoded.
    missing = results["P002"]["locations"][0]["physicalLocation"]
    assert missing["region"] == {"startLine": 1}
    assert missing["artifactLocation"]["uri"] == "data/%E6%95%B0%E6%8D%AE%20%E9%9B%86%2C2026.yaml"


def test_sarif_is_deterministic_whatever_the_order_of_findings() -> None:
    shuffled = dataclasses.replace(MIXED, findings=tuple(reversed(MIXED.findings)))
    assert format_sarif(MIXED) == format_sarif(MIXED) == format_sarif(shuffled)


def shifted(f: Finding, lines: int) -> Finding:
    def move(where: Location | None) -> Location | None:
        return dataclasses.replace(where, line=where.line + lines) if where and where.line else where

    return dataclasses.replace(f, source=move(f.source), dataset=move(f.dataset))


def fingerprints(rep: Report) -> dict[str, str]:
    return {r["ruleId"]: r["partialFingerprints"][FINGERPRINT_KEY] for r in sarif(rep)["runs"][0]["results"]}


def test_sarif_fingerprints_survive_a_shift_by_one_line() -> None:
    moved = dataclasses.replace(MIXED, findings=tuple(shifted(f, 1) for f in MIXED.findings))
    assert format_sarif(moved) != format_sarif(MIXED)
    assert fingerprints(moved) == fingerprints(MIXED)


def test_sarif_fingerprints_tell_findings_apart() -> None:
    other_fact = finding(fact="zhengzhou-2026/beds-other")
    other_message = finding(message="sum of parts 19 ≠ total 22")
    twice = finding(dataset_line=90)  # same code, fact, file and message: numbered, not merged
    results = sarif(report(finding(), other_fact, other_message, twice))["runs"][0]["results"]
    prints = [r["partialFingerprints"][FINGERPRINT_KEY] for r in results]
    assert len(set(prints)) == 4


# GitHub workflow commands ----------------------------------------------------------------------

COMMAND = re.compile(r"^::(?P<command>[a-z]+)(?: (?P<properties>[^:]*))?::(?P<data>.*)$")


def unescape_data(text: str) -> str:
    return re.sub("%(25|0D|0A)", lambda m: {"25": "%", "0D": "\r", "0A": "\n"}[m[1]], text)


def unescape_property(text: str) -> str:
    codes = {"25": "%", "0D": "\r", "0A": "\n", "3A": ":", "2C": ","}
    return re.sub("%(25|0D|0A|3A|2C)", lambda m: codes[m[1]], text)


def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    """Reads a workflow command back the way the Actions runner does."""
    match = COMMAND.match(line)
    assert match, line
    properties = {}
    for pair in filter(None, (match["properties"] or "").split(",")):
        key, _, value = pair.partition("=")
        properties[key] = unescape_property(value)
    return match["command"], properties, unescape_data(match["data"])


def read_annotations(output: str) -> list[tuple[str, dict[str, str], str]]:
    # The runner splits a step's output on newlines only (not on U+2028, U+0085…).
    return [parse_command(line) for line in output.split("\n") if line.startswith("::")]


def test_github_annotates_the_dataset_line_and_names_the_seed_line() -> None:
    found = read_annotations(format_github(MIXED))
    assert [props["title"].split()[1] for _, props, _ in found] == [
        "S999",
        "P001",
        "C101",
        "P002",
        "C102",
        "K001",
        "C105",
    ]
    command, properties, message = found[2]
    assert command == "error"
    assert properties == {
        "file": DATASET,
        "line": "41",
        "col": "5",
        "title": "factlint C101 (zhengzhou-2026/beds-total)",
    }
    assert message.splitlines()[0] == "sum of parts 18 ≠ total 22"
    assert f"claim: {SEED}:15:88" in message
    assert f"{DATASET}:44:5: part beds-a" in message


def test_github_message_and_properties_round_trip() -> None:
    tricky = "100% of 3,5: done\nsecond line\r\nthird %0A literal"
    f = finding(message=tricky, fact="slug/a,b:c", dataset=Location("data/a,b:c.yaml", 7, 2))
    line = format_github(report(f)).split("\n")[0]
    assert "\n" not in line and "\r" not in line
    _, properties, message = parse_command(line)
    assert message.splitlines()[0] == "100% of 3,5: done"
    assert message.startswith(tricky + "\n")
    assert properties["file"] == "data/a,b:c.yaml"
    assert properties["title"] == "factlint C101 (slug/a,b:c)"


@settings(max_examples=200)
@given(st.text())
def test_github_escaping_round_trips_any_text(text: str) -> None:
    assert unescape_data(escape_data(text)) == text
    assert unescape_property(escape_property(text)) == text
    assert not set(escape_property(text)) & set(",:\r\n")
    assert not set(escape_data(text)) & set("\r\n")


def test_github_severities_map_to_commands() -> None:
    found = read_annotations(format_github(MIXED))
    commands = {props["title"].split()[1]: command for command, props, _ in found}
    assert commands["C101"] == "error" and commands["C102"] == "warning" and commands["K001"] == "notice"
    assert commands["C105"] == "notice"  # acknowledged: shown, not failing
    assert commands["S999"] == "error"


def test_github_annotation_without_location_or_line() -> None:
    found = read_annotations(format_github(MIXED))
    parsed = {props["title"].split()[1]: props for _, props, _ in found}
    assert parsed["S999"] == {"title": "factlint S999"}
    assert parsed["P002"] == {"file": "data/数据 集,2026.yaml", "title": "factlint P002"}
    assert parsed["K001"]["file"] == SEED  # no dataset line: the seed line


def test_github_caps_annotations_per_kind_and_counts_the_rest() -> None:
    many = [finding(message=f"error {n}", dataset_line=n) for n in range(1, 16)]
    many += [finding("C102", Severity.WARNING, f"warning {n}", dataset_line=n) for n in range(1, 13)]
    many += [finding("K001", Severity.INFO, f"info {n}", dataset_line=n) for n in range(1, 4)]
    output = format_github(report(*many))
    kinds = [command for command, _, _ in read_annotations(output)]
    assert kinds.count("error") == kinds.count("warning") == ANNOTATIONS_PER_KIND == 10
    assert kinds.count("notice") == 3
    plain = [line for line in output.splitlines() if not line.startswith("::")]
    assert plain[0] == (
        "factlint: 7 more findings not annotated (5 errors, 2 warnings); run `factlint validate` to list them all"
    )
    # With the run's other reports, it names them: where every finding is.
    companions = (("github", "-"), ("markdown", "the job summary"), ("sarif", "factlint.sarif"))
    with_reports = format_github(dataclasses.replace(report(*many), companions=companions))
    assert next(line for line in with_reports.splitlines() if not line.startswith("::")) == (
        "factlint: 7 more findings not annotated (5 errors, 2 warnings); "
        "every finding is in the job summary and factlint.sarif"
    )
    assert plain[-1].startswith("factlint: 15 errors, 12 warnings, 3 infos, 0 acknowledged")
    # The first ten by position are the ones shown.
    shown = [message for command, _, message in read_annotations(output) if command == "error"]
    assert shown == [f"error {n}\nclaim: {SEED}:15:88" for n in range(1, 11)]


# JUnit XML -------------------------------------------------------------------------------------

OTHER = "data/beijing-2025.yaml"


def junit_report() -> Report:
    return report(
        finding(),
        finding("C102", Severity.WARNING, "part > whole", dataset_line=50),
        finding("C105", acknowledged="the source's own error", dataset=Location(OTHER, 9, 3)),
        finding(
            "K001",
            Severity.INFO,
            "uncited <number> & \x00\x1b control",
            fact=None,
            dataset_line=None,
        ),
        datasets=(DATASET, OTHER, "data/clean.yaml"),
    )


def test_junit_has_a_case_per_finding_with_file_and_line() -> None:
    root = ET.fromstring(format_junit(junit_report()))
    assert root.tag == "testsuites"
    counts = ("tests", "failures", "errors", "skipped")
    assert tuple(root.get(k) for k in counts) == ("5", "1", "0", "1")
    suites = {suite.get("name"): suite for suite in root.iter("testsuite")}
    assert list(suites) == ["data/beijing-2025.yaml", "data/clean.yaml", DATASET, SEED]
    assert tuple(suites[DATASET].get(k) for k in counts) == ("2", "1", "0", "0")
    error, warning = suites[DATASET].findall("testcase")
    assert error.attrib == {"classname": DATASET, "name": "C101 beds-total", "file": DATASET, "line": "41"}
    failure = error.find("failure")
    assert failure is not None and failure.attrib == {"message": "sum of parts 18 ≠ total 22", "type": "C101"}
    assert (failure.text or "").splitlines() == [
        f"{DATASET}:41:5: error C101 sum of parts 18 ≠ total 22",
        f"claim at {SEED}:15:88",
        "fact zhengzhou-2026/beds-total",
    ]
    assert warning.find("failure") is None and warning.get("line") == "50"
    assert (warning.findtext("system-out") or "").startswith(f"{DATASET}:50:5: warning C102 part > whole")
    # An acknowledged error does not fail; it is reported as skipped, with its reason.
    [waived] = suites[OTHER].findall("testcase")
    skipped = waived.find("skipped")
    assert waived.find("failure") is None and skipped is not None
    assert skipped.get("message") == "acknowledged error: the source's own error"
    assert "reason: the source's own error" in (skipped.text or "")
    # A clean dataset is one passing case; a seed-only finding has a suite of its own file.
    [clean] = suites["data/clean.yaml"].findall("testcase")
    assert clean.get("name") == "every rule passes" and clean.find("failure") is None
    [uncited] = suites[SEED].findall("testcase")
    assert (uncited.get("file"), uncited.get("line")) == (SEED, "15")
    assert (uncited.findtext("system-out") or "").startswith(f"{SEED}:15:88: info K001 uncited <number> & ")


def test_junit_parses_with_junitparser(tmp_path: Path) -> None:
    junitparser = pytest.importorskip("junitparser")

    class Case(junitparser.TestCase):  # type: ignore[misc]
        file = junitparser.Attr()
        line = junitparser.IntAttr()

    path = tmp_path / "factlint.xml"
    path.write_text(format_junit(junit_report()), encoding="utf-8")
    xml = junitparser.JUnitXml.fromfile(str(path))
    cases = [Case.fromelem(case) for suite in xml for case in suite]
    assert len(cases) == 5
    failed = [case for case in cases if not case.is_passed and not case.is_skipped]
    assert [(case.name, case.file, case.line) for case in failed] == [("C101 beds-total", DATASET, 41)]
    assert "C101" in failed[0].result[0].text
    assert [case.name for case in cases if case.is_skipped] == ["C105 beds-total"]


def test_junit_of_an_empty_report() -> None:
    root = ET.fromstring(format_junit(report(datasets=())))
    assert root.get("tests") == "0" and root.find("testsuite") is not None


# Markdown --------------------------------------------------------------------------------------


def cells(row: str) -> list[str]:
    """The cells of a GFM table row: split on pipes that are not escaped."""
    assert row.startswith("| ") and row.endswith(" |")
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", row[2:-2])]


def table_rows(markdown: str, header: str) -> list[list[str]]:
    lines = markdown.split("\n")  # GFM ends lines at \n and \r only
    start = lines.index(header) + 2
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append(cells(line))
    return rows


def test_markdown_counts_table() -> None:
    md = format_markdown(MIXED)
    assert md.startswith("## factlint: ❌ 4 errors\n")
    counts = table_rows(md, "| errors | warnings | infos | acknowledged | facts | datasets |")
    assert counts == [["4", "1", "1", "1", "12", "1"]]


def test_markdown_findings_are_escaped_one_row_each() -> None:
    message = "a | b\nsecond *line* with <b>html</b> & `code` \\ end"
    md = format_markdown(report(finding(message=message), finding("C102", Severity.WARNING, "w")))
    rows = table_rows(md, "| location | code | severity | message |")
    assert len(rows) == 2
    location, code, severity, text = rows[0]
    assert (code, severity) == ("C101", "error")
    assert location == "data/zhengzhou-2026.yaml:41:5<br>seeds/004\\_f3394bd76fe2dc9a.txt:15:88"
    assert text == (
        # a line break is escaped as the text format escapes it: one line per finding
        "a \\| b\\x0asecond \\*line\\* with \\<b\\>html\\</b\\> &amp; \\`code\\` \\\\ end"
        " (fact zhengzhou-2026/beds-total)"
    )
    assert rows[1][2] == "warning"


def test_markdown_orders_failing_findings_first_and_marks_waivers() -> None:
    rows = table_rows(format_markdown(MIXED), "| location | code | severity | message |")
    assert [row[1] for row in rows] == ["S999", "P001", "C101", "P002", "C102", "K001", "C105"]
    assert [row[2] for row in rows] == ["error"] * 4 + ["warning", "info", "acknowledged error"]
    assert "acknowledged: the article itself says 22; see note" in rows[-1][3]


def test_markdown_lists_every_finding_up_to_githubs_size_limit() -> None:
    many = [finding(message=f"m{n}", dataset_line=n) for n in range(300)]
    md = format_markdown(report(*many))
    assert len(table_rows(md, "| location | code | severity | message |")) == 300  # no row cap
    # Past GitHub's 1 MiB, the rows stop and the summary says how many are elsewhere, and where.
    huge = [finding(message=f"{n} " + "x" * 3000, dataset_line=n) for n in range(400)]
    companions = (("markdown", "the job summary"), ("html", "factlint.html"), ("sarif", "factlint.sarif"))
    md = format_markdown(dataclasses.replace(report(*huge), companions=companions))
    assert len(md.encode("utf-8")) <= SUMMARY_LIMIT
    shown = len(table_rows(md, "| location | code | severity | message |"))
    assert 300 < shown < 400
    assert md.rstrip().endswith(
        f"**{400 - shown} more findings not listed here**: GitHub takes at most 1 MiB of step summary; "
        "every finding is in factlint.html and factlint.sarif."
    )


def test_markdown_without_findings() -> None:
    md = format_markdown(report())
    assert "✅ no errors or warnings" in md and "No findings." in md and "### Findings" not in md


@given(st.text())
def test_markdown_cell_never_breaks_the_row(text: str) -> None:
    cell = escape_cell(text)
    assert "\n" not in cell and "\r" not in cell
    assert re.search(r"(?<!\\)\|", cell) is None
    assert cells(f"| x | {cell} |") == ["x", cell.strip()]


# Every format on arbitrary findings ------------------------------------------------------------

locations = st.builds(
    Location,
    path=st.text(min_size=1, max_size=20),
    line=st.none() | st.integers(1, 10_000),
    column=st.none() | st.integers(1, 500),
    end_column=st.none() | st.integers(1, 600),
)
findings = st.builds(
    Finding,
    code=st.from_regex(r"[SPCKZ][0-9]{3}", fullmatch=True),
    severity=st.sampled_from(Severity),
    message=st.text(),
    fact=st.none() | st.text(min_size=1),
    source=st.none() | locations,
    dataset=st.none() | locations,
    related=st.lists(st.builds(Related, locations, st.text()), max_size=2).map(tuple),
    acknowledged=st.none() | st.text(),
)


@settings(max_examples=75, deadline=None)
@given(st.lists(findings, max_size=8))
def test_every_format_accepts_any_findings(found: list[Finding]) -> None:
    rep = Report(findings=tuple(found), facts=len(found), datasets=1, dataset_paths=("data/a.yaml",))
    log = sarif(rep)
    assert len(log["runs"][0]["results"]) == len(found)
    prints = [r["partialFingerprints"][FINGERPRINT_KEY] for r in log["runs"][0]["results"]]
    assert len(set(prints)) == len(prints)
    ET.fromstring(format_junit(rep))
    output = format_github(rep)
    assert len(read_annotations(output)) == len(found)  # fewer than the cap
    for line in output.rstrip("\n").split("\n"):
        assert line.startswith(("::error ", "::warning ", "::notice ", "factlint: "))
    md = format_markdown(rep)
    if found:
        assert len(table_rows(md, "| location | code | severity | message |")) == len(found)


# CI configuration ------------------------------------------------------------------------------

WORKFLOW = ROOT / ".github" / "workflows" / "validate.yml"


def tool(name: str) -> str | None:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


@pytest.mark.parametrize("schema", ["vendor.github-workflows", "custom.github-workflows-require-timeout"])
def test_workflow_is_valid_against_githubs_schema(schema: str) -> None:
    checker = tool("check-jsonschema")
    if checker is None:
        pytest.skip("check-jsonschema is not installed")
    run = subprocess.run(
        [checker, "--builtin-schema", schema, str(WORKFLOW)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_workflow_triggers_steps_and_pins() -> None:
    text = WORKFLOW.read_text("utf-8")
    workflow = yaml.safe_load(text)
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    watched = {
        "data/**",
        "seeds/**",
        "schemas/**",
        "checks/**",
        "tests/**",
        "noxfile.py",
        "pyproject.toml",
        "setup.py",  # the build: what an install compiles
        ".github/workflows/**",
        ".ci/**",
    }
    assert set(triggers["pull_request"]["paths"]) == set(triggers["push"]["paths"]) == watched
    job = workflow["jobs"]["validate"]
    assert job["permissions"]["security-events"] == "write"
    runs = [step.get("run", "") for step in job["steps"] if "run" in step]
    # The workflow runs what CI runs (.ci/run), asking for annotations and the full reports.
    assert runs == [
        'bash .ci/run --format github --sarif factlint.sarif --markdown "$GITHUB_STEP_SUMMARY" --html factlint.html'
    ]
    upload = next(step for step in job["steps"] if "upload-sarif" in step.get("uses", ""))
    assert upload["if"].startswith("always()") and upload["with"]["sarif_file"] == "factlint.sarif"
    artifact = next(step for step in job["steps"] if "upload-artifact" in step.get("uses", ""))
    assert artifact["if"].startswith("always()")
    assert artifact["with"]["path"].split() == ["factlint.sarif", "factlint.html"]
    uses = re.findall(r"uses: (\S+)(.*)", text)
    assert {ref.split("@")[0] for ref, _ in uses} == {
        "actions/checkout",
        "actions/setup-python",
        "github/codeql-action/upload-sarif",
        "actions/upload-artifact",
    }
    for ref, comment in uses:
        assert re.fullmatch(r"[\w./-]+@[0-9a-f]{40}", ref), ref
        assert re.fullmatch(r" # v\d+\.\d+\.\d+", comment), comment


def test_ci_script_passes_its_arguments_to_validate_and_requires_the_browser() -> None:
    script = (ROOT / ".ci" / "run").read_text("utf-8")
    assert script.startswith("#!/usr/bin/env bash\n") and "set -euo pipefail" in script
    assert "export FACTLINT_REQUIRE_BROWSER=1" in script and "export FACTLINT_SLOW=1" in script
    assert "apt-get install -y -qq chromium" in script
    assert script.rstrip().endswith('python3 -m nox -s tests\npython3 -m nox -s validate -- "$@"')


def test_pre_commit_hook_manifest() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert hooks == [
        {
            "id": "factlint",
            "name": "factlint validate",
            "description": hooks[0]["description"],
            "entry": "factlint validate",
            "language": "python",
            "files": hooks[0]["files"],  # which paths: tests/test_hook_files.py
            "pass_filenames": True,
            "require_serial": True,
        }
    ]
    for path in ("data/x.yaml", "seeds/004_x.txt", "schemas/units.yaml"):
        assert re.search(hooks[0]["files"], path)
    assert not re.search(hooks[0]["files"], "checks/data/x.py")


def test_pre_commit_config_hooks() -> None:
    """Local hooks that build their own environments (nothing on PATH), from pyproject's packages."""
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text("utf-8"))
    hooks = {hook["id"]: hook for repo in config["repos"] for hook in repo["hooks"]}
    assert {repo["repo"] for repo in config["repos"]} == {"local"}
    assert {hook["language"] for hook in hooks.values()} == {"python"}
    assert hooks["factlint"]["entry"] == "python -m checks.cli validate"
    # One hook: a commit touching data and schemas prints each finding once.
    for path in ("data/x.yaml", "seeds/x.txt", "schemas/units.yaml", "checks/rules/c101_sum.py"):
        assert re.search(hooks["factlint"]["files"], path)
    assert hooks["ruff"]["entry"] == "ruff check"
    workflows = hooks["check-github-workflows"]
    assert workflows["entry"] == "check-jsonschema --builtin-schema vendor.github-workflows"
    assert re.search(workflows["files"], ".github/workflows/validate.yml")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    extras = project["optional-dependencies"]
    assert hooks["factlint"]["additional_dependencies"] == project["dependencies"]
    assert hooks["ruff"]["additional_dependencies"] == [d for d in extras["lint"] if d.startswith("ruff")]
    assert workflows["additional_dependencies"] == [d for d in extras["test"] if d.startswith("check-jsonschema")]


@pytest.mark.parametrize(
    ("command", "path"),
    [
        ("validate-manifest", ".pre-commit-hooks.yaml"),
        ("validate-config", ".pre-commit-config.yaml"),
    ],
)
def test_pre_commit_accepts_its_files(command: str, path: str) -> None:
    pre_commit = tool("pre-commit")
    if pre_commit is None:
        pytest.skip("pre-commit is not installed")
    run = subprocess.run([pre_commit, command, str(ROOT / path)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
