"""The change a sentence names after its from-to is of the year it changes to (round 64).

``The yearly bill rose from £14.3m in 2020/21 to £27.9m in 2024/25, an increase of 95%`` and ``new claims had fallen
from 96 in 2023/24 to 81 in 2024/25, a drop of 16%``: the increase or drop, named after the change it measures, is of
the year the level reached is printed with (2024/25: 2025, README's convention for a year across two), not of the year
the article is about. (``notices.settled`` reads ``up from 61.0% in the 2023 survey, a rise of …``: a change named
after the level it starts from.)

Only an achieved figure with no year printed with it, a change noun opening its clause (``, an increase of``, ``, a
drop of``), after a ``from … to …`` in its sentence whose last year, before the figure, is over or under way; not
``to 81 by 2027/28, a drop of 16%`` (a due year), nor a year after publication."""

from __future__ import annotations

import re

from checks.draft.carried import fiscal_end
from checks.draft.guesses import Guess
from checks.draft.text import sentence_bounds

_CHANGE_OF = re.compile(
    r"(?i:,\s*(?:a|an)\s+(?:rise|increase|fall|drop|decline|gain|reduction|improvement|cut)\s+of\s+(?:about\s+|almost\s+"
    r"|nearly\s+|around\s+|some\s+)?$)"
)
_FROM_TO = re.compile(r"(?i:\bfrom\b.*?\bto\b)")
# to 81 in 2024/25, to £27.9m in 2025: the year (or fiscal year) the level reached is printed with; not by 2027/28
_TO_YEAR = re.compile(r"(?i:\bto\b[^,;]*?\b(?<!by\s)((?:19|20)\d\d)(?:[/-]((?:19|20)?\d\d))?\b[^\d]*$)")
_DEFAULTS = ("the year the article is about", "publication year", "the year its title names")


def change_to_year(line: str, start: int, status: Guess, period: Guess, now: int | None) -> Guess:
    """``period``, or the year the level a from-to change reaches is printed with, for the change named after it."""
    if now is None or status.value != "achieved" or str(period.why) not in _DEFAULTS:
        return period
    if not _CHANGE_OF.search(line, max(0, start - 40), start):
        return period
    sentence_start = sentence_bounds(line, start)[0]
    if not _FROM_TO.search(line, sentence_start, start):
        return period
    reached = _TO_YEAR.search(line, sentence_start, start)
    if reached is None or (year := fiscal_end(reached.group(1), reached.group(2))) > now:
        return period
    return Guess(year, "the year of the level the change named after it reaches")
