"""A target's due date that closes its sentence: `We want at least 75% of people aged 65 and over, and at
least half of frontline workers, to have had their flu vaccine by 31 December 2026.` The date is due for
every target of the sentence, though commas set the targets off in clauses of their own, when the
closing clause counts nothing itself (the due year later in a figure's own clause is read by
checks.draft.years.due_year)."""

from __future__ import annotations

import re

from checks.draft.months import MONTH
from checks.draft.text import clause_bounds, sentence_bounds

# by 31 December 2026, by the end of March 2027, by December 31, 2026, by 2027: the sentence's last words.
_CLOSING = re.compile(
    rf"\b(?:by|until)\s+(?:the\s+end\s+of\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?=[A-Z]))?(?:{MONTH})?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)\s*[.;]?\s*$",
)

_DIGIT = re.compile(r"\d")


def closing_due(line: str, end: int) -> int | None:
    """The due year closing the sentence of the figure ending at ``end``, or None."""
    sentence_end = sentence_bounds(line, end)[1]
    closing = _CLOSING.search(line, end, sentence_end)
    if closing is None:
        return None
    # … and the remaining 15 will be completed by December 2027: a closing clause that counts a figure of
    # its own is that figure's, its due date none of the figures before
    clause_start = clause_bounds(line, closing.start())[0]
    return None if _DIGIT.search(line, clause_start, closing.start()) else int(closing.group(1))


# … aims to offer a colonoscopy … to 95% of participants; in the year to 30 June 2026, 88.7% received one: a
# semicolon, then a time the statement after it is dated by (in 2025/26, during the year to June 2026, last
# year) opens a report of its own: the target cues before the semicolon stay behind.
_DATED_AFTER_SEMICOLON = re.compile(
    r";\s*(?:(?:in|during|over|for)\s+(?:the\s+)?[^,;.]{0,40}?(?:19|20)\d\d(?:/\d\d)?|(?:last|this)\s+(?:year|quarter|month))\s*,",
    re.IGNORECASE,
)


def dated_statement(line: str, start: int) -> int:
    """Where the dated statement after a semicolon that holds the figure at ``start`` opens (0: none)."""
    found = [m.start() + 1 for m in _DATED_AFTER_SEMICOLON.finditer(line, 0, start)]
    return found[-1] if found else 0
