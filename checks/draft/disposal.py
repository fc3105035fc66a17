"""将 marking the object of a finding (round 51): an audit's or an inspection's findings tell what a unit did
or failed to do with 将 in its sense of 把, the object before the verb: "3家单位将基本公共卫生服务补助资金用于发放
津补贴", "1家市属医院将总价236万元的医用设备拆分为6个标包采购", "2个县（市）财政部门未在规定的30日内将…资金
拨付到位". That 将 is no "will": the findings are of the audited year. The guesses read the line with such a 将
blanked (the same length), as the formula of report (checks.draft.report_formula): a 将 after a negation in its
clause (未…将, 没有…将; not 未来将, "in future will"), or a 将 whose object a verb of handling money or goods
follows in its clause (用于, 拆分, 挪用, 截留, 套取, 转入, 出借, 拨付到位…). checks.draft.cues already reads 未将 and
将…纳入 so; this reads a negation further off and the verbs a finding uses."""

from __future__ import annotations

import re

from checks.draft.text import blanked

_NEGATED = re.compile(r"(?:未(?!来)|没有|并未|尚未|从未)[^，,。；;：:]{0,24}?(将)(?![近来])")
_HANDLED = re.compile(
    r"(将)(?![近来于在])(?=[^，,。；;：:]{1,30}?(?:用于|挪用|挪作|拆分|截留|套取|转入|转存|转借|出借|借给|借出|"
    r"拨付到位|违规发放|私存|私设|虚列|冲抵|抵扣|计入|串换))"
)


def without_finding_marker(line: str) -> str:
    """``line`` with each 将 that marks a finding's object (after a negation, or before a verb of
    handling money or goods) blanked (positions kept)."""
    spans = {m.start(1) for m in _NEGATED.finditer(line)} | {m.start(1) for m in _HANDLED.finditer(line)}
    for at in sorted(spans, reverse=True):
        line = blanked(line, at, at + 1)
    return line
