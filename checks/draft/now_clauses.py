"""Figures a text tells as they stand now (round 45). A figure whose own relative clause says it holds now (on top
of the 9,400 people who use one now; 现有的…) is a level reached when the text is written, whatever its paragraph
plans (We expect 2,600 more … by 2029); a bare share set right after it as its apposition (…, about 11% of all
patients) is of the same time. Achieved, in the year of publication."""

from __future__ import annotations

import re

from checks.draft.facts import DraftFact
from checks.draft.guesses import Guess
from checks.draft.text import clause_bounds

# right after the figure: its noun (a few words), then who/that/which … now/today/currently before the clause ends
_HOLDS_NOW = re.compile(
    r"\A[^\d,;.:()，。；：]{0,40}?\b(?:who|that|which)\b[^\d,;.:()，。；：]{0,40}?\b(?:now|today|currently|at\s+present)\b"
    r"|\A[^\d,;.:()]{0,40}?\b(?:who|that|which)\s+(?:are|is)\s+currently\b",
    re.IGNORECASE,
)
# , about 11% of people with …: a share in apposition, no verb of its own
_APPOSITION = re.compile(r"\A\s*(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under|over)?\s*\Z", re.I)
_VERB = re.compile(r"\b(?:will|would|is|are|was|were|has|have|had|be|to)\b", re.IGNORECASE)


def holds_now(line: str, end: int) -> bool:
    """The figure ending at ``end`` is told with a relative clause saying it holds now."""
    return _HOLDS_NOW.match(line[end:]) is not None


def told_now(
    line: str, start: int, end: int, status: Guess, period: Guess, prior: DraftFact | None, now: int | None
) -> tuple[Guess, Guess]:
    """``prior``: the figure drafted before it on its line, if any."""
    if now is None or status.value != "target":
        return status, period
    if holds_now(line, end):
        return Guess("achieved", "a relative clause says it holds now"), Guess(now, "it holds now: publication year")
    if prior is not None and prior.status == "achieved" and holds_now(line, prior.quantity.end):
        clause_start, clause_end = clause_bounds(line, start)
        if (
            clause_start > prior.quantity.end
            and line[prior.quantity.end : clause_start].rstrip().endswith((",", "，"))
            and _APPOSITION.match(line[clause_start:start])
            and not _VERB.search(line, end, clause_end)
        ):
            return Guess("achieved", "in apposition to a figure that holds now"), Guess(now, "publication year")
    return status, period
