"""JUnit XML for CI test tabs: one test suite per dataset, one test case per finding.

Each test case carries ``file`` and ``line`` (the dataset line to edit), so a CI test tab links
straight to it, the way ruff's and sqlfluff's JUnit reports do. An unacknowledged error is a
``<failure>``; an acknowledged discrepancy is ``<skipped>`` with its reason (reported, not
failing); a warning or an info is a passing case whose ``<system-out>`` says what was found (with
``--strict`` warnings fail the run, which the exit code says). A dataset without findings is one
passing case, so every dataset checked shows up. Findings outside any dataset (a seed-only
finding, a finding with no place) get a suite named by their file.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

from checks.findings import Finding, Report
from checks.formats._shared import edit_order, edit_site, status
from checks.formats.escape import visible

CORPUS_SUITE = "(corpus)"
CLEAN_CASE = "every rule passes"

# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def format_junit(report: Report) -> str:
    groups = _group(report)
    cases = [_cases(name, findings) for name, findings in groups.items()]
    totals = _counts([case for suite in cases for case in suite])
    root = ET.Element("testsuites", {"name": "factlint", **totals})
    for (name, _), suite_cases in zip(groups.items(), cases, strict=True):
        suite = ET.SubElement(root, "testsuite", {"name": _clean(name), **_counts(suite_cases)})
        suite.extend(suite_cases)
    if not groups:  # nothing checked: still one (empty) suite, as readers expect
        ET.SubElement(root, "testsuite", {"name": "factlint", **totals})
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _group(report: Report) -> dict[str, list[Finding]]:
    groups: dict[str, list[Finding]] = {path: [] for path in sorted(report.dataset_paths)}
    extra: dict[str, list[Finding]] = {}
    for finding in sorted(report.findings, key=edit_order):
        where = edit_site(finding)
        name = where.path if where else CORPUS_SUITE
        (groups if name in groups else extra).setdefault(name, []).append(finding)
    return groups | {name: extra[name] for name in sorted(extra)}


def _cases(suite: str, findings: list[Finding]) -> list[ET.Element]:
    if not findings:
        case = ET.Element("testcase", {"classname": _clean(suite), "name": CLEAN_CASE})
        if suite != CORPUS_SUITE:
            case.set("file", _clean(suite))
        return [case]
    names: Counter[str] = Counter()
    cases = []
    for finding in findings:
        name = f"{finding.code} {finding.fact.split('/', 1)[-1] if finding.fact else _place(finding)}"
        names[name] += 1
        if names[name] > 1:  # the same rule twice on one fact: still one case each
            name = f"{name} ({names[name]})"
        cases.append(_case(suite, name, finding))
    return cases


def _place(finding: Finding) -> str:
    where = edit_site(finding)
    return str(where) if where else "(no location)"


def _case(suite: str, name: str, finding: Finding) -> ET.Element:
    case = ET.Element("testcase", {"classname": _clean(suite), "name": _clean(name)})
    where = edit_site(finding)
    if where is not None:
        case.set("file", _clean(where.path))
        if where.line is not None:
            case.set("line", str(where.line))
    properties = ET.SubElement(case, "properties")
    ET.SubElement(properties, "property", {"name": "severity", "value": finding.severity.value})
    if finding.fact:
        ET.SubElement(properties, "property", {"name": "fact", "value": _clean(finding.fact)})
    text = _clean(_details(finding), keep_breaks=True)  # its own lines; each part's breaks escaped
    if finding.acknowledged is not None:
        reason = _clean(f"{status(finding)}: {finding.acknowledged}")
        ET.SubElement(case, "skipped", {"message": reason}).text = text
    elif finding.fails:
        failure = ET.SubElement(case, "failure", {"message": _clean(finding.message), "type": finding.code})
        failure.text = text
    else:
        ET.SubElement(case, "system-out").text = text
    return case


def _details(finding: Finding) -> str:
    """The finding as lines of text: a line break in a part (a file name, an id, a message) is
    escaped as in the text format (``\\x0a``); only a reason keeps its own lines, as there."""
    where = edit_site(finding)
    lines = [f"{where or '(no location)'}: {status(finding)} {finding.code} {finding.message}"]
    if finding.source is not None and finding.source != where:
        lines.append(f"claim at {finding.source}")
    if finding.fact:
        lines.append(f"fact {finding.fact}")
    lines.extend(f"related: {r.location}" + (f" ({r.message})" if r.message else "") for r in finding.related)
    shown = [visible(line) for line in lines]
    if finding.acknowledged is not None:
        reason = finding.acknowledged.strip().splitlines() or [""]
        shown.append("reason: " + "\n".join(map(visible, reason)))
    return "\n".join(shown)


def _counts(cases: list[ET.Element]) -> dict[str, str]:
    failures = sum(1 for case in cases if case.find("failure") is not None)
    skipped = sum(1 for case in cases if case.find("skipped") is not None)
    return {"tests": str(len(cases)), "failures": str(failures), "errors": "0", "skipped": str(skipped)}


def _clean(text: str, keep_breaks: bool = False) -> str:
    # What XML cannot hold at all is replaced; what it can but a reader should not meet raw (an
    # ANSI escape, a bidi override, a line break in a name or a message: an attribute's &#10; is a
    # newline once parsed) is escaped, as the text format escapes it.
    return _NOT_XML.sub("\ufffd", visible(text, keep_breaks=keep_breaks))
