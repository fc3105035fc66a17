"""The units a table column's header names, so that a caption's unit reaches only the columns it counts.

A caption naming a unit as well as a scale ((hours in thousands)) scales the columns counting in that
unit and those whose header names no unit (FY2025, Central), not a column whose header counts
something else (Clients, 人数, Cases) beside them, which is printed in full. The validator's table
headings (``checks.numbers.headings.cell_heading``) and the drafter's tables read a header the same
way, with these words.
"""

from __future__ import annotations

import re

from checks.numbers.scanner import read_quantities

# The nouns a count is counted by, English and Chinese, by unit id: a header or a sentence naming one
# counts in that unit (Clients, 医生数, "2,310 staff, including 410 doctors").
COUNT_NOUNS = {
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
_EN_NOUN = {unit: re.compile(rf"(?i:{en})") for unit, (en, _) in COUNT_NOUNS.items()}
_ZH_LAST = {unit: re.compile(rf"(?:{zh})(?:总数|数量|数)?\Z") for unit, (_, zh) in COUNT_NOUNS.items()}


def noun_unit(words: str) -> str | None:
    """The count unit a table header's words name by their noun: an English word that is one (Clients,
    beds), or Chinese words ending on one (医生数, 床位数); None otherwise."""
    for unit in COUNT_NOUNS:
        if _EN_NOUN[unit].fullmatch(words) or _ZH_LAST[unit].search(words):
            return unit
    return None


# A word glued to a number labels a period or a row (H1 2025, Q3, FY2026, Ward B2), no unit counted.
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*+(?!\d)")
_CJK = re.compile(r"[\u3400-\u9fff]+")
# A year's or a month's word in a header labels the column's time (Last year, 本年, 上月), no unit it counts in.
_CALENDAR = frozenset({"year", "month"})
_PARTICIPLE = re.compile(r"(?i:[a-z]+ed|seen|served|done|taken|given)")


def _read_unit(probe: str) -> str | None:
    """The unit of a reading of all of ``probe`` (1 hours, 1人次), if one reads it whole; a measure word no unit
    of the catalogue names (1台, 1套) as itself: a column of 数量（台/套） counts machines, no caption's 万元."""
    reading = read_quantities(probe)
    if not (len(reading) == 1 and reading[0].start == 0 and reading[0].end == len(probe)):
        return None
    unit, word = reading[0].unit, reading[0].unit_text
    return (unit or word) if unit not in _CALENDAR else None


def header_units(header: str) -> set[str]:
    """The units a column's header names by its last words (Home support hours: hour; Bed days: day;
    筛查人数: person) or by its head noun, one counted figures are drafted in (Clients, Number of patients,
    Clients served: person; not Staff costs)."""
    found: set[str | None] = set()
    for run in _CJK.findall(header):
        counted = run.removesuffix("数")  # 人数, 例数: the count of what the measure word counts
        found.update(_read_unit(f"1{counted[at:]}") for at in range(len(counted)))
        found.add(noun_unit(run))
    words = _WORD.findall(header)
    for at in range(len(words)):
        found.add(_read_unit("1 " + " ".join(words[at:])))
    # the head noun, last but for a participle after it (Clients served): Staff costs count money, not staff
    head = [word for word in words if not _PARTICIPLE.fullmatch(word)]
    found.add(noun_unit(head[-1]) if head else None)
    return {unit for unit in found if unit is not None}
