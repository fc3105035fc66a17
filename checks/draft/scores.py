"""Numbers of a ranking or a score scale that are no claims: a rank (前五名, 第6至13名, 排名第3位; not
the top 3,000 patients, a count), a score scale (满分100分, 百分制) and a score band that picks the units counted
(得分90分及以上的单位5家, 80分至89.9分的8家, 80分以下的3家), or defines a grade (“合格”等次（90分及以上）): each
says which, not how many."""

from __future__ import annotations

import re

from checks.numbers import Quantity

# 前五名, 第6名, 第6至13名 (a range of ranks only after 第: 6至13名医生 counts doctors), 居第3位
_RANK_BEFORE = re.compile(r"(?:前|第|排名第?|排第|居第|位列第?|名列第?)\s*$|第\s*\d+\s*[至-]\s*$")
_RANK_AFTER = re.compile(r"\s*(?:至\s*\d+\s*)?名|\s*位(?!数|次)")
_SCALE_BEFORE = re.compile(r"满分\s*$")
_SCALE_AFTER = re.compile(r"\s*分制")
# 90分及以上的, 80分以下的, 80分至89.9分的: a band of scores, then what is counted in it.
_BAND_AFTER = re.compile(r"\s*分?\s*(?:及以上|以上|及以下|以下|至\s*\d+(?:\.\d+)?\s*分)\s*的")
_BAND_END = (re.compile(r"\d\s*分?\s*至\s*$"), re.compile(r"\s*分\s*的"))
_OF = re.compile(r"\s*的")
_REQUIRED = re.compile(r"\s*分?\s*(?:及以上|以上|及以下|以下)?\s*的\s*(?:要求|标准|规定|门槛|底线|目标)")
_READ_BAND = re.compile(r"分\s*(?:及以上|以上|及以下|以下)\Z|\d\s*分?\s*至\s*\d+(?:\.\d+)?\s*分\Z")
# 达到“合格”等次（90分及以上）, rated Good (80 points or more): a band in brackets that defines the grade named before it.
_GRADE_BAND = (
    re.compile(r"[(（]\s*$"),
    re.compile(
        r"\s*(?:分|points?)?\s*(?:及以上|以上|及以下|以下|or\s+(?:more|above|higher|over|less|below|lower))\s*[)）]",
        re.I,
    ),
)

# awards one to five stars, rated 1-5 stars, on a scale of 1 to 10: a rating scale's ends, from one (or zero).
_STAR_SCALE_LOW = re.compile(r"\s*(?:to|-|–)\s*(?:three|four|five|ten|[3-9]|10)\s+(?:stars?|points?)\b", re.I)
_STAR_SCALE_HIGH = (
    re.compile(r"\b(?:one|zero|[01])\s*(?:to|-|–)\s*$", re.I),
    re.compile(r"\s*(?:stars?|points?)\b", re.I),
)
_SCALE_OF = re.compile(r"\bscale\s+of\s+(?:(?:one|zero|[01])\s*(?:to|-|–)\s*)?$", re.I)


# earned 4 stars, a five-star plan: a star rating, a rank on an ordinal scale (README: ratings are not quantities).
_STARS = re.compile(r"\s*-?\s*stars?\b", re.I)


def _rating_scale(line: str, q: Quantity) -> bool:
    before, after = line[max(0, q.start - 16) : q.start], line[q.end :]
    if q.value <= 10 and (_STARS.match(after) or re.search(r"\bstars?\s*$", q.text, re.I)):
        return True
    if q.value in (0, 1) and (_STAR_SCALE_LOW.match(after) or _SCALE_OF.search(before)):
        return True
    return bool(
        _STAR_SCALE_HIGH[0].search(before) and (_STAR_SCALE_HIGH[1].match(after) or _SCALE_OF.search(line, 0, q.start))
    )


# 得分低于60分的不予分配奖励, 考核得分80分以上的全额兑现: a band of scores, then 的 and what the rule does to those in it
_BOUND_IN = re.compile(r"低于|高于|不足|超过|以上|以下|及以上|及以下")
_BAND_THEN_RULE = re.compile(r"(?:以上|以下)?\s*的\s*(?:不予|不得|按|予以|给予|全额|扣|暂停|取消|责令|约谈|通报|减半)")


# 得分90分以上为优秀、80分至89分为合格、80分以下为不合格 (round 47): a band of scores, then 为 and the grade it defines
_IS_GRADE = re.compile(
    r"(\s*分?\s*(?:及以上|以上|及以下|以下|至\s*\d+(?:\.\d+)?\s*分)?)\s*(?:的)?\s*(?:为|定为|评为|属于)\s*[“\"]?"
    r"不?(?:优秀|良好|合格|达标|较好|一般|较差|差|[甲乙丙丁]等|[A-D一二三四五][级等])"
)


def _defines_grade(line: str, q: Quantity) -> bool:
    grade = _IS_GRADE.match(line, q.end)
    if grade is None or "分" not in q.text + grade.group(1):
        return False
    band = q.text + grade.group(1)
    ranged = re.search(r"\d\s*分?\s*至\s*\d", band) or _BAND_END[0].search(line, max(0, q.start - 8), q.start)
    return bool(_BOUND_IN.search(band) or ranged)


def rank_or_scale(line: str, q: Quantity) -> str | None:
    """Why ``q`` is a rank, a score scale or a score band rather than a claim; None otherwise."""
    before, after = line[max(0, q.start - 6) : q.start], line[q.end :]
    ranked = q.text.rstrip().endswith("名") or _RANK_AFTER.match(after)  # 前五名: 名 may be read as its unit
    if _RANK_BEFORE.search(before) and ranked:
        return "a rank (前五名, 第6名), an ordinal, not a figure"
    if _SCALE_BEFORE.search(before) or _SCALE_AFTER.match(after):
        return "the score scale (满分100分, 百分制), not a figure"
    if _rating_scale(line, q):
        return "a rating or a rating scale's end (4 stars, one to five stars, a scale of 1 to 10), not a figure"
    # the reader reads the band's points with the bound after them or as a range (90分及以上, 80分至89.9分);
    # not 不低于90分的年度目标, a target with its bound word before it
    read_as_band = _READ_BAND.search(q.text) is not None and _OF.match(after) is not None
    if _REQUIRED.match(after):
        return None  # 达到900分以上的要求: the band a rule requires is the rule's figure, no units counted in it
    if "分" in q.text and _BOUND_IN.search(q.text) and _BAND_THEN_RULE.match(after):
        return "a score band that picks the units a rule covers (得分低于60分的不予分配), not a figure"
    if _BAND_AFTER.match(after) or (_BAND_END[0].search(before) and _BAND_END[1].match(after)) or read_as_band:
        return "a score band that picks the units counted (90分及以上的单位), not a figure"
    # the reader may read the band's bound with its points (90分及以上) or leave it after them
    banded = _GRADE_BAND[1].match(after) or (_READ_BAND.search(q.text) and re.match(r"\s*[)）]", after))
    if _GRADE_BAND[0].search(before) and banded:
        return "a score band that defines the grade before it (“合格”等次（90分及以上）), not a figure"
    if _defines_grade(line, q):
        return "a score band that defines the grade after it (90分以上为优秀), not a figure"
    return None
