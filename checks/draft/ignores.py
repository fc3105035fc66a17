"""Numbers of a body line that are not claims, when the words around them say so.

Each test looks at one reading of the number reader and the line it stands on, and returns the
reason a curator would write in the ``ignore:`` entry, or None:

- an age that defines a population (checks.draft.ages: 65岁及以上老年人, children under 3 years of age, aged 65 and
  over, a 64-year-old man);
- the base of a rate printed after a slash (14.3/10万);
- the time frame of a review (过去五年, 近三年, the past five years) or of a count (the 12 months ending
  October 31, the most recent three months);
- the departments that issued a document (省卫健委等九部门);
- the count of a slogan's items right after the slogan (“责任、管理、服务、利益”四个共同体);
- a number joined to a word by a hyphen, which names a kind of thing (three-dose, three -year
  action plan, two-child policy);
- 一批 / 一些 (a number of); a vaccine's number of doses (three doses of DTP); 党的二十大;
- a duration that defines the share before it (90% of families … within 15 minutes);
- a footnote mark ([1]), a heading's or label's number (Group 1, Table 2, 表1), a list item's
  number at the start of a line (2、, 1., (3)) or inside a note (注:1.…。2.…) (checks.draft.labels);
- a year read as a number (the 2024 target, Agenda 2030), the half of a year (the first half of
  2023), 的一年 ("a year of …"), a session's ordinal (十五届二次全会), the years that name a rate
  or a plan (五年生存率, 三年行动计划);
- an amount converted to another currency right after it (3 billion yuan ($419.4 million)), or into
  another unit (15.42万单位（折合3084万毫升）);
- the count of the items just listed (县中医院、县妇幼保健院、县中心医院三个新院区), of those whose figures
  follow 分别 (四项指标分别提高…), of a list a sentence opens (有3个条目…，具体如下：), a count named again as
  a part's whole (11 of those 26), a total row's 100%;
- the term 1 of a ratio (1:1.6, 0.93∶1: the ratio is its other term);
- a number inside a question (checks.draft.questions: Only halving?, 是否超过30%？);
- the last day of a span of dates (November 17 to 23: checks.draft.months);
- a phone or hotline number (拨打120, 12320卫生热线, the helpline 1166), a service schedule (7×24小时), a model's name
  ("1+N", "3+2");
- a condition, a time frame or a count named again (checks.draft.conditions: when the Index reaches 7, 911
  calls, (n = 455), five or more times, 孕前3个月, 失访超过3个月的患者);
- what a figure counts (checks.draft.definitions): a duration bounding it (within 28 days, waiting
  more than 18 weeks), its time frame (in the seven months from July), the years an amount is
  spread over (£4.6 million over four years), 是一个, a fraction in words before the percentage it
  restates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from checks.draft.ages import age
from checks.draft.alert_levels import alert_level
from checks.draft.codes import code_or_name
from checks.draft.compositions import make_up
from checks.draft.conditions import condition_or_frame
from checks.draft.counts import counted_list, ratio_term
from checks.draft.deadlines import DUTY_BEFORE
from checks.draft.definitions import claimed_compound, definition, spread_over
from checks.draft.dotted_labels import dotted_label
from checks.draft.labels import mark_or_label
from checks.draft.money import converted, converted_unit
from checks.draft.months import day_of_a_span
from checks.draft.per_span import per_span
from checks.draft.precision import how_measured
from checks.draft.provisos import proviso
from checks.draft.questions import asked
from checks.draft.scores import rank_or_scale
from checks.draft.shares import restates_a_share
from checks.draft.term_numbers import term_or_item_number
from checks.draft.terms import percentile_meaning
from checks.draft.text import CJK, clause_bounds, sentence_bounds
from checks.draft.thresholds import threshold
from checks.numbers import Quantity

_TIME_FRAME = re.compile(
    r"(?:过去|近|最近|(?<!提)前)\s*$|(?:the\s+(?:past|last)|over\s+the\s+(?:past|last))\s+$", re.IGNORECASE
)
_KIND_OF_YEARS = re.compile(
    r"\s+(?:financial|fiscal|calendar|academic|school)\s+years?\b|\s*(?:财政|会计|自然)?年度", re.IGNORECASE
)  # the last three financial years, 过去三个财政年度
_TIME_FRAME_AFTER = re.compile(r"^\s*(?:来|以来|间|中|共|累计)")  # 三年来, 三年共招聘: over those years
_ISSUERS = re.compile(r"等\s*$")
_ISSUERS_AFTER = re.compile(r"^(?:个)?(?:部门|部委|单位)")
_SLOGAN = re.compile(r"[“\"]([^”\"]{2,40})[”\"]\s*$")
# “三个一”：一份问题清单、一套整改台账、一名责任领导: a slogan named by how many 一 its items open on, then the items.
_ONES_SLOGAN = re.compile(
    r"[“\"][二三四五六七八九十]个一[”\"][^“”\"：:]{0,4}[：:]\s*(?:一[^、，,。；;：:]{1,16}[、，,]\s*)*$"
)
_HYPHEN_NAME = re.compile(r"^\s?-\s?[A-Za-z]")
_CHILD_POLICY = re.compile(r"^\s*[- ]child\b", re.IGNORECASE)


_UNIT_BEFORE_SLASH = re.compile(r"\d\s*[\u4e00-\u9fff]{1,2}$")


def _rate_base(line: str, q: Quantity) -> str | None:
    # 14.3/1000: the base of the rate before it (the reader reads 14.3/10万 and 1/10万 whole, as one rate)
    if q.start and line[q.start - 1] == "/" and q.start >= 2 and line[q.start - 2].isdigit():
        return f"base of the rate before it (per {q.text})"
    # 0.72只/100米·布旗: a measure word between the rate and its base (ticks per 100 m of flag)
    if q.start >= 3 and line[q.start - 1] == "/" and _UNIT_BEFORE_SLASH.search(line, 0, q.start - 1):
        return f"base of the rate before it (per {q.text})"
    return None


_IN_TIME = re.compile(r"^[’']?s?\s+time\b", re.IGNORECASE)


# At 12 months, 71% …; at 24 months of follow-up: the time point of a trial's or a study's measure.
_AT_POINT = re.compile(r"(?:^|[.;:!?•·▪*(\t-])\s*[Aa]t\s+$")  # opening its sentence or list item
_POINT_END = re.compile(r"\s*(?:,|of\s+follow-?up\b|after\s+(?:treatment|randomi[sz]ation|enrol?ment|baseline)\b)")
_NEXT_PERIOD = re.compile(r"\b(?:in|within|over|during)\s+the\s+(?:next|coming|following)\s+$", re.IGNORECASE)
_SCHEDULE = re.compile(
    r"^(?:\s*-?\s*hours?)?[\s-]*(?:service|services|服务|值守|值班|在岗|开放|接诊|热线|on\s+call|on\s+duty|open)", re.I
)


# 每3至5年对…轮训一遍, every 3 years: a schedule; 用3年左右时间: the time a plan takes.
_EVERY = re.compile(r"(?:每|\bevery\s+)(?:\d+\s*(?:至|到|-|–|to)\s*)?$", re.IGNORECASE)
_ONCE_ROUND = re.compile(r"^一[遍轮]")
_TAKES = re.compile(r"(?:用|花|经过)\s*$")
_WINDOW_ENDING = re.compile(r"\s*(?:ending|ended|up\s+to|through)\s+(?:on\s+)?(?:[A-Z][a-z]+\s+\d|\d|the\s+end)")
_WINDOW_LATEST = re.compile(r"\bthe\s+(?:most\s+recent|latest)\s+$", re.IGNORECASE)
_SINCE_AFTER = re.compile(r"(?:来|以来|后|以后|之后)")
_TREATED_FOR = re.compile(r"(?:治疗|服药|用药|吃药|佩戴|坚持|康复训练|训练|理疗)了?\s*$")


def _ago_zh(line: str, end: int, value: float) -> bool:
    return value < 100 and re.match(r"前(?!后)", line[end:]) is not None


# 过去12个月内就医的吸烟者, 最近30天: the past span a survey's question counts over (round 34; years: _TIME_FRAME).
_PAST_SPAN_ZH = re.compile(r"(?:过去|最近)\s*$")
# 3个月持续戒烟率为28.4%, 30天再入院率: a duration right before a rate's name (a few characters, then 率) says
# which rate it is (round 34).
_NAMES_A_RATE = re.compile(r"[\u4e00-\u9fff]{0,6}?率")


def _time_frame(line: str, q: Quantity) -> str | None:
    spans = q.unit in ("day", "week", "month", "year")
    if spans and q.qualifier == "eq" and _AT_POINT.search(line[: q.start]) and _POINT_END.match(line, q.end):
        return "the time point a figure is measured at (At 12 months, …), not a claim"
    if spans and _NEXT_PERIOD.search(line[max(0, q.start - 24) : q.start]):
        return "the time frame of a plan (in the next two months), not a claim"
    if (spans and _EVERY.search(line[max(0, q.start - 8) : q.start])) or _ONCE_ROUND.match(q.text):
        return "a schedule (every 3 to 5 years, 轮训一遍), not a claim"
    if spans and _TAKES.search(line[max(0, q.start - 3) : q.start]) and line.startswith("时间", q.end):
        return "the time a plan takes (用3年左右时间), not a claim"
    if spans and line.endswith("为期", 0, q.start) and line.startswith("的", q.end):
        return "the length of the activity it describes (为期两个月的自查), not a claim"
    if q.value == 24 and q.unit == "hour" and (re.search(r"\d\s*-\s*hour", q.text) or _SCHEDULE.match(line[q.end :])):
        return "a service schedule (24-hour), not a figure"
    # the 12 months ending October 31, the most recent three months: the window a count is over
    if spans and (_WINDOW_ENDING.match(line, q.end) or _WINDOW_LATEST.search(line, max(0, q.start - 24), q.start)):
        return "the time frame of a figure (the 12 months ending …), not a claim"
    if spans and _PAST_SPAN_ZH.search(line, max(0, q.start - 4), q.start):
        return "the time frame of a figure (过去12个月内), not a claim"
    if spans and q.qualifier == "eq" and _NAMES_A_RATE.match(line, q.end):
        return "the time that names a rate (3个月持续戒烟率, 30天再入院率), not a claim"
    years = q.unit == "year" or q.unit_text in ("年", "years", "year") or bool(_KIND_OF_YEARS.match(line, q.end))
    # 较5年前上升近8个百分点: five years ago, when the figure compared with was (not 2027年前, a due year)
    if years and (re.match(r"\s*(?:earlier|before|ago|later)\b", line[q.end :], re.I) or _ago_zh(line, q.end, q.value)):
        return "when another figure was, counted from a year (ten years earlier), not a claim"
    if years and (
        _TIME_FRAME.search(line[max(0, q.start - 16) : q.start])
        or _IN_TIME.match(line[q.end :])
        or (q.unit_text == "年" and _TIME_FRAME_AFTER.match(line[q.end :]))
    ):
        return "time frame of the review, not a claim"
    # 试运行一个月来, 治疗两周后: the time since (or after) which the figure is counted.
    if spans and q.unit_text and CJK.search(q.unit_text) and _SINCE_AFTER.match(line, q.end):
        return "the time frame of a figure (一个月来, 两周后), not a claim"
    # 治疗了3周,现在每晚能睡6个小时; three weeks later; after two weeks of treatment: the time to an outcome
    if spans and (
        _TREATED_FOR.search(line, max(0, q.start - 6), q.start)
        or re.match(r"\s*(?:later|afterwards|of\s+treatment)\b", line[q.end :], re.IGNORECASE)
    ):
        return "the time a treatment or a story took to its outcome, not a claim"
    return None


def _issuers(line: str, q: Quantity) -> str | None:
    rest = line[q.end - len(q.unit_text or "") :] if q.unit_text else line[q.end :]
    if _ISSUERS.search(line[: q.start]) and _ISSUERS_AFTER.match(rest):
        return "the departments that issued the document, not a claim"
    return None


def _slogan(line: str, q: Quantity) -> str | None:
    quoted = _SLOGAN.search(line[max(0, q.start - 44) : q.start])
    if quoted and len(re.split(r"[、,，]", quoted.group(1))) == q.value:
        return "the number of items of the slogan before it, not a claim"
    if q.digits == "一" and _ONES_SLOGAN.search(line[max(0, q.start - 120) : q.start]):
        return "an item of the slogan named by its count of 一 (“三个一”：一份清单、一套台账), not a count"
    return None


def _hyphen_name(line: str, q: Quantity) -> str | None:
    if q.unit_text and re.search(r"[A-Za-z]\s*-\s*" + re.escape(q.unit_text) + "$", q.text):
        return "a number inside a compound name (three-year plan), not a count"
    if (
        q.unit_text is None
        and (_HYPHEN_NAME.match(line[q.end :]) or _CHILD_POLICY.match(line[q.end :]))
        and not claimed_compound(line, q)
    ):
        return "a number inside a name (a kind of thing), not a count"
    return None


# 在24小时内报告的占72.1%: the time, then 的 and the share of those it picks
_SHARE_OF_THOSE = re.compile(r"[^，,。；;\d]{0,12}?的\s*(?:占|比例为|比重为)")


def _defines_share(line: str, q: Quantity, others: Sequence[Quantity]) -> str | None:
    if q.qualifier not in ("le", "lt") or q.unit not in ("minute", "hour", "day", "week", "month"):
        return None
    # 90%的家庭15分钟内能够到达: the share and its duration share a clause; after a comma the
    # duration is a claim of its own (…占比稳定在65%左右,城乡居民15分钟医疗卫生服务圈全面建成).
    start, _ = clause_bounds(line, q.start)
    if _SHARE_OF_THOSE.match(line, q.end):
        return "the distance or time that defines the share after it (在24小时内报告的占72.1%), not a figure of its own"
    if _CHANGED_TO.search(line, start, q.start):
        return None  # … and reduce the median wait to 7 days or less: the level a change reaches, a figure
    # Seven districts below 30 per cent were asked to submit a plan within 15 days: a direction between
    # the share and the time makes the time its deadline, no bound on the share's
    if any(
        o.unit == "percent" and start <= o.start < q.start and not DUTY_BEFORE.search(line, o.end, q.start)
        for o in others
    ):
        return "the distance or time that defines the share before it, not a figure of its own"
    return None


_CHANGED_TO = re.compile(
    r"\b(?:reduc\w*|cut\w*|lower\w*|shorten\w*|bring\w*|brought|decreas\w*|increas\w*|rais\w*|extend\w*)\b"
    r"[^,;.]{0,60}\bto\s*$|(?:缩短|降低|下降|减少|压缩)(?:至|到)\s*$",
    re.IGNORECASE,
)
_DOSES = re.compile(r"^\s*-?\s*doses?\b", re.IGNORECASE)
_VACCINES = re.compile(r"^\s*(?:vaccines?|shots?|jabs?)\b", re.IGNORECASE)
_CONGRESS = re.compile(r"^\s*大")


# coverage, 85% of children …: a sentence that measures a share of the people a dose count defines
_COVERAGE = re.compile(r"%|\bper\s*cent\b|\bcoverage\b|\bproportion\b|\bshare\b|\brate\b", re.IGNORECASE)


def _schedule_or_congress(line: str, q: Quantity) -> str | None:
    # 85% received three doses, MMR coverage, two doses, missed at least one dose: the schedule that
    # defines the share or the children counted; need 2 doses (a schedule's rule, no share in its
    # sentence) is a claim; 3.4 million doses a count
    doses = q.unit_text is None and q.value < 10 and q.unit != "percent" and _DOSES.match(line[q.end :])
    if doses and (q.qualifier != "eq" or _COVERAGE.search(line, *sentence_bounds(line, q.start))):
        return "the vaccine schedule (its number of doses), not a count"
    if q.unit_text is None and q.value == 1 and q.qualifier == "ge" and _VACCINES.match(line[q.end :]):
        return "'at least one vaccine' defines the children counted, not a count"
    if (
        q.digits[:1] in "一二三四五六七八九十"
        and _CONGRESS.match(line[q.end :])
        and line[: q.start].rstrip().endswith(("党", "的", "和", "及", "与", "、"))  # 十九大和二十大
    ):
        return "the Party Congress's ordinal (党的二十大), not a count"
    return None


def _a_batch(line: str, q: Quantity) -> str | None:
    if q.digits == "一" and line[: q.start].endswith(("无", "没有", "未有", "未发生")):
        return "'无一例' means none (not a single one), not a count of one"
    if q.digits == "一" and q.unit_text in ("批", "系列", "些"):
        return f"'一{q.unit_text}' means 'a number of', not one"
    if q.digits == "一" and q.unit_text in ("轮", "輪") and line[: q.start].endswith(("新", "这", "的")):
        return "'新一轮' means 'a new round', not one"
    if q.digits == "一" and q.unit_text in ("名", "位") and q.qualifier == "eq" and line[: q.start].endswith(_FOR_A):
        return f"'为一{q.unit_text}…患者' names the person treated ('a'), not a count"
    return None


_FOR_A = ("为", "给", "对", "帮", "帮助", "救治", "接诊", "收治", "抢救")


_YEAR_NAME_BEFORE = re.compile(
    r"(?:\b[Tt]he|\b[A-Z][a-z]+|\b(?:its|their|our|his|her|this|that|last|next)|\b(?:for|in|by|of|during|until|since|through)"
    # an acronym (CY 2027, NDHS 2022), whose or which edition (the council's 2025 exercise, final 2027 rates)
    r"|\b[A-Z]{2,5}|['’]s|\b(?:final|latest|annual|current|previous|provisional|upcoming)"
    r"|(?:points?|cent|%)\s+on)\s+$"  # up 2.3 percentage points on 2024: the year compared with (round 38)
)
# (2026 results on most measures can be compared only with 2023 onwards: the survey's edition, the year from;
# 2026 so far, 2025 in review: a label's year)
_YEAR_NAME_AFTER = re.compile(
    r"^\s+(?:targets?|goals?|agenda|baseline|levels?|plan|strategy|vision|edition|onwards?|forward"
    r"|so\s+far|to\s+date|in\s+review|at\s+a\s+glance"  # a paragraph's label: 2026 so far. From January 1 … (71)
    r"|(?:population\s+)?(?:results?|survey|data|figures|estimates|census|redesign|questionnaire)\b"  # 2025 population estimates
    r"(?!\s+(?:respondents|responses|participants)))\b",
    re.I,
)
_HALF_OF = re.compile(r"(?:first|second|the)\s+$", re.IGNORECASE)
_YEAR_SPAN_END = re.compile(r"(?:19|20)\d\d\s*[-–—~]\s*[’']?$")
_YEAR_SPAN_START = re.compile(r"^\s*[-–—~]\s*(?:19|20)\d\d")


def _year_or_time_frame(line: str, q: Quantity) -> str | None:
    """A year read as a number (the 2024 target), the half of a year, 的一年, a session's ordinal."""
    if (
        q.unit is None
        and q.unit_text is None
        and q.digits.isdigit()
        and len(q.digits) == 4
        and 1900 <= q.value <= 2100
        and (_YEAR_NAME_BEFORE.search(line[: q.start]) or _YEAR_NAME_AFTER.match(line[q.end :]))
    ):
        return "a year, not a count"
    if q.unit_text in ("年", "年度") and q.digits.isdigit() and len(q.digits) == 4 and 1900 <= q.value <= 2100:
        return "a year (高于2021年: higher than in 2021), not a count of years"
    if q.digits.lower() == "half" and _HALF_OF.search(line[: q.start]) and re.match(r"\s+of\b", line[q.end :]):
        return "the half of a year (a time frame), not a share"
    if q.digits == "一" and q.unit_text == "年" and line[: q.start].endswith(("的", "这", "那", "同")):
        return "'的一年' means 'a year (of …)', not a count"
    if _YEAR_SPAN_END.search(line[max(0, q.start - 8) : q.start]) and len(q.digits) <= 2:
        return "the last year of a span of years (2014-'16), not a figure"
    if (
        q.digits.isdigit()
        and len(q.digits) == 4
        and q.unit_text is None
        and (_YEAR_SPAN_END.search(line[max(0, q.start - 8) : q.start]) or _YEAR_SPAN_START.match(line[q.end :]))
    ):
        return "a span of years (2016-2017), not a figure"
    if q.unit_text == "周年":
        return "an anniversary's ordinal, not a count"
    session = line.startswith(("会议", "全会", "全体会议"), q.end)  # 八届人大五次会议
    if q.unit_text == "次" and re.search(r"届[\u3400-\u9fff]{0,4}$" if session else r"届$", line[: q.start]):
        return "the ordinal of a session (十五届二次全会), not a count"
    if (
        q.unit_text == "年"
        and q.text.endswith("年")
        and re.match(
            r"(?:生存率|存活率|(?:专项)?行动(?:实施)?(?:计划|方案)|(?:实施)?(?:计划|规划|方案)|攻坚)", line[q.end :]
        )
    ):
        return "the years that name a rate or a plan (五年生存率, 三年行动计划), not a figure"
    return None


# Total<TAB>41<TAB>100%, 合计<TAB>—<TAB>8,762<TAB>100%: a total row's 100% is the whole its column's shares make.
_TOTAL_ROW = re.compile(r"^\s*(?:Total|All|Overall|合计|总计|全部|小计)\s*(?:\t|\s{2,}|\u3000)", re.IGNORECASE)


def _whole_of_shares(line: str, q: Quantity) -> str | None:
    if q.value == 100 and q.unit == "percent" and q.qualifier == "eq" and _TOTAL_ROW.match(line):
        return "a total row's 100%, the whole its column's shares make by construction, not a figure"
    return None


_TESTS: list[Callable[[str, Quantity], str | None]] = [
    age,
    definition,
    _rate_base,
    _time_frame,
    _issuers,
    _slogan,
    _hyphen_name,
    _a_batch,
    _schedule_or_congress,
    mark_or_label,
    how_measured,
    _year_or_time_frame,
    counted_list,
    ratio_term,
    code_or_name,
    asked,
    day_of_a_span,
    rank_or_scale,
    term_or_item_number,  # a year for three years; 3187 WESTERN NSW … (round 48)
    _whole_of_shares,
    percentile_meaning,
    make_up,  # a dose a product contains: contains telmisartan 10 mg
]


def non_claim(line: str, q: Quantity, others: Sequence[Quantity]) -> str | None:
    """Why the reading ``q`` of ``line`` is not a claim, or None when it may be one."""
    for test in _TESTS:
        reason = test(line, q)
        if reason:
            return reason
    return (
        _defines_share(line, q, others)
        or per_span(line, q, others)
        or converted(line, q, others)
        or converted_unit(line, q, others)
        or spread_over(line, q, others)
        or threshold(line, q, others)
        or restates_a_share(line, q, others)
        or condition_or_frame(line, q, others)
        or proviso(line, q, others)
        or alert_level(line, q, others)  # an alert's temperatures and run of nights (round 49)
        or dotted_label(line, q)  # Recommendation 4.3, Exhibit 4.1 (round 53)
    )
