"""A sentence opening on the period it compares with (round 57): a circular on the 2025 assessment round writes
`与2023年度相比，全市实际参考人数增加1,137人，增长13.3%；简易程序适用比例由58.7%提高到66.2%`, a quarterly bulletin on the
first quarter of 2026 `与2025年第四季度相比，门诊处方合格率由94.8%提高到96.2%，上升1.4个百分点`. The opening names the
time of the level a change starts from (由58.7%, 由94.8%: 2023's, 2025's), not the year before the one reported; the
level reached and the change (提高到96.2%, 上升1.4个百分点) are of the period the text reports, not of the period
compared with (as a year the opening's quarter gave them).

So the figure after 由 or 从 in such a sentence takes the opening's year; a later figure whose guess is that year is
guessed again with the opening blanked (checks.draft.text.blanked). Also `Compared with 2023,` and `Compared to the
fourth quarter of 2025,`. Not an opening with no year (与上年相比: checks.draft.relative), nor a sentence that prints a
year after its opening (与2020年相比，2025年…: that year dates its figures)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from checks.draft.guesses import Guess
from checks.draft.text import PRINTED_YEAR, blanked, full_sentence_start

_PERIOD = r"(?:(?:the\s+)?(?:first|second|third|fourth|last)\s+quarter\s+of\s+)?((?:19|20)\d\d)"
_OPENING = re.compile(
    rf"\s*(?:与|较|同)\s*((?:19|20)\d\d)\s*年度?(?:第?[一二三四]季度|[上下]半年|(?:1[0-2]|[1-9])月份?)?\s*(?:相比|比较)\s*[，,]"
    rf"|\s*Compared\s+(?:with|to)\s+(?:the\s+same\s+\w+\s+(?:of|in)\s+)?{_PERIOD}\s*,",
    re.IGNORECASE,
)
_FROM = re.compile(r"(?:由|从|\bfrom)\s*\Z", re.IGNORECASE)


class Opening(NamedTuple):
    year: int  # the year of the period compared with
    start: int  # where the opening stands on its line
    end: int
    from_level: bool  # the figure is the level a change starts from (由58.7%)


def compared_opening(line: str, start: int) -> Opening | None:
    """The opening naming the period compared with of the sentence holding ``start`` (or of the sentence its ；goes on
    with), when no year is printed between it and the figure."""
    opening = _OPENING.match(line, full_sentence_start(line, start))
    if opening is None or opening.end() > start or PRINTED_YEAR.search(line, opening.end(), start):
        return None
    from_level = _FROM.search(line, max(opening.end(), start - 8), start) is not None
    return Opening(int(opening.group(1) or opening.group(2)), opening.start(), opening.end(), from_level)


def compared_period(line: str, start: int, status: Guess, period: Guess, again: Callable[[str], Guess]) -> Guess:
    """``period`` of the achieved figure at ``start``, or in a sentence opening on the period compared with: that
    period's year for the level a change starts from (由58.7%); for a later figure the opening's year dated, its
    period guessed ``again`` on the line with the opening blanked (提高到96.2%: the quarter reported)."""
    opened = compared_opening(line, start) if status.value == "achieved" else None
    if opened is None:
        return period
    if opened.from_level:
        why = f"the level a change starts from, of the {opened.year} its sentence compares with"
        return period if period.value == opened.year else Guess(opened.year, why)
    if period.value != opened.year:
        return period
    guessed = again(blanked(line, opened.start, opened.end))
    if guessed.value == opened.year:
        return period
    return Guess(guessed.value, f"{guessed.why}; not of the {opened.year} its sentence compares with")
