"""A Markdown summary for ``$GITHUB_STEP_SUMMARY``: the counts, then every finding.

Failing findings come first. GitHub refuses a step summary over 1 MiB, so rows stop before that
size, and a closing line counts the findings left out and says where every finding is (the run's
other reports, or the command that lists them). No finding is left out silently.
"""

from __future__ import annotations

from checks.findings import Finding, Report
from checks.formats._shared import elsewhere, plural, shown_counts, status, urgency_order
from checks.formats.escape import visible

# GitHub's limit on one step's summary, in bytes of UTF-8.
SUMMARY_LIMIT = 1024 * 1024
_COUNT_KEYS = ("errors", "warnings", "infos", "acknowledged", "facts", "datasets")
FINDINGS_HEADER = "| location | code | severity | message |"

# Punctuation that would otherwise start emphasis, code, links, HTML or end the cell.
_SPECIAL = frozenset("\\`*_[]<>|~")


def escape_cell(text: str) -> str:
    """Text that renders as itself inside one cell of a GitHub-flavoured Markdown table, on one line:
    a line break (in a file name, an id, a message) is escaped as the text format escapes it (``\\x0a``)."""
    text = text.replace("&", "&amp;")
    return visible("".join(f"\\{char}" if char in _SPECIAL else char for char in text))


def format_markdown(report: Report, limit: int = SUMMARY_LIMIT) -> str:
    summary = report.summary()
    keys = [key for key in _COUNT_KEYS if key in shown_counts(summary)]
    head = [
        f"## factlint: {_headline(summary)}",
        "",
        "| " + " | ".join(keys) + " |",
        "|" + "---:|" * len(keys),
        "| " + " | ".join(str(summary[key]) for key in keys) + " |",
        "",
    ]
    findings = sorted(report.findings, key=urgency_order)
    if not findings:
        return "\n".join([*head, "No findings."]) + "\n"
    out = [*head, "### Findings", "", FINDINGS_HEADER, "|---|---|---|---|"]
    # Room for the closing line, whatever the count it ends up saying.
    budget = limit - _size(out) - _size(["", _left_out(report, len(findings))])
    rows = 0
    for finding in findings:
        row = _row(finding)
        if _size([row]) > budget:
            break
        budget -= _size([row])
        out.append(row)
        rows += 1
    if rows < len(findings):
        out += ["", _left_out(report, len(findings) - rows)]
    return "\n".join(out) + "\n"


def _size(lines: list[str]) -> int:
    return sum(len(line.encode("utf-8")) + 1 for line in lines)


def _left_out(report: Report, count: int) -> str:
    return (
        f"**{plural(count, 'more finding')} not listed here**: GitHub takes at most 1 MiB of step summary; "
        f"{elsewhere(report, 'markdown')}."
    )


def _headline(summary: dict[str, int]) -> str:
    # Describes the counts only: whether warnings fail (--strict) is the CLI's business.
    if summary["errors"]:
        return f"❌ {plural(summary['errors'], 'error')}"
    if summary["warnings"]:
        return f"⚠️ {plural(summary['warnings'], 'warning')}"
    return "✅ no errors or warnings"


def _row(finding: Finding) -> str:
    # Where to edit (the dataset line) above where the claim is (the seed line).
    places = [str(place) for place in (finding.dataset, finding.source) if place is not None]
    location = "<br>".join(escape_cell(place) for place in places) or "—"
    message = finding.message
    if finding.fact:
        message += f" (fact {finding.fact})"
    shown = escape_cell(message)
    if finding.acknowledged is not None:  # a reason keeps its own lines, as in the text format
        reason = finding.acknowledged.strip().splitlines() or [""]
        shown += "<br>acknowledged: " + "<br>".join(escape_cell(line.strip()) for line in reason)
    cells = (location, escape_cell(finding.code), status(finding), shown)
    return "| " + " | ".join(cells) + " |"
