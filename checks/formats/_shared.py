"""What several formatters share: where a curator edits, a finding's status, the order a curator edits
in, plurals, where the full list is."""

from __future__ import annotations

from checks.findings import Finding, Location, Report, Severity

# A discrepancy the dataset acknowledges comes after every real one.
_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
ACKNOWLEDGED_RANK = len(_RANK)


def shown_counts(summary: dict[str, int]) -> dict[str, int]:
    """A report's summary as the human summaries show it: no rule has severity info, so infos are
    counted only when there are some (an adapter's findings); the JSON summary keeps the field, its
    documented schema has it."""
    return {key: count for key, count in summary.items() if key != "infos" or count}


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def edit_site(finding: Finding) -> Location | None:
    """Where a curator edits for ``finding``: its dataset line, else its seed line."""
    return finding.dataset or finding.source


def status(finding: Finding) -> str:
    """``error``, ``warning``, ``info``, or ``acknowledged error`` for one its dataset acknowledges."""
    return finding.severity.value if finding.acknowledged is None else f"acknowledged {finding.severity.value}"


def edit_order(finding: Finding) -> tuple[object, ...]:
    """By the place a curator edits (dataset line, else seed line); total, so output is stable."""
    where = edit_site(finding) or Location("")
    return (where.path, where.line or 0, where.column or 0, *finding.sort_key(), repr(finding))


def urgency_order(finding: Finding) -> tuple[object, ...]:
    """Errors, then warnings, then infos, then acknowledged discrepancies; each in edit order."""
    rank = ACKNOWLEDGED_RANK if finding.acknowledged is not None else _RANK[finding.severity]
    return (rank, *edit_order(finding))


def elsewhere(report: Report, own_format: str) -> str:
    """Where every finding is, for a surface that shows only some: the run's other full reports."""
    places = [where for name, where in report.companions if name != own_format]
    if not places:
        return "run `factlint validate` to list them all"
    listed = places[0] if len(places) == 1 else f"{', '.join(places[:-1])} and {places[-1]}"
    return f"every finding is in {listed}"
