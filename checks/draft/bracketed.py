"""A year in an aside in brackets closed before a figure is the aside's, not the figure's:
`2024年登记的肺结核患者（2025年完成疗程评估）共1451例` counts the patients registered in 2024, and the
aside says when something else about them happened. A year outside the brackets in the figure's own
clause is its year, before the aside's."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from checks.draft.text import clause_bounds

_OPEN, _CLOSE = "(（", ")）"


class _Printed(Protocol):
    @property
    def position(self) -> int: ...


Y = TypeVar("Y", bound=_Printed)


def in_closed_aside(line: str, position: int, start: int) -> bool:
    """The year at ``position`` is inside a pair of brackets that closes before ``start``."""
    depth = 0
    for char in line[position:start]:
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            if depth == 0:
                return True  # the bracket the year stands in closes before the figure
            depth -= 1
    return False


def outside_aside(line: str, before: Sequence[Y], start: int) -> Y:
    """The last of the years ``before`` the figure at ``start``, passing over one in an aside closed
    before it when a year of the figure's own clause stands outside it (an enumeration's earlier
    clauses, `Budget 2026 committed … (2026/27 to 2028/29) …, including … 40 clinics`, lend none)."""
    last = before[-1]
    if not in_closed_aside(line, last.position, start):
        return last
    clause_start = clause_bounds(line, start)[0]
    outside = [y for y in before if y.position >= clause_start and not in_closed_aside(line, y.position, start)]
    return outside[-1] if outside else last
