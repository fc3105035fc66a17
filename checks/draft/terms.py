"""A bound printed alone in brackets right after a term defines the term (高度近视（≥600度）): no claim."""

from __future__ import annotations

import re

from checks.numbers import Quantity

# 高度近视（≥600度）, 晚发现比例（首次CD4检测值＜200个/μl）: a bound printed alone in brackets right after a term
# (a measure's name may open the bracket) defines the term; not a target's or a standard's value (目标（≥70%）),
# nor a share's (规范管理率（≥60%）: a rate's bound in brackets is the level it is held to).
_TERM_BRACKET = (
    re.compile(r"[\u3400-\u9fffA-Za-z][（(](?:[^（()）\d，,。；;:：]|(?<=[A-Za-z])\d){0,12}\s*\Z"),
    re.compile(r"[^（()）\d，,。；;:：]{0,6}[）)]"),
)
_SET_VALUE = re.compile(
    r"(?:目标|要求|标准|任务|指标|计划|target|goal|standard|plan|norm)\w{0,4}\s*[（(]", re.IGNORECASE
)


def defines_term(line: str, q: Quantity) -> bool:
    """Whether the bound ``q`` stands alone in brackets right after a term it defines."""
    return bool(
        _TERM_BRACKET[0].search(line, max(0, q.start - 16), q.start)
        and _TERM_BRACKET[1].match(line, q.end)
        and not _SET_VALUE.search(line, max(0, q.start - 24), q.start)
    )


# The 90th percentile is the wait within which nine in 10 patients started treatment: the share that says
# what the percentile is (its own number again), no figure.
_PERCENTILE_IS = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\s+percentile\s+(?:wait\s+|value\s+)?(?:is|means)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?;]\s")


def percentile_meaning(line: str, q: Quantity) -> str | None:
    """Why ``q`` says what a percentile defined in its sentence is (nine in 10 for the 90th), or None."""
    if q.unit != "percent" or q.qualifier != "eq":
        return None
    defined = next((m for m in _PERCENTILE_IS.finditer(line, 0, q.start)), None)
    if defined is None or _SENTENCE_END.search(line, defined.end(), q.start) or float(defined.group(1)) != q.value:
        return None
    return "the share that says what a percentile is (the 90th percentile: nine in 10), not a claim"
