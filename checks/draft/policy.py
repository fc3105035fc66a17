"""Rules in force and rules to come: a notice that sets rates and amounts from a later date, and a
budget that divides its money.

A policy's parameters (起付线, 报销比例, 支付限额, a deductible, a co-payment) are standing rules: the
ones a text states as in force are true when it is published (achieved). A text whose rules take
effect after it is published (自2027年1月1日起施行, `… takes effect on 1 January 2027`) sets rules that
are not true yet: its parameters, and what it forecasts once they apply (新政策实施后，预计…), are
targets of the year they take effect. In a change from a rule in force to one to come (由50%提高到60%,
`from 20% to 15%`), the first figure is the rule in force when published: achieved, of that year;
so is a rule the text keeps (继续保持, 保持…不变, 与现行标准相同). The date of effect may stand anywhere in
the body when a sentence says it of the text itself (《通知》自2027年1月1日起施行).
A budget's allocations: ``checks.draft.budgets``.
"""

from __future__ import annotations

import re
from datetime import date

from checks.draft.carried import ACHIEVED_DEFAULTS, fiscal_end
from checks.draft.dates import FULL_DATES, MONTH_NUMBERS
from checks.draft.guesses import Guess
from checks.draft.relative import WHOLE_YEAR_OVER
from checks.draft.text import clause_bounds, sentence_bounds, sentences

_TAKES_EFFECT_ZH = re.compile(
    r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日\s*(?:起|开始)\s*(?:正式)?(?:施行|执行|实施|生效)?|"
    r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日\s*(?:正式)?(?:施行|生效)"
)
# 中选结果预计于2027年1月在联盟地区落地执行: results or rules that take effect in a month of a later year,
# said anywhere in the body; the figures after it in its paragraph are the rules that come with them.
_TAKES_EFFECT_LATER = re.compile(
    r"于\s*((?:19|20)\d\d)年\d{1,2}月(?:\d{1,2}日)?[^，,。；;\d]{0,10}?(?:落地)?(?:施行|执行|实施|生效)"
)
_TAKES_EFFECT_EN = re.compile(
    r"\b(?:takes?|took)\s+effect|\bcomes?\s+into\s+(?:force|effect)|\beffective|\bappl(?:y|ies)|\bin\s+force"
    r"|\b(?:beginning|starting)(?=\s+(?:on\s+)?[A-Z0-9])",  # rates for hospital outpatient departments beginning January 1, 2027
    re.I,
)
# The words of a policy's parameters, and of what a policy brings once it applies.
_RULE = re.compile(
    r"起付线|起付标准|报销比例|支付比例|支付限额|支付标准|封顶线|补助标准|报销|个百分点|按\d+(?:\.\d+)?%"
    r"|\b(?:deductible|co-?payments?|co-?pays?|reimburse\w*|premiums?|fees?|thresholds?)\b",
    re.IGNORECASE,
)
_ONCE_IN_FORCE = re.compile(
    r"(?:实施|施行|执行|落地|调整|上调|下调|调价)后|\bonce\s+(?:it|the\s+\w+)\s+(?:applies|takes\s+effect)\b", re.I
)
# 平均上调幅度为11.6%, 调价金额约4360万元, an average rise of 12%: the size of the change the rules make,
# said in the figure's own clause (not the count of items changed beside it).
_SIZE_OF_CHANGE = re.compile(
    r"(?:调整|上调|下调|提高|降低)幅度|调价金额|涨幅|降幅|\baverage\s+(?:rise|increase|cut|reduction)\b", re.I
)
# A sentence opening on the day its rule starts: 自2026年7月1日起, From 1 July 2026, Starting January 2027,
_STARTS_ON = re.compile(
    r"\s*(?:自|从|于)?\s*((?:19|20)\d\d)年\d{1,2}月(?:\d{1,2}[日号])?(?:起|开始)"
    r"|\s*(?:From|Starting|Beginning|Effective|As\s+of)\s+(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?((?:19|20)\d\d)\b",
)
# （原标准为每人每月300元）, （原为每满1年每月10元，最高300元）: the rule in force a rule to come replaces.
_OLD_RULE = re.compile(r"\s*原(?:标准|规定|政策)?(?:为|是)?")


def _old_rule(line: str, start: int) -> bool:
    """The figure is in brackets that open on 原 (the old rule), or right after 原为."""
    opened = max(line.rfind("（", 0, start), line.rfind("(", 0, start))
    closed = max(line.rfind("）", 0, start), line.rfind(")", 0, start))
    in_old = opened > closed and _OLD_RULE.match(line, opened + 1) is not None
    return (
        in_old
        or re.search(r"原(?:标准|规定)?(?:为|是)[^，,。；;\d]{0,8}$", line[max(0, start - 16) : start]) is not None
    )


_TITLE_YEAR = "the year its title names"  # title_period's guess (below): a default too
# 由50%, 由现行的1.8万元, 由每人每年300元, from $20: the level a change starts from
_FROM = re.compile(
    r"(?:由|从|\bfrom)\s*(?:现行的?|目前的?)?(?:每[人年次月]){0,3}\s*(?:[£$€¥₹]|US\$|[A-Z][A-Za-z]{0,2}\$?)?\s*$",
    re.IGNORECASE,
)
# 与现行标准相同, 保持40万元不变, 继续保持不低于60%: a rule the text keeps as it is, in force already.
_KEPT = re.compile(r"保持[^，,。；;]{0,12}不变|继续保持|维持[^，,。；;]{0,12}不变")
# said of the whole sentence: 与现行标准相同; 按现行规定支付 (paid under the rules in force)
_AS_IN_FORCE = re.compile(r"与现行(?:标准|政策|规定)?(?:相同|一致)|(?:按|按照|依照)现行(?:标准|政策|规定|办法)")
_CHANGED_TO = re.compile(
    r"[^，,。；;]{0,6}?(?:提高|增加|上调|下调|降低|调整|提升|降|增|raised|increased|cut|reduced|lowered|rises?|falls?)?"
    r"\w*\s*(?:到|至|为|\bto\b)",
    re.IGNORECASE,
)


def effective_after(lines: list[str], published: date | None) -> int | None:
    """The year the rules of ``lines`` (a title and its first paragraph) take effect, when that is
    after the year of publication; None otherwise."""
    if published is None:
        return None
    for line in lines:
        for match in _TAKES_EFFECT_ZH.finditer(line):
            groups = [g for g in match.groups() if g]
            try:
                when = date(int(groups[0]), int(groups[1]), int(groups[2]))
            except ValueError:
                continue
            if when.year > published.year:
                return when.year
        for cue in _TAKES_EFFECT_EN.finditer(line):
            for pattern in FULL_DATES[:3]:
                found = pattern.match(line, cue.end() + _gap(line, cue.end()))
                if found is None:
                    continue
                fields = found.groupdict()
                month = int(fields["m"]) if fields.get("m") else MONTH_NUMBERS[fields["mon"].lower().rstrip(".")]
                if int(fields["y"]) > published.year and 1 <= month <= 12:
                    return int(fields["y"])
    return None


# Adult Social Care Fee Rates 2026/27, Oregon finalizes 2027 individual health insurance rates, 2027年城乡
# 居民医保缴费标准: a title that names the rates, fees or prices a text sets and the year (a fiscal year's
# last) they are for. Published before that year, the text sets rules of that year.
_TITLE_RULES = re.compile(
    r"\b(?:rates?|fees?|charges?|prices?|premiums?|tariffs?|contributions?|deductibles?|co-?payments?)\b"
    r"|收费|价格|费率|缴费|保费|费用标准|支付标准|补助标准|筹资标准",
    re.IGNORECASE,
)
_TITLE_RULES_YEAR = re.compile(r"(?<![\d/-])((?:19|20)\d\d)(?:\s*[-/–]\s*((?:19|20)?\d\d))?(?![\d/-])\s*年?度?")


def title_rules_year(title: str, published: date | None) -> int | None:
    """The year a title names for the rates or fees the text sets (Fee Rates 2026/27: 2027), when it is
    after the year of publication and the title names one such year only, close to its rule word."""
    matches = list(_TITLE_RULES_YEAR.finditer(title))
    years = {fiscal_end(m.group(1), m.group(2)) for m in matches}
    if published is None or len(years) != 1:
        return None
    year = years.pop()
    near = any(_TITLE_RULES.search(title, max(0, m.start() - 40), m.end() + 40) for m in matches)
    return year if near and year > published.year else None


# 《通知》自2027年1月1日起施行, 本办法自…起执行, The new rules take effect on …: a sentence that says
# when the text itself (or the notice it explains) takes effect, wherever in the body it stands.
_THE_TEXT_ITSELF = re.compile(
    r"(?:《[^》]{1,60}》|(?:本|该|新)(?:通知|办法|方案|规定|细则|意见|条例|政策|标准)"
    # 上述价格拟自2027年1月1日起执行, 调整后的收费标准自…: what the text sets out, named back
    r"|(?:上述|以上|前述|调整后的?)[^，,。；;：:\d]{0,10})\s*(?:将|拟)?\s*(?=(?:自|从|于)?\s*(?:19|20)\d\d年)"
    r"|^\s*(?:A\s*[:：]\s*)?(?:The|These|This)\s+(?:new\s+|above\s+|revised\s+)?(?:rules?|regulations?|order|act|policy"
    r"|notice|scheme|changes?|prices|fees|rates|charges|tariffs)\b"
)


def text_effective_after(lines: list[str], published: date | None) -> int | None:
    """The year the text's own rules take effect when a body sentence says so (see above), if after
    publication; None otherwise."""
    for line in lines:
        for start, end in sentences(line):
            cue = _THE_TEXT_ITSELF.search(line[start:end])
            year = effective_after([line[start + cue.start() : end]], published) if cue else None
            if year is not None:
                return year
    return None


def _gap(line: str, at: int) -> int:
    """The words between a cue and its date (on, from, as of, on and from)."""
    found = re.match(r"\s*(?:(?:on|from|as\s+of|and)\s+)*", line[at:], re.IGNORECASE)
    return found.end() if found else 0


def from_rule_in_force(line: str, start: int, end: int) -> bool:
    """The figure opens a change to another (由50%提高到60%, from 20% to 15%): the level it changes from."""
    return bool(_FROM.search(line, max(0, start - 12), start)) and bool(_CHANGED_TO.match(line, end))


def kept_rule(line: str, start: int) -> bool:
    """The figure is a rule the text keeps (its clause says 继续保持; its sentence, 与现行标准相同)."""
    return bool(
        _KEPT.search(line, *clause_bounds(line, start)) or _AS_IN_FORCE.search(line, *sentence_bounds(line, start))
    )


# The amendment raises …, This ordinance sets …: a sentence opening on the text (or the act it proposes) as it
# changes something now, the change it makes (round 42; not a past change it tells: the rate rose from …).
_THE_TEXT_CHANGES = re.compile(
    r"\s*(?:The|This|These)\s+(?:(?:new|proposed|revised|first|second|third)\s+)?"
    r"(?:amendments?|agreement|contract|ordinance|resolution|rules?|regulations?|order|policy|notice)\s+(?:also\s+)?"
    r"(?:raises|increases|lowers|reduces|cuts|adds|sets|extends|changes|replaces|introduces|caps|limits)\b",
    re.IGNORECASE,
)


def changes_made(line: str, start: int, now: int | None) -> bool:
    """The figure is a change the text makes: its sentence opens on the text changing something (The amendment
    raises the minimum to 47.7 FTE), or names the later date of effect before it (…, effective January 1, 2027,
    increasing the amount to $22,975,000)."""
    opens = sentence_bounds(line, start)[0]
    if _THE_TEXT_CHANGES.match(line, opens):
        return True
    return now is not None and effective_after([line[opens:start]], date(now, 1, 1)) is not None


def rule_to_come(line: str, start: int) -> bool:
    """The figure is a policy's parameter (its sentence names one: 二级定点医疗机构由45%提高到50% after
    报销比例) or what a policy brings once it applies (新政策实施后，预计…)."""
    sentence = line[slice(*sentence_bounds(line, start))]
    return bool(
        _RULE.search(sentence)
        or _ONCE_IN_FORCE.search(sentence)
        or _SIZE_OF_CHANGE.search(line, *clause_bounds(line, start))
    )


# A target's period found by default (no year of its own, its sentence's or its line's): the year a
# rule takes effect, or a due year carried from the text before it (checks.draft.carried), outranks it.
DEFAULT_TARGET_YEARS = (
    "publication year",
    "the year the article is about",
    "a recurring target with no due year: from publication",
    "a standing rule with no due year: in force from publication",
)


def rules_guess(
    line: str,
    start: int,
    end: int,
    status: Guess,
    period: Guess,
    effective: int | None,
    now: int | None,
    later_part: bool = False,
) -> tuple[Guess, Guess]:
    """The status and period of a figure in view of the rules in force and to come (see above).
    ``later_part``: the figure is in a part of the text that takes effect after publication (第二条自…起
    执行): its figures are that part's rules, whatever words they print, but for the old ones (原标准为…)."""
    if later_part and now is not None and _old_rule(line, start):
        return Guess("achieved", "the rule in force it replaces (原…)"), Guess(now, "in force when published")
    starts = _STARTS_ON.match(line, sentence_bounds(line, start)[0])
    if starts is not None and status.value == "target" and period.why in DEFAULT_TARGET_YEARS:
        # 自2026年7月1日起，…调整为15元; From 1 July 2026, the fee will fall to $45: due when it starts
        year = int(starts.group(1) or starts.group(2))
        period = Guess(year, f"the date its sentence says it starts on ({starts.group().strip(' ,，')})")
    later = _TAKES_EFFECT_LATER.search(line, 0, start)
    made = False
    if later is not None and now is not None and int(later.group(1)) > now:
        effective, to_come = int(later.group(1)), status.why == "no cue"  # 执行期间，…预付比例不低于…30%
    else:
        made = effective is not None and changes_made(line, start, now)  # its own sentence's change: no year carried
        to_come = effective is not None and (later_part or made or rule_to_come(line, start))
    undated = now is not None and period.why != "the year printed with it"
    if (status.value == "target" or to_come) and undated and now is not None and from_rule_in_force(line, start, end):
        return Guess("achieved", "the level in force it changes from"), Guess(now, "in force when published")
    if to_come and undated and now is not None and kept_rule(line, start):
        return Guess("achieved", "a rule kept as it is in force"), Guess(now, "in force when published")
    if effective is not None and status.value == "target" and period.why in DEFAULT_TARGET_YEARS:
        # what a text whose rules take effect later plans or forecasts comes with them: of that year
        return status, Guess(effective, f"a text whose rules take effect in {effective}")
    if effective is None or not to_come:
        return status, period
    why = f"a rule that takes effect in {effective}"
    # not a figure dated by a year it prints (2025年…报销比例为68.6%): that year's, reported
    undated_here = period.why in (*ACHIEVED_DEFAULTS, _TITLE_YEAR) or (
        (later_part or made)
        and period.why not in ("the year printed with it", "the year its table column's header prints")
    )
    if status.value == "achieved" and status.why == "no cue" and undated_here:
        return Guess("target", why), Guess(effective, why)
    if status.value == "target" and period.why in DEFAULT_TARGET_YEARS:
        return status, Guess(effective, why)
    return status, period


# 本年, 本年度, 当年: the year a report reports, not the calendar's (今年); 现有, 目前: at the end of that year
# (2025年度工作总结 of January 2026: 现有职工86人 is 2025's). Not 上年 (上年结转2件 counts the year reported),
# but for the figure in brackets after it (较上年（16.27/10万）), of the year before the report's.
_REPORTED_YEAR = re.compile(r"^'(?:本年度?|本期|当年|现有|目前|当前|截至目前)|^the figure of '上一?年(?:同期)?'$")
# now, currently: in a text that declares the year its data refer to, its latest data (not in a story whose
# title names an older year: there "now" is when it is told).
_NOW_WORDS = re.compile(r"^'(?i:now|currently|at present)'")


def title_period(
    status: Guess, period: Guess, title_year: int | None, now: int | None, declared: bool = False
) -> Guess:
    """The period of a figure in a report whose title names one year over (某局2025年度部门决算, published
    in 2026): a figure with no year of its own is of that year (``of_title_year``), and one counted from
    now by the report's own word for its year (本年收入合计; now, currently in a text ``declared`` to report
    its data's year) is counted from that year instead."""
    if title_year is None:
        return period
    # a declared year is its data's: a target named with no year of its own (the WHO target of 75%) is not
    if period.why in ACHIEVED_DEFAULTS and (status.value == "achieved" if declared else of_title_year(status)):
        return Guess(title_year, _TITLE_YEAR)
    if str(period.why).endswith(WHOLE_YEAR_OVER) and status.value == "achieved":
        # 全年 in 某县2026年…监测情况通报 of November 2026: the whole of the year its title names, not the year before
        return Guess(title_year, f"{period.why.removesuffix(WHOLE_YEAR_OVER)}, the year its title names")
    cue = str(period.why).removeprefix("compared with ")
    reported = _REPORTED_YEAR.match(cue) or (declared and _NOW_WORDS.match(cue))
    if now is None or not isinstance(period.value, int) or not reported:
        return period
    return Guess(period.value - now + title_year, f"{period.why}, of the year its title names")


def of_title_year(status: Guess) -> bool:
    """Whether a figure with no year of its own is of the year a report's title names: an achievement,
    or a target the text names as one (不低于65%的年度目标值, 未达到65%的目标值, 县定目标（70%）: that
    year's target, reported met or missed)."""
    why = str(status.why)
    # a ceiling, a limit or a standard in force (against a local ceiling of 10%) is the level of the year it is
    # told in, the year of publication, not a year's target reported met (round 31)
    standing = (
        re.search(r"ceiling|\bcap\b|limit|standard|norm\b|threshold|objective|expectation|标准", why, re.I) is not None
    )
    return status.value == "achieved" or (why.startswith(("the value of the target", "named as")) and not standing)


# 应于15日内报告, 须在…前, 不得超过, must report within, shall be: a duty the text states as in force.
_DUTY = re.compile(
    r"(?<![反供响相适对效感呼答])应(?:于|在|当|按|及时)|(?<!必)须(?!知|要)|必须|不得|\b(?:shall|must)\b", re.IGNORECASE
)


def duty_period(line: str, start: int, end: int, status: Guess, period: Guess, now: int | None) -> Guess:
    """A duty the figure's clause states (应于15日内报告, must report within 15 days), achieved and dated by
    default: a rule in force when the text is published, of that year, not of the year a report is about."""
    defaulted = period.why in (*ACHIEVED_DEFAULTS, _TITLE_YEAR) or str(period.why).endswith(_TITLE_YEAR)
    if status.value != "achieved" or now is None or not defaulted:
        return period
    clause_start, clause_end = clause_bounds(line, start)
    duty = _DUTY.search(line, clause_start, clause_end)
    if duty is None or duty.start() > start:
        rule = _BY_THE_RULES.match(line, sentence_bounds(line, start)[0]) or _THE_RULE_AFTER.match(line, end)
        return Guess(now, f"a rule in force when published ('{rule.group().strip()}')") if rule else period
    return Guess(now, f"a rule in force when published ('{duty.group()}' in its clause)")


# 按照县医保局规定，起付线为…300元: a sentence opening on the rules it states (according to the rules, …); 最长
# 不超过90天的规定: a figure the rule named right after it sets: rules in force when published (round 34).
_BY_THE_RULES = re.compile(r"[\s　]*(?:按照|根据|依据|按)[^，,。；;\d]{0,16}?规定\s*[，,]")
_THE_RULE_AFTER = re.compile(r"[^，,。；;\d]{0,4}?的规定")


# a figure guessed a target only for standing in a plan or a recommending section, with no cue of its own
_NO_CUE_TARGETS = ("no cue; the document is a plan", "a recommendation (its section's heading recommends)")
# 2026年人均基本公共卫生服务经费补助标准为94元: a policy's parameter stated as it is (为, 是), not as to be reached.
_STATED_RULE = re.compile(
    r"(?:起付线|起付标准|报销比例|支付比例|支付限额|支付标准|封顶线|补助标准|收费标准)\s*(?:为|是)\s*(?:每人每年|每人|每年)?\s*$"
)


def stated_rule(
    line: str, start: int, status: Guess, now: int | None, effective: int | None
) -> tuple[Guess, Guess] | None:
    """A plan's figure of no cue that states a policy's parameter as it stands (补助标准为94元), of no year or
    now's, in a text that sets no rules to come: a rule in force when published, achieved, of that year."""
    if now is None or effective is not None or status.why not in _NO_CUE_TARGETS:
        return None
    if _STATED_RULE.search(line, max(0, start - 24), start) is None:
        return None
    clause = line[slice(*clause_bounds(line, start))]
    if any(int(y) != now for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?=\s*年)", clause)):
        return None
    return Guess("achieved", "a policy's parameter stated as in force"), Guess(now, "a rule in force when published")
