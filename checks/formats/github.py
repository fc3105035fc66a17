"""GitHub Actions workflow commands: one annotation per finding, on the dataset line.

A pull request's diff shows the YAML file, so that is where the annotation goes; the seed line
is named in the message. GitHub shows at most 10 annotations of each kind per step, so the rest
are counted in a plain line that says where every finding is: the run's other reports (the job
summary, the SARIF and HTML files the workflow uploads), or the command that lists them.
"""

from __future__ import annotations

from collections import Counter

from checks.findings import Finding, Report, Severity
from checks.formats._shared import edit_site, elsewhere, plural, shown_counts, urgency_order
from checks.formats.escape import visible

ANNOTATIONS_PER_KIND = 10
_SUMMARY_NOUNS = (("errors", "error"), ("warnings", "warning"), ("infos", "info"))
_KINDS = ("error", "warning", "notice")

COMMANDS: dict[Severity, str] = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "notice",
}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(report: Report) -> str:
    shown: Counter[str] = Counter()
    hidden: Counter[str] = Counter()
    lines = []
    for finding in sorted(report.findings, key=urgency_order):
        command = _command(finding)
        if shown[command] < ANNOTATIONS_PER_KIND:
            shown[command] += 1
            lines.append(_annotation(command, finding))
        else:
            hidden[command] += 1
    if hidden:
        counts = ", ".join(plural(hidden[kind], kind) for kind in _KINDS if hidden[kind])
        lines.append(
            f"factlint: {plural(sum(hidden.values()), 'more finding')} not annotated ({counts}); "
            f"{elsewhere(report, 'github')}"
        )
    summary = report.summary()
    counted = shown_counts(summary)
    counts = ", ".join(plural(counted[key], noun) for key, noun in _SUMMARY_NOUNS if key in counted)
    scope = f"{plural(summary['facts'], 'fact')} of {plural(summary['datasets'], 'dataset')}"
    lines.append(f"factlint: {counts}, {summary['acknowledged']} acknowledged in {scope}")
    return "\n".join(lines) + "\n"


def _command(finding: Finding) -> str:
    # A waived finding does not fail the gate, so it must not look like an error in the diff.
    return "notice" if finding.acknowledged is not None else COMMANDS[finding.severity]


def _annotation(command: str, finding: Finding) -> str:
    properties: list[tuple[str, str]] = []
    where = edit_site(finding)
    if where is not None:
        properties.append(("file", where.path))
        if where.line is not None:
            properties.append(("line", str(where.line)))
            if where.column is not None:
                properties.append(("col", str(where.column)))
    title = f"factlint {finding.code}" + (f" ({finding.fact})" if finding.fact else "")
    properties.append(("title", title))
    rendered = ",".join(f"{key}={escape_property(visible(value))}" for key, value in properties)
    return f"::{command} {rendered}::{escape_data(_message(finding))}"


def _message(finding: Finding) -> str:
    lines = [finding.message]
    if finding.source is not None and finding.source != (edit_site(finding)):
        lines.append(f"claim: {finding.source}")
    lines.extend(
        f"{related.location}: {related.message}" if related.message else str(related.location)
        for related in finding.related
    )
    if finding.acknowledged is not None:
        lines.append(f"acknowledged {finding.severity.value}: {finding.acknowledged}")
    # Line breaks become %0A (escape_data): they cannot end the command. Other control characters
    # (an ANSI escape the log would interpret, a bidi override) are escaped here.
    return visible("\n".join(lines), keep_breaks=True)
