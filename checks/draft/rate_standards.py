"""A scheme's rate of pay after `标准为：` is a figure, not a criterion (round 70).

`2025年第四季度补贴标准为：重度失能每人每月150元，中度失能每人每月100元，…`: the colon after 标准 introduces the amounts
a scheme pays, its levels in that period, as a table of them would. checks.draft.definitions reads `标准是：`/`标准为：`
as a criterion that defines what follows (`高血压的诊断标准是：收缩压≥140mmHg`) and drops its numbers. A standard named
by what is paid or charged (补贴, 补助, 津贴, 救助, 收费, 缴费, 报销, 发放, 工资, 保障) whose number is an amount of money is
no such criterion (an amount in yuan).
"""

from __future__ import annotations

import re

from checks.numbers import Quantity

# 补贴标准为：, 收费标准是：: the standard of what a scheme pays or charges, then a colon
_PAID_STANDARD = re.compile(r"(?:补贴|补助|津贴|救助|收费|缴费|报销|发放|工资|保障|护理费)标准(?:是|为)?\s*[:：]")


def pays_a_rate(line: str, sentence_start: int, q: Quantity) -> bool:
    """Whether the amount ``q`` follows, in its sentence, a colon after a standard of what is paid or charged."""
    return q.unit == "yuan" and _PAID_STANDARD.search(line, sentence_start, q.start) is not None
