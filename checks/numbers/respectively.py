"""A bound printed once for a list of figures taken in turn (分别控制在3.0‰和4.5‰以下, 分别不低于90%和95%,
at least 90% and 95% respectively): each figure of the list has that bound.

The list is marked as one whose figures are taken in turn: 分别 (respectively) before its first figure in
the same clause, or "respectively" right after its last. Its figures are joined as lists are (、, 和, 及,
与, 以及; a comma, and, or), each a single figure (no range), all ``eq`` but one: the first with its bound
word before it (不低于90%), or the last with its bound word after it (4.5‰以下). Without the mark a bound
stays its own figure's (达到90%和95%以上 may mean that only the second is a floor).
"""

from __future__ import annotations

import re

from checks.numbers.quantity import Quantity, reread

_JOINED = re.compile(r" ?(?:、|和|及|与|以及|,? +(?:and|or) +|, +) ?")
# 分别 before the first figure, in its clause (a bound word, a verb or a rate's name may stand between).
_IN_TURN_BEFORE = re.compile(r"分别[^，,。；;！!？?\d]{0,12}\Z")
_IN_TURN_AFTER = re.compile(r",? +respectively\b", re.IGNORECASE)


def respective_bounds(text: str, norm: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with the figures of each list taken in turn given the one bound it prints."""
    if len(found) < 2 or ("分别" not in norm and "espectively" not in norm):
        return found
    out = list(found)
    first = 0
    while first < len(found) - 1:
        last = first
        while last + 1 < len(found) and _JOINED.fullmatch(norm[found[last].end : found[last + 1].start]):
            last += 1
        if last > first:
            _give_bound(text, norm, out, first, last)
        first = last + 1
    return out


def _give_bound(text: str, norm: str, out: list[Quantity], first: int, last: int) -> None:
    items = out[first : last + 1]
    if any(q.ends is not None for q in items):
        return  # a range among them: not a list of single figures
    in_turn = _IN_TURN_BEFORE.search(norm, max(0, items[0].start - 14), items[0].start) or _IN_TURN_AFTER.match(
        norm, items[-1].end
    )
    if not in_turn:
        return
    bounded = [at for at, q in enumerate(items) if q.bound != "eq"]
    if len(bounded) != 1:
        return
    at = bounded[0]
    printed = norm[items[at].start : items[at].end]
    before = at == 0 and not printed.startswith(items[at].digits)  # 不低于90%: its word first
    after = at == len(items) - 1 and printed.startswith(items[at].digits)  # 4.5‰以下: its word after
    if not (before or after):
        return
    bound = items[at].bound
    for index in range(first, last + 1):
        if out[index].bound == "eq":
            out[index] = reread(text, out[index], bound=bound)
