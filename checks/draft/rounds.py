"""Survey rounds named with their years (``NFHS-5 (2019-21)``, ``Wave 3 (2022)``, ``Round 2 (2018)``): a
text that sets one round's figures beside an earlier one's names each round once with its years and
then by its name alone.

A round is of the last year of its span (pooled years are recorded so: 2019-21 → 2021). When a text
names two rounds or more, it reports the latest: its figures of no year of their own are that round's,
and the year in brackets after a round's name labels the round, not the line's other figures. An
earlier level of a change (``from 34.6 per cent to 31.2 per cent``, ``up from 48.2 per cent``, ``rose
to 63.9 per cent from 60.8 per cent``) is the round before it; a figure followed in its clause by a
round's name (``21.1 per cent and 24.4 per cent in NFHS-5``) is that round's; a table column headed by
a round's name (``NFHS-5 (2019-21)``, ``NFHS-6 Urban``) is that round's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.draft.guesses import Guess
from checks.draft.text import clause_bounds

# NFHS-5 (2019-21), Wave 3 (2022), Round 2 (2018-19): a name ending in its number, then its years.
_NAMED = re.compile(
    r"(?<![\w-])((?!(?:Table|Figure|Fig|Chart|Box|Annex|Appendix|Section|Part|Page|Item)\b)[A-Z][A-Za-z]{1,11}"
    r"(?:-|\s)?\d{1,2})\s*[(（]\s*((?:19|20)\d\d)(?:\s*[-–/]\s*(\d{2,4}))?\s*[)）]"
)
# An earlier level: from 34.6 per cent, up from 48.2 per cent, from Rs 3,120.
_FROM = re.compile(r"\bfrom\s+(?:(?:Rs\.?|₹|INR|[$£€])\s*)?$", re.IGNORECASE)
# A spread at one time (ranged from X in one place to Y in another), no earlier level.
_SPREAD = re.compile(r"\b(?:rang(?:ed|es|ing)|var(?:ied|ies|ying))\b", re.IGNORECASE)


def _end_year(first: str, last: str | None) -> int:
    if last is None:
        return int(first)
    return int(last) if len(last) == 4 else int(first[:2] + last) if int(last) >= int(first[2:]) else int(first) + 1


def round_years(lines: Sequence[str]) -> dict[str, int]:
    """Each round's name and year (the last of its span), for the names a text prints with one span."""
    found: dict[str, set[int]] = {}
    for line in lines:
        for match in _NAMED.finditer(line):
            found.setdefault(re.sub(r"\s+", " ", match.group(1)), set()).add(_end_year(match.group(2), match.group(3)))
    return {name: years.pop() for name, years in found.items() if len(years) == 1}


def _named_in(text: str, rounds: dict[str, int]) -> int | None:
    """The year of the round ``text`` names (the longest name first: NFHS-6 Urban is NFHS-6's)."""
    for name in sorted(rounds, key=len, reverse=True):
        if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-]|\.\d)", text):
            return rounds[name]
    return None


def round_period(plain: str, start: int, end: int, header: str, period: Guess, rounds: dict[str, int]) -> Guess:
    """The period of a figure of a text that compares survey rounds (``rounds``, each name's year)."""
    years = sorted(set(rounds.values()))
    if len(years) < 2:
        return period
    latest, earlier = years[-1], years[-2]
    column = _named_in(header, rounds) if header else None
    if column is not None:
        return Guess(column, "the survey round its table column names")
    clause_start, clause_end = clause_bounds(plain, start)
    after = plain[end:clause_end]
    named = re.search(r"\bin\s+(?:the\s+)?(\S+(?:\s\d{1,2})?)", after)
    if named is not None and not re.search(r"\b(?:from|to)\b", after[: named.start()], re.IGNORECASE):
        year = _named_in(named.group(1), rounds)
        if year is not None:
            return Guess(year, "the survey round named after it")
    before = plain[clause_start:start]
    if _FROM.search(plain[max(0, start - 16) : start]) and not _SPREAD.search(before):
        return Guess(earlier, "the earlier level of a change between survey rounds: the round before the latest")
    labelled = {_end_year(m.group(2), m.group(3)) for m in _NAMED.finditer(plain[:start])}
    if period.value in labelled and period.value != latest:
        return Guess(latest, "the latest survey round the text reports (the year before it labels a round)")
    return period
