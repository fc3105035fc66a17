"""Years a sentence prints after its figures: a clause that is only a year (``KDHE estimates
expenditures of $3,057,100 …, including $1,214,500 …, in FY 2027, which reflects …``), and the years
that figures marked ``respectively`` take in turn (``3.00 positions in FY 2027 …, rising to 4.00 in FY
2028, at a cost of $268,400 and $371,900 respectively``).

Both date only a figure the other rules date by default (no year of its own): it is then of that year,
a target when the year is after publication, achieved when before.
"""

from __future__ import annotations

import re

from checks.draft.guesses import LINE_YEAR, Guess
from checks.draft.text import sentence_bounds
from checks.draft.years import years_in

# The defaults a figure with no year of its own is dated by (checks.draft.policy, checks.draft.carried).
_DEFAULTS = ("publication year", "the year before publication", "the year the article is about")
_DEFAULT_PREFIXES = ("the year its title names", LINE_YEAR)
# , in FY 2027, / , in 2026-27. : a clause that is nothing but a year.
_YEAR_CLAUSE = re.compile(
    r",\s*(?:in|during)\s+(?:(?:the\s+)?(?:FY|fiscal\s+year)\s?)?(?:19|20)\d\d(?:\s*[-/–]\s*\d\d)?\s*(?=[,.;]|$)",
    re.IGNORECASE,
)
# $268,400 and $371,900 respectively: the figures of the clause that ends so.
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def _by_default(period: Guess) -> bool:
    return period.why in _DEFAULTS or str(period.why).startswith(_DEFAULT_PREFIXES)


def _dated(year: int, why: str, status: Guess, now: int | None) -> tuple[Guess, Guess]:
    if now is not None and year > now and status.value == "achieved":
        status = Guess("target", f"the year {year} is after publication")
    elif now is not None and year < now and status.value == "target":
        status = Guess("achieved", f"the year {year} is before publication")
    return status, Guess(year, why)


def trailing_year(
    plain: str, start: int, end: int, figures: list[tuple[int, int]], status: Guess, period: Guess, now: int | None
) -> tuple[Guess, Guess]:
    """The year a figure dated by default takes from a year clause after it in its sentence, or from
    the years its sentence printed before it, taken in turn by the figures marked ``respectively``."""
    if not _by_default(period):
        return status, period
    sentence_start, sentence_end = sentence_bounds(plain, start)
    rest = plain[end:sentence_end]
    respectively = _RESPECTIVELY.search(rest)
    between = re.sub(r"\d[\d,.]*", "0", rest[: respectively.start()]) if respectively is not None else ""
    if respectively is not None and not re.search(r"[,;，；]", between.replace(", and", " and")):
        marked = [f for f in figures if f[1] <= sentence_end and start <= f[0] < end + respectively.start()]
        earlier = [f for f in figures if sentence_start <= f[0] < start]
        first = min([start, *[f[0] for f in earlier if _in_list(plain, f[1], start)]])
        named = [y.value for y in years_in(plain[sentence_start:first])]
        listed = sorted({*(f[0] for f in marked), *(f[0] for f in earlier if f[0] >= first), start})
        if len(named) == len(listed) >= 2:
            return _dated(named[listed.index(start)], "the year its sentence names for it, respectively", status, now)
    clause = _YEAR_CLAUSE.search(rest)
    if clause is not None and not years_in(rest[: clause.start()]):
        year = years_in(clause.group())
        if len(year) == 1:
            return _dated(year[0].value, "the year a clause after it names", status, now)
    return status, period


def _in_list(plain: str, after: int, start: int) -> bool:
    """Whether only a list's joining words stand between a figure ending at ``after`` and ``start``."""
    return re.fullmatch(r"[\s,]*(?:and\s+)?[$£€]?\s*", plain[after:start]) is not None
