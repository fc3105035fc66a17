"""The day a reporter was told is no month of the year over (round 58): a city daily's story of 21 January 2026
opens `本报讯 1月20日，记者从市卫生健康委获悉，2025年7月至12月，我市…开展…专项整治行动，…立案查处违法案件126起`. The
day (1月20日) says when the reporter learned the news, as 昨日 does (checks.draft.news_frame), not that the text
reports the publication year under way: read as a day of the publication month already over
(checks.draft.months.month_over), it made every figure of the following paragraphs with no year of their own
(`无证行医…58起`, `合格率97.1%`) 2026's, where a story of January reports the year just ended (2025).

A day printed without its year (`1月20日`, `1月20日上午`, `20日`) right before the reporter's learning in its clause
(`记者从…获悉`, `记者…了解到`, `…得知`) is blanked (checks.draft.text.blanked) before months are looked for. Not a
day with its year (`2026年1月20日，记者…`), nor a day that dates what was done (`1月15日，我市启动…`: checks.draft.months
still reads it)."""

from __future__ import annotations

import re

from checks.draft.news_frame import REPORTER_LEARNS
from checks.draft.text import blanked_matches

_TOLD_DAY = re.compile(
    r"(?<![\d年\-—–.:/])((?:1[0-2]|[1-9])月)?\d{1,2}[日号](?:上午|下午|晚间?)?"
    rf"(?=\s*[，,]?\s*(?:本报|本台)?{REPORTER_LEARNS})"
)


def without_told_day(line: str) -> str:
    """``line`` with each day of a reporter's learning (1月20日，记者从…获悉) blanked (positions kept)."""
    return blanked_matches(_TOLD_DAY, line)
