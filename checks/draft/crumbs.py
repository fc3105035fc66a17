"""A page's breadcrumb, the trail of sections above its headline (round 61).

`Home > About us > Audits` and `当前位置：首页 > 信息公开 > …` open with the site's home; a news site may open its trail
with its own name instead: `烟台新闻网 > 民生 > 健康`, `Media Room > Speeches > 2026`. Either is page furniture, never the
title: the headline is the first line after it (a site's name above the trail is the page's too). A trail is three or
more short items (at most 40 characters each: `Maine Cancer Registry` is 21, no sentence's stop or comma) joined by `>`, `»`, `›` or `＞`; a headline
that compares two figures with one `>` is none. A title taken from the trail would name no year of the report
(`“慈心助医”项目2025年度报告发布：…`, under `烟台新闻网 > 民生 > 健康`, names 2025: its achieved figures of no year of
their own are 2025's, checks.draft.policy.title_period).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.draft.dates import HEAD_LINES

# Home > About us > …, 当前位置：首页 > …: a trail from the site's home (also page furniture to source._BOILERPLATE)
HOME_TRAIL = re.compile(
    r"^\s*(?:(?:当前位置|您现在的位置|你的位置|所在位置|You\s+are\s+here)\s*[:：]\s*)?(?:Home|首页)\s*(?:/|>|»|›|＞)",
    re.IGNORECASE,
)
# 烟台新闻网 > 民生 > 健康: three or more short items, the first the site's or a section's name
_NAMED_TRAIL = re.compile(r"^\s*[^>»›＞。.,，;；:：!?！？]{1,40}(?:\s*[>»›＞]\s*[^>»›＞。，,;；!?！？]{1,40}){2,}\s*$")


def breadcrumb_line(lines: Sequence[str]) -> int:
    """The number of the first head line that is a page's breadcrumb, or 0 when none is."""
    return next(
        (
            number
            for number, line in enumerate(lines[:HEAD_LINES], start=1)
            if HOME_TRAIL.match(line) or _NAMED_TRAIL.match(line)
        ),
        0,
    )
