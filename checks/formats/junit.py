"""JUnit XML, for CI systems that show test reports: one test case per dataset.

A dataset with an unacknowledged error is a failing test case whose ``<failure>`` lists every
finding in it; a passing dataset with warnings, infos or waivers lists them in ``<system-out>``.
Findings outside any dataset (a seed-only finding, a finding with no place) get a case of
their own, named by their file.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

from checks.findings import Finding, Location, Report, Severity
from checks.formats.escape import visible

CORPUS_CASE = "(corpus)"

# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def format_junit(report: Report) -> str:
    groups = _group(report)
    failing = sum(1 for findings in groups.values() if any(f.fails for f in findings))
    counts = {"tests": str(len(groups)), "failures": str(failing), "errors": "0", "skipped": "0"}
    root = ET.Element("testsuites", {"name": "factlint", **counts})
    suite = ET.SubElement(root, "testsuite", {"name": "factlint", **counts})
    for name, findings in groups.items():
        case = ET.SubElement(suite, "testcase", {"classname": "factlint", "name": _clean(name)})
        if name != CORPUS_CASE:
            case.set("file", _clean(name))
        listing = _clean("\n".join(_line(f) for f in findings))
        if any(f.fails for f in findings):
            failure = ET.SubElement(case, "failure", {"message": _tally(findings), "type": "factlint"})
            failure.text = listing
        elif findings:
            ET.SubElement(case, "system-out").text = listing
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _group(report: Report) -> dict[str, list[Finding]]:
    groups: dict[str, list[Finding]] = {path: [] for path in sorted(report.dataset_paths)}
    extra: dict[str, list[Finding]] = {}
    for finding in sorted(report.findings, key=_edit_order):
        where = finding.dataset or finding.source
        name = where.path if where else CORPUS_CASE
        (groups if name in groups else extra).setdefault(name, []).append(finding)
    return groups | {name: extra[name] for name in sorted(extra)}


def _tally(findings: list[Finding]) -> str:
    counts = Counter(f.severity for f in findings if f.acknowledged is None)
    parts = [f"{counts[s]} {s.value}{'s' if counts[s] != 1 else ''}" for s in Severity if counts[s]]
    waived = sum(1 for f in findings if f.acknowledged is not None)
    if waived:
        parts.append(f"{waived} acknowledged")
    return ", ".join(parts)


def _line(finding: Finding) -> str:
    where = finding.dataset or finding.source
    status = finding.severity.value
    if finding.acknowledged is not None:
        status = f"acknowledged {status}"
    text = f"{where or CORPUS_CASE}: {status} {finding.code} {finding.message}"
    context = []
    if finding.source is not None and finding.source != where:
        context.append(f"claim at {finding.source}")
    if finding.fact:
        context.append(f"fact {finding.fact}")
    if finding.acknowledged is not None:
        context.append(f"reason: {finding.acknowledged}")
    return visible(text + (f" [{'; '.join(context)}]" if context else ""))


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", visible(text, keep_breaks=True))


def _edit_order(finding: Finding) -> tuple[object, ...]:
    """By the place a curator edits (dataset line, else seed line); total, so output is stable."""
    where = finding.dataset or finding.source or Location("")
    return (where.path, where.line or 0, where.column or 0, *finding.sort_key(), repr(finding))
