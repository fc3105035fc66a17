"""A year in brackets that gives its own level (round 55): a drill's summary compares with the year before,
`信息报告用时缩短1分10秒（2024年为5分40秒），首车到达现场用时由14分钟缩短至11分钟，检伤分类准确率达到96.7%`; a
report writes `admissions fell to 1,240 (2024: 1,410), and waits to 6 weeks`. The aside names the year compared
with and its level, both its own: the figures after it on the line are not of that year, as a year printed
before them in the text would make them (checks.draft.period_guess, the last year printed before a figure).
They keep the year their sentence or text gives them (the drill's 2025).

The bracket opens on the year and a figure follows it at once, after 为, 是, 同期为 or a colon (`（2024年为5分40秒）`,
`(2024: 1,410)`, `(2023 was 88%)`). Not an aside that says when something else happened with no level of its own
(`2024年登记的患者（2025年完成疗程评估）共1451例`: checks.draft.bracketed), nor the figure in the aside itself."""

from __future__ import annotations

import re

from checks.draft.bracketed import in_closed_aside

_LEVEL_OF_YEAR = re.compile(r"\s*(?:19|20)\d\d\s*(?:年(?:度|同期)?)?\s*(?:为|是|:|：|was\b|were\b)\s*[约近]?\d")


def level_aside(line: str, position: int, start: int) -> bool:
    """Whether the year at ``position`` opens a bracket closed before ``start`` that gives that year's own level
    (（2024年为5分40秒）, (2024: 1,410))."""
    opening = line[:position].rstrip()
    if not opening.endswith(("(", "（")) or not in_closed_aside(line, position, start):
        return False
    return _LEVEL_OF_YEAR.match(line, position) is not None
