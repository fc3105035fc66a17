"""No format drops a finding silently: every finding is in every full report, and a surface that
shows only some (GitHub's capped annotations, a step summary past 1 MiB) counts the rest and says
where they are. Runs over the formatter table, so a new format is held to it too."""

from __future__ import annotations

import dataclasses
import json
import re
import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from checks.findings import Finding, Location, Related, Report, Severity
from checks.formats import FORMATTERS, formatter
from checks.formats.markdown import format_markdown

CAPPED = {"github", "markdown"}

locations = st.builds(
    Location,
    path=st.sampled_from(["data/a.yaml", "data/b.yaml", "seeds/a.txt", "data/数据 [1].yaml"]),
    line=st.none() | st.integers(1, 400),
    column=st.none() | st.integers(1, 80),
    end_column=st.none() | st.integers(1, 90),
)


@st.composite
def reports(draw: st.DrawFn) -> Report:
    count = draw(st.integers(0, 45))
    findings = []
    for number in range(count):
        findings.append(
            Finding(
                code=draw(st.sampled_from(["C101", "P106", "K101", "Z999"])),
                severity=draw(st.sampled_from(Severity)),
                # A token no other finding's text contains, then text that must not hide it.
                message=f"finding{number:03d}x " + draw(st.text(max_size=20)),
                fact=draw(st.none() | st.sampled_from(["a/x", "b/y"])),
                source=draw(st.none() | locations),
                dataset=draw(st.none() | locations),
                related=tuple(draw(st.lists(st.builds(Related, locations, st.text(max_size=10)), max_size=2))),
                acknowledged=draw(st.none() | st.text(max_size=20)),
            )
        )
    companions = draw(st.sampled_from([(), (("markdown", "the job summary"), ("sarif", "factlint.sarif"))]))
    return Report(
        findings=tuple(findings),
        facts=count,
        datasets=2,
        dataset_paths=("data/a.yaml", "data/b.yaml"),
        companions=companions,
    )


def tokens(text: str) -> set[str]:
    return set(re.findall(r"finding\d{3}x", text))


def expected(report: Report) -> set[str]:
    return {f"finding{n:03d}x" for n in range(len(report.findings))}


def readable(name: str, output: str) -> str:
    """The output as its consumer reads it (decoded where the format encodes)."""
    if name in ("json", "sarif"):
        return json.dumps(json.loads(output), ensure_ascii=False)
    if name == "junit":
        return " ".join(ET.fromstring(output).itertext()) + " ".join(
            value for element in ET.fromstring(output).iter() for value in element.attrib.values()
        )
    return output


@settings(max_examples=60, deadline=None)
@given(reports())
def test_every_finding_is_in_every_full_report_and_capped_ones_say_where(report: Report) -> None:
    assert set(FORMATTERS) >= CAPPED | {"text", "json", "sarif", "junit", "html"}
    for name in FORMATTERS:
        output = formatter(name)(report)
        found = tokens(readable(name, output))
        if name not in CAPPED or found == expected(report):
            assert found == expected(report), name
            continue
        left = len(expected(report) - found)
        assert found < expected(report), name
        said = re.search(r"(\d+) more findings?", output)
        assert said is not None and int(said[1]) == left, (name, left)
        where = "every finding is in the job summary and factlint.sarif" if report.companions else "factlint validate"
        if name == "markdown":
            where = "every finding is in factlint.sarif" if report.companions else "factlint validate"
        assert where in output, name


def test_a_step_summary_past_githubs_limit_counts_the_rest() -> None:
    huge = tuple(
        Finding("C101", Severity.ERROR, f"finding{n:03d}x " + "y" * 4000, dataset=Location("data/a.yaml", n))
        for n in range(300)
    )
    report = Report(findings=huge, companions=(("markdown", "the job summary"), ("html", "factlint.html")))
    output = format_markdown(report)
    shown = tokens(output)
    assert 0 < len(shown) < 300
    assert f"**{300 - len(shown)} more findings not listed here**" in output
    assert "every finding is in factlint.html." in output
    assert tokens(formatter("html")(dataclasses.replace(report))) == expected(report)
