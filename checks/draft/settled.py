"""Round 41's last guesses on a figure, after every other (checks.draft.build): a norm on a measured level
(checks.draft.norms), what a recommendations section acts on or changes (checks.draft.recommended), a planned
total or an agreed limit (checks.draft.planned), a figure at baseline (checks.draft.baseline), a share of a
fiscal year's money (checks.draft.fiscal)."""

from __future__ import annotations

from collections.abc import Sequence

from checks.draft.ahead import change_ahead
from checks.draft.baseline import at_baseline
from checks.draft.breakdowns import broken_down
from checks.draft.context import Context
from checks.draft.facts import DraftFact
from checks.draft.fiscal import share_of_fiscal_year
from checks.draft.guesses import Guess
from checks.draft.in_force import rule_told
from checks.draft.norms import measured_norm
from checks.draft.opened_on import opened_on
from checks.draft.period_ends import due_at_end, next_in_plans
from checks.draft.planned import planned_or_agreed
from checks.draft.recommended import recommended
from checks.draft.standards import standard_level
from checks.numbers import Quantity

_BY_DEFAULT = ("the year the article is about", "publication year", "the year before publication")


def settled(
    line: str,
    q: Quantity,
    unit: str,
    guessed: tuple[Guess, Guess],
    number: int,
    earlier: Sequence[DraftFact],
    context: Context,
) -> tuple[Guess, Guess]:
    """The figure ``q`` of ``line`` (drafted in ``unit``), its status and period as guessed so far, settled."""
    status, period = measured_norm(line, q, *guessed, number, earlier)  # 控制在93%以下 after 病床使用率为78.4%
    status, period = recommended(line, q, status, period, context.years, context.recommends)
    status, period = planned_or_agreed(line, q, unit, status, period, context.years)  # the 30 planned boreholes
    status, period = standard_level(line, q, status, period, context.standard)  # 二、验收标准 … 不少于60平方米
    status, period = change_ahead(line, q, status, period, context.effective)  # rises from $1,500 to $2,000
    status, period = due_at_end(q, status, period, context.period_end)  # 建设周期…至2029年11月。到建设期末，…
    period = next_in_plans(line, status, period, context.plan_year)  # 六、2026年工作打算 / 明年力争…
    status = rule_told(line, q, status, period, context.in_force)  # Effective July 1, 2026 … you will pay …
    period = broken_down(line, q, period, context.years.now)  # …, up from 13,920 last year: 9,410 face-to-face
    period = opened_on(line, q, period)  # On November 14, 2023, … through December 31, 2026, … $16.2m
    period = at_baseline(line, q.start, q.end, status, period, context.baseline)  # 18.3% at baseline
    fiscal = share_of_fiscal_year(line, q.end) if status.value == "achieved" else None
    if fiscal is not None and period.why in _BY_DEFAULT:  # no more than 10% of the FY2027 allocation
        period = Guess(fiscal, "the fiscal year whose money it is a share of")
    return status, period
