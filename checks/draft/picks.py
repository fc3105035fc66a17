"""Numbers that pick those a figure counts (round 41; checks.draft.definitions): the doses a group has had (3 had
received only 1 dose) and the bound a count's things are still on the wrong side of (the 9 villages still below
50% basic water coverage)."""

from __future__ import annotations

import re

from checks.numbers import Quantity

# 3 had received only 1 dose, children who have had 2 doses: the doses a group has had define it
_DOSES_HAD = (
    re.compile(
        r"(?:\b\d[\d,]*|\bwho|\bthose)\s+(?:had|have|has)\s+(?:received|had|got)\s+(?:only\s+|just\s+|at\s+least\s+)?$",
        re.I,
    ),
    re.compile(r"\s*(?:dose|doses)\b", re.I),
)
# the 9 villages still below 50% basic water coverage, 4 districts that are still above 10%: a count, its plural
# noun, then still and the bound that picks them
_COUNTED_STILL = re.compile(
    r"\b\d[\d,]*\s+(?:[a-z-]+\s+){0,2}[a-z]+s\s+(?:that|which|who)?\s*(?:are|were)?\s*still\s+$", re.I
)

# 能够开展6类以上的中医馆占87.5%, 60岁及以上的人口比例为: a bound, then 的, the things it picks and their share (round 47)
_BOUND_THEN_SHARE = re.compile(
    r"\s*(?:以上|以下|及以上|及以下)?[\u4e00-\u9fff]{0,4}?的[\u4e00-\u9fff]{0,10}?(?:占|比例|比重)"
)


def picks_those_counted(line: str, q: Quantity) -> str | None:
    """Why ``q`` picks those another figure counts rather than claims, or None."""
    if q.value <= 3 and _DOSES_HAD[0].search(line, max(0, q.start - 50), q.start) and _DOSES_HAD[1].match(line, q.end):
        return "the doses that pick the people counted (3 had received only 1 dose), not a claim"
    if q.qualifier in ("lt", "gt", "le", "ge") and _COUNTED_STILL.search(line, max(0, q.start - 60), q.start):
        return "the bound that picks the things just counted (the 9 villages still below 50% coverage), not a claim"
    banded = re.search(r"(?:以上|以下)\s*$", q.text) or re.match(r"\s*(?:及以上|以上|及以下|以下)", line[q.end :])
    if q.qualifier in ("lt", "gt", "le", "ge") and banded and _BOUND_THEN_SHARE.match(line, q.end):
        return "the bound that picks the things whose share follows (6类以上的中医馆占87.5%), not a claim"
    return None
