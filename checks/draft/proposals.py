"""A hearing's or consultation's proposals (round 40): the section that puts forward the options
(二、调整方案 / 方案一：… 方案二：…) of a text that says its adjusted standard would take effect on a
later date (调整后的标准拟自2027年3月1日起执行) proposes rules not yet in force. Its lines are drafted as
a part taking effect that year (checks.draft.policy.rules_guess): the options' values targets of that
year, the levels they change from (由每人每年120元) achieved, of the year of publication."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from checks.draft.sections import numbered_section_lines

# 拟自2027年3月1日起执行, 拟于2027年1月1日起实施: a date a proposal would take effect on
_WOULD_TAKE_EFFECT = re.compile(
    r"拟\s*(?:自|从|于)\s*((?:19|20)\d\d)年(\d{1,2})月(?:(\d{1,2})日)?\s*(?:起|开始)?\s*(?:正式)?(?:执行|施行|实施|生效)"
)
# 二、调整方案, 三、拟调整标准, 二、听证方案: the heading of the section that puts the proposals forward
_PROPOSALS_HEADING = re.compile(
    r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*(?:[^，,。；;\d]{0,8}?(?:调整|调价|收费))?方案\s*$|^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*拟(?:调整|调价)"
)


def _year_to_come(lines: Sequence[str], numbers: Sequence[int], published: date) -> int | None:
    for number in numbers:
        for found in _WOULD_TAKE_EFFECT.finditer(lines[number - 1]):
            try:
                when = date(int(found.group(1)), int(found.group(2)), int(found.group(3) or 1))
            except ValueError:
                continue
            if when > published:
                return when.year
    return None


def proposed_sections(lines: Sequence[str], numbers: Sequence[int], published: date | None) -> dict[int, int]:
    """The body lines of a section of proposals (its heading to the next numbered heading) in a text
    that says they would take effect after publication, with that year."""
    year = _year_to_come(lines, numbers, published) if published is not None else None
    if year is None:
        return {}
    return numbered_section_lines(lines, numbers, _PROPOSALS_HEADING, year)
