"""A hostile id or message cannot forge a finding or hide text in any report (issue 12).

A newline, an ANSI escape, a bidi override or a lone surrogate (a file name that is not UTF-8) in
what a dataset says is shown escaped, and each format still parses as its consumer parses it."""

from __future__ import annotations

import dataclasses
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from checks.findings import Finding, Location, Report, Severity
from checks.formats import formatter
from checks.formats.escape import visible
from tests.fuzz import reports
from tests.fuzz.oracle import call

HOSTILE = [
    "first\nseeds/example.txt:1:1: error P999 forged",
    "%0A::error file=x::forged",
    "\x1b[2J\x1b[31mred\x1b[0m",
    "\u202eexe.txt\u202c and \u2066isolate\u2069",
    "line\u2028separator\x85next",
    "nul\x00bell\x07",
    "not utf-8 \udcff",
]


def report_of(text: str) -> Report:
    finding = Finding(
        "C101",
        Severity.ERROR,
        f"sum {text} differs",
        fact=f"slug/{text}",
        source=Location(f"seeds/{text}.txt", 3, 1),
        dataset=Location(f"data/{text}.yaml", 7, 5),
        acknowledged=None,
    )
    return Report(findings=(finding,), facts=1, datasets=1, dataset_paths=(f"data/{text}.yaml",))


@pytest.mark.parametrize("text", HOSTILE)
def test_visible_escapes_everything_that_forges_or_hides(text: str) -> None:
    shown = visible(text)
    assert reports.HIDDEN.search(shown) is None and "\n" not in shown
    shown.encode("utf-8")  # a lone surrogate is escaped too: the report can be written
    assert visible("plain 中文 text, 100%: fine\t") == "plain 中文 text, 100%: fine\t"


@pytest.mark.parametrize("text", HOSTILE)
def test_text_format_is_one_line_per_finding_with_nothing_hidden(text: str) -> None:
    out = formatter("text")(report_of(text))
    assert reports.check_text(out, 1) == []
    out.encode("utf-8")


@pytest.mark.parametrize("text", HOSTILE)
def test_github_annotations_cannot_be_forged_or_recoloured(text: str) -> None:
    out = formatter("github")(report_of(text))
    assert reports.check_github(out) == []
    assert len(out.splitlines()) == 2  # the annotation and the closing count
    out.encode("utf-8")


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("name", ["markdown", "html", "junit", "json", "sarif"])
def test_other_formats_parse_and_encode(text: str, name: str) -> None:
    out = formatter(name)(report_of(text))
    out.encode("utf-8")
    check = {
        "markdown": reports.check_markdown,
        "html": reports.check_html,
        "junit": reports.check_junit,
        "json": lambda t: reports.check_json(t)[0],
        "sarif": reports.check_sarif,
    }[name]
    assert check(out) == []
    if name in ("markdown", "html", "junit"):
        assert not any(char in out for char in "\x1b\u202e\u2066\x85\x00"), "a control character reached a page"


def test_a_hostile_id_in_a_dataset_forges_no_finding_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    root = tmp_path / "repo"
    shutil.copytree(Path(__file__).parent / "fixtures" / "base", root)
    dataset = root / "data" / "example.yaml"
    forged = '"x\\nseeds/example.txt:4:1: error P106 forged\\e[2K"'
    dataset.write_text(
        dataset.read_text().replace("id: clinics\n", f"id: {forged}\n").replace("value: 25\n", "value: 26\n")
    )
    result = call(root, "validate", "--format", "text")
    lines = result.stdout.splitlines()
    assert result.code == 1
    assert not any(line.startswith("seeds/example.txt:4:1: error P106 forged") for line in lines)
    assert any("\\x0aseeds/example.txt:4:1: error P106 forged\\x1b[2K" in line for line in lines)


@pytest.mark.parametrize("odd_id", ["[1, 2]", "{a: {b: 1}}", "null", "12"])
def test_a_fact_whose_id_is_not_text_is_still_drawn_in_html(tmp_path: Path, odd_id: str) -> None:
    root = tmp_path / "repo"
    shutil.copytree(Path(__file__).parent / "fixtures" / "base", root)
    dataset = root / "data" / "example.yaml"
    dataset.write_text(dataset.read_text().replace("id: clinics\n", f"id: {odd_id}\n"))
    result = call(root, "validate", "--format", "html", "--no-cache")
    assert result.code == 1, result.stderr
    assert reports.check_html(result.stdout) == []
    assert "(a fact without a valid id)" in result.stdout


EVIL = "data/evil\x1b[31mred\n::error file=x::forged.yaml"


@pytest.mark.parametrize("name", ["markdown", "junit"])
def test_a_line_break_in_a_file_name_is_escaped_as_the_text_format_escapes_it(tmp_path: Path, name: str) -> None:
    """Markdown wrote a real <br> and JUnit an &#10; (a newline once parsed) for a file name's line
    break; the text and GitHub formats show \\x0a, and so do they now."""
    root = tmp_path / "repo"
    shutil.copytree(Path(__file__).parent / "fixtures" / "base", root)
    (root / EVIL).write_text("facts: [\n", encoding="utf-8")  # P100 at the file itself
    shown = visible(EVIL)
    assert shown == "data/evil\\x1b[31mred\\x0a::error file=x::forged.yaml"
    text = call(root, "validate", "--format", "text", "--no-cache")
    assert f"{shown}:2:1: error P100 " in text.stdout
    result = call(root, "validate", "--format", name, "--no-cache")
    assert result.code == 1, result.stderr
    if name == "markdown":
        [row] = [line for line in result.stdout.splitlines() if "P100" in line]
        assert row.startswith("| data/evil\\x1b\\[31mred\\x0a::error file=x::forged.yaml:2:1 | P100 | error | "), row
        assert "<br>" not in row and "&#10;" not in result.stdout
    else:
        suites = ET.fromstring(result.stdout.encode("utf-8"))
        [case] = [c for c in suites.iter("testcase") if c.get("file", "").startswith("data/evil")]
        assert case.get("file") == shown and case.get("line") == "2"
        [suite] = [s for s in suites.iter("testsuite") if s.find("testcase") is case]
        assert suite.get("name") == shown
        failure = case.find("failure")
        assert failure is not None and failure.text is not None
        assert failure.text.startswith(f"{shown}:2:1: error P100 ")
        for element in suites.iter():
            assert not any("\n" in value for value in element.attrib.values()), element.attrib
        assert "::error file=x::forged.yaml" not in [line.strip() for line in failure.text.splitlines()]


def test_an_acknowledged_reason_keeps_its_lines_in_markdown_and_junit() -> None:
    finding = Finding("P107", Severity.ERROR, "qualifier\nforged", fact="d/f", dataset=Location("data/d.yaml", 3, 1))
    acknowledged = Report(
        findings=(dataclasses.replace(finding, acknowledged="first line\nsecond line"),),
        facts=1,
        datasets=1,
        dataset_paths=("data/d.yaml",),
    )
    md = formatter("markdown")(acknowledged)
    assert "qualifier\\x0aforged (fact d/f)<br>acknowledged: first line<br>second line |" in md
    junit = ET.fromstring(formatter("junit")(acknowledged).encode("utf-8"))
    skipped = next(junit.iter("skipped"))
    assert skipped.get("message") == "acknowledged error: first line\\x0asecond line"
    assert skipped.text is not None and skipped.text.endswith("reason: first line\nsecond line")
    assert "qualifier\\x0aforged" in skipped.text
