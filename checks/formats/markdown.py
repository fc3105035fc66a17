"""A Markdown summary for ``$GITHUB_STEP_SUMMARY``: the counts, then the findings.

Failing findings come first; the table is capped so a broken corpus still gives a readable
page (GitHub also refuses a step summary over 1 MiB).
"""

from __future__ import annotations

from checks.findings import Finding, Location, Report, Severity
from checks.formats.escape import visible

MAX_ROWS = 50

_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_COUNT_KEYS = ("errors", "warnings", "infos", "acknowledged", "facts", "datasets")

# Punctuation that would otherwise start emphasis, code, links, HTML or end the cell.
_SPECIAL = frozenset("\\`*_[]<>|~")


def escape_cell(text: str) -> str:
    """Text that renders as itself inside one cell of a GitHub-flavoured Markdown table."""
    text = text.replace("&", "&amp;")
    text = "".join(f"\\{char}" if char in _SPECIAL else char for char in text)
    lines = [visible(line.strip()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "<br>".join(lines)


def format_markdown(report: Report) -> str:
    summary = report.summary()
    out = [
        f"## factlint: {_headline(summary)}",
        "",
        "| errors | warnings | infos | acknowledged | facts | datasets |",
        "|---:|---:|---:|---:|---:|---:|",
        "| " + " | ".join(str(summary[key]) for key in _COUNT_KEYS) + " |",
        "",
    ]
    findings = sorted(report.findings, key=_priority)
    if not findings:
        out.append("No findings.")
        return "\n".join(out) + "\n"
    out += ["### Findings", "", "| location | code | severity | message |", "|---|---|---|---|"]
    out += [_row(finding) for finding in findings[:MAX_ROWS]]
    if len(findings) > MAX_ROWS:
        out += ["", f"… and {len(findings) - MAX_ROWS} more findings"]
    return "\n".join(out) + "\n"


def _headline(summary: dict[str, int]) -> str:
    # Describes the counts only: whether warnings fail (--strict) is the CLI's business.
    if summary["errors"]:
        return f"❌ {_plural(summary['errors'], 'error')}"
    if summary["warnings"]:
        return f"⚠️ {_plural(summary['warnings'], 'warning')}"
    return "✅ no errors or warnings"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _priority(finding: Finding) -> tuple[object, ...]:
    rank = 3 if finding.acknowledged is not None else _RANK[finding.severity]
    return (rank, *_edit_order(finding))


def _row(finding: Finding) -> str:
    # Where to edit (the dataset line) above where the claim is (the seed line).
    places = [str(place) for place in (finding.dataset, finding.source) if place is not None]
    location = "<br>".join(escape_cell(place) for place in places) or "—"
    severity = finding.severity.value
    message = finding.message
    if finding.fact:
        message += f" (fact {finding.fact})"
    if finding.acknowledged is not None:
        severity += " (acknowledged)"
        message += f"\nacknowledged: {finding.acknowledged}"
    cells = (location, escape_cell(finding.code), severity, escape_cell(message))
    return "| " + " | ".join(cells) + " |"


def _edit_order(finding: Finding) -> tuple[object, ...]:
    """By the place a curator edits (dataset line, else seed line); total, so output is stable."""
    where = finding.dataset or finding.source or Location("")
    return (where.path, where.line or 0, where.column or 0, *finding.sort_key(), repr(finding))
