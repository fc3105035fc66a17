"""The sections of a report that announce plans (二、下半年工作计划, 三、2026年工作打算, Looking ahead):
their figures are guessed as a plan's are (checks.draft.guesses: no cue makes a target), though the
report as a whole reviews what was done."""

from __future__ import annotations

import re
from collections.abc import Sequence

# A top-level heading: 二、…, 第三部分…, or a short English line with no sentence in it.
_CN_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|第[一二三四五六七八九十]{1,3}(?:章|部分))")
_PLANS = re.compile(
    r"计划|打算|思路|安排|下一步|工作要点|重点工作|目标任务|展望"
    r"|\b(?:next\s+steps|looking\s+ahead|the\s+year\s+ahead|plans?\s+for|priorities\s+for|outlook)\b",
    re.IGNORECASE,
)


def _heading(line: str) -> bool:
    stripped = line.strip()
    if _CN_HEADING.match(stripped):
        return len(stripped) <= 40
    words = stripped.split()
    return 0 < len(words) <= 6 and stripped.isascii() and not stripped.endswith((".", "!", "?", ":", ";", ","))


def plan_sections(lines: Sequence[str], numbers: Sequence[int]) -> set[int]:
    """The body lines (of ``numbers``) under a heading that announces plans, up to the next heading."""
    inside, planned = False, set()
    for number in numbers:
        line = lines[number - 1]
        if _heading(line):
            inside = bool(_PLANS.search(line))
        elif inside:
            planned.add(number)
    return planned
