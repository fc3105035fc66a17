"""A page's issue label (round 49): a head line or field that opens with "Issued on" (Issued on 16 March 2026
by the Office of the Municipal Commissioner | Order No. …), "Issued:", "Date of issue:" or "Issue date:"
dates the page as a publication label does: an order, a plan or a circular is published when issued. Only
at the start of a line or of one of its fields (after "|"): "guidance issued on 3 March 2024 says …" in a
sentence is a date the text speaks of, and "Issued by: …" names an issuer, no date."""

from __future__ import annotations

import re

_ISSUE_LABEL = re.compile(
    r"(?:^|\|)\s*(?:issued(?:\s+on)?|date\s+of\s+issue|issue\s+date)\s*[:：]?\s*"
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s*)?$",
    re.IGNORECASE,
)


def issue_label(line: str, at: int) -> bool:
    """Whether the text of ``line`` right before ``at`` (where a date starts) is an issue label opening
    the line or one of its fields."""
    return _ISSUE_LABEL.search(line[:at]) is not None
