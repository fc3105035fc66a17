"""The count unit of a figure printed with 个 or with no unit word, from the noun it counts: 村卫生室312个
and 312个村卫生室 are institutions, "2,310 staff, including 410 doctors" persons, "will fund 40 new
intensive care beds" beds. Drafted in the generic ``unit``, a total in persons and its parts would be
two units, and C109 rejects the relation between them."""

from __future__ import annotations

import re
from collections.abc import Mapping

from checks.numbers import Quantity
from checks.numbers.column_units import COUNT_NOUNS

_EN_AFTER = {
    unit: re.compile(
        rf"(?:\s+(?!(?:of|in|at|for|to|and|or|but|than|the|a|an|by|on|from|with|while|is|are|was|were|has|have|had|hold|holds)\b)[a-z][a-z-]*){{0,3}}?\s+(?:{en})\b"
    )
    for unit, (en, _) in COUNT_NOUNS.items()
}
_ZH_BEFORE = {
    unit: re.compile(rf"(?:{zh})(?:总数|数量|数)?(?:共|有|达|达到|为|共有)?$") for unit, (_, zh) in COUNT_NOUNS.items()
}
_ZH_AFTER = {unit: re.compile(rf"(?:[\u3400-\u9fff]{{0,6}}?)(?:{zh})") for unit, (_, zh) in COUNT_NOUNS.items()}


def counted_unit(line: str, q: Quantity, units: Mapping[str, object]) -> str | None:
    """The count unit the noun of a generic count names (institution, person, bed), or None."""
    if q.unit not in (None, "unit") or (q.unit is None and q.unit_text):
        return None
    for unit in COUNT_NOUNS:
        if unit not in units:
            continue
        if q.unit is None and _EN_AFTER[unit].match(line, q.end):
            return unit
        if q.unit == "unit" and (
            _ZH_BEFORE[unit].search(line, max(0, q.start - 12), q.start) or _ZH_AFTER[unit].match(line, q.end)
        ):
            return unit
    return None
