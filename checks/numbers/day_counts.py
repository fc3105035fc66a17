"""N日 as a count of days rather than a day of the month (checks.numbers.measured and ranges ask)."""

from __future__ import annotations

import re

# N日 is a count of days, not a day of the month, where a bound stands before it (整改期限不超过30日,
# 至少5日), a period is named right before it (公示期5日, 整改期限为15日; not 日期为15日), the days are
# counted from a day (截止之日起90日, 起算30日; not 7月1日起15日), all told (共90日) or running (连续7日),
# or a bound closes it (30日以上, 15日以内).
_DAYS_BEFORE = re.compile(
    r"(?:(?:不超过|不少于|不低于|不多于|不高于|不短于|不长于|少于|多于|超过|至少|最多|最长|最短|最少|满)"
    r"|(?<!日)期限?(?:为|是)?|[之当次]日起算?|起算|共计?|连续)\s?(?:\d{1,3}\s?[至到~～\-—–]\s?)?\Z"  # a range's second end too: 期限为15至30日
)
_DAYS_AFTER = re.compile(r"日(?:以上|以下|以内|之内)")


def counts_days(norm: str, start: int, end: int) -> bool:
    """Whether ``N日`` (the number from start to end, 日 right after it) counts days rather than naming a
    day of the month."""
    return _DAYS_AFTER.match(norm, end) is not None or _DAYS_BEFORE.search(norm, max(0, start - 10), start) is not None
