"""SARIF 2.1.0 for GitHub code scanning and any other SARIF viewer.

A result points at the dataset line (what a pull request changes and what the curator edits);
the seed line goes into ``relatedLocations``. Fingerprints leave line numbers out, so an alert
survives an edit that moves the fact up or down the file.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from typing import Any
from urllib.parse import quote

from checks.findings import Finding, Location, Report, Severity
from checks.formats.escape import json_safe

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "factlint/v1"

LEVELS: dict[Severity, str] = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "note",
}

JsonObject = dict[str, Any]


def format_sarif(report: Report) -> str:
    findings = sorted(report.findings, key=_edit_order)
    rules = _rule_descriptors(findings)
    rule_index = {rule["id"]: index for index, rule in enumerate(rules)}
    driver: JsonObject = {"name": "factlint", "rules": rules}
    version = _tool_version()
    if version:
        driver["version"] = version
    run: JsonObject = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "results": [
            _result(finding, rule_index[finding.code], fingerprint)
            for finding, fingerprint in zip(findings, _fingerprints(findings), strict=True)
        ],
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json_safe(json.dumps(log, ensure_ascii=False, indent=2)) + "\n"


def _rule_descriptors(findings: list[Finding]) -> list[JsonObject]:
    from checks.rules import all_rules  # imports every rule module: only when SARIF is asked for

    descriptors: dict[str, JsonObject] = {}
    for rule in all_rules():
        summary = rule.summary() or rule.code()
        descriptor: JsonObject = {
            "id": rule.code(),
            "shortDescription": {"text": summary},
            "fullDescription": {"text": rule.explanation() or summary},
            "defaultConfiguration": {"level": LEVELS[rule.severity]},
        }
        if rule.explanation():
            descriptor["help"] = {"text": rule.explanation()}
        descriptors[rule.code()] = descriptor
    # A finding whose rule is not registered (an adapter's code, a rule being written) still
    # needs a descriptor: ruleIndex must point somewhere.
    for finding in findings:
        if finding.code not in descriptors:
            descriptors[finding.code] = {
                "id": finding.code,
                "shortDescription": {"text": finding.code},
                "defaultConfiguration": {"level": LEVELS[finding.severity]},
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
        where = finding.dataset or finding.source
        # Digits out of the message: it may name line numbers ("it occurs on line 16"), which move.
        message = re.sub(r"\d+", "#", finding.message)
        identity = "\0".join((finding.code, finding.fact or "", where.path if where else "", message))
        digest = hashlib.sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        seen[digest] += 1
        prints.append(f"{digest}:{seen[digest]}")
    return prints


def _result(finding: Finding, rule_index: int, fingerprint: str) -> JsonObject:
    result: JsonObject = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message or finding.code},
    }
    primary = finding.dataset or finding.source
    if primary is not None:
        result["locations"] = [{"physicalLocation": _physical(primary)}]
    related = _related(finding, primary)
    if related:
        result["relatedLocations"] = related
    result["partialFingerprints"] = {FINGERPRINT_KEY: fingerprint}
    if finding.acknowledged is not None:
        result["suppressions"] = [{"kind": "inSource", "justification": finding.acknowledged}]
    if finding.fact:
        result["properties"] = {"fact": finding.fact}
    return result


def _related(finding: Finding, primary: Location | None) -> list[JsonObject]:
    places: list[tuple[Location, str]] = []
    if finding.source is not None and finding.source != primary:
        label = f"claim of fact {finding.fact}" if finding.fact else "claim"
        places.append((finding.source, f"{label} in the article"))
    places.extend((related.location, related.message or "related") for related in finding.related)
    return [
        {"id": number, "physicalLocation": _physical(location), "message": {"text": message}}
        for number, (location, message) in enumerate(places, start=1)
    ]


def _physical(location: Location) -> JsonObject:
    # GitHub code scanning drops results without region.startLine; a file-wide finding points
    # at the file's first line.
    region: JsonObject = {"startLine": location.line or 1}
    if location.line is not None and location.column is not None:
        region["startColumn"] = location.column
        # SARIF's endColumn is exclusive, as Location.end_column is (one past the last character).
        if location.end_column is not None and location.end_column > location.column:
            region["endColumn"] = location.end_column
    # A URI reference: a path with spaces or non-ASCII characters is percent-encoded.
    return {"artifactLocation": {"uri": quote(location.path, safe="/", errors="surrogateescape")}, "region": region}


def _edit_order(finding: Finding) -> tuple[object, ...]:
    """By the place a curator edits (dataset line, else seed line); total, so output is stable."""
    where = finding.dataset or finding.source or Location("")
    return (where.path, where.line or 0, where.column or 0, *finding.sort_key(), repr(finding))
