"""Whether a page is a plan, by its title (方案, 规划, plan; not a review of one: 总结, 报告, 中期评估, progress, 超…目标)."""

from __future__ import annotations

import re

from checks.draft.simplified import simplified

# 计划生育 (family planning) and 计划免疫 (immunisation) are policies named, no plan of the text's (round 39)
# 意见 names a document of opinions (关于…的意见), not a draft put out for them (征求意见稿)
_PLAN_TITLE = re.compile(r"方案|规划|计划(?!生育|免疫)|要点|任务|(?<!征求)意见(?!稿)|\bplan\b|\btasks\b", re.IGNORECASE)
_REVIEW_TITLE = re.compile(
    r"总结|回顾|报告|公报|通报|圆满完成|顺利完成|全面完成|超额完成|已完成|\bsummary\b|\breview\b|\breport\b|\bbulletin\b|communiqu"
    # a headline that a target is met (超国家规划目标), a republished story's original title
    r"|(?:超|超过|达到|完成|实现)[^，,。]{0,12}?(?:目标|任务)|原标题"
    # a review of a plan's progress reports what was done (reviews half-yearly progress of … Plan,
    # a mid-term evaluation, 中期评估, 执行情况, 进展): its figures are the plan's outcomes so far
    r"|\breview(?:s|ed|ing)?\b|\bprogress\b|\bmid-?term\b|\bevaluat|\bassess|\bimplementation status"
    r"|评估|执行情况|实施情况|落实情况|进展|进度|成效"
    # a headline telling what was done by a plan's middle (187 clinics upgraded at midpoint of five-year plan;
    # 120 beds opened halfway through …): a count and its past participle, or a plan's middle, report (round 45)
    r"|\bmid-?point\b|\bhalf-?way\b"
    r"|(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d,]*\s+(?:[a-z][\w-]*\s+){1,3}?(?!(?:need|plann|propos|expect|schedul)ed)[a-z]+ed\b"
    # a plan dividing money (绩效奖励分配方案, 资金分配方案): its shares, coefficients, floors and caps are
    # rules in force for the year's distribution, not levels to reach (round 40)
    r"|分配(?:实施)?方案|分配办法|\b(?:distribution|allocation)\s+(?:plan|scheme)\b",
    re.I,
)


def is_plan(title: str | None) -> bool:
    plain = simplified(title or "")  # 計劃, 總結
    return bool(plain and _PLAN_TITLE.search(plain) and not _REVIEW_TITLE.search(plain))
