"""Those who asked (round 45). A count that is the subject of a request (Twelve submitters asked us to …; 31 members
called for …; 18名代表建议…) counts people who asked: something done by the time it is told, not a target. The
request's cue (asked … to, called for) is the cue of what was asked for, not of those asking."""

from __future__ import annotations

import re

from checks.draft.guesses import Guess

# right after the figure: what it counts (up to four words, no other figure or clause break), then the request
_ASKED = re.compile(
    r"\A(?:\s*[A-Za-z][\w'-]*){0,4}\s+(?:asked|called\s+(?:on|for)|urged|demanded|wanted"
    # proposed in this report, requested by the board: a thing proposed, not those proposing
    r"|(?:requested|suggested|proposed)(?!\s+(?:in|by|under|for|at|to)\b))\b"
    r"|\A[^\d，,。；;]{0,8}?(?:建议|要求|呼吁|提出)",
    re.IGNORECASE,
)
# … who asked / 的: a count before its noun's own relative clause is not the one asking
_NOT_THE_SUBJECT = re.compile(r"\b(?:who|that|which|were|was|been|be)\b|的", re.IGNORECASE)


def asked_by(line: str, end: int, status: Guess) -> Guess:
    """``status``, or achieved when the figure ending at ``end`` counts those who asked for something."""
    if status.value != "target":
        return status
    found = _ASKED.match(line[end:])
    if found is None or _NOT_THE_SUBJECT.search(found.group()):
        return status
    return Guess("achieved", f"it counts those who asked ('{found.group().strip()[-24:]}')")
