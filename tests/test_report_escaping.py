"""A hostile id or message cannot forge a finding or hide text in any report (issue 12).

A newline, an ANSI escape, a bidi override or a lone surrogate (a file name that is not UTF-8) in
what a dataset says is shown escaped, and each format still parses as its consumer parses it."""

from __future__ import annotations

import shutil
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
