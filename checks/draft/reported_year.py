"""The year a circular says it reports on (round 63): `现将2025年度改革推进情况通报如下` (the closing words of a 通报's
opening paragraph: "the progress of 2025's reform is reported as follows"), in a circular of January 2026 whose title
names no year (关于全市公立医院薪酬制度改革试点工作推进情况的通报). What it goes on to report is of that year, as a
text declaring its data's year would be (checks.draft.carried.declared_year): `试点医院编制外聘用人员6120人` under a
heading of progress, and the grades `其中优秀5家、良好11家` of the year's assessment, are 2025's, not 2026's. Read in
the text's first lines, and only when the formula names one year, before the year of publication: `现将有关事项通知如下`
(no year) and `现将2026年工作安排通知如下` (the year now: a plan) declare nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence

# 现将2025年度…情况通报如下, 现将我市2025年…结果报告如下: one year, then what is reported, told (通报/报告/公布/公示)
_REPORTED = re.compile(r"现将[^。；;，,]{0,12}?((?:19|20)\d\d)\s*年度?[^。；;，,\d]{0,30}?(?:通报|报告|公布|公示)如下")
_FIRST_LINES = 5


def reported_year(body: Sequence[str], now: int | None) -> int | None:
    """The year `现将…年度…通报如下` in the first lines of ``body`` names, when one year before ``now``; else None."""
    if now is None:
        return None
    for line in body[:_FIRST_LINES]:
        found = _REPORTED.findall(line)
        if len(found) == 1 and int(found[0]) < now:
            return int(found[0])
    return None
