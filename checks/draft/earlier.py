"""The earlier level of a change, when the text prints no year for it: a year before the level it is
compared with (round 25). An achievement dated by default (the year the article is about, or the one
its title names) that is

- where a change starts (`fell from 148 to 121`), its share in brackets after it too (`fell from 4,905
  (18.5% of arrivals) to 3,176`): the change's figures are this year's and the year before's;
- the level `up from` or `down from` names after a figure (`41 facilities were closed, down from 55`), or
  `from` after the level a change reached (`turnover fell to 14.8% from 19.5%`):
  a figure is compared with the same measure a year earlier unless a year or period is printed;

is of the year before. A rule's old level (起付线由800元下调至600元) is the one in force now, not the
year before's (checks.draft.policy.rule_to_come)."""

from __future__ import annotations

import re

from checks.draft.carried import ACHIEVED_DEFAULTS, starts_a_change
from checks.draft.guesses import OPENING_YEAR, Guess
from checks.draft.policy import rule_to_come
from checks.draft.text import clause_bounds, sentence_bounds
from checks.draft.year_counts import years_counted

# The defaults that say nothing of a change's two ends: the earlier one is then a year before.
_DEFAULTS = (*ACHIEVED_DEFAULTS, "the year its title names")
_NOW_GUESSES = ("'目前'", "'现在'", "'当前'", "'如今'")
_OPENED_OR_NOW = (OPENING_YEAR, "'now'")
_TO_COME = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|set\s+to|due\s+to)\s+(?:[\w-]+\s+){0,3}?from\s+$", re.I)
# from 4,905 (18.5% of arrivals) to 3,176: a figure in brackets right after it, then "to" the next level.
_FROM = re.compile(r"(?:\bfrom|从|由)\s*$", re.IGNORECASE)
_FROM_MONEY = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+)?(?:[£$€¥₹]|Rs\.?|N|KSh|R)?\s*$", re.IGNORECASE)
_BRACKETED_TO = re.compile(r"\s*[(（][^()（）]*[)）]\s*(?:\bto\b|到|至)", re.IGNORECASE)
# from 4,905 (  … 18.5% … ) to: the share in brackets after where a change starts.
_FROM_BRACKET = re.compile(r"(?:\bfrom|从|由)\s*[^\s()（）]*\d[^()（）]*[(（][^()（）]*$", re.IGNORECASE)
_BRACKET_TO = re.compile(r"[^()（）]*[)）]\s*(?:\bto\b|到|至)", re.IGNORECASE)
# 41 facilities were closed …, down from 55: the earlier level of the figure before it.
_UP_DOWN_FROM = re.compile(r"\b(?:up|down)\s+from\s*$", re.IGNORECASE)
# turnover fell to 14.8% from 19.5%, rose to 61 from 55: the level reached first, then where the change started.
_TO_FROM = re.compile(
    r"\b(?:fell|rose|dropped|declined|decreased|increased|grew|climbed|improved|slipped|jumped|went\s+(?:up|down))"
    r"\s+to\s+[£$€]?\d[\d,.]*\s*(?:%|per\s*cent|[a-z]+)?\s+from\s+[£$€]?$",
    re.IGNORECASE,
)
# … down from 55 to 41, up from 2 a year earlier, down from 66.0% the previous week, down from 11 between
# 2019 and 2021, up from 6 plants in week 45: a level, a time or a period after it says more.
_MORE_AFTER = re.compile(
    r"\s*(?:[^\d,;.]{0,12}?\bto\b|(?:a|one)\s+(?:year|month|week|quarter)\b"
    r"|(?:the\s+)?(?:previous|prior|preceding|last|same|first|second|third|fourth)\s+\w+"
    r"|(?:in|between|during|at|on|over|by|since|for)\b"
    r"|[a-z]+\s+in\s+(?:week|quarter)\s+\d)",  # up from 6 plants in week 45: that week's, of its year (round 57)
    re.IGNORECASE,
)


# 开设之初, 运行初期, 成立前, 起初: the time a service or a reform began. 目前 is no such 前: a verb of starting before it.
_STARTED = r"(?:开设|开办|开通|开诊|开业|投用|上线|成立|启动|运行|开展|实施|建立|试点|改革)"
_AT_START = re.compile(_STARTED + r"?(?:之初|初期|伊始)|起初|最初|当初|" + _STARTED + r"前")
# 由开设前的8.7%提高到21.4%: the level a change starts from, named by the time it began
_FROM_START = re.compile(r"(?:由|从)\s*[^，,。；;\d]{0,8}?(?:" + _AT_START.pattern + r")的?\s*$")
_TO_AFTER = re.compile(r"[^，,。；;\d]{0,10}?(?:到|至)")
# … 目前已扩展到12个: the level now the sentence goes on to
_NOW_AFTER = re.compile(r"目前|现在|现已|如今|当前")


def _at_the_start(line: str, start: int, end: int, period: Guess) -> bool:
    """The figure is the level when a service began (由开设前的8.7%提高到21.4%; 中心开设之初仅有…42个病种…，
    目前已扩展到138个), dated by default or by the now its sentence goes on to: a year before (README,
    round 29), as any earlier level of a change whose year is not printed."""
    if _FROM_START.search(line, max(0, start - 16), start):
        return _TO_AFTER.match(line, end) is not None
    sentence_start, sentence_end = sentence_bounds(line, start)
    opened = _AT_START.search(line, sentence_start, start)
    # 由开设初期的6.8%降至2.7%: the level reached after 至 is not the start's; nor one after 目前 or a clause's stop
    if opened is None or re.search(r"[到至；;]|(?:19|20)\d\d|" + _NOW_AFTER.pattern, line[opened.end() : start]):
        return False
    if re.search(r"[较比与]\S{0,4}$", line[max(sentence_start, opened.start() - 5) : opened.start()]):
        return False  # 较改革前的2023年（9.2天）缩短1.4天: the time compared with, not the level's
    return period.why in _DEFAULTS or bool(_NOW_AFTER.search(line, end, sentence_end))


def earlier_level(
    line: str, start: int, end: int, following: list[int], status: Guess, period: Guess, rules: bool = False
) -> Guess:
    """``period`` of the figure at ``start:end`` of ``line`` (``following``: where the claims after it on
    its line start), a year earlier when the figure is the earlier level of a change. ``rules``: the text
    sets rules that take effect (checks.draft.effective); its title's year is then no year of a level
    reported, and a change is the rules' (由40%提高到50%: 40% is in force now)."""
    if (
        status.value == "achieved"
        and isinstance(period.value, int)
        and (period.why in _DEFAULTS or period.why in _NOW_GUESSES or period.why == OPENING_YEAR)
        and _at_the_start(line, start, end, period)
    ):
        return Guess(period.value - 1, "the level when it began, a year before the one it reaches")
    defaults = ACHIEVED_DEFAULTS if rules else _DEFAULTS
    if (
        status.value == "achieved"
        and isinstance(period.value, int)
        and period.why in (*_DEFAULTS, *_OPENED_OR_NOW)
        and _FROM_MONEY.search(line, max(0, start - 12), start)
        and _YEARS_BACK.match(line, end)
    ):
        # down a third from 1.52 lakh two years earlier: the level a change starts from, that many years back,
        # however far its change word stands before it (round 45)
        back = _years_back(line, end)
        return Guess(period.value - back, f"the level a change starts from, {back} years before the one it reaches")
    up_down = _UP_DOWN_FROM.search(line, max(0, start - 12), start) is not None and not _MORE_AFTER.match(line, end)
    if up_down and status.value == "achieved" and period.why in _OPENED_OR_NOW and isinstance(period.value, int):
        # In 2025/26, … 34 days, down from 41 days; now 1.6 posts, up from one: the level of the year before (round 38)
        return Guess(period.value - 1, "the level a change starts from, a year before the one it reaches")
    if status.value != "achieved" or period.why not in defaults or not isinstance(period.value, int):
        return period
    clause_start, clause_end = clause_bounds(line, start)
    level = min((at for at in following if at >= end), default=None)
    in_clause = level if level is not None and level < clause_end else None
    earlier = (
        (in_clause is not None and starts_a_change(line, clause_start, start, end, in_clause))
        or (_FROM.search(line, max(clause_start, start - 8), start) is not None and _BRACKETED_TO.match(line, end))
        or (
            _FROM_BRACKET.search(line, max(0, start - 40), start) is not None
            and _BRACKET_TO.match(line, end) is not None
        )
        or (_UP_DOWN_FROM.search(line, max(0, start - 12), start) is not None and not _MORE_AFTER.match(line, end))
        or (
            _TO_FROM.search(line, max(clause_start, start - 60), start) is not None and not _MORE_AFTER.match(line, end)
        )
    )
    if not earlier or rule_to_come(line, start) or _TO_COME.search(line, clause_start, start):
        return period  # will grow from 28 to 42 by 2028: a change to come starts from now's level (round 38)
    back = _years_back(line, end)
    if back > 1:
        return Guess(period.value - back, f"the level a change starts from, {back} years before the one it reaches")
    return Guess(period.value - 1, "the level a change starts from, a year before the one it reaches")


# up from 41.9% five years earlier, from 30 three years ago: the level a change starts from, that many years back
# (round 34).
_YEARS_BACK = re.compile(
    r"\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+years\s+(?:earlier|ago|before)\b"
)


def _years_back(line: str, end: int) -> int:
    """How many years before the figure's reached level "N years earlier" right after it puts it (1 when none)."""
    found = _YEARS_BACK.match(line, end)
    if found is None:
        return 1
    word = found.group(1).lower()
    return years_counted(word) or 1


def old_level(line: str, start: int, status: Guess, period: Guess, target_at: int | None, now: int | None) -> Guess:
    """The level a target of its sentence changes from (`Starting January 1, 2027, members will have 45 days,
    up from 30 days`) is the one in force now: of now, not of the year the target is due (round 31)."""
    if target_at is None or now is None or status.value != "achieved" or not isinstance(period.value, int):
        return period
    changes = _UP_DOWN_FROM.search(line, max(0, start - 12), start) or _FROM.search(line, max(0, start - 8), start)
    if period.value > now and changes and sentence_bounds(line, target_at) == sentence_bounds(line, start):
        return Guess(now, "the level a target of its sentence changes from, in force now")
    return period
