"""Five-Year Plans by name: 十四五, “十四五”规划, the 14th Five-Year Plan. The Nth plan, N ≥ 3, runs from
1966 + 5·(N − 3) for five years (十四五 is 2021-2025)."""

from __future__ import annotations

import re

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_PLAN = re.compile(
    r"(?:“|‘|\")?(十[一二三四五六七八九]|[一二三四五六七八九])五(?:”|’|\")?(?:规划|时期|期间|末|以来|计划)?"
    r"|\b(\d{1,2})(?:st|nd|rd|th)\s+Five-Year\s+Plan\b",
    re.IGNORECASE,
)


def plan_years(text: str) -> tuple[int, int] | None:
    """The years of the first Five-Year Plan ``text`` names (十四五 → 2021-2025), or None."""
    for match in _PLAN.finditer(text):
        if match.group(2):
            number = int(match.group(2))
        else:
            word = match.group(1)
            number = 10 + _CN_DIGITS.get(word[1], 0) if len(word) == 2 else _CN_DIGITS[word]
        if number >= 3:
            start = 1966 + 5 * (number - 3)
            return start, start + 4
    return None
