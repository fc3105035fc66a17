"""Numbers that set a condition, frame a time or name what was counted before (round 32, set 36's kinds: an
air-quality report, a community paramedicine evaluation, a pre-pregnancy check summary, a mental health notice):

- a level in a clause that says when something happens (``alerts, issued when the Index reaches 7``, ``once
  annual mean NO2 has stayed below 40 µg/m³``): a condition, not a level reported;
- an emergency number naming calls or crews (``911 calls``, ``repeat 999 calls``, ``911 crews``);
- a table caption's sample size (``Table 1. … (n = 455)``): the group the table counts, named again;
- a frequency or a bound that defines whom a share counts (``31% had been transported five or more times``,
  ``found at least one problem in 38% of them``, ``patients enrolled for at least 90 days``);
- the windows compared (``12 months before and after enrollment``) and a unit a definition counts
  (``counts as one bed day``);
- the count of the names right after it (``the county's two rural fire districts, Ashby and Coldwater``);
- a time before an event (``孕前3个月``, ``术前7天``) and a duration, then 的 and the people it picks
  (``失访超过3个月的患者``): what defines those counted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.draft.means_tests import means_threshold
from checks.draft.text import clause_bounds, sentence_bounds
from checks.numbers import Quantity

_BOUNDS = ("lt", "gt", "le", "ge")
# when/once/if … reaches, exceeds, has stayed below: a present or perfect tense, a condition (not "when it
# stood at 517", a past level)
_CONDITION = re.compile(
    r"\b(?:when|whenever|once|if|until|unless)\s+(?:[\w()'-]+\s+){0,8}?"
    r"(?:reach(?:es)?|exceeds?|(?:has|have)\s+(?:stayed|remained|fallen|dropped|been)|stays?|remains?|falls?|drops?"
    r"|rises?|goes|is|are)\s+(?:(?:above|below|under|over|at|to|beyond)\s+)?(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_EMERGENCY = re.compile(r"\s+(?:calls?|crews?|call-?takers|dispatch\w*|responses?|system)\b", re.IGNORECASE)
# 经120救护车入院, 120急救网络, “120”调度: China's emergency number naming its ambulances or service (a count of them
# would take a measure word: 120辆救护车; round 33)
_EMERGENCY_ZH = re.compile(r"[”\"]?\s*(?:救护车|急救|调度|指挥|呼叫|出车|转运)")
_CAPTION = re.compile(r"^\s*(?:Table|Figure|Chart|Exhibit)\s+\d+[.:]?\s", re.IGNORECASE)
_SAMPLE = re.compile(r"[(（]\s*n\s*=\s*$", re.IGNORECASE)
_TIMES = re.compile(r"\s*(?:or\s+more\s+)?times\b", re.IGNORECASE)
_IN_SHARE = re.compile(r"[^,;.]{0,40}?\bin\s+\d[\d.]*\s*(?:%|per\s*cent)\s+of\b", re.IGNORECASE)
_ENROLLED_FOR = re.compile(
    r"\b(?:patients|people|clients|members|children|adults|residents|those|participants|enrollees)\s+"
    r"(?:enrolled|registered|treated|followed|employed|housed|resident)\s+for\s+$",
    re.IGNORECASE,
)
_BEFORE_AND_AFTER = re.compile(r"\s+(?:before\s+and\s+after|before\s+or\s+after|either\s+side\s+of)\b", re.IGNORECASE)
_COUNTS_AS = re.compile(r"\b(?:counts?|is\s+counted|are\s+counted|is\s+recorded)\s+as\s+$", re.IGNORECASE)
_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
_NAME = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
# (not 平均报告时间为发病后2.6天, a time measured after the event: a claim)
_EVENT = re.compile(r"(?:孕|产|术|分娩|接种|服药|治疗|确诊|发病|入院|婚)前\s*$")
_PEOPLE_PICKED = re.compile(
    r"\s*的\s*(?:[\u4e00-\u9fff]{0,4}?)(?:患者|病人|人员|儿童|孕产妇|老年人|对象|人群|居民|学生)"
)
_TIME = ("month", "day", "week", "hour", "year", "minute")
_NOUN_AFTER = re.compile(r"\s+[a-z]")


def condition_or_frame(line: str, q: Quantity, others: Sequence[Quantity]) -> str | None:
    """Why the reading ``q`` sets a condition, frames a time or names a count again; None if it does not."""
    clause_start = clause_bounds(line, q.start)[0]
    if _CONDITION.search(line, clause_start, q.start) and not means_threshold(line, q.start):
        return "a level in a condition (issued when the Index reaches 7), not a level reported"
    if q.digits in ("911", "999", "112", "000", "111") and q.unit is None and _EMERGENCY.match(line, q.end):
        return "an emergency number naming the calls or crews (911 calls), not a figure"
    if q.digits in ("120", "999") and not q.unit_text and _EMERGENCY_ZH.match(line, q.end):
        return "an emergency number naming the calls or crews (911 calls), not a figure"
    if _SAMPLE.search(line, max(0, q.start - 8), q.start) and _CAPTION.match(line):
        return "a table caption's sample size (n = 455), the group counted, named again"
    sentence_start = sentence_bounds(line, q.start)[0]
    share_before = any(o.unit == "percent" and sentence_start <= o.start < q.start for o in others)
    if q.qualifier in _BOUNDS and _TIMES.match(line, q.end) and share_before:
        return "a frequency that defines whom the share before it counts (five or more times), not a claim"
    one_of = q.digits.lower() in ("one", "1") and _NOUN_AFTER.match(line, q.end) is not None  # at least one infection
    if q.qualifier in ("ge", "gt") and q.value == 1 and q.unit_text is None and one_of and share_before:
        return "a bound that defines whom the share before it counts (4.1% were positive for at least one), not a claim"
    if q.qualifier in _BOUNDS and _IN_SHARE.match(line, q.end):
        return "a bound that defines what the share after it counts (at least one problem in 38% of them), not a claim"
    if q.qualifier in ("gt", "ge") and q.unit in _TIME and _ENROLLED_FOR.search(line, max(0, q.start - 60), q.start):
        return "a duration that defines the people counted (patients enrolled for at least 90 days), not a claim"
    if q.unit in _TIME and _BEFORE_AND_AFTER.match(line, q.end):
        return "the windows compared (12 months before and after enrollment), not a claim"
    if q.value == 1 and _COUNTS_AS.search(line, max(0, q.start - 24), q.start):
        return "the unit a definition counts (counts as one bed day), not a claim"
    if (word := _WORDS.get(int(q.value))) is not None and q.text.lower() in (word, str(int(q.value))):
        named = rf"(?:\s+[a-z][\w-]*){{1,4}},\s+{_NAME}" + rf"(?:,\s+{_NAME})" * (int(q.value) - 2)
        if re.match(named + rf",?\s+(?:and|or)\s+{_NAME}\s*(?:[.;]|$)", line[q.end :]):
            return "the count of the places or things named right after it, not a claim"
    if q.unit in _TIME and _EVENT.search(line, max(0, q.start - 6), q.start):
        return "a time before an event (孕前3个月) that defines what is counted, not a claim"
    if q.qualifier in _BOUNDS and q.unit in _TIME and _PEOPLE_PICKED.match(line, q.end):
        return "a duration, then 的 and the people it picks (失访超过3个月的患者), not a claim"
    return None
