"""The stable JSON report of DESIGN.md §7 (``version`` changes if a field ever changes meaning)."""

from __future__ import annotations

import json
from typing import Any

from checks.findings import Finding, Report
from checks.formats.escape import json_safe

VERSION = 1


def finding_object(finding: Finding) -> dict[str, Any]:
    data = finding.as_dict()
    if finding.dataset is not None:  # a dataset location is a line to edit: no span
        data["dataset"] = {k: v for k, v in finding.dataset.as_dict().items() if k != "end_column"}
    return data


def format_json(report: Report) -> str:
    document = {
        "version": VERSION,
        "summary": report.summary(),
        "findings": [finding_object(f) for f in report.findings],
    }
    return json_safe(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"
