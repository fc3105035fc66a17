"""A day still to come in the year of publication (round 54): a tender announcement of 18 May 2026 that
sets its bids' deadline (`并于2026年6月8日9点30分前递交投标文件`), a regulator's release of 17 June 2026 that
invites responses `by 5pm on 8 July 2026`, a notice whose consultation closes `on 30 September 2026`, speaks
of now and of what comes next, not of the year just ended: what it states with no year of its own (the
budget, the ceiling, the terms it sets, the present state it reports) is the publication year's, even when
it appears in January to June (when a text with no such day is taken to report the year before, as a
month of the year already over makes it report this year; checks.draft.period_guess, rule 6).

The day is printed whole, with its year (`2026年6月8日`, `8 July 2026`, `July 8, 2026`, `2026-06-08`: dates.WHOLE_DATES),
after the publication day, as a deadline: after `by`, `before`, `until`, `no later than`, `deadline`, `closes`, or
before 前 or after 截止 (`于2026年6月8日9点30分（北京时间）前递交`). Not the day a change takes effect (`will rise to
$165 from July 1, 2026` in an annual report of March: its figures stay the year reported), nor a month alone (`by
March 2028`, a due date), nor another year's day."""

from __future__ import annotations

import re
from datetime import date

from checks.draft.dates import dates_printed

_DEADLINE_BEFORE = re.compile(
    r"(?i:\b(?:by|before|until|no\s+later\s+than|deadline|closes?|closing)\b[^.;]{0,14}$)|截止[^，。；]{0,12}$"
)
_DEADLINE_AFTER = re.compile(r"^[^，。；,;]{0,16}?(?:前|之前|截止)")


def day_before(text: str, published: date) -> bool:
    """Whether ``text`` prints a whole day before ``published`` (at its meeting on September 22, 2026 in a
    report of October 14, 2026; checks.draft.reported_in_recommendations)."""
    return any(day is not None and day < published for _, day in dates_printed(text))


def day_ahead(line: str, published: date) -> bool:
    """Whether ``line`` prints a whole day of the publication year after ``published`` as a deadline (于2026年6月8日
    9点30分前 in a notice of 2026-05-18)."""
    for match, day in dates_printed(line):
        deadline = _DEADLINE_BEFORE.search(line[max(0, match.start() - 32) : match.start()]) or _DEADLINE_AFTER.match(
            line[match.end() :]
        )
        if day is not None and day.year == published.year and day > published and deadline:
            return True
    return False
