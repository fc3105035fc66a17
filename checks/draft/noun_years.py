"""Years printed after a figure's noun, or after the rest of a unit glued to it (round 32), and years that
name a target a figure is measured against.

- ``up from 41 tube sites in 2024``, ``compared with 7 sites in 2024``: a year after the noun the figure
  counts (up to three words, no verb or connective between) is the figure's own, as ``15 yuan in 2009`` is;
- ``12 µg/m³ for January 2028``: the reader's unit may stop at ``µg``; the rest of the unit (``/m³``) stands
  between the figure and its year, which is still right after it;
- ``Our Air Quality Action Plan 2023–2028 contains 24 measures``: a span of years in a plan's or a strategy's name
  is the name's, dating no figure (the plan's count is as of now);
- ``已实现2030年目标的9项``, ``与2022年目标值相差0.8个百分点``: a year naming a target the figure is measured
  against (met, missed, compared with) dates the target, not the figure after it.
"""

from __future__ import annotations

import re

from checks.draft.months import MONTH

# the rest of a unit the reader stopped inside (µg of µg/m³, mg of mg/kg): a slash and no space or digit
_UNIT_REST = re.compile(r"/[^\s\d,;.()（）]+")
# words that end the figure's noun: a verb, a connective, a comparison (41 tube sites in 2024: tube sites)
_NOT_NOUN = (
    r"(?!(?:was|were|is|are|be|been|has|have|had|and|or|but|than|compared|from|to|since|by|of|the|a|an|with"
    r"|up|down|fell|rose|reached|which|that|who|per|each|every|more|less|fewer|over|under)\b)"
)
_NOUN_THEN_YEAR = re.compile(
    rf"(?:\s+{_NOT_NOUN}[a-z][a-z-]*){{1,3}}\s+(?:in|during)\s+(?:{MONTH})?((?:19|20)\d\d)(?![\d/–-]|\s*[-–]\s*\d)"
)


def after_unit(line: str, end: int) -> int:
    """Where the figure ending at ``end`` really ends: after the rest of a unit glued to it (/m³)."""
    rest = _UNIT_REST.match(line, end)
    return rest.end() if rest else end


def noun_then_year(line: str, end: int) -> tuple[int, int] | None:
    """The position and value of a year right after the noun the figure ending at ``end`` counts (41 tube
    sites in 2024), or None."""
    found = _NOUN_THEN_YEAR.match(line, after_unit(line, end))
    return (found.start(1), int(found.group(1))) if found else None


# 已实现2030年目标的9项, 与2022年目标值相差0.8个百分点: a year naming a target the figure is measured
# against (met, missed, compared with) dates the target, not the figure after it.
_MEASURING = re.compile(r"(?:实现|达到|完成|超过|低于|高于|距离?|与|较|比)\s*(?:了\s*)?$")
_TARGET_NAMED = re.compile(r"(?:19|20)\d\d\s*年度?的?(?:规划|预期)?目标值?(?!为|是|[:：])")


def names_target_measured_against(line: str, at: int) -> bool:
    return bool(_TARGET_NAMED.match(line, at) and _MEASURING.search(line, max(0, at - 4), at))


# Action Plan 2023–2028, Strategy 2025 to 2030: a span of years naming a plan, its first and last years
_NAMED_SPAN = re.compile(
    r"\b(?:Plan|Strategy|Programme|Program|Framework|Agenda)\s+((?:19|20)\d\d)\s*(?:[-–—]|\bto\b)\s*((?:19|20)\d\d)(?![\d/])"
)


# the Enterprise and Regulatory Reform Act 2013, Census 2021: the year ends a law's or a census's name
_LAW_OR_CENSUS = re.compile(r"\b(?:Act|Ordinance|Census)\s+$")


def in_named_span(text: str, at: int) -> bool:
    """Whether the year at ``at`` of ``text`` is part of a name: one end of a span of years that names a plan (Plan
    2023–2028), or a law's or a census's year (the Insects Act 1975): no due year, nor a year the text reports."""
    if _LAW_OR_CENSUS.search(text, max(0, at - 12), at):
        return True
    return any(at in (m.start(1), m.start(2)) for m in _NAMED_SPAN.finditer(text, max(0, at - 40), at + 30))


# born in 1970 or later, born on or after January 1, 1957, 1970年及以后出生的: a birth year defines the people, dating
# no figure (round 41)
_BORN_BEFORE = re.compile(
    r"\bborn\s+(?:(?:on\s+or\s+)?(?:in|before|after|since|from|between|during)\s+)?(?:[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?$"
)
_BORN_AFTER = re.compile(r"年?(?:及|或|以)?(?:以后|以前|之后|之前|后|前)?出生")


def born(before: str, after: str) -> bool:
    """Whether the year between ``before`` and ``after`` is a birth year that picks people (born in 1970 or later)."""
    return bool(_BORN_BEFORE.search(before) or _BORN_AFTER.match(after))
