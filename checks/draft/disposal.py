"""将 marking the object of a finding (round 51): an audit's or an inspection's findings tell what a unit did
or failed to do with 将 in its sense of 把, the object before the verb: "3家单位将基本公共卫生服务补助资金用于发放
津补贴", "1家市属医院将总价236万元的医用设备拆分为6个标包采购", "2个县（市）财政部门未在规定的30日内将…资金
拨付到位". That 将 is no "will": the findings are of the audited year. The guesses read the line with such a 将
blanked (the same length), as the formula of report (checks.draft.report_formula): a 将 after a negation in its
clause (未…将, 没有…将; not 未来将, "in future will"), or a 将 whose object a verb of handling money or goods
follows in its clause (用于, 拆分, 挪用, 截留, 套取, 转入, 出借, 拨付到位…). checks.draft.cues already reads 未将 and
将…纳入 so; this reads a negation further off and the verbs a finding uses.

将 before an object that a verb of turning it into another thing follows (round 65): a hospital's annual energy report
tells what it did in the year, ``全年将院内3260盏传统荧光灯更换为LED节能灯具``: 将 marks the object before the verb that
turns it into something else (更换为, 替换为, 改造为, 改为, 调整为, 转为, 升级为, 合并为), the same construction, and says
nothing of the future (``without_disposal_into``); a plan's ``2026年将院内…更换为…`` stays a target by its year to
come.
Only 将 followed within its clause by a noun phrase (not a verb: 将更换, 将于, 将在, 将近, 将来) and then one of those
verbs ending in 为; not ``将更换3260盏灯具`` (将 right before its verb: will)."""

from __future__ import annotations

import re

from checks.draft.text import blanked

_NEGATED = re.compile(r"(?:未(?!来)|没有|并未|尚未|从未)[^，,。；;：:]{0,24}?(将)(?![近来])")
_HANDLED = re.compile(
    r"(将)(?![近来于在])(?=[^，,。；;：:]{1,30}?(?:用于|挪用|挪作|拆分|截留|套取|转入|转存|转借|出借|借给|借出|"
    r"拨付到位|违规发放|私存|私设|虚列|冲抵|抵扣|计入|串换))"
)


_INTO = re.compile(
    r"(将)(?!近|来|于|在|要|会|对|把|为|向|从|到|继续|进一步|全面|逐步|陆续|更换|替换|改|升级|合并|调整|转|拆分|提升)"
    r"(?=[^，,。；;：:将]{1,30}?(?:更换|替换|改造|改建|改|调整|转|转换|升级|合并|整合|划|拆分|提升)为)"
)


def _without_marks(line: str, patterns: tuple[re.Pattern[str], ...]) -> str:
    """``line`` with the 将 (group 1) of each match of ``patterns`` blanked (positions kept)."""
    for at in sorted({m.start(1) for pattern in patterns for m in pattern.finditer(line)}, reverse=True):
        line = blanked(line, at, at + 1)
    return line


def without_finding_marker(line: str) -> str:
    """``line`` with each 将 that marks a finding's object (after a negation, or before a verb of
    handling money or goods) blanked (positions kept)."""
    return _without_marks(line, (_NEGATED, _HANDLED))


def without_disposal_into(line: str) -> str:
    """``line`` with each 将 that marks the object of a verb turning it into another thing blanked (positions kept)."""
    return _without_marks(line, (_INTO,))
