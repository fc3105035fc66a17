"""Words that set a deadline after them (must fund it within 90 days, aims to place them within 30 days):
the time bound that follows is the claim of a duty or a target, not a bound that picks what is counted."""

from __future__ import annotations

import re

# must fund it within 90 days, are required to report within 15 days: a duty sets the deadline after it;
# so do an aim and a direction (aims to place urgent cases within 30 days, were asked to submit a plan
# within 15 days, posts are to be filled within 90 days): the deadline is the target's claim.
DUTY_BEFORE = re.compile(
    r"\b(?:must|shall|(?:is|are)\s+(?:required|obliged)\s+to|ha(?:ve|s)\s+to|(?:is|are)\s+to\s+be"
    r"|aim(?:s|ing)?\s+to|(?:asked|directed|instructed|ordered|told)\s+(?:[\w-]+\s+){0,3}?to)\b",
    re.IGNORECASE,
)

# A share printed after the time, in its clause: what the time bound defines (within 45 days … to 95%).
SHARE_AFTER = re.compile(r"\d\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)
# should publish it within six months, the policy is to acknowledge within two working days, a report expected
# within three months: a deadline to act, as a duty's, when no share in the sentence is what it defines (round 38)
# (not a passive standard, "patients should be treated within 30 days": what defines those seen on time)
_ASKS = re.compile(r"\b(?:should(?!\s+be\b)|policy\s+is\s+to|expected(?!\s+to\s+be\b)|due)\b", re.IGNORECASE)


def deadline_to_act(line: str, start: int, end: int, clause: tuple[int, int], sentence_start: int) -> bool:
    """Whether a time bound at ``start:end`` (within six months) is the deadline a duty or request sets."""
    if DUTY_BEFORE.search(line, clause[0], start):
        return not SHARE_AFTER.search(line, end, clause[1])
    asked = _ASKS.search(line, clause[0], start)
    return bool(asked) and not SHARE_AFTER.search(line, sentence_start, clause[1])


# … to at least 60 per cent by 31 December 2026 and to not less than 95 per cent by 31 March 2027: a date
# a target is due by, printed right after it, is its own; the due date before it is the earlier target's.
# (… within 5 working days at all clinics by the end of 2026: where the target holds, a short phrase after a
# preposition and no figure, may stand between; round 34)
_DUE_RIGHT_AFTER = re.compile(
    r"(?:\s+(?:at|in|across|for|on)\s+(?:all\s+|every\s+|each\s+|the\s+)?[A-Za-z-]+(?:\s+[A-Za-z-]+)?(?=\s+by\b))?"
    r"\s*(?:by|before|until)\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[A-Z][a-z]+\.?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)\b"
)


def due_right_after(line: str, end: int) -> int | None:
    """The year of a due date printed right after the figure ending at ``end`` (… 95 per cent by 31 March
    2027), else None."""
    due = _DUE_RIGHT_AFTER.match(line, end)
    return int(due.group(1)) if due else None
