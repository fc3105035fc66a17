"""What stands when a text is published, and what a word that looks like a plan's does not plan (round 38, set
42's kinds: a trust's response to a coroner's report, a foundation's campaign update, a guardian's annual report,
a province's and a county's circulars, a city's pilot progress report; and set 41's inquiry report):

- a factor of change (``almost double the 158 raised in 2022/23``, ``较2025年翻一番``, ``较“十三五”末翻了一番``) is of
  its own time, not of the base it is measured on: the base's year is read as if it were not printed;
- the from-figure of a change whose sentence opens on the span it runs over (``Between March 2017 and March 2026
  the number … fell from 11,699 to 10,212``) is of the span's first year;
- a time to act within: a duty the law sets (``The Trust is required to respond within 56 days``) is in force; a
  deadline set to act by (``must review the patient within 30 minutes``, ``should publish … within six months of
  this report``, ``the policy is to acknowledge … within two working days``, ``a report expected within three
  months``) is a target, counted from the text itself when it says so; a recurring duty's (``各地要于每季度结束后10日
  内报送``) is a rule in force;
- a plan section's rule for those a condition picks (``…未按规定备案的，报销比例降低10个百分点``) is in force;
- the year an event closes its sentence with (``The largest gift, $15 million …, came in 2024.``) is that
  sentence's only figure's, and carried to no later sentence of the line;
- 全年 beside a monthly rule (``每人每月发放补助800元，全年补助资金合计31.2万元``) is the rule's year, not a year over;
- a state of progress after a copula (``Construction is about 40% complete``) is reached, now;
- what a sum leaves to do (``leaves $28.4 million to raise``, ``$3 million still to raise``) is what is left
  now, not a target;
- the counts a task's subject opens with ``All`` (``All 1,840 ward nurses and 410 resident doctors are to complete
  …``) exist already (README: what a task acts on);
- a target whose sentence opens on a start after publication (``（二）2027年起，每年安排不少于20万元``) is of that year;
- words that look like a plan's but plan nothing are read as if not printed: 计划 as the object a verb makes
  (``未为其制订带教计划``), 打算 in what people said (``受访者表示…打算离开``).
"""

from __future__ import annotations

import re

from checks.draft.guesses import LINE_YEAR, Guess
from checks.draft.notices import Reguess, settled
from checks.draft.relative import WHOLE_YEAR_OVER
from checks.draft.text import blanked, clause_bounds, sentence_bounds
from checks.draft.years import years_before

_FACTOR_EN = re.compile(r"(?i:\b(?:double|twice|triple|treble|(?:\d+(?:\.\d+)?|two|three|four|five)\s+times)\b)")
_FACTOR_ZH = re.compile(r"翻了?[一两]?番|翻了?一?倍|\d(?:\.\d+)?倍")
# almost double the 158 raised in 2022/23: the base after the factor, its figure, then its year
_BASE_AFTER = re.compile(r"\s+(?:the|its|their|that)\s+[^,;.]{0,40}?\d[^,;.]{0,40}?\b((?:19|20)\d\d(?:/\d\d)?)\b")
# 较2025年翻一番, 较“十三五”末翻了一番: the base between 较/比 and the factor
_BASE_BEFORE = re.compile(r"(?:较|比)([^，,。；;、]{1,12})$")
_COMPLETE = re.compile(r"\s*complete\b", re.I)
_COPULA = re.compile(r"\b(?:is|are)\s+(?:now\s+)?(?:about|around|roughly|nearly|almost|over|more\s+than)?\s*$", re.I)
_LEAVES = re.compile(r"\bleav(?:es|ing)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|just\s+)?[$£€¥]?$", re.I)
_LEFT_TO = re.compile(r"\s+(?:(?:still|left|remaining)\s+)?to\s+(?:raise|be\s+raised|collect|find)\b", re.I)
_STILL_TO = re.compile(r"\s+(?:still|left|remaining)\s+to\s+(?:raise|be\s+raised|collect|find)\b", re.I)
_ALL_OPENS = re.compile(r"(?:^|[.;:]\s+)All\s+(?:\d[\d,]*(?:\s+[\w-]+){1,4}\s+and\s+)?[$£€¥]?$")
_MONTH_DAY = r"(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?"
_BETWEEN_OPENING = re.compile(rf"\W{{0,3}}Between\s+{_MONTH_DAY}((?:19|20)\d\d)\s+and\s+{_MONTH_DAY}((?:19|20)\d\d)\b")
_FROM_BEFORE = re.compile(r"\bfrom\s+[$£€¥]?$")
_WITHIN = re.compile(r"(?i:\s*within\b)")
# The Trust is required to respond within 56 days: a duty the law sets, in force (README: a rule in force)
_REQUIRED = re.compile(
    r"(?i:\b(?:is|are)\s+(?:legally\s+|statutorily\s+)?required\s+(?:by\s+law\s+)?to\s+(?:respond|reply))"
)
# must review the patient within 30 minutes, should publish within six months, the policy is to acknowledge …:
# a deadline set to act by, a level to reach (README: a standard's level)
_TO_ACT = re.compile(r"(?i:\b(?:must|should(?!\s+be\b)|policy\s+is\s+to|expected(?!\s+to\s+be\b)|due\s+to)\b)")
_OF_NOW = re.compile(r"(?i:\s+of\s+(?:this|the|its)\s+(?:report|letter|decision|notice|response|publication|date))")
# 各地要于每季度结束后10日内报送: the deadline of a duty that recurs each quarter, a rule in force
_RECURRING_DUTY = re.compile(r"每(?:个)?(?:季度|月|年|周)|(?i:\beach\s+(?:quarter|month|year|week)\b)")
_WITHIN_ZH = re.compile(r"[日天周月]内$")
# 临时外出就医人员未按规定备案的，报销比例降低10个百分点: a rule for those a condition picks, in force
_CONDITION_ZH = re.compile(r"的\s*[，,]")
_CLOSING_YEAR = re.compile(r"(?:19|20)\d\d\s*[.。]?\s*$")
_EVENT = r"\b(?:came|arrived|was\s+(?:made|given|received|pledged)|happened|occurred|took\s+place)\s+in\s+"
_IN_YEAR_CLOSING = re.compile(_EVENT + r"((?:19|20)\d\d)\s*$")
_EVENT_YEAR = re.compile(_EVENT + r"(?:19|20)\d\d$")
_BY_DEFAULT = ("publication year", "the year the article is about", "the year before publication")
# 实现2027年目标需新增配置AED约6100台, To reach the 2030 target would need 400 more beds: what reaching a year's
# target needs is that year's target (not a clause that opens on the basis of the sum, 按每台约1.8万元计算)
_NEEDS_FOR = re.compile(
    r"(?:实现|达到|完成)\s*((?:19|20)\d\d)\s*年(?:的)?(?:目标|任务)[^。；;]{0,6}?需"
    r"|(?i:\bto\s+(?:meet|reach|achieve|hit)\s+the\s+((?:19|20)\d\d)\s+(?:target|goal)s?\b[^.;]{0,40}?\b(?:need|require)s?)"
)
_BASIS = re.compile(r"\s*(?:按|按照|以)")
# … no more than a 1.6-kilometre walk from a pharmacy, and should report to us on progress by the end of 2027: a due
# date after a new modal verb's task is that task's, not the figure's before it
_NEXT_TASK = re.compile(r"[,;]\s*and\s+(?:should|will|must|shall|would)\s+[a-z]+", re.I)
# 我市AED配置仍存在…等问题：…配置率分别仅为46.2%: a problem said still to exist is told of now; so is the structure
# of the document a text presents (《办法》共6章32条)
_STILL = re.compile(r"仍(?:然)?存在|依然存在|(?i:\bstill\s+(?:has|have|exists?|lacks?|faces?)\b)")
_STILL_LIST = re.compile(r"(?:仍(?:然)?|依然)存在[^。：:]{0,40}问题\s*[：:]")
_DOCUMENT_HAS = re.compile(r"《[^》]{1,30}》\s*共")
_DEFAULT_YEARS = ("the year the article is about", "the year before publication", "publication year")
_STARTS_ZH = re.compile(
    r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])?\s*(?:自|从)?\s*((?:19|20)\d\d)\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?\s*起"
)
# 计划 as what a verb makes (制订带教计划), 打算 in what people said (表示…打算): no plan of the text's
_NOUN_PLAN = re.compile(r"(?:制[订定]|编制)[\u4e00-\u9fff]{0,4}?(计划)")
_SAID_INTENT = re.compile(r"(?:表示|称)[^，,。；;]{0,12}?(打算)")


def _unplanned(line: str) -> str:
    """``line`` with the plan words that plan nothing blanked (their length kept)."""
    for pattern in (_NOUN_PLAN, _SAID_INTENT):
        for found in pattern.finditer(line):
            line = blanked(line, found.start(1), found.end(1))
    return line


def _factor_base(line: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the base a factor of change is measured on prints its year or period, or None."""
    text = line[start:end]
    if _FACTOR_EN.search(text):
        base = _BASE_AFTER.match(line, end)
        return (base.start(1), base.end(1)) if base else None
    if _FACTOR_ZH.search(text):
        clause_start = clause_bounds(line, start)[0]
        before = _BASE_BEFORE.search(line, clause_start, start)
        if before and re.search(r"\d|[一二三四五六七八九十]五", before.group(1)):
            return before.start(1), before.end(1)
    return None


def _between_from(line: str, start: int, period: Guess) -> Guess | None:
    """A from-figure of a change whose sentence opens on the span it runs over (``Between March 2017 and March
    2026 the number … fell from 11,699 to 10,212``): the span's first year, not its last."""
    sentence_start = sentence_bounds(line, start)[0]
    span = _BETWEEN_OPENING.match(line, sentence_start)
    if span is None or span.end() > start or not _FROM_BEFORE.search(line, max(0, start - 8), start):
        return None
    if period.value != int(span.group(2)):
        return None
    return Guess(int(span.group(1)), "the start of the span its sentence opens on")


def _another_sentences_year(line: str, start: int, period: Guess) -> tuple[int, int] | None:
    """Where the year that dated the figure by "the last year printed before it on its line" stands, when it
    closes an earlier sentence after that sentence's own figure, as the year of an event (``…, $15 million …,
    came in 2024. Gifts of … account for 61%``): that figure's year, carried to no later sentence; else None.
    (A year closing a sentence otherwise goes on: ``… between 2022 and 2024. Females therefore spent …``.)"""
    if period.why != LINE_YEAR:
        return None
    sentence_start = sentence_bounds(line, start)[0]
    earlier = [y for y in years_before(line, start) if y.value == period.value and y.position < sentence_start]
    if not earlier:
        return None
    year = earlier[-1]
    own_start, own_end = sentence_bounds(line, year.position)
    closes = _EVENT_YEAR.search(line, max(own_start, year.position - 40), year.position + 4) is not None
    closes = closes and _CLOSING_YEAR.match(line, year.position, own_end) is not None
    if not closes or not re.search(r"\d", line[own_start : year.position]):
        return None
    return year.position, year.position + 4


def _sentence_closing_year(line: str, start: int, end: int, status: Guess, period: Guess) -> Guess | None:
    """The year closing the sentence of a figure it alone prints (``The largest gift, $15 million from …, came in
    2024.``), when the figure's period was guessed by default."""
    if status.value != "achieved" or period.why not in _BY_DEFAULT:
        return None
    sentence_start, sentence_end = sentence_bounds(line, start)
    closing = _IN_YEAR_CLOSING.search(line, end, sentence_end)
    if closing is None or re.search(r"\d", line[sentence_start:start] + line[end : closing.start()]):
        return None
    return Guess(int(closing.group(1)), "the year closing its sentence, which prints no other figure")


def standing(
    line: str, start: int, end: int, status: Guess, period: Guess, now: int | None, again: Reguess
) -> tuple[Guess, Guess]:
    """``status`` and ``period`` of the figure at ``start:end``, or what the rules above (then round 39's,
    ``checks.draft.notices``) make of them."""
    if now is None:
        return status, period
    return settled(line, start, end, *_standing(line, start, end, status, period, now, again), now, again)


def _standing(
    line: str, start: int, end: int, status: Guess, period: Guess, now: int, again: Reguess
) -> tuple[Guess, Guess]:
    base = _factor_base(line, start, end)
    if base is not None:
        return again(blanked(line, *base))
    if status.value == "achieved" and (between := _between_from(line, start, period)) is not None:
        return status, between
    clause_start = clause_bounds(line, start)[0]
    if _WITHIN.match(line, start) and _REQUIRED.search(line, clause_start, start):
        return Guess("achieved", "a duty the law sets (is required to respond within)"), Guess(now, "in force now")
    acts = _TO_ACT.search(line, clause_start, start) if _WITHIN.match(line, start) else None
    if acts is not None and status.value == "achieved":
        when = period if period.value != now - 1 else Guess(now, "a deadline set when published")
        return Guess("target", f"a deadline set to act by ('{acts.group()}')"), when
    within = _WITHIN.match(line, start) is not None or _WITHIN_ZH.search(line[start:end]) is not None
    if within and _RECURRING_DUTY.search(line, clause_start, start):
        return Guess("achieved", "the deadline of a duty that recurs (每季度结束后10日内)"), Guess(now, "in force now")
    part_start = max(sentence_bounds(line, start)[0], line.rfind("；", 0, start) + 1)
    if status.why.startswith("no cue") and status.value == "target" and _CONDITION_ZH.search(line, part_start, start):
        return Guess("achieved", "a rule for those a condition picks (…未按规定备案的，…)"), Guess(now, "in force now")
    own_year = period.why in ("the year printed with it", "the year it is due by")
    if _WITHIN.match(line, start) and status.value == "target" and not own_year and _OF_NOW.match(line, end):
        return status, Guess(now, "a deadline counted from the text itself (within six months of this report)")
    if (closing := _sentence_closing_year(line, start, end, status, period)) is not None:
        return status, closing
    if (carried := _another_sentences_year(line, start, period)) is not None:
        return again(blanked(line, *carried))
    if status.value == "target" and period.why == "the year it is due by":
        sentence_end = sentence_bounds(line, start)[1]
        due = re.search(rf"\b{period.value}\b", line[end:sentence_end])
        if due is not None and _NEXT_TASK.search(line, end, end + due.start()):
            return again(blanked(line, end + due.start(), end + due.end()))
    needs = _NEEDS_FOR.search(line, sentence_bounds(line, start)[0], start)
    needed = int(needs.group(1) or needs.group(2)) if needs is not None else None
    if needed is not None and needed >= now and not _BASIS.match(line, clause_start):
        return Guess("target", "what reaching a year's target needs"), Guess(needed, "the year of the target it needs")
    sentence_start = sentence_bounds(line, start)[0]
    # (仍存在…问题： opens a colon's list, its parts split by ；, up to the 。 that ends it)
    stop = line.rfind("。", 0, start) + 1
    listed = _STILL_LIST.search(line, stop, start)
    told_now = listed or _STILL.search(line, sentence_start, start) or _DOCUMENT_HAS.search(line, clause_start, start)
    if status.value == "achieved" and period.why in _DEFAULT_YEARS and period.value != now and told_now:
        return status, Guess(now, f"'{told_now.group()}': told of now")
    whole_year = WHOLE_YEAR_OVER in period.why
    monthly = any("每月" in line[slice(*sentence_bounds(line, m.start()))] for m in re.finditer("全年", line))
    if whole_year and monthly:
        return status, Guess(now, "'全年' beside a monthly rule (每人每月…，全年…): the rule's year")
    head = line[max(0, start - 40) : start]
    if _COMPLETE.match(line, end) and _COPULA.search(head) and "%" in line[start:end]:
        return Guess("achieved", "a state of progress (is 40% complete)"), Guess(now, "the time it is told")
    if (_LEAVES.search(head) and _LEFT_TO.match(line, end)) or _STILL_TO.match(line, end):
        return Guess("achieved", "what is left to do now (leaves $28.4 million to raise)"), Guess(now, "now")
    if status.value == "target" and _ALL_OPENS.search(line, max(0, start - 80), start):
        return Guess("achieved", "the set a task's subject names with 'All': it exists"), Guess(now, "now")
    opening = _STARTS_ZH.match(line, sentence_bounds(line, start)[0])
    if status.value == "target" and opening is not None and int(opening.group(1)) > now:
        return status, Guess(int(opening.group(1)), f"its sentence opens on the start '{opening.group().strip()}'")
    if status.value == "target" and ("计划" in status.why or "打算" in status.why):
        unplanned = _unplanned(line)
        if unplanned != line:
            return again(unplanned)
    return status, period
