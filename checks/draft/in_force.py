"""Round 44: a policy in force telling its reader what will happen. A policy summary, a patient charter or a
notice of rules that says it took effect on or before its publication (Effective July 1, 2026 | Updated
September 15, 2026) states its rules in the future of the one it addresses: you will pay nothing, you will receive
a discount of 40% to 80%, we will decide within 30 days. That "will" is the rule's, in force now (README: a rule in
force is achieved), not a plan's; a target still where the text plans (we will open 12 more beds by 2028: a year
printed after publication)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from checks.draft.dates import MONTH_NUMBERS
from checks.draft.guesses import Guess
from checks.draft.months import MONTH_NAMES
from checks.draft.text import clause_bounds, sentence_bounds
from checks.numbers import Quantity

_EFFECTIVE = re.compile(
    r"\b(?:effective|in\s+effect\s+from|in\s+force\s+from)\s+(?:(?:on|from|as\s+of)\s+)?"
    rf"({MONTH_NAMES})\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# you will pay, we will decide, you'll receive, you will never be charged: a rule told to its reader
_TOLD_WILL = re.compile(r"\b(?:you|we)\s+(?:will|'ll|shall)\b|\b(?:you|we)'ll\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def in_force_since(lines: Sequence[str], published: date | None) -> bool:
    """Whether the opening lines say the text took effect on or before its publication."""
    if published is None:
        return False
    for line in lines:
        for match in _EFFECTIVE.finditer(line):
            try:
                when = date(int(match.group(3)), MONTH_NUMBERS[match.group(1).lower()], int(match.group(2)))
            except ValueError:  # Effective February 31, 2026: no day; the month decides
                when = date(int(match.group(3)), MONTH_NUMBERS[match.group(1).lower()], 1)
            if when <= published:
                return True
    return False


def rule_told(line: str, q: Quantity, status: Guess, period: Guess, in_force: bool) -> Guess:
    """A figure drafted a target for a 'will' told to the reader of a policy in force: a rule in force."""
    if not in_force or status.value != "target" or "'will'" not in str(status.why):
        return status
    start, end = sentence_bounds(line, q.start)
    clause_start = clause_bounds(line, q.start)[0]
    if not _TOLD_WILL.search(line, start, end):
        return status
    if any(int(y) > period.value for y in _YEAR.findall(line[clause_start:end]) if isinstance(period.value, int)):
        return status  # … by 2028: a year to come, planned
    return Guess("achieved", "a rule of a policy in force, told its reader ('you will', 'we will')")
