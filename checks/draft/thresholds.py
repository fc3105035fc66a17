"""Bounds that pick what a count counts instead of claiming a figure of their own.

- a threshold that picks the units a count before it counts: ``11 of the 30 districts had enrolment below
  75 per cent``, 有3个乡镇签约率低于35%, 噪声强度≥85dB(A)的岗位2.41万个, 暂存超过48小时的9户;
- one that picks the units named after it (规范管理率低于60%的地区, 低于85分的条目);
- one that defines the people counted (``patients with an eGFR below 60``, ``those over 75 or with two or
  more chronic conditions``); not what such people pay (``pay no more than S$10``: a claim);
- one that picks what a rule is for (``available for balances over $500``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.draft.definitions import TIME_UNITS
from checks.draft.text import clause_bounds, sentence_bounds
from checks.numbers import Quantity

# 11 of the 30 districts had enrolment below 75 per cent: the threshold that picks the units counted.
# The upper end of a range that picks them too: those with incomes between 100% and 150% of poverty.
_RANGE_LOW = r"(?:between\s+[$£€]?\d[\d,.]*\s*(?:%|per\s+cent)?\s+and\s+)?"
# (practices with at least 100 responses, with two or more chronic conditions: the bound may follow "with")
_HAVING = re.compile(
    r"\b(?:had|have|has|with|having|whose|where)\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[a-z-]+\s+){0,3}"
    + _RANGE_LOW
    + "$",
    re.IGNORECASE,
)


# 17% by 2027 with: the level before "with" is a target's, its due time between (no units named to pick)
_DUE_THEN_WITH = re.compile(
    r"\s+(?:by|in)\s+(?:(?:the\s+)?end\s+of\s+)?(?:[A-Z][a-z]+\s+)?(?:FY\s?)?(?:19|20)\d\d(?:/\d\d)?,?\s+with\b"
)


# 暂存时间超过48小时的9户, 等待超过30天的患者126人: a bounded duration, then 的 and the count it picks.
# Any bound so followed picks them too: 噪声强度≥85dB(A)的岗位2.41万个, 低于80%的乡镇3个.
_COUNT_DEFINED = re.compile(r"\s*(?:[(（][^)）]{0,6}[)）])?\s*的\s*[^，,。；;：:\d]{0,8}?\d")
# payment plans are available for balances over $500, free for households under …: "for" a plural noun and its bound.
_FOR_UNITS = re.compile(r"\bfor\s+(?:all\s+|any\s+)?(?:[a-z-]+\s+){0,2}[a-z]{3,}s\s+$", re.IGNORECASE)
_SHARE_OF_PICKED = re.compile(r"的\s*[\u4e00-\u9fff]{1,8}?占(?:比)?(?:为|达)?\s*\d\Z")
# A verb of paying, getting or waiting right before the bound: the bound is what the people do, no definition.
_PAYING = re.compile(r"\b(?:pay|pays|paid|receive|receives|received|get|gets|spend|spends|spent|wait|waits|waited)\s+$")
# prevalence has stayed between 22% and 25%, has fallen below 10%: a perfect tense, right before the bound, says
# the figure's own level (round 33), no having that picks units.
_OWN_LEVEL = re.compile(
    r"\b(?:has|have|had)\s+(?:been|stayed|remained|stood|kept|hovered|fallen|risen|grown|dropped|declined|climbed"
    r"|increased|decreased|ranged|fluctuated)\s+(?:between\s+)?" + _RANGE_LOW + "$",
    re.IGNORECASE,
)
# patients, enrollees, households (a plural noun: who is counted) with an eGFR below 60, with incomes up to 150%
_PEOPLE_WITH = re.compile(
    r"\b(?:people|children|women|men|those|[a-z]{3,}s)\s+(?:with|whose|who\s+have)"
    r"\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){1,3}" + _RANGE_LOW + "$"
    # people over 75 or with two or more chronic conditions: a bound right after "with", said of people
    r"|\b(?:people|persons|patients|children|adults|women|men|those)\s+(?:[^,.;:]{0,16}\s+or\s+)?with\s+$",
    re.IGNORECASE,
)


# 全县有3个乡镇签约率低于35%, ，2个乡镇重点人群签约率低于75%: a count that opens its clause (after 有),
# then what it counts and the measure it is picked by, with nothing but their words between.
# (其中3个县（市、区）得分在90分以上: 其中 opens the count of the units picked among those named before)
_OPENS_WITH_COUNT = re.compile(r"[\s　]*(?:其中|[^，,。；;：:\d]{0,6}有)?\s*$")
# what is counted, then the measure it is picked by: a noun of a measure (签约率, 签约人数, 使用年限, 占比)
# (4个县（市、区）和功能区管理人群血糖控制率低于50%: what is counted may list its kinds; 3个调查条目得分低于85分: a score)
_COUNTED_MEASURE = re.compile(
    r"[\u4e00-\u9fff（）()、]{1,20}(?:率|人数|次数|数量|总量|时间|时长|比例|占比|比重|年限|金额|费用|规模|面积|水平|得分|评分|分值|满意度|指数|密度|中位数|平均数|均值|含量|浓度)(?:均|都)?在?"
)
# 有3家一般卫生院低于75% after …使用率仍偏低: the units counted, their measure named earlier in the sentence
_COUNTED_UNITS = re.compile(r"[\u4e00-\u9fff（）()、]{1,12}")
# 仍有23家机构每名护士负责患者超过8名: a measure per each one (每名护士) between the units and the bound (round 34)
_PER_EACH = re.compile(r"每[名个家位张人床所]")
_MEASURE_NAMED = re.compile(r"(?:率|比例|占比|中位数)[^。；;!?！？]*$")
# (检出率连续两年高于20%的设区市: a run of years between the measure and its bound)
_MEASURE_BEFORE = re.compile(r"(?:率|比例|占比|比重|得分|评分|满意度)\s*(?:连续[^，,。；;\d]{1,4})?(?:均|仍|都)?\s*$")
# 规范管理率低于60%的地区要…, 四、低于85分的条目: a bound, then 的 and the units it picks (places, bodies, items),
# with no count: which ones, not a claim (not 超90%的居民, a share of the people named).
_UNITS_PICKED = re.compile(
    r"(?:/[A-Za-z]{1,3})?\s*分?\s*(?:[(（][^)）]{0,12}[)）])?\s*的\s*(?:[\u4e00-\u9fff]{0,4}?)"
    # 高于5的监测点, 超过20（…高风险）的监测点, 不足100吨的小型水站: sites and stations too; 低于150μg/L的县（区）,
    # 高于20%的设区市: counties and cities (round 31)
    r"(?:地区|县区|县（市、区）|县（区）|县|设区市|地市|市（州）|乡镇|街道|单位|机构|医院|卫生院|诊所|科室|条目|项目|指标|学校"
    r"|企业|村|社区|监测点|点位|站点|水站|场所)"
)


_COUNT_AFTER_PICKED = re.compile(r"\s*(?:有|共有|共|为)\s*[\d一二两三四五六七八九十]")


# 有9个存在垃圾清运超过3天的情况, 有2家存在超过30日未结算的问题: a bound, then 的 and the kind of case it defines.
_SITUATION_AFTER = re.compile(r"[^，,。；;\d]{0,6}?的\s*(?:情况|问题|现象|情形)")


# 尿碘低于100μg/L的比例为12.6%: the bound, then 的 and the share of the units it picks (round 31)
_SHARE_BELOW = re.compile(r"(?:/[A-Za-z]{1,3})?\s*的\s*(?:比例|占比|比重|百分比)\s*(?:为|是|达到?)?\s*\d")
# 三是医疗废物暂时贮存时间超过48小时，涉及机构213家: a problem a bound defines, then the units it concerns counted
_PROBLEM_COUNTED = re.compile(r"\s*[，,]\s*涉及[^，,。；;\d]{0,8}\d")


def _picked_after_count(line: str, q: Quantity, others: Sequence[Quantity]) -> bool:
    # the count's clause, not the bound's: what is counted may list its kinds with 、 (县（市、区）)
    sentence = line[max(0, q.start - 80) : q.start]
    return any(
        o is not q
        and (o.qualifier == "eq" or o.unit_text == "成")
        # 仍有三成以上县（市、区）布雷图指数超过5: a share of the units, written in tenths (成), counts them too
        and (o.unit not in ("percent", "percentage_point", *TIME_UNITS) or o.unit_text == "成")
        and o.end <= q.start
        and _OPENS_WITH_COUNT.fullmatch(line, clause_bounds(line, o.start)[0], o.start) is not None
        and (
            _COUNTED_MEASURE.fullmatch(line, o.end, q.start) is not None
            or (
                _COUNTED_UNITS.fullmatch(line, o.end, q.start) is not None
                and bool(_MEASURE_NAMED.search(sentence) or _PER_EACH.search(line, o.end, q.start))
            )
        )
        for o in others
    )


# Eleven districts reported full immunisation coverage above 95 per cent: a count opening its sentence, the
# units it counts, a verb of reporting and the measure: the bound picks the units counted.
_COUNT_WORD = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty)"
_COUNT_REPORTED = re.compile(
    rf"(?:^|[.;:]\s+){_COUNT_WORD}\s+(?:[a-z-]+\s+){{0,2}}[a-z]{{3,}}s\s+"
    r"(?:reported|recorded|had|achieved|showed|registered|posted)\s+(?:[a-z-]+\s+){1,4}$",
    re.IGNORECASE,
)
# 41 days at or above 110°F, 19 nights when the low did not fall below 90°F: the bound that picks the days counted
# other cancers with fewer than 20 patients treated, hospitals with more than 500 beds: units picked by what they hold
_UNITS_WITH = re.compile(r"\b[a-z]{3,}s\s+with\s+$", re.I)
_PLURAL = re.compile(r"\s+[a-z]{3,}s\b", re.I)
_DAYS_PICKED = re.compile(
    r"\d[\d,]*\s+(?:days?|nights?|weeks?|hours?)\s+(?:(?:when|where|on\s+which)\b[^,;.\d]{0,40})?$", re.I
)


# 41 physicians who practise in more than one zone: a bound in the relative clause after a count's plural noun
# says which of them are counted (round 34).
_COUNT_WHO = re.compile(r"\d[\d,]*\s+(?:[a-z-]+\s+){0,2}[a-z]{2,}s\s+(?:who|that|which)\s+[^,.;:()\d]{0,48}$", re.I)
# bonuses for family physicians who agree to practise in a rural community for five years: a time in the
# relative clause after "for" (or "to") the people is what makes them eligible (round 34).
_FOR_THOSE_WHO = re.compile(r"\b(?:for|to)\s+(?:[a-z-]+\s+){0,2}[a-z]{2,}s\s+who\s+[^,.;:()\d]{0,60}$", re.I)
# locums practising fewer than 30 days in the year: a bounded time after a plural noun and its participle.
_THOSE_DOING = re.compile(r"\b[a-z]{3,}s\s+[a-z]{3,}ing\s+(?:for\s+)?$", re.I)


def _defines_those(line: str, q: Quantity) -> str | None:
    """A bound or a time that says which people are counted or eligible (who …, …ing)."""
    bounded = q.qualifier in ("lt", "gt", "le", "ge")
    if bounded and _COUNT_WHO.search(line, max(0, q.start - 90), q.start):
        return "the bound that says which of those counted are meant (41 physicians who practise in more than one zone), not a claim"
    if q.unit in TIME_UNITS and _FOR_THOSE_WHO.search(line, max(0, q.start - 100), q.start):
        return "what makes the people a payment is for eligible (for physicians who agree to practise for five years), not a claim"
    if bounded and q.unit in TIME_UNITS and _THOSE_DOING.search(line, max(0, q.start - 40), q.start):
        return "the time that defines the people counted (locums practising fewer than 30 days), not a claim"
    return None


def threshold(line: str, q: Quantity, others: Sequence[Quantity]) -> str | None:
    """A bound that picks the units a count before it counts (11 of the 30 districts had enrolment
    below 75 per cent): the count is the claim, the bound defines it."""
    if (those := _defines_those(line, q)) is not None:
        return those
    if q.qualifier in ("lt", "gt", "le", "ge") and _COUNT_REPORTED.search(line, max(0, q.start - 90), q.start):
        return "the threshold that picks the units counted (Eleven districts reported coverage above 95 per cent), not a claim"
    if q.qualifier in ("lt", "gt", "le", "ge") and _DAYS_PICKED.search(line, max(0, q.start - 60), q.start):
        return "the bound that picks the days counted (41 days at or above 110°F), not a claim"
    if (
        q.qualifier in ("lt", "gt")
        and _UNITS_WITH.search(line, max(0, q.start - 30), q.start)
        and _PLURAL.match(line, q.end)
    ):
        return "the bound that picks the units counted by what they hold (cancers with fewer than 20 patients), not a claim"
    defined = _COUNT_DEFINED.match(line, q.end) if q.qualifier in ("lt", "gt", "le", "ge") else None
    if defined is not None:
        if q.unit in TIME_UNITS:
            return "the duration that picks the units counted (暂存超过48小时的9户), not a claim"
        # the number after 的 counts the units (低于90%的3家单位), not a time (超90%的居民在15分钟之内: a share)
        counted = next((o for o in others if o.start == defined.end() - 1), None)
        # 8万元以上的患者有320人: the count said of the people named (a claim; not 不足60%的有5所, of those)
        said = re.search(r"的\s*[^有是为达\d]+[有是为达]", defined.group())
        if counted is not None and not said and counted.unit not in ("percent", "percentage_point", *TIME_UNITS):
            return "the bound that picks the units counted (噪声强度≥85dB(A)的岗位2.41万个), not a claim"
        # 赔偿金额在1万元以下的纠纷占41.2%: a band (在…以下的) picks the units whose share follows (not 超90%的居民…, a
        # share itself; 品种超过5种的患者占12.1% is said of the patients, no band)
        shared = counted is not None and counted.unit == "percent" and _SHARE_OF_PICKED.search(defined.group())
        if shared and q.unit not in ("percent", "percentage_point") and line[: q.start].rstrip().endswith("在"):
            return "the bound that picks the units whose share follows (1万元以下的纠纷占41.2%), not a claim"
    if q.qualifier in ("lt", "gt", "le", "ge") and (
        _SHARE_BELOW.match(line, q.end) or _PROBLEM_COUNTED.match(line, q.end)
    ):
        return "the bound that defines the units whose share or count follows (低于100μg/L的比例为12.6%), not a claim"
    if q.qualifier in ("lt", "gt", "le", "ge") and _SITUATION_AFTER.match(line, q.end):
        return "the bound that picks the cases counted (存在垃圾清运超过3天的情况), not a claim"
    if q.qualifier in ("lt", "gt", "le", "ge") and _picked_after_count(line, q, others):
        return "the threshold that picks the units counted (有3个乡镇签约率低于35%), not a claim"
    # a share picks only after the rate it bounds (规范管理率低于60%的地区); 80%以上的乡镇卫生院 is a share of them
    rated = q.unit != "percent" or _MEASURE_BEFORE.search(line, max(0, q.start - 12), q.start) is not None
    picked = _UNITS_PICKED.match(line, q.end)
    # 合格率91.2%，低于90%的机构有两家: the rate named earlier in the sentence, the units picked then counted (round 34)
    counted_later = picked is not None and _COUNT_AFTER_PICKED.match(line, picked.end()) is not None
    named = _MEASURE_NAMED.search(line, sentence_bounds(line, q.start)[0], q.start) is not None
    rated = rated or (counted_later and named)
    if q.qualifier in ("lt", "gt", "le", "ge") and rated and picked:
        return "the threshold that picks the units named after it (规范管理率低于60%的地区), not a claim"
    if q.qualifier in ("lt", "gt", "le", "ge") and _FOR_UNITS.search(line, max(0, q.start - 40), q.start):
        return (
            "the threshold that picks the units a rule is for (plans are available for balances over $500), not a claim"
        )
    if q.qualifier not in ("lt", "gt", "le", "ge") or not _HAVING.search(line, max(0, q.start - 40), q.start):
        return None
    if _PAYING.search(line, max(0, q.start - 12), q.start) or _OWN_LEVEL.search(line, max(0, q.start - 60), q.start):
        return None  # residents with chronic conditions pay no more than S$10: what they pay is the claim
    clause_start = clause_bounds(line, q.start)[0]
    before = [o for o in others if o is not q and clause_start <= o.start and o.end <= q.start and o.qualifier == "eq"]
    # a margin of 17% by 2027 with leverage of no more than 1.5 times: a due time, then a further level of the target
    if before and _DUE_THEN_WITH.match(line, max(o.end for o in before)):
        return None
    if before:
        return "the threshold that picks the units counted (districts with enrolment below 75%), not a claim"
    if _PEOPLE_WITH.search(line, max(0, q.start - 60), q.start):
        return "the threshold that defines the people counted (patients with an eGFR below 60), not a claim"
    return None
