"""A year earlier than a report's year (round 49): "At the year end 37 inquests had been open for more than 12
months, compared with 61 a year earlier" in an annual report of 2025 published in 2026: "a year earlier" (the year
before, the previous year) counts back from the year the report is of (its title's year), not from its publication:
2024. Only right after the figure: a change (three days shorter than a year earlier, 3.9 per cent more than the
previous year, an increase of 3255 over the previous year) is of the report's year; and only in a sentence that
prints no year before it (812,400 as of June 30, 2026, up from 774,900 a year earlier: a year before that date).
Also (round 59) when the text's other years made the year the article is about an earlier one than its title's
(a half-year report of 2025 full of `(H1 2024: …)` comparatives: `fell to 8.4% from 10.9% a year earlier` was dated
2023): a year before the title's year (2024)."""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.text import PRINTED_YEAR, sentence_bounds

_EARLIER = re.compile(
    r"\s+(?:a\s+year\s+earlier|a\s+year\s+before|the\s+year\s+before|in\s+the\s+previous\s+year)\b",
    re.IGNORECASE,
)


def year_earlier(line: str, end: int, status: Guess, period: Guess, title_year: int | None) -> Guess:
    """``period``, or the year before the report's ``title_year`` for a figure "a year earlier"."""
    if title_year is None or status.value != "achieved" or not isinstance(period.value, int):
        return period
    if (
        period.why == f"the year before {period.value + 1} (the year the article is about)"
        and period.value + 1 != title_year
    ):
        period = Guess(title_year, "the year the article is about")  # fell to 8.4% from 10.9% a year earlier (59)
    if period.value != title_year or _EARLIER.match(line, end) is None:
        return period
    if PRINTED_YEAR.search(line, sentence_bounds(line, end)[0], end):
        return period
    return Guess(title_year - 1, "a year earlier than the year the report is of")
