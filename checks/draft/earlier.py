"""The earlier level of a change, when the text prints no year for it: a year before the level it is
compared with (round 25). An achievement dated by default (the year the article is about, or the one
its title names) that is

- where a change starts (`fell from 148 to 121`), its share in brackets after it too (`fell from 4,905
  (18.5% of arrivals) to 3,176`): the change's figures are this year's and the year before's;
- the level `up from` or `down from` names after a figure (`41 facilities were closed, down from 55`), or
  `from` after the level a change reached (`turnover fell to 14.8% from 19.5%`):
  a figure is compared with the same measure a year earlier unless a year or period is printed;

is of the year before. A rule's old level (起付线由800元下调至600元) is the one in force now, not the
year before's (checks.draft.policy.rule_to_come)."""

from __future__ import annotations

import re

from checks.draft.carried import ACHIEVED_DEFAULTS, starts_a_change
from checks.draft.guesses import Guess
from checks.draft.policy import rule_to_come
from checks.draft.text import clause_bounds

# The defaults that say nothing of a change's two ends: the earlier one is then a year before.
_DEFAULTS = (*ACHIEVED_DEFAULTS, "the year its title names")
# from 4,905 (18.5% of arrivals) to 3,176: a figure in brackets right after it, then "to" the next level.
_FROM = re.compile(r"(?:\bfrom|从|由)\s*$", re.IGNORECASE)
_BRACKETED_TO = re.compile(r"\s*[(（][^()（）]*[)）]\s*(?:\bto\b|到|至)", re.IGNORECASE)
# from 4,905 (  … 18.5% … ) to: the share in brackets after where a change starts.
_FROM_BRACKET = re.compile(r"(?:\bfrom|从|由)\s*[^\s()（）]*\d[^()（）]*[(（][^()（）]*$", re.IGNORECASE)
_BRACKET_TO = re.compile(r"[^()（）]*[)）]\s*(?:\bto\b|到|至)", re.IGNORECASE)
# 41 facilities were closed …, down from 55: the earlier level of the figure before it.
_UP_DOWN_FROM = re.compile(r"\b(?:up|down)\s+from\s*$", re.IGNORECASE)
# turnover fell to 14.8% from 19.5%, rose to 61 from 55: the level reached first, then where the change started.
_TO_FROM = re.compile(
    r"\b(?:fell|rose|dropped|declined|decreased|increased|grew|climbed|improved|slipped|jumped|went\s+(?:up|down))"
    r"\s+to\s+[£$€]?\d[\d,.]*\s*(?:%|per\s*cent|[a-z]+)?\s+from\s+[£$€]?$",
    re.IGNORECASE,
)
# … down from 55 to 41, up from 2 a year earlier, down from 66.0% the previous week, down from 11 between
# 2019 and 2021: a level, a time or a period after it says more.
_MORE_AFTER = re.compile(
    r"\s*(?:[^\d,;.]{0,12}?\bto\b|(?:a|one)\s+(?:year|month|week|quarter)\b"
    r"|(?:the\s+)?(?:previous|prior|preceding|last|same|first|second|third|fourth)\s+\w+"
    r"|(?:in|between|during|at|on|over|by|since|for)\b)",
    re.IGNORECASE,
)


def earlier_level(
    line: str, start: int, end: int, following: list[int], status: Guess, period: Guess, rules: bool = False
) -> Guess:
    """``period`` of the figure at ``start:end`` of ``line`` (``following``: where the claims after it on
    its line start), a year earlier when the figure is the earlier level of a change. ``rules``: the text
    sets rules that take effect (checks.draft.effective); its title's year is then no year of a level
    reported, and a change is the rules' (由40%提高到50%: 40% is in force now)."""
    defaults = ACHIEVED_DEFAULTS if rules else _DEFAULTS
    if status.value != "achieved" or period.why not in defaults or not isinstance(period.value, int):
        return period
    clause_start, clause_end = clause_bounds(line, start)
    level = min((at for at in following if at >= end), default=None)
    in_clause = level if level is not None and level < clause_end else None
    earlier = (
        (in_clause is not None and starts_a_change(line, clause_start, start, end, in_clause))
        or (_FROM.search(line, max(clause_start, start - 8), start) is not None and _BRACKETED_TO.match(line, end))
        or (
            _FROM_BRACKET.search(line, max(0, start - 40), start) is not None
            and _BRACKET_TO.match(line, end) is not None
        )
        or (_UP_DOWN_FROM.search(line, max(0, start - 12), start) is not None and not _MORE_AFTER.match(line, end))
        or (
            _TO_FROM.search(line, max(clause_start, start - 60), start) is not None and not _MORE_AFTER.match(line, end)
        )
    )
    if not earlier or rule_to_come(line, start):
        return period
    return Guess(period.value - 1, "the level a change starts from, a year before the one it reaches")
