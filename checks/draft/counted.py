"""The count unit of a figure printed with 个 or with no unit word, from the noun it counts: 村卫生室312个
and 312个村卫生室 are institutions, "2,310 staff, including 410 doctors" persons, "will fund 40 new
intensive care beds" beds. Drafted in the generic ``unit``, a total in persons and its parts would be
two units, and C109 rejects the relation between them."""

from __future__ import annotations

import re
from collections.abc import Mapping

from checks.numbers import Quantity

_NOUNS = {
    "person": (
        "staff|doctors|physicians|surgeons|consultants|nurses|midwives|pharmacists|dentists|interns|professionals"
        "|workers|employees|patients|people|persons|residents|children|adults|women|men|mothers|babies|infants"
        "|members|participants|respondents|students|trainees|volunteers|clients|users",
        "医生|医师|护士|人员|员工|职工|患者|病人|居民|儿童|老年人|孕产妇|学生|代表|专家",
    ),
    "institution": (
        "hospitals|clinics|centres|centers|practices|facilities|institutions|pharmacies|surgeries",
        "医院|卫生院|卫生室|卫生所|机构|中心|诊所|药店|门诊部|站",
    ),
    "bed": ("beds|cots", "床位|病床|床"),
}
_EN_AFTER = {
    unit: re.compile(
        rf"(?:\s+(?!(?:of|in|at|for|to|and|or|but|than|the|a|an|by|on|from|with|while|is|are|was|were|has|have|had|hold|holds)\b)[a-z][a-z-]*){{0,3}}?\s+(?:{en})\b"
    )
    for unit, (en, _) in _NOUNS.items()
}
_ZH_BEFORE = {
    unit: re.compile(rf"(?:{zh})(?:总数|数量|数)?(?:共|有|达|达到|为|共有)?$") for unit, (_, zh) in _NOUNS.items()
}
_ZH_AFTER = {unit: re.compile(rf"(?:[\u3400-\u9fff]{{0,6}}?)(?:{zh})") for unit, (_, zh) in _NOUNS.items()}


def counted_unit(line: str, q: Quantity, units: Mapping[str, object]) -> str | None:
    """The count unit the noun of a generic count names (institution, person, bed), or None."""
    if q.unit not in (None, "unit") or (q.unit is None and q.unit_text):
        return None
    for unit in _NOUNS:
        if unit not in units:
            continue
        if q.unit is None and _EN_AFTER[unit].match(line, q.end):
            return unit
        if q.unit == "unit" and (
            _ZH_BEFORE[unit].search(line, max(0, q.start - 12), q.start) or _ZH_AFTER[unit].match(line, q.end)
        ):
            return unit
    return None


_EN_NOUN = {unit: re.compile(rf"(?i:{en})") for unit, (en, _) in _NOUNS.items()}
_ZH_LAST = {unit: re.compile(rf"(?:{zh})(?:总数|数量|数)?\Z") for unit, (_, zh) in _NOUNS.items()}


def noun_unit(words: str) -> str | None:
    """The count unit a table header's words name by their noun: an English word that is one (Clients,
    beds), or Chinese words ending on one (医生数, 床位数); None otherwise."""
    for unit in _NOUNS:
        if _EN_NOUN[unit].fullmatch(words) or _ZH_LAST[unit].search(words):
            return unit
    return None
