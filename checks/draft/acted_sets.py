"""The set a plan's task acts on (round 49): in a clause that sets a task (… will open heat-stroke rooms, will visit
…, to have an officer in each of …), a count the text names as a set that is there already, with "the" or a
possessive before it (All 28 centres and the 5 municipal hospitals will open …; in the 96 slum settlements judged
most exposed; in each of the city's 10 zones) or as an estimate of who is there (will visit an estimated 2.3 lakh
residents), counts what the task acts on: it exists when the plan is issued (achieved, of the publication year),
as 全市8家 does in 对全市8家…开展督查 (checks.draft.cues.acted_on). A count named new, additional, more, further,
planned or proposed is what the task makes, and stays a target; so do shares, durations and money (a count
only)."""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.numbers import Quantity

# and the 5 …, in the 96 …, each of the city's 10 …, an estimated 2.3 lakh …
_SET_BEFORE = re.compile(
    r"(?:\b(?:each|every|all|any)\s+of\s+(?:the|its|their)\s+(?:[\w-]+['’]s?\s+)?"
    r"|\b(?:and|in|at|across|to|for)\s+(?:the|its|their)\s+(?:[A-Za-z-]+['’]s?\s+)?"
    r"|\ban\s+estimated\s+)$",
    re.IGNORECASE,
)
_MADE = re.compile(r"\s*(?:new|additional|extra|more|further|planned|proposed|other)\b", re.IGNORECASE)


def acted_set(line: str, q: Quantity, status: Guess, counted: bool, now: int | None) -> tuple[Guess, Guess] | None:
    """Achieved, of ``now``, when the count ``q`` (a target) names the set a task acts on; else None."""
    if status.value != "target" or not counted or now is None:
        return None
    at = line.find(q.digits, q.start, q.end)  # an estimated 2.3 lakh: the reader's bound word is in the quantity
    if _SET_BEFORE.search(line, max(0, q.start - 40), at if at >= 0 else q.start) is None:
        return None
    if _MADE.match(line, at + len(q.digits) if at >= 0 else q.end) or _MADE.match(line, q.end):
        return None
    return Guess("achieved", "the set a task acts on, named as there already"), Guess(now, "publication year")
