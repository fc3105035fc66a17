"""Whether two numbers joined like a range are a change or a comparison instead.

"from X to Y" after a verb of change (rose from 10 to 20, increasing its licensed beds from 312 to 352)
is a change, and "between X and Y" after a gap or a choice (the gap between 84% and 90%) names two
figures compared: neither is a range.
"""

from __future__ import annotations

import re
from decimal import Decimal

_CHANGE_VERB = (  # case-blind where used
    r"\b(?:increas|ris|rose|grew|grow|fell|fall|dropp|drop|declin|decreas|reduc|rais|cut|went|go|jump|climb|expand"
    r"|improv|mov|chang|shrank|shrink|doubl|slid|soar|surg|plung|up|down|lengthen|shorten|widen|narrow|slow|sped"
    r"|speed|accelerat|worsen|halv|tripl|quadrupl|dip|edg|slump|spik|swell|swoll|balloon|sank|sink|rebound|recover"
    r"|tumbl|slash|trim|boost|lower|hik|revis|upgrad|downgrad|uplift|gain|extend|adjust)\w*"
    # Between: an adverb (rose more slowly, from; fell sharply from)
    r"(?:\s+(?:more|less|much|even|only)?\s*\w+ly)?"
)
_CHANGE_BEFORE_FROM = re.compile(
    r"(?i:"
    + _CHANGE_VERB
    # Between: the change's size (an uplift of 6.2% from)
    + r"(?:(?:\s+(?:by|of))?\s+(?:about\s+|around\s+|nearly\s+)?"
    r"[£$€¥]?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|per\s?cent|percentage\s+points?|points?|pp))?)?,?\s+from\s{1,2})\Z"
)
_COMPARED_BETWEEN = re.compile(
    r"(?i:\b(?:gaps?|differences?|distances?|ratios?|margins?|contrasts?|comparisons?|choose|choice)\s+between\s{1,2}\Z)"
)


def is_comparison(text: str, opener: re.Match[str]) -> bool:
    """Whether "between X and Y" names two figures compared (the gap between 84% and 90%), not a range."""
    end = _word_end(opener)
    return bool(_COMPARED_BETWEEN.search(text, max(0, end - 24), end))


_NOT_OBJECT = r"(?:for|of|in|with|to|at|on|by|among|aged|between|ages|from|than|as|is|was|has|this|its|their)"


# increasing its licensed beds from 312 to 352: a verb of change, then its object (a determiner and a few
# words, or a pronoun: extend it from two to four hospitals; raise the maximum civil penalty for each false
# Medicaid claim from $11,000 to $14,300), then from (round 38).
_CHANGE_OBJECT_FROM = re.compile(
    r"(?i:\b(?:increas|rais|cut|reduc|expand|lower|boost|lift|extend|grow|doubl|trim|shrink|enlarg)\w*"
    r"\s+(?:(?:its|their|our|the|his|her|this|that|these|those)\s+(?:[a-z][\w/-]*\s+){0,8}|(?:it|them)\s+"
    # or a bare plural and up to three words before it, none a preposition (increase electric vehicle charging
    # points from 36 to 60; round 65)
    r"|(?:(?!" + _NOT_OBJECT + r"\b)[a-z][\w/-]*\s+){0,3}(?!" + _NOT_OBJECT + r"\b)[a-z][\w/-]*[a-z]s\s+)"
    r"from\s{1,2})\Z"
)


# bringing the total from 1,200 to 1,450, taking staffing from 98 to 112: a verb that carries its object from
# one level to another. Bring carries any object; take only an amount or `it` (taking it from 58 to 63 hours a week;
# a clinic that takes children, or them, from 5 to 16 serves an age range).
_CARRIED_FROM = re.compile(
    r"(?i:\b(?:(?:bring|brings|bringing|brought)\s+(?:[a-z][\w/'’-]*\s+){1,5}"
    r"|(?:take|takes|taking|took|taken)\s+it\s+"
    r"|(?:take|takes|taking|took|taken)\s+(?:[a-z][\w/'’-]*\s+){0,4}(?:total|number|count|tally|share|rate|staffing"
    r"|headcount|workforce|spend|spending|budget|capacity|costs?|prices?|levels?|figure|proportion|income|funding)\s+)"
    r"from\s{1,2})\Z"
)
# fell by £25,000 to £430,000: a verb of change, then "by", the change's size, "to" and the level it comes to.
_CHANGE_BY = re.compile(
    r"(?i:" + _CHANGE_VERB + r"\s+by\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?[£$€¥]?)\Z"
)
_LEVEL_PAST_CHANGE = 10  # how many times the change the level after "to" must be (reduce by 10 to 20%: a range)


def is_change(text: str, opener: re.Match[str] | None) -> bool:
    """Whether "from X to Y" follows a verb of change (rose from 10 to 20): a change, not a range."""
    if opener is None:
        return False
    end = _word_end(opener)
    window = max(0, end - 72)
    return any(p.search(text, window, end) for p in (_CHANGE_BEFORE_FROM, _CHANGE_OBJECT_FROM, _CARRIED_FROM))


def is_change_by(text: str, start: int, size: Decimal, level: Decimal) -> bool:
    """Whether "X to Y" at ``start`` is a change's size and the level it comes to (fell by £25,000 to £430,000,
    rose by 12 to 340 beds), not a range of the change (reduce by 10 to 20 percent): "by" after a verb of change,
    and a level more than ten times the size."""
    if size <= 0 or level <= size * _LEVEL_PAST_CHANGE:
        return False
    return _CHANGE_BY.search(text, max(0, start - 72), start) is not None


def _word_end(opener: re.Match[str]) -> int:
    """Where the opening word ends (between, from), before an approximation or a currency sign."""
    return opener.end("word") if opener.group("word") is not None else opener.end()
