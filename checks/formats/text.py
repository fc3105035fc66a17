"""Compiler-style lines: the seed line first (where to look), then the dataset line (what to edit).

A discrepancy the dataset acknowledges does not fail the gate, so it never reads as an error:
its line says ``acknowledged`` where the severity would stand, and the reason follows on an
indented line (which a problem matcher for ``path:line:col: severity`` lines does not take up).

One finding is one line (and its reason's indented lines): whatever a dataset puts in an id, a
message or a file name is shown with its control characters escaped (``checks.formats.escape``),
so it can neither forge a finding line nor hide text.
"""

from __future__ import annotations

from checks.findings import Finding, Report
from checks.formats._shared import plural
from checks.formats.escape import visible

ACKNOWLEDGED = "acknowledged"
REASON_INDENT = "    "


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
    status = finding.severity.value if finding.acknowledged is None else ACKNOWLEDGED
    line = f"{head}{status} {finding.code} {finding.message}"
    if tail:
        line += f" [{' '.join(tail)}]"
    if finding.acknowledged is not None:
        reason = finding.acknowledged.strip().splitlines() or [""]
        return visible(line) + f"\n{REASON_INDENT}reason: " + f"\n{REASON_INDENT}".join(map(visible, reason))
    return visible(line)


def format_summary(report: Report) -> str:
    s = report.summary()
    scope = f"{plural(s['facts'], 'fact')} in {plural(s['datasets'], 'dataset')}"
    counts = [plural(s["errors"], "error"), plural(s["warnings"], "warning")]
    if s["infos"]:
        counts.append(plural(s["infos"], "info"))
    if s["acknowledged"]:
        counts.append(f"{s['acknowledged']} acknowledged")
    return f"{', '.join(counts)} ({scope} checked)"


def format_text(report: Report) -> str:
    lines = [format_finding(f) for f in report.findings]
    lines.append(format_summary(report))
    return "\n".join(lines) + "\n"
