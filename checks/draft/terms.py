"""What a term means, no claim: a bound printed alone in brackets right after it (高度近视（≥600度）), the share
a percentile is (round 29), the times after an event when something is done (round 29)."""

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


# made at a late stage (a CD4 count below 350 cells/mm3): in English a space may stand before the bracket, and a
# measure's name of a few words, an article before it, opens it (round 34).
_TERM_BRACKET_EN = (
    re.compile(r"[A-Za-z]\s?\((?:an?\s+|the\s+)?(?:[A-Za-z][\w/-]*\s+){1,4}\Z"),
    re.compile(r"\s*(?:[A-Za-z/µμ]+[A-Za-z/µμ\d³]*)?\s*\)"),  # (… below 350 cells/mm3): the rest of its unit
)


def defines_term_en(line: str, q: Quantity) -> bool:
    """Whether the bound ``q`` (below 350, at least 2) stands in brackets, after a measure's name, right after a term."""
    return bool(
        q.qualifier in ("lt", "gt", "le", "ge")
        and _TERM_BRACKET_EN[0].search(line, max(0, q.start - 40), q.start)
        and _TERM_BRACKET_EN[1].match(line, q.end)
        and not _SET_VALUE.search(line, max(0, q.start - 40), q.start)
        and not _BRACKET_SETS.search(line, max(0, q.start - 40), q.start)
    )


# (the target was no more than $5.50): a bracket that names a target's level, no term's definition (round 39)
_BRACKET_SETS = re.compile(
    r"\((?:the\s+|our\s+|its\s+|their\s+)?(?:target|goal|standard|ceiling|limit|cap)\b[^()]*\Z", re.I
)


# 碘适宜水平（100—199μg/L）, normal range (3.5-5.0 mmol/L): a range printed alone in brackets right after a term
# defines it, both ends (round 31); not a target's or a standard's range (目标（90—95）).
_TERM_RANGE = re.compile(
    r"[\u3400-\u9fffA-Za-z][（(]\s*\d[\d.,]*\s*(?:[^\d（()），,。；;:：—–~-]{0,4})\s*[—–~-]{1,2}\s*\d[\d.,]*"
    r"\s*[^（()）\d，,。；;:：]{0,6}[）)]"
)


def defines_range(line: str, q: Quantity) -> bool:
    """Whether ``q`` is an end of a range standing alone in brackets right after a term it defines."""
    if q.unit == "percent" or q.qualifier not in ("ge", "le"):
        return False
    return any(
        found.start() < q.start < found.end()
        and not _SET_VALUE.search(line, max(0, found.start() - 24), found.start() + 2)
        for found in _TERM_RANGE.finditer(line, max(0, q.start - 30), min(len(line), q.end + 30))
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
        # One in ten people placed had waited 264 days or longer (the 90th percentile): named after it
        named = PERCENTILE_NAMED.search(line, q.end)
        if named is None or _SENTENCE_END.search(line, q.end, named.start()) or q.value not in _shares(named):
            return None
    return "the share that says what a percentile is (the 90th percentile: nine in 10), not a claim"


# (the 90th percentile) after a wait: the wait is that percentile's value, a claim (checks.draft.definitions)
PERCENTILE_NAMED = re.compile(r"\s*[(（]\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+percentile\s*[)）]", re.I)


def _shares(named: re.Match[str]) -> tuple[float, float]:
    """The shares that say what a percentile is: nine in 10 (90) or the one in ten beyond it (10)."""
    return float(named.group(1)), 100.0 - float(named.group(1))


# 出院后24小时、72小时和7天，护士分别…随访: a list of times after an event, when something is done (no claim)
_POINT = r"\d+\s*(?:分钟|小时|天|日|周|个月)"
_POINTS_BEFORE = re.compile(rf"[\u3400-\u9fff]后\s*(?:{_POINT}\s*[、和及与]\s*)*$")
_POINT_AFTER = re.compile(rf"\s*[、和及与]\s*{_POINT}")


def time_points(line: str, q: Quantity) -> bool:
    """Whether the time ``q`` is one of a list of times after an event (出院后24小时、72小时和7天)."""
    before = _POINTS_BEFORE.search(line, 0, q.start)
    return before is not None and bool(re.search(r"[、和及与]", before.group()) or _POINT_AFTER.match(line, q.end))
