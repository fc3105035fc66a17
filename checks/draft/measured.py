"""The level a figure is measured against (round 45). 感染率为1.22%，…，低于2%的控制目标; 知晓率为71.3%，低于80%的省定目标;
the rate was 4.1%, below the 5% target: the target's value, named right after a comparison with the figure before it,
is the target of the time that figure is of (the year measured), not a target still to come."""

from __future__ import annotations

import re

from checks.draft.facts import DraftFact
from checks.draft.guesses import Guess
from checks.draft.text import sentence_bounds

# the comparison right before the target's value: 低于, 高于, 超过, below the, above the
_COMPARED = re.compile(
    r"(?:(?<!不)(?:低于|高于|超过|超出|未达到|达到)|\b(?:below|above|under|over|short\s+of|exceeding|beating)\s+the)\s*$",
    re.IGNORECASE,
)


def measured_against(
    line: str, start: int, status: Guess, period: Guess, prior: DraftFact | None, own_terms: bool
) -> Guess:
    """``period``, or the period of the figure before it (``prior``) that it is the target of; ``own_terms``: the
    figure prints a year or a bound of its own (未达到不低于80%的国家标准要求: a standard's floor, dated as it is)."""
    if status.value != "target" or prior is None or own_terms or prior.status != "achieved":
        return period
    if not status.why.startswith(("the value of the target", "named as")):
        return period
    if not _COMPARED.search(line, max(0, start - 12), start):
        return period
    if sentence_bounds(line, prior.quantity.start) != sentence_bounds(line, start):
        return period
    return Guess(prior.period, "the target the figure before it is measured against: of its time")
