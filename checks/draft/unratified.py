"""Round 48: a contract not yet ratified. A summary of a tentative agreement (a collective agreement reached
by the bargaining parties, put to a ratification vote after publication: Tentative Agreement reached, the TA
covers …, Ratification vote August 10–12, if ratified) tells the terms it would bring: none is in force when
published, so a term the words around it leave at the default (achieved, "no cue") is a target, of the year
the guesses gave it (New top step … worth 3% above Step 15; Certification pay: $1.50 an hour (new); a premium
of 50% of base pay; a table's row of July 1, 2026 raises, 6.0%). Not what stands now and the agreement changes
or keeps: a value a change starts from (from $44.12), kept (stay at 10%), told as the present's (current typical
assignment), or of a year over; nor those counted for what they did (the 600 who joined the picket line).
A value a party proposed in the bargaining (Management's opening proposal was 2.5% a year) is a proposed value,
a target too."""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.draft.guesses import Guess
from checks.draft.text import clause_bounds, sentence_bounds

# Tentative Agreement reached, a tentative agreement (TA), the tentative contract, Ratification vote August 10–12,
# subject to ratification, if the TA is ratified: an agreement not yet in force
_UNRATIFIED = re.compile(
    r"\btentative\s+(?:collective\s+|labou?r\s+|contract\s+)?(?:agreement|contract|deal|settlement)\b"
    r"|\bratification\s+vote\b|\bsubject\s+to\s+ratification\b",
    re.IGNORECASE,
)
# stay at, remain, currently, the current …, was, were: what stands, not a term
_STANDING = re.compile(r"\b(?:stays?|remains?|kept|currently|current|existing|today|now|was|were|had)\b", re.IGNORECASE)
# from $44.12 (to …): the value a change starts from
_FROM = re.compile(r"\bfrom\s*[$€£]?\s*$", re.IGNORECASE)
# the 600 who joined, members who signed: people counted for what they did
_DONE_AFTER = re.compile(r"[^,;.]{0,40}?\b(?:who|that|which)\s+(?:\w+ed|was|were|had)\b", re.IGNORECASE)
# Management's opening proposal was 2.5% a year; their last offer … was 3.5%: a party's proposal, a proposed value
_PROPOSAL = re.compile(r"\b(?:proposals?|proposed|offers?|offered|counter-?offers?)\b", re.IGNORECASE)
_LOOK = 60  # how far back in its clause a figure's words are read


def unratified(lines: Sequence[str]) -> bool:
    """Whether the page's opening ``lines`` (its title, headings and first paragraph) tell of an agreement
    not yet ratified."""
    return any(_UNRATIFIED.search(line) for line in lines)


def agreed_term(
    line: str, span: tuple[int, int], status: Guess, period: Guess, header: str, tentative: bool, now: int | None
) -> Guess:
    """The status of a figure of an unratified agreement's summary at ``start`` of ``line`` (``header`` its table
    column's, if any): a target when it was left achieved for want of a cue, and no word of what stands now,
    nor a year over, dates it; a target too when its sentence names it a party's proposal or offer."""
    start, end = span
    if not tentative or status.value != "achieved":
        return status
    if now is not None and isinstance(period.value, int) and period.value < now:
        return status
    if _PROPOSAL.search(line, sentence_bounds(line, start)[0], start):
        return Guess("target", "a value a party proposed in the bargaining of an agreement not yet ratified")
    if status.why != "no cue" or _FROM.search(line, max(0, start - 8), start) or _DONE_AFTER.match(line, end):
        return status
    clause_start = clause_bounds(line, start)[0]
    if _STANDING.search(line, max(clause_start, start - _LOOK), start) or _STANDING.search(header):
        return status
    return Guess("target", "a term of an agreement not yet ratified when published")
