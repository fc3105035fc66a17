"""The quota a higher level assigns is a target (round 70).

`2025年，全市新增入库志愿者3,418名，…完成省红十字会下达年度任务3,000名的113.9%` and `完成省医保局下达我市年度参保任务（893.20
万人）的…`: the number right after a task assigned (下达 … 任务, the quota a province or city hands down) is the level set,
a target of the task's year; the share of it reached and the count done stay achieved. checks.draft.cues read `年度任务（`
and `全年任务` right before a value, not a task named by what it counts (参保任务) nor one printed without a bracket.
A figure read as done, printed right after `下达 … 任务` (a bracket allowed), is a target; its period is kept.
"""

from __future__ import annotations

import re

from checks.draft.guesses import Guess

# 下达年度任务3,000名, 下达我市年度参保任务（893.20万人）, 下达的2.5万颗年度任务 (the value before: not this rule)
_ASSIGNED = re.compile(r"下达[^，,。；;（()）\d]{0,12}?任务(?:数)?\s*(?:为|是)?\s*[（(]?\s*$")


def assigned_task(line: str, start: int, status: Guess) -> Guess:
    """``status``, or a target for a done figure at ``start`` printed right after a task a higher level assigns."""
    if status.value != "achieved" or _ASSIGNED.search(line, max(0, start - 24), start) is None:
        return status
    return Guess("target", "the quota a higher level assigns (下达…任务)")
