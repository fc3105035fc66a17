"""A table column of what is proposed (round 53): a budget consultation's table sets this year's budget
beside next year's proposals, `Service area<TAB>2025/26 budget (£000)<TAB>2026/27 proposed (£000)`; a cell
of the proposed column is a target (a proposal, not yet decided), dated by its header's year as before.
The header names a proposal in English (`proposed`, `proposal`, `draft`), not what was done (`actual`,
`outturn`); not `拟立项数` (the projects to be approved, in a publicity notice of its approvals: they are
what was decided); the column of this year's budget beside it keeps its status."""

from __future__ import annotations

import re

from checks.draft.guesses import Guess

_PROPOSED = re.compile(r"\b(?:proposed|proposals?|draft)\b", re.IGNORECASE)
_DONE = re.compile(r"(?i:\bactual\b|\boutturn\b|\bachieved\b|\bspent\b)|完成|执行|实际")


def proposed_column(header: str, status: Guess) -> Guess:
    """``status``, or a target when the cell's column ``header`` (tables.cell_header) names a proposal
    (2026/27 proposed (£000))."""
    if status.value == "target":
        return status
    if _PROPOSED.search(header) and not _DONE.search(header):
        return Guess("target", f"its table column holds what is proposed ({header})")
    return status
