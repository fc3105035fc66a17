"""A news story's frame of telling (round 51): "本报讯　昨日，记者从市卫生健康委获悉，2025年全市12356心理援助热线共接听
来电11.36万人次，较上年的8.92万人次增长27.4%，日均接听311人次". 昨日 (近日, 日前, 今天) dates when the reporter
learned the news, not the figures told: the year printed in the report (2025年全市…) or the other guesses date
them. The guesses read the line with such a day word blanked (the same length) when the reporter's learning
follows it in its clause (记者从…获悉, 记者…了解到, 记者…得知)."""

from __future__ import annotations

import re

from checks.draft.text import blanked_matches

# The reporter's learning a day word or a day stands before: 记者从…获悉, 记者…了解到, 记者…得知.
REPORTER_LEARNS = r"记者[^，,。；;]{0,30}?(?:获悉|了解到|得知|获得)"
_TOLD = re.compile(rf"(昨日|昨天|今日|今天|近日|日前)(?=\s*[，,]?\s*(?:本报)?{REPORTER_LEARNS})")


def without_news_frame(line: str) -> str:
    """``line`` with each day word of a reporter's learning (昨日，记者从…获悉) blanked (positions kept)."""
    return blanked_matches(_TOLD, line, 1)
