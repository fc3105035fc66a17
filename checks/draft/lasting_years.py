"""A year a sentence says things have stayed as since (round 56): a petition page writes `The list of medical
exemptions was drawn up in 1968 and has hardly changed since. I have ulcerative colitis and take four items a month:
at £9.90 an item that is £39.60 a month`. The year (1968) dates what was done then; its sentence says the state has
lasted to now, so the figures of the sentences after it on the line are not of that year (as the last year printed
before them would make them: checks.draft.period_guess): they keep the year their own words or the text give (2026).

The sentence goes on from the year to `since` at its end (`has hardly changed since.`, `has stayed the same ever
since`, `and has been in place since then`) or to 至今/迄今 (`1968年制定，至今未作调整`). Not a year of the figure's
own sentence, nor `since 1968` before a figure (a span's start: checks.draft.spans)."""

from __future__ import annotations

import re

from checks.draft.text import sentence_bounds

_LASTING = re.compile(
    r"\b(?:ever\s+)?since(?:\s+then)?\s*[.;!]?\s*$|(?:至今|迄今)(?:未|没有|仍|一直|基本)", re.IGNORECASE
)


def lasting_since(line: str, position: int, figure_start: int) -> bool:
    """Whether the year at ``position`` stands in an earlier sentence than the figure at ``figure_start`` that says
    things have stayed as since that year (drawn up in 1968 and has hardly changed since.)."""
    end = sentence_bounds(line, position)[1]
    if end > figure_start:
        return False
    return _LASTING.search(line[position:end].rstrip()) is not None
