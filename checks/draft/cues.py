"""The cue words of a figure's status (checks.draft.guesses): what makes it a target, and what says
it reports something done, in Chinese and English; and the strong ones that reach past its clause."""

from __future__ import annotations

import re

from checks.draft.months import MONTH_NAMES

# due to open, due to start: an event set for a time to come, a verb after "due to" (not a cause's noun: a
# word that is both, increase, rise, fall, return, end, is left out: rose due to increase in demand).
DUE_TO = (
    r"\bdue\s+to\s+(?:open|start|begin|close|finish|launch|complete|come|be|take|expire|reach|arrive|resume"
    r"|commence|deliver|report\s+(?:back|to|by|in))\b"
)
# 到“十五五”末: the end of a Five-Year Plan, a target's due time.
PLAN_END_CUE = r"到\s*[“‘\"]?(?:十?[一二三四五六七八九])五[”’\"]?(?:末|期末|时期末)"
# 将 as "will"; not 将近 (nearly) nor the 将 that puts its object before the verb (将信息公开工作纳入考核,
# 将其作为…, 督促企业将价格调整至…: "put it into", as 把), which says nothing of when (not 将…提高到, a plan's
# "will" as often); the level a directive asks for (督促…调整至, 要求…降至) is a target. 目标考核, 目标管理, 目标责任制 name an
# assessment by targets, no target; 拟中选, 拟录用, 拟立项 name a result announced (proposed for selection,
# for funding: a selection's verb after 拟), no plan.
# 行动计划确定的32项重点任务: the plan as a document that set them (an evaluation counts them), no cue.
# 将 marks an object (把) before a verb that disposes of it: 将损伤性废物与感染性废物混装, 将医疗废物混入生活垃圾
# (an enforcement case's facts, round 31), as before 纳入, 作为.
_WILL_ZH = (  # 未按规定将…拨付到位: after a negation 将 marks an object too (round 38)
    r"(?<!未)(?<!不)(?<!没有)(?<!未按规定)(?<!未按要求)(?<!未及时)将(?!近|[^，,。；;\d]{1,16}?(?:纳入|列入|作为|视为|分为|并入|融入|调整[至为到]|调至"
    r"|混装|混入|混放|混存|丢弃|倒入|排入|弃置|交由|交给|出售|转卖|转借|出租))"
)
_MONTHS = rf"(?:{MONTH_NAMES})"
TARGET = re.compile(
    _WILL_ZH
    + r"|力争|争取|目标(?!时间|考核|管理|责任|人群)|(?<!非)计划(?!免疫|生育|财务|处|科|(?:确定|提出|设定)的)|(?<!免疫)规划(?!处|科|局|院|所|办|司|中心|建设项目|与信息)|确保|预计|有望|承诺|拟(?!中选|中标|录用|聘用|立项|入选|认定|命名|表彰|授予)|(?<!无)(?<!毋)须(?!知)|"
    + PLAN_END_CUE
    + r"|要求(?:的|达到|不低于|不少于)|全年任务|年度任务|目标任务|限期(?=\s*[\d一二三四五六七八九十两])|(?:整改|办结)(?:期限|时限)(?=[为是]?\s*(?:不超过|不得超过|不超出)?\s*[\d一二三四五六七八九十两])|(?<![年月日])到\s*20\d\d|(?<![截年月日])至\s*20\d\d年|20\d\d年前|要达到"
    r"|达到.{0,6}以上的目标"
    r"|\bwill\b|(?<!said\sthey\s)(?<!say\sthey\s)(?<!said\sthat\s)(?<!said\sit\s)\bwould\b(?!\s+have\b(?!\s+to\b))|\bplans?\s+to\b|\bplanned\b(?!\s+(?!(?:to|for|by|in|at|until|from|over|this|next|and|or)\b)[a-z])|\b(?:intends?|seeks?|pledged|promised|vowed|scheduled|slated|propos(?:es|ed|ing))\s+to\b|\b(?:is|are)\s+to\s+(?:be|get|receive|open|build|hire|add|reach|rise|grow|offer|provide|deliver|fill|submit|cover|complete)\b|\baim(?:s|ing)?\s+to\b|(?<!'s\s)(?<!’s\s)\btargets?\b(?!\s+times?\b)|\bgoal\b|\bexpected\s+to\b(?!\s+live)|(?<!can\s)(?<!could\s)(?<!may\s)(?<!might\s)\b(?:expect(?:s|ing)?|projected|forecast)\s+to\b(?!\s+(?:have|live|spend)\b)|\b(?:we\s+|they\s+)?expects?\s+(?:[\w-]+\s+){1,5}?to\s+(?:be|rise|grow|increase|fall|reach|exceed|cut|reduce|lower|raise|lift|save|add|bring|double|halve)\b|\banticipate|\bshould\b|\bwe\s+(?:still\s+|will\s+)?need\s+to\s+(?!be\b)[a-z]+|(?<!\bour\s)(?<!\bthe\s)\b(?:projects|forecasts|predicts)\s+(?:that\b|(?:about\s+|around\s+|some\s+|nearly\s+)?[\d$£€])"
    r"|\bmust\b|\bshall\b|\brequire(?!d\s+(?!to\b|by\b|for\b|under\b|in\b)[a-z])|\bby\s+(?:the\s+(?:end|middle)\s+of\s+)?(?:(?:FY\s?|fiscal\s+year\s+)?20\d\d|(?:next|this)\s+(?:financial\s+|fiscal\s+)?year|the\s+(?:financial|fiscal)\s+year)\b|\bset\s+to\b|\bon\s+track\s+to\b"
    # a day's due date (to deliver 4,000 procedures by 30 June 2027, by June 30, 2027; round 33)
    # and a month's (to raise it to at least 55% by March 2027; round 34)
    r"|\bby\s+(?:\d{1,2}\s+" + _MONTHS + r"|" + _MONTHS + r"(?:\s+\d{1,2},?)?)\s+20\d\d\b"
    r"|\bto\s+be\s+(?:built|completed|reached)\b|\bwants?\s+(?:to\b|\S+\s+(?:\S+\s+)?(?:more|less|fewer|at\s+least))"
    r"|\bby\s+(?:the\s+same\s+(?:date|time|year)|then)\b|\baim(?:s|ing)?\s+for\b|\bambition\b"
    # what a charity or a report asks for: wants the government to, calls on/for, urges
    r"|\bwants?\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+to\b"
    r"|\b(?:asks|asked|directed|instructed)\s+(?:(?:the\s+|all\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+)?to\b|\b(?:call(?:s|ing|ed)?\s+(?:on|for)|urg(?:es?|ing|ed))\b"
    # what a government has committed to, and what it is extending to more people (work under way)
    r"|(?:督促|责令|要求|指导)[^，,。；;]{0,16}?(?:调整|调|降低?|提高|控制)[至到在为]"
    # what money is made available for (Funding of £37 million … for an additional 1,100 call handlers): staff
    # or places still to come, as "to recruit 180 more" (round 34)
    r"|\bfor\s+(?:an\s+additional|a\s+further)\s+(?=\d)"
    r"|\bcommitted\s+to\b|\b(?:is|are)\s+(?:also\s+|now\s+)?(?:extending|expanding|rolling\s+out)\b"
    # what is due to happen (due to open in March 2027, are due to start by December; not due to rounding,
    # due to staff shortages: a cause), and what someone aimed to do by a date
    r"|" + DUE_TO + r"|\baimed\s+to\b(?=[^.;]{0,60}\bby\b)",
    re.IGNORECASE,
)
# (had all required vaccines: "required" before a noun names a kind of thing, no obligation of the figure's)
# Cues that report the past even inside a plan, and weaker ones that count only outside plans.
# The shortcomings a text says there are (仍存在一些不足：一是…, 面临的主要问题, 问题仍然存在, problems remain) are as
# things stand.
STRONG_ACHIEVED = re.compile(
    r"已|累计|截至|截止|目前|现有|过去|去年|上年|同比|较上年|以来|近年来|\bas\s+of\b|\bso\s+far\b|\blast\s+year\b|\bsince\b"
    r"|仅为|仅有|仅占"  # 复筛率仅为88.6%: "only" weighs a level there is, as things stand
    r"|据了解"  # 据了解，…目录（2022年版）共收录708个术式: background the story reports, even among its plans
    # … and our two local authorities have set aside £18.8 million for winter 2026/27: money allocated is done
    r"|\b(?:has|have)\s+(?:been\s+)?(?:set\s+aside|allocated|earmarked|committed)\b"
    r"|\bcan\s+now\b"  # pharmacies can now treat seven conditions: what holds now
    r"|(?:存在|面临)(?:的|着)?(?:一些|以下|如下|不少|诸多)?(?:主要)?(?:问题|不足|短板|困难|差距|薄弱环节)(?=\s*(?:[：:，,。；;]|$))"
    r"|(?:问题|不足|短板|困难|差距)(?:仍然|依然|依旧|仍|还)?(?:存在|突出)(?=\s*(?:[：:，,。；;]|$))"
    r"|\b(?:problems|shortcomings|weaknesses|gaps)\s+(?:remain|persist)\b",
    re.IGNORECASE,
)
# Target cues strong enough to reach past the figure's clause to its whole sentence or paragraph.
STRONG_TARGET = re.compile(
    _WILL_ZH
    + r"|力争|目标(?![^，,。；;]{0,4}时间|考核|管理|责任|人群)|(?<!非)计划(?!免疫|生育|(?:确定|提出|设定)的)|"
    + PLAN_END_CUE
    + r"|(?<!安排)(?<!决策)(?<!统一)(?<!战略)部署|明确(?!了|[但而的、，,。；;])|到\s*20\d\d|\bwill\b|\btargets?\s+includ\w*"
    r"|\b(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:met|reached|achieved)\b|\bplans?\s+to\b|\baim(?:s|ing)?\s+to\b|\bby\s+(?:the\s+end\s+of\s+)?(?:20\d\d|next\s+year)\b"
    r"|\b(?:is|are|was|were)\s+" + DUE_TO,
    re.IGNORECASE,
)
ACHIEVED = re.compile(
    r"已|累计|建成|完成|截至|截止|目前|现有|过去|去年|上年|同比|较上年|年末(?!前)|年底(?!前)|共有|共计|总数(?!的)|达到了|实现了|以来|近年来"
    r"|\bhas\b|\bhave\b|\bhad\b|\bwas\b|\bwere\b|\breached\b|\brose\b|\bfell\b|\bdropped\b|\bincreased\b|\bdecreased\b"
    r"|\brecorded\b|\bas\s+of\b|\bso\s+far\b|\blast\s+year\b|\bachieved\b|\bstalled\b|\bstood\b|\bstands\b|\btotall?(?:ing|ed)\b"
    r"|\b(?:grew|declined|climbed|delivered|treated)\b"
    # what a survey or count found, and what there is now (There are now 46 boxes)
    r"|\b(?:found|showed|counted)\b|\b(?:are|is)\s+now\b",
    re.IGNORECASE,
)
# 将在2026年安排…1500万元，较上年增加300万元: a change that opens its clause by comparing with last year
# is the change of the figure before it in its sentence, and shares its status.
CHANGE_OPENING = re.compile(
    r"\s*(?:较|比)(?:上年|去年|上一年)|\s*(?:an?\s+)?(?:increase|rise|decrease|cut|up|down)\s+(?:of\s+\S+\s+)?(?:from|on|over)\s+(?:last|the\s+previous)\s+year",
    re.IGNORECASE,
)
# agreed to reduce … by at least 20% by March 2027, and to bring the number … below 25: a clause that goes on
# with the infinitive of an aim due by a date is due by it too (not "… beginning with CY 2028, and to remove two
# measures": a start, no deadline the aims share).
_AIM_GOES_ON = re.compile(r"\s*(?:and|or)\s+(?:also\s+)?to\s+(?!date\b|be\s+)[a-z]+\b", re.IGNORECASE)
_DEADLINE = re.compile(r"\b[Bb]y\s+(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]+\s+)?(?:FY\s?)?20\d\d\b")


# 计划2027年底前新增20所，总数达到67所: the total a target due by a date brings (its sum, then), in the
# clause after it, is due by that date too.
_TOTAL_GOES_ON = re.compile(
    r"\s*(?:届时|使)?\s*(?:总数|总量|总计|累计|合计)\s*(?:将)?\s*(?:达到|达|增至|增加到|提高到)"
)
_DEADLINE_ZH = re.compile(r"(?:19|20)\d\d\s*年")


# Sickness absence is to fall below 4.5% by March 2027, with at least 50 managers trained: what goes with an aim
# due by a date (round 31)
_WITH_GOES_ON = re.compile(r"\s*with\s+(?:at\s+least\s+|more\s+than\s+|a\s+further\s+|another\s+)?[£$€]?\d", re.I)
# spend is forecast at around £19.2m for the full year, about £1.8m over the ceiling: the forecast's excess over
# (or gap to) a level, set after it as its apposition, is of the forecast (round 31)
_EXCESS_GOES_ON = re.compile(
    r"\s*(?:about|around|some|nearly|almost|roughly|an\s+estimated)?\s*[£$€]?\d[\d.,]*\s*(?:m|bn|k|million|billion|%"
    r"|per\s+cent)?\s+(?:over|above|below|under|short\s+of)\s+(?:the|its|their)\b",
    re.IGNORECASE,
)


def aim_goes_on(line: str, aim_end: int, clause_start: int) -> bool:
    """Whether the clause at ``clause_start`` goes on with the aim ending at ``aim_end``, due by a date between."""
    if _TOTAL_GOES_ON.match(line, clause_start):
        return _DEADLINE_ZH.search(line, max(0, aim_end - 30), clause_start) is not None
    if _EXCESS_GOES_ON.match(line, clause_start):
        return True
    goes_on = _AIM_GOES_ON.match(line, clause_start) or _WITH_GOES_ON.match(line, clause_start)
    return bool(goes_on and _DEADLINE.search(line, aim_end, clause_start))


# up from £398 million this year, fell to 118 from 151, will rise from 62% to 70%: the level a change
# starts from is the one that holds now or held before, whatever the sentence plans (achieved).
# from the 2024 baseline of 326, 基线值为45%: a baseline is a level measured, whatever its sentence aims at
BASELINE = re.compile(r"\bbaseline\s+(?:of|was|is|at|level\s+of)\s+[£$€¥₹]?\s*$|基线(?:值|水平)?(?:为|是)?\s*$", re.I)
COMPARED_FROM = re.compile(
    r"\b(?:up|down|ris(?:e|es|ing|en)|rose|fall(?:s|ing|en)?|fell|increas\w*|decreas\w*|grow\w*|grew|drop\w*|climb\w*|declin\w*"
    r"|improv\w*|(?:cut|reduc\w*|rais\w*|lower\w*|extend\w*|expand\w*)(?:\s+\S+){0,4}?)\s+from\s+"
    r"(?:about\s+|around\s+|an?\s+estimated\s+|some\s+|just\s+)?[£$€¥₹]?\s*$",
    re.IGNORECASE,
)


# ---- what names a figure a target, or says it exists (checks.draft.guesses.status_of) ----

# 46 targets, 14 of its 22 annual targets: what the figure counts (an adjective of the targets' kind between)
COUNTED_TARGETS = re.compile(
    r"\s*(?:(?:annual|key|main|major|core|national|performance|strategic|agreed|quarterly)\s+)?(?:targets|goals)\b"
    r"|\s*(?:target|goal)\b|\s*(?:个|项)?目标",
    re.IGNORECASE,
)
# 已在全部基层医疗卫生机构部署应用, 已制定计划: a cue after 已 in its clause reports it done (round 32); not one
# after 已 and a verb directing others (已督促企业将价格调整至…: what they were urged to do is to come)
NEGATED = re.compile(
    r"(?:\bfailed|\bfails|\bnot|\bnever|未|没有)\s*$|已(?![^，,。；;]*?(?:督促|要求|责令|指导|通知|提醒))[^，,。；;\d]{1,14}$",
    re.IGNORECASE,
)
# The figure's own noun phrase says it exists already: the existing capacity of 11,353 beds.
# existing, 现有 in the figure's sentence (not 稳定现有队伍。 a heading before it)
EXISTING = re.compile(r"(?:\bexisting\b|\bcurrent\b|现有(?!基础))(?:(?!\.\s)[^,，;；。])*$", re.IGNORECASE)


# A target the figure is measured against is no cue of the figure's (the 89.9 per cent figure was
# below the target for 2024; 超过国家2020年的规划目标), unless the figure is the target's value
# (surpassing the target of having 12.5 doctors).
MEASURED_AGAINST = re.compile(
    r"\b(?:below|above|under|over|short\s+of|behind|beyond|missed|met|meets?|exceed\w*|surpass\w*|beat|hit)\s+"
    r"(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,2}(?=(?:targets?|goals?)\b(?!\s+of\b))"
    # 完成年度投资计划的62%, 占全年目标任务的五分之三, 距离每万人4人的目标: a share of, or the gap to, a target
    # (低于到2027年达到55%的省定目标, 达到医院设定的不低于90分的年度目标: the target's due year and value between)
    r"|(?:超过|超出|高于|低于|未达到|达到|完成|实现|超额完成|占|距离|距)[^，,。；;]{0,20}?(?=目标|任务|计划)"
    # 列入标准化建设计划的87处, 累计达到建设要求的318处: those put on a plan, or meeting a requirement, counted (round 43;
    # not 达到国家要求的90%以上, the requirement's own level)
    r"|(?:列入|纳入)[^，,。；;\d]{0,16}?(?=计划的)|(?:达到|符合|满足)[^，,。；;\d]{0,16}?(?=要求的(?!\s*\d))"
    # 为全年目标任务（不低于80%）的98.6%, 98.6% of the full-year target: the share of a target reached
    r"|为[^，,。；;\d]{1,12}?(?=目标[^，,。；;]{0,20}的\s*\d)"
    r"|(?:%|\bper\s*cent|\bpercent)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?=(?:targets?|goals?)\b)"
    # 与2022年目标值相差0.8个百分点, 较目标值仍高出8.7: the gap to a target compared with
    r"|(?:与|较|比)[^，,。；;]{0,10}?(?=目标值?\s*(?:仍|还|尚)?(?:相差|差距|高出|低于|高于|相比))",
    re.IGNORECASE,
)


# A figure named as a target, a plan's or a standard's value (against a plan of 63.5%, (plan: 15%),
# (target: under 8%), a ceiling of 3.2%, the 78% standard, the 75% interim target, short of the 90%
# target): the value set, a target whatever its clause reports (the quarter's 61.8% is achieved).
NAMED_TARGET_BEFORE = re.compile(
    r"(?:^|[\s(（])(?:(?:a|an|the|its|our|their)\s+)?(?:[\w-]+\s+)?"
    r"(?:target|plan|standard|ceiling|cap|limit|goal|benchmark|trajectory|requirement|expectation|norm"
    r"|(?<!baseline\s)(?<!epidemic\s)(?<!alert\s)(?<!intensity\s)threshold"  # not a surveillance threshold
    # (the national benchmark is for at least 95%, the standard is that …: the name as the subject, round 33)
    r"|(?:policy|statutory|legal|mandatory|required|recommended)\s+(?:minimum|maximum)"
    r"|planned\s+(?:ratio|level|rate|staffing|number|establishment))"  # a planned ratio of no more than 1:8 (round 38)
    # the trajectory for September of 75%, the savings target for the year is £38.5 million, where the standard
    # is also 95%: the period it is set for between, and the name as the subject of a copula (round 36)
    r"(?:\s+for\s+(?:[\w-]+\s+){1,3}?)?(?:\s*(?:of|:)|(?:\s+is(?:\s+for)?)?\s+that|\s+is\s+for|\s+(?:is|was)(?:\s+also)?)"
    r"\s*(?:[£$€¥₹]|US\$)?\s*$"  # the target that at least 75% of patients start …: the target's value
    r"|[(（]\s*(?:[\w-]+\s+)?(?:target|standard|benchmark|goal|trajectory)\s+$"  # (standard 95%): round 36
    r"|(?:目标(?:值|任务)?|要求|(?<=年度|全年)任务数?)\s*[（(]\s*$"  # 县定目标（70%）, 年度任务数（12万人）: the value set (round 46)
    # 达到国家标准要求（分别低于20%和10%）, 达到消除标准（低于5%）: a standard's levels in brackets (round 31)
    r"|(?:目标(?:值|任务)?|要求|标准)\s*[（(](?:[^（()）。；;]{0,24}?[、和及与，,])?\s*(?:分别)?\s*$"
    r"|(?:目标(?:值|任务)?|要求|标准)\s*[（(]\s*每[^（()）。；;，,\d]{1,6}$"  # 规划目标（每万人口不低于4.5人）: round 36
    # 下达我县2025年筛查任务为宫颈癌8000人、乳腺癌6000人: the values a task or target is set at
    r"|(?:任务|目标)(?:数|值)?\s*(?:为|是)[^，,。；;：:\d]{0,8}(?:\d[\d.,]*\s*[^\s\d，,。；;：:、]{0,3}、[^，,。；;：:\d]{0,8})?$"
    # The recommended uplifts of £5.24m, the proposed fee of $15: what a report recommends or proposes
    r"|\b(?:recommended|proposed)\s+(?:[\w-]+\s+){1,2}of\s*(?:[£$€¥₹]|US\$)?\s*$"
    # The annual mean objective for NO2, 40 µg/m³; The national expectation for providers is a validated quit
    # rate of at least 40%: the level a standard sets for what it names (round 32)
    r"|\b(?:objective|expectation|standard)\s+for\s+[^,;.]{1,30}?(?:,\s*|\s+(?:is|are)\s+"
    r"(?:(?:a|an|the)\s+[^,;.\d]{0,30}?\s+of\s+)?)(?:at\s+least\s+|no\s+(?:less|more)\s+than\s+)?$",
    re.IGNORECASE,
)
# … delivered against a full-year requirement of £24.5m (40%): the share of the target reached.
SHARE_OF_TARGET = re.compile(
    r"(?:target|plan|standard|ceiling|goal|benchmark|requirement)\s+of\s+[^\s()（）]{1,20}\s*[(（]\s*$", re.IGNORECASE
)
# a ceiling of 3.2%, our policy minimum of six months: a limit a rule sets, named from inside the figure's text
_RULE_WORD = r"(?:(?<=policy\s)|(?<=statutory\s)|(?<=legal\s)|(?<=mandatory\s)|(?<=required\s)|(?<=recommended\s))"
BOUND_NAMES_TARGET = re.compile(
    # a local ceiling of 10%, the national limit of 3.2% (round 31: one word may say whose; a cap, a payment
    # rule's parameter, stays in force as the text states it, README: rules in force, also read as the
    # figure's own bound word: up to a cap of $3 million, round 38)
    rf"(?:(?:a|an|the|its)\s+)?(?:[a-z-]+\s+){{0,3}}(?:ceiling|limit)\s+of(?=\s)"
    rf"|{_RULE_WORD}(?:minimum|maximum)\s+of(?=\s)",
    re.IGNORECASE,
)
NAMED_TARGET_AFTER = re.compile(
    r"\s*(?:(?:interim|national|annual|agreed|operational|planned|local)\s+)?(?:target|standard|ceiling|benchmark|goal)\b(?!s)"
    r"|\s*targeted\b(?!\s+(?:at|by|for|to|in|on)\b)"  # of the 64 lakh targeted: the target's number
    # 降低0.5个百分点以上的要求, 高于“不低于90%”的国家要求: the value a requirement sets (quoted, by its issuer)
    r"|\s*[”\"’」]?\s*(?:以上|以下)?的(?:国家|省|省级|市级|省定|市定|县定|上级|控制|规定|考核)?(?:标准)?要求"  # 国家标准要求: round 33
    # 平均住院日不超过8天的目标尚未实现: the value a target the text names sets (round 41)
    r"|\s*(?:以上|以下|以内)?的(?:年度|全年|工作|国家|省定|市定|县定|控制|考核)?目标(?!人群|人口|群体|对象|疾病|地区|区域|单位|医院|岗位)"
    # the 55% the service was commissioned to achieve, the 90% providers are contracted to meet: the value set
    r"|\s*(?:that\s+|which\s+)?(?:the\s+|its\s+|their\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+(?:is|are|was|were|has\s+been)\s+"
    r"(?:commissioned|contracted|funded|required|obliged)\s+to\s+(?:achieve|meet|deliver|reach|hit)\b",
    re.IGNORECASE,
)


# A cue inside a name (《健康中国2030规划纲要》, 实施“家庭医生签约规划”项目, 「骨科专科门诊公私营协作计划」)
# names a document or programme, not the figure's status.
NAME = re.compile(r"《[^》]{1,60}》|“[^”]{1,30}”|「[^」]{1,40}」|『[^』]{1,40}』")


# 实现与全市8家胸痛中心、7家卒中中心数据互联互通, 对全县47家医疗机构开展督查: all the place's units a task acts
# on (与, 同, 对, 向, 为, 将, 把 before 全市/全县 and the count) exist already, whatever the task makes of them;
# so do those a service is put into or covers (纳入全县21个分院绩效考核, 覆盖全县17个乡镇; round 34), and all those a pilot is
# extended to (将试点扩大到全县全部28个乡镇卫生院; round 71).
_ACTED_ON = re.compile(
    r"(?:与|同|对|向|为|将|把|纳入|覆盖|(?:扩大|扩展|推广|延伸)[到至])\s*全[市县省区州盟旗国镇乡](?:共|所有|全部)?"
    r"(?:\d[\d.,]*\s*[家个所座名台辆][\u4e00-\u9fff]{1,10}、)*$"
)


# 实现全市112家基层医疗卫生机构公开专栏全覆盖: the units a coverage is to reach all of exist already too.
_COVERED = re.compile(r"实现\s*全[市县省区州盟旗国镇乡](?:共|所有)?$")


def acted_on(line: str, start: int) -> bool:
    """The figure at ``start`` counts all the place's units a task acts on (与全市8家…, 实现全市112家…全覆盖):
    true already."""
    covered = _COVERED.search(line, max(0, start - 12), start) and re.match(r"[^，。；,;]{0,30}全覆盖", line[start:])
    return _ACTED_ON.search(line, max(0, start - 40), start) is not None or bool(covered)


# A standing rule the plan sets, in force from its publication (可按不超过…1.5倍核定, 须…累计服务满1年,
# must have served at least a year; 各地要在15个工作日内, round 32): a permission or an obligation, not a level
# to reach by a year.
STANDING_RULE = re.compile(
    # 按每个5000元给予…补助: the rate a subsidy is given at, per unit, a rule in force (round 45)
    r"按每[^，,。；;\d]{0,3}\d[^，,。；;]{0,12}给予|可按|(?<!必)须(?!知|要)|必须|应当|不得|原则上|(?<![主需重想还只])要[在于]|\b(?:shall|must|may)\b",
    re.I,
)


# 计划在未来12个月内戒烟的占18.3%: a cue inside the words that, with 的, pick the people a share counts (those
# who plan to quit) is theirs, no cue of the share's (round 34).
PICKS_THOSE = re.compile(r"[^，,。；;%]{0,16}?的\s*(?:占|比例|比重)")
