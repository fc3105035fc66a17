"""`年内` in a sentence that opens on an earlier year (round 70).

`截至2025年12月31日，学会共有专科分会42个，…，年内完成11个分会换届改选` and `2025年全年，…惠及失能老年人4,105名（含年内停发人员）`
in texts of early 2026: "within the year" is within the year the sentence opens on, not the year of publication.
checks.draft.relative reads `年内` alone as this year (`确保年内完成`, a target by the end of the year of publication), and
checks.draft.within_year takes a report's title year for `年内已`. A figure done (achieved) and dated by `年内` to the
year of publication, in a sentence whose opening (a year, a date clause) names an earlier year, is of that year.
"""

from __future__ import annotations

from checks.draft.guesses import Guess
from checks.draft.openings import opening

_WITHIN = "'年内'"


def within_opened_year(line: str, start: int, status: Guess, period: Guess, now: int | None) -> Guess:
    """``period``, or the earlier year opening the sentence of a done figure at ``start`` dated by `年内`."""
    if status.value != "achieved" or not period.why.startswith(_WITHIN) or now is None or period.value != now:
        return period
    opened = opening(line, start)
    if opened is None or opened.value >= now:
        return period
    return Guess(opened.value, f"'年内': within the year {opened.value} opening its sentence")
