"""The cue words of a figure's status (checks.draft.guesses): what makes it a target, and what says
it reports something done, in Chinese and English; and the strong ones that reach past its clause."""

from __future__ import annotations

import re

# 到“十五五”末: the end of a Five-Year Plan, a target's due time.
PLAN_END_CUE = r"到\s*[“‘\"]?(?:十?[一二三四五六七八九])五[”’\"]?(?:末|期末|时期末)"
TARGET = re.compile(
    r"将|力争|争取|目标(?!时间)|计划(?!免疫|生育|财务|处|科)|(?<!免疫)规划(?!处|科|局|院|所|办|司|中心|建设项目|与信息)|确保|预计|有望|承诺|拟|(?<!无)(?<!毋)须(?!知)|"
    + PLAN_END_CUE
    + r"|要求(?:的|达到|不低于|不少于)|全年任务|年度任务|目标任务|到\s*20\d\d|(?<!截)至\s*20\d\d年|20\d\d年前|要达到"
    r"|达到.{0,6}以上的目标"
    r"|\bwill\b|\bwould\b(?!\s+have\b)|\bplans?\s+to\b|\bplanned\b(?!\s+(?!(?:to|for|by|in|at|until|from|over|this|next|and|or)\b)[a-z])|\b(?:intends?|seeks?|pledged|promised|vowed|scheduled|slated)\s+to\b|\b(?:is|are)\s+to\s+(?:be|get|receive|open|build|hire|add|reach|rise|grow)\b|\baim(?:s|ing)?\s+to\b|(?<!'s\s)(?<!’s\s)\btargets?\b(?!\s+times?\b)|\bgoal\b|\bexpected\s+to\b(?!\s+live)|\banticipate|\bshould\b"
    r"|\bmust\b|\brequire|\bby\s+(?:the\s+(?:end|middle)\s+of\s+)?(?:20\d\d|next\s+year|this\s+year)\b|\bset\s+to\b|\bon\s+track\s+to\b"
    r"|\bto\s+be\s+(?:built|completed|reached)\b|\bwants?\s+(?:to\b|\S+\s+(?:\S+\s+)?(?:more|less|fewer|at\s+least))"
    r"|\bby\s+(?:the\s+same\s+(?:date|time|year)|then)\b|\baim(?:s|ing)?\s+for\b|\bambition\b"
    # what a charity or a report asks for: wants the government to, calls on/for, urges
    r"|\bwants?\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+to\b"
    r"|\b(?:asked|directed|instructed)\s+(?:the\s+|all\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+to\b|\b(?:call(?:s|ing|ed)?\s+(?:on|for)|urg(?:es?|ing|ed))\b"
    # what a government has committed to, and what it is extending to more people (work under way)
    r"|\bcommitted\s+to\b|\b(?:is|are)\s+(?:also\s+|now\s+)?(?:extending|expanding|rolling\s+out)\b",
    re.IGNORECASE,
)
# Cues that report the past even inside a plan, and weaker ones that count only outside plans.
STRONG_ACHIEVED = re.compile(
    r"已|累计|截至|截止|目前|现有|过去|去年|上年|同比|较上年|以来|近年来|\bas\s+of\b|\bso\s+far\b|\blast\s+year\b|\bsince\b",
    re.IGNORECASE,
)
# Target cues strong enough to reach past the figure's clause to its whole sentence or paragraph.
STRONG_TARGET = re.compile(
    r"将|力争|目标(?![^，,。；;]{0,4}时间)|计划(?!免疫|生育)|"
    + PLAN_END_CUE
    + r"|(?<!安排)(?<!决策)(?<!统一)(?<!战略)部署|明确|到\s*20\d\d|\bwill\b|\btargets?\s+includ\w*"
    r"|\b(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:met|reached|achieved)\b|\bplans?\s+to\b|\baim(?:s|ing)?\s+to\b|\bby\s+(?:the\s+end\s+of\s+)?(?:20\d\d|next\s+year)\b",
    re.IGNORECASE,
)
ACHIEVED = re.compile(
    r"已|累计|建成|完成|截至|截止|目前|现有|过去|去年|上年|同比|较上年|年末|年底|共有|共计|总数|达到了|实现了|以来|近年来"
    r"|\bhas\b|\bhave\b|\bhad\b|\bwas\b|\bwere\b|\breached\b|\brose\b|\bfell\b|\bdropped\b|\bincreased\b|\bdecreased\b"
    r"|\brecorded\b|\bas\s+of\b|\bso\s+far\b|\blast\s+year\b|\bachieved\b|\bstalled\b|\bstood\b|\bstands\b|\btotall?(?:ing|ed)\b"
    r"|\b(?:grew|declined|climbed|delivered|treated)\b",
    re.IGNORECASE,
)
# 将在2026年安排…1500万元，较上年增加300万元: a change that opens its clause by comparing with last year
# is the change of the figure before it in its sentence, and shares its status.
CHANGE_OPENING = re.compile(
    r"\s*(?:较|比)(?:上年|去年|上一年)|\s*(?:an?\s+)?(?:increase|rise|decrease|cut|up|down)\s+(?:of\s+\S+\s+)?(?:from|on|over)\s+(?:last|the\s+previous)\s+year",
    re.IGNORECASE,
)
