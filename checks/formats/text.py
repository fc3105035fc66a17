"""Compiler-style lines: the seed line first (where to look), then the dataset line (what to edit).

One finding is one line: whatever a dataset puts in an id, a message or a file name is shown with
its control characters escaped (``checks.formats.escape``), so it can neither forge a second
finding line nor hide text.
"""

from __future__ import annotations

from checks.findings import Finding, Report
from checks.formats.escape import visible


def format_finding(finding: Finding) -> str:
    where = finding.primary
    head = f"{where}: " if where else ""
    tail = []
    if finding.source is not None and finding.dataset is not None:
        tail.append(
            str(finding.dataset if finding.dataset.line is None else f"{finding.dataset.path}:{finding.dataset.line}")
        )
    if finding.fact:
        tail.append(f"fact {finding.fact.split('/', 1)[-1]}")
    line = f"{head}{finding.severity.value} {finding.code} {finding.message}"
    if tail:
        line += f" [{' '.join(tail)}]"
    if finding.acknowledged is not None:
        line += f" (acknowledged: {finding.acknowledged})"
    return visible(line)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def format_summary(report: Report) -> str:
    s = report.summary()
    scope = f"{_plural(s['facts'], 'fact')} in {_plural(s['datasets'], 'dataset')}"
    counts = [_plural(s["errors"], "error"), _plural(s["warnings"], "warning")]
    if s["infos"]:
        counts.append(_plural(s["infos"], "info"))
    if s["acknowledged"]:
        counts.append(f"{s['acknowledged']} acknowledged")
    return f"{', '.join(counts)} ({scope} checked)"


def format_text(report: Report) -> str:
    lines = [format_finding(f) for f in report.findings]
    lines.append(format_summary(report))
    return "\n".join(lines) + "\n"
