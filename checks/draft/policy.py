"""Rules in force and rules to come: a notice that sets rates and amounts from a later date.

A policy's parameters (起付线, 报销比例, 支付限额, a deductible, a co-payment) are standing rules: the
ones a text states as in force are true when it is published (achieved). A text whose rules take
effect after it is published (自2027年1月1日起施行, `… takes effect on 1 January 2027`) sets rules that
are not true yet: its parameters, and what it forecasts once they apply (新政策实施后，预计…), are
targets of the year they take effect. In a change from a rule in force to one to come (由50%提高到60%,
`from 20% to 15%`), the first figure is the rule in force when published: achieved, of that year.
"""

from __future__ import annotations

import re
from datetime import date

from checks.draft.dates import FULL_DATES, MONTH_NUMBERS
from checks.draft.guesses import Guess
from checks.draft.text import sentence_bounds

_TAKES_EFFECT_ZH = re.compile(
    r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日\s*(?:起|开始)\s*(?:正式)?(?:施行|执行|实施|生效)?|"
    r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日\s*(?:正式)?(?:施行|生效)"
)
_TAKES_EFFECT_EN = re.compile(
    r"\b(?:takes?|took)\s+effect|\bcomes?\s+into\s+(?:force|effect)|\beffective|\bappl(?:y|ies)|\bin\s+force", re.I
)
# The words of a policy's parameters, and of what a policy brings once it applies.
_RULE = re.compile(
    r"起付线|起付标准|报销比例|支付比例|支付限额|支付标准|封顶线|补助标准|报销|个百分点|按\d+(?:\.\d+)?%"
    r"|\b(?:deductible|co-?payments?|co-?pays?|reimburse\w*|premiums?|fees?|thresholds?)\b",
    re.IGNORECASE,
)
_ONCE_IN_FORCE = re.compile(r"(?:实施|施行|执行|落地)后|\bonce\s+(?:it|the\s+\w+)\s+(?:applies|takes\s+effect)\b", re.I)
_FROM = re.compile(r"(?:由|从|\bfrom)\s*$", re.IGNORECASE)
_CHANGED_TO = re.compile(
    r"[^，,。；;]{0,6}?(?:提高|增加|上调|下调|降低|调整|提升|降|增|raised|increased|cut|reduced|lowered|rises?|falls?)?"
    r"\w*\s*(?:到|至|为|\bto\b)",
    re.IGNORECASE,
)


def effective_after(lines: list[str], published: date | None) -> int | None:
    """The year the rules of ``lines`` (a title and its first paragraph) take effect, when that is
    after the year of publication; None otherwise."""
    if published is None:
        return None
    for line in lines:
        for match in _TAKES_EFFECT_ZH.finditer(line):
            groups = [g for g in match.groups() if g]
            try:
                when = date(int(groups[0]), int(groups[1]), int(groups[2]))
            except ValueError:
                continue
            if when.year > published.year:
                return when.year
        for cue in _TAKES_EFFECT_EN.finditer(line):
            for pattern in FULL_DATES[:3]:
                found = pattern.match(line, cue.end() + _gap(line, cue.end()))
                if found is None:
                    continue
                groups = found.groupdict()
                year = int(groups["y"])
                month = int(groups["m"]) if groups.get("m") else MONTH_NUMBERS[groups["mon"].lower()]
                if year > published.year and 1 <= month <= 12:
                    return year
    return None


def _gap(line: str, at: int) -> int:
    """The words between a cue and its date (on, from, as of, on and from)."""
    found = re.match(r"\s*(?:(?:on|from|as\s+of|and)\s+)*", line[at:], re.IGNORECASE)
    return found.end() if found else 0


def from_rule_in_force(line: str, start: int, end: int) -> bool:
    """The figure opens a change to another (由50%提高到60%, from 20% to 15%): the level it changes from."""
    return bool(_FROM.search(line, max(0, start - 4), start)) and bool(_CHANGED_TO.match(line, end))


def rule_to_come(line: str, start: int) -> bool:
    """The figure is a policy's parameter (its sentence names one: 二级定点医疗机构由45%提高到50% after
    报销比例) or what a policy brings once it applies (新政策实施后，预计…)."""
    sentence = line[slice(*sentence_bounds(line, start))]
    return bool(_RULE.search(sentence) or _ONCE_IN_FORCE.search(sentence))


# A target's period found by default (no year of its own, its sentence's or its line's): the year a
# rule takes effect, or a due year carried from the text before it (checks.draft.carried), outranks it.
DEFAULT_TARGET_YEARS = (
    "publication year",
    "the year the article is about",
    "a recurring target with no due year: from publication",
)


def rules_guess(
    line: str, start: int, end: int, status: Guess, period: Guess, effective: int | None, now: int | None
) -> tuple[Guess, Guess]:
    """The status and period of a figure in view of the rules in force and to come (see above)."""
    to_come = effective is not None and rule_to_come(line, start)
    if (status.value == "target" or to_come) and now is not None and period.why != "the year printed with it":
        if from_rule_in_force(line, start, end):
            return Guess("achieved", "the level in force it changes from"), Guess(now, "in force when published")
    if effective is None or not to_come:
        return status, period
    why = f"a rule that takes effect in {effective}"
    if status.value == "achieved" and status.why == "no cue":
        return Guess("target", why), Guess(effective, why)
    if status.value == "target" and period.why in DEFAULT_TARGET_YEARS:
        return status, Guess(effective, why)
    return status, period
