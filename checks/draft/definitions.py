"""Numbers that say what a figure counts instead of claiming a figure of their own.

- a duration that bounds the people, waits or share counted: ``within 28 days``, ``waiting more than
  18 weeks``, ``waits of over a year``, ``seen in over 18 weeks``, ``waited longer than four hours``,
  ``dealt with in under 12 hours``, the ``18-week`` standard (an
  average wait, ``waited 13 weeks on average``, bounds nothing and stays a claim);
- the time frame a figure is counted over: ``in the seven months from July 2024``, ``the lowest
  figure in two years``, a run of years (``连续13年``, ``for three consecutive years``), and a
  service schedule (``across seven days``, ``seven days a week``);
- the years an amount is spread over: ``invest £4.6 million over four years``;
- an indefinite article or "every" read as one: ``又是一个出生人口大年``, ``每一个`` (``checks.draft.article_one``);
- a fraction in words restating the percentage in brackets after it: ``more than four fifths
  (80.2%)``, ``about one in 11 patients (9.3%)``;
- the kinds a category comprises: ``法定传染病包括甲类传染病2种…,共41种``;
- a bounded duration that says what the people counted did (``who walked for at least 30 minutes a
  day``, 每天至少运动30分钟), a span of decades (``over the next two decades``), a criterion a colon
  introduces (诊断标准是：…), a count followed by a colon and exactly that many items (三个要点：…、…、…);
- a sentence that defines a term (``A finished consultant episode is a period of care under one
  consultant``, 是指, 定义为, 规范管理指…) and what may happen (``a child may have more than one episode``);
- a window of time after an event that picks what is counted (``between 7 and 365 days postpartum``,
  ``43 days or more after``), a run of quarters or months (连续两个季度), once each period (每季度通报一次),
  ``24 hours a day``, a ranking's tail (排名后3位), ``one or more`` after ``meaning``;
- (bounds that pick the units or people counted are in ``checks.draft.thresholds``).

An amount joined by a hyphen to the change it measures (``a 300,000-patient decline``) is a claim,
not a name like ``three-dose``: ``claimed_compound`` says so for checks.draft.ignores.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.draft.article_one import article_one
from checks.draft.deadlines import deadline_to_act
from checks.draft.means_tests import labelled_opening, means_threshold
from checks.draft.named_items import named_items
from checks.draft.picks import picks_those_counted
from checks.draft.rate_standards import pays_a_rate  # 补贴标准为：…150元, a scheme's rate (round 70)
from checks.draft.term_lines import sets_terms
from checks.draft.terms import PERCENTILE_NAMED, defines_range, defines_term, defines_term_en, time_points
from checks.draft.text import clause_bounds, sentence_bounds
from checks.numbers import Quantity

TIME_UNITS = ("minute", "hour", "day", "week", "month", "year")
# answered within 60 seconds, abandoned after waiting longer than 30 seconds: a call's seconds bound what
# is counted as minutes do (the thresholds of checks.draft.thresholds keep TIME_UNITS: seconds pick no units there)
_DURATION_UNITS = ("second", *TIME_UNITS)
_WITHIN = re.compile(r"^\s*within\b", re.IGNORECASE)
# treated within the clinically recommended 30 days, within a maximum of 18 weeks
# the total time beyond the first 30 minutes, waits beyond 18 weeks: the bound past which the time is counted
_WITHIN_BEFORE = re.compile(r"\b(?:within|beyond)\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+){0,3}(?:of\s+)?$", re.IGNORECASE)
_WAITING = re.compile(
    r"\b(?:waits?|waiting|waited|seen|treated|diagnosed|stays?|delays?|delayed|dealt\s+with|admitted|discharged"
    # delays, including those under three days: "those" of the waits or delays before it, picked by their length
    r"|those"
    # lasting more than 3 months: a duration that defines a condition
    r"|lasting|lasts?|persisting|persists?"
    # Transfers taking more than 60 minutes fell …: a bound on the time taken picks the transfers counted (not
    # "the work took more than 3 years", a claim)
    r"|taking"
    # 212 patients had waited more than 65 weeks and none more than 78 weeks: the wait left out
    r"|none|nobody|no\s+one)\s+"
    r"(?:of\s+|for\s+|in\s+|after\s+)?(?P<than>(?:longer|more|less|fewer|shorter)\s+than\s+)?$",
    re.IGNORECASE,
)
_NO_ONE_WAITED = re.compile(r"(?:^|[.;:!?]\s+)\s*No\s+[a-z]+\s+(?:had\s+)?(?:waited|waits?|stayed)\s+$")
_RANGE_ON = re.compile(r"\s*(?:to|[-–—])\s*\d", re.IGNORECASE)
_HYPHENED = re.compile(r"\d\s*-\s*(?:minutes?|hours?|days?|weeks?|months?|years?)$", re.IGNORECASE)
_FRAME_BEFORE = re.compile(r"\bin\s+(?:the\s+)?(?:(?:last|past|first|previous|same)\s+)?$", re.IGNORECASE)
# Over the two years, …; During the past 12 months, …: the time frame a sentence opens on.
_FRAME_OPENING = re.compile(
    r"(?:^|[.!?]\s+)(?:Over|During|In|Across|Within)\s+(?:the\s+)?(?:(?:last|past|previous|first)\s+)?$"
)
# 2.9% more than in the same seven months of 2025: "the same" span names the earlier one compared with.
_SAME_SPAN = re.compile(r"\bthe\s+same\s+$", re.IGNORECASE)
_FRAME_AFTER = re.compile(r"^\s+(?:from|since|to|up\s+to|ending|between|before|after)\b|^\s*,", re.IGNORECASE)
_SUPERLATIVE = re.compile(
    r"\b(?:lowest|highest|largest|biggest|smallest|fewest|longest|shortest|greatest|best|worst|most|least|record)\b",
    re.IGNORECASE,
)
_RUN = (
    re.compile(r"连续\s*$"),
    re.compile(r"^\s*(?:consecutive\s+(?:years|months|quarters)|years?\s+(?:in\s+a\s+row|running))\b", re.I),
)
_WEEK = (re.compile(r"\bacross\s+(?:all\s+)?$", re.I), re.compile(r"^\s*(?:a|per)\s+week\b", re.I))
# 24 hours a day, seven days a week: a line's opening hours, the whole of each day.
_ALL_DAY = re.compile(r"\s*(?:a|per|each|every)\s+day\b", re.I)
_RESTATED_AFTER = re.compile(r"^\s*[(（]\s*\d+(?:\.\d+)?\s*%")
# a full (100%) discount, a partial (50%) refund: the share a word of degree means, in brackets after it.
_WORD_DEFINED = re.compile(r"\b(?:full|partial|complete)\s*\(\s*$", re.IGNORECASE)
# 法定传染病包括甲类传染病2种、乙类传染病28种…,共41种; notifiable diseases comprise 41 types: the kinds a
# category is defined to comprise (in a note, a written answer's definitions), not a count of anything.
_KINDS = ("种", "类", "类别", "types", "kinds", "categories", "classes")
_COMPRISES = re.compile(
    r"包括|包含|分为|\b(?:comprises?|consists?\s+of|is\s+made\s+up\s+of|are\s+classed\s+into)\b", re.I
)
# A sentence that defines a term (A finished consultant episode is a period of care under one
# consultant; X means …; 是指, 定义为): its numbers say what is counted. What may happen (a child may
# have more than one episode) counts nothing either.
_DEFINING = re.compile(
    r"\s*(?:An?|The\s+term)\s+(?!\d)[A-Za-z][\w -]{2,60}?\s+(?:is\s+(?:an?|the)\s+(?:period|unit|spell|measure|count|record|person|case|episode|term)\b"
    r"|is\s+defined\s+as|means|refers\s+to)\b"
)
# 高血压的诊断标准是：…收缩压≥140mmHg; 统计口径为：…: a criterion or scope, then a colon, defines what follows.
_CRITERION_ZH = re.compile(r"(?:标准|定义|口径|依据|条件)(?:是|为)?\s*[:：]")
# 每千人口床位数:指…之比乘以1000; 第90百分位数指…百分之九十: a term, then 指, defines it.
_DEFINING_ZH = re.compile(
    r"是指|指的是|定义为|系指|[:：]\s*指(?![标导出南数引挥令定示向])|(?<=[数率])指(?![标导出南数引挥令定示向])"
)
# 规范管理指按照规范要求每年提供不少于4次面对面随访: a sentence (or a note's item after ；) that opens on a
# term and 指 says what the term means.
_TERM_DEFINED_ZH = re.compile(
    r"[\s　]*(?:注\s*[:：]\s*(?:\d{1,2}\s*[.、．]\s*)?)?[\u4e00-\u9fff“”\"]{2,12}?(?<![手食拇])指(?![标导出南数引挥令定示向])"
)
# … were preventable, meaning there was at least some chance … by one or more reasonable changes: "one or
# more" after "meaning" says what the word before it means (not "meaning that … more than a fifth", a claim).
_MEANING_BEFORE = re.compile(r",\s*meaning\s+(?:that\s+)?[^.;:]*$", re.I)
# 病床使用率=实际占用总床日数÷实际开放总床日数×100%: a formula's constant, how an indicator is computed.
_FORMULA = re.compile(r"[=＝][^，,。；;]*[×÷*/]\s*$")
_MAY = re.compile(r"\b(?:may|might)\s+(?:have|receive|be|get|need|attend|include)\s+$", re.IGNORECASE)
# 10万元以下（含10万元）部分报销65%，10万元以上的部分报销75%: the bounds of the bands of spending a rate
# applies to, not amounts anyone spent
_BAND_BOUND_AFTER = re.compile(r"\s*(?:以下|以上)?(?:[（(]含[^）)]{0,12}[）)])?的?部分")
_BAND_INCLUDED_BEFORE = re.compile(r"[（(]含\s*$")
_BAND_INCLUDED_AFTER = re.compile(r"\s*[）)]的?部分")
# almost half of the nursing home outbreaks (47%), a third of Year 6 pupils (32.7%): up to six words between
_RESTATED_AFTER_NOUN = re.compile(r"\s+(?:[A-Za-z0-9-]+\s+){0,6}[(（]\s*(\d+(?:\.\d+)?)\s*(?:%|per\s*cent)")
_CHANGE_AFTER = re.compile(
    r"^\s?-\s?[A-Za-z]+\s+(?:decline|drop|fall|reduction|cut|increase|rise|gain|jump|surge|boost)\b", re.IGNORECASE
)


# 连续两个季度, 连续3个月, 连续三个学年: a run of quarters, months or school years, as of years.
_PERIOD_AFTER = re.compile(r"\s*(?:个)?\s*(?:季度|月|周|星期|学年|学期|年度)")
# 每季度通报一次, 每年进行1次: once in each period, how often something is done, no count.
_EACH_PERIOD_BEFORE = re.compile(
    r"每(?:年|季度|季|月|周|天|日|半年)[^，,。；;\d]{0,12}$"
)  # 每半年至少对水箱清洗消毒1次


# 人均每周透析2.7次, 每床每年172.7次: an average per head or bed, a measured rate (a figure).
_PER_HEAD_BEFORE = re.compile(r"人均|每[人床户例]")


def _how_often(line: str, q: Quantity) -> bool:
    """每季度通报一次, 每年开展不少于2轮: a few times (rounds) in each period, how often something is done
    (round 34: any small whole number of times or rounds, bounded or not, as README's "twice a day")."""
    times = q.unit_text in ("次", "轮", "遍", "回") and q.value == int(q.value) and 1 <= q.value <= 12
    if not times or not _EACH_PERIOD_BEFORE.search(line, max(0, q.start - 16), q.start):
        return False
    head = _PER_HEAD_BEFORE.search(line, max(0, q.start - 16), q.start)
    # 每人每年参加进修不少于1次: a bound for each person is a rule of how often, not an average (round 38)
    return head is None or (q.qualifier in ("ge", "gt", "le", "lt") and head.group() != "人均")


def _run_or_schedule(line: str, q: Quantity) -> str | None:
    if (line.startswith("级", q.end) and q.unit_text == "年") or line.startswith("年级", q.end):
        return "a school grade named by its number (四年级及以上), a class, not a count"
    years = q.unit == "year" or q.unit_text in ("年", "years", "year")
    periods = q.unit in ("month", "week") or (
        q.unit_text in ("个", None) and _PERIOD_AFTER.match(line, q.end) is not None
    )
    if ((years or periods) and _RUN[0].search(line[max(0, q.start - 8) : q.start])) or _RUN[1].match(line[q.end :]):
        return "a run of years (连续13年, for three consecutive years), the time frame of a claim, not a figure"
    if _how_often(line, q):
        return "how often something is done (每季度通报一次), not a count"
    if q.unit in ("day", "week") and (
        _WEEK[0].search(line[max(0, q.start - 10) : q.start]) or _WEEK[1].match(line[q.end :])
    ):
        return "a service schedule (across seven days, seven days a week), not a figure"
    if q.unit == "hour" and q.value == 24 and _ALL_DAY.match(line, q.end):
        return "a service schedule (24 hours a day), not a figure"
    return None


# walked for at least 30 minutes a day, exercising at least 150 minutes per week, 每天至少运动30分钟: a bounded
# duration with a rate of time after it, or said of the people in a "who" clause, is what the people did
# to be counted (an exposure), not a figure of them.
# (at least 60 minutes of moderate-to-vigorous physical activity every day: what was done may come between)
_EVERY_AFTER = re.compile(
    r"(?:\s+of\s+[\w-]+(?:\s+[\w-]+){0,3}?)?"
    r"(?:\s*(?:a|per|each|every)\s+(?:day|week|month|night)\b|\s*(?:daily|weekly|on\s+(?:most|all|\w+)\s+days)\b)",
    re.I,
)
_EVERY_BEFORE = re.compile(r"(?:每天|每日|每周|每晚|每月)\S{0,6}?(?:至少|不少于|不低于|超过|不足|少于)\S{0,4}$")
_WHO_BEFORE = re.compile(r"\b(?:who|whose)\b[^,.;:()]{0,48}$", re.IGNORECASE)
_AVERAGE_BEFORE = re.compile(r"\b(?:average|averaged|median|mean|typical(?:ly)?)\b[^,.;]{0,24}$", re.IGNORECASE)


# Activity over five years, Five years of progress: a short English line of at most eight words, opening
# on a capital, with no stop or comma, is a heading, and a duration opening it or after over, in, of,
# the past … is the span of the section below, counted nowhere (not "Patients waited 13 weeks").
_HEADING = re.compile(r"[A-Z][^\s.!?;:,]*(?:\s+[^\s.!?;:,]+){0,7}")
_SPAN_IN_HEADING = re.compile(r"(?:^\s*|\b(?:over|across|in|of|past|last|first|next|the)\s+)$", re.IGNORECASE)


def _exposure(line: str, q: Quantity) -> bool:
    if _EVERY_BEFORE.search(line, max(0, q.start - 10), q.start):
        return True  # 每天至少运动30分钟的比例: the bound word may stand apart from the number (每晚只能睡3到4个小时: no bound)
    if q.qualifier not in ("ge", "gt", "le", "lt") or _AVERAGE_BEFORE.search(line, max(0, q.start - 40), q.start):
        return False
    return bool(_EVERY_AFTER.match(line, q.end) or _WHO_BEFORE.search(line, max(0, q.start - 60), q.start))


# occurred between 7 days and one year after the end of pregnancy, 26 between 7 and 365 days postpartum: a
# window of time after (or before) an event, which picks the events counted (not "two to three years after").
_TIME_WORD = r"(?:minutes?|hours?|days?|weeks?|months?|years?)"
_WINDOW = re.compile(
    rf"\bbetween\s+(?:\w+|\d[\d,.]*)(?:\s+{_TIME_WORD})?\s+and\s+(?:\w+|\d[\d,.]*)\s+{_TIME_WORD}"
    r"\s+(?:after|before|following|postpartum|post-partum|of\s+(?:birth|delivery|diagnosis|admission|discharge))\b",
    re.IGNORECASE,
)
# (43 days or more after the end of pregnancy picks the deaths; at least 12 months after delivery is a rule's)
_OR_MORE = re.compile(r"\s*or\s+(?:more|longer|less|fewer|over)\b", re.I)
# 出生后28天内开始治疗, 采血后5日内送达的标本: a bound on the time after an event (not 须…；合同签订后60日内完成, a
# duty's deadline, a 须 before it on its line).
_AFTER_EVENT_ZH = re.compile(r"[\u3400-\u9fff]后\s*$")
_DUTY_ZH = re.compile(r"应|须|必须|要求|不得|[要需][于在]")  # 各地要于每季度结束后10日内报送 (round 38)
_AFTER_EVENT = re.compile(
    r"\s*(?:or\s+(?:more|longer|less|fewer|over)\s+)?(?:after|before|following|postpartum|post-partum)\b", re.I
)


def _window(line: str, q: Quantity) -> str | None:
    if q.unit in TIME_UNITS and q.qualifier == "eq" and time_points(line, q):
        return "a time after an event when something is done (出院后24小时、72小时和7天), not a claim"
    if any(w.start() <= q.start and q.end <= w.end() for w in _WINDOW.finditer(line)):
        return "a window of time after an event, which picks what is counted (between 7 and 365 days postpartum)"
    after_event = q.unit in TIME_UNITS and q.qualifier in ("le", "lt") and _AFTER_EVENT_ZH.search(line, 0, q.start)
    if after_event and not _DUTY_ZH.search(line, 0, q.start) and not sets_terms(line):  # 付款方式：… (round 54)
        return "a window of time after an event, which picks what is counted (出生后28天内, 采血后5日内), not a claim"
    or_more = re.search(r"\bor\s+(?:more|longer|less|fewer|over)$", q.text) or _OR_MORE.match(line, q.end)
    if q.unit in TIME_UNITS and q.qualifier in ("ge", "gt", "le", "lt") and or_more and _AFTER_EVENT.match(line, q.end):
        return "a bounded time after an event, which picks what is counted (43 days or more after), not a claim"
    return None


def _duration(line: str, q: Quantity) -> str | None:
    if (window := _window(line, q)) is not None:
        return window
    if q.unit not in _DURATION_UNITS:
        return None
    if _HEADING.fullmatch(line.strip()) and (_SPAN_IN_HEADING.search(line, 0, q.start) or _SPREAD.match(q.text)):
        return "the time span a heading names (Activity over five years), not a claim"
    before = line[max(0, q.start - 24) : q.start]
    # go away within 1 to 2 days: a range is how long something takes, a claim; a bound defines
    within = _WITHIN_BEFORE.search(line, max(0, q.start - 48), q.start) and not _RANGE_ON.match(line, q.end)
    # aims to offer it within 45 days … to 95% of participants: the share after it is the target's claim
    deadline = deadline_to_act(line, q.start, q.end, clause_bounds(line, q.start), sentence_bounds(line, q.start)[0])
    if (_WITHIN.match(q.text) or within) and deadline:
        return None  # must fund it within 90 days (who must review the patient within 30 minutes): the duty's claim
    if _exposure(line, q):
        return "a duration that defines the people counted (walked at least 30 minutes a day), not a claim"
    if _WITHIN.match(q.text) or _HYPHENED.search(q.text) or within:
        return "a duration that defines what is counted (within 28 days, an 18-week standard), not a claim"
    waiting = _WAITING.search(before) if not PERCENTILE_NAMED.match(line, q.end) else None  # (the 90th percentile)
    # waited longer than four hours: the reader may leave "longer than" out of the figure's bound; but
    # "No patient waited longer than 6 hours" opens on its negated subject: every wait was within it, a claim
    negated = _NO_ONE_WAITED.search(line, 0, q.start) is not None
    if waiting and (q.qualifier != "eq" or waiting.group("than")) and not negated:
        return "a wait that defines the people counted (waiting more than 18 weeks), not a claim"
    clause = line[clause_bounds(line, q.start)[0] : q.start]
    if _SAME_SPAN.search(line, max(0, q.start - 12), q.start):
        return "the time frame compared with (more than in the same seven months of 2025), not a claim"
    if _FRAME_OPENING.search(line, max(0, q.start - 24), q.start) and line[q.end :].lstrip().startswith(","):
        return "the time frame opening its sentence (Over the two years, …), not a claim"
    if _FRAME_BEFORE.search(before) and (_FRAME_AFTER.match(line[q.end :]) or _SUPERLATIVE.search(clause)):
        return "the time frame the figures are counted over, not a claim"
    return None


# 血压≥140/90mmHg即为高血压, BMI≥28为肥胖: the bound a condition is defined by.
_DEFINES_AFTER = re.compile(r"[^，,。；;]{0,12}?(?:即为|即可?诊断为|定义为)[\u3400-\u9fff]{1,6}(?:[,，。；;]|$)")
_SYMBOL_DEFINES_AFTER = re.compile(
    r"[^，,。；;]{0,12}?为[\u3400-\u9fff]{1,6}(?:[,，。；;]|$)"
)  # ≥28为肥胖, not …以上为历史最高
# 位居死因前10位: the length of a ranking, not a count.
_RANK_BEFORE = re.compile(r"(?:前|(?<=排名)后|(?<=排名)末)\s*$")  # 排名后3位: the ranking's tail


def definition(line: str, q: Quantity) -> str | None:
    """Why ``q`` says what a figure counts rather than claims one, or None."""
    reason = _duration(line, q) or _run_or_schedule(line, q) or named_items(line, q) or picks_those_counted(line, q)
    if reason:
        return reason
    symbol = q.text.lstrip().startswith(("≥", ">", "≤", "<", "＞", "＜", "⩾", "⩽"))
    if q.qualifier in ("ge", "gt", "le", "lt") and (
        _DEFINES_AFTER.match(line, q.end) or (symbol and _SYMBOL_DEFINES_AFTER.match(line, q.end))
    ):
        return "the bound a condition is defined by (≥140/90mmHg即为高血压), not a claim"
    if symbol and q.unit != "percent" and defines_term(line, q):
        return "the bound that defines the term before its bracket (高度近视（≥600度）), not a claim"
    if defines_term_en(line, q):
        return "the bound that defines the term before its bracket (a late stage (a CD4 count below 350)), not a claim"
    if defines_range(line, q):
        return "an end of the range that defines the term before its bracket (碘适宜水平（100—199μg/L）), not a claim"
    if q.unit_text in ("位", None) and q.value <= 100 and _RANK_BEFORE.search(line, max(0, q.start - 4), q.start):
        return "the length of a ranking (前10位), not a count"
    if reason := article_one(line, q):
        return reason
    bounded = q.text.endswith(("以下", "以上")) or line[q.end : q.end + 2] in ("以下", "以上")
    if (bounded and _BAND_BOUND_AFTER.match(line, q.end)) or (
        _BAND_INCLUDED_BEFORE.search(line, max(0, q.start - 3), q.start) and _BAND_INCLUDED_AFTER.match(line, q.end)
    ):
        return "a bound of the band a rate applies to (10万元以下部分报销65%), not a figure"
    if q.unit == "percent" and q.unit_text in (None, "成") and _RESTATED_AFTER.match(line[q.end :]):
        return "a fraction in words restating the percentage in brackets after it, not a figure of its own"
    if (
        q.unit == "percent"
        and _WORD_DEFINED.search(line, max(0, q.start - 12), q.start)
        and line.startswith(")", q.end)
    ):
        return (
            "the percentage in brackets that says what the word before it means (a full (100%) discount), not a figure"
        )
    sentence_start = sentence_bounds(line, q.start)[0]
    if (
        _DEFINING.match(line, sentence_start)
        or _DEFINING_ZH.search(line, sentence_start, q.start)
        or (_CRITERION_ZH.search(line, sentence_start, q.start) and not pays_a_rate(line, sentence_start, q))
        or _TERM_DEFINED_ZH.match(line, sentence_start)
    ):
        return "part of a definition (A finished consultant episode is a period of care under one consultant), not a figure"
    if _FORMULA.search(line, sentence_start, q.start):
        return "a constant of a formula (…÷…×100%), how an indicator is computed, not a figure"
    if q.value == 1 and (
        _PER_UNIT_AMOUNT.search(line, max(0, q.start - 14), q.start)
        or (q.unit_text in ("元", "块") and line[: q.start].endswith("每"))
    ):
        return "the unit a share of money is counted per (for every £1 donated, 83p …), not a figure"
    if q.value == 1 and q.unit in ("percent", "percentage_point") and _PER_STEP.search(line, 0, q.start):
        return "the step a cost or effect is counted per (each additional 1% on all rates), not a figure"
    if (
        q.qualifier in ("ge", "gt", "le", "lt")
        and (_in_condition(line, q.start) or _CONDITION_CLOSED.match(line, q.end))
        and not means_threshold(line, q.start)  # if your household income is at or below 200% …: a tier's level
    ):
        return "the threshold of a condition (call your doctor if a fever is 105°F or higher), not a claim"
    if q.qualifier in ("gt", "ge") and _MAY.search(line, max(0, q.start - 40), q.start):
        return "what may happen (a child may have more than one episode), not a figure"
    if q.qualifier == "ge" and q.value == 1 and _MEANING_BEFORE.search(line, sentence_start, q.start):
        return "part of what a word is said to mean (preventable, meaning … by one or more changes), not a figure"
    if q.unit_text in _KINDS and _COMPRISES.search(line, sentence_bounds(line, q.start)[0], q.start):
        return "the kinds a category comprises (法定传染病包括甲类传染病2种), a definition, not a figure"
    # About one in 11 patients (9.3%): the words the fraction counts may stand before the bracket, and
    # the percentage is then the fraction's value to the nearest few points
    in_words = not q.digits[:1].isdigit() or re.fullmatch(r"\d+\s+(?:in|out\s+of)\s+\d+", q.digits)  # 1 in 5 (21.3%)
    restated = _RESTATED_AFTER_NOUN.match(line, q.end) if q.unit == "percent" and in_words else None
    if restated and abs(float(restated.group(1)) - q.value) <= 0.15 * q.value:
        return "a fraction in words restating the percentage in brackets after it, not a figure of its own"
    return None


# For every £1 donated, 83p …; the cost of raising each £1; 每1元: the unit an amount is counted per.
_PER_UNIT_AMOUNT = re.compile(r"\b(?:every|each|per)\s+(?:[£$€¥₹]|US\$)\s*$", re.IGNORECASE)
# Each additional 1% on all rates would cost £0.92m, every further 1 percentage point, 每提高1个百分点
_PER_STEP = re.compile(
    r"\b(?:every|each|per)\s+(?:(?:additional|extra|further)\s+)?$|每(?:增加|提高|上调|下调|降低|减少)?$", re.I
)
# Call your doctor if your child has a fever of 105°F or higher, or cries for more than 3 hours; 如果连续
# 3天以上发热: a bound inside a condition says when something applies, it claims nothing.
_CONDITION = re.compile(r"\b(?:if|unless|whenever)\b|如果|一旦|倘若|假如|若(?=[\u3400-\u9fff])", re.IGNORECASE)
# 合并用药品种超过5种时应加强监护: a Chinese condition closes on 时 (when) before what is then to be done.
_CONDITION_CLOSED = re.compile(r"\s*(?:的)?(?:时|时候|之时)\s*[，,]?\s*(?:应当?|须|需要?|要|可|请|即|则|必须|宜)")


def _in_condition(line: str, start: int) -> bool:
    """Whether ``start`` is inside a condition: from if (unless, 如果) to its sentence's end, or, when
    the condition opens the sentence (If …, then …), to the end of its clause."""
    sentence_start = sentence_bounds(line, start)[0]
    opened = _CONDITION.search(line, sentence_start, start)
    if opened is None:
        return False
    before = line[sentence_start : opened.start()].strip(" \t\"“'‘(（")
    if before and not labelled_opening(line, sentence_start, opened.start()):  # Free care: if …, you pay …
        return True  # … if …: the condition runs to the end of the sentence
    return clause_bounds(line, opened.end())[1] > start


_SPREAD = re.compile(r"^(?:over|across)\s", re.IGNORECASE)
_SPREAD_BEFORE = re.compile(r"\b(?:over|across|spread\s+over)\s+$", re.IGNORECASE)


def spread_over(line: str, q: Quantity, others: Sequence[Quantity]) -> str | None:
    """The years an amount is spread over (invest £4.6 million over four years, 1,200 beds added across
    three years): "over" or "across" it, after another figure of its clause."""
    if q.unit not in TIME_UNITS or not (_SPREAD.match(q.text) or _SPREAD_BEFORE.search(line, 0, q.start)):
        return None
    clause_start = clause_bounds(line, q.start)[0]
    if any(clause_start <= o.start and o.end <= q.start for o in others if o is not q):
        return "the time an amount is spread over (£4.6 million over four years), not a claim"
    return None


def claimed_compound(line: str, q: Quantity) -> bool:
    """An amount joined by a hyphen to the change it measures: a 300,000-patient decline."""
    return bool(_CHANGE_AFTER.match(line[q.end :]))
