"""A report's declared reporting period (round 51): a progress note, a surveillance bulletin or a quarterly
return prints, in its heading lines, the span its figures cover ("Reporting period: 1 January – 31 December
2025", "Period covered: January–December 2025", "报告期：2025年1月1日至12月31日", "统计时段：2025年1—12月").
When that span lies within one year, before the year of publication, it is the year the text's data refer to,
as a sentence declaring it would be (checks.draft.carried.declared_year): a figure printed with no year of its
own (Tafea recorded 38 confirmed malaria cases, in a note of March 2026 on 2025) is of 2025, not of 2026. A
span over two years (1 July 2024 – 30 June 2025) names no one year: left to the other guesses."""

from __future__ import annotations

import re
from collections.abc import Sequence

_LABEL = re.compile(
    r"\b(?:reporting|report|review|data|surveillance)\s+period\b|\bperiod\s+(?:covered|under\s+review)\b"
    r"|报告期|统计期|统计时段|统计区间|报告时段|监测时段|数据时段|数据期间",
    re.IGNORECASE,
)
# the span after the label, up to the end of its segment (a | or the line's end)
_SPAN = re.compile(r"\s*(?:[:：]|\bis\b)?\s*([^|｜。;；]{1,60})")
_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")


def reporting_year(lines: Sequence[str], now: int | None) -> int | None:
    """The one year the reporting period printed in ``lines`` (a text's first lines) lies in, when
    before ``now`` (the year of publication); else None."""
    for line in lines:
        label = _LABEL.search(line)
        if label is None:
            continue
        span = _SPAN.match(line, label.end())
        if span is None:
            continue
        years = {int(y) for y in _YEAR.findall(span.group(1))}
        if len(years) == 1 and now is not None and (year := years.pop()) < now:
            return year
        return None
    return None
