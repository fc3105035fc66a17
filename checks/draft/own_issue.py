"""A count up to the day the text itself is issued (round 71).

`另，截至本通报印发之日，又有4家医疗机构完成备案，全市开展服务的医疗机构增至42家。` in a circular on 2025 issued in January
2026, `As of the date of this report, 3 more clinics have joined.`: the text names its own issue (本通报印发之日,
本报告发布时, the date of this report) as the day its count stands at, so the count is of the year of publication, not of
the year the title reports (the guesses gave that one). Only a done figure after such a cut-off in its sentence, and
only when no year is printed between them.
"""

from __future__ import annotations

import re
from datetime import date

from checks.draft.guesses import Guess
from checks.draft.text import PRINTED_YEAR, sentence_bounds

# 截至本通报印发之日, 截至本报告发布时, 截至发文之日; As of the date of this report, at the time of publication
_OWN_ISSUE = re.compile(
    r"(?:截至|截止|至)\s*(?:本(?:通报|通知|报告|公告|总结|文件|文|简报|意见)|发文|发稿)的?\s*(?:印发|发布|公布|发出|报送)?\s*(?:之日|时|日)"
    r"|\bas\s+(?:of|at)\s+the\s+(?:date|time)\s+of\s+(?:this\s+(?:report|update|notice|bulletin|publication)|publication|writing)\b"
    r"|\bat\s+the\s+time\s+of\s+(?:publication|writing)\b",
    re.IGNORECASE,
)


def own_issue(line: str, start: int, status: Guess, period: Guess, published: date | None) -> Guess:
    """``period``, or the year of publication for a done figure counted up to the text's own issue."""
    if published is None or status.value != "achieved" or period.value == published.year:
        return period
    sentence_start = sentence_bounds(line, start)[0]
    found = _OWN_ISSUE.search(line, sentence_start, start)
    if found is None or PRINTED_YEAR.search(line, found.end(), start):
        return period
    return Guess(published.year, f"counted up to the text's own issue ('{found.group().strip()}')")
