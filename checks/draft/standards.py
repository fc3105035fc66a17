"""A standards section of a notice (round 43): 二、验收标准, 三、建设标准 and the like, under which the text sets
out the levels those it addresses must keep or reach (建筑面积不少于60平方米, 每周开诊不少于5天). Its bounds are
a standard's levels, targets (README: a norm for a level those addressed must keep or reach is a target), of the
year they were guessed for; its counts of how the standard is made up (5个方面23项指标) stay as guessed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.draft.guesses import Guess
from checks.draft.sections import plan_sections
from checks.numbers import Quantity

# 验收标准, 建设标准, 评审标准, 达标要求, 基本条件: what the addressed are measured by; not money's standards
# (补助标准, 收费标准: a rule in force on the notice's own money) nor a review of them (标准执行情况)
_STANDARDS = re.compile(
    r"(?:验收|建设|评审|评价|考核|达标|认定|准入|设置|配置|服务|基本)(?:标准|条件|要求)(?![^，,。\s]{0,6}情况)"
)
_NORM_WORDS = re.compile(r"(?:不少于|不低于|不得?少于|不得?低于|至少|不超过|不得超过|不高于|不多于|以上|以下|以内)")


def standard_sections(lines: Sequence[str], numbers: Sequence[int]) -> set[int]:
    """The body lines (of ``numbers``) under a heading naming a standard, up to the next heading."""
    return plan_sections(lines, numbers, _STANDARDS)


def standard_level(line: str, q: Quantity, status: Guess, period: Guess, in_standard: bool) -> tuple[Guess, Guess]:
    """A bound with a norm's word in a standards section, drafted achieved for want of a cue: a target."""
    if not in_standard or q.qualifier not in ("ge", "le", "gt", "lt") or status.value != "achieved":
        return status, period
    if "no cue" not in str(status.why):
        return status, period
    if not _NORM_WORDS.search(line, max(0, q.start - 6), min(len(line), q.end + 4)):
        return status, period
    return Guess("target", "a level a standards section sets (a standard's, to keep or reach)"), period
