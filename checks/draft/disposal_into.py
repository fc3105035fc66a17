"""将 before an object that a verb of turning it into another thing follows is 把, no "will" (round 65).

A hospital's annual energy report tells what it did in the year: ``全年将院内3260盏传统荧光灯更换为LED节能灯具，公共
区域LED灯具覆盖率达到92%以上``. 将 there marks the object (3260盏传统荧光灯) before the verb that turns it into
something else (更换为, 替换为, 改造为, 改为, 调整为, 转为, 升级为, 合并为): the disposal construction, as 把. It
says nothing of the future; the guesses read the line with it blanked (the same length), as checks.draft.disposal
does for a finding's 将, and the figure takes the status its other words, its section and its year give (a
plan's ``2026年将院内…更换为…`` stays a target by its year to come).

Only 将 followed within its clause by a noun phrase (not a verb: 将更换, 将于, 将在, 将近, 将来) and then one of those
verbs ending in 为. Not ``将更换3260盏灯具`` (将 right before its verb: will)."""

from __future__ import annotations

import re

from checks.draft.text import blanked

_INTO = re.compile(
    r"(将)(?!近|来|于|在|要|会|对|把|为|向|从|到|继续|进一步|全面|逐步|陆续|更换|替换|改|升级|合并|调整|转|拆分|提升)"
    r"(?=[^，,。；;：:将]{1,30}?(?:更换|替换|改造|改建|改|调整|转|转换|升级|合并|整合|划|拆分|提升)为)"
)


def without_disposal_into(line: str) -> str:
    """``line`` with each 将 that marks the object of a verb turning it into another thing blanked (positions kept)."""
    for found in _INTO.finditer(line):
        line = blanked(line, found.start(1), found.end(1))
    return line
