"""A time limit a rule or an order sets (round 51): an audit's or an inspection's finding that a limit was missed
("2个县（市）财政部门未在规定的30日内将…资金拨付到位") or its order to act within one ("要求有关单位自收到审计报告之日起
60日内完成整改", "责令其15日内改正"). The number of days (weeks, months) within which a requirement wants a thing done
is the level the requirement sets: a target, of the year of publication (a limit in force or a one-off deadline,
no later due year printed), whatever the finding or the order around it says was done (完成). A figure is such a
limit when 内 (以内) follows its unit of time and, before it in its clause, an order sets it (要求, 责令, 限期; not
按要求, done as required) or a finding says it was missed (未在规定的…内, 超过规定的…); not when the clause says it
was done within it (均已按要求在12小时内上报, 均在规定的20个工作日内答复: achieved, as the guesses had it)."""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.text import clause_bounds

_WITHIN = re.compile(r"\s*(?:个)?(?:工作日|自然日|日|天|周|星期|个月|月)?\s*(?:以)?内")
# 要求有关单位…60日内完成整改, 责令…15日内改正: an order wanting it done (not 按要求, "as required", done so);
# 未在规定的30日内, 超过规定的…: a limit found missed. 均已按要求在12小时内上报, 均在规定的20个工作日内答复: done within it.
_DIRECTED = re.compile(r"(?<!按)(?<!按照)(?<!依照)(?<!根据)要求|责令|限期|限定")
_MISSED = re.compile(r"(?:未|没有|超出|超过|逾)[^，,。；;]{0,6}?规定")
_DONE_WITHIN = re.compile(r"已|均在|均于|全部在")


def required_within(
    line: str, start: int, end: int, status: Guess, period: Guess, now: int | None
) -> tuple[Guess, Guess]:
    """(status, period), or a target of ``now`` for a time limit a requirement sets (规定的30日内)."""
    if now is None:
        return status, period
    low = clause_bounds(line, start)[0]
    within = line[start:end].rstrip().endswith("内") or _WITHIN.match(line, end) is not None  # 30日内 read as ≤ 30 days
    set_by = _DIRECTED.search(line, low, start) or _MISSED.search(line, low, start)
    limit = within and set_by is not None and not _DONE_WITHIN.search(line, low, start)
    if not limit or (status.value == "target" and period.value == now):
        return status, period
    return Guess("target", "a time limit a requirement sets"), Guess(now, "publication year (a limit in force)")
