"""Counts that name a list or a proportion's terms rather than claim a figure of their own.

- the count of the items a list names after it (两个重点：…和…; ``the three priorities: …, … and …``), of two
  indicators both said of (两项指标均…), and a count said of those just named (``11 of those 26``);
- a term of a proportion (``one in five``, ``3 out of 10``) or of a list ahead (``here are the five …``).
"""

from __future__ import annotations

import re

from checks.draft.text import digits_at
from checks.numbers import Quantity

_CLOSING = re.compile(r"[)）]")
_LIST_OPENS = re.compile(r"[)）]|按|包括|分为|即")
_LIST_STOP = re.compile(r"[，,；;：:。！？!?（(“”\"\t]")  # a table's cell boundary too: 二、上年结转…<TAB>2


# achieved all 3 targets, all the three major assignments: the count of targets the text names.
_ALL_BEFORE = re.compile(r"\ball\s+(?:the\s+)?$", re.IGNORECASE)
_TARGETS_AFTER = re.compile(
    r"^(?:\s+[\w-]+){0,3}?\s+(?:targets?|goals?|tasks?|assignments?|objectives?|indicators?)\b", re.IGNORECASE
)
# heart disease and cancer are the two leading causes: the count of the items just named.
_ARE_THE = re.compile(r"\band\b[^,;.]{1,60}\b(?:are|were)\s+(?:the|its|their)\s+$", re.IGNORECASE)
# The two highest-scoring risks … remain emergency care (BAF-03) and elective recovery: named next.
_DEFINITE = re.compile(r"\b(?:the|its|their)\s+$", re.IGNORECASE)
_NAMED_NEXT = re.compile(r"\s+[^,;.]{0,60}?\b(?:remain|are|were|include|included)\s+[^;.]{2,120}?\band\b", re.I)
# 两项指标均高于全国平均水平: the indicators just given, counted back; 谢谢两位: thanks, no count.
_BOTH_INDICATORS = re.compile(r"(?:项|个)?(?:指标|数据|数字)(?:均|都|皆)")
# 从三个方面看，…; 从六类健康问题看，…: the aspects (方面, 类, 维度, 层面) a text goes through one by one
_FROM_ASPECTS = (
    re.compile(r"(?:^|[，,。；;\s　])从\s*$"),
    re.compile(r"\s*(?:个|大)?(?:方面|类|维度|层面|角度)[\u4e00-\u9fff]{0,8}?(?:看|来看|分析)\s*[，,：:]"),
)
_THANKS = re.compile(r"(?:谢谢|感谢)\s*$")
# 11 of those 26 occurred …: the 26 counted before, named again as the whole the part is of (not "Of those, 75.7%").
_OF_THOSE = re.compile(r"\b\d[\d,.]*\s+of\s+(?:those|these)\s+$", re.IGNORECASE)
# 四项指标较一季度分别提高1.6、0.9、2.2和1.4个百分点: a count, then 分别 and as many figures, one for each of
# the items it counts (named just before): no figure of its own.
_RESPECTIVELY = re.compile(
    r"[\u4e00-\u9fff]{0,14}?分别[\u4e00-\u9fff]{0,6}?((?:\d+(?:\.\d+)?\s*[%％]?\s*[、，,和及与]\s*)+\d+(?:\.\d+)?)"
)
# 本季度有3个调查条目得分低于85分，具体如下：: a small count in a sentence that ends on the list it opens.
_LISTED_NEXT = re.compile(
    r"[^。；;!?！？]*(?:具体)?如下\s*[:：]\s*$|[^.;!?]*\b(?:as\s+follows|the\s+following)\s*:\s*$", re.I
)
# 与其他14个…地区比较: the number of what it is compared with.
_COMPARED_GROUP = re.compile(r"^[^，,。；;]{0,20}(?:比较|相比|相较)")


# … and fell for three: E. coli to ciprofloxacin, MRSA, and Enterococcus faecium to vancomycin. (round 31)
_COLON_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}\s*[:：]\s*")
_LIST_END = re.compile(r"[.;。；](?=\s+[A-Z(“\"]|\s*$)|[；。]")


# 每个县（区）按东、西、南、北、中5个片区各抽取1个乡镇: how a sample is drawn, each unit giving as many (round 31)
_DRAWN_EACH = re.compile(r"各\s*(?:随机)?(?:抽取|抽选|选取|选择|抽查|确定)\s*$")
_PER_UNIT = re.compile(r"(?:每(?:个|所|家|一)|按)[^，,。；;：:]*$")  # (an enumeration's 、 ends no such rule)


def _named_after_colon(line: str, q: Quantity) -> bool:
    """Whether the count ``q`` stands right before a colon that opens as many items as it counts."""
    colon = _COLON_AFTER.match(line, q.end)
    if colon is None:
        return False
    stop = _LIST_END.search(line, colon.end())
    items = [
        i
        for i in re.split(
            r",\s*(?:and\s+|or\s+)?|\s+and\s+|、|和", line[colon.end() : stop.start() if stop else len(line)]
        )
        if i.strip()
    ]
    return len(items) == q.value and all(len(i) <= 60 and not re.search(r"\d", i) for i in items)


# 两个方案均设…, 三种方式都…: the options a text has set out, counted again with all of them (round 41)
_OPTIONS_ALL = re.compile(r"\s*(?:个|种|套)?\s*(?:调整|备选|收费)?(?:方案|选项|办法|模式)\s*(?:均|都|皆)")


def counted_list(line: str, q: Quantity) -> str | None:
    """The count of the items listed right before it (县中医院、县妇幼保健院、县中心医院三个新院区), of
    the targets the text names (all 3 targets), of the items just named (… and cancer are the two
    leading causes), of what a figure is compared with (与其他14个…地区比较)."""
    if q.qualifier != "eq" or q.value != int(q.value):
        return None
    if q.value <= 5 and _OPTIONS_ALL.match(line, q.end):
        return "the count of the options the text set out, named again (两个方案均…), not a figure"
    before = line[max(0, q.start - 80) : q.start]
    if q.value <= 12 and _ALL_BEFORE.search(before) and _TARGETS_AFTER.match(line[q.end :]):
        return "the count of the targets the text names, not a figure of its own"
    if (
        2 <= q.value <= 10
        and q.unit is None
        and (_ARE_THE.search(before) or (_DEFINITE.search(before) and _NAMED_NEXT.match(line, q.end)))
    ):
        return "the count of the items named with it, not a figure of its own"
    aspects = 2 <= q.value <= 12 and _FROM_ASPECTS[0].search(line, max(0, q.start - 4), q.start)
    number_end = digits_at(q) + len(q.digits)  # 六类: the aspect word may be its unit
    if aspects and _FROM_ASPECTS[1].match(line, number_end):
        return "the count of the aspects the text goes through (从三个方面看), not a figure of its own"
    if 2 <= q.value <= 10 and _BOTH_INDICATORS.match(line, q.end):
        return "the count of the indicators just given (两项指标均高于…), not a figure of its own"
    respective = _RESPECTIVELY.match(line, q.end) if 2 <= q.value <= 10 else None
    if respective is not None and len(re.findall(r"\d+(?:\.\d+)?", respective.group(1))) == q.value:
        return "the count of the items whose figures follow 分别 (四项指标分别提高…), not a figure of its own"
    if 2 <= q.value <= 12 and q.unit_text in ("个", "项", "条", "类", None) and _LISTED_NEXT.match(line, q.end):
        return "the count of the items listed next (有3个条目…，具体如下：), not a figure of its own"
    if 2 <= q.value <= 10 and q.unit is None and _named_after_colon(line, q):
        return "the count of the items named after its colon (fell for three: A, B and C), not a figure of its own"
    if q.value <= 10 and _DRAWN_EACH.search(before) and _PER_UNIT.search(line, max(0, q.start - 60), q.start):
        return "the number drawn from each unit (每个县按5个片区各抽取1个乡镇): the sampling rule, not a count"
    if q.unit != "percent" and _OF_THOSE.search(before):
        return "the count named again as the base of a part (11 of those 26), not a figure of its own"
    if _THANKS.search(before):
        return "a courtesy (谢谢两位发布人), not a count"
    if re.search(r"(?:与|同)(?:其他|其它|另外)\s*$", before) and _COMPARED_GROUP.match(line[q.end :]):
        return "the number of what the figure is compared with, not a claim"
    if not 2 <= q.value <= 12:
        return None
    # 每个县（区）按东、西、南、北、中5个片区: a closing bracket or 按, 包括, 分为 before the first item opens the list
    stops = list(_LIST_STOP.finditer(line, max(0, q.start - 120), q.start))
    stops += list(_LIST_OPENS.finditer(line, stops[-1].end() if stops else max(0, q.start - 120), q.start))
    start = stops[-1].end() if stops else max(0, q.start - 120)
    items = re.split(r"、|和|与|及", line[start : q.start])  # 二价、四价和九价三类: the last joined by 和
    # 每个县(市、区)至少建成2家: a bracketed aside, not a list the number counts.
    # 其中主任医师1名、副主任医师2名: items that carry their own figures are no list the number counts.
    # 全部11个设区市和定州、辛集2个省直管市: the items joined by 、 after the last 和 (round 38)
    joined = re.split(r"和|与|及", line[start : q.start])[-1].split("、")
    for listed in (items, joined if len(joined) > 1 else []):
        if len(listed) == q.value and all(
            0 < len(i.strip()) <= 16 and not _CLOSING.search(i) and not re.search(r"\d", i) for i in listed
        ):
            return "the count of the items just listed, not a figure of its own"
    return None


_NUMBER_WORD = r"(?:\d{1,3}(?![\d,.%])|one|two|three|four|five|six|seven|eight|nine|ten)"
_PROPORTION_FIRST = re.compile(rf"^\s+(?:out\s+of|in)\s+{_NUMBER_WORD}\b", re.IGNORECASE)
_PROPORTION_SECOND = re.compile(rf"\b{_NUMBER_WORD}\s+(?:out\s+of|in)\s+$", re.IGNORECASE)
# 8.7 out of 10, rated 4.3 out of 5: a mark with decimals is no count of the whole's members but a score, and the whole
# is the scale it is out of (README "Scores are points"); a star rating (4.5 out of 5 stars) is a level.
_STARS = re.compile(r"\s*stars?\b", re.IGNORECASE)
_SCORE_OUT_OF = re.compile(rf"^\s+out\s+of\s+\d{{1,3}}(?![\d,.%])(?!{_STARS.pattern})", re.IGNORECASE)
_SCORE_BEFORE = re.compile(r"\d\.\d+\s+out\s+of\s+$", re.IGNORECASE)
# (not 初级及以下<TAB>0.8—1.2, a grade and those below it: round 41)
_LIST_AHEAD = re.compile(r"(?:\b(?:here\s+are|the\s+following|these)|(?<![及或和与])以下|如下)\s*$", re.IGNORECASE)


def ratio_term(line: str, q: Quantity) -> str | None:
    """The first term of a ratio (1:1.6) or its second (0.93:1), a proportion's terms (2 out of 5, one in five), the count of
    the list that follows (Here are five findings)."""
    if q.value == 1 and re.match(r"[:：∶]\s*\d", line[q.end :]):
        return "the first term of a ratio (1:1.6); the ratio's figure is its second term"
    if q.value == 1 and q.unit is None and re.search(r"\d\s*[:：∶]\s*$", line[max(0, q.start - 4) : q.start]):
        return "the second term of a ratio (0.93:1), its base; the ratio's figure is its first term"
    if q.unit is None and "." in q.text and _SCORE_OUT_OF.match(line[q.end :]):
        return None  # 8.7 out of 10: a score, a figure of its own
    if _SCORE_BEFORE.search(line[max(0, q.start - 16) : q.start]) and not _STARS.match(line[q.end :]):
        return "the scale a score is out of (8.7 out of 10), not a figure"
    # one in five, 2 out of 5; not 27 cases in nine outbreaks, a count of its own
    if q.unit != "percent" and (
        (_PROPORTION_FIRST.match(line[q.end :]) and q.unit is None)
        or _PROPORTION_SECOND.search(line[max(0, q.start - 16) : q.start])
    ):
        return "a term of a proportion (2 out of 5), not a count"
    if _LIST_AHEAD.search(line[max(0, q.start - 16) : q.start]):
        return "the count of the list that follows, not a figure"
    return None
