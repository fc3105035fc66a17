"""The dated label of a comparative in brackets (`(H1 2024:`, `(31 December 2024:`, `(2023/24:`, `（2024年：`), for
checks.draft.comparatives (the figures after it are of its year) and checks.draft.openings (its year opens no
sentence). Round 59."""

from __future__ import annotations

import re

from checks.draft.months import MONTH_WORD
from checks.draft.text import blanked_matches

_LABEL = re.compile(
    r"[(（]\s*(?:(?:H[12]|Q[1-4]|FY|HY|\d{1,2}\s+" + MONTH_WORD + r"|" + MONTH_WORD + r"\s+\d{1,2},?)\s*)?"
    r"(?:19|20)\d\d(?:\s*[-/–]\s*\d\d)?\s*(?:年(?:度|末|底)?)?\s*[:：]",
    re.IGNORECASE,
)


def comparative_label(line: str, start: int) -> re.Match[str] | None:
    """The dated label (`(H1 2024:`) of the bracket holding the figure at ``start``, when the figure follows it."""
    for label in _LABEL.finditer(line, 0, start):
        if label.end() <= start and not re.search(r"[)）]", line[label.end() : start]):
            return label
    return None


def without_labels(text: str) -> str:
    """``text`` with each comparative's dated label blanked (positions kept): no sentence opens on its year."""
    return blanked_matches(_LABEL, text)
