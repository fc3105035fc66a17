"""A report of a span that ran to a month of the year before publication (round 53): a grant's impact
report of May 2026 that "sets out what the grant achieved in the 30 months to December 2025" (or over a
table captioned `1 July 2023 to 31 December 2025`) tells its results as of the span's end: `Teams screened
2,318 people` and the table's cells, dated by default, are 2025's. The span is the text's own, named near
its top (its title or first lines): a count of months or years to a month and year (`in the 30 months to
December 2025`, `the year to March 2025`) or a date range ending on a day of that year (`1 July 2023 to
31 December 2025`), its end the year before publication. What the span's end is is then dated by the
review rule of round 50 (checks.draft.retrospect.reviewed): achievements dated by default only.
A span printed right after a figure is that figure's own period, not the text's (`their combined revenue was
£1.38 billion in the year to 31 March 2025`, a press release of June 2026: a fiscal year of one figure; round 54)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from checks.draft.months import MONTH_WORD

_COUNT = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|thirty)"
_SPAN_TO = re.compile(
    rf"\b(?:in|over|during|for)\s+the\s+(?:{_COUNT}\s+|(?:first|last|past)\s+{_COUNT}\s+)?(?:months?|years?)"
    rf"\s+(?:to|ending|ended|up\s+to)\s+(?:\d{{1,2}}\s+)?{MONTH_WORD}\s+((?:19|20)\d\d)\b"
    rf"|\b\d{{1,2}}\s+{MONTH_WORD}\s+(?:19|20)\d\d\s*(?:to|–|-)\s*\d{{1,2}}\s+{MONTH_WORD}\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# £1.38 billion in the year to …, 412 operations over the 12 months to …: a figure (and its unit words) right before
_FIGURE_BEFORE = re.compile(r"\d[\d,.]*\s*(?:%|[^\W\d]+(?:\s+[^\W\d]+)?)?\s*$")
_TOP_LINES = 8  # the title and the text's first lines: where a report names what it covers


def span_to_end(lines: Sequence[str], published: date | None) -> int | None:
    """The year before publication when the text's top ``lines`` name a span that ran to a month of
    it (`in the 30 months to December 2025` in May 2026: 2025); None otherwise."""
    if published is None:
        return None
    last = published.year - 1
    for line in lines[:_TOP_LINES]:
        for match in _SPAN_TO.finditer(line):
            if _FIGURE_BEFORE.search(line, max(0, match.start() - 32), match.start()):
                continue  # the figure's own period (round 54)
            if int(match.group(1) or match.group(2)) == last:
                return last
    return None
