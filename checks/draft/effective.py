"""Parts of a notice that take effect on their own dates (本通知第一条自2026年1月1日起执行，第二条自2026年9月1日
起执行): the lines of a part that takes effect after publication set rules not yet in force, targets of
that year (checks.draft.policy.rules_guess), while a part already in force states rules in force."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

_ORDINALS = "一二三四五六七八九十"
# 第二条自2026年9月1日起执行, 第二、三条自…起施行, 第三部分自…起实施
_PART_TAKES_EFFECT = re.compile(
    r"第\s*([一二三四五六七八九十]{1,3}(?:\s*[、和及至]\s*(?:第\s*)?[一二三四五六七八九十]{1,3})*)\s*(?:条|部分|项|章)"
    r"[^，,。；;\d]{0,6}?(?:自|从|于)\s*((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日\s*(?:起|开始)?\s*(?:正式)?(?:执行|施行|实施|生效)"
)
_SECTION = re.compile(r"^\s*([一二三四五六七八九十]{1,3})\s*[、.．]")


def _number(ordinal: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20 (a section's number in words)."""
    if ordinal == "十":
        return 10
    if ordinal.startswith("十"):
        return 10 + _ORDINALS.index(ordinal[1]) + 1
    if "十" in ordinal:
        tens, _, units = ordinal.partition("十")
        return (_ORDINALS.index(tens) + 1) * 10 + (_ORDINALS.index(units) + 1 if units else 0)
    return _ORDINALS.index(ordinal) + 1


def _parts(listed: str) -> list[int]:
    numbers = [_number(n) for n in re.findall(r"[一二三四五六七八九十]{1,3}", listed)]
    if "至" in listed and len(numbers) == 2:
        return list(range(numbers[0], numbers[1] + 1))
    return numbers


def parts_taking_effect_later(lines: Sequence[str], numbers: Sequence[int], published: date | None) -> dict[int, int]:
    """The body lines of each numbered part (二、… up to the next numbered part) that a sentence of the
    text says takes effect on a date after publication, with that date's year."""
    if published is None:
        return {}
    later: dict[int, int] = {}
    for number in numbers:
        for found in _PART_TAKES_EFFECT.finditer(lines[number - 1]):
            try:
                when = date(int(found.group(2)), int(found.group(3)), int(found.group(4)))
            except ValueError:
                continue
            if when > published:
                later.update(dict.fromkeys(_parts(found.group(1)), when.year))
    if not later:
        return {}
    found_lines: dict[int, int] = {}
    part = None
    for number in numbers:
        opened = _SECTION.match(lines[number - 1])
        if opened:
            part = _number(opened.group(1))
        if part in later:
            found_lines[number] = later[part]
    return found_lines
