"""Round 47: what a notice taking effect later changes. A text whose rules take effect after it is published
(《通知》自2027年1月1日起施行) and that sets its changes out under a numbered heading naming them (二、主要调整内容,
二、政策调整要点) holds rules to come in that section, to the next numbered heading: each of its figures is a rule
of the year they take effect, whatever word of the current state its sentence prints (在现有48种基础上，新增…6个病种，
调整后总数达到54种: 6 and 54 are the rules; 48, right after 现有, the level in force), but for the levels it changes
from (由80%) and those it keeps (保持…不变). So too a forecast of what the rules bring (新政策实施后，预计…，减轻负担约
1.6亿元，…累计结存可支付月数保持在6个月以上): every figure of the sentence after 预计 is of that year, a target, not
only the one in 预计's own clause (README: rules to come)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from checks.draft.guesses import Guess
from checks.draft.policy import from_rule_in_force, kept_rule, rules_guess
from checks.draft.sections import numbered_section_lines
from checks.draft.text import sentence_bounds

# 二、主要调整内容, 二、调整内容, 三、政策调整要点, 二、主要变化: the heading naming the changes the text makes
_CHANGES_HEADING = re.compile(
    r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*(?:主要|具体)?(?:政策)?(?:调整|变化|变动|修订)(?:的)?(?:内容|要点|事项)?\s*$"
)
# 现有48种, 目前的12项, 现行: a level in force named right before the figure
_IN_FORCE_BEFORE = re.compile(r"(?:现有|现行|目前|原有|原)(?:的)?\s*$")
# 新政策实施后，预计…; 调整后预计…: a forecast of what the rules bring, before the figure in its sentence
_FORECAST = re.compile(r"(?:实施|施行|执行|落地|调整)后[^。；;]*?预计|预计[^。；;]*?(?:实施|施行|执行|落地|调整)后")
_PRINTED = ("the year printed with it", "the year its table column's header prints")


def change_sections(lines: Sequence[str], numbers: Sequence[int], effective: int | None) -> dict[int, int]:
    """The body lines of a section naming the changes (its heading to the next numbered heading) of a text
    whose rules take effect in ``effective``, a year after publication, with that year."""
    if effective is None:
        return {}
    return numbered_section_lines(lines, numbers, _CHANGES_HEADING, effective)


class _Years(Protocol):
    @property
    def now(self) -> int | None: ...


class _Effect(Protocol):
    effective: int | None  # the year the rules take effect, when after publication
    later_part: bool  # the line is in a part taking effect then
    changes: bool  # … in a section naming the changes (see above)

    @property
    def years(self) -> _Years: ...


def rules_and_changes(
    line: str, start: int, end: int, status: Guess, period: Guess, of: _Effect
) -> tuple[Guess, Guess]:
    """``checks.draft.policy.rules_guess``, then a figure of a part taking effect later (or of a forecast of
    the rules' effect) that a word of its sentence left achieved: a rule to come (see above)."""
    effective, now, later_part = of.effective, of.years.now, of.later_part
    status, period = rules_guess(line, start, end, status, period, effective, now, later_part)
    if effective is None or now is None or status.value != "achieved" or period.why in _PRINTED:
        return status, period
    opens = sentence_bounds(line, start)[0]
    forecast = _FORECAST.search(line, opens, start) is not None
    if not (of.changes or forecast) or "before it" in str(status.why) or _IN_FORCE_BEFORE.search(line, 0, start):
        return status, period
    if from_rule_in_force(line, start, end) or kept_rule(line, start):
        return status, period
    why = "a forecast of the rules to come" if forecast else f"a change of a part taking effect in {effective}"
    return Guess("target", why), Guess(effective, f"a rule that takes effect in {effective}")
