"""A project's planned total and the limits its agreement sets (README: Targets, and what a task acts on; Rules in
force and rules to come).

- the 30 planned boreholes (has drilled 24 of the 30 planned boreholes): the number the project is to reach by
  its end, a target, due the latest year the text names for a target (the project's end), whatever the
  sentence reports done;
- the ceiling of £60 set in the funding agreement: a limit a standing agreement, contract or law sets is a rule
  in force, achieved, of the year of publication, not a level to reach (round 41).
"""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.text import digits_at
from checks.draft.years import ArticleYears
from checks.numbers import Quantity

# of the 30 planned boreholes, the 12 planned clinics: the definite planned total of a count
_PLANNED_AFTER = re.compile(r"\s*planned\s+[a-z]", re.I)
_DEFINITE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_NOT_COUNTS = ("percent", "ratio")
# set in the funding agreement, fixed by the contract, under the grant agreement, in the regulations
_SET_IN = re.compile(
    r"\s*(?:(?:set|fixed|agreed|laid\s+down|specified)\s+(?:in|by|under)|under|in)\s+(?:the|its|our|their)\s+"
    r"(?:[\w-]+\s+){0,2}(?:agreement|contract|grant|regulations?|law|act|policy|framework|memorandum)\b",
    re.I,
)
_LIMIT = re.compile(r"'(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+)?(?:ceiling|cap|limit|maximum)", re.I)


def latest_due_year(targets: list[int], now: int) -> int:
    """The latest target year the text names from ``now`` on (a project's end), else ``now``."""
    return max((year for year in targets if year >= now), default=now)


def planned_or_agreed(
    line: str, q: Quantity, unit: str, status: Guess, period: Guess, years: ArticleYears
) -> tuple[Guess, Guess]:
    """A planned total a target of the project's end; a limit an agreement sets in force now; any other figure
    as guessed."""
    now = years.now
    if now is None:
        return status, period
    digits = digits_at(q)
    after = digits + len(q.digits)
    planned = _PLANNED_AFTER.match(line, after) and _DEFINITE_BEFORE.search(line, max(0, digits - 8), digits)
    if planned and q.qualifier == "eq" and unit not in _NOT_COUNTS and not unit.startswith(("gbp", "usd", "eur")):
        due = latest_due_year(years.targets, now)
        return Guess("target", "a planned total (the N planned …)"), Guess(due, "the latest due year the text names")
    if status.value == "target" and _LIMIT.search(str(status.why)) and _SET_IN.match(line, q.end):
        return Guess("achieved", "a limit an agreement or law sets, in force"), Guess(now, "in force now")
    return status, period
