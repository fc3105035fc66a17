"""A notice's formula of report (round 49): "…，现将检查结果通报如下", "现将有关情况报告如下", "现将…通知如下": 将 here
takes the object (现将 X 通报如下, "we now report X as follows"), it is no "will"; the sentence it closes reports
what was done (护理部于3月下旬组织质控小组对全院38个护理单元进行了…检查，共抽查运行病历412份…). The guesses read the
line with that 将 blanked (the same length), so that its figures are not taken for targets by it."""

from __future__ import annotations

import re

from checks.draft.text import blanked

_FORMULA = re.compile(
    r"现将(?=[^，,。；;！!？?]{0,30}?(?:通报|报告|公布|公示|通知|印发|下达|说明|解读|反馈|总结|汇报|函告)如下)"
)


def without_report_formula(line: str) -> str:
    """``line`` with the 将 of each 现将…如下 blanked (positions kept)."""
    for found in reversed(list(_FORMULA.finditer(line))):
        line = blanked(line, found.start() + 1, found.end())
    return line
