"""A norm for a level those a notice addresses must keep or reach (README: Rules in force and rules to come).

A notice's bounds are of two kinds. Those on its own process and money (资金比例原则上不低于40%, 开考比例原则上不
低于3:1) are rules in force, achieved. Those on a level the addressees are measured by (病床使用率原则上控制在93%
以下, 加床数不得超过核定床位的5%) are levels to keep or reach, targets, as a standard's are. What tells them apart
in the text is that the level is measured: the article reports the quantity it bounds as a figure of its own
on an earlier line than the norm (11月全市医疗机构病床使用率为78.4%, 本月日均加床412张), so the norm is the level that measurement is
held to (round 41).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.draft.facts import DraftFact
from checks.draft.guesses import Guess
from checks.draft.text import clause_bounds, digits_at
from checks.numbers import Quantity

# 病床使用率原则上控制在, 加床数不得超过, 平均住院日不超过: the name of the level, then the norm's bound word
_NORM = re.compile(
    r"([\u4e00-\u9fff]{2,12}?)(?:原则上|一般|均|应|须|要)?(?:严格)?"
    r"(?:控制在|不得?超过|不得?低于|不得?高于|不少于|不多于|不大于|不小于)[^，,。；;\d]{0,8}$"
)
# the level's name, not what holds it: 三级医院平均住院日 is a 平均住院日
_COUNTED = re.compile(r"数$|人数$|量$")
# names of a notice's own money and process, which no measurement of its addressees holds (README: rules in force)
_OWN = re.compile(r"资金|经费|补助|补贴|费用|比例|标准|时限|期限|开考|报名")
_BY_CUE = ("no cue", "a rule in force")


def _names(name: str) -> list[str]:
    """The words the level may be printed under elsewhere: its name's tails of three or more characters, and the
    name without the 数 that counts it (加床数: 加床)."""
    bare = _COUNTED.sub("", name)
    tails = [bare[i:] for i in range(len(bare) - 2)]
    return [*tails, bare] if len(bare) >= 2 else tails


def measured_norm(
    line: str, q: Quantity, status: Guess, period: Guess, number: int, earlier: Sequence[DraftFact]
) -> tuple[Guess, Guess]:
    """A bound on a level the article reports measured before it (a norm those addressed must keep): a target, of
    the year it was guessed for; any other figure as guessed."""
    if q.qualifier not in ("le", "ge", "lt", "gt") or status.value != "achieved":
        return status, period
    if not any(why in str(status.why) or why in str(period.why) for why in _BY_CUE):
        return status, period
    digits = digits_at(q)  # the bound word may be the figure's own (不超过8天)
    norm = _NORM.search(line, clause_bounds(line, q.start)[0], digits)
    if norm is None or _OWN.search(norm.group(1)):
        return status, period
    names = _names(norm.group(1))
    measured = next(
        (
            f
            for f in earlier
            if f.status == "achieved"
            and f.line < number  # (城市水厂水样检测43项…，农村水站水样检测不少于20项: one protocol's two parts)
            and f.quantity.qualifier == "eq"
            and any(name in f.quote for name in names)
        ),
        None,
    )
    if measured is None:
        return status, period
    why = f"a norm for '{norm.group(1)}', a level the text reports measured (line {measured.line})"
    return Guess("target", why), period
