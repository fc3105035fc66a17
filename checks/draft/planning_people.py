"""People named by what they plan (round 50): 计划 before a short verb phrase that ends in a noun of people
(`为16,430名计划怀孕夫妇提供免费检查`, couples planning a pregnancy; 计划外出务工人员, 计划生育二孩的家庭) describes
whom a service reached, not a plan of the text: such a 计划 is no target's cue, and the figures of its sentence are
read without it (achieved, of the year the sentence reports: `全年为16,430名计划怀孕夫妇提供免费检查`, 2025 in a
summary of 2025). A plan of the text keeps its cue: `计划为500名孕妇提供…` (the people come after the verb of the
plan), `计划新增…`."""

from __future__ import annotations

import re

from checks.draft.text import blanked_matches

# 计划 + up to four characters of a verb phrase (no digit, no break) + a noun of people right after it.
_PLANNING = re.compile(
    r"计划(?=[^，,。；;：:、\d\s为向对给]{1,4}的?(?:夫妇|夫妻|人群|人员|妇女|女性|家庭|对象|者|群众)(?![^，,。；;]{0,2}计划))"
)


def without_planning_people(line: str) -> str:
    """``line`` with each 计划 that names people by what they plan blanked (positions kept)."""
    return blanked_matches(_PLANNING, line)
