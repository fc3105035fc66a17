"""SARIF 2.1.0 for GitHub code scanning and any other SARIF viewer.

A result points at the dataset line (what a pull request changes and what the curator edits);
the seed line and the other facts involved are ``relatedLocations``, linked from the message
(``[the claim in the article](1)``) because code scanning shows related locations only when the
message links them. What GitHub's documented subset uses is filled in: regions with end line and
column, rule ``name``, ``help.markdown``, ``properties.tags`` and ``problem.severity``, and the
``primaryLocationLineHash`` fingerprint (computed the way the upload action computes it, so the
two agree; see ``linehash``). Our own ``factlint/v1`` fingerprint leaves line numbers out, so an
alert survives an edit that moves the fact up or down the file.

A discrepancy the dataset acknowledges keeps its ``inSource`` suppression, and its level is
``note``: a consumer that ignores suppressions (``sarif --check error``) must not fail a clean
dataset. Its rule's severity stays in ``properties.severity``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from checks.findings import Finding, Location, Report, Severity
from checks.formats._shared import edit_order, edit_site
from checks.formats.escape import json_safe
from checks.formats.linehash import line_hashes
from checks.formats.ruledoc import to_markdown, to_plain

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "factlint/v1"
LINE_HASH_KEY = "primaryLocationLineHash"
ROOT = "%SRCROOT%"  # artifact URIs are relative to the repository's root
DESCRIPTION_LIMIT = 1024  # GitHub's limit on a rule's short and full description
ACKNOWLEDGED_LEVEL = "note"

LEVELS: dict[Severity, str] = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "note",
}
PROBLEM_SEVERITY: dict[Severity, str] = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "recommendation",
}

JsonObject = dict[str, Any]


def format_sarif(report: Report) -> str:
    findings = sorted(report.findings, key=edit_order)
    rules = _rule_descriptors(findings, report.repository_url)
    rule_index = {rule["id"]: index for index, rule in enumerate(rules)}
    driver: JsonObject = {"name": "factlint", "rules": rules}
    version = _tool_version()
    if version:
        driver["version"] = version
    if report.repository_url:
        driver["informationUri"] = f"{report.repository_url}README.md"
    files = _Files(report.file_texts)
    run: JsonObject = {
        "tool": {"driver": driver},
        "originalUriBaseIds": {ROOT: {"description": {"text": "The root of the repository."}}},
        "columnKind": "unicodeCodePoints",
        "results": [
            _result(finding, rule_index[finding.code], fingerprint, files)
            for finding, fingerprint in zip(findings, _fingerprints(findings), strict=True)
        ],
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json_safe(json.dumps(log, ensure_ascii=False, indent=2)) + "\n"


class _Files:
    """The lines and line hashes of the files the report carries, computed once per file."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        self.texts = texts
        self._lines: dict[str, list[str]] = {}
        self._hashes: dict[str, dict[int, str]] = {}

    def line(self, location: Location) -> str | None:
        text = self.texts.get(location.path)
        if text is None or location.line is None:
            return None
        if location.path not in self._lines:
            # Lines as GitHub and the seeds count them: LF, CRLF and CR all end a line.
            self._lines[location.path] = re.split(r"\r\n|\r|\n", text)
        lines = self._lines[location.path]
        return lines[location.line - 1] if 1 <= location.line <= len(lines) else None

    def line_hash(self, location: Location) -> str | None:
        text = self.texts.get(location.path)
        if text is None:
            return None
        if location.path not in self._hashes:
            self._hashes[location.path] = line_hashes(text)
        return self._hashes[location.path].get(location.line or 1)


def _cap(text: str) -> str:
    return text if len(text) <= DESCRIPTION_LIMIT else text[: DESCRIPTION_LIMIT - 1] + "…"


def _rule_descriptors(findings: list[Finding], repository_url: str | None) -> list[JsonObject]:
    from checks.rules import all_rules  # imports every rule module: only when SARIF is asked for

    descriptors: dict[str, JsonObject] = {}
    for rule in all_rules():
        summary = rule.summary() or rule.code()
        plain = to_plain(rule.explanation()) or summary
        slug = rule.__module__.rsplit(".", 1)[-1].removeprefix(f"{rule.code().lower()}_").replace("_", "-")
        family = rule.family()
        descriptor: JsonObject = {
            "id": rule.code(),
            "name": f"{family}/{slug}",
            "shortDescription": {"text": _cap(summary)},
            "fullDescription": {"text": _cap(plain)},
            "help": {
                "text": f"{rule.code()}: {summary}\n\n{plain}",
                "markdown": f"**{rule.code()}: {summary}**\n\n{to_markdown(rule.explanation())}".rstrip(),
            },
            "defaultConfiguration": {"level": LEVELS[rule.severity]},
            "properties": {
                "tags": ["factlint", family],
                "problem.severity": PROBLEM_SEVERITY[rule.severity],
            },
        }
        if repository_url:
            descriptor["helpUri"] = f"{repository_url}{rule.__module__.replace('.', '/')}.py"
        descriptors[rule.code()] = descriptor
    # A finding whose rule is not registered (an adapter's code, a rule being written) still
    # needs a descriptor: ruleIndex must point somewhere.
    for finding in findings:
        if finding.code not in descriptors:
            descriptors[finding.code] = {
                "id": finding.code,
                "shortDescription": {"text": finding.code},
                "fullDescription": {"text": finding.code},
                "help": {"text": finding.code},
                "defaultConfiguration": {"level": LEVELS[finding.severity]},
                "properties": {"tags": ["factlint"], "problem.severity": PROBLEM_SEVERITY[finding.severity]},
            }
    return sorted(descriptors.values(), key=lambda descriptor: str(descriptor["id"]))


def _tool_version() -> str | None:
    from importlib import metadata

    try:
        return metadata.version("factlint")
    except metadata.PackageNotFoundError:
        return None


def _fingerprints(findings: list[Finding]) -> list[str]:
    """Hash what identifies a finding, never its line; repeats get an occurrence number."""
    seen: Counter[str] = Counter()
    prints = []
    for finding in findings:
        where = edit_site(finding)
        # Digits out of the message: it may name line numbers ("it occurs on line 16"), which move.
        message = re.sub(r"\d+", "#", finding.message)
        identity = "\0".join((finding.code, finding.fact or "", where.path if where else "", message))
        digest = hashlib.sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        seen[digest] += 1
        prints.append(f"{digest}:{seen[digest]}")
    return prints


def escape_message(text: str) -> str:
    """Plain text inside a SARIF message: brackets (and a backslash before one) escaped (§3.11.6)."""
    return re.sub(r"(\\*)([\[\]])", lambda m: m[1] * 2 + "\\" + m[2], text)


def _result(finding: Finding, rule_index: int, fingerprint: str, files: _Files) -> JsonObject:
    primary = edit_site(finding)
    related = _related(finding, primary)
    result: JsonObject = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity] if finding.acknowledged is None else ACKNOWLEDGED_LEVEL,
        "message": {"text": _message(finding, related)},
    }
    if primary is not None:
        result["locations"] = [{"physicalLocation": _physical(primary, files)}]
    if related:
        result["relatedLocations"] = [
            {"id": number, "physicalLocation": _physical(location, files), "message": {"text": label}}
            for number, (location, label) in enumerate(related, start=1)
        ]
    prints = {FINGERPRINT_KEY: fingerprint}
    line_hash = files.line_hash(primary) if primary is not None else None
    if line_hash is not None:
        prints[LINE_HASH_KEY] = line_hash
    result["partialFingerprints"] = prints
    if finding.acknowledged is not None:
        result["suppressions"] = [{"kind": "inSource", "justification": finding.acknowledged}]
    properties: JsonObject = {"severity": finding.severity.value}
    if finding.fact:
        properties["fact"] = finding.fact
    result["properties"] = properties
    return result


def _related(finding: Finding, primary: Location | None) -> list[tuple[Location, str]]:
    places: list[tuple[Location, str]] = []
    if finding.source is not None and finding.source != primary:
        label = f"claim of fact {finding.fact}" if finding.fact else "claim"
        places.append((finding.source, f"{label} in the article"))
    places.extend((related.location, related.message or str(related.location)) for related in finding.related)
    return places


def _message(finding: Finding, related: list[tuple[Location, str]]) -> str:
    text = escape_message(finding.message or finding.code)
    if related:
        links = [f"[{escape_message(label)}]({number})" for number, (_, label) in enumerate(related, start=1)]
        text += f"; see {', '.join(links)}"
    if finding.acknowledged is not None:
        text += f"\nAcknowledged in the dataset: {escape_message(finding.acknowledged)}"
    return text


def _physical(location: Location, files: _Files) -> JsonObject:
    # A URI reference relative to the repository; a path with spaces or non-ASCII characters is
    # percent-encoded.
    artifact = {"uri": quote(location.path, safe="/", errors="surrogateescape"), "uriBaseId": ROOT}
    if location.line is None:
        # GitHub code scanning drops results without region.startLine: a file-wide finding
        # points at the file's first line.
        return {"artifactLocation": artifact, "region": {"startLine": 1}}
    start = location.column or 1
    region: JsonObject = {"startLine": location.line, "startColumn": start, "endLine": location.line}
    # SARIF's endColumn is exclusive, as Location.end_column is (one past the last character).
    # Without one, the region runs to the end of the line when the line is known.
    text = files.line(location)
    if location.end_column is not None and location.end_column > start:
        region["endColumn"] = location.end_column
    elif text is not None and len(text) + 1 > start:
        region["endColumn"] = len(text) + 1
    return {"artifactLocation": artifact, "region": region}
