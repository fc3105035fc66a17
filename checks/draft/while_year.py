"""A year two contrasted clauses share (round 62): `Premiums earned rose 8.5% in 2024 while claims rose 5.2%`: the
year printed after the first figure dates the second, joined by `while` or `whereas`, too (2024, not a year of an
earlier sentence on its line: `Our premiums for 2024 were set in 2023 …`). The first figure's year was kept from the
second's by the rule that a year right after another figure is that figure's
(checks.draft.period_guess._ANOTHER_FIGURES); a contrast joins the two clauses into one statement of the year. Not a
clause with a year of its own (`while claims rose 5.2% in 2025`), nor a target."""

from __future__ import annotations

import re

from checks.draft.guesses import LINE_YEAR, Guess
from checks.draft.text import sentence_year

# rose 8.5% in 2024 while / fell 2% in FY2024, whereas
_SHARED = re.compile(
    r"\d[\d,.]*\s*(?:%|per\s*cent|percent)?\s+in\s+(?:FY\s*)?((?:19|20)\d\d)\s*,?\s+(?:while|whereas)\s+[^\d]{0,60}$",
    re.IGNORECASE,
)


def while_year(line: str, start: int, status: Guess, period: Guess) -> Guess:
    """The year printed after the figure a `while` clause ending at ``start`` contrasts with; else ``period``."""
    if status.value != "achieved" or period.why != LINE_YEAR:
        return period
    year = sentence_year(_SHARED, line, start)
    return period if year is None else Guess(year, "the year of the clause it is contrasted with ('while')")
