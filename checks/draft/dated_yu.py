"""于 before a year, a month and a verb dates an event; it compares with nothing.

`第3批医疗队于2024年1月出征，由9家医疗机构…组成`, `22名队员已于2025年12月抵达`: 于 there is "in/on" (the team set out in
January 2024), and the figures of the clause are of that year. The years' reader takes 于 before a year as the year
compared with (`高于2019年`, `低于2024年的水平`), so such a sentence lost its year and its figures took the article's.
Only a year with its month (and day) right after 于, then a verb: a level (的, 水平, 同期, 相比, 时) after the month, or
no month, stays compared, and a span's first day (于2026年3月10日至4月15日) is left to the rules on work dates (round 66)."""

from __future__ import annotations

import re

_YU_BEFORE = re.compile(r"(?<![高低关对标将等大小多少])于\s*$")
_MONTH_THEN_VERB = re.compile(
    r"\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?(?:上旬|中旬|下旬|初)?\s*"
    r"(?!的|水平|同期|相比|比较|以来|时|底|末|份|至|到|起|止|前|后|以)[\u4e00-\u9fff]"
)


def dated_by_yu(before: str, text: str, year_end: int) -> bool:
    """Whether the year ending at ``year_end`` of ``text`` (``before`` the text before it) is 于 dating an event:
    于2024年1月出征, not 高于2024年1月的."""
    return _YU_BEFORE.search(before) is not None and _MONTH_THEN_VERB.match(text, year_end) is not None
