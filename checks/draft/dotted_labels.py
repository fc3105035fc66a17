"""A label numbered within its chapter (round 53): an auditor's follow-up numbers its recommendations and
exhibits by chapter and order, `Recommendation 4.3 (risk-based inspection schedule): fully implemented`,
`Exhibit 4.1 – Inspection activity`, `Table 2.4`, `Figure 3.10`: the dotted number names the item (the
third recommendation of chapter 4), it counts nothing. A whole number after such a word was already a
label (checks.draft.labels); this takes the dotted one (one or two dots, parts of one or two digits)
right after the label word, with no unit of its own. Not `rose 4.3%` or `a rate of 4.3`: no label word
stands before it."""

from __future__ import annotations

import re

from checks.numbers import Quantity

_LABEL_WORD = re.compile(
    r"\b(?:Recommendations?|Exhibits?|Tables?|Figures?|Fig\.|Charts?|Boxes|Box|Chapters?|Appendix|Annex"
    r"|Findings?|Objectives?|Actions?)\s+$"
)
_DOTTED = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,2}")


def dotted_label(line: str, q: Quantity) -> str | None:
    """Why ``q`` of ``line`` is no figure when it is a dotted number right after a label word
    (Recommendation 4.3, Exhibit 4.1); None otherwise."""
    if q.unit is not None or q.unit_text or not _DOTTED.fullmatch(q.digits):
        return None
    if not _LABEL_WORD.search(line, max(0, q.start - 20), q.start):
        return None
    return "the number of a label within its chapter (Recommendation 4.3, Exhibit 4.1), not a figure"
