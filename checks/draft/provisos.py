"""Numbers that set a proviso, label a heading or mark a time to come, not claims (round 38, set 42's kinds: a
trust's response to a coroner's report, a county's and a province's circulars, a city's pilot progress report):

- a level in a sentence that opens on ``Where`` and a verb of reaching (``Where a patient's score reaches 5 or
  more, …``): the condition a rule applies on, as ``when`` (checks.draft.conditions);
- a bound, then 的 and what the sentence does with those it picks (``单笔费用在5万元以上的占41.3%``,
  ``超过60天的按长期护理保险规定执行``, ``工作满5年的，可提前1年申报``): the threshold that defines them;
- (round 39) a bound picking those a sanction falls on (``低于70分的市（地）扣减…``) or those a rule applies to
  (``Employers with 250 or more staff must publish …``);
- the size that defines a class of sums counted (``Gifts of $1 million or more account for 61%``, ``4,870 gifts
  were of less than $1,000``);
- the number of a heading's label (``Matter 1: Recognition of …``, ``Recommendation 3 –``): a name, no count;
- a time after ``in`` at the end of a clause that says what will be done (``we will share an update … in six
  months.``): when it is to come, no bound (a run of months, ``for six consecutive months``, is a time frame:
  checks.draft.definitions).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.draft.months import MONTH_NAMES
from checks.draft.text import sentence_bounds
from checks.numbers import Quantity

_BOUNDS = ("lt", "gt", "le", "ge")
_WHERE = re.compile(
    r"^\W{0,3}Where\s+(?:[\w()'’-]+\s+){0,8}?(?:reach(?:es)?|exceeds?|falls?|drops?|rises?|is|are)\s+"
    r"(?:(?:above|below|under|over|at|to)\s+)?$"
)
_PICKED_ZH = re.compile(r"\s*的\s*(?:[，,]|占|按|可|均|需|须|应)")
# 评价得分低于70分的市（地）扣减…: a bound picking those a sanction falls on (round 39)
_SANCTIONED_ZH = re.compile(r"\s*的\s*[\u4e00-\u9fff（）()]{1,8}?(?:扣减|扣除|核减|暂停|取消|约谈|通报批评|不予)")
# Employers with 250 or more staff must publish …: the size that picks those a rule applies to (round 39)
_WITH_SIZE = re.compile(r"\b[A-Za-z]+s\s+with\s+$")
_RULE_AFTER = re.compile(r"\b(?:must|shall|are\s+required\s+to|have\s+to)\b")
_LABEL = re.compile(rf"^\W{{0,3}}(?!(?:{MONTH_NAMES}|Table|Figure|Chart|Year|Week|Phase)\b)[A-Z][a-z]{{2,}}\s+$")
_LABEL_AFTER = re.compile(r"\s*(?::|：|\s[-–—]\s)")
# Gifts of $1 million or more account for 61%, 4,870 gifts were of less than $1,000: the size a class of sums is of
_SIZE_CLASS = re.compile(
    r"\b(?:gifts|donations|grants|bills|claims|payments|awards|loans|pledges|contributions|transactions|invoices)\s+"
    r"(?:(?:were|was|are|is)\s+)?of\s+[$£€¥]?$",
    re.I,
)
_COUNT_BEFORE = re.compile(r"\d[\d,]*\s+[a-z]+\s+(?:(?:were|was|are|is)\s+)?of\s+[$£€¥]?$", re.I)
_SHARE = re.compile(r"\d\s*(?:%|per\s*cent)", re.I)
_UP_TO = re.compile(r"up\s+to\b", re.I)
_IN = re.compile(r"\bin\s+$", re.I)
_WILL = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|plan\s+to|intend\s+to)\b", re.I)
_TIMES = ("month", "week", "year", "day")


def proviso(line: str, q: Quantity, others: Sequence[Quantity]) -> str | None:
    """Why the reading ``q`` sets a proviso, labels a heading or marks a time to come; None if it does not."""
    sentence_start, sentence_end = sentence_bounds(line, q.start)
    if _WHERE.match(line[sentence_start : q.start]):
        return "a level in a condition (Where a score reaches 5 or more), not a level reported"
    if q.qualifier in _BOUNDS and _PICKED_ZH.match(line, q.end):
        return "a bound, then 的 and those it picks (单笔费用在5万元以上的占41.3%), not a claim"
    if q.qualifier in _BOUNDS and _SANCTIONED_ZH.match(line, q.end):
        return "a bound, then 的 and those a sanction falls on (低于70分的市扣减…), not a claim"
    if (
        q.qualifier in _BOUNDS
        and _WITH_SIZE.search(line, max(0, q.start - 40), q.start)
        and _RULE_AFTER.search(line, q.end, sentence_end)
    ):
        return "the size that picks those a rule applies to (employers with 250 or more staff must …), not a claim"
    sized = q.qualifier in _BOUNDS and _SIZE_CLASS.search(line, max(0, q.start - 40), q.start) is not None
    # … counted: a count right before (4,870 gifts were of …) or a share after in the sentence (… account for 61%);
    # not a ceiling of what is given (Grants of up to £20,000 are offered: a claim)
    counted = _COUNT_BEFORE.search(line, max(0, q.start - 40), q.start) or _SHARE.search(line, q.end, sentence_end)
    if sized and counted and not _UP_TO.match(q.text):
        return "the size that defines the sums counted (gifts of $1 million or more), not a claim"
    if q.qualifier == "eq" and q.text.isdigit() and _LABEL.match(line[: q.start]) and _LABEL_AFTER.match(line, q.end):
        return "a heading's label (Matter 1:), a name, not a count"
    if (
        q.unit in _TIMES
        and q.qualifier == "eq"
        and _IN.search(line, max(0, q.start - 4), q.start)
        and re.match(r"\s*[.;]", line[q.end :])
        and _WILL.search(line, sentence_start, q.start)
    ):
        return "when something is to come (an update in six months), not a figure"
    return None
