"""Whether two numbers joined like a range are a change or a comparison instead.

"from X to Y" after a verb of change (rose from 10 to 20, increasing its licensed beds from 312 to 352)
is a change, and "between X and Y" after a gap or a choice (the gap between 84% and 90%) names two
figures compared: neither is a range.
"""

from __future__ import annotations

import re

_CHANGE_BEFORE_FROM = re.compile(
    r"(?i:\b(?:increas|ris|rose|grew|grow|fell|fall|dropp|drop|declin|decreas|reduc|rais|cut|went|go|jump|climb|expand"
    r"|improv|mov|chang|shrank|shrink|doubl|slid|soar|surg|plung|up|down|lengthen|shorten|widen|narrow|slow|sped"
    r"|speed|accelerat|worsen|halv|tripl|quadrupl|dip|edg|slump|spik|swell|swoll|balloon|sank|sink|rebound|recover"
    r"|tumbl|slash|trim|boost|lower|hik|revis|upgrad|downgrad|uplift|gain|extend|adjust)\w*"
    # Between: an adverb (rose more slowly, from; fell sharply from), the change's size (an uplift of 6.2% from)
    r"(?:\s+(?:more|less|much|even|only)?\s*\w+ly)?(?:(?:\s+(?:by|of))?\s+(?:about\s+|around\s+|nearly\s+)?"
    r"[£$€¥]?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|per\s?cent|percentage\s+points?|points?|pp))?)?,?\s+from\s{1,2})\Z"
)
_COMPARED_BETWEEN = re.compile(
    r"(?i:\b(?:gaps?|differences?|distances?|ratios?|margins?|contrasts?|comparisons?|choose|choice)\s+between\s{1,2}\Z)"
)


def is_comparison(text: str, opener: re.Match[str]) -> bool:
    """Whether "between X and Y" names two figures compared (the gap between 84% and 90%), not a range."""
    end = _word_end(opener)
    return bool(_COMPARED_BETWEEN.search(text, max(0, end - 24), end))


# increasing its licensed beds from 312 to 352: a verb of change, then its object (a determiner and a few
# words), then from (round 38).
_CHANGE_OBJECT_FROM = re.compile(
    r"(?i:\b(?:increas|rais|cut|reduc|expand|lower|boost|lift|extend|grow|doubl|trim|shrink|enlarg)\w*"
    r"\s+(?:its|their|our|the|his|her|this|that|these|those)\s+(?:[a-z][\w/-]*\s+){0,5}from\s{1,2})\Z"
)


def is_change(text: str, opener: re.Match[str] | None) -> bool:
    """Whether "from X to Y" follows a verb of change (rose from 10 to 20): a change, not a range."""
    if opener is None:
        return False
    end = _word_end(opener)
    window = max(0, end - 72)
    return bool(_CHANGE_BEFORE_FROM.search(text, window, end) or _CHANGE_OBJECT_FROM.search(text, window, end))


def _word_end(opener: re.Match[str]) -> int:
    """Where the opening word ends (between, from), before an approximation or a currency sign."""
    return opener.end("word") if opener.group("word") is not None else opener.end()
