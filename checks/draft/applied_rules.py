"""Terms applied under a named guideline are in force at publication (round 71).

`服务价格方面，各机构执行《…项目价格指导意见》，上门服务费每次80元至150元，…按70%的比例给予补助，单次最高补助120元` and
`按照试点方案，长期处方用量一般为4至8周，最长不超过12周` in a text of January 2026 on 2025: the prices, shares and limits a named
guideline or scheme sets (执行《…》, 按照/依照/根据 a 方案, 办法, 规定, 意见, 指南) are the rules in force when the text is
published, not levels of the year it reviews (README: a rule in force is of the year of publication). The guesses dated
them by the year the title names. Only a term (a rate per unit, a share, a limit: 每次, 比例, 最高, 不超过, 一般为 in its
clause; not the counts of work done by a scheme, 按照…监测方案，在全市7个县…开展), dated by default, in a sentence that prints
no year of its own (a year inside the guideline's name 《…》 is part of the name); its terms may go on after a ；.
"""

from __future__ import annotations

import re
from datetime import date

from checks.draft.guesses import Guess
from checks.draft.text import PRINTED_YEAR, clause_bounds, sentence_bounds

_TITLE_YEAR = "the year its title names"
# 执行《…》, 按照《…》, 按照试点方案, 根据…办法: the guideline or scheme whose terms the sentence gives
_APPLIED = re.compile(
    r"(?:执行|按照|依照|依据|根据)\s*(?:《[^》]{2,60}》|[^，,。；;《\d]{0,12}(?:方案|办法|规定|意见|指南|细则))"
)
_NAMES = re.compile(r"《[^》]*》")
# a term, not a count of the work done by the guideline (按照…监测方案，在全市7个县…开展): a rate, share or limit
_TERM = re.compile(
    r"每(?:次|人|户|年|月|日|天|例|张|单|件)|比例|最高|最低|最长|最短|不超过|不低于|不少于|一般为|上限|封顶|起付"
)


def applied_rule(line: str, start: int, period: Guess, published: date | None) -> Guess:
    """``period``, or the year of publication for a term a named guideline sets (see the module)."""
    if published is None or period.why != _TITLE_YEAR or not isinstance(period.value, int):
        return period
    if period.value >= published.year:
        return period
    sentence_start, sentence_end = sentence_bounds(line, start)
    sentence_start = min(sentence_start, line.rfind("。", 0, start) + 1)  # its terms may go on after a ；
    if _APPLIED.search(line, sentence_start, start) is None:
        return period
    if _TERM.search(line[slice(*clause_bounds(line, start))]) is None:
        return period
    if PRINTED_YEAR.search(_NAMES.sub(lambda m: " " * len(m.group()), line[sentence_start:sentence_end])):
        return period
    return Guess(published.year, "a term a named guideline sets: in force when published")
