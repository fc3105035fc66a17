"""A change told right after a figure its sentence dates before it (round 60).

`In 2024/25 we recruited 9,482 participants, up 11.6% on the 8,497 of 2023/24`: the change apposed to the count is of
the count's year (2025), not of the year printed after it, which dates the level compared with (`the 8,497 of
2023/24`, `from 75.6% in 2024`). Round 59 read so a count whose own year is printed right after it (`received 612
requests in 2024/25, up 8.3% on …`, checks.draft.spoken_of); this reads a count whose year opens its sentence or
clause before it (`In 2024/25 we recruited 9,482`, `In 2025 the unit treated 1,204 patients, up 9% from 1,105 in
2024`). Only when the count took that printed year (its period is the year printed with it), none other between.
"""

from __future__ import annotations

from checks.draft.facts import DraftFact
from checks.draft.years import years_in


def dated_before(line: str, sentence_start: int, figure: DraftFact) -> bool:
    """Whether ``figure`` is dated by the one year printed in its sentence before it."""
    if figure.quantity.start < sentence_start:
        return False
    if not any(note.endswith("(the year printed with it)") for note in figure.review):
        return False
    years = [y.value for y in years_in(line[sentence_start : figure.quantity.start])]
    return years == [figure.period]
