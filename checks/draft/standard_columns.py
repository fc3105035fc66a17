"""A table column of service standards (round 54): a client service charter sets beside each service its
fee and the standard it promises, `Service<TAB>Fee<TAB>Our standard` over `Outpatient consultation<TAB>Free
<TAB>Seen within 2 hours of registration`, `Emergency triage<TAB>Free<TAB>Within 10 minutes of arrival`
(服务项目<TAB>收费<TAB>承诺时限 over `门诊挂号<TAB>免费<TAB>15分钟内`). A time bound in that column is the level the
hospital undertakes to reach, a target (of the year the charter takes effect, its publication year by
default): not the time that picks what is counted, as `within 28 days` is in a sentence, nor a cell of a
column of shares counted within a standard (`% seen within standard`, which keeps its status).

The column's whole header names a standard or a promise (`Our standard`, `Service standard`, `Standard`,
`Standards`, `Our promise`, `Service commitment`, 服务标准, 承诺时限, 办理时限); a bound of time only (within 2 hours,
≤4 hours, 15分钟内)."""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.tables import Column, column_of
from checks.numbers import Quantity

_STANDARD_HEADER = re.compile(
    r"(?i:(?:(?:our|the|service|client)\s+)?(?:service\s+)?(?:standards?|promises?|commitments?|pledges?))"
    r"|(?:服务|承诺)?(?:标准|时限|承诺)",
)
_TIME = ("minute", "hour", "day", "week", "month")


def standard_cell(row: list[Column] | None, line: str, q: Quantity) -> bool:
    """Whether ``q`` is a time bound in a table column whose header names the standard promised (Our
    standard: Within 10 minutes of arrival)."""
    index = column_of(line, q.start) if row else 0
    if not row or not 0 < index < len(row) or q.qualifier not in ("le", "lt"):
        return False
    return q.unit in _TIME and _STANDARD_HEADER.fullmatch(row[index].header.strip()) is not None


def standard_status(row: list[Column] | None, line: str, q: Quantity, status: Guess) -> Guess:
    """``status``, or a target when ``q`` is a standard's time bound (standard_cell)."""
    if status.value != "target" and standard_cell(row, line, q):
        return Guess("target", "its table column holds the standard promised")
    return status
